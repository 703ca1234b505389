"""How long a crisiskaart is valid: *geldig tot* defaults to the signing date + 12 months.

Organisations review every card yearly, and responders trust a card for at most 1.5 years
(docs/domain.md §4). The editor fills in the default when the person writes her signing date, the
ondersteuner's signing step does the same, and the cliëntenlijst reviews by it.
"""

from __future__ import annotations

import calendar
import datetime as dt

VALIDITY_MONTHS = 12


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months; the 29th of February becomes the 28th in a shorter year."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_valid_until(signed_on: dt.date) -> dt.date:
    return add_months(signed_on, VALIDITY_MONTHS)
