"""Asking once before a step that cannot be undone: signing, activating, withdrawing, handing over.

The question names the person and the version, so nobody seals or withdraws the wrong card in a
busy caseload. The safe answer is the default: Enter, Escape and closing the window do nothing.
The yes button has no mnemonic on purpose: a message box presses a button when its letter is
typed, even without Alt, and one stray key must never seal a card.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from crisiskaart.ui.translations import tr


def card_words(display_name: str) -> str:
    """The card as the question names it: "de kaart van Noor Bakker", or "deze kaart" without a name."""
    name = display_name.strip()
    return tr("the card of %1").replace("%1", name) if name else tr("this card")


def fill(text: str, *values: object) -> str:
    """Put ``values`` in for %1, %2, … in one pass, so a name that holds "%2" stays as it is."""
    return re.sub(r"%(\d)", lambda match: str(values[int(match.group(1)) - 1]), text)


class StepQuestion(QMessageBox):
    """One question, one yes button named after the step, and Annuleren as the default."""

    def __init__(self, parent: QWidget, title: str, text: str, yes_text: str,
                 on_yes: Callable[[], object]) -> None:
        super().__init__(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.yes_button: QPushButton = self.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        assert self.cancel_button is not None
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self._on_yes = on_yes
        # Only the yes button counts as yes: Annuleren, Escape or a window that closes are no.
        self.finished.connect(self._answered)

    def _answered(self, _result: int) -> None:
        if self.clickedButton() is self.yes_button:
            self._on_yes()


def ask_once(parent: QWidget, title: str, text: str, yes_text: str,
             on_yes: Callable[[], object]) -> StepQuestion:
    """Show the question window-modal (``open``) and run ``on_yes`` only after a yes."""
    question = StepQuestion(parent, title, text, yes_text, on_yes)
    question.open()
    return question
