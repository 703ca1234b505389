"""``crisiskaart withdraw-summary`` (intrekken) and ``crisiskaart viewer-hash`` on real card files."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from jwcrypto import jwe as jw_jwe
from jwcrypto import jwk as jw_jwk

import crisiskaart.cli.main as cli_main
from crisiskaart.cli import store_commands
from crisiskaart.model import dump_plan_json, example_plan, load_plan_json
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.responder_link import EXAMPLE_KEY, ResponderLink, file_id_for_key, new_responder_link
from crisiskaart.store import TEST_KDF, Status, open_card
from crisiskaart.summary import viewer_html

PASS = "klant wachtwoord"


@pytest.fixture(autouse=True)
def _cards(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(store_commands, "NEW_KDF", TEST_KDF)
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASS)
    monkeypatch.chdir(tmp_path)
    Path("kaart.json").write_text(dump_plan_json(example_plan()), "utf-8")
    Path("zonder.json").write_text(dump_plan_json(CrisisPlan()), "utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _link(path: str = "k.crisiskaart"):
    with open_card(Path(path), passphrase=PASS) as card:
        return load_plan_json(card.payload()).responder_link


def test_withdraw_writes_a_tombstone_and_saves_a_version_without_the_link(capsys) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    link = _link()
    code, out, err = run(capsys, "withdraw-summary", "k.crisiskaart", "-o", "site")
    assert code == 0 and err == ""
    assert f"geschreven: site/s/{link.id}.jwe" in out and "INGETROKKEN" in out
    reader = jw_jwe.JWE()
    reader.deserialize((Path("site/s") / f"{link.id}.jwe").read_text(), key=jw_jwk.JWK(kty="oct", k=link.key))
    assert json.loads(reader.payload)["status"] == "withdrawn"
    with open_card(Path("k.crisiskaart"), passphrase=PASS) as card:
        assert [v.status for v in card.versions] == [Status.CONCEPT, Status.INGETROKKEN]
        assert load_plan_json(card.payload()).responder_link is None
    # A second time there is nothing left to withdraw.
    code, _, err = run(capsys, "withdraw-summary", "k.crisiskaart", "-o", "site")
    assert code == 1 and "geen gekoppelde samenvatting" in err


def test_viewer_hash_matches_the_file(capsys) -> None:
    code, out, _ = run(capsys, "viewer-hash")
    assert code == 0 and out == f"{hashlib.sha256(viewer_html()).hexdigest()}  index.html\n"


def test_two_cards_made_from_the_example_have_keys_of_their_own(capsys) -> None:
    created = run(capsys, "new", "een.crisiskaart", "--from-json", "kaart.json")
    assert created == (0, "", "kaart gemaakt: een.crisiskaart\n")  # nothing to say: the example has no key
    assert run(capsys, "new", "twee.crisiskaart", "--from-json", "kaart.json")[0] == 0
    one, two = _link("een.crisiskaart"), _link("twee.crisiskaart")
    assert one is not None and two is not None
    assert one.key != two.key and one.id != two.id and len(one.id) == 22
    assert EXAMPLE_KEY not in (one.key, two.key)


def test_a_card_made_from_json_with_the_examples_old_key_gets_its_own_and_says_so(capsys) -> None:
    public = ResponderLink(id=file_id_for_key(EXAMPLE_KEY, 1), key=EXAMPLE_KEY,
                           created_on=dt.date(2026, 10, 1))
    Path("oud.json").write_text(dump_plan_json(example_plan().model_copy(update={"responder_link": public})))
    code, _, err = run(capsys, "new", "k.crisiskaart", "--from-json", "oud.json")
    assert code == 0 and err.splitlines() == [
        "crisiskaart: let op: de sleutel van de gekoppelde samenvatting was die van het voorbeeld, en die "
        "is openbaar; deze kaart heeft nu een eigen, nieuwe sleutel. Een QR-code die al met de oude "
        "sleutel geprint is, hoort niet meer bij deze kaart",
        "kaart gemaakt: k.crisiskaart"]
    own = _link()
    assert own.key != EXAMPLE_KEY
    # Another card's JSON brings its key along: the new card does not take it.
    Path("ander.json").write_text(dump_plan_json(example_plan().model_copy(update={"responder_link": own})))
    code, _, err = run(capsys, "--language", "en", "new", "k2.crisiskaart", "--from-json", "ander.json")
    assert code == 0 and "the linked summary's key in the JSON file was not taken over" in err
    assert _link("k2.crisiskaart").key not in (own.key, EXAMPLE_KEY)


def test_update_from_json_keeps_the_cards_own_key(capsys) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    own = _link()
    Path("ander.json").write_text(dump_plan_json(
        example_plan().model_copy(update={"responder_link": new_responder_link()})))
    code, _, err = run(capsys, "update", "k.crisiskaart", "--from-json", "ander.json")
    assert code == 0 and "de kaart houdt haar eigen sleutel" in err
    assert _link() == own
    code, _, err = run(capsys, "update", "k.crisiskaart", "--from-json", "kaart.json")  # no key in it
    assert code == 0 and "sleutel" not in err and _link() == own
    # After intrekken the old key never comes back from a JSON file made before it.
    assert run(capsys, "withdraw-summary", "k.crisiskaart", "-o", "site")[0] == 0
    Path("voor.json").write_text(dump_plan_json(example_plan().model_copy(update={"responder_link": own})))
    code, _, err = run(capsys, "update", "k.crisiskaart", "--from-json", "voor.json")
    assert code == 0 and "niet overgenomen" in err and _link().key != own.key
