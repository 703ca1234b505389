"""Cards the operating system asks the editor to open while it runs.

On macOS a card double-clicked in the Finder (or dropped on the Dock icon) does not arrive as a
command-line argument but as a ``QFileOpenEvent`` to the application; the Info.plist of the
bundle declares the ``.crisiskaart`` type (packaging/pyinstaller/crisiskaart.spec). Windows and
Linux start the editor with the file as its argument (``crisiskaart-editor %f``).

The event is sent to the application object itself, so the editor's own application class
(``EditorApplication``, made by ``ui/app.py``) takes it in its ``event()``: that costs nothing for
the events of every other object. Only where the application is not the editor's own (a test's,
say) does a handler watch through the shared application-wide filter (``ui/app_events.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from crisiskaart.ui.app_events import application_events

if TYPE_CHECKING:
    from crisiskaart.ui.main_window import MainWindow


class EditorApplication(QApplication):
    """The editor's application object: says when the system hands over a card (``card_handed_over``)."""

    card_handed_over = Signal(str)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self.card_handed_over.emit(event.file())
            return True
        return super().event(event)


class FileOpenEvents(QObject):
    """Opens each card the system hands over, as Bestand › Openen… would (unlock dialog first)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def open_named(self, name: str) -> None:
        if name:
            self.window.open_path(Path(name))

    def handle(self, _watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self.open_named(event.file())
            return True
        return False

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if isinstance(app, EditorApplication):
            app.card_handed_over.disconnect(self.open_named)
        events = application_events()
        if events is not None:
            events.unwatch(self.handle)


def open_files_from_the_system(window: MainWindow) -> FileOpenEvents:
    """Open the cards the system hands over in ``window``; it lives as long as the window."""
    handler = FileOpenEvents(window)
    app = QCoreApplication.instance()
    if isinstance(app, EditorApplication):
        app.card_handed_over.connect(handler.open_named)
    else:
        events = application_events()
        if events is not None:
            events.watch((QEvent.Type.FileOpen,), handler.handle, handler)
    return handler
