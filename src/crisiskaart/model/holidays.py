"""The days on which a statutory term may not end, under the Algemene termijnenwet (Atw).

Art. 1 and 2 of the Atw name Saturday, Sunday and the *algemeen erkende feestdagen*; art. 3 lists
those: Nieuwjaarsdag, Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag, Koningsdag (the day it
is celebrated: the 26th when 27 April is a Sunday), 5 mei and both Christmas days (lid 1),
Goede Vrijdag (lid 2), and the days the government makes equal to them by a besluit in the
Staatscourant, in practice three years at a time (lid 3, e.g. the Friday after Hemelvaartsdag).

The days are data, with their source, in ``resources/law/atw-feestdagen.toml`` (one file, easy to
extend; docs/deadlines.md). Only gelijkgestelde dagen of a published besluit count; the likely days
of a year without one are listed but not counted. For a year outside the file the days of lid 1
and lid 2 follow from the rules below. Either way a legal last day can come out early, never late:
the safe side for the person.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from crisiskaart.model.language import Language, pick
from crisiskaart.resource_files import resource

DATA_FILE = ("law", "atw-feestdagen.toml")

# The days of art. 3 lid 1 and lid 2, by their key in the data file.
HOLIDAY_NAMES: dict[str, tuple[str, str]] = {
    "nieuwjaarsdag": ("Nieuwjaarsdag", "New Year's Day"),
    "goede_vrijdag": ("Goede Vrijdag", "Good Friday"),
    "tweede_paasdag": ("Tweede Paasdag", "Easter Monday"),
    "koningsdag": ("Koningsdag", "King's Day"),
    "bevrijdingsdag": ("Bevrijdingsdag (5 mei)", "Liberation Day (5 May)"),
    "hemelvaartsdag": ("Hemelvaartsdag", "Ascension Day"),
    "tweede_pinksterdag": ("Tweede Pinksterdag", "Whit Monday"),
    "eerste_kerstdag": ("Eerste Kerstdag", "Christmas Day"),
    "tweede_kerstdag": ("Tweede Kerstdag", "Boxing Day"),
}
EQUAL_DAY_NAME = ("dag die met een feestdag is gelijkgesteld", "day treated as a public holiday")


class Source(StrEnum):
    """How sure a year's days are."""

    PUBLISHED = "published"  # the gelijkgestelde dagen come from a besluit in the Staatscourant
    ASSUMED = "assumed"  # no besluit yet: the likely days are listed but not counted
    RULES_ONLY = "rules_only"  # not in the data file: art. 3 lid 1 and 2 only


def easter_sunday(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_offset = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_offset) // 451
    month, day = divmod(h + weekday_offset - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def kings_day(year: int) -> dt.date:
    """27 April, or the 26th when the 27th is a Sunday."""
    day = dt.date(year, 4, 27)
    return day - dt.timedelta(days=1) if day.weekday() == 6 else day


def holidays_by_rule(year: int) -> dict[str, dt.date]:
    """The days of art. 3 lid 1 and lid 2 in ``year``, from the calendar rules alone."""
    easter = easter_sunday(year)
    return {
        "nieuwjaarsdag": dt.date(year, 1, 1),
        "goede_vrijdag": easter - dt.timedelta(days=2),
        "tweede_paasdag": easter + dt.timedelta(days=1),
        "koningsdag": kings_day(year),
        "bevrijdingsdag": dt.date(year, 5, 5),
        "hemelvaartsdag": easter + dt.timedelta(days=39),
        "tweede_pinksterdag": easter + dt.timedelta(days=50),
        "eerste_kerstdag": dt.date(year, 12, 25),
        "tweede_kerstdag": dt.date(year, 12, 26),
    }


@dataclass(frozen=True)
class HolidayData:
    """What the data file says: per year the named holidays, the gelijkgestelde dagen and the source."""

    covered: range
    holidays: dict[int, dict[str, dt.date]]
    equal_days: dict[dt.date, str]  # date → note ("vrijdag na Hemelvaartsdag")
    sources: dict[int, Source]
    besluit: dict[int, str]  # year → the title of its besluit (or why it is assumed)


@cache
def holiday_data() -> HolidayData:
    with resource(*DATA_FILE).open("rb") as file:
        raw = tomllib.load(file)
    covered = range(int(raw["covered_from"]), int(raw["covered_through"]) + 1)
    holidays = {int(year): dict(days) for year, days in raw["holidays"].items()}
    equal_days: dict[dt.date, str] = {}
    sources: dict[int, Source] = {}
    besluit: dict[int, str] = {}
    for block in raw["gelijkgesteld"]:
        for year in block["years"]:
            sources[int(year)] = Source(block["status"])
            besluit[int(year)] = block["besluit"]
        for day in block["days"]:
            equal_days[day["date"]] = day["note"]
    return HolidayData(covered, holidays, equal_days, sources, besluit)


def source_of(year: int) -> Source:
    """Whether the gelijkgestelde dagen of ``year`` are published, assumed, or not known at all."""
    data = holiday_data()
    return data.sources.get(year, Source.RULES_ONLY) if year in data.holidays else Source.RULES_ONLY


@cache
def _days_of(year: int) -> dict[dt.date, tuple[str, str]]:
    data = holiday_data()
    named = data.holidays.get(year) or holidays_by_rule(year)
    days = {day: HOLIDAY_NAMES[key] for key, day in named.items()}
    if data.sources.get(year) is not Source.PUBLISHED:
        # An assumed gelijkgestelde dag is listed so the next besluit is quick to check, never
        # counted: as a holiday it would move a legal last day later, and add a day to a count in
        # working days, than the law may give.
        return days
    for day in data.equal_days:
        if day.year == year:
            days.setdefault(day, EQUAL_DAY_NAME)
    return days


def public_holidays(year: int) -> frozenset[dt.date]:
    """Every algemeen erkende feestdag of ``year`` and every day a published besluit made equal to one
    (art. 3)."""
    return frozenset(_days_of(year))


def holiday_name(day: dt.date, language: Language = "nl") -> str:
    """"Goede Vrijdag", or "" when ``day`` is no holiday (a weekend is not named here)."""
    names = _days_of(day.year).get(day)
    return pick(names, language) if names else ""


def is_working_day(day: dt.date) -> bool:
    """Not a Saturday, Sunday or holiday: a day on which a statutory term may end (Atw art. 1)."""
    return day.weekday() < 5 and day not in _days_of(day.year)
