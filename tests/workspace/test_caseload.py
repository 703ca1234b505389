"""Caseload scanning over real encrypted cards, review dates and the CSV reminder list."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from crisiskaart.model.validity import add_months
from crisiskaart.store import Status
from crisiskaart.workspace import (
    Access,
    ReviewState,
    reminders_csv,
    review_state,
    scan_caseload,
    write_reminders_csv,
)

TODAY = dt.date(2026, 6, 1)


def test_review_states() -> None:
    signed = dt.date(2025, 7, 1)
    assert review_state(Status.ACTIEF, signed, dt.date(2026, 7, 1), TODAY) == (ReviewState.DUE, 30)
    assert review_state(Status.ACTIEF, signed, dt.date(2026, 7, 2), TODAY) == (ReviewState.OK, 31)
    assert review_state(Status.ACTIEF, signed, dt.date(2026, 7, 2), TODAY, 31)[0] is ReviewState.DUE
    assert review_state(Status.ACTIEF, signed, dt.date(2026, 5, 31), TODAY) == (ReviewState.EXPIRED, -1)
    assert review_state(Status.ACTIEF, dt.date(2025, 6, 10), None, TODAY) == (ReviewState.DUE, 9)
    assert review_state(Status.CONCEPT, None, None, TODAY) == (ReviewState.NONE, None)
    assert review_state(Status.INGETROKKEN, signed, dt.date(2026, 1, 1), TODAY)[0] is ReviewState.NONE
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)


def test_scan_lists_every_card_and_hides_none(make_card, profile, other_profile, tmp_path: Path) -> None:
    make_card("Noor Bakker", profile=profile, signed_on=dt.date(2025, 6, 20),
              valid_until=dt.date(2026, 6, 20), status=Status.ACTIEF).close()
    make_card("Bram Smit", profile=profile, signed_on=dt.date(2025, 1, 1),
              valid_until=dt.date(2026, 1, 1), status=Status.ACTIEF).close()
    make_card("Iris de Boer", profile=other_profile).close()  # no slot for ``profile``
    make_card("Zeynep Kaya", profile=profile).close()
    folder = tmp_path / "caseload"
    (folder / "kapot.crisiskaart").write_bytes(b"\x89CKAART\nrubbish")
    (folder / "noor-bakker.crisiskaart.1.bak").write_bytes(b"backup is not a card")
    entries = scan_caseload(folder, profile, today=TODAY)
    by_file = {entry.path.name: entry for entry in entries}
    assert sorted(by_file) == ["bram-smit.crisiskaart", "iris-de-boer.crisiskaart", "kapot.crisiskaart",
                               "noor-bakker.crisiskaart", "zeynep-kaya.crisiskaart"]
    assert by_file["iris-de-boer.crisiskaart"].access is Access.NO_ACCESS
    assert by_file["iris-de-boer.crisiskaart"].index is None  # no name leaks without access
    assert by_file["iris-de-boer.crisiskaart"].problem("nl") == \
        "deze ondersteuner heeft geen toegang tot deze kaart"
    assert by_file["kapot.crisiskaart"].access is Access.DAMAGED
    noor = by_file["noor-bakker.crisiskaart"]
    assert noor.access is Access.OK and noor.name == "Noor Bakker"
    assert (noor.review, noor.days_to_review) == (ReviewState.DUE, 19)
    assert by_file["bram-smit.crisiskaart"].review is ReviewState.EXPIRED
    assert by_file["zeynep-kaya.crisiskaart"].review is ReviewState.NONE

    text = reminders_csv(entries, "nl")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:3] == ["cliënt", "status", "versie"]
    assert [row[0] for row in rows[1:]] == ["Bram Smit", "Noor Bakker"]  # most urgent first
    assert rows[1][5] == "verlopen" and rows[2][5] == "herziening binnenkort"
    target = tmp_path / "herinneringen.csv"
    assert write_reminders_csv(target, entries, "en") == 2
    assert target.read_bytes().startswith(b"\xef\xbb\xbfclient;status;version")


def test_csv_never_writes_a_formula(make_card, profile, tmp_path: Path) -> None:
    make_card("=HYPERLINK(\"x\")", profile=profile, signed_on=dt.date(2025, 6, 1),
              status=Status.ACTIEF, file="formule.crisiskaart").close()
    entries = scan_caseload(tmp_path / "caseload", profile, today=TODAY)
    rows = list(csv.reader(io.StringIO(reminders_csv(entries)), delimiter=";"))
    assert rows[1][0] == "'=HYPERLINK(\"x\")"


def test_a_draft_never_signed_has_no_signing_date_and_no_review(make_card, profile, tmp_path: Path) -> None:
    """Dates typed into a concept are no signature: the list shows none and asks no review. A new
    concept after a signed card keeps the signed card's dates: that card is still to be reviewed."""
    from crisiskaart.app.cards import encode_plan, plan_summary
    from crisiskaart.workspace.versions import load_plan

    make_card("Zeynep Kaya", profile=profile, signed_on=dt.date(2025, 6, 20),
              valid_until=dt.date(2026, 6, 20)).close()  # typed, never signed: version 1 is a concept
    with make_card("Noor Bakker", profile=profile, signed_on=dt.date(2025, 6, 20),
                   valid_until=dt.date(2026, 6, 20), status=Status.ACTIEF) as card:
        plan = load_plan(card)
        plan.personal.preferred_name = "Noortje"
        card.save_version(encode_plan(plan), summary=plan_summary(plan), status=Status.CONCEPT)
    by_name = {entry.name: entry for entry in scan_caseload(tmp_path / "caseload", profile, today=TODAY)}
    zeynep, noor = by_name["Zeynep Kaya"], by_name["Noor Bakker"]
    assert zeynep.index is not None and zeynep.index.status is Status.CONCEPT
    assert (zeynep.index.signed_on, zeynep.index.valid_until) == (None, None)
    assert (zeynep.review, zeynep.days_to_review) == (ReviewState.NONE, None)
    assert noor.index is not None and noor.index.status is Status.CONCEPT and noor.index.version_count == 2
    assert (noor.review, noor.days_to_review) == (ReviewState.DUE, 19)
    assert [row[0] for row in csv.reader(io.StringIO(reminders_csv(list(by_name.values()), "nl")),
                                         delimiter=";")][1:] == ["Noor Bakker"]
