"""After exporting: where the file went, and what the person should know about it.

The same report the live preview gives — what did not fit, what the QR code left out — now for the
very file that was written, plus whether it carries the CONCEPT mark and, for the card, how to
print it. A file outside the card is not encrypted, so that is said too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.app.context import DRAFT_FORMATS, PLAN_VAN_AANPAK_FORMATS
from crisiskaart.app.errors import sentence
from crisiskaart.app.exporting import ExportOutcome
from crisiskaart.app.texts import app_text
from crisiskaart.ui.exporting.choices import ExportChoice

LIST_LINES = 12  # a longer list scrolls, so the dialog stays on the screen
BULLET = "• "


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the person's own words are never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def _bullet(text: str) -> QWidget:
    """A list item whose wrapped lines start under its first word, not under the bullet."""
    item = QWidget()
    row = QHBoxLayout(item)
    row.setContentsMargins(8, 0, 0, 0)
    row.setSpacing(4)
    mark = QLabel(BULLET.strip())
    mark.setAccessibleName("")
    row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(_label(text, "exportReportItem"), 1)
    return item


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
        for line in self.about_lines():
            layout.addWidget(_label(line, "exportReport"))
        self.lists = self.list_lines()
        self.area: QScrollArea | None = None
        if self.lists:
            self.area = self._list_area()
            layout.addWidget(self.area)
        for line in self.note_lines():
            layout.addWidget(_label(line, "exportNote"))
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
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 50)

    @property
    def lines(self) -> list[str]:
        """Everything the dialog says about the file, in order, as one list of lines."""
        listed = [BULLET + line if is_item else line for line, is_item in self.lists]
        return [*self.about_lines(), *listed, *self.note_lines()]

    def _path_field(self, text: str, name: str) -> QLineEdit:
        """A path as read-only text: it can be long without a space to wrap at, and can be copied."""
        field = QLineEdit(text)
        field.setReadOnly(True)
        field.setAccessibleName(name)
        field.setCursorPosition(0)
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance(text[:48]) + 16)
        return field

    def _list_area(self) -> QScrollArea:
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(3)
        for line, is_item in self.lists:
            body_layout.addWidget(_bullet(line) if is_item else _label(line, "exportReport"))
        body_layout.addStretch(1)
        area = QScrollArea()
        area.setObjectName("exportReportArea")
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(body)
        return area

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_list()

    def _fit_list(self) -> None:
        """The list as tall as it needs, up to about ``LIST_LINES`` lines; beyond that it scrolls."""
        if self.area is None:
            return
        body, outer = self.area.widget(), self.layout()
        if body is None or outer is None:
            return
        margins = outer.contentsMargins()
        scroll_bar = self.area.verticalScrollBar().sizeHint().width()
        width = self.width() - margins.left() - margins.right() - scroll_bar
        needed = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        needed = needed if needed > 0 else body.sizeHint().height()
        self.area.setFixedHeight(min(needed, self.fontMetrics().lineSpacing() * LIST_LINES) + 2)
        layout = outer
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        if wanted > 0:
            self.resize(self.width(), wanted)

    # --- words -----------------------------------------------------------------------------------
    def about_lines(self) -> list[str]:
        """The mark, a new QR link, and whether the card fits."""
        outcome, lines = self.outcome, []
        if outcome.concept and self.choice.carries_mark:
            lines.append(self.mark_line())
        if outcome.link_created_version is not None:
            lines.append("ℹ " + sentence(app_text("link_created", self.language,
                                                   number=outcome.link_created_version)))
        if not outcome.not_fitted and self.choice.format in ("wallet-sheet", "wallet-card"):
            lines.append(self.tr("✓ Everything fits on the card."))
        return lines

    def mark_line(self) -> str:
        """Why this file says CONCEPT: its own reason (``app.context.marks_concept``)."""
        if self.choice.format in DRAFT_FORMATS:
            return self.tr("ℹ It says CONCEPT on every page: it is a draft to share.")
        if self.choice.format in PLAN_VAN_AANPAK_FORMATS:
            return self.tr("ℹ It says CONCEPT on it, because the plan van aanpak has not been signed "
                           "yet. Fill in the signing date once you have signed it, and save it again.")
        return self.tr("ℹ It says CONCEPT on it, because this version has not been signed yet.")

    def list_lines(self) -> list[tuple[str, bool]]:
        """What did not fit and what the QR code left out: (line, is a list item), like the preview."""
        lines: list[tuple[str, bool]] = []
        fitted = self.outcome.not_fitted_lines(self.language)
        if fitted:
            lines.append((self.tr("Does not fit in full (it stays in your plan):"), False))
            lines += [(line, True) for line in fitted]
        if self.outcome.qr_left_out:  # one statement a line: the app layer's one-line form is for the CLI
            lines.append((self.tr("ℹ Not in the QR code for emergency services (but on the card):"), False))
            lines += [(statement, True) for statement in self.outcome.qr_left_out]
        return lines

    def note_lines(self) -> list[str]:
        """How to print the card, and that the file is not encrypted (or where the folder goes)."""
        lines = []
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
