"""Entry point of the bundled editor (``crisiskaart-editor``): a windowed program without a console,
for the Start menu, the Dock and a double-clicked card file."""

import sys

if sys.argv[1:2] == ["--preview-renderer"]:  # the editor's card preview draws in a second copy of it
    from crisiskaart.ui.editor.preview_render import main as draw_previews

    sys.exit(draw_previews())

from crisiskaart.cli.main import main

sys.exit(main(["gui", *sys.argv[1:]]))
