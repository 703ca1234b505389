"""``crisiskaart withdraw-summary`` (intrekken) and ``crisiskaart viewer-hash`` on real card files."""

from __future__ import annotations

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


def test_withdraw_writes_a_tombstone_and_saves_a_version_without_the_link(capsys) -> None:
    link = example_plan().responder_link
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    code, out, err = run(capsys, "withdraw-summary", "k.crisiskaart", "-o", "site")
    assert code == 0 and err == ""
    assert f"geschreven: site/s/{link.id}.jwe" in out and "INGETROKKEN" in out
    reader = jw_jwe.JWE()
    reader.deserialize((Path("site/s") / f"{link.id}.jwe").read_text().strip(),
                       key=jw_jwk.JWK(kty="oct", k=link.key))
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
