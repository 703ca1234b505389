"""Plans in card files and in JSON files, through the one bridge the CLI and the editor share."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import PASSPHRASE, make_card

from crisiskaart import cards as old_cards
from crisiskaart.app.cards import (
    encode_plan,
    is_plan_file,
    load_plan_file,
    open_card_with,
    plan_summary,
    read_plan,
    save_plan,
    version_info,
)
from crisiskaart.app.errors import FileUnreadable, NotText, PlanFileInvalid, StoredPlanInvalid, describe
from crisiskaart.model import dump_plan_json, example_plan
from crisiskaart.store import CardNotFound, OpenedReadOnly, Status, UnknownVersion


def test_read_and_save_follow_the_history_rules(tmp_path: Path) -> None:
    path = make_card(tmp_path / "k.crisiskaart", example_plan(), Status.ONDERTEKEND)
    with open_card_with(path, passphrase=PASSPHRASE, writable=True) as card:
        plan = read_plan(card)
        assert plan == example_plan() and version_info(card).status is Status.ONDERTEKEND
        plan.personal.preferred_name = "Noortje"
        first = save_plan(card, plan, note="roepnaam")
        assert (first.number, first.status) == (2, Status.CONCEPT)  # a signed version never changes
        plan.personal.preferred_name = "Noor"
        assert save_plan(card, plan).number == 2  # the concept is amended
        assert read_plan(card, 1).personal.preferred_name == "Noor"
        assert card.index.summary == plan_summary(plan)
        with pytest.raises(UnknownVersion):
            read_plan(card, 9)
        with pytest.raises(UnknownVersion):
            version_info(card, 9)
    with open_card_with(path, passphrase=PASSPHRASE, writable=False) as card, pytest.raises(OpenedReadOnly):
        save_plan(card, plan)


def test_a_version_that_is_not_a_plan_is_a_damaged_card(tmp_path: Path) -> None:
    path = make_card(tmp_path / "k.crisiskaart", example_plan())
    with open_card_with(path, passphrase=PASSPHRASE, writable=True) as card:
        card.save_version(b'{"personal": 5}', summary=plan_summary(example_plan()), status=Status.CONCEPT)
        with pytest.raises(StoredPlanInvalid) as caught:
            read_plan(card)
    assert caught.value.exit_code == 3
    assert describe(caught.value, "nl").startswith("versie 2 in het bestand is geen geldige kaart: ")


def test_plan_files(tmp_path: Path) -> None:
    good = tmp_path / "kaart.json"
    good.write_bytes(b"\xef\xbb\xbf" + encode_plan(example_plan()))
    assert is_plan_file(good) and load_plan_file(good) == example_plan()
    card = make_card(tmp_path / "k.crisiskaart", example_plan())
    assert not is_plan_file(card)
    with pytest.raises(CardNotFound):
        load_plan_file(tmp_path / "weg.json")
    with pytest.raises(CardNotFound):
        is_plan_file(tmp_path / "weg.json")
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"{\xff\xfe")
    with pytest.raises(NotText):
        load_plan_file(binary)
    wrong = tmp_path / "fout.json"
    wrong.write_text('{"personal": {"full_name": 5}}', "utf-8")
    with pytest.raises(PlanFileInvalid) as caught:
        load_plan_file(wrong)
    assert describe(caught.value, "en").startswith(f"{wrong} is not a valid card: ")
    with pytest.raises(FileUnreadable):
        load_plan_file(tmp_path)  # a folder cannot be read as a file


def test_the_old_import_path_still_works() -> None:
    assert old_cards.read_plan is read_plan and old_cards.encode_plan is encode_plan
    assert old_cards.plan_summary(example_plan()).display_name == "Noor Bakker"
    assert dump_plan_json(example_plan()).encode() == encode_plan(example_plan())
