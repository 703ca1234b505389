"""Where the person stands in the procedure, their age group, and more deadline edge cases.

tests/model/test_deadlines.py covers month and year ends, leap days, weekends and holidays for
compute_deadlines; these add working days across a leap day, announcements on a Friday or in a
weekend, and the tracker's view of the same dates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from crisiskaart.export.pva_facts import AgeGroup, Step, StepState, age_group, age_on, progress, weekday_name
from crisiskaart.model import DayCounting, compute_deadlines
from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak, PermissionDecision

D = dt.date
WORKING = DayCounting.WORKING


@pytest.mark.parametrize(
    ("announced", "counting", "expected"),
    [
        # Monday 28 February 2028: over the leap day and the month end; the decision's Saturday
        # (4 March) moves to Monday with calendar days.
        (D(2028, 2, 28), WORKING, (D(2028, 3, 2), D(2028, 3, 6), D(2028, 3, 24))),
        (D(2028, 2, 28), DayCounting.CALENDAR, (D(2028, 3, 2), D(2028, 3, 6), D(2028, 3, 20))),
        # Told on a Friday or on Saturday: with working days both give the same Wednesday.
        (D(2026, 11, 20), WORKING, (D(2026, 11, 25), D(2026, 11, 27), D(2026, 12, 17))),
        (D(2026, 11, 21), WORKING, (D(2026, 11, 25), D(2026, 11, 27), D(2026, 12, 17))),
        # Told on Thursday 19 November 2026: 3 calendar days end on Sunday and hold only Friday as a
        # working day, so the law gives until Monday (art. 1 and 2).
        (D(2026, 11, 19), DayCounting.CALENDAR, (D(2026, 11, 23), D(2026, 11, 25), D(2026, 12, 9))),
        # Christmas and New Year with working days.
        (D(2027, 12, 24), WORKING, (D(2027, 12, 29), D(2027, 12, 31), D(2028, 1, 20))),
        # 31 January to the shortest month.
        (D(2027, 1, 31), DayCounting.CALENDAR, (D(2027, 2, 3), D(2027, 2, 5), D(2027, 2, 19))),
    ],
)
def test_more_deadlines(announced: dt.date, counting: DayCounting, expected: tuple[dt.date, ...]) -> None:
    deadlines = compute_deadlines(announced, counting)
    assert (deadlines.letter.legal, deadlines.decision.legal, deadlines.plan.legal) == expected


def test_nothing_to_track_without_the_announcement_date() -> None:
    assert progress(EigenPlanVanAanpak(), D(2026, 11, 20)) is None


def test_the_plan_holds_its_own_day_counting() -> None:
    pva = EigenPlanVanAanpak(announced_on=D(2026, 11, 20), day_counting=WORKING)
    status = progress(pva, D(2026, 11, 20))
    assert status is not None and status.deadlines.letter_due == D(2026, 11, 25)


def test_first_step_counts_down_then_is_late() -> None:
    pva = EigenPlanVanAanpak(announced_on=D(2026, 11, 16))
    on_time = progress(pva, D(2026, 11, 17))
    assert on_time is not None and on_time.current is not None
    assert (on_time.current.step, on_time.current.state, on_time.current.days_left) == \
        (Step.LETTER, StepState.NOW, 2)
    assert [s.state for s in on_time.steps] == [StepState.NOW, StepState.LATER, StepState.LATER]
    last_day = progress(pva, D(2026, 11, 19))
    assert last_day is not None and last_day.current is not None and last_day.current.days_left == 0
    late = progress(pva, D(2026, 11, 21))
    assert late is not None and late.current is not None
    assert (late.current.state, late.current.days_left) == (StepState.LATE, -2)


def test_steps_are_done_in_order() -> None:
    pva = EigenPlanVanAanpak(announced_on=D(2026, 11, 16), letter_sent_on=D(2026, 11, 17))
    status = progress(pva, D(2026, 11, 18))
    assert status is not None and status.current is not None
    assert status.current.step is Step.DECISION and status.current.due == D(2026, 11, 19)
    assert status.steps[0].done_on == D(2026, 11, 17)
    pva.decision, pva.decision_on = PermissionDecision.GRANTED, D(2026, 11, 18)
    status = progress(pva, D(2026, 11, 20))
    assert status is not None and status.current is not None
    assert status.current.step is Step.PLAN and status.current.due == D(2026, 12, 2)
    pva.signed_on = D(2026, 11, 30)
    status = progress(pva, D(2026, 12, 1))
    assert status is not None and status.current is None and not status.refused


def test_a_refusal_ends_the_procedure() -> None:
    pva = EigenPlanVanAanpak(announced_on=D(2026, 11, 16), letter_sent_on=D(2026, 11, 17),
                             decision=PermissionDecision.REFUSED)
    status = progress(pva, D(2026, 11, 18))
    assert status is not None and status.refused and status.current is None
    assert status.steps[1].state is StepState.DONE and status.steps[1].done_on is None
    assert status.steps[2].state is StepState.NOT_ALLOWED


@pytest.mark.parametrize(
    ("birth", "day", "group"),
    [
        (None, D(2026, 1, 1), AgeGroup.UNKNOWN),
        (D(2027, 1, 1), D(2026, 1, 1), AgeGroup.UNKNOWN),  # born in the future: a typo
        (D(2014, 11, 21), D(2026, 11, 20), AgeGroup.UNDER_12),  # 12 tomorrow
        (D(2014, 11, 20), D(2026, 11, 20), AgeGroup.CHILD_12_15),  # 12 today
        (D(2010, 11, 21), D(2026, 11, 20), AgeGroup.CHILD_12_15),  # 16 tomorrow
        (D(2010, 11, 20), D(2026, 11, 20), AgeGroup.YOUTH_16_17),
        (D(2008, 11, 21), D(2026, 11, 20), AgeGroup.YOUTH_16_17),
        (D(2008, 11, 20), D(2026, 11, 20), AgeGroup.ADULT),
    ],
)
def test_age_groups(birth: dt.date | None, day: dt.date, group: AgeGroup) -> None:
    assert age_group(birth, day) is group


def test_born_on_a_leap_day() -> None:
    assert age_on(D(2012, 2, 29), D(2028, 2, 28)) == 15
    assert age_on(D(2012, 2, 29), D(2028, 2, 29)) == 16
    assert age_on(D(2012, 2, 29), D(2027, 3, 1)) == 15


def test_weekday_names() -> None:
    assert weekday_name(D(2026, 11, 19), "nl") == "donderdag"
    assert weekday_name(D(2026, 11, 19), "en") == "Thursday"


def test_never_late_before_the_legal_last_day() -> None:
    # Told on Friday 27 November 2026: advised Monday 30 November, by law Tuesday 1 December.
    pva = EigenPlanVanAanpak(announced_on=D(2026, 11, 27))
    states = {day: progress(pva, D(2026, 11, day) if day > 26 else D(2026, 12, day))
              for day in (27, 30, 1, 2)}
    letter = {day: status.step(Step.LETTER) for day, status in states.items() if status is not None}
    assert (letter[27].state, letter[27].days_left, letter[27].two_dates) == (StepState.NOW, 3, True)
    assert letter[30].state is StepState.NOW and letter[30].days_left == 0
    assert letter[1].state is StepState.EXTENDED and letter[1].legal_days_left == 0  # the law's last day
    assert letter[2].state is StepState.LATE
    assert states[1] is not None and states[1].current is letter[1]


def test_later_steps_count_from_a_letter_sent_today() -> None:
    pva = EigenPlanVanAanpak(announced_on=D(2026, 11, 27))
    status = progress(pva, D(2026, 11, 27))
    assert status is not None and status.letter_on == D(2026, 11, 27)
    assert status.step(Step.DECISION).legal == D(2026, 11, 30)  # Sunday → Monday
    assert status.step(Step.PLAN).legal == D(2026, 12, 14)
    # The next day the letter is still not sent: the later dates move with it.
    status = progress(pva, D(2026, 11, 28))
    assert status is not None and status.step(Step.DECISION).legal == D(2026, 11, 30)
    status = progress(pva, D(2026, 11, 30))
    assert status is not None and status.step(Step.DECISION).legal == D(2026, 12, 2)


def test_days_left_counts_working_days_in_working_mode() -> None:
    pva = EigenPlanVanAanpak(announced_on=D(2026, 11, 27), day_counting=WORKING)
    status = progress(pva, D(2026, 11, 27))
    assert status is not None
    letter = status.step(Step.LETTER)
    assert (letter.advised, letter.legal, letter.days_left, letter.two_dates) == (
        D(2026, 12, 2), D(2026, 12, 2), 3, False)
