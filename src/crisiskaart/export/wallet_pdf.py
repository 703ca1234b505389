"""The folded wallet card as PDF, in two print forms, and the live preview (docs/export-wallet-card.md).

* ``write_wallet_sheet``: an A4 sheet for printing at home at 100 %, front and back for long-edge
  duplex, with crop marks, dashed fold lines and a one-line printing instruction.
* ``write_wallet_card``: the strip at exact trim size plus 3 mm bleed, TrimBox and BleedBox set,
  for a print shop, with black and grey (text, QR) on the black plate only
  (``print_shop_colour``). ``render_wallet_card`` returns the same PDF in memory for the editor's
  preview.

Both use one layout (``card_layout``), so the preview shows exactly what will be printed. Output is
reproducible (reportlab ``invariant``): the same plan and context give the same bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import CMYKColor, Color, toColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crisiskaart.export.card_content import card_content
from crisiskaart.export.card_draw import (
    BAND_HEIGHT,
    back_text_box,
    draw_back,
    draw_cover,
    draw_lines,
    draw_runs,
)
from crisiskaart.export.card_geometry import (
    BLEED,
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    MARGIN,
    PANEL_HEIGHT,
    PANEL_WIDTH,
    Face,
    back_face,
    content_faces,
    cover_face,
    strip_height,
)
from crisiskaart.export.card_layout import LEADING, CardLayout, layout_card
from crisiskaart.export.card_style import MUTED, CardStyle, card_style
from crisiskaart.export.concept_mark import CARD, draw_concept_mark
from crisiskaart.export.context import ExportContext, ExportReport, NotFitted
from crisiskaart.export.fonts import REGULAR, register_fonts
from crisiskaart.export.output import pdf_language, write_output
from crisiskaart.export.textfit import Run, wrap
from crisiskaart.export.texts import export_text
from crisiskaart.model.plan import CrisisPlan

SHEET_BLEED = 2 * mm  # colour runs past the cut on the home sheet, so a slightly off cut shows no white
MARK_OFFSET = 3 * mm  # crop marks start this far from the trim
MARK_LENGTH = 6 * mm
FOLD_LENGTH = 12 * mm


@dataclass(frozen=True)
class WalletCardResult:
    """The card for a print shop (and the editor's preview): two pages, side A then side B.

    Each page is the strip of ``panel_count`` panels at trim size plus ``bleed`` points on every
    side; ``trim`` is the TrimBox (x0, y0, x1, y1) in points, the same on both pages.
    """

    pdf: bytes
    panel_count: int
    font_size: float
    not_fitted: list[NotFitted]
    page_size: tuple[float, float]
    trim: tuple[float, float, float, float]
    bleed: float = BLEED


@dataclass
class _Prepared:
    layout: CardLayout
    style: CardStyle
    notices: list[NotFitted]
    concept: bool = False
    mark: str | None = None  # words instead of CONCEPT's, drawn the same way (ExportContext.mark)


def _prepare(plan: CrisisPlan, context: ExportContext) -> _Prepared:
    register_fonts()
    layout = layout_card(card_content(plan, context), context.language)
    notices = list(layout.not_fitted)
    style = card_style(context, notices)
    return _Prepared(layout, style, notices, context.concept and context.mark is None, context.mark)


SOLID_BLACK_FROM = 0.9  # a grey at least this dark (the card's #111111 text) prints as 100 % black ink


def print_shop_colour(colour: Color | str | tuple[float, ...]) -> Color:
    """A colour of the card as the print shop's file gives it: black and grey on the black plate only.

    A print shop prints RGB black as four inks on top of each other ("rich black"): 6.5 pt type then
    blurs wherever the plates are not in perfect register. So black and grey (text, the QR code,
    rules) become DeviceCMYK with C = M = Y = 0, and the near-black of the text (#111111) solid
    black, since a 93 % tint would be screened into dots. Other colours (an organisation's band and
    headings, the CONCEPT tint) stay RGB: without the shop's ICC profile any formula would be a
    guess, and the shop's own colour management converts RGB better.
    """
    value = toColor(colour)
    if isinstance(value, CMYKColor) or not value.red == value.green == value.blue:
        return value
    black = 1 - value.red
    black = 1.0 if black >= SOLID_BLACK_FROM else black
    return CMYKColor(0, 0, 0, black, alpha=getattr(value, "alpha", None))


def _canvas(
    buffer: io.BytesIO,
    size: tuple[float, float],
    plan: CrisisPlan,
    prepared: _Prepared,
    context: ExportContext,
    print_shop: bool = False,
) -> Canvas:
    canvas = Canvas(
        buffer,
        pagesize=size,
        invariant=1,
        lang=pdf_language(context.language),
        pageCompression=1,
        initialFontName=REGULAR,  # not reportlab's Helvetica: a font the page never uses, never embedded
        enforceColorSpace=print_shop_colour if print_shop else None,
    )
    cover = prepared.layout.content.cover
    canvas.setTitle(f"{cover.title} – {cover.name}")
    canvas.setAuthor(plan.personal.full_name)
    canvas.setCreator("crisiskaart")
    return canvas


def _draw_face(
    canvas: Canvas, face: Face, x: float, y: float, prepared: _Prepared, bleed: float, language: str
) -> None:
    layout = prepared.layout
    if prepared.concept or prepared.mark:  # first, so the person's text is drawn over it, fully black
        draw_concept_mark(canvas, _mark_box(face, x, y, layout), language, CARD, text=prepared.mark)
    if face == cover_face():
        draw_cover(canvas, x, y, layout.content.cover, prepared.style, bleed, prepared.notices, language)
    elif face == back_face(layout.panel_count):
        draw_back(
            canvas,
            x,
            y,
            layout.content.back,
            layout.content.cover.version_line,
            prepared.style,
            prepared.notices,
            language,
        )
    else:
        faces = content_faces(layout.panel_count)
        number = faces.index(face)
        if number < len(layout.faces):
            draw_lines(canvas, x, y, layout.faces[number], prepared.style)


def _mark_box(face: Face, x: float, y: float, layout: CardLayout) -> tuple[float, float, float, float]:
    """Where a face's CONCEPT mark goes: its safe area, below the cover band, beside the QR."""
    if face == cover_face():
        return x + MARGIN, y + MARGIN, CONTENT_WIDTH, PANEL_HEIGHT - BAND_HEIGHT - MARGIN - 1 * mm
    if face == back_face(layout.panel_count):
        return back_text_box(layout.content.back, x, y)
    return x + MARGIN, y + MARGIN, CONTENT_WIDTH, CONTENT_HEIGHT


def _draw_strip(
    canvas: Canvas, side: str, left: float, bottom: float, prepared: _Prepared, bleed: float, language: str
) -> None:
    """Side ``side`` of the strip with its bottom-left trim corner at (left, bottom)."""
    panels = prepared.layout.panel_count
    for index in range(panels):
        y = bottom + (panels - 1 - index) * PANEL_HEIGHT
        _draw_face(canvas, Face(side, index), left, y, prepared, bleed, language)


def _dedupe(notices: list[NotFitted]) -> list[NotFitted]:
    """Each face is drawn once per side, but the instruction to report must appear only once."""
    return list(dict.fromkeys(notices))


def render_wallet_card(plan: CrisisPlan, context: ExportContext) -> WalletCardResult:
    """The print-shop card PDF in memory, with what did not fit: the editor's live preview."""
    prepared = _prepare(plan, context)
    panels = prepared.layout.panel_count
    size = (PANEL_WIDTH + 2 * BLEED, strip_height(panels) + 2 * BLEED)
    trim = (BLEED, BLEED, BLEED + PANEL_WIDTH, BLEED + strip_height(panels))
    buffer = io.BytesIO()
    canvas = _canvas(buffer, size, plan, prepared, context, print_shop=True)
    canvas.setTrimBox(trim)
    canvas.setBleedBox((0, 0, *size))
    for side in "AB":
        # Turning the strip over a vertical axis mirrors x; the strip fills the page, so it stays put.
        _draw_strip(canvas, side, BLEED, BLEED, prepared, BLEED, context.language)
        canvas.showPage()
    canvas.save()
    return WalletCardResult(
        buffer.getvalue(), panels, prepared.layout.font_size, _dedupe(prepared.notices), size, trim
    )


def _crop_marks(canvas: Canvas, left: float, bottom: float, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.3)
    canvas.setStrokeColorRGB(0, 0, 0)
    for x in (left, left + width):
        for y, direction in ((bottom, -1), (bottom + height, 1)):
            canvas.line(x, y + direction * MARK_OFFSET, x, y + direction * (MARK_OFFSET + MARK_LENGTH))
    for y in (bottom, bottom + height):
        for x, direction in ((left, -1), (left + width, 1)):
            canvas.line(x + direction * MARK_OFFSET, y, x + direction * (MARK_OFFSET + MARK_LENGTH), y)
    canvas.restoreState()


def _fold_lines(canvas: Canvas, left: float, bottom: float, panels: int) -> None:
    """Dashed fold lines in the margin beside every fold, outside the card so nothing prints on it."""
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setStrokeColor(MUTED)
    canvas.setDash(2, 1.5)
    for fold in range(1, panels):
        y = bottom + fold * PANEL_HEIGHT
        canvas.line(left - MARK_OFFSET - FOLD_LENGTH, y, left - MARK_OFFSET, y)
        canvas.line(left + PANEL_WIDTH + MARK_OFFSET, y, left + PANEL_WIDTH + MARK_OFFSET + FOLD_LENGTH, y)
    canvas.restoreState()


def _margin_note(canvas: Canvas, text: str, x: float, top: float, width: float) -> None:
    size = 8.0
    for line in wrap([Run(text)], width, size):
        top -= size * LEADING
        draw_runs(canvas, x, top, line, size, MUTED)


def render_wallet_sheet(plan: CrisisPlan, context: ExportContext) -> tuple[bytes, list[NotFitted], int]:
    """The A4 home-printing sheet: page 1 side A, page 2 side B mirrored for long-edge duplex."""
    prepared = _prepare(plan, context)
    panels = prepared.layout.panel_count
    page_width, page_height = A4
    height = strip_height(panels)
    left = (page_width - PANEL_WIDTH) / 2
    bottom = (page_height - height) / 2
    buffer = io.BytesIO()
    canvas = _canvas(buffer, A4, plan, prepared, context)
    note_width = left - MARK_OFFSET - FOLD_LENGTH - 12 * mm
    for side, note in (("A", "sheet_instruction"), ("B", "sheet_back")):
        # Long-edge flip turns the page over its vertical axis: x becomes page_width - x.
        x = left if side == "A" else page_width - left - PANEL_WIDTH
        _draw_strip(canvas, side, x, bottom, prepared, SHEET_BLEED, context.language)
        _crop_marks(canvas, x, bottom, PANEL_WIDTH, height)
        _fold_lines(canvas, x, bottom, panels)
        _margin_note(canvas, export_text(note, context.language), 10 * mm, bottom + height, note_width)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue(), _dedupe(prepared.notices), panels


def write_wallet_card(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    result = render_wallet_card(plan, context)
    return write_output(destination, result.pdf, result.not_fitted)


def write_wallet_sheet(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    data, notices, _ = render_wallet_sheet(plan, context)
    return write_output(destination, data, notices)
