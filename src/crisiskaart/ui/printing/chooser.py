"""The first step of printing: what to print, and what to look at before it goes on paper.

A card lives in a wallet for a year and strangers read it at the worst moment, so the points to
check (a concept, geldig tot, text that did not fit, a QR code without a phone number) are said in
words here, before the print dialog, while the person can still go back and change the card.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.app.checks import Check
from crisiskaart.ui.printing.checks import checks_for, is_warning
from crisiskaart.ui.printing.documents import Printable


def _label(text: str, name: str, indent: int = 0) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setContentsMargins(indent, 0, 0, 0)
    return label


class PrintChooser(QDialog):
    """Radio buttons for what to print, with the checks for the one chosen underneath."""

    def __init__(self, choices: list[Printable], checks: list[Check], language: str,
                 parent: QWidget | None = None, *, note: str = "") -> None:
        """``note``: why some papers are not offered (the card no longer counts), shown on top."""
        super().__init__(parent)
        self.setObjectName("printChooser")
        self.setWindowTitle(self.tr("Print"))
        self.checks, self.language = checks, language
        self.wants_preview = False
        layout = QVBoxLayout(self)
        heading = _label(self.tr("What do you want to print?"), "printQuestion")
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        if note:
            layout.addWidget(_label(note, "printNotInForce"))
        self.group = QButtonGroup(self)
        self.buttons: dict[Printable, QRadioButton] = {}
        indent = QRadioButton().sizeHint().height() + 4  # the description lines up with the button's text
        for what in choices:
            title, description = self._describe(what)
            button = QRadioButton(title)
            button.setAccessibleDescription(description)
            self.group.addButton(button)
            self.buttons[what] = button
            layout.addWidget(button)
            layout.addWidget(_label(description, "printDescription", indent))
            button.toggled.connect(lambda on: self._show_checks() if on else None)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.checks_heading = _label(self.tr("Look at this first:"), "printChecksHeading")
        self.checks_heading.setFont(bold)
        layout.addWidget(self.checks_heading)
        self.checks_area = QWidget()
        self.checks_area.setObjectName("printChecks")
        self.checks_layout = QVBoxLayout(self.checks_area)
        self.checks_layout.setContentsMargins(0, 0, 0, 0)
        self._check_rows: list[QWidget] = []
        layout.addWidget(self.checks_area)
        layout.addStretch(1)
        box = QDialogButtonBox()
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.setAutoDefault(False)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setDefault(True)
        box.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button.clicked.connect(self._preview)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.setMinimumWidth(520)
        self.buttons[choices[0]].setChecked(True)
        self.buttons[choices[0]].setFocus()

    def _describe(self, what: Printable) -> tuple[str, str]:
        if what is Printable.CARD:
            return (self.tr("The &card for your wallet"),
                    self.tr("One A4 sheet, printed on both sides (long edge) at real size (100 %). "
                            "Then you cut out the card and fold it."))
        if what is Printable.PLAN:
            return self.tr("The &whole crisis plan"), self.tr("All parts of your plan, on A4.")
        if what is Printable.PLAN_VAN_AANPAK:
            return self.tr("The eigen plan van &aanpak"), self.tr("Your own plan van aanpak, on A4.")
        if what is Printable.ZORGKAART:
            return (self.tr("The &zorgkaart"),
                    self.tr("What you want and do not want in care and compulsory care, on A4."))
        if what is Printable.HEARING:
            return (self.tr("The plan for the court &hearing"),
                    self.tr("A cover page for the judge, then your plan van aanpak."))
        if what is Printable.ZELFBINDING:
            return (self.tr("The zelf&binding worksheet"),
                    self.tr("Your preparation only: it is not a valid zelfbindingsverklaring."))
        return (self.tr("The &letter with the plan van aanpak"),
                self.tr("One A4 page to send with your plan van aanpak."))

    def choice(self) -> Printable:
        return next(what for what, button in self.buttons.items() if button.isChecked())

    def shown_checks(self) -> list[Check]:
        return checks_for(self.checks, self.choice())

    def check_texts(self) -> list[str]:
        """The lines now shown under the choice, symbol first (what a screen reader reads too)."""
        return [row.accessibleName() for row in self._check_rows]

    def _show_checks(self) -> None:
        for row in self._check_rows:
            row.setParent(None)
            row.deleteLater()
        checks = self.shown_checks()
        self.checks_heading.setVisible(bool(checks))
        lines = [("⚠" if is_warning(check) else "ℹ", check.message(self.language)) for check in checks]
        self._check_rows = [self._check_row(symbol, text)
                            for symbol, text in lines or [("✓", self.tr("Everything is ready to print."))]]
        for row in self._check_rows:
            self.checks_layout.addWidget(row)

    def _check_row(self, symbol: str, text: str) -> QWidget:
        """One point: its symbol beside the sentence, so a sentence that wraps stays in its column."""
        row = QWidget()
        row.setObjectName("printCheck")
        row.setAccessibleName(f"{symbol} {text}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 4)
        mark = _label(symbol, "printCheckSymbol")
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        words = _label(text, "printCheckText")
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        line.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(words, 1)
        return row

    def _preview(self) -> None:
        self.wants_preview = True
        self.accept()
