"""Facts about one eigen plan van aanpak that the editor and the PDFs both show (no Qt, no wording).

Where the person is in the procedure (DOMAIN.md §5, docs/plan-van-aanpak.md): which of the three
steps is done, which one is next, how many days are left; and whether the person is a minor, which
changes who writes the plan. The editor words these facts with Qt translations, the PDFs with
``pva_texts``; keeping the decisions here means both always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from crisiskaart.model.deadlines import PlanDeadlines, compute_deadlines, days_left
from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak, PermissionDecision


class Step(StrEnum):
    LETTER = "letter"  # tell the geneesheer-directeur in writing (3 days)
    DECISION = "decision"  # the geneesheer-directeur decides (2 days)
    PLAN = "plan"  # write and sign the plan (14 days)


class StepState(StrEnum):
    DONE = "done"
    NOW = "now"  # the step to work on today, not late yet
    LATE = "late"  # the step to work on, and its deadline has passed
    LATER = "later"  # comes after the current step
    NOT_ALLOWED = "not_allowed"  # the plan step after a refusal


@dataclass(frozen=True)
class StepStatus:
    step: Step
    due: dt.date
    done_on: dt.date | None  # may be unknown for a done step (a decision without its date)
    state: StepState
    days_left: int  # calendar days from today to ``due`` (negative: passed)


@dataclass(frozen=True)
class Progress:
    deadlines: PlanDeadlines
    steps: tuple[StepStatus, ...]
    today: dt.date

    @property
    def current(self) -> StepStatus | None:
        """The first step that is not done yet (None when all are done or the plan was refused)."""
        return next((s for s in self.steps if s.state in (StepState.NOW, StepState.LATE)), None)

    @property
    def refused(self) -> bool:
        return any(s.state is StepState.NOT_ALLOWED for s in self.steps)


def progress(pva: EigenPlanVanAanpak, today: dt.date) -> Progress | None:
    """The three steps as of ``today``; None until the announcement date is known."""
    if pva.announced_on is None:
        return None
    deadlines = compute_deadlines(pva.announced_on, pva.day_counting, pva.letter_sent_on, pva.decision_on)
    decided = pva.decision is not PermissionDecision.PENDING
    done_on = {Step.LETTER: pva.letter_sent_on, Step.DECISION: pva.decision_on, Step.PLAN: pva.signed_on}
    done = {Step.LETTER: pva.letter_sent_on is not None, Step.DECISION: decided,
            Step.PLAN: pva.signed_on is not None}
    due = {Step.LETTER: deadlines.letter_due, Step.DECISION: deadlines.decision_due,
           Step.PLAN: deadlines.plan_due}
    steps: list[StepStatus] = []
    current_found = False
    for step in Step:
        if done[step]:
            state = StepState.DONE
        elif step is Step.PLAN and pva.decision is PermissionDecision.REFUSED:
            state = StepState.NOT_ALLOWED
        elif not current_found:
            state = StepState.LATE if days_left(due[step], today) < 0 else StepState.NOW
            current_found = True
        else:
            state = StepState.LATER
        steps.append(StepStatus(step, due[step], done_on[step], state, days_left(due[step], today)))
    return Progress(deadlines, tuple(steps), today)


class AgeGroup(StrEnum):
    """Who writes the plan (DOMAIN.md §5): 16–17 may write it themselves, 12–15 with their parents."""

    UNKNOWN = "unknown"  # no birth date
    UNDER_12 = "under_12"  # the Wvggz route differs: the parents with authority decide
    CHILD_12_15 = "child_12_15"  # parents with authority must be involved
    YOUTH_16_17 = "youth_16_17"  # may write their own plan (when wilsbekwaam)
    ADULT = "adult"


def age_on(birth_date: dt.date, day: dt.date) -> int:
    """Age in whole years on ``day`` (someone born on 29 February has their birthday on 1 March)."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def age_group(birth_date: dt.date | None, day: dt.date) -> AgeGroup:
    if birth_date is None or birth_date > day:
        return AgeGroup.UNKNOWN
    age = age_on(birth_date, day)
    if age < 12:
        return AgeGroup.UNDER_12
    if age < 16:
        return AgeGroup.CHILD_12_15
    if age < 18:
        return AgeGroup.YOUTH_16_17
    return AgeGroup.ADULT


_WEEKDAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def weekday_name(day: dt.date, language: str) -> str:
    """The day of the week: deadlines are easier to keep as "donderdag 19 november"."""
    return _WEEKDAYS["en" if language == "en" else "nl"][day.weekday()]
