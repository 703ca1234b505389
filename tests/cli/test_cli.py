"""The CLI contract: schema, example, validate, gui without a display; one line per error, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crisiskaart.model import CrisisPlan, dump_plan_json, example_plan

BIN = Path(sys.executable).parent


def run(*args: str, stdin: str | bytes | None = None, env: dict[str, str] | None = None,
        command: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real program in a subprocess, as a user would."""
    environment = {**os.environ, **(env or {})}
    data = stdin.decode() if isinstance(stdin, bytes) else stdin
    return subprocess.run([*(command or [sys.executable, "-m", "crisiskaart"]), *args], input=data,
                          capture_output=True, text=True, env=environment, timeout=60)


def assert_one_clean_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_console_script_and_module_both_work() -> None:
    assert run("--version", command=[str(BIN / "crisiskaart")]).stdout.startswith("crisiskaart ")
    assert run("--version").stdout.startswith("crisiskaart ")


def test_schema_is_json_schema_of_the_model() -> None:
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["title"] == "CrisisPlan"
    assert set(schema["properties"]) == set(CrisisPlan.model_fields)


def test_example_validates(tmp_path: Path) -> None:
    result = run("example")
    assert result.returncode == 0
    assert json.loads(result.stdout)["personal"]["full_name"] == "Noor Bakker"
    card = tmp_path / "voorbeeld.json"
    card.write_text(result.stdout, encoding="utf-8")
    checked = run("validate", str(card))
    assert (checked.returncode, checked.stderr) == (0, "")
    assert checked.stdout.strip() == f"geldig: {card}"


def test_validate_reads_stdin_and_prints_one_line_per_problem() -> None:
    plan = example_plan()
    plan.contacts[0].phone = "bel maar"
    plan.contacts[1].phone = "nee"
    plan.management.valid_until = plan.management.signed_on.replace(year=2025)
    result = run("validate", "-", stdin=dump_plan_json(plan))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "Contactpersonen › 1 › Telefoonnummer: ‘bel maar’ is geen Nederlands of internationaal "
        "telefoonnummer (bijvoorbeeld 06-12345678 of +32 470 12 34 56)",
        "Contactpersonen › 2 › Telefoonnummer: ‘nee’ is geen Nederlands of internationaal "
        "telefoonnummer (bijvoorbeeld 06-12345678 of +32 470 12 34 56)",
        "Beheer › Geldig tot: geldig tot (1 oktober 2025) ligt vóór de datum van ondertekening "
        "(1 oktober 2026)",
    ]


def test_validate_in_english() -> None:
    data = json.loads(dump_plan_json(example_plan()))
    data["personal"]["birth_date"] = "1990-02-30"
    for args, env in ((["--language", "en"], None), ([], {"CRISISKAART_LANGUAGE": "en"})):
        result = run(*args, "validate", "-", stdin=json.dumps(data), env=env)
        assert result.returncode == 1
        assert assert_one_clean_line(result) == (
            "Personal details › Date of birth: ‘1990-02-30’ is not an existing date")


def test_warnings_do_not_fail_validation() -> None:
    plan = example_plan()
    plan.contacts[1].phone = ""
    result = run("validate", "-", stdin=dump_plan_json(plan))
    assert result.returncode == 0
    assert assert_one_clean_line(result) == (
        "let op: Contactpersonen › 2: Sem de Wit staat op de kaart maar heeft geen telefoonnummer")


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("missing", "crisiskaart: bestand niet gevonden: {path}"),
        ("directory", "crisiskaart: kan {path} niet lezen: Is a directory"),
        ("binary", "crisiskaart: {path} is geen tekstbestand (verwacht UTF-8 JSON)"),
        ("broken", "dit is geen geldige JSON (regel 1, kolom 14)"),
    ],
)
def test_bad_files_give_one_clear_line(tmp_path: Path, setup: str, expected: str) -> None:
    path = tmp_path / "kaart.json"
    if setup == "directory":
        path.mkdir()
    elif setup == "binary":
        path.write_bytes(b"\xff\xfe\x00\x80 not utf-8 \xc3")
    elif setup == "broken":
        path.write_text('{"personal": ', encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 1
    assert assert_one_clean_line(result) == expected.format(path=path)


@pytest.mark.parametrize("args", [["bogus"], ["validate"], ["validate", "a", "b"], ["--language", "fr"]])
def test_usage_errors_exit_1_in_one_line(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 1
    assert assert_one_clean_line(result).startswith("crisiskaart: ")


@pytest.mark.parametrize("args", [["gui"], [], ["gui", "--demo"], ["--language", "nl"]])
def test_gui_without_display_says_so(args: list[str]) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "crisiskaart", *args], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert assert_one_clean_line(result).startswith("crisiskaart: geen beeldscherm gevonden")


def test_gui_refuses_missing_file() -> None:
    result = run("gui", "/nonexistent/kaart.json")
    assert result.returncode == 1
    assert assert_one_clean_line(result) == "crisiskaart: bestand niet gevonden: /nonexistent/kaart.json"


def test_internal_errors_are_one_line_not_a_traceback(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from crisiskaart.cli import main as cli_main
    from crisiskaart.cli import model_commands

    def broken(args: object) -> int:
        raise RuntimeError("secret card text must not leak")

    monkeypatch.setattr(model_commands, "run_example", broken)
    assert cli_main.main(["example"]) == 70
    err = capsys.readouterr().err
    assert err.startswith("crisiskaart: interne fout (RuntimeError)")
    assert "secret" not in err and "Traceback" not in err
