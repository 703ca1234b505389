"""Deadlines of the Wvggz eigen plan van aanpak (DOMAIN.md §5, docs/deadlines.md).

After being told that a zorgmachtiging is being prepared, the person has 3 days to say in writing
that they will write a plan; the geneesheer-directeur then decides within 2 days; if allowed, the
plan is due 14 days later. Each step counts from the actual date of the previous step when it is
known, otherwise from the previous deadline (the latest moment the step could have happened).

Whether days are calendar days or working days is one setting, ``DayCounting`` (default calendar
days, the plain reading of the law). With working days, Saturdays, Sundays and the public holidays
of the Algemene termijnenwet are skipped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from crisiskaart.model.holidays import is_working_day

LETTER_DAYS = 3
DECISION_DAYS = 2
PLAN_DAYS = 14


class DayCounting(StrEnum):
    CALENDAR = "calendar"
    WORKING = "working"


def add_days(start: dt.date, days: int, counting: DayCounting = DayCounting.CALENDAR) -> dt.date:
    """The date ``days`` days after ``start`` (``start`` itself is day 0)."""
    if counting is DayCounting.CALENDAR:
        return start + dt.timedelta(days=days)
    day = start
    remaining = days
    while remaining > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day


@dataclass(frozen=True)
class PlanDeadlines:
    """The three deadlines, each the last day on which the step may happen."""

    announced_on: dt.date
    letter_due: dt.date  # written notice to the geneesheer-directeur
    decision_due: dt.date  # decision whether the person may write the plan
    plan_due: dt.date  # the plan itself
    counting: DayCounting


def compute_deadlines(
    announced_on: dt.date,
    counting: DayCounting = DayCounting.CALENDAR,
    letter_sent_on: dt.date | None = None,
    decision_on: dt.date | None = None,
) -> PlanDeadlines:
    """Deadlines counted from the announcement date and, where known, the actual later steps."""
    letter_due = add_days(announced_on, LETTER_DAYS, counting)
    decision_due = add_days(letter_sent_on or letter_due, DECISION_DAYS, counting)
    plan_due = add_days(decision_on or decision_due, PLAN_DAYS, counting)
    return PlanDeadlines(announced_on, letter_due, decision_due, plan_due, counting)


def days_left(deadline: dt.date, today: dt.date) -> int:
    """Calendar days until ``deadline`` (0 on the day itself, negative when it has passed)."""
    return (deadline - today).days
