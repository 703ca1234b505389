"""The "Werkblad zelfbindingsverklaring" page: preparing a zelfbindingsverklaring, never making one.

A zelfbindingsverklaring (Wvggz art. 4:1) is only valid when drawn up with the zorgverantwoordelijke
and with an independent expert's written statement about the person's capacity; a program can do
neither. So this page is a worksheet for the person's own thoughts before that conversation, and a
banner that never scrolls away says on every view that it is not a valid declaration and who must
be involved (docs/plan-van-aanpak.md). The worksheet is an optional part of the plan
(``CrisisPlan.zelfbinding``), started undoably like the plan of action.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.model import field_label
from crisiskaart.model.zelfbinding import ZelfbindingWorksheet
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.editor.records import RecordList
from crisiskaart.ui.editor.section_page import field_widget
from crisiskaart.ui.pva.optional_part import reread_inputs, scrolling, start_view
from crisiskaart.ui.pva.route_questions import ZELFBINDING, ZELFBINDING_SECTION
from crisiskaart.ui.pva.saving import PdfSaver
from crisiskaart.ui.titles import enlarge


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class ZelfbindingPage(QWidget):
    """The worksheet, its banner, and its PDF."""

    def __init__(self, document: PlanDocument, language: str,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.setObjectName("page:" + ZELFBINDING)
        self.document, self.language, self.today = document, language, today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(enlarge(_label(field_label(ZELFBINDING, language), "sectionTitle"), 1.4))
        self.banner = _label(self.banner_text(), "notValidBanner")
        # A frame and a symbol as well as the red: the warning never rests on colour alone.
        self.banner.setStyleSheet("QLabel#notValidBanner { border: 2px solid #C62828; padding: 8px; "
                                  "font-weight: bold; }")
        self.banner.setAccessibleName(self.tr("Not a valid declaration"))
        layout.addWidget(self.banner)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.start_panel = scrolling(self._start_view(), sideways=False)
        self.stack.addWidget(self.start_panel)
        self.form = scrolling(self._form_view(), sideways=False)
        self.stack.addWidget(self.form)
        bar = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Worksheet as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the worksheet as PDF"))
        self.pdf_button.setAccessibleDescription(self.tr(
            "Every page says that it is a worksheet and not a valid declaration"))
        self.pdf_button.clicked.connect(self.choose_file)
        self.export_status = _label("", "zelfbindingExportStatus")
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.export_status, 1)
        layout.addLayout(bar)
        self.saver = PdfSaver(self, document, language, today, self.export_status)
        document.list_changed.connect(self._on_list_changed)
        document.changed.connect(self.refresh)
        self.refresh()

    # --- words -----------------------------------------------------------------------------------
    def banner_text(self) -> str:
        return self.tr(
            "⚠ This is a worksheet, not a valid self-binding declaration. It only becomes one when you "
            "draw it up together with your zorgverantwoordelijke, and an independent doctor or other "
            "expert states in writing that you could oversee what it means for you.")

    def needed_points(self) -> list[str]:
        return [
            self.tr("You draw up the declaration together with your zorgverantwoordelijke: the "
                    "professional responsible for your care, often your psychiatrist."),
            self.tr("An independent doctor or other expert states in writing that, when you drew it up, "
                    "you could oversee what it means for you."),
            self.tr("You are 16 or older. A care plan goes with the declaration."),
            self.tr("A family member, someone close to you or the patient advocate (PVP) may help you."),
            self.tr("Even with a valid declaration, compulsory care is only allowed with a care "
                    "authorisation from the court or a crisis measure."),
        ]

    def questions(self) -> dict[str, str]:
        """What art. 4:1 lid 2 Wvggz says the declaration describes, as questions to the person."""
        return {
            "circumstances": self.tr("a. When must you get compulsory care, to prevent serious harm?"),
            "care_then": self.tr("b. Which care and compulsory care do you then want?"),
            "measures": self.tr("b. Which forms of compulsory care may then be used?"),
            "maximum_duration": self.tr("b. For how long at most?"),
            "ending": self.tr("c. When does the compulsory care stop?"),
            "validity": self.tr("d. How long should the declaration be valid?"),
            "people_to_contact": self.tr("e. Which family and loved ones must then be called?"),
        }

    # --- building --------------------------------------------------------------------------------
    def _needed_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What a valid declaration needs"))
        box_layout = QVBoxLayout(box)
        for point in self.needed_points():
            box_layout.addWidget(_label("• " + point))
        box_layout.addWidget(_label(self.tr(
            "This is a short explanation. Ask your zorgverantwoordelijke or the patient advocate (PVP) "
            "what exactly is needed.")))
        return box

    def _intro(self) -> QLabel:
        return _label(self.tr(
            "In a self-binding declaration you agree in advance that you get compulsory care when things "
            "go badly, even if you resist it then. Here you put your own thoughts on paper, while you are "
            "well. Take the worksheet to the conversation with your zorgverantwoordelijke."))

    def _start_view(self) -> QWidget:
        above = [self._intro(), self._needed_box()]
        self.start_button = QPushButton(self.tr("&Start the worksheet"))
        self.start_button.setAccessibleDescription(self.tr(
            "Adds a worksheet to prepare a self-binding declaration to this card"))
        self.start_button.clicked.connect(self.start)
        return start_view(above, self.start_button)

    def _form_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._intro())
        layout.addWidget(self._needed_box())
        self.inputs = {spec.path: field_widget(self.document, spec, self.language)
                       for spec in ZELFBINDING_SECTION.fields}
        questions = self.questions()
        for spec in ZELFBINDING_SECTION.fields:
            widget = self.inputs[spec.path]
            if spec.name in questions:  # the law's question (a–e) above the answer, as on paper
                heading = widget.heading if isinstance(widget, RecordList) else widget.label
                heading.setText(questions[spec.name])
            layout.addWidget(widget)
        layout.addStretch(1)
        return view

    # --- state -----------------------------------------------------------------------------------
    def start(self) -> None:
        if self.document.plan.zelfbinding is None:
            self.document.set_optional((ZELFBINDING,), ZelfbindingWorksheet())
        first = next(iter(self.inputs.values()))
        if isinstance(first, FieldRow):
            first.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_list_changed(self, path: tuple) -> None:
        if path != (ZELFBINDING,):
            return
        reread_inputs(self)  # the worksheet was created, or that undone

    def refresh(self) -> None:
        started = self.document.plan.zelfbinding is not None
        self.stack.setCurrentWidget(self.form if started else self.start_panel)
        self.pdf_button.setEnabled(started)

    # --- export ----------------------------------------------------------------------------------
    def export_worksheet(self, path, *, overwrite: bool = False):
        return self.saver.export("zelfbinding-worksheet", path, self.tr(
            "The worksheet is saved as %1. Take it to the conversation with your zorgverantwoordelijke."),
            overwrite=overwrite)

    def choose_file(self) -> None:
        if self.document.plan.zelfbinding is None:
            return
        self.saver.choose("zelfbinding-worksheet", self.tr("Save the worksheet as PDF"), self.tr(
            "The worksheet is saved as %1. Take it to the conversation with your zorgverantwoordelijke."))
