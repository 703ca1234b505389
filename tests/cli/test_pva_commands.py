"""``crisiskaart deadlines`` and ``crisiskaart letter-email``: the plan van aanpak's dates and its letter
as e-mail on standard output, from an encrypted card or JSON; one clean line for every mistake."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import crisiskaart.cli.main as cli_main
from crisiskaart.cli import store_commands
from crisiskaart.model import CrisisPlan, dump_plan_json
from crisiskaart.model.deadlines import DayCounting
from crisiskaart.model.plan_van_aanpak import Addressee, EigenPlanVanAanpak, LetterSender, PermissionDecision
from crisiskaart.store import TEST_KDF

PASS = "klant wachtwoord"
D = dt.date


def _plan(**changes: object) -> CrisisPlan:
    plan = CrisisPlan()
    plan.personal.full_name = "Noor Bakker"
    plan.personal.address.street = "Lindenlaan 4"
    plan.personal.address.postcode = "3511 AA"
    plan.personal.address.city = "Utrecht"
    plan.plan_van_aanpak = EigenPlanVanAanpak(
        announced_on=D(2026, 11, 27), sender=LetterSender(phone="06 1234 5678"),
        addressee=Addressee(name="mw. dr. S. de Vries", institution="GGZ Centraal",
                            email="gd@ggzcentraal.example"), **changes)  # type: ignore[arg-type]
    return plan


def _told_on(day: dt.date) -> CrisisPlan:
    plan = _plan()
    assert plan.plan_van_aanpak is not None
    plan.plan_van_aanpak.announced_on = day
    return plan


@pytest.fixture(autouse=True)
def _wired(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(store_commands, "NEW_KDF", TEST_KDF)
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASS)
    monkeypatch.chdir(tmp_path)
    Path("plan.json").write_text(dump_plan_json(_plan()), "utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_deadlines_from_an_encrypted_card(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "plan.json")[0] == 0
    code, out, err = run(capsys, "deadlines", "k.crisiskaart", "--today", "2026-11-27")
    assert (code, err) == (0, "")
    assert out.splitlines()[:6] == [
        "Termijnen op vrijdag 27 november 2026",
        "Bericht dat een zorgmachtiging wordt voorbereid: vrijdag 27 november 2026",
        "Brief aan de geneesheer-directeur (binnen 3 dagen): het liefst uiterlijk maandag 30 november 2026; "
        "wettelijk uiterlijk dinsdag 1 december 2026",
        "Besluit of ik het plan mag schrijven (binnen 2 dagen): uiterlijk maandag 30 november 2026",
        "Plan klaar (binnen 14 dagen): het liefst uiterlijk vrijdag 11 december 2026; "
        "wettelijk uiterlijk maandag 14 december 2026",
        "Dagen geteld als: Kalenderdagen (elke dag telt)",
    ]
    assert "op vrijdag 27 november 2026 verstuurd wordt" in out


def test_an_assumed_gelijkgestelde_dag_never_makes_the_legal_last_day_later(capsys) -> None:
    """Friday 11 May 2029, after Hemelvaartsdag, is likely to be made equal to a holiday, but no
    besluit says so yet: told on Tuesday 8 May, the letter's legal last day stays that Friday."""
    Path("2029.json").write_text(dump_plan_json(_told_on(D(2029, 5, 8))), "utf-8")
    code, out, _ = run(capsys, "deadlines", "2029.json", "--today", "2029-05-08")
    assert code == 0
    assert out.splitlines()[2] == \
        "Brief aan de geneesheer-directeur (binnen 3 dagen): uiterlijk vrijdag 11 mei 2029"
    said = " ".join(out.split())
    assert "Voor 2029 heeft de overheid nog niet bekendgemaakt" in said and "nooit te laat" in said
    # The same Friday in 2026 is made equal by a published besluit: the term runs on to Monday.
    Path("2026.json").write_text(dump_plan_json(_told_on(D(2026, 5, 12))), "utf-8")
    code, out, _ = run(capsys, "deadlines", "2026.json", "--today", "2026-05-12")
    assert code == 0
    assert "(binnen 3 dagen): het liefst uiterlijk vrijdag 15 mei 2026; wettelijk uiterlijk maandag " \
        "18 mei 2026" in out
    assert "bekendgemaakt" not in out


def test_deadlines_after_the_legal_last_day_say_what_can_still_be_done(capsys) -> None:
    code, out, _ = run(capsys, "deadlines", "plan.json", "--today", "2026-12-02")
    assert code == 0
    assert "wettelijk uiterlijk dinsdag 1 december 2026; deze termijn is voorbij" in out
    assert "Je kunt het aan de rechter geven bij de zitting over de zorgmachtiging." in out
    code, out, _ = run(capsys, "deadlines", "plan.json", "--today", "2026-12-01")
    assert "voorbij" not in out  # the legal last day itself is not late


def test_deadlines_in_working_days_and_after_a_refusal(capsys) -> None:
    Path("werkdagen.json").write_text(dump_plan_json(_plan(day_counting=DayCounting.WORKING)), "utf-8")
    code, out, _ = run(capsys, "deadlines", "werkdagen.json", "--today", "2026-11-27")
    assert code == 0 and "(binnen 3 werkdagen): uiterlijk woensdag 2 december 2026" in out
    assert "(binnen 14 werkdagen)" in out and " dagen)" not in out
    refused = _plan(letter_sent_on=D(2026, 11, 27), decision=PermissionDecision.REFUSED)
    Path("geweigerd.json").write_text(dump_plan_json(refused), "utf-8")
    code, out, _ = run(capsys, "--language", "en", "deadlines", "geweigerd.json", "--today", "2026-11-30")
    assert code == 0 and "Plan ready (within 14 days): not needed: permission was refused" in out
    assert "give it to the judge at the court hearing" in out


def test_letter_email(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "letter-email", "plan.json", "--today", "2026-11-27")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:4] == ["Aan: gd@ggzcentraal.example",
                         "Onderwerp: Eigen plan van aanpak (artikel 5:5 Wvggz)", "",
                         "Geachte mw. dr. S. de Vries,"]
    assert "dus uiterlijk maandag 30 november 2026" in out
    assert "uiterlijk maandag 14 december 2026 klaar" in out
    assert lines[-4:] == ["Noor Bakker", "Lindenlaan 4", "3511 AA Utrecht", "Telefoon: 06 1234 5678"]


def test_the_persons_words_cannot_steer_the_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan()
    plan.personal.full_name = "Noor\x1b[2J Bakker"
    Path("vreemd.json").write_text(dump_plan_json(plan), "utf-8")
    code, out, _ = run(capsys, "letter-email", "vreemd.json")
    assert code == 0 and "\x1b" not in out and "Noor\\x1b[2J Bakker" in out


def test_mistakes_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "deadlines", "plan.json", "--today", "27-11-2026")
    assert (code, out) == (1, "")
    assert err == "crisiskaart: ‘27-11-2026’ is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2026-11-27\n"
    Path("leeg.json").write_text(dump_plan_json(CrisisPlan()), "utf-8")
    code, _, err = run(capsys, "letter-email", "leeg.json")
    assert code == 1 and err.startswith("crisiskaart: deze kaart heeft nog geen eigen plan van aanpak")
    code, _, err = run(capsys, "deadlines", "bestaat-niet.json")
    assert code != 0 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
