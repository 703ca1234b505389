"""Allows ``python -m crisiskaart``."""

from crisiskaart.cli.main import main

raise SystemExit(main())
