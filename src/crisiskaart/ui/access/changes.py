"""Carry out one change of access on the open card, after what is on screen has been saved.

A change of access writes the whole card file anew (with a new file key for most changes). The
editor's autosave appends to that same file from its own thread, so everything typed is saved
first and the change runs while no save is under way. The card object stays the same: the session
goes on saving into the rewritten file afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from crisiskaart.ui.access.common import fill

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls

if TYPE_CHECKING:
    from crisiskaart.store import CardFile
    from crisiskaart.ui.session import CardSession

T = TypeVar("T")


class NotChanged(Exception):
    """Nothing changed about who can open the card; ``str(error)`` says why, as a sentence."""


def change_access(session: CardSession, change: Callable[[CardFile], T], language: str) -> T:
    """Save what is on screen, then ``change(card)``; ``NotChanged`` with the reason otherwise."""
    from crisiskaart.app.errors import describe, sentence
    from crisiskaart.store import StoreError

    card = session.card
    if card is None:
        raise NotChanged(translate("AccessChange", "The card is closed. Nothing was changed."))
    if not session.flush():
        raise NotChanged(fill(translate(
            "AccessChange", "Your last changes could not be saved yet: %1 Nothing was changed about who "
            "can open the card."), sentence(session.last_error)))
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a new passphrase takes a second
    try:
        return change(card)
    except (StoreError, OSError) as error:
        raise NotChanged(sentence(describe(error, language))) from None
    finally:
        QGuiApplication.restoreOverrideCursor()
