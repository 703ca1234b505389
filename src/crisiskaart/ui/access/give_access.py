"""Toegang geven: the ondersteuner's public key file, its fingerprint read aloud together, then add.

Anyone can make a ``.pub`` file with any name in it. The fingerprint is what ties the file to the
person: the client sees it here in large type, the ondersteuner sees hers in her own profile
(Ondersteuner › Profiel), and they read the 16 characters to each other, in person or by phone.
Only when the client ticks that they are the same can she give access.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.store import Recipient
from crisiskaart.ui.access.common import NO_FINGERPRINT, fill, fingerprint_code, plain_label
from crisiskaart.ui.access.words import ondersteuner_name
from crisiskaart.ui.grow import grow_with_texts


class GiveAccessDialog(QDialog):
    """``submitted`` when a key is chosen and its fingerprint was compared; ``recipient`` is it."""

    submitted = Signal()

    def __init__(self, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.recipient: Recipient | None = None
        self.setObjectName("giveAccessDialog")
        self.setWindowTitle(self.tr("Give access"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "Your ondersteuner gave you a file whose name ends in .pub. It holds the public part of "
            "their key, nothing secret.")))
        row = QHBoxLayout()
        self.choose = QPushButton(self.tr("&Choose the key file…"))
        self.choose.setAccessibleName(self.tr("Choose the ondersteuner's public key file"))
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self._browse)
        row.addWidget(self.choose)
        row.addStretch(1)
        layout.addLayout(row)
        self.who = plain_label(self.tr("No key chosen yet."), name="giveAccessWho")
        layout.addWidget(self.who)
        self.read_aloud = plain_label(self.tr("Read these 16 characters aloud together:"))
        layout.addWidget(self.read_aloud)
        self.fingerprint = fingerprint_code("giveAccessFingerprint", self.tr("Fingerprint of the key"))
        layout.addWidget(self.fingerprint)
        layout.addWidget(plain_label(self.tr(
            "Your ondersteuner sees their characters under Ondersteuner › Profile, on their own "
            "computer. Are they not the same? Then do not give access: it may be someone else's key.")))
        self.same = QCheckBox(self.tr("The characters are the &same"))
        self.same.setAccessibleName(self.tr("The characters are the same"))
        self.same.toggled.connect(self._update)
        layout.addWidget(self.same)
        self.outcome = plain_label(name="giveAccessOutcome")
        layout.addWidget(self.outcome)
        self.error = plain_label(name="dialogError")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.give_button = self.buttons.addButton(self.tr("&Give access"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def _browse(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Public key of your ondersteuner"),
                                              start or str(Path.home()),
                                              self.tr("Public key (*.pub);;All files (*)"))
        if path and self.isVisible():  # the lock screen may have closed us meanwhile
            self.set_public_key_file(Path(path))

    def set_public_key_file(self, path: Path) -> bool:
        """Read the key file; show who it names and its fingerprint, or why it cannot be used."""
        from crisiskaart.app.errors import describe, sentence
        from crisiskaart.store import StoreError, fingerprint, read_public_key

        self.error.setVisible(False)
        try:
            self.recipient = read_public_key(path)
        except (StoreError, OSError) as error:
            self.recipient = None
            self.who.setText(sentence(describe(error, self.language)))
            self.fingerprint.setText(NO_FINGERPRINT)
        else:
            self.who.setText(fill(self.tr("Key of %1."), ondersteuner_name(self.recipient)))
            self.fingerprint.setText(fingerprint(self.recipient.public_key))
        self.same.setChecked(False)  # a new file needs a new comparison
        self._update()
        return self.recipient is not None

    def _update(self) -> None:
        recipient = self.recipient
        self.read_aloud.setEnabled(recipient is not None)
        self.same.setEnabled(recipient is not None)
        if recipient is None:
            self.outcome.setText("")
        else:
            self.outcome.setText(fill(self.tr(
                "Then %1 can open your card with their own key, without your passphrase. You can take "
                "the access away again at any time."), recipient.name))
        self.give_button.setEnabled(recipient is not None and self.same.isChecked())

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        grow_with_texts(self, event)  # the key's owner, its warning and the outcome change length
        return handled

    def accept(self) -> None:
        if self.give_button.isEnabled():
            self.submitted.emit()

    def show_error(self, message: str) -> None:
        self.error.setText("⚠ " + message)
        self.error.setVisible(True)
        self.adjustSize()
