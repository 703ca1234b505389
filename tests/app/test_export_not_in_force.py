"""A withdrawn or replaced card is never written as a card again: in a wallet it would read as valid,
with old phone numbers and medicines. The Wvggz letter, which follows the plan van aanpak's own
signature, still goes out. Through the application layer and ``crisiskaart export``, on real cards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from app_support import PASSPHRASE, make_card, page_texts

import crisiskaart.cli.main as cli_main
from crisiskaart.app.errors import NotInForce, describe
from crisiskaart.app.exporting import ExportRequest, export_plan
from crisiskaart.cards import encode_plan, plan_summary
from crisiskaart.model import example_plan
from crisiskaart.store import Status, open_card
from crisiskaart.store.lifecycle import save_draft, set_status

TODAY = dt.date(2026, 12, 1)


def _card_with_history(path: Path, *, withdraw: bool) -> Path:
    """1 concept, 2 signed, 3 in force, 4 new concept, 5 signed, 6 in force; then 7 withdrawn."""
    plan = example_plan()
    make_card(path, plan)
    with open_card(path, passphrase=PASSPHRASE) as card:
        set_status(card, Status.ONDERTEKEND)
        set_status(card, Status.ACTIEF)
        plan.personal.preferred_name = "Noortje"
        save_draft(card, encode_plan(plan), summary=plan_summary(plan))
        set_status(card, Status.ONDERTEKEND)
        set_status(card, Status.ACTIEF)
        if withdraw:
            set_status(card, Status.INGETROKKEN)
    return path


def _request(tmp_path: Path, export_format: str, number: int, suffix: str = ".pdf") -> ExportRequest:
    return ExportRequest(export_format, tmp_path / f"{export_format}-{number}{suffix}", today=TODAY,
                         version=number)


@pytest.mark.parametrize("export_format", ["wallet-sheet", "wallet-card", "plan", "zorgkaart", "qr-png",
                                           "summary-text"])
def test_a_withdrawn_card_is_refused_and_nothing_is_written(tmp_path: Path, export_format: str) -> None:
    path = _card_with_history(tmp_path / "noor.crisiskaart", withdraw=True)
    suffix = {"qr-png": ".png", "summary-text": ".txt"}.get(export_format, ".pdf")
    with open_card(path, passphrase=PASSPHRASE) as card:
        plan_bytes = card.payload(7)
        with pytest.raises(NotInForce) as refused:
            export_plan(example_plan(), _request(tmp_path, export_format, 7, suffix), card=card,
                        status=Status.INGETROKKEN)
        assert card.payload(7) == plan_bytes and len(card.versions) == 7  # no link was saved either
    assert not list(tmp_path.glob(f"{export_format}-*"))
    said = describe(refused.value, "nl")
    assert said.startswith("versie 7 van deze kaart is ingetrokken en geldt niet meer")
    assert "ingetrokken" not in describe(NotInForce(number=3, withdrawn=False), "nl")


def test_a_replaced_card_is_refused_but_the_one_in_force_and_the_letter_are_written(tmp_path: Path) -> None:
    path = _card_with_history(tmp_path / "noor.crisiskaart", withdraw=False)
    with open_card(path, passphrase=PASSPHRASE, writable=False) as card:
        versions = card.versions
    with pytest.raises(NotInForce) as refused:
        export_plan(example_plan(), _request(tmp_path, "wallet-sheet", 3), status=Status.VERVANGEN,
                    versions=versions)
    assert "vervangen door een nieuwere kaart" in describe(refused.value, "nl")
    assert "replaced by a newer card" in describe(refused.value, "en")
    written = export_plan(example_plan(), _request(tmp_path, "wallet-sheet", 6), status=Status.ACTIEF,
                          versions=versions)
    assert "versie 6" in page_texts(written.path.read_bytes())[0]
    letter = export_plan(example_plan(), _request(tmp_path, "letter", 3), status=Status.VERVANGEN,
                         versions=versions)  # the Wvggz letter is no card
    assert letter.path.exists()


@pytest.fixture
def in_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASSPHRASE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_cli_refuses_in_one_line_and_exits_1(capsys: pytest.CaptureFixture[str], in_folder: Path) -> None:
    _card_with_history(in_folder / "ingetrokken.crisiskaart", withdraw=True)
    _card_with_history(in_folder / "vervangen.crisiskaart", withdraw=False)
    code = cli_main.main(["export", "ingetrokken.crisiskaart", "--format", "wallet-sheet", "-o", "uit.pdf"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "versie 7 van deze kaart is ingetrokken" in err
    code = cli_main.main(["export", "vervangen.crisiskaart", "--version", "3", "--format", "qr-png",
                          "-o", "qr.png"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "vervangen" in err
    assert not (in_folder / "uit.pdf").exists() and not (in_folder / "qr.png").exists()
    code = cli_main.main(["export", "vervangen.crisiskaart", "--format", "wallet-sheet", "-o", "uit.pdf"])
    assert code == 0
    assert "versie 6" in page_texts((in_folder / "uit.pdf").read_bytes())[0]
