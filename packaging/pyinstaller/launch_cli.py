"""Entry point of the bundled command line (``crisiskaart``): the same as ``python -m crisiskaart``."""

import sys

from crisiskaart.cli.main import main

sys.exit(main())
