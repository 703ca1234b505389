"""Deadlines of the eigen plan van aanpak: 3 / 2 / 14 days, the advised date and the legal last day.

The expected dates are worked out by hand from the Algemene termijnenwet (docs/deadlines.md):
art. 1 (a term ending on a Saturday, Sunday or holiday runs to the next working day), art. 2 (a
term of three days or more holds at least two working days), art. 3 (the holidays, Goede Vrijdag,
the gelijkgestelde dagen).
"""

from __future__ import annotations

import datetime as dt

import pytest

from crisiskaart.model import DayCounting, compute_deadlines, days_left
from crisiskaart.model.deadlines import AtwRule, add_days, legal_last_day, working_days_between

D = dt.date
CALENDAR, WORKING = DayCounting.CALENDAR, DayCounting.WORKING


def test_calendar_days_default() -> None:
    # Monday 16 November 2026: every day of the three terms ends on a working day.
    deadlines = compute_deadlines(D(2026, 11, 16))
    assert (deadlines.letter.advised, deadlines.letter.legal) == (D(2026, 11, 19), D(2026, 11, 19))
    assert deadlines.decision.legal == D(2026, 11, 23)  # Thursday + 2 = Saturday → Monday (art. 1)
    # the decision may come the day the letter arrives: advised 14 days after Thursday 19 November
    assert deadlines.plan.advised == D(2026, 12, 3) and deadlines.plan.legal == D(2026, 12, 7)
    assert deadlines.counting is CALENDAR and deadlines.letter_due == D(2026, 11, 19)


def test_art_1_a_term_ending_on_a_weekend_runs_to_monday() -> None:
    # Told Wednesday 18 November 2026: 3 days end on Saturday 21; Thursday and Friday are working days.
    assert legal_last_day(D(2026, 11, 18), 3) == (D(2026, 11, 23), AtwRule.NEXT_WORKING_DAY)
    # A 2-day term (the decision) from Friday 4 December ends on Sunday: Monday, art. 2 does not apply.
    assert legal_last_day(D(2026, 12, 4), 2) == (D(2026, 12, 7), AtwRule.NEXT_WORKING_DAY)
    assert legal_last_day(D(2026, 11, 16), 3) == (D(2026, 11, 19), AtwRule.NONE)


def test_art_2_a_three_day_term_holds_two_working_days() -> None:
    # Told Friday 27 November 2026: Saturday, Sunday, Monday hold one working day → Tuesday 1 December.
    assert working_days_between(D(2026, 11, 27), D(2026, 11, 30)) == 1
    assert legal_last_day(D(2026, 11, 27), 3) == (D(2026, 12, 1), AtwRule.TWO_WORKING_DAYS)
    # Told Wednesday 24 March 2027: Thursday, Goede Vrijdag, Saturday; Sunday and Tweede Paasdag
    # follow, so the second working day is Tuesday 30 March.
    assert legal_last_day(D(2027, 3, 24), 3) == (D(2027, 3, 30), AtwRule.TWO_WORKING_DAYS)


