"""A new passphrase for the card, typed twice and judged by zxcvbn as for a new card.

Used by Kaart › Toegang › Wachtwoord veranderen, and right after the client opened her card with
the herstelcode because she forgot the old one. Like the new-card dialog it stays open until the
change really happened (``submitted``), so a failure is said inside it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from crisiskaart.ui.access.common import plain_label
from crisiskaart.ui.grow import fit_to_texts
from crisiskaart.ui.passphrase import NewPassphraseRows, interface_language


class NewPassphraseDialog(QDialog):
    """Intro, the new passphrase with its strength in words under it, the repeat, and one button."""

    submitted = Signal()

    def __init__(self, intro: str, confirm_text: str, user_inputs: Sequence[str] = (), *,
                 cancel_text: str = "", language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language or interface_language()
        self.user_inputs = [text for text in user_inputs if text]
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(self.tr("New passphrase"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        layout = QVBoxLayout(self)
        self.intro = plain_label(intro, name="newPassphraseIntro")
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows = NewPassphraseRows(
            form, self.language, name=self.tr("New passphrase"), label=self.tr("&New passphrase:"),
            repeat_name=self.tr("Repeat the new passphrase"), repeat_label=self.tr("&Repeat:"))
        self.passphrase, self.strength, self.repeat, self.match = (
            self.rows.passphrase, self.rows.strength, self.rows.repeat, self.rows.match)
        layout.addLayout(form)
        self.error = plain_label(name="dialogError")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if cancel_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        self.confirm_button = self.buttons.addButton(confirm_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.changed.connect(self._update)
        self.repeat.changed.connect(self._update)
        self.repeat.edit.returnPressed.connect(self.accept)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.passphrase.edit.setFocus)

    def _update(self) -> None:
        usable = self.rows.judge(self.user_inputs)
        self.fit_height()  # a reason can take three lines: grow rather than cut it off
        self.confirm_button.setEnabled(usable)

    def fit_height(self) -> None:
        """As tall as the wrapped texts need at the present width (a top-level window does not grow
        by itself when a label in it gets more lines)."""
        if self.isVisible():
            fit_to_texts(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # the fields handle Enter (returnPressed); never a random default button
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self.confirm_button.isEnabled():
            self.submitted.emit()
        elif not self.rows.judgement.acceptable:
            self.passphrase.edit.setFocus()  # the reason is under the field

    def new_passphrase(self) -> str:
        return self.passphrase.text()

    def show_error(self, message: str) -> None:
        self.error.setText("⚠ " + message)
        self.error.setVisible(True)
        self.fit_height()

    def done(self, result: int) -> None:
        self.passphrase.edit.clear()  # the passphrase leaves the widgets with the dialog
        self.repeat.edit.clear()
        super().done(result)
