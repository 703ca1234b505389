"""The holidays of the Algemene termijnenwet as data: each rule of art. 3, and the data file itself.

The data file (resources/law/atw-feestdagen.toml) lists the days; these tests check it against the
calendar rules, so a typo in a maintainer's new year is caught, and check one case per rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from crisiskaart.model.holidays import (
    Source,
    easter_sunday,
    holiday_data,
    holiday_name,
    holidays_by_rule,
    is_working_day,
    kings_day,
    public_holidays,
    source_of,
)

D = dt.date


def test_the_data_file_covers_every_year_through_2030() -> None:
    data = holiday_data()
    assert data.covered.start <= 2026 and data.covered.stop - 1 >= 2030
    for year in data.covered:
        assert year in data.holidays, year
        assert source_of(year) in (Source.PUBLISHED, Source.ASSUMED), year
        assert data.besluit[year].strip()


@pytest.mark.parametrize("year", range(2023, 2031))
def test_the_listed_holidays_follow_the_rules_of_art_3(year: int) -> None:
    assert holiday_data().holidays[year] == holidays_by_rule(year)


def test_every_gelijkgestelde_dag_is_a_weekday_in_a_covered_year() -> None:
    data = holiday_data()
    for day, note in data.equal_days.items():
        assert day.weekday() < 5 and day.year in data.covered and note.strip(), day
        assert day not in holidays_by_rule(day.year).values()


def test_published_and_assumed_years_are_marked() -> None:
    assert [y for y in range(2023, 2031) if source_of(y) is Source.PUBLISHED] == list(range(2023, 2029))
    assert source_of(2029) is Source.ASSUMED and source_of(2030) is Source.ASSUMED
    assert source_of(2031) is Source.RULES_ONLY
    assert "2 januari 2026" in holiday_data().besluit[2026]


def test_goede_vrijdag_is_a_holiday() -> None:
    # Art. 3 lid 2: Goede Vrijdag is made equal to the holidays of lid 1.
    assert holiday_name(D(2027, 3, 26)) == "Goede Vrijdag" and not is_working_day(D(2027, 3, 26))
    assert holiday_name(D(2027, 3, 29)) == "Tweede Paasdag"
    assert not is_working_day(D(2026, 4, 3)) and not is_working_day(D(2031, 4, 11))  # also by rule alone


def test_gelijkgestelde_dagen_are_holidays() -> None:
    # Art. 3 lid 3: the Friday after Hemelvaartsdag 2026 and after Nieuwjaarsdag 2026.
    for day in (D(2026, 5, 15), D(2026, 1, 2), D(2027, 5, 7)):
        assert not is_working_day(day) and holiday_name(day) == "dag die met een feestdag is gelijkgesteld"
    assert holiday_name(D(2026, 5, 15), "en") == "day treated as a public holiday"
    assert is_working_day(D(2027, 4, 26))  # the Monday before Koningsdag 2027 is not made equal


def test_koningsdag_on_a_sunday_is_celebrated_on_saturday_the_26th() -> None:
    assert kings_day(2025) == D(2025, 4, 26) and kings_day(2031) == D(2031, 4, 26)
    assert kings_day(2026) == D(2026, 4, 27)
    assert holiday_name(D(2025, 4, 26)) == "Koningsdag" and holiday_name(D(2025, 4, 27)) == ""
    assert D(2031, 4, 26) in public_holidays(2031)  # a year beyond the file: the rule


def test_holidays_of_2026() -> None:
    assert sorted(public_holidays(2026)) == [
        D(2026, 1, 1), D(2026, 1, 2), D(2026, 4, 3), D(2026, 4, 6), D(2026, 4, 27), D(2026, 5, 5),
        D(2026, 5, 14), D(2026, 5, 15), D(2026, 5, 25), D(2026, 12, 25), D(2026, 12, 26)]
    assert is_working_day(D(2026, 11, 27)) and not is_working_day(D(2026, 11, 28))


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2019, D(2019, 4, 21)), (2024, D(2024, 3, 31)), (2025, D(2025, 4, 20)),
     (2026, D(2026, 4, 5)), (2027, D(2027, 3, 28)), (2038, D(2038, 4, 25)), (2000, D(2000, 4, 23))],
)
def test_easter(year: int, easter: dt.date) -> None:
    assert easter_sunday(year) == easter


def test_an_assumed_gelijkgestelde_dag_is_listed_but_never_counted() -> None:
    """No besluit for 2029 yet: the Friday after Hemelvaartsdag may be made equal, or may not."""
    from crisiskaart.model.deadlines import legal_last_day

    assumed = D(2029, 5, 11)
    assert source_of(2029) is Source.ASSUMED and assumed in holiday_data().equal_days  # listed …
    assert is_working_day(assumed) and assumed not in public_holidays(2029)  # … not counted
    assert holiday_name(assumed) == ""
    # A term whose plain end is that Friday ends on it: counting it as a holiday would give the
    # person until Monday 14 May, a day the law may not give.
    last, _rule = legal_last_day(D(2029, 5, 4), 7)
    assert last == assumed


def test_a_published_gelijkgestelde_dag_moves_the_legal_last_day() -> None:
    """The besluit for 2026-2028 makes Friday 7 May 2027 (after Hemelvaartsdag) equal to a holiday."""
    from crisiskaart.model.deadlines import legal_last_day

    published = D(2027, 5, 7)
    assert source_of(2027) is Source.PUBLISHED and not is_working_day(published)
    last, _rule = legal_last_day(D(2027, 4, 30), 7)
    assert last == D(2027, 5, 10)  # the next working day, Monday
