import sys

from securetag.cli.main import main

sys.exit(main())
