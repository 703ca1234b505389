"""The eigen plan van aanpak and its letter as PDFs: the person's words and the computed dates, read
back with pypdf; signature blocks; minors; the CLI formats."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from export_support import page_text

from crisiskaart.export.context import ExportContext
from crisiskaart.export.pva_document import pva_document, signature_blocks
from crisiskaart.export.pva_pdf import render_letter, render_plan_van_aanpak, write_letter
from crisiskaart.model import CrisisPlan, example_plan
from crisiskaart.model.deadlines import DayCounting
from crisiskaart.model.plan_van_aanpak import (
    ActionTopic,
    Addressee,
    EigenPlanVanAanpak,
    Helper,
    PlannedAction,
)

D = dt.date


def _plain(text: str) -> str:
    return " ".join(text.split())


def _plan(**changes: object) -> CrisisPlan:
    plan = CrisisPlan()
    plan.personal.full_name = "Mehmet Yılmaz"
    plan.personal.preferred_name = "Mem"
    plan.personal.address.street = "Lindenlaan 4"
    plan.personal.address.postcode = "3511 AA"
    plan.personal.address.city = "Utrecht"
    plan.plan_van_aanpak = EigenPlanVanAanpak(
        announced_on=D(2028, 2, 28),
        addressee=Addressee(name="mw. dr. S. de Vries", institution="GGZ Centraal <Noord>"),
        my_situation="Ik slaap al weken slecht & ik ben bang.",
        my_request_for_help="Ik wil hulp bij mijn schulden.",
        solutions="Een vaste dagstructuur.",
        actions=[PlannedAction(topic=ActionTopic.SAFETY, what="Ik bel Fatma als ik niet kan slapen.",
                               who="Mem en Fatma", when="elke nacht"),
                 PlannedAction(topic=ActionTopic.TREATMENT, what="Wekelijks gesprek.",
                               who="FACT-team Zuid", when="dinsdag")],
        helpers=[Helper(name="Fatma Yılmaz", relation="zus", agrees_to="Ik neem op, ook 's nachts.")],
    )
    for key, value in changes.items():
        setattr(plan.plan_van_aanpak, key, value)
    return plan


def test_plan_holds_the_persons_words_and_the_deadlines() -> None:
    pdf, notices = render_plan_van_aanpak(_plan(), ExportContext(today=D(2028, 2, 29)))
    text = _plain(page_text(pdf))
    for expected in ("Eigen plan van aanpak van Mehmet Yılmaz", "Ik slaap al weken slecht & ik ben bang.",
                     "Ik wil hulp bij mijn schulden.", "Een vaste dagstructuur.",
                     "Ik bel Fatma als ik niet kan slapen.", "GGZ Centraal <Noord>",
                     # announced Monday 28 February 2028, the letter printed (so sent) on the 29th:
                     # 3 / 2 / 14 calendar days over the leap day, the same dates as the letter; the
                     # decision may come the day the letter goes out, so the plan is best ready
                     # 14 days after the 29th
                     "28 februari 2028", "(binnen 3 dagen): uiterlijk donderdag 2 maart 2028",
                     "(binnen 2 dagen): uiterlijk donderdag 2 maart 2028",
                     "(binnen 14 dagen): het liefst uiterlijk dinsdag 14 maart 2028; wettelijk uiterlijk "
                     "donderdag 16 maart 2028", "Kalenderdagen",
                     "op dinsdag 29 februari 2028 verstuurd"):
        assert expected in text, expected
    assert notices == []
    assert pypdf.PdfReader(io.BytesIO(pdf)).metadata.title == "Eigen plan van aanpak van Mehmet Yılmaz"


def test_working_days_change_the_printed_dates() -> None:
    plan = _plan(day_counting=DayCounting.WORKING)
    pdf, _ = render_plan_van_aanpak(plan, ExportContext(today=D(2028, 2, 29)))
    text = _plain(page_text(pdf))
    assert "(binnen 3 werkdagen): uiterlijk donderdag 2 maart 2028" in text
    assert "(binnen 2 werkdagen): uiterlijk donderdag 2 maart 2028" in text
    assert "(binnen 14 werkdagen): het liefst uiterlijk maandag 20 maart 2028; wettelijk uiterlijk " \
        "woensdag 22 maart 2028" in text and "Werkdagen" in text
    assert " dagen)" not in text  # every number of days says "werkdagen"
    letter = _plain(page_text(render_letter(plan, ExportContext(today=D(2028, 2, 29)))[0]))
    assert "binnen 2 werkdagen te beslissen" in letter and "14 werkdagen voor" in letter
    assert "uiterlijk woensdag 22 maart 2028 klaar" in letter


def test_signature_blocks_for_the_person_helpers_and_other_parties() -> None:
    plan = _plan()
    blocks = signature_blocks(plan, plan.plan_van_aanpak, "nl")  # type: ignore[arg-type]
    names = [b.name for b in blocks]
    assert names == ["Mehmet Yılmaz", "Fatma Yılmaz", "FACT-team Zuid"]  # "Mem" is the person
    assert "Ik bel Fatma als ik niet kan slapen." in blocks[1].agreed_to
    assert blocks[2].agreed_to == "Wekelijks gesprek."
    pdf, _ = render_plan_van_aanpak(plan, ExportContext(today=D(2028, 2, 29)))
    text = _plain(page_text(pdf))
    assert text.count("Handtekening") == 3


def test_what_the_crisisplan_holds_is_in_the_plan() -> None:
    pdf, _ = render_plan_van_aanpak(example_plan(), ExportContext(today=D(2026, 11, 20)))
    text = _plain(page_text(pdf))
    assert "Uit mijn crisisplan" in text
    assert "Ik slaap minder dan vijf uur" in text  # a signal
    assert "Praat rustig en zeg wie je bent" in text  # what helps
    assert "Anna Bakker (zus) — 06 0000 0101" in text  # network
    assert "Als het toch misgaat, volg dan mijn crisisplan." in text


@pytest.mark.parametrize(
    ("birth", "sentence"),
    [(D(2013, 6, 1), "Ik ben 14 jaar. Mijn ouders met gezag moeten bij dit plan betrokken zijn."),
     (D(2011, 6, 1), "Ik ben 16 jaar. Ik mag dit plan zelf schrijven."),
     (D(2017, 6, 1), "Ik ben jonger dan 12 jaar.")],
)
def test_minors_are_mentioned_in_plan_and_letter(birth: dt.date, sentence: str) -> None:
    plan = _plan()
    plan.personal.birth_date = birth
    context = ExportContext(today=D(2028, 2, 29))
    assert sentence in _plain(page_text(render_plan_van_aanpak(plan, context)[0]))
    assert sentence in _plain(page_text(render_letter(plan, context)[0]))


def test_adults_get_no_age_sentence() -> None:
    plan = _plan()
    plan.personal.birth_date = D(1990, 1, 1)
    assert "Ik ben" not in _plain(page_text(render_letter(plan, ExportContext(today=D(2028, 2, 29)))[0]))


def test_letter_is_filled_in() -> None:
    pdf, _ = render_letter(_plan(), ExportContext(today=D(2028, 2, 29)))
    text = _plain(page_text(pdf))
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
    for expected in ("Mehmet Yılmaz", "Lindenlaan 4", "3511 AA Utrecht", "mw. dr. S. de Vries",
                     "GGZ Centraal <Noord>", "Utrecht, 29 februari 2028",
                     "Op 28 februari 2028 heb ik gehoord dat er een zorgmachtiging voor mij wordt",
                     "ik laat u weten dat ik een eigen plan van aanpak wil opstellen",
                     "Bij het schrijven helpt mij: Fatma Yılmaz (zus).",
                     # the letter goes out on 29 February: decision by 2 March, plan by 16 March
                     "binnen 2 dagen te beslissen", "uiterlijk donderdag 2 maart 2028",
                     "uiterlijk donderdag 16 maart 2028 klaar",
                     "Geachte mw. dr. S. de Vries,"):
        assert expected.lower() in text.lower(), expected


def test_letter_uses_the_sent_date_and_works_in_english() -> None:
    plan = _plan(letter_sent_on=D(2028, 2, 28))
    text = _plain(page_text(render_letter(plan, ExportContext(language="en", today=D(2028, 3, 10)))[0]))
    assert "Utrecht, 28 February 2028" in text
    assert "I want to write my own plan of action" in text
    assert "within 2 days whether I may write the plan, that is by Wednesday 1 March 2028 at the latest" \
        in text
    assert "ready by Wednesday 15 March 2028 at the latest" in text


def test_letter_and_plan_without_any_plan_of_action(tmp_path: Path) -> None:
    """An empty card still gives a usable letter to fill in by hand, and a plan that says what is missing."""
    plan = CrisisPlan()
    report = write_letter(plan, tmp_path / "brief.pdf", ExportContext(today=D(2026, 11, 20)))
    text = _plain(page_text((tmp_path / "brief.pdf").read_bytes()))
    assert report.written == [tmp_path / "brief.pdf"]
    # Friday 20 November 2026: two days end on Sunday, so the decision is asked for on Monday.
    assert "Aan de geneesheer-directeur" in text and "uiterlijk maandag 23 november 2026" in text
    document = pva_document(plan, ExportContext(today=D(2026, 11, 20)))
    assert any(s.key == "deadlines" for s in document.sections)
    assert "nog niet ingevuld" in _plain(page_text(render_plan_van_aanpak(plan, ExportContext())[0]))


@pytest.mark.parametrize("export_format", ["plan-van-aanpak", "letter"])
def test_cli_exports(tmp_path: Path, export_format: str) -> None:
    source = tmp_path / "plan.json"
    source.write_text(json.dumps(json.loads(_plan().model_dump_json())), "utf-8")
    out = tmp_path / f"{export_format}.pdf"
    command = [sys.executable, "-m", "crisiskaart", "export", str(source), "--format", export_format,
               "-o", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "Mehmet Yılmaz" in page_text(out.read_bytes())
