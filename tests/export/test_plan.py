"""The full A4 crisisplan (PDF and HTML): order, headings, header, page x of y, signatures, metadata."""

from __future__ import annotations

import io
import re

import pypdf
from export_support import page_text, reference_context

from crisiskaart.export.plan_document import plan_document, section_order, signature_blocks
from crisiskaart.export.plan_html import render_plan_html
from crisiskaart.export.plan_pdf import render_plan_pdf
from crisiskaart.model import CrisisPlan, field_label
from crisiskaart.model.sections import CardSection

A4 = [0, 0, 595.2756, 841.8898]


def test_pdf_pages_header_footer_and_metadata(plan: CrisisPlan) -> None:
    data, notices = render_plan_pdf(plan, reference_context())
    assert notices == []
    reader = pypdf.PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    assert total >= 3
    for number, page in enumerate(reader.pages, start=1):
        assert [round(float(v), 2) for v in page.mediabox] == [round(v, 2) for v in A4]
        text = page.extract_text()
        assert "Noor Bakker · versie 3 · geldig tot 1 oktober 2027" in text
        assert f"pagina {number} van {total}" in text
    assert reader.metadata.title == "Crisisplan van Noor Bakker"
    assert reader.metadata.author == "Noor Bakker"
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"


def test_every_section_in_the_persons_order_with_everything(plan: CrisisPlan) -> None:
    plan.card_order = list(reversed(CardSection))
    order = section_order(plan)
    assert order.index("practical") < order.index("my_crisis")
    assert order[0] == "personal" and order[-2:] == ["sign_offs", "management"]
    data, _ = render_plan_pdf(plan, reference_context())
    text = " ".join(page_text(data).split())
    positions = [text.index(field_label(key)) for key in order]
    assert positions == sorted(positions)
    # plan-only items are in the plan: diagnosis, the do-not-call contact, triggers, the bewindvoerder
    for plan_only in ("Schizoaffectieve stoornis", "Mark Bakker", "Ruzie met mijn huisbaas", "R. Öztürk"):
        assert plan_only in text


def test_signature_blocks_for_the_person_and_everyone_named(plan: CrisisPlan) -> None:
    blocks = signature_blocks(plan, "nl")
    names = [b.name for b in blocks]
    assert names[0] == "Noor Bakker"
    # sign-offs, then named contacts and professionals not yet there; never the do-not-call father
    assert names == [
        "Noor Bakker",
        "Anna Bakker",
        "Sem de Wit",
        "FACT-team Oost",
        "Dokter E. Jansen",
        "R. Öztürk",
    ]
    data, _ = render_plan_pdf(plan, reference_context())
    text = page_text(data)
    assert len(re.findall("Handtekening", text)) == len(blocks)
    assert "Ik zorg voor de kat en open de deur met de reservesleutel." in " ".join(text.split())


def test_english(plan: CrisisPlan) -> None:
    data, _ = render_plan_pdf(plan, reference_context(language="en"))
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert "page 1 of" in reader.pages[0].extract_text()
    assert plan_document(plan, reference_context(language="en")).sections[0].title == "Personal details"


def test_html_is_semantic_and_printable(plan: CrisisPlan) -> None:
    document = render_plan_html(plan, reference_context())
    assert document.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert document.count("<h1>") == 1
    assert document.count("<h2 ") == len(section_order(plan))
    assert "@media print" in document and '<meta charset="utf-8">' in document
    assert "<script" not in document and "http" not in document.split("<body>")[1]
    assert 'class="signature"' in document
    english = render_plan_html(plan, reference_context(language="en"))
    assert '<html lang="en">' in english and "Signatures and agreements" in english
