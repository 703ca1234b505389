"""Every export through the application layer, to real files, with the CONCEPT mark where it belongs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path

import pytest
import zxingcpp
from app_support import (
    MARK_EN,
    MARK_NL,
    PASSPHRASE,
    make_card,
    page_texts,
    qr_texts,
    red_pixels,
    rendered,
    unsigned_plan,
)
from PIL import Image

from crisiskaart.app.context import export_context, is_concept
from crisiskaart.app.errors import DestinationExists, FormatUnavailable, LinkNeedsCard
from crisiskaart.app.exporting import PDF_FORMATS, ExportRequest, export_plan, needs_new_link, render_pdf
from crisiskaart.export.card_geometry import BLEED, MARGIN, PANEL_HEIGHT, PANEL_WIDTH, Face, back_face
from crisiskaart.export.formats import FORMATS
from crisiskaart.export.qr_drawing import qr_matrix, qr_placement
from crisiskaart.export.wallet_pdf import render_wallet_card
from crisiskaart.model import example_plan
from crisiskaart.model.responder_link import new_responder_link
from crisiskaart.store import Status, open_card
from crisiskaart.summary import responder_qr_text

TODAY = dt.date(2026, 12, 1)


def _export(folder: Path, plan, export_format: str, status: Status | None = None, **request: object):
    folder.mkdir(parents=True, exist_ok=True)
    destination = folder / f"uit{FORMATS[export_format].suffix}"
    return export_plan(plan, ExportRequest(export_format, destination, today=TODAY, **request), status=status)


# The card's version decides for the card, the plan and the zorgkaart. The Wvggz papers follow the
# plan van aanpak (below); the zelfbinding worksheet always carries its own "not a valid
# declaration" instead (tests/pva/test_pva_routes.py).
WVGGZ_PAPERS = ("plan-van-aanpak", "hearing-plan", "letter", "plan-van-aanpak-concept",
                "zelfbinding-worksheet")


def _unsigned_plan_van_aanpak(plan):
    assert plan.plan_van_aanpak is not None
    plan.plan_van_aanpak.signed_on = None
    return plan


@pytest.mark.parametrize("export_format", [f for f in PDF_FORMATS if f not in WVGGZ_PAPERS])
def test_every_page_of_a_concept_says_so_and_a_signed_version_does_not(tmp_path: Path, export_format) -> None:
    concept = _export(tmp_path / "concept", unsigned_plan(), export_format)
    signed = _export(tmp_path / "signed", example_plan(), export_format)
    assert concept.concept and not signed.concept
    concept_pages = page_texts(concept.path.read_bytes())
    signed_pages = page_texts(signed.path.read_bytes())
    assert concept_pages and all(MARK_NL in text for text in concept_pages)
    assert not any("CONCEPT" in text for text in signed_pages)
    assert len(concept_pages) == len(signed_pages)  # the mark moves nothing to another page


@pytest.mark.parametrize("export_format", ["plan-van-aanpak", "hearing-plan"])
def test_the_plan_van_aanpak_is_marked_by_its_own_signature_not_the_cards(
        tmp_path: Path, export_format) -> None:
    unsigned = _export(tmp_path / "unsigned", _unsigned_plan_van_aanpak(example_plan()), export_format,
                       status=Status.ACTIEF)  # the card itself was signed
    signed = _export(tmp_path / "signed", unsigned_plan(), export_format, status=Status.CONCEPT)
    assert unsigned.concept and not signed.concept
    unsigned_pages = page_texts(unsigned.path.read_bytes())
    assert unsigned_pages and all(MARK_NL in text for text in unsigned_pages)
    assert not any("CONCEPT" in text for text in page_texts(signed.path.read_bytes()))


def test_the_letter_to_the_geneesheer_directeur_never_says_concept(tmp_path: Path) -> None:
    """It is signed by hand and sent as it is: a letter marked CONCEPT is no request."""
    plan = _unsigned_plan_van_aanpak(unsigned_plan())
    for status in (Status.CONCEPT, None):
        outcome = _export(tmp_path / str(status), plan, "letter", status=status)
        assert not outcome.concept
        texts = page_texts(outcome.path.read_bytes())
        assert texts and not any("CONCEPT" in text for text in texts)
        assert any("geneesheer-directeur" in text for text in texts)


@pytest.mark.parametrize("export_format", ["wallet-sheet", "plan", "plan-van-aanpak"])
def test_the_mark_is_in_the_language_of_the_export(tmp_path: Path, export_format: str) -> None:
    outcome = _export(tmp_path, _unsigned_plan_van_aanpak(unsigned_plan()), export_format, language="en")
    texts = page_texts(outcome.path.read_bytes())
    assert all(MARK_EN in text and "CONCEPT" not in text for text in texts)


def test_the_versions_status_decides_not_the_signing_date(tmp_path: Path) -> None:
    assert is_concept(example_plan(), Status.CONCEPT)  # signed on paper, but this version is a concept
    assert not is_concept(unsigned_plan(), Status.ONDERTEKEND)
    assert not is_concept(unsigned_plan(), Status.INGETROKKEN)
    assert is_concept(unsigned_plan(), None) and not is_concept(example_plan(), None)
    outcome = export_plan(example_plan(), ExportRequest("plan", tmp_path / "p.pdf"), status=Status.CONCEPT)
    assert all(MARK_NL in text for text in page_texts(outcome.path.read_bytes()))


def test_the_html_plan_of_a_concept_has_a_visible_banner(tmp_path: Path) -> None:
    concept = _export(tmp_path, unsigned_plan(), "html").path.read_text("utf-8")
    assert f'<p class="concept" role="note">{MARK_NL}</p>' in concept
    assert concept.index('class="concept"') < concept.index("<main>")  # first thing on the page
    signed = _export(tmp_path / "signed", example_plan(), "html").path.read_text("utf-8")
    assert 'class="concept"' not in signed and MARK_NL not in signed


def test_every_format_writes_a_real_file(tmp_path: Path) -> None:
    plan = unsigned_plan()
    organisation = tmp_path / "org.json"  # the website folder is the summary behind a viewer address
    organisation.write_text(json.dumps({"name": "Test", "viewer_url": "https://kaart.example.org/v/"}))
    plan.responder_link = new_responder_link()
    for export_format in FORMATS:
        extra = {"organisation_file": organisation} if export_format == "summary-site" else {}
        outcome = _export(tmp_path / export_format, plan, export_format, **extra)
        assert outcome.path.exists() and outcome.written
        assert all(path.exists() for path in outcome.written)
    qr_text = responder_qr_text(plan, export_context(plan, "qr-png")).text
    [decoded] = zxingcpp.read_barcodes(Image.open(tmp_path / "qr-png" / "uit.png"))
    assert decoded.text == qr_text and qr_text.startswith("BEGIN:VCARD")
    assert (tmp_path / "qr-svg" / "uit.svg").read_text().startswith("<svg")
    assert "Noor Bakker" in (tmp_path / "summary-text" / "uit.txt").read_text("utf-8")
    site = tmp_path / "summary-site" / "uit"
    assert (site / "index.html").exists() and (site / "s" / f"{plan.responder_link.id}.jwe").exists()
    assert (tmp_path / "html" / "uit.html").read_bytes().startswith(b"<!DOCTYPE html>")


@pytest.mark.parametrize("export_format", PDF_FORMATS)
@pytest.mark.parametrize("status", [None, Status.CONCEPT, Status.ACTIEF])
def test_printing_gives_exactly_the_exported_file(tmp_path: Path, export_format: str, status) -> None:
    plan = unsigned_plan()
    outcome = export_plan(plan, ExportRequest(export_format, tmp_path / "uit.pdf", version=4, today=TODAY),
                          status=status)
    printed = render_pdf(plan, export_format, language="nl", version=4, status=status, today=TODAY)
    assert printed == outcome.path.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit.pdf"]  # printing wrote nothing


def test_printing_refuses_what_is_not_a_pdf() -> None:
    with pytest.raises(FormatUnavailable):
        render_pdf(example_plan(), "html", language="nl")


def _panel(face: Face, panels: int) -> tuple[float, float, float, float]:
    y = BLEED + (panels - 1 - face.index) * PANEL_HEIGHT
    return (BLEED, y, BLEED + PANEL_WIDTH, y + PANEL_HEIGHT)


@pytest.mark.parametrize("size", ["example", "five panels"])
def test_the_mark_is_inside_every_panel_and_keeps_off_the_qr(size: str) -> None:
    plan = unsigned_plan() if size == "example" else _stress_plan()
    context = export_context(plan, "wallet-card", version=3, status=Status.CONCEPT, today=TODAY)
    result = render_wallet_card(plan, context)
    panels, height = result.panel_count, result.page_size[1]
    assert panels == (4 if size == "example" else 5)
    qr = qr_placement(len(qr_matrix(responder_qr_text(plan, export_context(plan)).text)),
                      PANEL_HEIGHT - 2 * MARGIN)
    qr_side = qr.total - qr.reach  # the quiet zone starts ``reach`` into the left margin
    for page, side in enumerate("AB"):
        image = rendered(result.pdf, page)
        for index in range(panels):
            face = Face(side, index)
            x0, y0, x1, y1 = _panel(face, panels)
            inside = (x0 + MARGIN, y0 + MARGIN, x1 - MARGIN, y1 - MARGIN)
            assert red_pixels(image, inside, height) > 500, face  # a cut-out panel still shows it
            edge = MARGIN - 0.5
            for ring in ((x0, y0, x0 + edge, y1), (x1 - edge, y0, x1, y1),
                         (x0, y0, x1, y0 + edge), (x0, y1 - edge, x1, y1)):
                assert red_pixels(image, ring, height) == 0, (face, ring)  # never into cut or fold
            if face == back_face(panels):  # the QR with its quiet zone, left of the text column
                assert red_pixels(image, (x0, y0, x0 + MARGIN + qr_side, y1), height) == 0
    signed = render_wallet_card(plan, dataclasses.replace(context, concept=False))
    assert qr_texts(result.pdf) == qr_texts(signed.pdf) != []  # phones read the concept's QR the same


def test_an_existing_file_is_only_replaced_when_asked(tmp_path: Path) -> None:
    destination = tmp_path / "plan.pdf"
    destination.write_bytes(b"oud")
    with pytest.raises(DestinationExists):
        export_plan(example_plan(), ExportRequest("plan", destination))
    assert destination.read_bytes() == b"oud"
    export_plan(example_plan(), ExportRequest("plan", destination, overwrite=True))
    assert destination.read_bytes().startswith(b"%PDF")


def _stress_plan():
    """Far more than a card holds (the export tests' plan): five panels, much cut."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
    from export_support import stress_plan

    return stress_plan()


def test_what_did_not_fit_is_told_in_the_same_words_as_the_cli(tmp_path: Path) -> None:
    outcome = _export(tmp_path, _stress_plan(), "wallet-card", language="en")
    lines = outcome.not_fitted_lines("en")
    assert len(lines) == len(outcome.not_fitted) > 10
    assert any(line.startswith("For emergency services: “Punt") for line in lines)
    assert outcome.qr_left_out and outcome.qr_left_out_line("en").startswith("not in the QR code (but on")
    assert not _export(tmp_path / "plan", example_plan(), "plan").qr_left_out  # only the card has a QR


def test_a_linked_qr_key_is_made_once_and_kept_in_the_card(tmp_path: Path) -> None:
    organisation = tmp_path / "org.json"
    organisation.write_text(json.dumps({"name": "Test", "viewer_url": "https://kaart.example.org/v/"}))
    plan = example_plan().model_copy(update={"responder_link": None})
    request = ExportRequest("wallet-card", tmp_path / "een.pdf", organisation_file=organisation)
    assert needs_new_link(plan, request)
    with pytest.raises(LinkNeedsCard):
        export_plan(plan, request)
    assert not request.destination.exists()
    path = make_card(tmp_path / "k.crisiskaart", plan, Status.ONDERTEKEND)
    with open_card(path, passphrase=PASSPHRASE, writable=True) as card:
        first = export_plan(plan, request, card=card, status=Status.ONDERTEKEND)
        assert first.link_created_version == 2 == len(card.versions)
        assert card.versions[-1].status is Status.CONCEPT  # the key is new content: a new concept
    assert first.concept  # what was printed is that new concept version
    [link] = qr_texts(request.destination.read_bytes())
    assert link.startswith("https://kaart.example.org/v/#ck2.")
    with open_card(path, passphrase=PASSPHRASE, writable=True) as card:
        again = export_plan(first.plan, ExportRequest("wallet-sheet", tmp_path / "twee.pdf",
                                                      organisation_file=organisation), card=card)
        assert again.link_created_version is None and len(card.versions) == 2
    assert set(qr_texts((tmp_path / "twee.pdf").read_bytes())) == {link}  # printed cards keep working


def test_a_format_that_is_not_there_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(FormatUnavailable):
        export_plan(example_plan(), ExportRequest("later", tmp_path / "x"))
    assert list(tmp_path.iterdir()) == []
