"""Formats ``plan-van-aanpak`` and ``letter``: the eigen plan van aanpak and its letter as A4 PDFs.

The plan is laid out exactly like the A4 crisisplan (plan_pdf's styles, blocks, signature blocks
and numbered pages), from its own document tree (pva_document). The letter is one page with the
usual Dutch letter layout and a place to sign. Both embed the font, escape the person's words and
are written atomically (docs/plan-van-aanpak.md).
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as RLParagraph

from crisiskaart.export.a4_page import a4_template
from crisiskaart.export.context import ExportContext, ExportReport, NotFitted
from crisiskaart.export.fonts import CELL_FONT, printable
from crisiskaart.export.output import write_output
from crisiskaart.export.plan_pdf import MUTED, _block, _numbered_canvas, _styles, _Text, page_marks
from crisiskaart.export.pva_document import pva_document, subtitle
from crisiskaart.export.pva_letter import build_letter
from crisiskaart.export.pva_texts import pva_text
from crisiskaart.export.texts import export_text
from crisiskaart.model.plan import CrisisPlan


def render_plan_van_aanpak(plan: CrisisPlan, context: ExportContext) -> tuple[bytes, list[NotFitted]]:
    document = pva_document(plan, context)
    styles = _styles()
    text = _Text(context.language)
    story: list[Flowable] = [
        RLParagraph(text(document.title), styles["title"]),
        RLParagraph(text(subtitle(plan, context)), styles["subtitle"]),
    ]
    for section in document.sections:
        text.section = section.key
        story += [CondPageBreak(30 * mm), RLParagraph(text(section.title), styles["h2"])]
        for block in section.blocks:
            story += _block(block, styles, text, context.language)
    buffer = io.BytesIO()
    template = a4_template(buffer, document.title, document.name, context.language)
    header = printable(document.header)[0]
    template.build(story, canvasmaker=_numbered_canvas(header, context.language),
                   **page_marks(context.concept, context.language))
    return buffer.getvalue(), list(dict.fromkeys(text.notices))


def render_letter(plan: CrisisPlan, context: ExportContext) -> tuple[bytes, list[NotFitted]]:
    letter = build_letter(plan, context)
    language = context.language
    styles = _styles()
    body = styles["body"]
    text = _Text(language)
    text.section = "letter"

    def lines(values: list[str]) -> RLParagraph:
        return RLParagraph("<br/>".join(text(v) for v in values), body)

    story: list[Flowable] = [
        lines(letter.sender), Spacer(1, 12 * mm), lines(letter.recipient), Spacer(1, 12 * mm),
        RLParagraph(text(letter.place_and_date), body), Spacer(1, 6 * mm),
        RLParagraph(f"<b>{text(pva_text('subject_line', language, subject=letter.subject))}</b>", body),
        Spacer(1, 6 * mm),
        RLParagraph(text(letter.salutation), body), Spacer(1, 2 * mm),
    ]
    for paragraph in letter.paragraphs:
        story += [RLParagraph(text(paragraph), body), Spacer(1, 2 * mm)]
    story += [Spacer(1, 4 * mm), RLParagraph(text(letter.closing), body)]
    signature = Table([[RLParagraph(text(export_text("signature", language)), styles["small"])]],
                      colWidths=[80 * mm], rowHeights=[18 * mm], hAlign="LEFT")
    signature.setStyle(TableStyle([
        CELL_FONT, ("LINEBELOW", (0, 0), (0, 0), 0.5, MUTED), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    story += [signature, Spacer(1, 2 * mm), RLParagraph(text(letter.name), body)]
    buffer = io.BytesIO()
    template = a4_template(buffer, pva_text("letter_title", language), letter.name, language)
    template.build(story, **page_marks(context.concept, language))
    return buffer.getvalue(), list(dict.fromkeys(text.notices))


def write_plan_van_aanpak(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    data, notices = render_plan_van_aanpak(plan, context)
    return write_output(destination, data, notices)


def write_letter(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    data, notices = render_letter(plan, context)
    return write_output(destination, data, notices)
