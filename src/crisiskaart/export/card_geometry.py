"""Measurements of the folded wallet card (docs/export-wallet-card.md), in PDF points.

The card is a vertical leporello: ``n`` ID-1 panels (ISO/IEC 7810, 85.60 × 53.98 mm) stacked top
to bottom, folded zigzag along the long edges to one panel. Side A is the outside of the printed
strip, side B the back of it, laid out so B(i) is behind A(i) when the sheet is turned over a
vertical axis (long-edge duplex on portrait A4).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

PANEL_WIDTH = 85.60 * mm
PANEL_HEIGHT = 53.98 * mm
MARGIN = 3.5 * mm  # safe area inside the trim: no text closer to a cut or fold
BLEED = 3.0 * mm  # print-shop bleed around the trimmed strip
PANEL_COUNTS = (4, 5)  # 5 is the most a portrait A4 sheet holds (5 × 53.98 = 270 mm)
DEFAULT_PANEL_COUNT = 4
CONTENT_WIDTH = PANEL_WIDTH - 2 * MARGIN
CONTENT_HEIGHT = PANEL_HEIGHT - 2 * MARGIN


@dataclass(frozen=True)
class Face:
    """One printed side of one panel: ``side`` "A" or "B", ``index`` 0 = top panel of the strip."""

    side: str
    index: int


def cover_face() -> Face:
    return Face("A", 0)


def back_face(panels: int) -> Face:
    """The other outside face of the folded stack: panel n's A side when n is even, else its B side.

    Folding zigzag turns every second panel over, so the bottom of the stack shows A(n) for an
    even number of panels and B(n) for an odd number.
    """
    return Face("A" if panels % 2 == 0 else "B", panels - 1)


def content_faces(panels: int) -> list[Face]:
    """The inside faces in reading order: side A top to bottom, then side B top to bottom."""
    outside = {cover_face(), back_face(panels)}
    faces = [Face(side, index) for side in "AB" for index in range(panels)]
    return [face for face in faces if face not in outside]


def strip_height(panels: int) -> float:
    return panels * PANEL_HEIGHT
