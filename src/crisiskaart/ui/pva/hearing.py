"""The "Voor de zitting" tab: the plan for the court hearing, when the 14-day route did not work.

Many people hear about the zorgmachtiging too late, cannot write the plan alone in 14 days, or
are refused. Their plan still matters: the judge decides at a hearing and can read it. This tab
says when this route is for the person now, asks for the hearing's details and what the person
asks the judge, shows the cover exactly as it will be printed, and saves the PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from crisiskaart.export.context import ExportContext
from crisiskaart.export.document_text import sections_text
from crisiskaart.export.pva_facts import StepState, progress
from crisiskaart.export.pva_hearing import hearing_cover
from crisiskaart.model.plan_van_aanpak import PermissionDecision
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.editor.fields import FieldRow, MultiChoice
from crisiskaart.ui.editor.section_page import field_widget
from crisiskaart.ui.pva.route_questions import HEARING_SECTION


class HearingView(QWidget):
    def __init__(self, document: PlanDocument, language: str, today: Callable[[], dt.date],
                 export: Callable[[], object]) -> None:
        super().__init__()
        self.setObjectName("pvaHearing")
        self.document, self.language, self.today = document, language, today
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(self.tr(
            "Did you miss the deadlines, or were you not allowed to write your own plan? Then the judge "
            "decides about the care authorisation at a hearing (zitting). You can still give your plan "
            "to the judge, or to your lawyer before the hearing. It is the same plan, with a cover page "
            "for the judge."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.situation = QLabel()
        self.situation.setObjectName("pvaHearingSituation")
        self.situation.setWordWrap(True)
        self.situation.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.situation)
        self.inputs = [field_widget(document, spec, language) for spec in HEARING_SECTION.fields]
        for widget in self.inputs:
            if isinstance(widget, FieldRow) and isinstance(widget.input, MultiChoice):
                widget.input.wrap_sentences()  # the requests are whole sentences, never cut off at the side
            layout.addWidget(widget)
        group = QGroupBox(self.tr("The cover page for the judge"))
        group_layout = QVBoxLayout(group)
        self.cover = QLabel()
        self.cover.setObjectName("pvaHearingCover")
        self.cover.setWordWrap(True)
        self.cover.setTextFormat(Qt.TextFormat.PlainText)
        self.cover.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cover.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.cover.setAccessibleName(self.tr("The cover page for the judge"))
        group_layout.addWidget(self.cover)
        layout.addWidget(group)
        self.pdf_button = QPushButton(self.tr("Plan for the hearing as PDF…"))
        self.pdf_button.setAccessibleDescription(self.tr(
            "Saves the cover page for the judge and your whole plan of action in one PDF"))
        self.pdf_button.clicked.connect(export)
        layout.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        document.changed.connect(self.refresh)
        self.refresh()

    def situation_text(self) -> str:
        pva = self.document.plan.plan_van_aanpak
        if pva is None:
            return ""
        if pva.decision is PermissionDecision.REFUSED:
            return self.tr("→ You were not allowed to write your plan within the 14 days. This route is for "
                           "you now: finish your plan and give it to the judge.")
        status = progress(pva, self.today())
        if status is not None and any(step.state is StepState.LATE for step in status.steps):
            return self.tr("→ The deadline has passed. This route is for you now: finish your plan anyway "
                           "and give it to the judge.")
        return self.tr("You do not need this now. Keep it in mind in case the deadlines are not met.")

    def refresh(self) -> None:
        self.situation.setText(self.situation_text())
        started = self.document.plan.plan_van_aanpak is not None
        self.pdf_button.setEnabled(started)
        if started:
            context = ExportContext(language=self.language, today=self.today())
            self.cover.setText(sections_text(hearing_cover(self.document.plan, context).sections))
