"""Deadlines of the eigen plan van aanpak: 3 / 2 / 14 days, calendar or working days."""

from __future__ import annotations

import datetime as dt

import pytest

from crisiskaart.model import DayCounting, compute_deadlines, days_left
from crisiskaart.model.deadlines import add_days
from crisiskaart.model.holidays import easter_sunday, is_working_day, kings_day, public_holidays

D = dt.date
WORKING = DayCounting.WORKING


def test_calendar_days_default() -> None:
    deadlines = compute_deadlines(D(2026, 11, 16))
    assert (deadlines.letter_due, deadlines.decision_due, deadlines.plan_due) == (
        D(2026, 11, 19), D(2026, 11, 21), D(2026, 12, 5))
    assert deadlines.counting is DayCounting.CALENDAR


def test_month_and_year_ends() -> None:
    deadlines = compute_deadlines(D(2026, 12, 30))
    assert (deadlines.letter_due, deadlines.decision_due, deadlines.plan_due) == (
        D(2027, 1, 2), D(2027, 1, 4), D(2027, 1, 18))
    assert compute_deadlines(D(2027, 1, 30)).letter_due == D(2027, 2, 2)


@pytest.mark.parametrize(
    ("announced", "letter_due", "plan_due"),
    [
        (D(2028, 2, 27), D(2028, 3, 1), D(2028, 3, 17)),  # leap year: 29 Feb counts
        (D(2027, 2, 27), D(2027, 3, 2), D(2027, 3, 18)),  # no 29 Feb
        (D(2028, 2, 29), D(2028, 3, 3), D(2028, 3, 19)),  # announced on the leap day
    ],
)
def test_leap_days(announced: dt.date, letter_due: dt.date, plan_due: dt.date) -> None:
    deadlines = compute_deadlines(announced)
    assert (deadlines.letter_due, deadlines.plan_due) == (letter_due, plan_due)


def test_actual_dates_replace_the_latest_possible_dates() -> None:
    deadlines = compute_deadlines(D(2026, 11, 16), letter_sent_on=D(2026, 11, 17),
                                  decision_on=D(2026, 11, 18))
    assert (deadlines.letter_due, deadlines.decision_due, deadlines.plan_due) == (
        D(2026, 11, 19), D(2026, 11, 19), D(2026, 12, 2))


def test_working_days_skip_weekends() -> None:
    # Thursday 2026-11-19: Fri, Mon, Tue → letter due Tuesday 24th.
    deadlines = compute_deadlines(D(2026, 11, 19), WORKING)
    assert deadlines.letter_due == D(2026, 11, 24)
    assert deadlines.decision_due == D(2026, 11, 26)
    assert deadlines.plan_due == D(2026, 12, 16)
    assert add_days(D(2026, 11, 21), 1, WORKING) == D(2026, 11, 23)  # Saturday → Monday


def test_working_days_skip_public_holidays() -> None:
    # Christmas 2026: Fri 25 and Sat 26 Dec; New Year Fri 1 Jan 2027.
    assert add_days(D(2026, 12, 23), 3, WORKING) == D(2026, 12, 29)
    assert add_days(D(2026, 12, 31), 1, WORKING) == D(2027, 1, 4)
    # Easter 2027: Sunday 28 March, Monday 29 March is Tweede Paasdag.
    assert add_days(D(2027, 3, 26), 1, WORKING) == D(2027, 3, 30)
    # Koningsdag 2027 is Tuesday 27 April.
    assert add_days(D(2027, 4, 26), 1, WORKING) == D(2027, 4, 28)


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2019, D(2019, 4, 21)), (2024, D(2024, 3, 31)), (2025, D(2025, 4, 20)),
     (2026, D(2026, 4, 5)), (2027, D(2027, 3, 28)), (2038, D(2038, 4, 25)), (2000, D(2000, 4, 23))],
)
def test_easter(year: int, easter: dt.date) -> None:
    assert easter_sunday(year) == easter


def test_kings_day_moves_to_saturday_when_the_27th_is_a_sunday() -> None:
    assert kings_day(2025) == D(2025, 4, 26)
    assert kings_day(2026) == D(2026, 4, 27)


def test_holidays_of_2026() -> None:
    assert sorted(public_holidays(2026)) == [
        D(2026, 1, 1), D(2026, 4, 6), D(2026, 4, 27), D(2026, 5, 5), D(2026, 5, 14),
        D(2026, 5, 25), D(2026, 12, 25), D(2026, 12, 26)]
    assert not is_working_day(D(2026, 5, 14))
    assert is_working_day(D(2026, 4, 3))  # Goede Vrijdag is not in the Algemene termijnenwet


def test_days_left() -> None:
    assert days_left(D(2026, 11, 19), D(2026, 11, 16)) == 3
    assert days_left(D(2026, 11, 19), D(2026, 11, 19)) == 0
    assert days_left(D(2026, 11, 19), D(2026, 11, 21)) == -2
