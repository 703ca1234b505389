"""Cards the operating system asks the editor to open while it runs.

On macOS a card double-clicked in the Finder (or dropped on the Dock icon) does not arrive as a
command-line argument but as a ``QFileOpenEvent`` to the application; the Info.plist of the
bundle declares the ``.crisiskaart`` type (packaging/pyinstaller/crisiskaart.spec). Windows and
Linux start the editor with the file as its argument (``crisiskaart-editor %f``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from crisiskaart.ui.main_window import MainWindow


class FileOpenEvents(QObject):
    """Opens each card the system hands over, as Bestand › Openen… would (unlock dialog first)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self.window.open_path(Path(name))
                return True
        return False


def open_files_from_the_system(window: MainWindow) -> FileOpenEvents:
    """Install the handler on the application; it lives as long as the window."""
    from PySide6.QtWidgets import QApplication

    handler = FileOpenEvents(window)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(handler)
    return handler
