"""Proposed file names say what and when, never whose."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from crisiskaart.app.exporting import proposed_file_name
from crisiskaart.export.formats import FORMATS
from crisiskaart.model import example_plan

TODAY = dt.date(2026, 12, 1)


def test_the_names_the_person_sees() -> None:
    assert proposed_file_name("wallet-sheet", today=TODAY) == "crisiskaart-portemonnee-2026-12-01.pdf"
    assert proposed_file_name("plan", today=TODAY) == "crisisplan-2026-12-01.pdf"
    assert proposed_file_name("qr-png", today=TODAY) == "qr-2026-12-01.png"
    assert proposed_file_name("summary-site", today=TODAY) == "samenvatting-2026-12-01"  # a folder
    assert proposed_file_name("plan", today=TODAY, language="en") == "crisis-plan-2026-12-01.pdf"
    english = proposed_file_name("wallet-sheet", today=TODAY, language="en")
    assert english == "crisis-card-wallet-2026-12-01.pdf"


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("export_format", sorted(FORMATS))
def test_no_name_contains_any_part_of_the_clients_name(export_format: str, language: str) -> None:
    plan = example_plan()
    name = proposed_file_name(export_format, today=TODAY, language=language)
    names = f"{plan.personal.full_name} {plan.personal.preferred_name}"
    parts = {part.lower() for part in re.split(r"\W+", names) if len(part) > 2}
    assert parts and not any(part in name.lower() for part in parts)
    assert name.endswith(f"2026-12-01{FORMATS[export_format].suffix}")
    assert re.fullmatch(r"[a-z0-9.-]+", name)  # safe on every file system and in every mail program


def test_names_differ_per_format_where_the_files_differ() -> None:
    names = [proposed_file_name(f, today=TODAY) for f in FORMATS]
    assert len(set(names)) == len(names)


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError):
        proposed_file_name("later", today=TODAY)
