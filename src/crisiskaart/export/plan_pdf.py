"""The full crisisplan on A4 (docs/export-plan.md): every section, the person's own words, signatures.

Each page has a header with name, version and geldig tot and a footer "pagina x van y" (the total
is known only at the end, so pages are drawn once the document is complete). User text is
escaped before it becomes a Paragraph: "<b>" or "&amp;" in a name print as typed.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from crisiskaart.export.a4_page import MARGIN, a4_template
from crisiskaart.export.concept_mark import PAGE, draw_concept_mark
from crisiskaart.export.context import ExportContext, ExportReport, NotFitted
from crisiskaart.export.fonts import BOLD, CELL_FONT, REGULAR, printable, register_fonts
from crisiskaart.export.output import write_output
from crisiskaart.export.paragraph import Paragraph as RLParagraph
from crisiskaart.export.plan_document import (
    Bullets,
    Entry,
    Paragraph,
    PlanDocument,
    SignatureBlock,
    plan_document,
)
from crisiskaart.export.shaping import draw_string, paragraph_text
from crisiskaart.export.texts import export_text
from crisiskaart.model.labels import field_label
from crisiskaart.model.plan import CrisisPlan

ACCENT = HexColor("#1F4E79")
MUTED = HexColor("#555555")


def page_box() -> tuple[float, float, float, float]:
    """The text area of an A4 page (x, y, width, height): where the CONCEPT mark goes."""
    width, height = A4
    return MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN


def page_marks(concept: bool, language: str) -> dict[str, Callable[[Canvas, object], None]]:
    """``build()`` arguments that draw the CONCEPT mark first on every page, under the text.

    Nothing for a signed version, so its file stays byte for byte what it was.
    """
    if not concept:
        return {}

    def mark(canvas: Canvas, _document: object) -> None:
        draw_concept_mark(canvas, page_box(), language, PAGE)

    return {"onFirstPage": mark, "onLaterPages": mark}


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, spaceAfter=3)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=18, leading=22, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, textColor=MUTED, spaceAfter=10),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=BOLD, fontSize=10.5, spaceBefore=5, spaceAfter=2, keepWithNext=1
        ),
        "body": body,
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=16, bulletIndent=5, bulletFontName=REGULAR
        ),
        "row": ParagraphStyle("row", parent=body, leftIndent=8, spaceAfter=1.5),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
    }


class _Text:
    """Escapes user text for Paragraph markup and reports characters the font cannot print.

    Hebrew and Arabic come out shaped and in visual order, line by line (export/shaping.py).
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self.notices: list[NotFitted] = []
        self.section = ""

    def __call__(self, text: str) -> str:
        cleaned, replaced = printable(text)
        if replaced:
            self.notices.append(
                NotFitted(
                    self.section, " ".join(text.split())[:40], export_text("reason_glyph", self.language)
                )
            )
        return escape(paragraph_text(cleaned)).replace("\n", "<br/>")


def _flowables(document: PlanDocument, styles: dict[str, ParagraphStyle], text: _Text) -> list[Flowable]:
    language = document.language
    story: list[Flowable] = [
        RLParagraph(text(document.title), styles["title"]),
        RLParagraph(text(document.header), styles["subtitle"]),
    ]
    for section in document.sections:
        text.section = section.key
        story += [CondPageBreak(30 * mm), RLParagraph(text(section.title), styles["h2"])]
        if section.key == "sign_offs":
            story.append(RLParagraph(text(export_text("signatures_intro", language)), styles["body"]))
        for block in section.blocks:
            story += _block(block, styles, text, language)
    return story


def _label(label: str, text: _Text) -> str:
    return f"<b>{text(label)}:</b> " if label else ""


def _block(block: object, styles: dict[str, ParagraphStyle], text: _Text, language: str) -> list[Flowable]:
    if isinstance(block, Paragraph):
        return [RLParagraph(_label(block.label, text) + text(block.text), styles["body"])]
    if isinstance(block, Bullets):
        flow: list[Flowable] = [RLParagraph(text(block.label), styles["h3"])] if block.label else []
        return flow + [RLParagraph(text(item), styles["bullet"], bulletText="•") for item in block.items]
    if isinstance(block, Entry):
        flow = [RLParagraph(text(block.title), styles["h3"])] if block.title else []
        flow += [RLParagraph(_label(label, text) + text(value), styles["row"]) for label, value in block.rows]
        return flow  # the title keeps with its first row (keepWithNext); no KeepTogether re-wrapping
    if isinstance(block, SignatureBlock):
        return [_signature(block, styles, text, language)]
    raise TypeError(type(block).__name__)


def _signature(
    block: SignatureBlock, styles: dict[str, ParagraphStyle], text: _Text, language: str
) -> Flowable:
    """Name, role, what they agreed to, and lines for the signature and the date."""
    title = text(block.name) + (f" — {text(block.role)}" if block.role.strip() else "")
    flow: list[Flowable] = [RLParagraph(title, styles["h3"])]
    if block.agreed_to.strip():
        agreed = field_label("agreed_to", language)
        flow.append(RLParagraph(_label(agreed, text) + text(block.agreed_to), styles["row"]))
    signature = export_text("signature", language)
    date = export_text("date", language)
    cells = [
        [
            RLParagraph(text(signature), styles["small"]),
            "",
            RLParagraph(
                text(date) + (f": {text(block.signed_on)}" if block.signed_on else ""), styles["small"]
            ),
        ]
    ]
    table = Table(cells, colWidths=[95 * mm, 8 * mm, 55 * mm], rowHeights=[16 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("LINEBELOW", (0, 0), (0, 0), 0.5, MUTED),
                ("LINEBELOW", (2, 0), (2, 0), 0.5, MUTED),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([*flow, table, Spacer(1, 4 * mm)])


def _numbered_canvas(header: str, language: str):
    """A canvas class that draws header and "pagina x van y" once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFont(REGULAR, 8.5)
            self.setFillColor(MUTED)
            draw_string(self, MARGIN + 6, height - 12 * mm, header, REGULAR, 8.5)  # 6 pt: the frame's padding
            self.setStrokeColor(MUTED)
            self.setLineWidth(0.4)
            self.line(MARGIN + 6, height - 13.5 * mm, width - MARGIN - 6, height - 13.5 * mm)
            self.drawRightString(
                width - MARGIN - 6, 10 * mm, export_text("page_of", language, page=number, pages=total)
            )
            self.restoreState()

    return NumberedCanvas


def render_plan_pdf(plan: CrisisPlan, context: ExportContext) -> tuple[bytes, list[NotFitted]]:
    document = plan_document(plan, context)
    styles = _styles()
    text = _Text(context.language)
    story = _flowables(document, styles, text)
    header, _ = printable(document.header)
    buffer = io.BytesIO()
    template = a4_template(buffer, document.title, document.name, context.language)
    template.build(story, canvasmaker=_numbered_canvas(header, context.language),
                   **page_marks(context.concept, context.language))
    return buffer.getvalue(), list(dict.fromkeys(text.notices))


def write_plan_pdf(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    data, notices = render_plan_pdf(plan, context)
    return write_output(destination, data, notices)
