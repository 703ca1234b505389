"""One computation everywhere: the tracker, the letter PDF, the plan PDF and the command line show the
same dates for the same plan, in both counting modes; working days say "werkdagen" in every text.

The expected dates are worked out by hand from the Algemene termijnenwet (docs/deadlines.md), with
the weekday, as the person reads them. Each case is the day the person was told, the day the
tracker is looked at (and the letter printed), and what is already known.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pypdf
import pytest

from crisiskaart.export.context import ExportContext
from crisiskaart.export.pva_facts import Step
from crisiskaart.export.pva_pdf import render_letter, render_plan_van_aanpak
from crisiskaart.model import CrisisPlan
from crisiskaart.model.deadlines import DayCounting
from crisiskaart.model.plan_van_aanpak import Addressee, EigenPlanVanAanpak, PermissionDecision
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.pva.tracker import DeadlineTracker

D = dt.date
CALENDAR, WORKING = DayCounting.CALENDAR, DayCounting.WORKING


@dataclass(frozen=True)
class Case:
    name: str
    counting: DayCounting
    told: dt.date
    today: dt.date
    letter: tuple[str, str]  # advised, legal ("" when the letter was sent)
    decision: str  # legal last day ("" when decided)
    plan: tuple[str, str]  # advised, legal
    known: dict[str, object] = field(default_factory=dict)


CASES = [
    # Told on Friday 27 November 2026, looking and printing the letter the same day.
    Case("friday", CALENDAR, D(2026, 11, 27), D(2026, 11, 27),
         ("maandag 30 november 2026", "dinsdag 1 december 2026"), "maandag 30 november 2026",
         ("vrijdag 11 december 2026", "maandag 14 december 2026")),
    Case("friday", WORKING, D(2026, 11, 27), D(2026, 11, 27),
         ("woensdag 2 december 2026", "woensdag 2 december 2026"), "dinsdag 1 december 2026",
         ("donderdag 17 december 2026", "maandag 21 december 2026")),
    # Christmas: told on Tuesday 22 December 2026.
    Case("christmas", CALENDAR, D(2026, 12, 22), D(2026, 12, 22),
         ("vrijdag 25 december 2026", "maandag 28 december 2026"), "donderdag 24 december 2026",
         ("dinsdag 5 januari 2027", "donderdag 7 januari 2027")),
    Case("christmas", WORKING, D(2026, 12, 22), D(2026, 12, 22),
         ("maandag 28 december 2026", "maandag 28 december 2026"), "donderdag 24 december 2026",
         ("woensdag 13 januari 2027", "vrijdag 15 januari 2027")),
    # A plan due on Christmas Day: allowed on Friday 11 December 2026.
    Case("plan-on-christmas", CALENDAR, D(2026, 12, 7), D(2026, 12, 14), ("", ""), "",
         ("vrijdag 25 december 2026", "maandag 28 december 2026"),
         {"letter_sent_on": D(2026, 12, 8), "decision": PermissionDecision.GRANTED,
          "decision_on": D(2026, 12, 11)}),
    Case("plan-on-christmas", WORKING, D(2026, 12, 7), D(2026, 12, 14), ("", ""), "",
         ("maandag 4 januari 2027", "maandag 4 januari 2027"),
         {"letter_sent_on": D(2026, 12, 8), "decision": PermissionDecision.GRANTED,
          "decision_on": D(2026, 12, 11)}),
    # Allowed, but the decision's date not filled in: the letter went out on Tuesday 8 December, so
    # the decision may have come that day (advised: 8 + 14) and came by Thursday 10 December at the
    # latest (legal: 10 + 14).
    Case("granted-no-date", CALENDAR, D(2026, 12, 7), D(2026, 12, 14), ("", ""), "",
         ("dinsdag 22 december 2026", "donderdag 24 december 2026"),
         {"letter_sent_on": D(2026, 12, 8), "decision": PermissionDecision.GRANTED}),
    Case("granted-no-date", WORKING, D(2026, 12, 7), D(2026, 12, 14), ("", ""), "",
         ("dinsdag 29 december 2026", "donderdag 31 december 2026"),
         {"letter_sent_on": D(2026, 12, 8), "decision": PermissionDecision.GRANTED}),
    # New Year: told on Tuesday 29 December 2026; Nieuwjaarsdag is a Friday.
    Case("new-year", CALENDAR, D(2026, 12, 29), D(2026, 12, 29),
         ("vrijdag 1 januari 2027", "maandag 4 januari 2027"), "donderdag 31 december 2026",
         ("dinsdag 12 januari 2027", "donderdag 14 januari 2027")),
    Case("new-year", WORKING, D(2026, 12, 29), D(2026, 12, 29),
         ("maandag 4 januari 2027", "maandag 4 januari 2027"), "donderdag 31 december 2026",
         ("dinsdag 19 januari 2027", "donderdag 21 januari 2027")),
    # Goede Vrijdag 26 March and Tweede Paasdag 29 March 2027: told on Wednesday 24 March.
    Case("easter", CALENDAR, D(2027, 3, 24), D(2027, 3, 24),
         ("zaterdag 27 maart 2027", "dinsdag 30 maart 2027"), "dinsdag 30 maart 2027",
         ("woensdag 7 april 2027", "dinsdag 13 april 2027")),
    Case("easter", WORKING, D(2027, 3, 24), D(2027, 3, 24),
         ("woensdag 31 maart 2027", "woensdag 31 maart 2027"), "dinsdag 30 maart 2027",
         ("donderdag 15 april 2027", "maandag 19 april 2027")),
    # Gelijkgestelde dag: Friday 15 May 2026 after Hemelvaartsdag; the letter goes out on the 13th.
    Case("gelijkgesteld", CALENDAR, D(2026, 5, 11), D(2026, 5, 13),
         ("donderdag 14 mei 2026", "maandag 18 mei 2026"), "maandag 18 mei 2026",
         ("woensdag 27 mei 2026", "maandag 1 juni 2026")),
    Case("gelijkgesteld", WORKING, D(2026, 5, 11), D(2026, 5, 13),
         ("maandag 18 mei 2026", "maandag 18 mei 2026"), "dinsdag 19 mei 2026",
         ("vrijdag 5 juni 2026", "dinsdag 9 juni 2026")),
    # Koningsdag on Saturday 26 April 2025 (the 27th is a Sunday); the letter goes out on the 24th.
    Case("koningsdag", CALENDAR, D(2025, 4, 23), D(2025, 4, 24),
         ("zaterdag 26 april 2025", "maandag 28 april 2025"), "maandag 28 april 2025",
         ("donderdag 8 mei 2025", "maandag 12 mei 2025")),
    Case("koningsdag", WORKING, D(2025, 4, 23), D(2025, 4, 24),
         ("maandag 28 april 2025", "maandag 28 april 2025"), "maandag 28 april 2025",
         ("donderdag 15 mei 2025", "maandag 19 mei 2025")),
]
IDS = [f"{c.name}-{c.counting.value}" for c in CASES]
NUMBER_OF_DAYS = re.compile(r"\b\d+ dagen\b")


def _plan(case: Case) -> CrisisPlan:
    plan = CrisisPlan()
    plan.personal.full_name = "Noor Bakker"
    plan.personal.address.city = "Utrecht"
    plan.plan_van_aanpak = EigenPlanVanAanpak(
        announced_on=case.told, day_counting=case.counting,
        addressee=Addressee(name="mw. dr. S. de Vries", institution="GGZ Centraal"), **case.known)
    return plan


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages).split())


def _dates_shown(case: Case) -> list[str]:
    """Every date of the case that a view of the open steps must show."""
    dates = [d for d in (*case.letter, case.decision, *case.plan) if d]
    return list(dict.fromkeys(dates))


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_tracker_shows_both_dates(qtbot, case: Case) -> None:
    tracker = DeadlineTracker(PlanDocument(_plan(case)), "nl", today=lambda: case.today)
    qtbot.addWidget(tracker)
    texts = {step: " ".join(tracker.step_labels[step].text().split()) for step in Step}
    advised, legal = case.letter
    if advised:
        if advised != legal:
            assert f"het liefst uiterlijk {advised} (wettelijk uiterlijk {legal})" in texts[Step.LETTER]
        else:
            assert f"uiterlijk {legal}" in texts[Step.LETTER] and "wettelijk" not in texts[Step.LETTER]
        assert f"uiterlijk {case.decision}" in texts[Step.DECISION]
    else:
        assert texts[Step.LETTER].startswith("1. Brief") and "✓ Klaar op" in texts[Step.LETTER]
    advised, legal = case.plan
    if advised != legal:
        assert f"het liefst uiterlijk {advised}" in texts[Step.PLAN]
        assert f"wettelijk uiterlijk {legal}" in texts[Step.PLAN]
    else:
        assert f"uiterlijk {legal}" in texts[Step.PLAN]
    assert "Te laat" not in " ".join(texts.values())
    everything = " ".join([*texts.values(), tracker.notes_label.text(), tracker.next_label.text()])
    if case.counting is WORKING:
        assert "werkdagen" in texts[Step.LETTER] and not NUMBER_OF_DAYS.search(everything)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_letter_asks_for_the_same_legal_dates(case: Case) -> None:
    text = _pdf_text(render_letter(_plan(case), ExportContext(today=case.today))[0])
    if case.decision:  # a letter printed now asks for the decision by its legal last day
        assert f"dus uiterlijk {case.decision}" in text
    assert f"uiterlijk {case.plan[1]} klaar" in text
    unit = "werkdagen" if case.counting is WORKING else "dagen"
    assert f"binnen 2 {unit} te beslissen" in text and f"daar 14 {unit} voor" in text
    if case.counting is WORKING:
        assert not NUMBER_OF_DAYS.search(text)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_plan_pdf_shows_the_same_dates(case: Case) -> None:
    text = _pdf_text(render_plan_van_aanpak(_plan(case), ExportContext(today=case.today))[0])
    unit = "werkdagen" if case.counting is WORKING else "dagen"
    advised, legal = case.letter
    if advised:
        letter = f"uiterlijk {legal}" if advised == legal else \
            f"het liefst uiterlijk {advised}; wettelijk uiterlijk {legal}"
        assert f"Brief aan de geneesheer-directeur (binnen 3 {unit}): {letter}" in text
        assert f"(binnen 2 {unit}): uiterlijk {case.decision}" in text
    advised, legal = case.plan
    plan = f"uiterlijk {legal}" if advised == legal else \
        f"het liefst uiterlijk {advised}; wettelijk uiterlijk {legal}"
    assert f"Plan klaar (binnen 14 {unit}): {plan}" in text
    if case.counting is WORKING:
        assert not NUMBER_OF_DAYS.search(text)


@pytest.mark.parametrize("case", [c for c in CASES if c.name in ("friday", "christmas", "easter",
                                                                   "granted-no-date")],
                         ids=lambda c: f"{c.name}-{c.counting.value}")
def test_the_command_line_shows_the_same_dates(tmp_path: Path, case: Case) -> None:
    source = tmp_path / "plan.json"
    source.write_text(json.dumps(json.loads(_plan(case).model_dump_json())), "utf-8")
    result = subprocess.run([sys.executable, "-m", "crisiskaart", "deadlines", str(source),
                             "--today", case.today.isoformat()], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    for date in _dates_shown(case):
        assert date in result.stdout, date
    if case.counting is WORKING:
        assert "binnen 3 werkdagen" in result.stdout and not NUMBER_OF_DAYS.search(result.stdout)


def test_late_only_after_the_legal_last_day_and_then_what_can_still_be_done(qtbot) -> None:
    plan = _plan(CASES[0])  # told on Friday 27 November 2026
    document = PlanDocument(plan)
    days = iter([D(2026, 11, 30), D(2026, 12, 1), D(2026, 12, 2)])
    today = {"day": next(days)}
    tracker = DeadlineTracker(document, "nl", today=lambda: today["day"])
    qtbot.addWidget(tracker)
    letter = tracker.step_labels[Step.LETTER]
    assert "vandaag is de aangeraden laatste dag" in letter.text()
    today["day"] = next(days)
    tracker.refresh()
    assert "vandaag is wettelijk de laatste dag (dinsdag 1 december 2026)" in letter.text()
    assert "Te laat" not in letter.text()
    today["day"] = next(days)
    tracker.refresh()
    assert "! Te laat: de wettelijke termijn liep tot en met dinsdag 1 december 2026." in letter.text()
    assert "geef het aan de rechter bij de zitting" in tracker.next_label.text()
    assert letter.accessibleName().startswith(
        "1. Brief aan de geneesheer-directeur (binnen 3 dagen): ! Te laat")


@pytest.mark.parametrize("case", [c for c in CASES if c.name == "granted-no-date"],
                         ids=lambda c: c.counting.value)
def test_a_decision_without_its_date_is_asked_for_everywhere(qtbot, tmp_path: Path, case: Case) -> None:
    """Allowed, but when? The advised date counts from the earliest day the decision may have come,
    never from the latest; the tracker, the plan PDF and the command line ask for the date."""
    ask = "Vul de datum van het besluit in zodra je die weet."
    advised, legal = case.plan
    tracker = DeadlineTracker(PlanDocument(_plan(case)), "nl", today=lambda: case.today)
    qtbot.addWidget(tracker)
    assert ask in " ".join(tracker.notes_label.text().split())
    assert f"het liefst uiterlijk {advised}" in " ".join(tracker.step_labels[Step.PLAN].text().split())
    text = _pdf_text(render_plan_van_aanpak(_plan(case), ExportContext(today=case.today))[0])
    assert ask in text and f"het liefst uiterlijk {advised}; wettelijk uiterlijk {legal}" in text
    source = tmp_path / "plan.json"
    source.write_text(_plan(case).model_dump_json(), "utf-8")
    result = subprocess.run([sys.executable, "-m", "crisiskaart", "deadlines", str(source),
                             "--today", case.today.isoformat()], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert ask in " ".join(result.stdout.split()) and advised in result.stdout and legal in result.stdout
