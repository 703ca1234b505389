"""The A4 exports' Paragraph breaks its lines once per width and prints exactly what reportlab's does."""

from __future__ import annotations

import io

import pytest
from export_support import reference_context, stress_plan
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, SimpleDocTemplate
from reportlab.platypus import Paragraph as ReportlabParagraph

from crisiskaart.export import plan_pdf
from crisiskaart.export.fonts import BOLD, REGULAR, register_fonts
from crisiskaart.export.paragraph import Paragraph
from crisiskaart.model import example_plan


def _counting(base: type) -> type:
    class Counting(base):  # type: ignore[misc, valid-type]
        breaks = 0

        def breakLines(self, widths):
            type(self).breaks += 1
            return super().breakLines(widths)

    return Counting


def _document(paragraph: type) -> bytes:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5)
    heading = ParagraphStyle("h3", parent=body, fontName=BOLD, keepWithNext=1)
    text = "Bel eerst mijn zus; daarna de praktijkondersteuner. " * 12
    story = []
    for number in range(40):  # enough to need page breaks inside kept-together groups
        story += [paragraph(f"<b>Punt {number}</b>", heading), paragraph(text, body)]
        story.append(KeepTogether([paragraph("Handtekening", heading), paragraph(text[:300], body)]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def test_lines_are_broken_once_per_width_with_the_same_pdf() -> None:
    ours, theirs = _counting(Paragraph), _counting(ReportlabParagraph)
    assert _document(ours) == _document(theirs)
    assert ours.breaks < theirs.breaks  # keepWithNext and KeepTogether measured them again


@pytest.mark.parametrize("make", [example_plan, stress_plan], ids=["example", "long texts"])
def test_the_plan_pdf_is_what_reportlabs_paragraph_gives(make, monkeypatch: pytest.MonkeyPatch) -> None:
    plan, context = make(), reference_context()
    ours, _ = plan_pdf.render_plan_pdf(plan, context)
    monkeypatch.setattr(plan_pdf, "RLParagraph", ReportlabParagraph)
    theirs, _ = plan_pdf.render_plan_pdf(plan, context)
    assert ours == theirs
