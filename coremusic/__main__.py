"""``python -m coremusic``: the command line (defaults to ``info``)."""

import sys

from coremusic.cli import main

sys.exit(main())
