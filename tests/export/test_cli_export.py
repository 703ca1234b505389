"""``crisiskaart export``: encrypted card or JSON in, each format out, no overwrite without --force."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from export_support import stress_plan

import crisiskaart.cli.main as cli_main
from crisiskaart.cli import export_commands, store_commands
from crisiskaart.export import formats
from crisiskaart.export.formats import ExportFormat
from crisiskaart.model import dump_plan_json, example_plan
from crisiskaart.store import TEST_KDF

PASS = "klant wachtwoord"


@pytest.fixture(autouse=True)
def _wired(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert export_commands in cli_main.command_modules()
    monkeypatch.setattr(store_commands, "NEW_KDF", TEST_KDF)
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASS)
    monkeypatch.chdir(tmp_path)
    Path("kaart.json").write_text(dump_plan_json(example_plan()), "utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _title(path: str) -> str:
    return pypdf.PdfReader(io.BytesIO(Path(path).read_bytes())).metadata.title


@pytest.mark.parametrize("name", ["wallet-sheet", "wallet-card", "plan", "html"])
def test_export_from_an_encrypted_card(capsys: pytest.CaptureFixture[str], name: str) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    code, out, err = run(capsys, "export", "k.crisiskaart", "--format", name, "-o", "uit")
    assert (code, out) == (0, "") and err.endswith("geschreven: uit\n")
    if name.startswith("wallet"):  # the QR on the back panel: what did not fit in it is named
        assert err.startswith("crisiskaart: niet in de QR-code (wel op de kaart): ")
    else:
        assert err == "geschreven: uit\n"
    data = Path("uit").read_bytes()
    if name == "html":
        assert data.startswith(b"<!DOCTYPE html>") and b"Noor Bakker" in data
    else:
        assert data.startswith(b"%PDF") and "Noor Bakker" in _title("uit")
        text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
        assert "versie 1" in text  # the card's version number


def test_json_file_version_and_overwrite(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "export", "kaart.json", "--format", "plan", "-o", "plan.pdf", "--version", "7")
    assert code == 0 and "versie 7" in pypdf.PdfReader("plan.pdf").pages[0].extract_text()
    before = Path("plan.pdf").read_bytes()
    code, _, err = run(capsys, "export", "kaart.json", "--format", "plan", "-o", "plan.pdf")
    assert code == 1 and err.count("\n") == 1 and "--force" in err
    assert Path("plan.pdf").read_bytes() == before
    code, _, _ = run(capsys, "export", "kaart.json", "--format", "plan", "-o", "plan.pdf", "--force")
    assert code == 0 and "versie 7" not in pypdf.PdfReader("plan.pdf").pages[0].extract_text()
    assert sorted(p.name for p in Path().iterdir()) == ["kaart.json", "plan.pdf"]  # no temp files left


def test_not_fitted_items_on_stderr_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    Path("vol.json").write_text(dump_plan_json(stress_plan()), "utf-8")
    code, out, err = run(
        capsys, "--language", "en", "export", "vol.json", "--format", "wallet-card", "-o", "kaart.pdf"
    )
    lines = err.splitlines()
    assert code == 0 and out == ""
    assert lines[-1] == "written: kaart.pdf"
    assert len(lines) > 10
    assert lines[0].startswith("crisiskaart: not in the QR code (but on the card): ")
    assert all(line.startswith("crisiskaart: note: ") for line in lines[1:-1])
    assert any(line.startswith("crisiskaart: note: For emergency services: “Punt") for line in lines)


def test_wrong_passphrase_and_missing_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", "fout")
    code, _, err = run(capsys, "export", "k.crisiskaart", "--format", "plan", "-o", "p.pdf")
    assert code == 2 and err.count("\n") == 1 and not Path("p.pdf").exists()
    code, _, err = run(capsys, "export", "weg.crisiskaart", "--format", "plan", "-o", "p.pdf")
    assert code == 1 and "weg.crisiskaart" in err


def test_format_not_there_yet_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(formats.FORMATS, "later", ExportFormat("later", "crisiskaart.nog_niet:write", ".x"))
    code, _, err = run(capsys, "export", "kaart.json", "--format", "later", "-o", "x")
    assert code == 1 and err == "crisiskaart: het formaat later zit nog niet in deze versie van crisiskaart\n"


def test_organisation_profile(capsys: pytest.CaptureFixture[str]) -> None:
    Path("org.json").write_text('{"card_title": "Kaart van Org", "colour": "#336699"}', "utf-8")
    code, _, _ = run(
        capsys, "export", "kaart.json", "--format", "wallet-card", "-o", "k.pdf", "--organisation", "org.json"
    )
    assert code == 0 and _title("k.pdf").startswith("Kaart van Org")
    Path("fout.json").write_text('{"colour": "rood"}', "utf-8")
    code, _, err = run(
        capsys,
        "export",
        "kaart.json",
        "--format",
        "wallet-card",
        "-o",
        "k2.pdf",
        "--organisation",
        "fout.json",
    )
    assert code == 1 and "fout.json" in err and err.count("\n") == 1
