"""Every new passphrase on the command line (new, passwd, ondersteuner create) must reach zxcvbn score 3.

A weak one is refused in one line, exit 1, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import crisiskaart.cli.main as cli_main
from crisiskaart.cli import store_commands
from crisiskaart.model import dump_plan_json, example_plan
from crisiskaart.store import TEST_KDF, open_card

STRONG = "paarse olifant danst op de maan"


@pytest.fixture(autouse=True)
def _folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(store_commands, "NEW_KDF", TEST_KDF)
    monkeypatch.delenv("CRISISKAART_PASSPHRASE", raising=False)
    monkeypatch.delenv("CRISISKAART_NEW_PASSPHRASE", raising=False)
    monkeypatch.chdir(tmp_path)
    Path("kaart.json").write_text(dump_plan_json(example_plan()), "utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli_main.main(list(argv))
    return code, capsys.readouterr().err


def one_line(err: str) -> str:
    assert "Traceback" not in err and err.count("\n") == 1, err
    return err.strip()


def test_new_refuses_a_common_password(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", "wachtwoord")
    code, err = run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")
    assert code == 1
    assert one_line(err) == ("crisiskaart: dit is een veelgebruikt wachtwoord; maak het langer, "
                             "bijvoorbeeld vier losse woorden")
    assert not Path("k.crisiskaart").exists()
    code, err = run(capsys, "--language", "en", "new", "k.crisiskaart", "--from-json", "kaart.json")
    assert code == 1 and one_line(err) == ("crisiskaart: this is a commonly used password; make it "
                                           "longer, for example four separate words")


def test_new_refuses_the_file_name_and_accepts_a_strong_one(capsys, monkeypatch) -> None:
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", "noorbakker1")
    code, err = run(capsys, "new", "noorbakker.crisiskaart", "--from-json", "kaart.json")
    assert code == 1 and "je naam of een ander gegeven" in one_line(err)
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", STRONG)
    assert run(capsys, "new", "noorbakker.crisiskaart", "--from-json", "kaart.json")[0] == 0


def test_passwd_refuses_a_weak_new_passphrase_and_keeps_the_old_one(capsys, monkeypatch) -> None:
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", STRONG)
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    Path("nieuw.txt").write_text("qwerty123\n", "utf-8")
    code, err = run(capsys, "passwd", "k.crisiskaart", "--new-passphrase-file", "nieuw.txt")
    assert code == 1 and one_line(err).startswith("crisiskaart: dit is een veelgebruikt wachtwoord")
    open_card(Path("k.crisiskaart"), passphrase=STRONG).close()  # unchanged


def test_ondersteuner_create_refuses_their_own_name(capsys, monkeypatch) -> None:
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", "Yilmaz2024")
    code, err = run(capsys, "ondersteuner", "create", "o.profile", "--name", "Ayşe Yilmaz")
    assert code == 1 and "je naam" in one_line(err)
    assert not Path("o.profile").exists() and not Path("o.profile.pub").exists()


def test_a_weak_passphrase_typed_at_the_prompt_is_refused(capsys, monkeypatch) -> None:
    typed = iter(["zomer", "zomer"])
    monkeypatch.setattr(store_commands, "_interactive", lambda: True)
    monkeypatch.setattr(store_commands.getpass, "getpass", lambda prompt="": next(typed))
    code, err = run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")
    assert code == 1 and one_line(err).startswith("crisiskaart: ")
    assert not Path("k.crisiskaart").exists()
