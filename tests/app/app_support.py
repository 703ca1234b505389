"""Helpers for the application-layer tests: real card files, PDFs read back, the mark found in pixels."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import zxingcpp
from PIL import Image

from crisiskaart.app.cards import encode_plan, plan_summary
from crisiskaart.model import CrisisPlan, example_plan
from crisiskaart.store import TEST_KDF, Status, create_card

PASSPHRASE = "klant wachtwoord"
MARK_NL = "CONCEPT — nog niet ondertekend"
MARK_EN = "DRAFT — not signed"


def unsigned_plan() -> CrisisPlan:
    """The example plan before the person signed it (no ``ondertekend op``)."""
    plan = example_plan()
    plan.management.signed_on = None
    return plan


def make_card(path: Path, plan: CrisisPlan, status: Status = Status.CONCEPT) -> Path:
    create_card(path, PASSPHRASE, encode_plan(plan), summary=plan_summary(plan), status=status,
                kdf=TEST_KDF).close()
    return path


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def rendered(pdf: bytes, page: int, scale: float = 3.0) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        return document[page].render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()


def red_pixels(image: Image.Image, box: tuple[float, float, float, float], page_height: float,
               scale: float = 3.0) -> int:
    """Pixels of the mark's red inside ``box`` (PDF points x0 y0 x1 y1, origin bottom-left)."""
    x0, y0, x1, y1 = box
    region = image.crop((round(x0 * scale), round((page_height - y1) * scale),
                         round(x1 * scale), round((page_height - y0) * scale)))
    data = region.tobytes()
    return sum(1 for i in range(0, len(data), 3) if data[i] - data[i + 1] > 25 and data[i] - data[i + 2] > 25)


def qr_texts(pdf: bytes, scale: float = 5.0) -> list[str]:
    found = []
    document = pdfium.PdfDocument(pdf)
    try:
        for page in document:
            image = page.render(scale=scale).to_pil().convert("L")
            found += [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
    finally:
        document.close()
    return found
