"""Helpers for the export tests: read PDFs back (pypdf), rasterise them (pypdfium2), stress plans."""

from __future__ import annotations

import datetime as dt
import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
from PIL import Image

from crisiskaart.export.context import ExportContext
from crisiskaart.model import CrisisPlan, TextItem, Visibility, example_plan

HERE = Path(__file__).resolve().parent
REFERENCE = HERE / "reference"
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

QR_PAYLOAD = "https://voorbeeld.invalid/v#shlink:/eyJ1cmwiOiJodHRwczovL3Zvb3JiZWVsZC5pbnZhbGlkIn0"
SCALE = 4.0  # pixels per point when rasterising


def reference_context(**changes: object) -> ExportContext:
    """The fixed context of the reference files (docs/export-wallet-card.md)."""
    values: dict[str, object] = {"version": 3, "today": dt.date(2026, 10, 5), "responder_qr": QR_PAYLOAD}
    values.update(changes)
    return ExportContext(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Piece:
    x: float
    y: float
    size: float
    text: str


def pieces(pdf: bytes, page: int) -> list[Piece]:
    """Every text show on a page with its position and effective font size, in drawing order."""
    found: list[Piece] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            found.append(Piece(x, y, size * abs(tm[3]) * abs(cm[3] or 1), text))

    pypdf.PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def page_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def words(text: str) -> list[str]:
    return text.split()


def render(pdf: bytes, page: int, scale: float = SCALE, mode: str = "L") -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        return document[page].render(scale=scale).to_pil().convert(mode)
    finally:
        document.close()


def ink(
    image: Image.Image,
    box: tuple[float, float, float, float],
    page_height: float,
    scale: float = SCALE,
    threshold: int = 200,
) -> int:
    """Dark pixels inside ``box`` (PDF points, x0 y0 x1 y1, origin bottom-left)."""
    x0, y0, x1, y1 = box
    left, right = round(x0 * scale), round(x1 * scale)
    top, bottom = round((page_height - y1) * scale), round((page_height - y0) * scale)
    if right <= left or bottom <= top:
        return 0
    region = image.crop((left, top, right, bottom))
    return sum(region.histogram()[:threshold])


def stress_plan() -> CrisisPlan:
    """Far more than a card holds: every card section overflows."""
    plan = example_plan()
    long = ("Dit is een heel lange zin die de persoon zelf schreef en die niet op de kaart past. " * 60)[
        :5000
    ]
    plan.what_helps = [TextItem(text=long, visibility=Visibility.RESPONDERS) for _ in range(6)]
    plan.what_does_not_help = [TextItem(text=long[:800], visibility=Visibility.CARD) for _ in range(8)]
    plan.for_responders = [
        TextItem(text=f"Punt {n}: " + long[:300], visibility=Visibility.CARD) for n in range(80)
    ]
    plan.my_crisis.summary = long
    return plan
