"""``crisiskaart export`` passes the version's status: a concept card prints with the CONCEPT mark."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_support import MARK_NL, PASSPHRASE, page_texts, unsigned_plan

import crisiskaart.cli.main as cli_main
from crisiskaart.cli import store_commands
from crisiskaart.model import dump_plan_json, example_plan
from crisiskaart.store import TEST_KDF


@pytest.fixture(autouse=True)
def _setup(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(store_commands, "NEW_KDF", TEST_KDF)
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASSPHRASE)
    monkeypatch.chdir(tmp_path)
    Path("getekend.json").write_text(dump_plan_json(example_plan()), "utf-8")
    Path("concept.json").write_text(dump_plan_json(unsigned_plan()), "utf-8")


def marked(capsys: pytest.CaptureFixture[str], *argv: str) -> bool:
    assert cli_main.main([*argv, "-o", "uit.pdf", "--force"]) == 0, capsys.readouterr().err
    texts = page_texts(Path("uit.pdf").read_bytes())
    assert all(MARK_NL in text for text in texts) or not any(MARK_NL in text for text in texts)
    return MARK_NL in texts[0]


@pytest.mark.parametrize("export_format", ["wallet-card", "plan", "zorgkaart"])
def test_the_status_of_the_version_decides(capsys: pytest.CaptureFixture[str], export_format: str) -> None:
    assert cli_main.main(["new", "concept.crisiskaart", "--from-json", "getekend.json"]) == 0
    assert cli_main.main(["new", "getekend.crisiskaart", "--from-json", "concept.json",
                          "--status", "ondertekend"]) == 0
    assert marked(capsys, "export", "concept.crisiskaart", "--format", export_format)
    assert not marked(capsys, "export", "getekend.crisiskaart", "--format", export_format)


def test_a_json_plan_is_a_concept_until_it_says_when_it_was_signed(capsys) -> None:
    assert marked(capsys, "export", "concept.json", "--format", "wallet-sheet")
    assert not marked(capsys, "export", "getekend.json", "--format", "wallet-sheet")


def test_an_export_that_cannot_be_written_is_one_line_not_a_bug(capsys, tmp_path: Path) -> None:
    Path("map").mkdir()
    code = cli_main.main(["export", "getekend.json", "--format", "plan", "-o", "map", "--force"])
    err = capsys.readouterr().err
    assert code in (1, 2) and err.count("\n") == 1 and "interne fout" not in err
