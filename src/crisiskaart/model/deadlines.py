"""Deadlines of the Wvggz eigen plan van aanpak (docs/deadlines.md).

After being told that a zorgmachtiging is being prepared, the person has 3 days to say in writing
that they will write a plan; the geneesheer-directeur then decides within 2 days; if allowed, the
plan is due 14 days later. Each step counts from the actual date of the previous step when it is
known, otherwise from the date it is expected (``letter_expected_on``) or else from the previous
step's deadline.

Every step has two dates:

* the **advised** date, the plain count: the safe side, what the person is asked to keep;
* the **legal last day** under the Algemene termijnenwet (Atw): a term that ends on a Saturday,
  Sunday or holiday runs to the next working day (art. 1), and a term of three days or more holds
  at least two working days (art. 2). Only after this day has the term passed.

The decision is the geneesheer-directeur's step, not the person's: it has one date, its legal last
day, counted from the day the letter went out (or is expected to, or else the letter's legal last
day, the latest it may arrive). Until the real decision date is known, whatever the decision was,
the plan's two dates part: the advised date counts from the earliest day the decision may come,
the day the letter goes out (sent, expected, or else the letter's advised date), so it never
promises a day more than a quick decision leaves; the legal last day counts from the decision's
legal last day, the latest the law allows. Both move to the real date once it is filled in.
Whether days are calendar days (the plain reading of the law, default) or working days is one
setting, ``DayCounting``; a count in working days already ends on a working day, so there the
letter's and the decision's two dates are the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from crisiskaart.model.holidays import is_working_day

LETTER_DAYS = 3
DECISION_DAYS = 2
PLAN_DAYS = 14
ATW_MINIMUM_TERM = 3  # art. 2: a term of at least three days ...
ATW_WORKING_DAYS = 2  # ... holds at least two working days


class DayCounting(StrEnum):
    CALENDAR = "calendar"
    WORKING = "working"


class AtwRule(StrEnum):
    """Why the legal last day is later than the plain count."""

    NONE = "none"  # the plain count already ends on a working day
    NEXT_WORKING_DAY = "art_1"  # it ended on a Saturday, Sunday or holiday
    TWO_WORKING_DAYS = "art_2"  # a term of 3 days or more held fewer than two working days


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


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (the days a term holds)."""
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        count += is_working_day(day)
    return count


def legal_last_day(start: dt.date, days: int) -> tuple[dt.date, AtwRule]:
    """The last day of a term of ``days`` calendar days after ``start``, extended by Atw art. 1 and 2."""
    end = start + dt.timedelta(days=days)
    rule = AtwRule.NONE
    if days >= ATW_MINIMUM_TERM:
        while working_days_between(start, end) < ATW_WORKING_DAYS:
            end += dt.timedelta(days=1)
            rule = AtwRule.TWO_WORKING_DAYS
    while not is_working_day(end):
        end += dt.timedelta(days=1)
        rule = rule if rule is not AtwRule.NONE else AtwRule.NEXT_WORKING_DAY
    return end, rule


@dataclass(frozen=True)
class Term:
    """One step's term: the advised date, the legal last day and why they differ."""

    days: int
    counting: DayCounting
    advised: dt.date  # the plain count: the safe side
    legal: dt.date  # the last day under the Atw; the term has passed only after it
    rule: AtwRule
    counted_from_actual: bool  # counted from a date that happened (not an expected one)


def term(start: dt.date, days: int, counting: DayCounting, actual: bool) -> Term:
    """A term of ``days`` after ``start``: the plain count and the legal last day."""
    advised = add_days(start, days, counting)
    if counting is DayCounting.WORKING:  # n working days already end on a working day
        return Term(days, counting, advised, advised, AtwRule.NONE, actual)
    legal, rule = legal_last_day(start, days)
    return Term(days, counting, advised, legal, rule, actual)


@dataclass(frozen=True)
class PlanDeadlines:
    """The three terms of the procedure."""

    announced_on: dt.date
    letter: Term  # written notice to the geneesheer-directeur
    decision: Term  # decision whether the person may write the plan
    plan: Term  # the plan itself
    counting: DayCounting

    @property
    def letter_due(self) -> dt.date:
        return self.letter.advised

    @property
    def decision_due(self) -> dt.date:
        return self.decision.advised

    @property
    def plan_due(self) -> dt.date:
        return self.plan.advised


def compute_deadlines(
    announced_on: dt.date,
    counting: DayCounting = DayCounting.CALENDAR,
    letter_sent_on: dt.date | None = None,
    decision_on: dt.date | None = None,
    letter_expected_on: dt.date | None = None,
) -> PlanDeadlines:
    """The terms counted from the announcement and, where known, the later steps' actual dates.

    ``letter_expected_on`` is the day the letter will go out when it has not been sent yet (the
    editor and the exports use today: the letter printed now is sent now).
    """
    letter = term(announced_on, LETTER_DAYS, counting, True)
    sent = letter_sent_on or letter_expected_on or letter.legal
    decision = term(sent, DECISION_DAYS, counting, letter_sent_on is not None)
    decision = replace(decision, advised=decision.legal)  # someone else's step: only the law's date
    if decision_on is not None:
        plan = term(decision_on, PLAN_DAYS, counting, True)
    else:
        # Not known yet (also when the outcome is, but not its date): the decision may come the
        # day the letter goes out, so the advised date counts from the earliest such day (the
        # safe side); the legal last day from the last day the decision may come.
        earliest = letter_sent_on or letter_expected_on or letter.advised
        plan = replace(term(decision.legal, PLAN_DAYS, counting, False),
                       advised=add_days(earliest, PLAN_DAYS, counting))
    return PlanDeadlines(announced_on, letter, decision, plan, counting)


def days_left(deadline: dt.date, today: dt.date, counting: DayCounting = DayCounting.CALENDAR) -> int:
    """Days until ``deadline`` in the plan's own unit (0 on the day itself, negative when passed).

    With working days, the working days after today up to and including the deadline; a date
    that has passed is counted in calendar days either way.
    """
    if counting is DayCounting.CALENDAR or deadline <= today:
        return (deadline - today).days
    return working_days_between(today, deadline)
