"""Cards the operating system asks the editor to open while it runs.

On macOS a card double-clicked in the Finder (or dropped on the Dock icon) does not arrive as a
command-line argument but as a ``QFileOpenEvent`` to the application; the Info.plist of the
bundle declares the ``.crisiskaart`` type (packaging/pyinstaller/crisiskaart.spec). Windows and
Linux start the editor with the file as its argument (``crisiskaart-editor %f``), so the editor
watches for these events on macOS only (``ui/app.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from crisiskaart.ui.app_events import application_events

if TYPE_CHECKING:
    from crisiskaart.ui.main_window import MainWindow


class FileOpenEvents(QObject):
    """Opens each card the system hands over, as Bestand › Openen… would (unlock dialog first)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def handle(self, _watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self.window.open_path(Path(name))
                return True
        return False

    def stop(self) -> None:
        events = application_events()
        if events is not None:
            events.unwatch(self.handle)


def open_files_from_the_system(window: MainWindow) -> FileOpenEvents:
    """Watch for cards the system hands over (ui/app_events.py); it lives as long as the window."""
    handler = FileOpenEvents(window)
    events = application_events()
    if events is not None:
        events.watch((QEvent.Type.FileOpen,), handler.handle, handler)
    return handler
