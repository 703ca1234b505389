"""Small helpers to drive the editor like a person does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crisiskaart.cards import read_plan
from crisiskaart.model import CrisisPlan
from crisiskaart.store import open_card
from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.editor.records import RecordList
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.passphrase import UnlockDialog
from crisiskaart.ui.style import FOCUS_COLOUR

PASSPHRASE = "lange zin van vier woorden"
UNLOCK_MS = 60_000  # the card opens beside the event loop; a busy machine takes its time


def field_input(window: MainWindow, *path: str) -> QWidget:
    """The input of the value at ``path`` on the overview page that shows it."""
    assert window.editor is not None
    for page in window.editor.section_pages.values():
        for row in page.findChildren(FieldRow):
            if tuple(p for p in row.path if not p.startswith("#")) == path or row.path == path:
                return row.input
    raise LookupError(path)


def record_list(window: MainWindow, section: str, *path: str) -> RecordList:
    assert window.editor is not None
    page = window.editor.section_pages[section]
    return next(r for r in page.findChildren(RecordList) if r.list_path == path)


def unlock(qtbot, window: MainWindow, card: Path, passphrase: str) -> UnlockDialog:
    dialog = window.open_path(card)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.passphrase.edit.setFocus()
    qtbot.keyClicks(dialog.passphrase.edit, passphrase)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=UNLOCK_MS)  # opened, or a message shown
    QApplication.processEvents()  # the editor takes the focus once the dialog gave the window back
    return dialog


def lock_checked(qtbot, window: MainWindow) -> None:
    """Wait until the lock screen has checked the passphrase it was given (beside the event loop)."""
    qtbot.waitUntil(lambda: not window.lock_page.busy, timeout=UNLOCK_MS)
    QApplication.processEvents()  # the editor takes the focus back


def saved_plan(card: Path, passphrase: str) -> CrisisPlan:
    with open_card(card, passphrase=passphrase, writable=False) as opened:
        return read_plan(opened)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def answer_questions(monkeypatch, button: QMessageBox.StandardButton) -> list[tuple[str, list[str]]]:
    """Answer every modal question the window asks (``QMessageBox.exec``) by clicking ``button``,
    as a person would; returns each question's text with its buttons' texts."""
    asked: list[tuple[str, list[str]]] = []

    def answer(box: QMessageBox) -> int:
        asked.append((box.text(), [b.text().replace("&", "") for b in box.buttons()]))  # as read
        box.button(button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def ring_coloured(picture: QImage, x: int, y: int) -> bool:
    """Whether the pixel at (x, y) is the focus ring's colour (within what antialiasing changes)."""
    colour, ring = picture.pixelColor(x, y), QColor(FOCUS_COLOUR)
    return max(abs(colour.red() - ring.red()), abs(colour.green() - ring.green()),
               abs(colour.blue() - ring.blue())) < 40
