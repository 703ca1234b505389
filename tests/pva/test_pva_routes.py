"""Where people get stuck, on paper: open agreements, a draft marked CONCEPT, the plan for the court
hearing, the zorgkaart from a realistic crisisplan, and the zelfbinding worksheet that says on every
page that it is not a declaration. Real PDFs, read back with pypdf; the CLI run as a process."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from crisiskaart.app.exporting import ExportRequest, export_plan
from crisiskaart.export.a4_document import WriteLines
from crisiskaart.export.context import ExportContext
from crisiskaart.export.pva_agreements import AgreementState, Gap, agreement_statuses, open_agreements
from crisiskaart.export.pva_hearing import render_hearing_plan
from crisiskaart.export.pva_pdf import render_plan_van_aanpak
from crisiskaart.export.zelfbinding_pdf import render_zelfbinding_worksheet, worksheet_document
from crisiskaart.export.zorgkaart import render_zorgkaart, zorgkaart_document
from crisiskaart.model import CrisisPlan, dump_plan_json, example_plan, format_date, load_plan_json
from crisiskaart.model.plan_van_aanpak import (
    ActionTopic,
    CourtRequest,
    EigenPlanVanAanpak,
    PermissionDecision,
    PlannedAction,
)
from crisiskaart.model.sections import CompulsoryMeasure, CompulsoryPreference, MeasureStance
from crisiskaart.model.zelfbinding import ZelfbindingWorksheet
from crisiskaart.store import Status

D = dt.date
TODAY = D(2026, 12, 1)
MARK = "CONCEPT — nog niet ondertekend"
NOT_VALID_FOOT = "Dit is géén geldige zelfbindingsverklaring (artikel 4:1 Wvggz)."


def pages(pdf: bytes) -> list[str]:
    """The text of each page, with runs of white space (also non-breaking) as one space."""
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return " ".join(pages(pdf))


def _noor() -> CrisisPlan:
    """The example card, whose plan of action has one agreement the FACT-team has not confirmed."""
    return example_plan()


# --- feasibility of the agreements ---------------------------------------------------------------


def test_each_agreement_is_agreed_own_or_open_with_what_is_missing() -> None:
    plan = _noor()
    pva = plan.plan_van_aanpak
    assert pva is not None
    pva.actions += [
        PlannedAction(topic=ActionTopic.BEHAVIOUR, what="Ik ga om 23 uur naar bed.", who="ik",
                      when="elke avond"),
        PlannedAction(topic=ActionTopic.DAYTIME_ACTIVITIES, what="Naar het buurthuis.", who="", when=""),
        PlannedAction(topic=ActionTopic.SAFETY, what="", who="Anna"),  # an empty row: not counted
    ]
    statuses = agreement_statuses(plan)
    assert [s.state for s in statuses] == [AgreementState.AGREED, AgreementState.OPEN, AgreementState.AGREED,
                                           AgreementState.OWN, AgreementState.OPEN]
    fact, buurthuis = open_agreements(plan)
    assert fact.gaps == (Gap.NOT_AGREED,) and fact.parties == ("FACT-team Oost",)  # "Noor en …": Noor is her
    assert buurthuis.gaps == (Gap.NO_WHO, Gap.NO_WHEN)


def test_the_plan_pdf_shows_the_open_agreements_and_then_that_all_are_agreed() -> None:
    plan = _noor()
    context = ExportContext(today=TODAY)
    before = text(render_plan_van_aanpak(plan, context)[0])
    assert "Stand: toegezegd op 22 november 2026" in before
    assert "Stand: nog open: nog niet toegezegd door FACT-team Oost" in before
    assert ("Nog open afspraken • Twee keer per week een gesprek met het FACT-team. — "
            "nog niet toegezegd door FACT-team Oost") in before
    pva = plan.plan_van_aanpak
    assert pva is not None
    pva.actions[1].agreed, pva.actions[1].agreed_on = True, D(2026, 11, 30)
    after = text(render_plan_van_aanpak(plan, context)[0])
    assert "Stand: toegezegd op 30 november 2026" in after
    assert "Nog open afspraken" not in after and "Alle afspraken zijn toegezegd." in after


def test_a_file_from_before_feasibility_opens_and_its_agreements_show_as_open() -> None:
    """Older files have no ``agreed``, ``agreed_on``, ``hearing`` or ``zelfbinding``: they still load."""
    data = json.loads(dump_plan_json(_noor()))
    for action in data["plan_van_aanpak"]["actions"]:
        del action["agreed"], action["agreed_on"]
    del data["plan_van_aanpak"]["hearing"], data["zelfbinding"]
    assert data["schema_version"] == 1
    plan = load_plan_json(json.dumps(data))
    pva = plan.plan_van_aanpak
    assert pva is not None and plan.zelfbinding is None and pva.hearing.requests == []
    assert [a.agreed for a in pva.actions] == [False, False, False]
    assert len(open_agreements(plan)) == 3  # nothing is taken as agreed that nobody confirmed


def test_a_wrong_lawyer_phone_and_an_agreement_in_the_future_are_reported() -> None:
    from crisiskaart.model import validate_plan

    plan = _noor()
    pva = plan.plan_van_aanpak
    assert pva is not None
    pva.hearing.lawyer_phone = "bel maar"
    pva.actions[0].agreed_on = TODAY + dt.timedelta(days=3)
    paths = {issue.path for issue in validate_plan(plan, TODAY)}
    assert ("plan_van_aanpak", "hearing", "lawyer_phone") in paths
    assert ("plan_van_aanpak", "actions", 0, "agreed_on") in paths


# --- a draft to share ------------------------------------------------------------------------------


def test_a_shared_draft_says_concept_on_every_page_even_for_a_signed_version(tmp_path: Path) -> None:
    plan = _noor()  # signed: its ordinary plan of action has no mark
    signed = export_plan(plan, ExportRequest("plan-van-aanpak", tmp_path / "plan.pdf", today=TODAY),
                         status=Status.ACTIEF)
    draft = export_plan(plan, ExportRequest("plan-van-aanpak-concept", tmp_path / "concept.pdf", today=TODAY),
                        status=Status.ACTIEF)
    assert not signed.concept and draft.concept
    assert not any("CONCEPT" in page for page in pages(signed.path.read_bytes()))
    draft_pages = pages(draft.path.read_bytes())
    assert len(draft_pages) >= 2 and all(MARK in page for page in draft_pages)
    # The same plan otherwise: the person's words and the open agreement are in the draft too.
    assert "nog niet toegezegd door FACT-team Oost" in " ".join(draft_pages)


# --- the plan for the court hearing ----------------------------------------------------------------


def _hearing_plan(**changes: object) -> CrisisPlan:
    plan = _noor()
    pva = plan.plan_van_aanpak
    assert pva is not None
    pva.decision, pva.signed_on = PermissionDecision.REFUSED, None
    hearing = pva.hearing
    hearing.court, hearing.judge = "Rechtbank Amsterdam", "mr. A. de Groot"
    hearing.hearing_on, hearing.hearing_time = D(2026, 12, 10), "10.30 uur"
    hearing.location, hearing.case_number = "GGZ Voorbeeld, locatie Oost", "C/13/700000"
    hearing.lawyer, hearing.lawyer_phone = "mr. B. Yilmaz", "020 000 4444"
    hearing.requests = [CourtRequest.MY_PREFERENCES, CourtRequest.NO_AUTHORISATION]
    hearing.request_to_court = "Ik wil thuis blijven met Lotte."
    for key, value in changes.items():
        setattr(hearing, key, value)
    return plan


def test_the_hearing_plan_has_a_cover_for_the_judge_then_the_same_plan_then_the_zorgkaart() -> None:
    plan = _hearing_plan()
    context = ExportContext(today=TODAY, version=4)
    pdf, notices = render_hearing_plan(plan, context)
    hearing_pages = pages(pdf)
    cover = hearing_pages[0]
    for expected in ("Plan voor de zitting van Noor Bakker", "Aan de rechter",
                     "Datum van de zitting: 10 december 2026, 10.30 uur", "Rechtbank: Rechtbank Amsterdam",
                     "Rechter: mr. A. de Groot", "Waar: GGZ Voorbeeld, locatie Oost",
                     "Zaaknummer: C/13/700000",
                     "Advocaat: mr. B. Yilmaz — 020 000 4444", "Geboortedatum: 12 juni 1988",
                     # the requests in the order of the form, whatever order they were ticked in
                     "Wat ik de rechter vraag • Geen zorgmachtiging: dit plan is genoeg "
                     "• Rekening houden met mijn zorgkaart Ik wil thuis blijven met Lotte.",
                     "De geneesheer-directeur heeft besloten dat ik mijn plan niet binnen de gewone termijn "
                     "mocht schrijven.",
                     "Daarna volgt mijn zorgkaart"):
        assert expected in cover, expected
    assert "pagina 1 van" in cover and "Eigen plan van aanpak van" not in cover  # one page, the plan after
    own_plan = pages(render_plan_van_aanpak(plan, context)[0])
    start = next(i for i, page in enumerate(hearing_pages) if "Eigen plan van aanpak van Noor Bakker" in page)
    assert start == 1
    assert "Mijn situatie" in hearing_pages[start] and "Ondertekening" in " ".join(hearing_pages[start:])
    assert len(hearing_pages) - start > len(own_plan) - 1  # the whole plan, and the zorgkaart after it
    assert "Zorgkaart van Noor Bakker" in " ".join(hearing_pages[start + 1:])
    assert all("Noor Bakker · plan voor de zitting (Wvggz)" in page for page in hearing_pages)
    assert notices == []
    assert pypdf.PdfReader(io.BytesIO(pdf)).metadata.title == "Plan voor de zitting van Noor Bakker"


def test_the_hearing_cover_with_little_known_and_a_term_that_passed() -> None:
    plan = CrisisPlan()
    plan.personal.full_name = "Mehmet Yılmaz"
    plan.plan_van_aanpak = EigenPlanVanAanpak(announced_on=D(2026, 11, 2))  # nothing sent since
    cover = pages(render_hearing_plan(plan, ExportContext(today=TODAY))[0])[0]
    assert "Datum van de zitting: nog niet bekend" in cover
    assert "De termijn voor mijn eigen plan van aanpak is voorbij." in cover
    assert "Wat ik de rechter vraag (niets ingevuld)" in cover
    english = pages(render_hearing_plan(plan, ExportContext(today=TODAY, language="en"))[0])[0]
    assert "Plan for the court hearing of Mehmet Yılmaz" in english and "The hearing" in english


def test_a_concept_hearing_plan_carries_the_mark_and_a_signed_one_does_not(tmp_path: Path) -> None:
    """The plan van aanpak's own signature decides, not the card's version (app.context.marks_concept)."""
    plan = _hearing_plan()  # the plan van aanpak is not signed
    concept = export_plan(plan, ExportRequest("hearing-plan", tmp_path / "c.pdf", today=TODAY),
                          status=Status.ACTIEF)
    assert plan.plan_van_aanpak is not None
    plan.plan_van_aanpak.signed_on = D(2026, 12, 9)
    signed = export_plan(plan, ExportRequest("hearing-plan", tmp_path / "s.pdf", today=TODAY),
                         status=Status.CONCEPT)
    assert all(MARK in page for page in pages(concept.path.read_bytes()))
    assert not any("CONCEPT" in page for page in pages(signed.path.read_bytes()))


# --- the zorgkaart -------------------------------------------------------------------------------


def test_the_zorgkaart_gathers_the_preferences_of_a_realistic_crisisplan() -> None:
    plan = _noor()
    plan.treatment.compulsory_care.append(CompulsoryPreference(
        measure=CompulsoryMeasure.SUPERVISION, stance=MeasureStance.ACCEPTABLE,
        explanation="Iemand bij me in de kamer is goed."))
    zorgkaart = text(render_zorgkaart(plan, ExportContext(today=TODAY, version=3))[0])
    for expected in (
        "Zorgkaart van Noor Bakker",
        "moet daarin staan hoe met deze voorkeuren rekening is gehouden",
        # forms of compulsory care, grouped as the person chose
        "Als verplichte zorg nodig is Als het moet, liever dit • Medicijnen: Als het moet, liever een tablet "
        "dan een prik. Dit is goed • Toezicht: Iemand bij me in de kamer is goed. Liever niet • Insluiten: "
        "Insluiten maakt mij veel banger.",
        "Liever een vrouwelijke behandelaar",
        "Waar ik niet heen wil • Kliniek Voorbeeld-Centrum — Daar ben ik gesepareerd; dat wil ik nooit meer.",
        "Medicijnen die niet werken • Haloperidol: ik krijg er erge stijfheid van",
        "Allergieën • Allergisch voor penicilline", "Aripiprazol 10 mg",
        "Wat helpt niet / wat moet je laten • Raak me niet onverwacht aan",
        "Betrek deze mensen • Anna Bakker (zus) — 06 0000 0101",
        "Niet bellen • Mark Bakker (vader) — Wil ik niet betrekken bij een crisis.",
        "Kinderen: Mijn zus Anna haalt mijn dochter Lotte (7) van school.",
        "geldig tot 1 oktober 2027",
    ):
        assert expected in zorgkaart, expected
    assert "Schizoaffectieve" not in zorgkaart  # a diagnosis is not a preference
    involve = zorgkaart.split("Betrek deze mensen", 1)[1].split("Niet bellen", 1)[0]
    assert "Mark Bakker" not in involve  # "niet bellen" is never among the people to involve


def test_an_empty_crisisplan_gives_a_zorgkaart_that_says_what_to_fill_in() -> None:
    document = zorgkaart_document(CrisisPlan(), ExportContext(today=TODAY))
    assert [s.key for s in document.sections] == ["about", "compulsory"]
    written = text(render_zorgkaart(CrisisPlan(), ExportContext(today=TODAY))[0])
    assert "In je crisisplan staan nog geen voorkeuren over zorg." in written
    assert "Als verplichte zorg nodig is (niets ingevuld)" in written


# --- the zelfbinding worksheet -------------------------------------------------------------------


def test_every_page_of_the_worksheet_says_it_is_not_a_valid_declaration() -> None:
    plan = _noor()
    assert plan.zelfbinding is not None
    plan.zelfbinding.questions = "Mag mijn zus erbij zijn? " * 400  # long enough for several pages
    pdf, _ = render_zelfbinding_worksheet(plan, ExportContext(today=TODAY, concept=True))
    sheet = pages(pdf)
    assert len(sheet) >= 3
    for page in sheet:
        assert "Noor Bakker · werkblad, geen geldige zelfbindingsverklaring" in page  # running header
        assert NOT_VALID_FOOT in page
        assert "WERKBLAD — GEEN GELDIGE VERKLARING" in page  # the diagonal mark
        assert "CONCEPT" not in page  # its own mark says more than "not signed yet"
    first = sheet[0]
    for expected in ("Dit is géén geldige zelfbindingsverklaring", "samen met je zorgverantwoordelijke",
                     "Een onafhankelijke arts of andere deskundige verklaart op papier",
                     "zorgmachtiging van de rechter of een crisismaatregel",
                     "a. Wanneer moet je verplichte zorg krijgen, om ernstig nadeel te voorkomen? "
                     "Als ik drie nachten niet slaap",
                     "Vormen van verplichte zorg • Medicijnen • Opname",
                     "Wat je in je crisisplan schreef over verplichte zorg • "
                     "Medicijnen — Als het moet, liever dit"):
        assert expected in first, expected
    whole = " ".join(sheet)
    assert "e. Welke familie en naasten moeten dan gebeld worden? • Anna Bakker (zus) — 06 0000 0101" in whole
    assert "Handtekening" not in whole  # no place to sign: it must never pass for a declaration


def test_an_empty_worksheet_has_lines_to_write_on_and_the_same_labels_in_english() -> None:
    plan = CrisisPlan()
    plan.personal.full_name = "Mehmet Yılmaz"
    plan.zelfbinding = ZelfbindingWorksheet()
    pdf, _ = render_zelfbinding_worksheet(plan, ExportContext(today=TODAY, language="en"))
    sheet = pages(pdf)
    for page in sheet:
        assert "This is not a valid self-binding declaration (article 4:1 Wvggz)." in page
        assert "WORKSHEET — NOT A VALID DECLARATION" in page
    # Under each empty question the ruled lines its tree asks for; a filled-in sheet has none.
    filled = example_plan()
    filled.personal.full_name = "Mehmet Yılmaz"
    asked = sum(block.lines for section in worksheet_document(plan, ExportContext()).sections
                for block in section.blocks if isinstance(block, WriteLines))
    filled_blocks = [b for s in worksheet_document(filled, ExportContext()).sections for b in s.blocks]
    assert asked >= 8 and not any(isinstance(block, WriteLines) for block in filled_blocks)
    filled_pdf, _ = render_zelfbinding_worksheet(filled, ExportContext(today=TODAY, language="en"))
    assert _strokes(pdf) - _strokes(filled_pdf) == asked


def _strokes(pdf: bytes) -> int:
    """Straight lines drawn (the PDF operator "l") on all pages."""
    return sum(len(re.findall(rb" l\b", page.get_contents().get_data()))
               for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


# --- the CLI -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("export_format", "expected"), [
    ("hearing-plan", "Plan voor de zitting van Noor Bakker"),
    ("zorgkaart", "Zorgkaart van Noor Bakker"),
    ("zelfbinding-worksheet", NOT_VALID_FOOT),
    ("plan-van-aanpak-concept", MARK),
])
def test_cli_writes_each_new_format(tmp_path: Path, export_format: str, expected: str) -> None:
    source = tmp_path / "plan.json"
    source.write_text(dump_plan_json(_hearing_plan()), "utf-8")
    out = tmp_path / "uit.pdf"
    command = [sys.executable, "-m", "crisiskaart", "export", str(source), "--format", export_format,
               "-o", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    written = pages(out.read_bytes())
    assert expected in written[0]
    if export_format == "plan-van-aanpak-concept":
        assert all(MARK in page for page in written)
    assert format_date(D(2026, 12, 10), "nl") in " ".join(written) or export_format != "hearing-plan"
