"""The card-file CLI: new, show, versions, passwd, ondersteuner create/add/remove; exit codes 0-4."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import crisiskaart.cli.main as cli_main
from crisiskaart.cli import store_commands
from crisiskaart.model import CrisisPlan, dump_plan_json, example_plan, load_plan_json
from crisiskaart.store import TEST_KDF, lock_path, open_card

PASS = "klant wachtwoord"



def _without_link(plan: CrisisPlan) -> CrisisPlan:
    """The card as written, apart from the summary key ``new`` makes for every card of its own."""
    assert plan.responder_link is not None
    return plan.model_copy(update={"responder_link": None})


@pytest.fixture(autouse=True)
def _wired(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert store_commands in cli_main.command_modules()
    monkeypatch.setattr(store_commands, "NEW_KDF", TEST_KDF)
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASS)
    monkeypatch.delenv("CRISISKAART_NEW_PASSPHRASE", raising=False)
    monkeypatch.chdir(tmp_path)
    Path("kaart.json").write_text(dump_plan_json(example_plan()), "utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_show_versions(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    code, out, err = run(capsys, "show", "k.crisiskaart")
    assert code == 0 and err == ""
    assert _without_link(load_plan_json(out)) == example_plan()
    code, out, _ = run(capsys, "versions", "k.crisiskaart")
    assert code == 0 and "concept" in out and "client: Noor Bakker" in out
    code, out, _ = run(capsys, "versions", "k.crisiskaart", "--json")
    rows = json.loads(out)
    assert rows[0]["number"] == 1 and rows[0]["author"] == {"role": "client", "name": "Noor Bakker"}
    for missing in ("2", "0", "-1"):
        code, _, err = run(capsys, "show", "k.crisiskaart", "--version", missing)
        assert (code, err) == (1, f"crisiskaart: versie {missing} bestaat niet; deze kaart heeft "
                                  "versie 1 tot en met 1\n")


def test_a_passphrase_is_never_an_argument(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    # ``--passphrase`` must not be taken as an abbreviation of ``--passphrase-file``.
    code, out, err = run(capsys, "show", "--passphrase", PASS, "k.crisiskaart")
    assert code == 1 and out == ""
    assert err.startswith("crisiskaart: unrecognized arguments: --passphrase")


def test_new_refuses_to_overwrite(capsys: pytest.CaptureFixture[str]) -> None:
    Path("k.crisiskaart").write_bytes(b"bestaand")
    code, _, err = run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")
    assert code == 1 and "overschreven" in err and err.count("\n") == 1
    assert Path("k.crisiskaart").read_bytes() == b"bestaand"


def test_new_rejects_invalid_json(capsys: pytest.CaptureFixture[str]) -> None:
    Path("fout.json").write_text('{"personal": 3}', "utf-8")
    code, _, err = run(capsys, "new", "k.crisiskaart", "--from-json", "fout.json")
    assert code == 1 and err.startswith("crisiskaart: ") and not Path("k.crisiskaart").exists()


def test_exit_codes(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", "fout")
    code, _, err = run(capsys, "show", "k.crisiskaart")
    assert code == 2 and "wachtwoord klopt niet" in err
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASS)
    data = bytearray(Path("k.crisiskaart").read_bytes())
    data[-1] ^= 1
    Path("t.crisiskaart").write_bytes(bytes(data))
    assert run(capsys, "show", "t.crisiskaart")[0] == 3
    with open_card(Path("k.crisiskaart"), passphrase=PASS):
        code, _, err = run(capsys, "passwd", "k.crisiskaart")
        assert code == 4 and "al open om te bewerken" in err  # held in this process: the test's own
    code, _, err = run(capsys, "--language", "en", "show", "nope.crisiskaart")
    assert code == 1 and "file not found" in err


def test_passwd(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")
    assert run(capsys, "passwd", "k.crisiskaart")[0] == 1  # no new passphrase given
    Path("nieuw.txt").write_text("nieuw wachtwoord\n", "utf-8")
    assert run(capsys, "passwd", "k.crisiskaart", "--new-passphrase-file", "nieuw.txt")[0] == 0
    assert run(capsys, "show", "k.crisiskaart")[0] == 2
    Path("pw.txt").write_text("nieuw wachtwoord\n", "utf-8")
    assert run(capsys, "show", "k.crisiskaart", "--passphrase-file", "pw.txt")[0] == 0
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", "nieuw wachtwoord")
    monkeypatch.setenv("CRISISKAART_NEW_PASSPHRASE", "derde zin voor de kaart")
    assert run(capsys, "passwd", "k.crisiskaart")[0] == 0
    assert not lock_path(tmp_path / "k.crisiskaart").exists()


def test_ondersteuner_flow(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", "ondersteuner")
    code, _, err = run(
        capsys, "ondersteuner", "create", "o.profile", "--name", "Ayşe", "--organisation", "Org"
    )
    assert code == 0 and "o.profile.pub" in err
    assert run(capsys, "show", "k.crisiskaart", "--profile", "o.profile")[0] == 2
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASS)
    code, _, err = run(capsys, "ondersteuner", "add", "k.crisiskaart", "o.profile.pub")
    assert code == 0 and "Ayşe" in err
    assert run(capsys, "ondersteuner", "add", "k.crisiskaart", "kaart.json")[0] == 1
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", "ondersteuner")
    code, out, _ = run(capsys, "show", "k.crisiskaart", "--profile", "o.profile")
    assert code == 0 and _without_link(load_plan_json(out)) == example_plan()
    assert run(capsys, "versions", "k.crisiskaart", "--profile", "o.profile")[0] == 0
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASS)
    assert run(capsys, "ondersteuner", "remove", "k.crisiskaart", "Niemand")[0] == 1
    assert run(capsys, "ondersteuner", "remove", "k.crisiskaart", "Ayşe")[0] == 0
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", "ondersteuner")
    code, _, err = run(capsys, "show", "k.crisiskaart", "--profile", "o.profile")
    assert code == 2 and "geen toegang" in err


def test_no_passphrase_without_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")
    monkeypatch.delenv("CRISISKAART_PASSPHRASE")
    monkeypatch.setattr(store_commands, "_interactive", lambda: False)
    code, _, err = run(capsys, "show", "k.crisiskaart")
    assert code == 1 and "CRISISKAART_PASSPHRASE" in err


def test_subprocess_one_line_no_traceback(tmp_path: Path) -> None:
    """The real entry point: one line on stderr and exit code 3 for a tampered file."""
    (tmp_path / "t.crisiskaart").write_bytes(b"\x89CKAART\n\x00\x01" + b"\x00" * 40)
    code = (
        "import sys; import crisiskaart.cli.main as m; sys.exit(m.main(sys.argv[1:]))"
    )
    env = {**os.environ, "CRISISKAART_PASSPHRASE": PASS}
    result = subprocess.run(
        [sys.executable, "-c", code, "show", str(tmp_path / "t.crisiskaart")],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, check=False,
    )
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stdout == ""
