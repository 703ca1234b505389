"""What listing a caseload reads: a few KiB per card whatever its history, each file once."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from crisiskaart.store import CardFile, CardSummary, OndersteunerProfile, read_index
from crisiskaart.workspace import scan_caseload
from crisiskaart.workspace.caseload import Access

PROC_IO = Path("/proc/self/io")


def _bytes_read() -> int:
    """Bytes this process has read through read(2)/pread(2) so far (Linux's own count)."""
    for line in PROC_IO.read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


def _long_history(card: CardFile, versions: int, size: int) -> None:
    summary = CardSummary("Noor Bakker")
    for number in range(versions):
        card.save_version(number.to_bytes(4, "big") + os.urandom(size), summary=summary)


@pytest.mark.skipif(not PROC_IO.exists(), reason="needs Linux's per-process I/O count")
def test_the_index_of_a_card_with_a_long_history_costs_two_small_reads(
    make_card: Callable[..., CardFile], profile: OndersteunerProfile,
) -> None:
    card = make_card(profile=profile)
    with card:
        _long_history(card, 30, 200_000)  # 6 MB of history
    path = card.path
    assert path.stat().st_size > 6_000_000
    read_index(path, profile=profile)  # the interpreter's own first-use reads happen here
    before = _bytes_read()
    index = read_index(path, profile=profile)
    used = _bytes_read() - before
    assert index.version_count == 31
    assert used <= 8 * 1024, used


@pytest.mark.skipif(not PROC_IO.exists(), reason="needs Linux's per-process I/O count")
def test_a_caseload_reads_each_small_card_once(
    make_card: Callable[..., CardFile], profile: OndersteunerProfile, tmp_path: Path,
) -> None:
    for number in range(20):
        make_card(f"Cliënt {number}", profile=profile).close()
    folder = tmp_path / "caseload"
    scan_caseload(folder, profile)
    before = _bytes_read()
    entries = scan_caseload(folder, profile)
    used = _bytes_read() - before
    assert [e.access for e in entries] == [Access.OK] * 20
    # Header and last commit of each file, and the card id from that same read.
    assert used <= 20 * 8 * 1024, used


def test_a_geen_toegang_row_keeps_its_message_not_the_bytes_it_read(
    make_card: Callable[..., CardFile], profile: OndersteunerProfile,
    other_profile: OndersteunerProfile, tmp_path: Path,
) -> None:
    make_card("Noor Bakker", profile=other_profile).close()
    make_card("Sem de Boer", profile=profile).close()
    entries = scan_caseload(tmp_path / "caseload", profile)
    closed = next(e for e in entries if e.access is Access.NO_ACCESS)
    assert closed.problem("nl")  # the row still says why, in words
    assert closed.error is not None
    assert closed.error.__traceback__ is None and closed.error.__context__ is None
    assert next(e for e in entries if e.access is Access.OK).name == "Sem de Boer"


def test_copies_of_one_card_are_still_one_row(
    make_card: Callable[..., CardFile], profile: OndersteunerProfile, tmp_path: Path,
) -> None:
    """The card id now comes from the same read as the index; grouping must not change."""
    card = make_card("Noor Bakker", profile=profile, file="noor.crisiskaart")
    card.close()
    folder = tmp_path / "caseload"
    older = folder / "noor (conflict copy).crisiskaart"
    older.write_bytes(card.path.read_bytes())
    with open_writable(card.path, profile) as again:
        again.save_version(b"{}", summary=CardSummary("Noor Bakker"))
    entries = scan_caseload(folder, profile)
    assert [e.path.name for e in entries] == ["noor.crisiskaart"]
    assert entries[0].copies == (older,) and not entries[0].forked


def open_writable(path: Path, profile: OndersteunerProfile) -> CardFile:
    from crisiskaart.store import open_card

    return open_card(path, profile=profile, look_for_copies=False)
