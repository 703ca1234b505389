"""The first step of exporting: what to save, and what to look at before it leaves the card.

Every choice has one line saying what it is for, in plain words. Under the choices the points to
check for that file are said calmly, each with a symbol *and* a word (never colour alone): a
concept, no *geldig tot* or one that has passed, text that did not fit, a QR code without a phone
number. Nothing is blocked by them; the person decides. Only the website folder cannot be made
without an organisation profile, and then the dialog says what is needed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
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

from crisiskaart.app.checks import Check, Severity
from crisiskaart.ui.exporting.choices import ExportChoice, checks_for
from crisiskaart.ui.grow import fit_to_texts


def _label(text: str, name: str, indent: int = 0) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setContentsMargins(indent, 0, 0, 0)
    return label


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class ExportDialog(QDialog):
    """Radio buttons for what to export (to print | other files), with the checks for the chosen one."""

    def __init__(self, choices: list[ExportChoice], checks: list[Check], viewer_ready: bool, language: str,
                 parent: QWidget | None = None, *, note: str = "") -> None:
        """``note``: why some papers are not offered (the card no longer counts), shown on top."""
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.checks, self.viewer_ready, self.language = checks, viewer_ready, language
        layout = QVBoxLayout(self)
        layout.addWidget(_bold(_label(self.tr("What do you want to save?"), "exportQuestion")))
        layout.addWidget(_label(self.tr("You choose where it goes next. Nothing is sent anywhere."),
                                "exportIntro"))
        if note:
            layout.addWidget(_label(note, "exportNotInForce"))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        columns = QHBoxLayout()
        columns.setSpacing(24)
        headings = {"card": self.tr("Card and plan"), "wvggz": self.tr("Wvggz"),
                    "files": self.tr("Other files")}
        used = [key for key in headings if any(c.column == key for c in choices)]
        em = self.fontMetrics().horizontalAdvance("M")
        # Three columns side by side while they fit a laptop screen; with a large font the Wvggz
        # papers go under the card and the plan, so the dialog never grows wider than the screen.
        stacked = len(used) == 3 and 30 * em * 3 > 1300
        groups = [["card", "wvggz"], ["files"]] if stacked else [[key] for key in used]
        for group in groups:
            column = QVBoxLayout()
            column.setSpacing(10)
            for key in group:
                column.addWidget(_bold(_label(headings[key], "exportGroup")))
                for choice in (c for c in choices if c.column == key):
                    column.addWidget(self._choice_widget(choice))
            column.addStretch(1)
            columns.addLayout(column, 1)
        layout.addLayout(columns)
        self.choices = {choice.format: choice for choice in choices}
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.checks_heading = _bold(_label(self.tr("Look at this first:"), "exportChecksHeading"))
        layout.addWidget(self.checks_heading)
        self.checks_box = QVBoxLayout()
        self.checks_box.setSpacing(4)
        layout.addLayout(self.checks_box)
        self.check_labels: list[QLabel] = []
        self.needs_label = _label(self.needs_text(), "exportNeeds")
        layout.addWidget(self.needs_label)
        layout.addStretch(1)  # room a longer list of checks may need later stays under the checks
        box = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setDefault(True)
        box.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        width = em * 30 * len(groups)
        self.setMinimumWidth(width)
        first = next(iter(self.buttons))
        self.buttons[first].setChecked(True)
        self.buttons[first].setFocus()

    def _choice_widget(self, choice: ExportChoice) -> QWidget:
        """The radio button with its line of explanation under its text."""
        title, description = self.words(choice.format)
        button = QRadioButton(title)
        button.setObjectName("export:" + choice.format)
        button.setAccessibleDescription(description)
        self.group.addButton(button)
        self.buttons[choice.format] = button
        button.toggled.connect(lambda on: self._show_checks() if on else None)
        widget = QWidget()
        box = QVBoxLayout(widget)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(button)
        indent = button.sizeHint().height() + 2  # the description lines up with the button's text
        box.addWidget(_label(description, "exportDescription", indent))
        return widget

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the wrapped lines need at this width (Qt does not grow a dialog for them)."""
        fit_to_texts(self)

    # --- words -----------------------------------------------------------------------------------
    def words(self, export_format: str) -> tuple[str, str]:
        """The choice's title and its one line of explanation."""
        return {
            "wallet-sheet": (self.tr("The card to print at home"), self.tr(
                "One A4 sheet (PDF). Print it on both sides at real size, cut out the card and fold it.")),
            "wallet-card": (self.tr("The card for the print shop"), self.tr(
                "A PDF at real size with 3 mm extra edge, for a print shop or copy shop.")),
            "plan": (self.tr("The whole plan (PDF)"), self.tr(
                "All parts of your crisis plan on A4, to print or to keep.")),
            "plan-van-aanpak": (self.tr("The eigen plan van aanpak"), self.tr(
                "Your own plan of action on A4, with room for signatures.")),
            "letter": (self.tr("The letter"), self.tr(
                "The letter to the geneesheer-directeur, ready to print and sign.")),
            "plan-van-aanpak-concept": (self.tr("The plan van aanpak as a draft to share"), self.tr(
                "With CONCEPT on every page, to show your behandelaar or naasten before you hand it in.")),
            "hearing-plan": (self.tr("The plan for the court hearing"), self.tr(
                "A cover page for the judge, then your plan van aanpak (and your zorgkaart if you chose "
                "so).")),
            "zorgkaart": (self.tr("The zorgkaart"), self.tr(
                "What you want and do not want in care and compulsory care, gathered from your crisis "
                "plan.")),
            "zelfbinding-worksheet": (self.tr("The zelfbinding worksheet"), self.tr(
                "Your preparation for a zelfbindingsverklaring. It is not a valid declaration by itself.")),
            "html": (self.tr("The plan as a web page"), self.tr(
                "Your whole plan in one file that opens in an internet browser.")),
            "qr-png": (self.tr("The QR code as an image"), self.tr(
                "Only the QR code (PNG), for example for a sticker or your phone.")),
            "qr-svg": (self.tr("The QR code for a print shop"), self.tr(
                "The same QR code as a drawing (SVG) that stays sharp at any size.")),
            "summary-text": (self.tr("The summary for emergency services, as text"), self.tr(
                "What emergency services see when they scan the QR code, and what did not fit in it.")),
            "summary-site": (self.tr("The summary as a folder for the website"), self.tr(
                "A folder your organisation puts on its website. The QR code then opens your summary.")),
        }[export_format]

    def needs_text(self) -> str:
        return self.tr(
            "ℹ For this folder an organisation profile is needed, with the web address where the summary "
            "will be. You get it from the organisation that puts the summary on its website; ask your "
            "ondersteuner about it. Your card works without it: then the QR code holds the summary itself.")

    def check_line(self, check: Check) -> str:
        """``⚠ Let op: …`` or ``ℹ Goed om te weten: …``: a symbol and a word, not colour alone."""
        if Severity(check.severity) is Severity.WARN:
            return self.tr("⚠ Note: %1").replace("%1", check.message(self.language))
        return self.tr("ℹ Good to know: %1").replace("%1", check.message(self.language))

    # --- state -----------------------------------------------------------------------------------
    def choice(self) -> ExportChoice:
        return next(self.choices[name] for name, button in self.buttons.items() if button.isChecked())

    def choose(self, export_format: str) -> None:
        self.buttons[export_format].setChecked(True)

    def shown_checks(self) -> list[Check]:
        return checks_for(self.checks, self.choice())

    def check_texts(self) -> list[str]:
        return [label.text() for label in self.check_labels]

    def _show_checks(self) -> None:
        choice = self.choice()
        blocked = choice.needs_viewer and not self.viewer_ready
        self.needs_label.setVisible(blocked)
        self.save_button.setEnabled(not blocked)
        for label in self.check_labels:
            self.checks_box.removeWidget(label)
            label.hide()  # at once: Qt deletes it only later
            label.deleteLater()
        checks = [] if blocked else self.shown_checks()
        texts = [self.check_line(check) for check in checks]
        if not checks and not blocked:
            texts = [self.tr("✓ Everything is ready.")]
        self.check_labels = [_label(text, "exportCheck") for text in texts]
        for label in self.check_labels:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.checks_box.addWidget(label)
        self.checks_heading.setVisible(bool(checks))
        if self.isVisible():
            self._fit_height()
