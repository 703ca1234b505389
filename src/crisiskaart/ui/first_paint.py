"""Run something right after a widget was painted for the first time.

The editor shows its window before it loads a card: the person sees the program at once, and the
model, the store and the editor pages load in the next turn of the event loop. A zero timer
alone is not enough, because the window system may deliver the first paint after it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callback: Callable[[], object] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.widget, self._run)  # after this paint has reached the screen
        return False

    def _run(self) -> None:
        callback, self.callback = self.callback, None
        self.deleteLater()
        if callback is not None:
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` once, in the event loop turn after ``widget``'s first paint."""
    widget.installEventFilter(_FirstPaint(widget, callback))
