"""Shown instead of the card after idle time or Ctrl+L: nothing of the card is visible here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from crisiskaart.ui.passphrase import PassphraseField
from crisiskaart.ui.titles import enlarge


class LockPage(QWidget):
    unlock_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("lockPage")
        outer = QHBoxLayout(self)
        column = QWidget()
        column.setMaximumWidth(column.fontMetrics().horizontalAdvance("M") * 40)  # a readable line
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(24, 48, 24, 48)
        layout.addStretch(1)
        layout.addWidget(enlarge(QLabel(self.tr("The card is locked")), 1.6))
        self.explanation = QLabel(self.tr(
            "The card was locked so that nobody can read it while you are away. "
            "Your work has been saved. Enter the passphrase to go on."))
        self._saved_text = self.explanation.text()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.profile_label = QLabel(self.tr("Profile &file:"))
        self.profile = QLineEdit()
        self.profile.setAccessibleName(self.tr("Ondersteuner profile file"))
        self.profile_label.setBuddy(self.profile)
        layout.addWidget(self.profile_label)
        layout.addWidget(self.profile)
        self.label = QLabel(self.tr("Pass&phrase:"))
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.passphrase = PassphraseField(self.tr("Passphrase"))
        self.label.setBuddy(self.passphrase.edit)
        row.addWidget(self.passphrase, 1)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("dialogError")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.forgot = QLabel(self.tr(
            "Forgot your passphrase? Type the recovery code from your recovery sheet in the field."))
        self.forgot.setObjectName("lockForgot")
        self.forgot.setWordWrap(True)
        layout.addWidget(self.forgot)
        self.busy = False
        self.checking = QLabel(self.tr(
            "The passphrase is being checked. This takes a moment: it is checked slowly on purpose, "
            "so that nobody can guess it quickly."))
        self.checking.setObjectName("unlockBusy")
        self.checking.setWordWrap(True)
        self.checking.setVisible(False)
        layout.addWidget(self.checking)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.edit.returnPressed.connect(self._submit)

    def prepare(self, for_profile: bool, profile_path: Path | None = None, saved: bool = True) -> None:
        """Ask for the client's passphrase, or for the ondersteuner's profile and its passphrase."""
        self.explanation.setText(self._saved_text if saved else self.tr(
            "The card was locked so that nobody can read it while you are away. Your last changes "
            "could not be saved yet; they are kept here and saved when you go on. Enter the "
            "passphrase to go on."))
        self.label.setText(self.tr("Passphrase of your ondersteuner &profile:") if for_profile
                           else self.tr("Pass&phrase:"))
        self.profile.setText(str(profile_path or ""))
        self.profile_label.setVisible(for_profile and profile_path is None)
        self.profile.setVisible(for_profile and profile_path is None)
        self.forgot.setVisible(not for_profile)  # a profile has no herstelcode
        self.passphrase.edit.clear()
        self.message.clear()
        self.passphrase.edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While the passphrase is checked: say so, and take no second attempt."""
        self.busy = busy
        for widget in (self.profile, self.passphrase, self.unlock_button):
            widget.setEnabled(not busy)
        if busy:
            self.message.clear()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self.checking.setVisible(busy)

    def _submit(self) -> None:
        self.unlock_requested.emit(self.passphrase.text())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.passphrase.edit.selectAll()
        self.passphrase.edit.setFocus()
