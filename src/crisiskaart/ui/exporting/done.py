"""After exporting: where the file went, and what the person should know about it.

The same report the live preview gives — what did not fit, what the QR code left out — now for the
very file that was written, plus whether it carries the CONCEPT mark and, for the card, how to
print it. A file outside the card is not encrypted, so that is said too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.app.errors import sentence
from crisiskaart.app.exporting import ExportOutcome
from crisiskaart.app.texts import app_text
from crisiskaart.ui.exporting.choices import ExportChoice

MAX_REPORT_LINES = 8  # more lines scroll, so the dialog stays on the screen


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the person's own words are never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class ExportDone(QDialog):
    """``✓ Opgeslagen``, the file and its folder, the report, *Map openen* and *Sluiten*."""

    def __init__(self, outcome: ExportOutcome, choice: ExportChoice, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDone")
        self.setWindowTitle(self.tr("Saved"))
        self.outcome, self.choice, self.language = outcome, choice, language
        self.folder = outcome.path if choice.writes_folder else outcome.path.parent
        layout = QVBoxLayout(self)
        heading = _label(self.tr("✓ The folder is saved.") if choice.writes_folder
                         else self.tr("✓ The file is saved."), "exportSaved")
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_field = self._path_field(outcome.path.name, self.tr("Name"))
        self.folder_field = self._path_field(str(self.folder), self.tr("Folder"))
        form.addRow(self.tr("Name:"), self.name_field)
        form.addRow(self.tr("In folder:"), self.folder_field)
        layout.addLayout(form)
        self.lines = self.report_lines()
        self.report_labels = [_label(line, "exportReport") for line in self.lines]
        layout.addWidget(self._report_area())
        box = QDialogButtonBox()
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.open_folder_button.setAccessibleDescription(self.tr("Shows the folder with the file"))
        box.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = box.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        self.open_folder_button.clicked.connect(self.open_folder)
        box.rejected.connect(self.reject)
        close.clicked.connect(self.accept)
        layout.addWidget(box)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)

    def _path_field(self, text: str, name: str) -> QLineEdit:
        """A path as read-only text: it can be long without a space to wrap at, and can be copied."""
        field = QLineEdit(text)
        field.setReadOnly(True)
        field.setAccessibleName(name)
        field.setCursorPosition(0)
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance(text[:48]) + 16)
        return field

    def _report_area(self) -> QScrollArea:
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 4, 0, 0)
        body_layout.setSpacing(6)
        for label in self.report_labels:
            body_layout.addWidget(label)
        body_layout.addStretch(1)
        area = QScrollArea()
        area.setObjectName("exportReportArea")
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(body)
        line_height = self.fontMetrics().lineSpacing()
        wanted = sum(2 if len(line) > 70 else 1 for line in self.lines) + len(self.lines)
        area.setMinimumHeight(line_height * min(wanted, MAX_REPORT_LINES * 2) + 8)
        return area

    # --- words -----------------------------------------------------------------------------------
    def report_lines(self) -> list[str]:
        """What to know about this file, one line each, the way the live preview says it."""
        outcome, language = self.outcome, self.language
        lines: list[str] = []
        if outcome.concept and self.choice.carries_mark:
            lines.append(self.tr("ⓘ It says CONCEPT on it, because this version has not been signed yet."))
        if outcome.link_created_version is not None:
            lines.append("ⓘ " + sentence(app_text("link_created", language,
                                                   number=outcome.link_created_version)))
        fitted = outcome.not_fitted_lines(language)
        if fitted:
            lines.append(self.tr("Does not fit in full (it stays in your plan):"))
            lines += [f"• {line}" for line in fitted]
        elif self.choice.format in ("wallet-sheet", "wallet-card"):
            lines.append(self.tr("✓ Everything fits on the card."))
        left_out = outcome.qr_left_out_line(language)
        if left_out:
            lines.append("ⓘ " + sentence(left_out))
        if self.choice.format == "wallet-sheet":
            lines.append(self.tr("Print it at real size (100 %), on both sides, flipping on the long edge. "
                                 "Then cut it out at the corner marks and fold it at the dashed lines."))
        if self.choice.writes_folder:
            lines.append(self.tr("Put what is in this folder on your organisation's website. "
                                 "LEESMIJ.txt in the folder says how."))
        else:
            lines.append(self.tr("Note: this file is not encrypted. Anyone who has it can read it. "
                                 "Delete it when you no longer need it."))
        return lines

    # --- the folder ------------------------------------------------------------------------------
    def open_folder(self) -> bool:
        """Show the folder in the file manager of the desktop."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.folder))))
