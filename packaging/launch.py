"""Entry point of the bundled app: the same ``shipproof`` command line, frozen."""

import sys

from app.cli import main

sys.exit(main())
