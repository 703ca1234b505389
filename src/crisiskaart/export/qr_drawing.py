"""Draw a QR code on a reportlab canvas as filled rectangles (vector, sharp at any print size).

The symbol comes from the ``qrcode`` library through ``crisiskaart.summary.qr`` (error correction
M, one UTF-8 byte segment); we only draw its module matrix. The size follows ``print_size``:
symbol at least 25 mm, modules at least 0.5 mm, and a white quiet zone of 4 modules *around* that
symbol (docs/responder-summary.md). On the card the quiet zone may lie in the panel's safe
margin, which is white anyway, but keeps ``TRIM_ALLOWANCE`` from the cut or fold so an off cut
never eats it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crisiskaart.export.card_geometry import MARGIN
from crisiskaart.summary import qr
from crisiskaart.summary.qr import MIN_MODULE_MM, MIN_SYMBOL_MM, QUIET_ZONE, print_size

MIN_SYMBOL = MIN_SYMBOL_MM * mm
MIN_MODULE = MIN_MODULE_MM * mm
TRIM_ALLOWANCE = 1.0 * mm  # a print shop cuts and folds within about 1 mm
QUIET_REACH = MARGIN - TRIM_ALLOWANCE  # how far the quiet zone may reach into the margin

__all__ = ["MIN_MODULE", "MIN_SYMBOL", "QUIET_REACH", "QUIET_ZONE", "QrPlacement", "draw_qr",
           "qr_matrix", "qr_placement"]


@functools.lru_cache(maxsize=8)
def _matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    return tuple(tuple(row) for row in qr.qr_matrix(payload, quiet_zone=0))


def qr_matrix(payload: str) -> list[list[bool]]:
    """The module matrix of ``payload`` (smallest version that fits, error correction M, no border).

    Cached: the editor's preview redraws the same payload after every typing pause.
    """
    return [list(row) for row in _matrix(payload)]


@dataclass(frozen=True)
class QrPlacement:
    modules: int  # modules per side, without quiet zone
    module: float  # module size in points
    total: float  # side of the symbol plus quiet zone, in points

    @property
    def symbol(self) -> float:
        return self.modules * self.module

    @property
    def quiet_zone(self) -> float:
        return QUIET_ZONE * self.module

    @property
    def reach(self) -> float:
        """How far the quiet zone lies in the margin, left of and above the safe area."""
        return min(self.quiet_zone, QUIET_REACH)


def qr_placement(modules: int, available: float) -> QrPlacement:
    """The printed size (``print_size``) for a symbol of ``modules``, the symbol within ``available``.

    ``available`` is the side the symbol itself may take (the quiet zone goes around it); when it
    is too small for 0.5 mm modules the modules shrink to fit, which only a payload beyond
    ``OFFLINE_MAX_VERSION`` can cause.
    """
    module = min(print_size(modules).module_mm * mm, available / modules)
    return QrPlacement(modules, module, (modules + 2 * QUIET_ZONE) * module)


def draw_qr(canvas: Canvas, matrix: list[list[bool]], x: float, y: float, placement: QrPlacement) -> None:
    """Draw at (x, y) = bottom-left of the quiet zone; runs of dark modules become one rectangle.

    The rectangles are written in module units under a scaling transform, as one filled path:
    exact module edges, and far fewer numbers to format than one ``canvas.rect`` per run.
    """
    module = placement.module
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, placement.total, placement.total, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.translate(x + QUIET_ZONE * module, y + QUIET_ZONE * module)
    canvas.scale(module, module)
    size = len(matrix)
    operators: list[str] = []
    for row_number, row in enumerate(matrix):
        row_y = size - 1 - row_number
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            operators.append(f"{start} {row_y} {column - start} 1 re")
    if operators:
        canvas.addLiteral("\n".join(operators) + "\nf")
    canvas.restoreState()
