"""`python -m securetag.cli.ci_client ...`: the same as `securetag scan ...`."""

import sys

from securetag.cli.ci_client.command import main

sys.exit(main())
