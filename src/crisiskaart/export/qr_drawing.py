"""Draw a QR code on a reportlab canvas as filled rectangles (vector, sharp at any print size).

The symbol comes from the ``qrcode`` library (error correction M, docs/domain.md §7); we only draw its
module matrix. Modules are at least ``MIN_MODULE`` and the symbol at least ``MIN_SYMBOL`` wide,
with a quiet zone of 4 modules around it that is kept white.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

MIN_SYMBOL = 25 * mm
MIN_MODULE = 0.4 * mm  # below this, phones read worn cards unreliably (docs/domain.md §7)
QUIET_ZONE = 4  # modules


@functools.lru_cache(maxsize=8)
def _matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


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


def qr_placement(modules: int, available: float) -> QrPlacement:
    """Module size: the symbol at least 25 mm and modules at least 0.4 mm, within ``available``."""
    module = max(MIN_SYMBOL / modules, MIN_MODULE)
    module = min(module, available / (modules + 2 * QUIET_ZONE))
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