# (told on, counting) → letter (advised, legal), decision (legal), plan (advised, legal), nothing else
# known: the decision counts from the letter's legal last day; the plan's advised date from the
# letter's advised date (the decision may come the day the letter goes out), its legal last day from
# the decision's.
CASES = [
    # Friday 27 November 2026
    (D(2026, 11, 27), CALENDAR, (D(2026, 11, 30), D(2026, 12, 1)), D(2026, 12, 3),
     (D(2026, 12, 14), D(2026, 12, 17))),
    (D(2026, 11, 27), WORKING, (D(2026, 12, 2), D(2026, 12, 2)), D(2026, 12, 4),
     (D(2026, 12, 22), D(2026, 12, 24))),
    # Christmas: told Tuesday 22 December 2026; 25 and 26 December, then Sunday.
    (D(2026, 12, 22), CALENDAR, (D(2026, 12, 25), D(2026, 12, 28)), D(2026, 12, 30),
     (D(2027, 1, 8), D(2027, 1, 13))),
    (D(2026, 12, 22), WORKING, (D(2026, 12, 28), D(2026, 12, 28)), D(2026, 12, 30),
     (D(2027, 1, 18), D(2027, 1, 20))),
    # New Year: told Tuesday 29 December 2026; Nieuwjaarsdag is a Friday.
    (D(2026, 12, 29), CALENDAR, (D(2027, 1, 1), D(2027, 1, 4)), D(2027, 1, 6),
     (D(2027, 1, 15), D(2027, 1, 20))),
    (D(2026, 12, 29), WORKING, (D(2027, 1, 4), D(2027, 1, 4)), D(2027, 1, 6),
     (D(2027, 1, 22), D(2027, 1, 26))),
    # Goede Vrijdag 26 March 2027, Tweede Paasdag 29 March: told Tuesday 23 March.
    (D(2027, 3, 23), CALENDAR, (D(2027, 3, 26), D(2027, 3, 30)), D(2027, 4, 1),
     (D(2027, 4, 9), D(2027, 4, 15))),
    (D(2027, 3, 23), WORKING, (D(2027, 3, 30), D(2027, 3, 30)), D(2027, 4, 1),
     (D(2027, 4, 19), D(2027, 4, 21))),
    # Gelijkgestelde dag: Friday 15 May 2026 after Hemelvaartsdag; told Monday 11 May.
    (D(2026, 5, 11), CALENDAR, (D(2026, 5, 14), D(2026, 5, 18)), D(2026, 5, 20),
     (D(2026, 5, 28), D(2026, 6, 3))),
    (D(2026, 5, 11), WORKING, (D(2026, 5, 18), D(2026, 5, 18)), D(2026, 5, 20),
     (D(2026, 6, 8), D(2026, 6, 10))),
    # Koningsdag on Saturday 26 April 2025 (the 27th is a Sunday); told Wednesday 23 April.
    (D(2025, 4, 23), CALENDAR, (D(2025, 4, 26), D(2025, 4, 28)), D(2025, 4, 30),
     (D(2025, 5, 10), D(2025, 5, 14))),
    (D(2025, 4, 23), WORKING, (D(2025, 4, 28), D(2025, 4, 28)), D(2025, 4, 30),
     (D(2025, 5, 19), D(2025, 5, 21))),
]


@pytest.mark.parametrize(("told", "counting", "letter", "decision", "plan"), CASES)
def test_the_three_terms(told: dt.date, counting: DayCounting, letter: tuple[dt.date, dt.date],
                         decision: dt.date, plan: tuple[dt.date, dt.date]) -> None:
    deadlines = compute_deadlines(told, counting)
    assert (deadlines.letter.advised, deadlines.letter.legal) == letter
    assert (deadlines.decision.advised, deadlines.decision.legal) == (decision, decision)
    assert (deadlines.plan.advised, deadlines.plan.legal) == plan
    for term in (deadlines.letter, deadlines.decision, deadlines.plan):
        assert term.advised <= term.legal  # never "te laat" before the law says so
    for term in (deadlines.letter, deadlines.decision):
        if counting is WORKING:
            assert term.advised == term.legal and term.rule is AtwRule.NONE


def test_a_decision_asked_for_on_a_sunday_is_due_on_monday() -> None:
    # The letter goes out on Thursday 24 December 2026: 2 days end on Tweede Kerstdag (Saturday).
    deadlines = compute_deadlines(D(2026, 12, 22), letter_sent_on=D(2026, 12, 24))
    assert deadlines.decision.legal == D(2026, 12, 28) and deadlines.decision.counted_from_actual
    # Decided on Friday 11 December: 14 days end on Christmas Day, a Friday → Monday 28 December.
    deadlines = compute_deadlines(D(2026, 12, 7), decision_on=D(2026, 12, 11))
    assert (deadlines.plan.advised, deadlines.plan.legal) == (D(2026, 12, 25), D(2026, 12, 28))


def test_the_decision_after_a_gelijkgestelde_dag() -> None:
    # Letter on Wednesday 13 May 2026: 2 days end on Friday 15 May, made equal to a holiday.
    deadlines = compute_deadlines(D(2026, 5, 12), letter_sent_on=D(2026, 5, 13))
    assert deadlines.decision.legal == D(2026, 5, 18)
    assert deadlines.decision.rule is AtwRule.NEXT_WORKING_DAY


