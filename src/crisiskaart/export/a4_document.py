"""Document trees (``plan_document``'s blocks) on A4, laid out exactly like the crisisplan PDF.

The plan for the court hearing, the zorgkaart and the zelfbinding worksheet are views over the same
plan; they share the crisisplan's styles, blocks, running header and "pagina x van y", so each of
them only decides *what* it says. Two blocks are drawn only here: a framed notice (what a worksheet
is not) and ruled lines to write an answer on by hand. A document of several parts (a cover, then the
plan) starts each part on a new page.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph

from crisiskaart.export.a4_page import a4_template
from crisiskaart.export.concept_mark import COLOUR
from crisiskaart.export.context import ExportContext, NotFitted
from crisiskaart.export.fonts import CELL_FONT, printable
from crisiskaart.export.plan_document import Notice, PlanDocument, WriteLines
from crisiskaart.export.plan_pdf import MARGIN, MUTED, _block, _numbered_canvas, _styles, _Text, page_marks

PageDecoration = Callable[[Canvas, object], None]


@dataclass(frozen=True)
class Part:
    """One part of the PDF, from a new page: its title, a line under it, and its sections."""

    document: PlanDocument
    subtitle: str = ""


def _notice(block: Notice, styles: dict, text: _Text) -> Flowable:
    cells: list[list[Flowable]] = [[RLParagraph(text(block.heading), styles["h3"])]]
    cells += [[RLParagraph(text(p), styles["body"])] for p in block.paragraphs]
    cells += [[RLParagraph(text(p), styles["bullet"], bulletText="•")] for p in block.points]
    table = Table(cells, colWidths=[A4[0] - 2 * MARGIN - 12], hAlign="LEFT")
    table.setStyle(TableStyle([
        CELL_FONT, ("BOX", (0, 0), (-1, -1), 1.2, COLOUR),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]))
    return table


def _write_lines(block: WriteLines, styles: dict, text: _Text) -> Flowable:
    flow: list[Flowable] = [RLParagraph(text(block.label), styles["h3"])] if block.label else []
    table = Table([[""] for _ in range(block.lines)], colWidths=[A4[0] - 2 * MARGIN - 12],
                  rowHeights=[9 * mm] * block.lines, hAlign="LEFT")
    table.setStyle(TableStyle([CELL_FONT, ("LINEBELOW", (0, 0), (-1, -1), 0.5, MUTED)]))
    return KeepTogether([*flow, table])


def blocks_story(part: Part, styles: dict, text: _Text, language: str) -> list[Flowable]:
    document = part.document
    story: list[Flowable] = [RLParagraph(text(document.title), styles["title"])]
    if part.subtitle:
        story.append(RLParagraph(text(part.subtitle), styles["subtitle"]))
    for section in document.sections:
        text.section = section.key
        story += [CondPageBreak(30 * mm), RLParagraph(text(section.title), styles["h2"])]
        for block in section.blocks:
            if isinstance(block, Notice):
                story += [_notice(block, styles, text), Spacer(1, 3 * mm)]
            elif isinstance(block, WriteLines):
                story.append(_write_lines(block, styles, text))
            else:
                story += _block(block, styles, text, language)
    return story


def render_parts(parts: Sequence[Part], context: ExportContext,
                 decoration: PageDecoration | None = None) -> tuple[bytes, list[NotFitted]]:
    """The parts one after another, each from a new page, with the first part's running header.

    ``decoration`` is drawn first on every page (under the text); without it a concept gets the
    CONCEPT mark, as every A4 export does.
    """
    language = context.language
    styles = _styles()
    text = _Text(language)
    story: list[Flowable] = []
    for number, part in enumerate(parts):
        if number:
            story.append(PageBreak())
        story += blocks_story(part, styles, text, language)
    first = parts[0].document
    buffer = io.BytesIO()
    template = a4_template(buffer, first.title, first.name, language)
    marks = ({"onFirstPage": decoration, "onLaterPages": decoration} if decoration is not None
             else page_marks(context.concept, language))
    template.build(story, canvasmaker=_numbered_canvas(printable(first.header)[0], language), **marks)
    return buffer.getvalue(), list(dict.fromkeys(text.notices))
