"""The deadline tracker: the announcement date in, the three deadlines out, and what to do now.

Each step shows the advised date (the plain count, the safe side) and, when it is later, the legal
last day under the Algemene termijnenwet; only after that day does a step say the term has passed,
and then it says what can still be done. The state is a symbol *and* words (never colour alone);
the whole status is also the accessible name, so a screen reader hears what a sighted user sees.
The facts come from ``export.pva_facts``, shared with the letter, the plan PDF and the command line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crisiskaart.export.pva_facts import Progress, Step, StepState, StepStatus, long_date, progress
from crisiskaart.model.deadlines import DayCounting
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.pva.questions import PROCEDURE_SECTION

__all__ = ["DeadlineTracker", "long_date"]


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
        self.notes_label = self._label("pvaNotes")
        layout.addWidget(self.notes_label)
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

    @property
    def working_days(self) -> bool:
        pva = self.document.plan.plan_van_aanpak
        return pva is not None and pva.day_counting is DayCounting.WORKING

    # --- wording -------------------------------------------------------------------------------
    def step_title(self, step: Step) -> str:
        if self.working_days:
            return {
                Step.LETTER: self.tr("1. Letter to the geneesheer-directeur (within 3 working days)"),
                Step.DECISION: self.tr("2. Decision: may you write your own plan? (within 2 working days)"),
                Step.PLAN: self.tr("3. Your plan is ready and signed (within 14 working days)"),
            }[step]
        return {
            Step.LETTER: self.tr("1. Letter to the geneesheer-directeur (within 3 days)"),
            Step.DECISION: self.tr("2. Decision: may you write your own plan? (within 2 days)"),
            Step.PLAN: self.tr("3. Your plan is ready and signed (within 14 days)"),
        }[step]

    def days_text(self, days: int) -> str:
        """"nog 3 dagen" or "nog 3 werkdagen", as the plan counts."""
        if self.working_days:
            return (self.tr("1 working day left") if days == 1
                    else self.tr("%1 working days left").replace("%1", str(days)))
        return self.tr("1 day left") if days == 1 else self.tr("%1 days left").replace("%1", str(days))

    def dates_sentence(self, status: StepStatus) -> str:
        """What to keep: the advised date and, when it is later, the legal last day."""
        advised, legal = self.date(status.advised), self.date(status.legal)
        if status.step is Step.DECISION:
            return self.tr("The geneesheer-directeur decides by %1 at the latest.").replace("%1", legal)
        if status.two_dates:
            text = {
                Step.LETTER: self.tr("Send your letter preferably by %1 (by law at the latest %2)."),
                Step.PLAN: self.tr("Finish and sign your plan preferably by %1 (by law at the latest %2)."),
            }[status.step]
            return text.replace("%1", advised).replace("%2", legal)
        text = {
            Step.LETTER: self.tr("Send your letter by %1 at the latest."),
            Step.PLAN: self.tr("Finish and sign your plan by %1 at the latest."),
        }[status.step]
        return text.replace("%1", legal)

    def step_state(self, status: StepStatus) -> str:
        advised, legal = self.date(status.advised), self.date(status.legal)
        if status.state is StepState.DONE:
            if status.done_on is None:
                return self.tr("✓ Done")
            return self.tr("✓ Done on %1").replace("%1", self.date(status.done_on))
        if status.state is StepState.NOT_ALLOWED:
            return self.tr("✗ Not needed: permission was refused")
        if status.state is StepState.LATER:
            if status.two_dates:
                return self.tr("○ Later: preferably by %1, by law at the latest %2").replace("%1", advised) \
                    .replace("%2", legal)
            return self.tr("○ Later: at the latest %1").replace("%1", legal)
        if status.state is StepState.LATE:
            return self.tr("! Too late: the legal term ended on %1.").replace("%1", legal)
        if status.state is StepState.EXTENDED:
            head = (self.tr("→ Now: today is the last day by law (%1).").replace("%1", legal)
                    if status.legal_days_left == 0 else
                    self.tr("→ Now: by law still possible until %1 (%2).").replace("%1", legal)
                    .replace("%2", self.days_text(status.legal_days_left)))
            return f"{head}\n" + self.tr("The advised date was %1: do it as soon as you can.") \
                .replace("%1", advised)
        if status.days_left == 0:  # "advised" only where a later legal last day exists
            head = (self.tr("→ Now: today is the advised last day.") if status.two_dates
                    else self.tr("→ Now: today is the last day."))
        else:
            head = self.tr("→ Now: %1.").replace("%1", self.days_text(status.days_left))
        return f"{head}\n{self.dates_sentence(status)}"

    def notes(self, status: Progress | None) -> str:
        """What the dates mean: "by law", the dates that still depend on the letter, unknown years."""
        if status is None:
            return ""
        pva = self.document.plan.plan_van_aanpak
        open_steps = [s for s in status.steps if s.state not in (StepState.DONE, StepState.NOT_ALLOWED)]
        lines: list[str] = []
        if status.counting is DayCounting.CALENDAR and any(s.two_dates for s in open_steps):
            lines.append(self.tr("“By law” follows the Algemene termijnenwet: a term that ends on a "
                                 "Saturday, Sunday or public holiday runs on to the next working day. "
                                 "Keep the first date if you can."))
        if pva is not None and pva.letter_sent_on is None and len(open_steps) > 1:
            lines.append(self.tr("The later dates count as if your letter goes out today. They move "
                                 "when you send it on another day."))
        elif pva is not None and pva.decision_on is None and status.step(Step.PLAN) in open_steps:
            lines.append(self.tr("The date of the decision is not known yet. The decision can come quickly. "
                                 "So “preferably by” counts from the day your letter was sent, and “by law” "
                                 "from the last day on which the decision may come. Fill in the date of the "
                                 "decision as soon as you know it."))
        years = [y for y in status.unpublished_years
                 if any(y in (s.advised.year, s.legal.year) for s in open_steps)]
        if years:
            lines.append(self.tr("For %1 the government has not yet published which extra days count as "
                                 "public holidays. The dates by law leave those days out: that way they are "
                                 "never too late, at most a day early. In doubt? Ask your patient advocate "
                                 "(PVP) or lawyer.").replace("%1", ", ".join(map(str, years))))
        return "\n\n".join(lines)

    def next_step(self, status: Progress | None) -> str:
        if status is None:
            return self.tr("What to do now: fill in the date on which you were told that a care "
                           "authorisation is being prepared. Then you see your deadlines.")
        if status.refused:
            return self.tr("Permission was refused. You can still write your plan and give it to the "
                           "judge at the court hearing about the care authorisation. Ask your patient "
                           "advocate (PVP) or your lawyer for help. Your crisis plan still counts.")
        current = status.current
        if current is None:
            return self.tr("All steps are done. Give the signed plan to the geneesheer-directeur.")
        legal = self.date(current.legal)
        if current.state is StepState.LATE:
            text = {
                Step.LETTER: self.tr("The term for the letter has passed (by law at the latest %1). You "
                                     "can still write your plan: give it to the judge at the court hearing "
                                     "about the care authorisation. Ask your patient advocate (PVP) or "
                                     "your lawyer for help."),
                Step.DECISION: self.tr("The decision should have come by %1. Ask the geneesheer-directeur "
                                       "for it, and ask your patient advocate (PVP) or lawyer for help. Go "
                                       "on writing your plan: you can also give it to the judge at the "
                                       "court hearing."),
                Step.PLAN: self.tr("The term for your plan ended on %1. Give your plan to the "
                                   "geneesheer-directeur anyway, and take it to the court hearing: the "
                                   "judge can take it into account. Ask your patient advocate (PVP) or "
                                   "lawyer for help."),
            }[current.step]
            return text.replace("%1", legal)
        day = self.date(current.advised if current.state is StepState.NOW else current.legal)
        text = {
            Step.LETTER: self.tr("What to do now: fill in who the letter goes to, save the letter as "
                                 "PDF, sign it and send it or hand it in by %1. Then fill in the date you "
                                 "sent it."),
            Step.DECISION: self.tr("What to do now: wait for the decision of the geneesheer-directeur. It "
                                   "should come by %1. When it comes, fill in the decision and its date."),
            Step.PLAN: self.tr("What to do now: write your plan with the people who help you, and sign it "
                               "by %1. Use \"Write step by step\"."),
        }[current.step]
        return text.replace("%1", day)

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
                state = self.step_state(self.status.step(step))
            text = f"{self.step_title(step)}\n{state}"
            label.setText(text)
            label.setAccessibleName(text.replace("\n", ": ", 1).replace("\n", " "))
            font = label.font()
            current = self.status is not None and self.status.current is not None \
                and self.status.current.step is step
            font.setBold(current)
            label.setFont(font)
        notes = self.notes(self.status)
        self.notes_label.setText(notes)
        self.notes_label.setVisible(bool(notes))
        self.next_label.setText(self.next_step(self.status))
        self.next_label.setAccessibleName(self.next_label.text())
        self.sent_today.setEnabled(pva is not None and pva.letter_sent_on is None)
