"""Handover: choose the new ondersteuner's public key, compare its fingerprint, record consent.

Handing over cannot be undone (our own access goes), so *Overdragen* asks once more, naming the
person, the version and the new ondersteuner; Annuleren there goes back to this dialog as it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.app.errors import describe, sentence
from crisiskaart.store import Recipient, StoreError, fingerprint, read_public_key
from crisiskaart.ui.workspace.step_question import StepQuestion, ask_once, card_words, fill


class HandoverDialog(QDialog):
    """OK only when a key is chosen, its fingerprint was compared, and the client consented."""

    def __init__(self, client_name: str, today: dt.date | None = None, language: str = "nl",
                 parent: QWidget | None = None, *, version: int | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.client_name, self.version = client_name, version
        self.recipient: Recipient | None = None
        self.question: StepQuestion | None = None
        self.setWindowTitle(self.tr("Hand over to another ondersteuner"))
        intro = QLabel(self.tr(
            "The new ondersteuner gets access to the card of %1. Your own access is removed "
            "afterwards. Do this only when the client agrees.").replace("%1", client_name))
        intro.setWordWrap(True)
        self.choose_key = QPushButton(self.tr("Choose public &key file…"))
        self.key_info = QLabel(self.tr("No key chosen yet."))
        self.key_info.setWordWrap(True)
        self.fingerprint_checked = QCheckBox(self.tr(
            "I compared the &fingerprint with the new ondersteuner"))
        self.consent = QCheckBox(self.tr("The client &agrees to the handover"))
        today = today or dt.date.today()
        self.consent_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.consent_on.setCalendarPopup(True)
        self.consent_on.setDisplayFormat("d-M-yyyy")
        self.consent_note = QLineEdit()
        self.consent_note.setPlaceholderText(self.tr("For example: said so in our meeting"))
        for widget, name, description in (
            (self.choose_key, self.tr("Choose public key file"),
             self.tr("The .pub file the new ondersteuner gave you")),
            (self.fingerprint_checked, self.tr("Fingerprint compared"),
             self.tr("Tick after comparing the fingerprint by phone or in person")),
            (self.consent, self.tr("Client agrees"), self.tr("Tick when the client agrees to the handover")),
            (self.consent_on, self.tr("Date of consent"), self.tr("The day the client agreed")),
            (self.consent_note, self.tr("How consent was given"),
             self.tr("A short note, kept in the history")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.fingerprint_checked)
        form.addRow(self.consent)
        form.addRow(self.tr("Consent &given on:"), self.consent_on)
        form.addRow(self.tr("Ho&w:"), self.consent_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Hand over"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.choose_key)
        layout.addWidget(self.key_info)  # outside the form: a wrapped name and fingerprint get their height
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.choose_key.clicked.connect(self._browse)
        self.fingerprint_checked.toggled.connect(self._update)
        self.consent.toggled.connect(self._update)
        self.buttons.accepted.connect(self.ask_to_hand_over)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def ask_to_hand_over(self) -> StepQuestion | None:
        """The last question before the handover; only its yes closes this dialog as accepted."""
        if self.recipient is None:
            return None
        successor = self.recipient.name + (f" ({self.recipient.organisation})"
                                           if self.recipient.organisation else "")
        if self.version is None:
            text = fill(self.tr("Hand over %1 to %2? After that you can no longer open this card. This "
                                "cannot be undone."), card_words(self.client_name), successor)
        else:
            text = fill(self.tr("Hand over %1 (version %2) to %3? After that you can no longer open this "
                                "card. This cannot be undone."),
                        card_words(self.client_name), self.version, successor)
        if self.question is not None:
            self.question.deleteLater()
        self.question = ask_once(self, self.tr("Hand over"), text, self.tr("Hand over"), self.accept)
        return self.question

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Public key of the new ondersteuner"), "",
                                              self.tr("Public key (*.pub)"))
        if path:
            self.set_public_key_file(Path(path))

    def set_public_key_file(self, path: Path) -> bool:
        try:
            self.recipient = read_public_key(path)
        except (StoreError, OSError) as error:
            self.recipient = None
            self.key_info.setText(sentence(describe(error, self.language)))
        else:
            who = self.recipient.name + (f" ({self.recipient.organisation})"
                                         if self.recipient.organisation else "")
            self.key_info.setText(self.tr("New ondersteuner: %1\nFingerprint: %2")
                                  .replace("%1", who).replace("%2", fingerprint(self.recipient.public_key)))
        self.fingerprint_checked.setChecked(False)
        self._update()
        return self.recipient is not None

    def _update(self) -> None:
        ready = (self.recipient is not None and self.fingerprint_checked.isChecked()
                 and self.consent.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def consent_date(self) -> dt.date:
        day = self.consent_on.date()
        return dt.date(day.year(), day.month(), day.day())
