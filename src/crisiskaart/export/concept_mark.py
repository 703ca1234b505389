"""The CONCEPT mark: a version nobody has signed yet must not pass for the plan in force.

A police officer who finds a card, or a geneesheer-directeur who receives a plan, cannot tell a
draft from the signed version by looking. So a concept prints a diagonal "CONCEPT — nog niet
ondertekend" ("DRAFT — not signed") on every panel of the card and every A4 page. It is drawn
inside a box it never leaves (a panel's safe area, so a cut-out card still shows it), rotated
between 30° and 45°, in a light red drawn *under* the text so the text stays fully readable, and
it is real text, so it can be read back and found. The light red is an opaque tint, not a
transparency: printer drivers turn pages with transparency into pictures (CUPS's PostScript filter
does), which blurs the small type of the card. On the card it keeps off the QR code: a phone
must still read that.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from crisiskaart.export.fonts import BOLD, register_fonts
from crisiskaart.export.texts import export_text

COLOUR = HexColor("#C62828")  # red: "not yet valid" at a glance, also printed in grey scale
MIN_ANGLE, MAX_ANGLE = 30.0, 45.0
LINE_HEIGHT = 1.2  # of the font size
SEPARATOR = " — "


@dataclass(frozen=True)
class MarkStyle:
    """How strong the mark is: the card is small and dense, an A4 page has room for a large mark."""

    alpha: float
    max_size: float  # points
    two_line_below: float  # shorter than this in one line: "CONCEPT" above "nog niet ondertekend"


CARD = MarkStyle(alpha=0.32, max_size=13.0, two_line_below=8.0)
PAGE = MarkStyle(alpha=0.16, max_size=40.0, two_line_below=14.0)


def _tint(strength: float) -> Color:
    """``COLOUR`` at ``strength`` over white paper, as one opaque colour."""
    return Color(*(1 - strength * (1 - channel) for channel in (COLOUR.red, COLOUR.green, COLOUR.blue)))


def mark_text(language: str) -> str:
    return export_text("concept_mark", language)


def _angle(width: float, height: float) -> float:
    """Along the box's diagonal, kept between 30° and 45° so it reads as a mark, not as a line."""
    return min(max(math.degrees(math.atan2(height, width)), MIN_ANGLE), MAX_ANGLE)


def _fit(lines: list[str], width: float, height: float, angle: float) -> float:
    """The largest font size at which ``lines``, rotated by ``angle``, stay inside width × height."""
    text_width = max(stringWidth(line, BOLD, 1.0) for line in lines)
    text_height = LINE_HEIGHT * len(lines)
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    return min(width / (text_width * cos + text_height * sin),
               height / (text_width * sin + text_height * cos))


def draw_concept_mark(
    canvas: Canvas, box: tuple[float, float, float, float], language: str, style: MarkStyle = CARD,
    text: str | None = None,
) -> None:
    """Draw the mark centred in ``box`` (x, y, width, height in points), clipped to it.

    ``text`` replaces the CONCEPT wording for a document that is never valid by itself (the
    zelfbinding worksheet); it is split into two lines at " — " like the CONCEPT mark.
    """
    x, y, width, height = box
    if width <= 0 or height <= 0:
        return
    register_fonts()
    text = text or mark_text(language)
    angle = _angle(width, height)
    lines = [text]
    size = _fit(lines, width, height, angle)
    if size < style.two_line_below and SEPARATOR in text:
        lines = text.split(SEPARATOR, 1)
        size = _fit(lines, width, height, angle)
    size = min(size, style.max_size)
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(x, y, width, height)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.translate(x + width / 2, y + height / 2)
    canvas.rotate(angle)
    canvas.setFillColor(_tint(style.alpha))
    canvas.setFont(BOLD, size)
    leading = size * LINE_HEIGHT
    first = (len(lines) - 1) * leading / 2 - 0.36 * size  # 0.36: half the height of capitals
    for number, line in enumerate(lines):
        canvas.drawCentredString(0, first - number * leading, line)
    canvas.restoreState()
