"""``crisiskaart caseload`` and ``crisiskaart diff`` on real encrypted cards; one-line errors, exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import crisiskaart.cli.main as cli_main
from crisiskaart.cli import workspace_commands
from crisiskaart.store import Status
from crisiskaart.workspace.versions import edit, load_plan, sign

from .conftest import PASSPHRASE, PROFILE_PASSPHRASE


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _wired(monkeypatch: pytest.MonkeyPatch) -> None:
    assert workspace_commands in cli_main.command_modules()


def test_caseload_text_and_json(make_card, profile, other_profile, tmp_path: Path, capsys,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    soon = dt.date.today() + dt.timedelta(days=10)
    make_card("Noor Bakker", profile=profile, signed_on=dt.date.today() - dt.timedelta(days=355),
              valid_until=soon, status=Status.ACTIEF).close()
    make_card("Iris de Boer", profile=other_profile).close()
    secret = tmp_path / "pw.txt"
    secret.write_text(PROFILE_PASSPHRASE + "\n", "utf-8")
    profile_file = tmp_path / "profielen" / "sam.profile"
    code, out, err = run(capsys, "caseload", str(tmp_path / "caseload"), "--profile", str(profile_file),
                         "--passphrase-file", str(secret))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "(geen toegang)  iris-de-boer.crisiskaart"
    assert lines[1].startswith("Noor Bakker") and "herziening binnenkort (+10)" in lines[1]
    assert lines[-1] == "2 kaarten: 1 met toegang, 1 zonder toegang of beschadigd"
    code, out, _ = run(capsys, "--language", "en", "caseload", str(tmp_path / "caseload"),
                       "--profile", str(profile_file), "--passphrase-file", str(secret), "--json")
    rows = json.loads(out)
    assert code == 0 and [r["access"] for r in rows] == ["no_access", "ok"]
    assert rows[0]["client"] is None and rows[0]["problem"] == "this ondersteuner has no access to this card"
    assert rows[1]["review"] == "due" and rows[1]["days_to_review"] == 10 and rows[1]["status"] == "actief"

    monkeypatch.setenv("CRISISKAART_PASSPHRASE", "fout")
    code, out, err = run(capsys, "caseload", str(tmp_path / "caseload"), "--profile", str(profile_file))
    assert code == 2 and out == "" and err.count("\n") == 1 and err.startswith("crisiskaart: ")
    code, _, err = run(capsys, "caseload", str(tmp_path / "nergens"), "--profile", str(profile_file))
    assert code == 1 and "geen map" in err


def test_diff_text_and_json(make_card, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    with make_card() as card:
        sign(card, dt.date(2026, 3, 1))
        plan = load_plan(card)
        plan.contacts[0].phone = "06 1111 2222"
        edit(card, plan)
        path = card.path
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASSPHRASE)
    code, out, err = run(capsys, "diff", str(path), "2", "3")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["== Contactpersonen ==",
                                "~ Anna Bakker › Telefoonnummer: 06 0000 0101 → 06 1111 2222"]
    code, out, _ = run(capsys, "diff", str(path), "2", "3", "--json")
    assert code == 0 and json.loads(out)[0]["change"] == "changed"
    code, out, _ = run(capsys, "diff", str(path), "1", "2")
    assert out == "geen verschillen tussen versie 1 en versie 2\n"
    code, _, err = run(capsys, "diff", str(path), "1", "9")
    assert code == 1 and "versie 9 bestaat niet" in err
