import sys

from securetag.cli.entry import main

sys.exit(main())
