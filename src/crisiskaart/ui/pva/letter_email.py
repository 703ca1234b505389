"""The letter to the geneesheer-directeur as an e-mail to copy into the person's own mail program.

The text is the printed letter's (``export.pva_letter.letter_email``): the same sender, request and
dates. Nothing is sent or saved from here; the person copies the address, the subject and the text.
The clipboard is used only when a copy button is pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.export.pva_letter import LetterEmail


class LetterEmailDialog(QDialog):
    """Aan, onderwerp and the text of the letter, each with a button that copies it."""

    def __init__(self, email: LetterEmail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pvaLetterEmail")
        self.setWindowTitle(self.tr("Letter as e-mail"))
        self.email = email
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Copy this into a new e-mail to the geneesheer-directeur. Keep a copy of what you send, and "
            "ask whether it arrived. A letter on paper that you sign is also fine."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.to = self._line(email.to or self.tr("(no e-mail address filled in)"))
        self.to.setAccessibleName(self.tr("To"))
        self.subject = self._line(email.subject)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.copy_to = QPushButton(self.tr("Copy &address"))
        self.copy_to.setEnabled(bool(email.to))
        self.copy_subject = QPushButton(self.tr("Copy &subject"))
        for row, (label, line, button) in enumerate(((self.tr("To:"), self.to, self.copy_to),
                                                     (self.tr("Subject:"), self.subject, self.copy_subject))):
            caption = QLabel(label)
            caption.setBuddy(line)
            grid.addWidget(caption, row, 0)
            grid.addWidget(line, row, 1)
            grid.addWidget(button, row, 2)
        layout.addLayout(grid)
        self.body = QPlainTextEdit(email.body)
        self.body.setObjectName("pvaLetterEmailBody")
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("Text of the e-mail"))
        self.body.setMinimumSize(560, self.body.fontMetrics().lineSpacing() * 24)
        layout.addWidget(self.body, 1)
        self.copied = QLabel()
        self.copied.setObjectName("pvaLetterEmailCopied")
        self.copied.setTextFormat(Qt.TextFormat.PlainText)
        self.copied.setWordWrap(True)
        layout.addWidget(self.copied)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleDescription(self.tr("Puts the text of the e-mail on the clipboard"))
        self.copy_button.setDefault(True)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        pasted = self.tr("The text is on the clipboard. Paste it into your e-mail.")
        self.copy_button.clicked.connect(lambda: self._copy(email.body, pasted))
        self.copy_to.clicked.connect(
            lambda: self._copy(email.to, self.tr("The address is on the clipboard.")))
        self.copy_subject.clicked.connect(
            lambda: self._copy(email.subject, self.tr("The subject is on the clipboard.")))

    @staticmethod
    def _line(text: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setReadOnly(True)
        line.setCursorPosition(0)
        return line

    def _copy(self, text: str, said: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copied.setText(said)
