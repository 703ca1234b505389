"""Help and About: the guide in plain Dutch (and English), F1 for the page that fits the screen,
and what the program is and where it keeps its files.

The main window calls ``install_help`` once; everything else loads when the person first asks for
help, so the welcome screen stays quick to appear.
"""

from crisiskaart.ui.help.controller import HelpController, install_help

__all__ = ["HelpController", "install_help"]
