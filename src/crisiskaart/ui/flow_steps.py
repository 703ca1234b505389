"""Small helpers shared by the print and export flows: letting a finished dialog go, the wait cursor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog


def dropped(dialog: QDialog | None) -> None:
    """Let a dialog go that has done its part (closed quietly if it is still open)."""
    if dialog is not None:
        dialog.blockSignals(True)  # closing it must not count as the person's answer
        dialog.close()
        dialog.deleteLater()


class busy:
    """The wait cursor while the PDF is made, the file written or the job handed to the printer."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()