def test_the_expected_letter_day_replaces_the_letter_deadline() -> None:
    # Told and printing the letter on Friday 27 November 2026: the decision counts from that Friday.
    deadlines = compute_deadlines(D(2026, 11, 27), letter_expected_on=D(2026, 11, 27))
    assert deadlines.decision.legal == D(2026, 11, 30)  # Sunday 29 → Monday 30
    assert not deadlines.decision.counted_from_actual
    assert (deadlines.plan.advised, deadlines.plan.legal) == (D(2026, 12, 11), D(2026, 12, 14))


def test_month_and_year_ends() -> None:
    deadlines = compute_deadlines(D(2026, 12, 30))
    assert (deadlines.letter.advised, deadlines.letter.legal) == (D(2027, 1, 2), D(2027, 1, 4))
    assert compute_deadlines(D(2027, 1, 30)).letter.advised == D(2027, 2, 2)


@pytest.mark.parametrize(
    ("announced", "letter_due", "plan_due"),
    [
        (D(2028, 2, 27), D(2028, 3, 1), D(2028, 3, 17)),  # leap year: 29 Feb counts
        (D(2027, 2, 27), D(2027, 3, 2), D(2027, 3, 18)),  # no 29 Feb
        (D(2028, 2, 29), D(2028, 3, 3), D(2028, 3, 20)),  # on the leap day; the decision moves to Monday
    ],
)
def test_leap_days(announced: dt.date, letter_due: dt.date, plan_due: dt.date) -> None:
    deadlines = compute_deadlines(announced)
    assert (deadlines.letter.legal, deadlines.plan.legal) == (letter_due, plan_due)


def test_actual_dates_replace_the_latest_possible_dates() -> None:
    deadlines = compute_deadlines(D(2026, 11, 16), letter_sent_on=D(2026, 11, 17),
                                  decision_on=D(2026, 11, 18))
    assert (deadlines.letter.advised, deadlines.decision.legal, deadlines.plan.legal) == (
        D(2026, 11, 19), D(2026, 11, 19), D(2026, 12, 2))


def test_working_days_skip_weekends_and_every_atw_holiday() -> None:
    assert add_days(D(2026, 11, 21), 1, WORKING) == D(2026, 11, 23)  # Saturday → Monday
    assert add_days(D(2026, 12, 23), 3, WORKING) == D(2026, 12, 29)  # 25 and 26 December
    assert add_days(D(2026, 12, 31), 1, WORKING) == D(2027, 1, 4)  # Nieuwjaarsdag on a Friday
    assert add_days(D(2027, 3, 25), 1, WORKING) == D(2027, 3, 30)  # Goede Vrijdag and Tweede Paasdag
    assert add_days(D(2027, 4, 26), 1, WORKING) == D(2027, 4, 28)  # Koningsdag, Tuesday 27 April
    assert add_days(D(2026, 5, 13), 1, WORKING) == D(2026, 5, 18)  # Hemelvaart and the Friday after


def test_days_left_in_the_plans_own_unit() -> None:
    assert days_left(D(2026, 11, 19), D(2026, 11, 16)) == 3
    assert days_left(D(2026, 11, 19), D(2026, 11, 19)) == 0
    assert days_left(D(2026, 11, 19), D(2026, 11, 21)) == -2
    # Friday 27 November to Wednesday 2 December: 5 calendar days, 3 working days.
    assert days_left(D(2026, 12, 2), D(2026, 11, 27), WORKING) == 3
    assert days_left(D(2026, 11, 27), D(2026, 11, 28), WORKING) == -1  # passed: by the calendar


@pytest.mark.parametrize("counting", list(DayCounting))
def test_with_the_decision_date_unknown_the_advised_plan_date_counts_from_the_letter(
        counting: DayCounting) -> None:
    """The decision may come the day the letter arrives; the law's last day waits for the latest."""
    sent = D(2026, 11, 30)  # a Monday
    unknown = compute_deadlines(D(2026, 11, 27), counting, letter_sent_on=sent)
    assert unknown.plan.advised == add_days(sent, 14, counting)
    assert unknown.plan.legal == compute_deadlines(
        D(2026, 11, 27), counting, letter_sent_on=sent, decision_on=unknown.decision.legal).plan.legal
    assert unknown.plan.advised < unknown.plan.legal and not unknown.plan.counted_from_actual
    known = compute_deadlines(D(2026, 11, 27), counting, letter_sent_on=sent, decision_on=D(2026, 12, 1))
    assert known.plan.advised == add_days(D(2026, 12, 1), 14, counting) and known.plan.counted_from_actual
