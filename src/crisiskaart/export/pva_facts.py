"""Facts about one eigen plan van aanpak that the editor and the PDFs both show (no Qt, no wording).

Where the person is in the procedure (docs/plan-van-aanpak.md, docs/deadlines.md): which of the
three steps is done, which one is next, the advised date and the legal last day of each, how many
days are left; and whether the person is a minor, which
changes who writes the plan. The editor words these facts with Qt translations, the PDFs with
``pva_texts``; keeping the decisions here means both always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from crisiskaart.model.deadlines import (
    DECISION_DAYS,
    LETTER_DAYS,
    PLAN_DAYS,
    DayCounting,
    PlanDeadlines,
    Term,
    compute_deadlines,
    days_left,
)
from crisiskaart.model.formatting import format_date
from crisiskaart.model.holidays import Source, source_of
from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak, PermissionDecision


class Step(StrEnum):
    LETTER = "letter"  # tell the geneesheer-directeur in writing (3 days)
    DECISION = "decision"  # the geneesheer-directeur decides (2 days)
    PLAN = "plan"  # write and sign the plan (14 days)


STEP_DAYS = {Step.LETTER: LETTER_DAYS, Step.DECISION: DECISION_DAYS, Step.PLAN: PLAN_DAYS}


class StepState(StrEnum):
    DONE = "done"
    NOW = "now"  # the step to work on today, on or before its advised date
    EXTENDED = "extended"  # the advised date has passed, the law still allows it (Atw)
    LATE = "late"  # the step to work on, and its legal last day has passed
    LATER = "later"  # comes after the current step
    NOT_ALLOWED = "not_allowed"  # the plan step after a refusal


@dataclass(frozen=True)
class StepStatus:
    step: Step
    term: Term
    done_on: dt.date | None  # may be unknown for a done step (a decision without its date)
    state: StepState
    days_left: int  # days from today to the advised date, in the plan's unit (negative: passed)
    legal_days_left: int  # the same to the legal last day

    @property
    def advised(self) -> dt.date:
        return self.term.advised

    @property
    def legal(self) -> dt.date:
        return self.term.legal

    @property
    def due(self) -> dt.date:
        """The day after which the step is late: the legal last day."""
        return self.term.legal

    @property
    def two_dates(self) -> bool:
        """True when the legal last day is later than the advised date (both are then shown)."""
        return self.term.legal != self.term.advised

    @property
    def counting(self) -> DayCounting:
        return self.term.counting


@dataclass(frozen=True)
class Progress:
    deadlines: PlanDeadlines
    steps: tuple[StepStatus, ...]
    today: dt.date
    letter_on: dt.date  # the day the letter went out, or goes out when it is sent today

    @property
    def current(self) -> StepStatus | None:
        """The first step that is not done yet (None when all are done or the plan was refused)."""
        return next((s for s in self.steps if s.state in (StepState.NOW, StepState.EXTENDED,
                                                          StepState.LATE)), None)

    @property
    def refused(self) -> bool:
        return any(s.state is StepState.NOT_ALLOWED for s in self.steps)

    @property
    def counting(self) -> DayCounting:
        return self.deadlines.counting

    def step(self, step: Step) -> StepStatus:
        return self.steps[list(Step).index(step)]

    @property
    def unpublished_years(self) -> tuple[int, ...]:
        """Years of the shown dates whose gelijkgestelde dagen are not published yet."""
        years = {d.year for s in self.steps for d in (s.advised, s.legal)}
        return tuple(sorted(y for y in years if source_of(y) is not Source.PUBLISHED))


def letter_day(pva: EigenPlanVanAanpak, today: dt.date) -> dt.date:
    """The day the letter went out, or else today: a letter printed now is sent now.

    The letter, the plan PDF, the tracker and the CLI all count the later steps from this day, so
    they show the same dates whatever is filled in.
    """
    if pva.letter_sent_on is not None:
        return pva.letter_sent_on
    return max(today, pva.announced_on) if pva.announced_on else today


def letter_terms(pva: EigenPlanVanAanpak, today: dt.date) -> tuple[dt.date, Term, Term]:
    """The letter's date, and the decision and plan terms counted from it, exactly as ``progress``.

    Without an announcement date the terms count from the letter alone.
    """
    day = letter_day(pva, today)
    deadlines = compute_deadlines(pva.announced_on or day, pva.day_counting, pva.letter_sent_on,
                                  pva.decision_on, letter_expected_on=day)
    return day, deadlines.decision, deadlines.plan


def progress(pva: EigenPlanVanAanpak, today: dt.date) -> Progress | None:
    """The three steps as of ``today``; None until the announcement date is known."""
    if pva.announced_on is None:
        return None
    letter_on = letter_day(pva, today)
    deadlines = compute_deadlines(pva.announced_on, pva.day_counting, pva.letter_sent_on, pva.decision_on,
                                  letter_expected_on=letter_on)
    decided = pva.decision is not PermissionDecision.PENDING
    done_on = {Step.LETTER: pva.letter_sent_on, Step.DECISION: pva.decision_on, Step.PLAN: pva.signed_on}
    done = {Step.LETTER: pva.letter_sent_on is not None, Step.DECISION: decided,
            Step.PLAN: pva.signed_on is not None}
    terms = {Step.LETTER: deadlines.letter, Step.DECISION: deadlines.decision, Step.PLAN: deadlines.plan}
    counting = pva.day_counting
    steps: list[StepStatus] = []
    current_found = False
    for step in Step:
        term = terms[step]
        if done[step]:
            state = StepState.DONE
        elif step is Step.PLAN and pva.decision is PermissionDecision.REFUSED:
            state = StepState.NOT_ALLOWED
        elif not current_found:
            state = (StepState.NOW if today <= term.advised else
                     StepState.EXTENDED if today <= term.legal else StepState.LATE)
            current_found = True
        else:
            state = StepState.LATER
        steps.append(StepStatus(step, term, done_on[step], state, days_left(term.advised, today, counting),
                                days_left(term.legal, today, counting)))
    return Progress(deadlines, tuple(steps), today, letter_on)


class AgeGroup(StrEnum):
    """Who writes the plan (docs/plan-van-aanpak.md): 16–17 may write it themselves, 12–15 with parents."""

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


def long_date(day: dt.date, language: str) -> str:
    """"donderdag 19 november 2026": the weekday makes a deadline easier to keep."""
    return f"{weekday_name(day, language)} {format_date(day, language)}"
