"""Dialogs as tall as their wrapped texts need: a top-level window does not grow by itself when a
label in it gets more lines (a file name, a key's owner, a safety warning, a reason under a
passphrase), so without this the text is cut off or overlaps the buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


def fit_to_texts(window: QWidget) -> None:
    """Grow ``window`` (never shrink it) to the height its layout needs at the present width."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = (layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    if needed > window.height():
        window.resize(window.width(), needed)


def grow_with_texts(window: QWidget, event: QEvent) -> None:
    """Call from ``event()`` after the base class: fits after each layout request and on showing."""
    if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
        fit_to_texts(window)
