"""Drawing one face of the card (cover, inside, back) at a given place on a canvas.

Every function draws in the panel's own coordinates: (x, y) is the bottom-left corner of the
trimmed panel. Text goes through text objects, never through Paragraph markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crisiskaart.export.card_content import BackPanel, Cover
from crisiskaart.export.card_geometry import CONTENT_HEIGHT, CONTENT_WIDTH, MARGIN, PANEL_HEIGHT, PANEL_WIDTH
from crisiskaart.export.card_layout import ASCENT, BULLET, LEADING, PlacedLine, bullet_indent
from crisiskaart.export.card_style import MUTED, TEXT, CardStyle
from crisiskaart.export.context import NotFitted
from crisiskaart.export.fonts import BOLD, REGULAR, printable
from crisiskaart.export.qr_drawing import QUIET_ZONE, QrPlacement, draw_qr, qr_matrix, qr_placement
from crisiskaart.export.shaping import draw_text
from crisiskaart.export.textfit import Line, Run, line_text, shorten, text_width, wrap
from crisiskaart.export.texts import export_text

BAND_HEIGHT = 11 * mm
ELLIPSIS = "…"

_RUN_OF_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # not \s, which includes the no-break space
_WHOLE_DATE = re.compile(r"\b(\d{1,2}) (\w+) (\d{4})\b")  # "1 oktober 2027", "1 October 2027"


def draw_runs(
    canvas: Canvas, x: float, baseline: float, runs: Sequence[Run], size: float, colour: Color
) -> None:
    """One line of runs from ``x``; Hebrew and Arabic shaped and in visual order (export/shaping.py)."""
    draw_text(canvas, x, baseline, [(run.text, BOLD if run.bold else REGULAR) for run in runs], size, colour)


def draw_lines(canvas: Canvas, x: float, y: float, lines: list[PlacedLine], style: CardStyle) -> None:
    """An inside face: headings in the accent colour, items with a hanging bullet."""
    top = y + PANEL_HEIGHT - MARGIN
    left = x + MARGIN
    for line in lines:
        baseline = top - line.top - ASCENT * line.size
        if line.heading:
            draw_runs(canvas, left, baseline, line.runs, line.size, style.heading)
            continue
        indent = bullet_indent(line.size)
        if line.bullet:
            draw_runs(canvas, left, baseline, (Run(BULLET),), line.size, MUTED)
        draw_runs(canvas, left + indent, baseline, line.runs, line.size, TEXT)


class _Fitter:
    """Fits one cover or back-panel text into a width, shrinking then shortening, and reports cuts."""

    def __init__(self, notices: list[NotFitted], section: str, language: str) -> None:
        self.notices, self.section, self.language = notices, section, language

    def clean(self, text: str) -> str:
        cleaned, replaced = printable(text)
        if replaced:
            self.notices.append(
                NotFitted(self.section, text[:40], export_text("reason_glyph", self.language))
            )
        return _RUN_OF_SPACES.sub(" ", cleaned).strip(" ")  # a no-break space stays: it keeps words together

    def one_line(self, text: str, width: float, sizes: Sequence[float], bold: bool) -> tuple[str, float]:
        text = self.clean(text)
        for size in sizes:
            if text_width(text, size, bold) <= width:
                return text, size
        size = sizes[-1]
        shortened = line_text(shorten([Run(text, bold)], width, size, 1, ELLIPSIS)[0])
        self.notices.append(
            NotFitted(self.section, text[:40], export_text("reason_shortened", self.language))
        )
        return shortened, size

    def lines(self, text: str, width: float, size: float, max_lines: int, bold: bool = False) -> list[Line]:
        runs = [Run(self.clean(text), bold)]
        lines = wrap(runs, width, size)
        if len(lines) <= max_lines:
            return lines
        self.notices.append(
            NotFitted(self.section, text[:40], export_text("reason_shortened", self.language))
        )
        return shorten(runs, width, size, max_lines, ELLIPSIS)


def draw_cover(
    canvas: Canvas,
    x: float,
    y: float,
    cover: Cover,
    style: CardStyle,
    bleed: float,
    notices: list[NotFitted],
    language: str,
) -> None:
    """Band with title (and logo), the plea, name, birth date, version and geldig tot."""
    fit = _Fitter(notices, "cover", language)
    band_y = y + PANEL_HEIGHT - BAND_HEIGHT
    canvas.setFillColor(style.accent)
    canvas.rect(x - bleed, band_y, PANEL_WIDTH + 2 * bleed, BAND_HEIGHT + bleed, stroke=0, fill=1)
    title_width = CONTENT_WIDTH
    if style.logo is not None:
        width, height = style.logo.getSize()
        logo_height = BAND_HEIGHT - 3 * mm
        logo_width = min(logo_height * width / height, 28 * mm)
        logo_height = logo_width * height / width
        canvas.drawImage(
            style.logo,
            x + PANEL_WIDTH - MARGIN - logo_width,
            band_y + (BAND_HEIGHT - logo_height) / 2,
            logo_width,
            logo_height,
            mask="auto",
        )
        title_width -= logo_width + 2 * mm
    title, size = fit.one_line(cover.title, title_width, (11.0, 10.0, 9.0, 8.0, 7.0), bold=True)
    draw_runs(
        canvas, x + MARGIN, band_y + BAND_HEIGHT / 2 - 0.35 * size, (Run(title, True),), size, style.on_accent
    )

    top = band_y - 2.8 * mm
    for line in fit.lines(cover.plea, CONTENT_WIDTH, 9.0, 2, bold=True):
        top -= 9.0 * LEADING
        draw_runs(canvas, x + MARGIN, top + 0.24 * 9.0, line, 9.0, TEXT)
    top -= 2.5 * mm
    name, size = fit.one_line(cover.name, CONTENT_WIDTH, (13.0, 12.0, 11.0, 10.0, 9.0, 8.0), bold=True)
    top -= size * LEADING
    draw_runs(canvas, x + MARGIN, top + 0.24 * size, (Run(name, True),), size, TEXT)
    for detail in (cover.born, cover.version_line):
        if detail:
            text, size = fit.one_line(detail, CONTENT_WIDTH, (8.0, 7.0, 6.5), bold=False)
            top -= size * LEADING
            draw_runs(canvas, x + MARGIN, top + 0.24 * size, (Run(text),), size, TEXT)
    found, size = fit.one_line(cover.found, CONTENT_WIDTH, (7.0, 6.5), bold=False)
    draw_runs(canvas, x + MARGIN, y + MARGIN + 0.24 * size, (Run(found),), size, MUTED)


def draw_back(
    canvas: Canvas,
    x: float,
    y: float,
    back: BackPanel,
    version_line: str,
    style: CardStyle,
    notices: list[NotFitted],
    language: str,
) -> None:
    """QR (or its labelled empty place) on the left; where the full plan can be requested on the right."""
    fit = _Fitter(notices, "back", language)
    top = y + PANEL_HEIGHT - MARGIN
    matrix, placement, qr_x = _qr_place(back, x)
    square = placement.total
    qr_y = top + placement.reach - square  # the quiet zone may lie in the margin
    if matrix:
        draw_qr(canvas, matrix, qr_x, qr_y, placement)
        caption = back.qr_heading
    else:
        inset = QUIET_ZONE * placement.module
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setDash(2, 2)
        canvas.setLineWidth(0.6)
        canvas.rect(qr_x + inset, qr_y + inset, square - 2 * inset, square - 2 * inset, stroke=1, fill=0)
        canvas.restoreState()
        place_lines = fit.lines(back.qr_place, square - 2 * inset - 2 * mm, 7.0, 3)
        line_y = qr_y + square / 2 + (len(place_lines) - 1) * 7.0 * LEADING / 2 - 0.35 * 7.0
        for line in place_lines:
            width = text_width(line_text(line), 7.0)
            draw_runs(canvas, qr_x + (square - width) / 2, line_y, line, 7.0, MUTED)
            line_y -= 7.0 * LEADING
        caption = ""
    column_x, _, column_width, _ = back_text_box(back, x, y)
    size = 7.0
    line_top = top
    lines: list[tuple[Line, Color]] = []
    if caption:  # beside the QR, not under it: a caption under a 25 mm symbol would not fit
        lines += [(line, TEXT) for line in fit.lines(caption, column_width, size, 2, bold=True)]
        lines.append(((), TEXT))
    if back.full_plan_intro:
        lines += [(line, TEXT) for line in fit.lines(back.full_plan_intro, column_width, size, 3)]
        for detail in back.full_plan_lines:
            lines += [(line, TEXT) for line in fit.lines(detail, column_width, size, 4, bold=True)]
    max_lines = int(CONTENT_HEIGHT // (size * LEADING)) - 3  # room for the version lines below
    if len(lines) > max_lines:
        notices.append(
            NotFitted("back", " ".join(back.full_plan_lines)[:40], export_text("reason_shortened", language))
        )
        lines = [*lines[: max_lines - 1], ((Run(ELLIPSIS),), TEXT)]
    for line, colour in lines:
        line_top -= size * LEADING
        draw_runs(canvas, column_x, line_top + 0.24 * size, line, size, colour)
    # The narrow column beside the QR must not break a date ("1 oktober" | "2027"): responders read
    # the validity at a glance, so the date is kept whole with no-break spaces.
    version_line = _WHOLE_DATE.sub("\\1\u00a0\\2\u00a0\\3", version_line)
    for number, line in enumerate(reversed(fit.lines(version_line, column_width, 6.5, 2))):
        draw_runs(canvas, column_x, y + MARGIN + 0.24 * 6.5 + number * 6.5 * LEADING, line, 6.5, MUTED)


def _qr_place(back: BackPanel, x: float) -> tuple[list[list[bool]], QrPlacement, float]:
    """The QR's modules, size and left edge: the symbol in the safe area, its quiet zone in the margin."""
    if back.qr_payload:
        matrix = qr_matrix(back.qr_payload)
        placement = qr_placement(len(matrix), CONTENT_HEIGHT)
    else:
        matrix = []
        placement = qr_placement(25, CONTENT_HEIGHT)  # the size of a typical linked QR (version 2)
    return matrix, placement, x + MARGIN - placement.reach


def back_text_box(back: BackPanel, x: float, y: float) -> tuple[float, float, float, float]:
    """The back panel's column beside the QR (x, y, width, height): the CONCEPT mark's place there."""
    _, placement, qr_x = _qr_place(back, x)
    column_x = qr_x + placement.total + 1.0 * mm  # the white quiet zone already separates
    return column_x, y + MARGIN, x + PANEL_WIDTH - MARGIN - column_x, CONTENT_HEIGHT
