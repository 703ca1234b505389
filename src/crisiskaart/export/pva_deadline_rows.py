"""The deadlines of the eigen plan van aanpak in words, as the plan PDF and the command line print them.

One row per step: its name with the number of days ("binnen 3 werkdagen" when the plan counts
working days), then the advised date and the legal last day, or what happened. The notes under
the rows say what the two dates mean and which dates are still estimates. The facts come from
``pva_facts.progress``, the same as the editor's tracker.
"""

from __future__ import annotations

from crisiskaart.export.pva_facts import STEP_DAYS, Progress, Step, StepState, StepStatus, long_date
from crisiskaart.export.pva_texts import pva_text, unit_text
from crisiskaart.model.deadlines import DayCounting
from crisiskaart.model.formatting import format_date
from crisiskaart.model.labels import choice_label
from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak, PermissionDecision

_STEP_KEYS = {Step.LETTER: "letter_step", Step.DECISION: "decision_step", Step.PLAN: "plan_step"}


def step_name(step: Step, status: Progress, language: str) -> str:
    """"Brief aan de geneesheer-directeur (binnen 3 dagen)"."""
    unit = unit_text(status.counting, language)
    return pva_text(_STEP_KEYS[step], language, days=STEP_DAYS[step], unit=unit)


def dates_text(step: StepStatus, language: str) -> str:
    """"het liefst uiterlijk maandag 30 november 2026; wettelijk uiterlijk dinsdag 1 december 2026"."""
    if not step.two_dates:
        return pva_text("due", language, date=long_date(step.legal, language))
    return "; ".join((pva_text("advised", language, date=long_date(step.advised, language)),
                      pva_text("legal", language, date=long_date(step.legal, language))))


def step_value(step: StepStatus, pva: EigenPlanVanAanpak, language: str) -> str:
    if step.state is StepState.NOT_ALLOWED:
        return pva_text("not_allowed", language)
    if step.state is StepState.DONE:
        done = (pva_text("done_on", language, date=format_date(step.done_on, language))
                if step.done_on else pva_text("done", language))
        if step.step is Step.DECISION:
            done += f" ({choice_label(pva.decision, language).lower()})"
        return done
    value = dates_text(step, language)
    return f"{value}; {pva_text('passed', language)}" if step.state is StepState.LATE else value


def deadline_rows(pva: EigenPlanVanAanpak, status: Progress, language: str) -> list[tuple[str, str]]:
    """The announcement, the three steps and how days are counted, as (label, value) rows."""
    assert pva.announced_on is not None
    rows = [(pva_text("announced", language), long_date(pva.announced_on, language))]
    rows += [(step_name(s.step, status, language), step_value(s, pva, language)) for s in status.steps]
    rows.append((pva_text("counting", language), choice_label(pva.day_counting, language)))
    return rows


def deadline_notes(pva: EigenPlanVanAanpak, status: Progress, language: str) -> list[str]:
    """What the dates mean: the two dates, the estimates, the years not published yet."""
    notes: list[str] = []
    open_steps = [s for s in status.steps if s.state not in (StepState.DONE, StepState.NOT_ALLOWED)]
    # Working days already end on a working day: there two dates only mean the decision's date
    # is not known yet, which its own note says.
    if status.counting is DayCounting.CALENDAR and any(s.two_dates for s in open_steps):
        notes.append(pva_text("atw_note", language))
    if pva.letter_sent_on is None and len(open_steps) > 1:
        notes.append(pva_text("expected_letter", language, date=long_date(status.letter_on, language)))
    elif pva.decision_on is None and pva.decision is not PermissionDecision.REFUSED \
            and status.step(Step.PLAN).state is not StepState.DONE:
        notes.append(pva_text("expected_decision", language))
    years = [y for y in status.unpublished_years
             if any(y in (s.advised.year, s.legal.year) for s in open_steps)]
    if years:
        notes.append(pva_text("unpublished", language, years=", ".join(map(str, years))))
    return notes
