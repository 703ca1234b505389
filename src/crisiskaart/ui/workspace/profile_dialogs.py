"""Unlock an ondersteuner profile once per session, or create one (name, organisation, passphrase)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.app.errors import describe, sentence
from crisiskaart.store import (
    DEFAULT_KDF,
    KdfParams,
    OndersteunerProfile,
    StoreError,
    create_profile,
    open_profile,
)
from crisiskaart.store.strength import judge_passphrase
from crisiskaart.ui.places import places_of


def _add_file_row(form: QFormLayout, text: str, edit: QLineEdit, button: QPushButton) -> None:
    """The profile file with its Browse button on one row of ``form``; both profile dialogs ask it so."""
    label = QLabel(text)
    label.setBuddy(edit)  # Alt+F goes to the file name, not to the row around it
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    form.addRow(label, row)


class UnlockProfileDialog(QDialog):
    """Asks for the profile file and its passphrase; ``profile`` is set when accepted."""

    def __init__(self, path: Path | None = None, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.profile: OndersteunerProfile | None = None
        self.setWindowTitle(self.tr("Unlock your ondersteuner profile"))
        self.path = QLineEdit(str(path) if path else "")
        self.browse = QPushButton(self.tr("&Browse…"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.path.setAccessibleName(self.tr("Profile file"))
        self.path.setAccessibleDescription(self.tr("The file with your ondersteuner profile"))
        self.browse.setAccessibleName(self.tr("Choose profile file"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(self.tr("The passphrase of your profile"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        _add_file_row(form, self.tr("Profile &file:"), self.path, self.browse)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("You unlock your profile once; it stays unlocked until you "
                                        "close the program.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if path:
            self.passphrase.setFocus()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ondersteuner profile"), self.path.text())
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        if not self.path.text().strip() or not self.passphrase.text():
            self.message.setText(self.tr("Fill in the profile file and the passphrase."))
            return
        try:
            self.profile = open_profile(Path(self.path.text().strip()), self.passphrase.text())
        except (StoreError, OSError) as error:
            self.message.setText(sentence(describe(error, self.language)))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        finally:
            if self.profile is not None:
                self.passphrase.clear()
        places = places_of(self)
        if places is not None:  # the next unlock starts with this file
            places.remember_profile(Path(self.path.text().strip()))
        super().accept()


class CreateProfileDialog(QDialog):
    """Creates ``<file>`` and ``<file>.pub``; the .pub file is what clients add to their card."""

    def __init__(self, path: Path | None = None, kdf: KdfParams = DEFAULT_KDF, language: str = "nl",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.kdf = kdf
        self.profile: OndersteunerProfile | None = None
        self.setWindowTitle(self.tr("New ondersteuner profile"))
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.path = QLineEdit(str(path) if path else "")
        self.browse = QPushButton(self.tr("&Browse…"))
        self.passphrase = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.passphrase, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        for widget, name, description in (
            (self.name, self.tr("Your name"), self.tr("Shown to clients who give you access")),
            (self.organisation, self.tr("Organisation"), self.tr("May be empty")),
            (self.path, self.tr("Profile file"), self.tr("Where the profile is saved")),
            (self.browse, self.tr("Choose where to save"), self.tr("Choose the profile file")),
            (self.passphrase, self.tr("Passphrase"), self.tr("Protects your key; choose a long one")),
            (self.again, self.tr("Passphrase again"), self.tr("Type the same passphrase again")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        _add_file_row(form, self.tr("Profile &file:"), self.path, self.browse)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase &again:"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save profile as"), self.path.text())
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        if not self.name.text().strip() or not self.path.text().strip():
            self.message.setText(self.tr("Fill in your name and where to save the profile."))
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("Choose a passphrase."))
            return
        # The profile's key opens every client card that gave this ondersteuner access: its
        # passphrase must be as hard to guess as a card's (the same zxcvbn rule as the CLI).
        judgement = judge_passphrase(self.passphrase.text(), [
            self.name.text(), self.organisation.text(), Path(self.path.text().strip()).stem])
        if not judgement.acceptable:
            reason = judgement.reason(self.language)
            self.message.setText(reason[:1].upper() + reason[1:] + ".")
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        if self.passphrase.text() != self.again.text():
            self.message.setText(self.tr("The two passphrases are not the same."))
            return
        try:
            self.profile = create_profile(Path(self.path.text().strip()), self.passphrase.text(),
                                          self.name.text().strip(), self.organisation.text().strip(),
                                          kdf=self.kdf)
        except (StoreError, OSError) as error:
            self.message.setText(sentence(describe(error, self.language)))
            return
        self.passphrase.clear()
        self.again.clear()
        super().accept()
