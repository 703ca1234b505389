"""The two windows of a crash: one calm message, and the report to look at and copy.

The message says first what matters to the person — whether her card is saved — and nothing
technical. The report is there for whoever helps her; it is shown and can be copied, and the
program never writes it to a file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashMessage(QMessageBox):
    """"Something went wrong" with what became of the card, and a button for the report."""

    def __init__(self, text: str, details: str, warning: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashMessage")
        self.setWindowTitle(self.tr("Something went wrong — crisiskaart"))
        self.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
        self.setTextFormat(Qt.TextFormat.PlainText)  # nothing in it is markup
        self.setText(text)
        self.setInformativeText(details)
        self.report_button: QPushButton = self.addButton(self.tr("View error &report…"),
                                                         QMessageBox.ButtonRole.ActionRole)
        self.report_button.setAccessibleDescription(self.tr(
            "Shows where in the program the error happened, without anything from your card"))
        self.ok_button: QPushButton = self.addButton(QMessageBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Go on"))
        self.setDefaultButton(self.ok_button)
        self.setEscapeButton(self.ok_button)


class ReportDialog(QDialog):
    """The crash report, read-only and selectable, with a button that copies it."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashReport")
        self.setWindowTitle(self.tr("Error report — crisiskaart"))
        intro = QLabel(self.tr(
            "This report shows where in the program the error happened. It holds no text from your "
            "card, no names and no file names. You can copy it and send it to the people who make "
            "crisiskaart, or to whoever helps you with it."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit(report)
        self.text.setObjectName("crashReportText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Error report"))
        self.copied = QLabel()
        self.copied.setObjectName("crashReportCopied")
        self.copied.setVisible(False)  # until the report was copied
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setAccessibleDescription(self.tr("Puts the report on the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        metrics = self.text.fontMetrics()
        self.resize(metrics.horizontalAdvance("M") * 90, metrics.lineSpacing() * 28)

    def set_report(self, report: str) -> None:
        self.text.setPlainText(report)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copied.setText(self.tr("The report is on the clipboard."))
        self.copied.setVisible(True)
