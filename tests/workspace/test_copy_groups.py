"""Copies of one card in the caseload folder (sync conflict copies) are one row, on real files."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

import crisiskaart.cli.main as cli_main
from crisiskaart.cards import encode_plan, plan_summary, read_plan, save_plan
from crisiskaart.store import open_card
from crisiskaart.workspace import Access, scan_caseload
from crisiskaart.workspace.copy_groups import group_copies

from .conftest import PASSPHRASE, PROFILE_PASSPHRASE

TODAY = dt.date(2026, 6, 1)
COPY = "noor-bakker (conflict copy).crisiskaart"


def _change(path: Path, city: str) -> None:
    with open_card(path, passphrase=PASSPHRASE, writable=True, look_for_copies=False) as card:
        plan = read_plan(card)
        plan.personal.address.city = city
        card.save_version(encode_plan(plan), summary=plan_summary(plan))


@pytest.fixture
def folder(make_card, profile, tmp_path: Path) -> Path:
    """Noor's card and Bram's card, both with a slot for the ondersteuner."""
    make_card("Noor Bakker", profile=profile).close()
    make_card("Bram Smit", profile=profile).close()
    return tmp_path / "caseload"


def test_a_fork_is_one_row_that_says_two_versions(folder: Path, profile) -> None:
    card = folder / "noor-bakker.crisiskaart"
    shutil.copyfile(card, folder / COPY)
    _change(card, "Utrecht")
    _change(folder / COPY, "Zwolle")
    entries = scan_caseload(folder, profile, today=TODAY)
    assert [entry.path.name for entry in entries] == ["bram-smit.crisiskaart", "noor-bakker.crisiskaart"]
    noor = entries[1]
    assert noor.forked and noor.forks == (folder / COPY,) and noor.copies == (folder / COPY,)
    assert noor.copies_text() == "twee versies: samenvoegen"
    assert noor.copies_text("en") == "two versions: merge"
    assert not entries[0].copies and entries[0].copies_text() == ""

    later = folder / "noor-bakker (2).crisiskaart"  # the conflict copy went on elsewhere: it contains it
    shutil.copyfile(folder / COPY, later)
    _change(later, "Assen")
    [group] = group_copies(sorted(folder.glob("noor*.crisiskaart")))
    assert group.path == card and group.forks == (later,) and set(group.copies) == {folder / COPY, later}
    assert scan_caseload(folder, profile, today=TODAY)[1].copies_text() == "twee versies: samenvoegen"


def test_three_computers_make_three_versions(folder: Path, profile) -> None:
    card = folder / "noor-bakker.crisiskaart"
    others = [folder / COPY, folder / "noor-bakker (2).crisiskaart"]
    for other in others:
        shutil.copyfile(card, other)
    for path, city in zip([card, *others], ["Utrecht", "Zwolle", "Assen"], strict=True):
        _change(path, city)
    [group] = group_copies(sorted(folder.glob("noor*.crisiskaart")))
    assert group.path == card and set(group.forks) == set(others)
    assert scan_caseload(folder, profile, today=TODAY)[1].copies_text() == "3 versies: samenvoegen"


def _amend(path: Path, city: str) -> None:
    """Autosave of a concept: version 1 is amended, no version is added."""
    with open_card(path, passphrase=PASSPHRASE, writable=True, look_for_copies=False) as card:
        plan = read_plan(card)
        plan.personal.address.city = city
        assert save_plan(card, plan).number == 1


def test_copies_that_each_amended_concept_version_1_are_one_row_to_merge(folder: Path, profile) -> None:
    """No version in common (each its own version 1), yet one card: one row, "samenvoegen"."""
    card = folder / "noor-bakker.crisiskaart"
    shutil.copyfile(card, folder / COPY)
    _amend(card, "Utrecht")
    _amend(folder / COPY, "Zwolle")
    [group] = group_copies([card, folder / COPY])
    assert group.path == card and group.forks == (folder / COPY,) and group.copies == (folder / COPY,)
    (folder / "noor-bakker (2).crisiskaart").write_bytes(card.read_bytes()[:200])  # damaged
    entries = scan_caseload(folder, profile, today=TODAY)
    by_name = {entry.path.name: entry for entry in entries}
    assert sorted(by_name) == ["bram-smit.crisiskaart", "noor-bakker (2).crisiskaart",
                               "noor-bakker.crisiskaart"]
    noor = by_name["noor-bakker.crisiskaart"]
    assert noor.forked and noor.forks == (folder / COPY,) and noor.copies == (folder / COPY,)
    assert noor.copies_text() == "twee versies: samenvoegen"
    assert by_name["noor-bakker (2).crisiskaart"].access is Access.DAMAGED  # stays a row of its own
    assert not by_name["bram-smit.crisiskaart"].copies  # another card, with its own version 1


def test_an_older_copy_is_one_row_for_the_newest_file(folder: Path, profile) -> None:
    card = folder / "noor-bakker.crisiskaart"
    shutil.copyfile(card, folder / COPY)
    _change(folder / COPY, "Utrecht")  # only the copy went on: the card is an earlier state of it
    entries = scan_caseload(folder, profile, today=TODAY)
    assert [entry.path.name for entry in entries] == ["bram-smit.crisiskaart", COPY]
    newest = entries[1]
    assert not newest.forked and newest.copies == (card,) and newest.index.version_count == 2
    assert newest.copies_text() == "ook een oudere kopie"
    shutil.copyfile(card, folder / "noor-bakker (oud).crisiskaart")
    assert scan_caseload(folder, profile, today=TODAY)[1].copies_text() == "ook 2 oudere kopieën"


def test_a_damaged_copy_stays_a_row_of_its_own(folder: Path, profile) -> None:
    card = folder / "noor-bakker.crisiskaart"
    (folder / COPY).write_bytes(card.read_bytes()[:200])  # the same card id, cut off
    entries = scan_caseload(folder, profile, today=TODAY)
    by_name = {entry.path.name: entry for entry in entries}
    assert len(entries) == 3 and by_name[COPY].access is Access.DAMAGED
    assert not by_name["noor-bakker.crisiskaart"].copies


def test_cli_caseload_says_the_same(folder: Path, profile, tmp_path: Path, capsys) -> None:
    card = folder / "noor-bakker.crisiskaart"
    shutil.copyfile(card, folder / COPY)
    _change(card, "Utrecht")
    _change(folder / COPY, "Zwolle")
    secret = tmp_path / "pw.txt"
    secret.write_text(PROFILE_PASSPHRASE + "\n", "utf-8")
    args = ["caseload", str(folder), "--profile", str(tmp_path / "profielen" / "sam.profile"),
            "--passphrase-file", str(secret)]
    assert cli_main.main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and lines[-1].startswith("2 kaarten:")
    assert lines[1].startswith("Noor Bakker")
    assert lines[1].endswith(f"noor-bakker.crisiskaart  (twee versies: samenvoegen: {COPY})")
    assert cli_main.main(["--language", "en", *args, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[1]["forked"] is True and rows[1]["copies"] == [str(folder / COPY)]
    assert rows[0]["forked"] is False and rows[0]["copies"] == []
    assert cli_main.main(["--language", "en", *args]) == 0
    assert "(two versions: merge: " in capsys.readouterr().out
