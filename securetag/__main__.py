import sys

from securetag.cli import main

sys.exit(main())
