"""The deadline tracker: the announcement date in, the three deadlines out, and what to do now.

The state of each step is a symbol *and* words (never colour alone); the whole status is also the
accessible description, so a screen reader hears the same as a sighted user sees. Which step is
current and how many days are left comes from ``export.pva_facts``, shared with the PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crisiskaart.export.pva_facts import Progress, Step, StepState, StepStatus, progress, weekday_name
from crisiskaart.model.formatting import format_date
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.pva.questions import PROCEDURE_SECTION


def long_date(day: dt.date, language: str) -> str:
    """"donderdag 19 november 2026": the weekday makes a deadline easier to keep."""
    return f"{weekday_name(day, language)} {format_date(day, language)}"


class DeadlineTracker(QWidget):
    """Dates of the procedure, the three deadlines counting down, and the next thing to do."""

    def __init__(self, document: PlanDocument, language: str,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.setObjectName("pvaDeadlines")
        self.document, self.language, self.today = document, language, today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[str, FieldRow] = {}
        for spec in PROCEDURE_SECTION.fields:
            row = FieldRow(document, spec.path, spec, language)
            self.rows[spec.name] = row
            if spec.name == "letter_sent_on":
                line = QHBoxLayout()
                line.addWidget(row, 1)
                self.sent_today = QPushButton(self.tr("Sent &today"))
                self.sent_today.setAccessibleName(self.tr("The letter was sent today"))
                self.sent_today.setToolTip(self.tr("Fill in today's date as the date the letter was sent"))
                self.sent_today.clicked.connect(self.mark_sent_today)
                line.addWidget(self.sent_today, 0, Qt.AlignmentFlag.AlignBottom)
                layout.addLayout(line)
            else:
                layout.addWidget(row)
        self.today_label = self._label("pvaToday")
        layout.addWidget(self.today_label)
        self.step_labels: dict[Step, QLabel] = {}
        for step in Step:
            label = self._label("pvaStep:" + step.value)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMargin(6)
            self.step_labels[step] = label
            layout.addWidget(label)
        self.next_label = self._label("pvaNext")
        font = self.next_label.font()
        font.setBold(True)
        self.next_label.setFont(font)
        layout.addWidget(self.next_label)
        self.status: Progress | None = None
        document.changed.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                      | Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, so it is read out
        return label

    def mark_sent_today(self) -> None:
        if self.document.plan.plan_van_aanpak is not None:
            self.document.set_value(("plan_van_aanpak", "letter_sent_on"), self.today())

    def date(self, day: dt.date) -> str:
        return long_date(day, self.language)

    # --- wording -------------------------------------------------------------------------------
    def step_title(self, step: Step) -> str:
        return {
            Step.LETTER: self.tr("1. Letter to the geneesheer-directeur (within 3 days)"),
            Step.DECISION: self.tr("2. Decision: may you write your own plan? (within 2 days)"),
            Step.PLAN: self.tr("3. Your plan is ready and signed (within 14 days)"),
        }[step]

    def step_state(self, status: StepStatus) -> str:
        due = self.date(status.due)
        if status.state is StepState.DONE:
            if status.done_on is None:
                return self.tr("✓ Done")
            return self.tr("✓ Done on %1").replace("%1", self.date(status.done_on))
        if status.state is StepState.NOT_ALLOWED:
            return self.tr("✗ Not needed: permission was refused")
        if status.state is StepState.LATER:
            return self.tr("○ Later: at the latest %1").replace("%1", due)
        if status.state is StepState.LATE:
            return self.tr("! Too late: the deadline was %1, %2 days ago").replace("%1", due) \
                .replace("%2", str(-status.days_left))
        if status.days_left == 0:
            return self.tr("→ Now: today is the last day (%1)").replace("%1", due)
        if status.days_left == 1:
            return self.tr("→ Now: 1 day left, until %1").replace("%1", due)
        return self.tr("→ Now: %1 days left, until %2").replace("%1", str(status.days_left)) \
            .replace("%2", due)

    def next_step(self, status: Progress | None) -> str:
        if status is None:
            return self.tr("What to do now: fill in the date on which you were told that a care "
                           "authorisation is being prepared. Then you see your deadlines.")
        if status.refused:
            return self.tr("Permission was refused. Ask your patient advocate (PVP) or your lawyer "
                           "what you can do. Your crisis plan still counts.")
        current = status.current
        if current is None:
            return self.tr("All steps are done. Give the signed plan to the geneesheer-directeur.")
        due = self.date(current.due)
        text = {
            Step.LETTER: self.tr("What to do now: fill in who the letter goes to, save the letter as "
                                 "PDF, sign it and send it or hand it in by %1. Then fill in the date you "
                                 "sent it."),
            Step.DECISION: self.tr("What to do now: wait for the decision of the geneesheer-directeur. It "
                                   "should come by %1. When it comes, fill in the decision and its date."),
            Step.PLAN: self.tr("What to do now: write your plan with the people who help you, and sign it "
                               "by %1. Use \"Write step by step\"."),
        }[current.step]
        return text.replace("%1", due)

    # --- state ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        pva = self.document.plan.plan_van_aanpak
        today = self.today()
        self.status = progress(pva, today) if pva is not None else None
        self.today_label.setText(self.tr("Today is %1.").replace("%1", self.date(today)))
        for step, label in self.step_labels.items():
            if self.status is None:
                state = self.tr("○ Not known yet")
            else:
                state = self.step_state(self.status.steps[list(Step).index(step)])
            text = f"{self.step_title(step)}\n{state}"
            label.setText(text)
            label.setAccessibleName(text.replace("\n", ": "))
            font = label.font()
            current = self.status is not None and self.status.current is not None \
                and self.status.current.step is step
            font.setBold(current)
            label.setFont(font)
        self.next_label.setText(self.next_step(self.status))
        self.next_label.setAccessibleName(self.next_label.text())
        self.sent_today.setEnabled(pva is not None and pva.letter_sent_on is None)
