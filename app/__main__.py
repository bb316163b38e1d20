"""Allow ``python -m app`` to behave exactly like the ``shipproof`` command."""

import sys

from app.cli import main

sys.exit(main())
