"""Small pieces the access and profile dialogs share: filling in texts, large type, asking once,
and closing when the card locks."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QWidget

from crisiskaart.ui.titles import enlarge

if TYPE_CHECKING:
    from crisiskaart.store import KdfParams
    from crisiskaart.ui.main_window import MainWindow

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: str) -> str:
    """``%1``, ``%2`` … in one pass, so a name that happens to contain "%2" stays as it is."""
    return _PLACEHOLDER.sub(lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values)
                            else m.group(0), text)


def plain_label(text: str = "", *, wrap: bool = True, name: str = "") -> QLabel:
    """A label for names and sentences from the card or a key file: never read as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def heading(text: str) -> QLabel:
    return enlarge(plain_label(text), 1.15)


def large_code(text: str, *, name: str, scale: float = 1.9) -> QLabel:
    """Characters to read aloud or copy by hand (a fingerprint, a herstelcode): large, fixed-width
    and never wrapped, so a group is never cut in two; the dialog grows to fit it instead."""
    label = plain_label(text, wrap=False, name=name)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(label.font().pointSizeF() * scale)
    font.setWeight(QFont.Weight.Bold)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setContentsMargins(8, 6, 8, 6)
    label.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(mid); "
                        "border-radius: 4px; }")
    return label


# What a fingerprint shows before a key is known: as wide as a real one, so the dialog does not
# jump when it appears.
NO_FINGERPRINT = "···· ···· ···· ····"


def fingerprint_code(name: str, accessible_name: str) -> QLabel:
    """A key's 16-character fingerprint in large type. The client (Toegang geven) and the
    ondersteuner (her profile) read it aloud to each other, so both screens show it alike."""
    label = large_code(NO_FINGERPRINT, name=name, scale=2.2)
    label.setAccessibleName(accessible_name)
    return label


class AccessQuestion(QMessageBox):
    """A question about access, with its yes button at hand for whoever answers it (tests, the keyboard)."""

    yes_button: QPushButton


def ask_once(parent: QWidget, title: str, text: str, yes_text: str,
             answered: Callable[[bool], None], *, default_yes: bool = False) -> AccessQuestion:
    """The one question before a change of access: what will happen, then yes or Cancel.

    Opened with ``open()``; closing it without a button (the lock screen does) counts as no.
    """
    box = AccessQuestion(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("accessQuestion")
    box.setTextFormat(Qt.TextFormat.PlainText)  # names from key files are never markup
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes if default_yes else cancel)
    box.setEscapeButton(cancel)
    box.yes_button = yes
    box.finished.connect(lambda _result: answered(box.clickedButton() is yes))
    box.open()
    return box


def close_when_locked(dialog: QDialog, window: MainWindow) -> None:
    """Close ``dialog`` (and whatever it has open) when the window shows its lock screen.

    The lock closes the dialog on top; one under it would otherwise stay over the lock screen
    with names and dates of the card.
    """
    def changed(_index: int) -> None:
        try:
            if not (getattr(window, "locked", False) and dialog.isVisible()):
                return
            for child in dialog.findChildren(QDialog):
                child.close()
            dialog.close()
        except RuntimeError:
            pass  # the dialog is already gone

    window.stack.currentChanged.connect(changed)
    dialog.destroyed.connect(lambda *_: _disconnect(window, changed))


def _disconnect(window: MainWindow, slot: Callable[[int], None]) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # the window went first
        window.stack.currentChanged.disconnect(slot)


def new_secret_kdf() -> KdfParams:
    """The key derivation for a new passphrase: the same as for a new card (tests make it cheap)."""
    from crisiskaart.store import DEFAULT_KDF
    from crisiskaart.ui import main_window

    return main_window.NEW_CARD_KDF or DEFAULT_KDF

