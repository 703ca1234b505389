"""Dates as people read them: "14 maart 2026" / "14 March 2026"."""

from __future__ import annotations

import datetime as dt

_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def format_date(day: dt.date, language: str = "nl") -> str:
    months = _MONTHS_EN if language == "en" else _MONTHS_NL
    return f"{day.day} {months[day.month - 1]} {day.year}"
