"""Dates as people type them into the card, and as the editor shows them: ``14-03-1990``.

No Qt and no pydantic: the card's first page, drawn from its JSON before the model has loaded,
shows a date exactly as the bound editor does.
"""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"^\s*(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_NAMED_DATE = re.compile(r"^\s*(\d{1,2})\.?[-./ ]\s*([^\W\d_]+)\.?[-./ ]\s*(\d{4})\s*$")  # 14 maart 1990
_SHORT_YEAR = re.compile(r"^\s*\d{1,2}[-./ ]\s*(\d{1,2}|[^\W\d_]+)\.?[-./ ]\s*\d{2}\s*$")  # 14-3-90
# Month names as people write them, Dutch and English, in full and short ("mrt", "sept").
_MONTHS = {name: number for number, names in enumerate((
    ("januari", "jan", "january"), ("februari", "feb", "febr", "february"), ("maart", "mrt", "mar", "march"),
    ("april", "apr"), ("mei", "may"), ("juni", "jun", "june"), ("juli", "jul", "july"),
    ("augustus", "aug", "august"), ("september", "sep", "sept"), ("oktober", "okt", "oct", "october"),
    ("november", "nov"), ("december", "dec")), start=1) for name in names}



class NoSuchDate(ValueError):
    """Written as a date, but the calendar has no such day (31-02, 29-02 outside a leap year)."""


class ShortYear(ValueError):
    """A year of two digits: 88 could be 1988 or 2088, and a birth date must not be guessed."""


def parse_date(text: str) -> dt.date | None:
    """``14-03-1990`` (also with / . or spaces), ``14 maart 1990`` or ISO ``1990-03-14``;
    ``ShortYear`` for a year of two digits, ``NoSuchDate`` for a day the calendar does not have,
    ValueError for anything else."""
    if not text.strip():
        return None
    if match := _DATE.match(text):
        day, month, year = (int(g) for g in match.groups())
    elif match := _ISO_DATE.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif (match := _NAMED_DATE.match(text)) and match.group(2).lower() in _MONTHS:
        day, month, year = int(match.group(1)), _MONTHS[match.group(2).lower()], int(match.group(3))
    elif _SHORT_YEAR.match(text):
        raise ShortYear(text)
    else:
        raise ValueError(text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise NoSuchDate(text) from None


def show_date(value: dt.date | None) -> str:
    return "" if value is None else f"{value.day:02d}-{value.month:02d}-{value.year}"
