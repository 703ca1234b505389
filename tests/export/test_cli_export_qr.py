"""`crisiskaart export` prints the responder QR on the card: offline (vCard) by default, linked when
the organisation profile has a viewer address — with a key made once and kept in the card."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

import crisiskaart.cli.main as cli_main
from crisiskaart.cli import store_commands
from crisiskaart.model import dump_plan_json, example_plan
from crisiskaart.store import TEST_KDF, open_card

PASS = "klant wachtwoord"


@pytest.fixture(autouse=True)
def _setup(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(store_commands, "NEW_KDF", TEST_KDF)
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASS)
    monkeypatch.chdir(tmp_path)
    plan = example_plan().model_copy(update={"responder_link": None})
    Path("kaart.json").write_text(dump_plan_json(plan), "utf-8")
    Path("org.json").write_text(json.dumps({"name": "Test", "viewer_url": "https://kaart.example.org/v/"}))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli_main.main(list(argv))
    return code, capsys.readouterr().err


def qr_texts(pdf_path: str) -> list[str]:
    document = pdfium.PdfDocument(Path(pdf_path).read_bytes())
    texts = []
    for page in document:
        image = page.render(scale=5).to_pil().convert("L")
        texts += [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]
    return texts


def test_offline_qr_on_the_card_is_a_vcard_of_the_person(capsys) -> None:
    code, _ = run(capsys, "export", "kaart.json", "--format", "wallet-card", "-o", "kaart.pdf")
    assert code == 0
    [text] = qr_texts("kaart.pdf")
    assert text.startswith("BEGIN:VCARD") and "Noor Bakker" in text


def test_linked_qr_key_is_made_once_saved_and_reused(capsys) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    with open_card(Path("k.crisiskaart"), passphrase=PASS, writable=False) as card:
        key = json.loads(card.payload())["responder_link"]["key"]  # made with the card
    code, err = run(capsys, "export", "k.crisiskaart", "--format", "wallet-card", "-o", "een.pdf",
                    "--organisation", "org.json")
    assert code == 0 and "bewaard als versie" not in err
    [first] = qr_texts("een.pdf")
    assert first == f"https://kaart.example.org/v/#ck2.{key}"
    with open_card(Path("k.crisiskaart"), passphrase=PASS, writable=False) as card:
        assert len(card.versions) == 1
    code, err = run(capsys, "export", "k.crisiskaart", "--format", "wallet-sheet", "-o", "twee.pdf",
                    "--organisation", "org.json")
    assert code == 0 and "bewaard als versie" not in err
    assert set(qr_texts("twee.pdf")) == {first}  # printed cards keep working
    code, _ = run(capsys, "export", "k.crisiskaart", "--format", "summary-site", "-o", "site",
                  "--organisation", "org.json")
    assert code == 0 and (Path("site") / "index.html").exists()


def test_a_linked_qr_cannot_be_made_from_plain_json(capsys) -> None:
    code, err = run(capsys, "export", "kaart.json", "--format", "wallet-card", "-o", "k.pdf",
                    "--organisation", "org.json")
    assert code == 1 and err.count("\n") == 1 and "JSON" in err
    assert not Path("k.pdf").exists()
