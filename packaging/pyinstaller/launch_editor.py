"""Entry point of the bundled editor (``crisiskaart-editor``): a windowed program without a console,
for the Start menu, the Dock and a double-clicked card file."""

import sys

from crisiskaart.cli.main import main

sys.exit(main(["gui", *sys.argv[1:]]))
