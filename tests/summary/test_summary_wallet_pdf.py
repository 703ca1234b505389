"""The QR printed on the wallet card decodes, with zxing-cpp and with zbar, to the responder summary.

Both modes (the offline vCard and the linked address) and cards with long names in other scripts.
The card renderer is the wallet-card exporter's; these tests feed it ``responder_qr_text(...).text``
as the app's wiring does, render the real PDF (pypdfium2) and measure what is printed: the module
size (at least 0.5 mm) and the white quiet zone of 4 modules inside the trimmed panel.
"""

from __future__ import annotations

import dataclasses

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from summary_helpers import decode_zbar, read_vcard, zxing_phones
from test_summary_offline_qr import SCRIPT_NAMES, script_plan, three_contacts_plan

from crisiskaart.export.card_geometry import BLEED, PANEL_HEIGHT, PANEL_WIDTH, back_face
from crisiskaart.export.context import ExportContext
from crisiskaart.export.wallet_pdf import render_wallet_card, render_wallet_sheet
from crisiskaart.model import example_plan
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.summary import ensure_responder_link, responder_qr_text
from crisiskaart.summary.qr import MIN_MODULE_MM, QUIET_ZONE, modules

MM_PER_POINT = 25.4 / 72
SCALE = 6.0  # pixels per point: a 0.5 mm module is 8.5 pixels
ORG = OrganisationProfile(viewer_url="https://crisiskaart.voorbeeld.nl/")

CARDS = {
    "example": example_plan,
    "three contacts": three_contacts_plan,
    **{f"{script} name": (lambda s=script: script_plan(s)) for script in sorted(SCRIPT_NAMES)},
}


def _pages(pdf: bytes) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=SCALE).to_pil().convert("L") for page in document]
    finally:
        document.close()


def _qr_codes(pages: list[Image.Image]) -> list[tuple[int, zxingcpp.Barcode]]:
    return [(number, code) for number, image in enumerate(pages)
            for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def _card(plan: CrisisPlan, organisation: OrganisationProfile | None = None):
    if organisation is not None:
        plan, _ = ensure_responder_link(plan)
    context = ExportContext(version=3, organisation=organisation)
    content = responder_qr_text(plan, context)
    return plan, content, dataclasses.replace(context, responder_qr=content.text)


def _measure(image: Image.Image, code: zxingcpp.Barcode, version: int, panels: int,
             page_height: float) -> tuple[float, tuple[int, int, int, int], tuple[int, int, int, int]]:
    """Module size in mm, the symbol's box and the back panel's trimmed box, in pixels."""
    face = back_face(panels)
    bottom = BLEED + (panels - 1 - face.index) * PANEL_HEIGHT
    panel = (round(BLEED * SCALE), round((page_height - bottom - PANEL_HEIGHT) * SCALE),
             round((BLEED + PANEL_WIDTH) * SCALE), round((page_height - bottom) * SCALE))
    corners = [code.position.top_left, code.position.top_right, code.position.bottom_left,
               code.position.bottom_right]
    near = (min(p.x for p in corners) - 10, min(p.y for p in corners) - 10,
            max(p.x for p in corners) + 10, max(p.y for p in corners) + 10)
    dark = image.crop(near).point(lambda v: 255 if v < 128 else 0).getbbox()
    assert dark is not None
    symbol = (near[0] + dark[0], near[1] + dark[1], near[0] + dark[2], near[1] + dark[3])
    width_mm = (symbol[2] - symbol[0]) / SCALE * MM_PER_POINT
    height_mm = (symbol[3] - symbol[1]) / SCALE * MM_PER_POINT
    assert abs(width_mm - height_mm) < 0.2
    return width_mm / modules(version), symbol, panel


def _assert_quiet_zone(image: Image.Image, symbol: tuple[int, int, int, int], module_px: float,
                       panel: tuple[int, int, int, int]) -> None:
    """4 modules of white on every side of the symbol, all of it inside the trimmed panel."""
    quiet = QUIET_ZONE * module_px - 1.5  # anti-aliasing at the symbol's edge
    outer = (round(symbol[0] - quiet), round(symbol[1] - quiet), round(symbol[2] + quiet),
             round(symbol[3] + quiet))
    assert panel[0] <= outer[0] and panel[1] <= outer[1] and outer[2] <= panel[2] and outer[3] <= panel[3]
    ring = image.crop(outer)
    edge = 2  # pixels of anti-aliasing around the symbol's box
    inner = (round(quiet) - edge, round(quiet) - edge, ring.width - round(quiet) + edge,
             ring.height - round(quiet) + edge)
    ring.paste(255, inner)  # blank the symbol itself; what remains is the quiet zone
    assert ring.getextrema()[0] >= 200, "ink in the quiet zone"


@pytest.mark.parametrize("card", sorted(CARDS))
def test_offline_qr_on_the_card_decodes_with_zxing_and_zbar_and_measures_right(card: str) -> None:
    plan, content, context = _card(CARDS[card]())
    result = render_wallet_card(plan, context)
    pages = _pages(result.pdf)
    codes = _qr_codes(pages)
    assert [code.text for _, code in codes] == [content.text]  # one QR on the card, the vCard
    number, code = codes[0]
    assert code.extra["ECLevel"] == "M" and int(code.extra["Version"]) == content.version
    assert decode_zbar(pages[number]) == content.text
    card_read = read_vcard(code.text)
    assert card_read.version.value == "3.0"
    assert zxing_phones(code.text)[0][0] == "+31600000101"  # the first contact is always there
    module_mm, symbol, panel = _measure(pages[number], code, content.version, result.panel_count,
                                        result.page_size[1])
    assert module_mm >= MIN_MODULE_MM - 0.01
    _assert_quiet_zone(pages[number], symbol, module_mm / MM_PER_POINT * SCALE, panel)


def test_the_example_qr_is_the_largest_on_the_back_panel() -> None:
    plan, content, context = _card(three_contacts_plan())
    result = render_wallet_card(plan, context)
    pages = _pages(result.pdf)
    number, code = _qr_codes(pages)[0]
    module_mm, symbol, _ = _measure(pages[number], code, content.version, result.panel_count,
                                    result.page_size[1])
    symbol_mm = (symbol[2] - symbol[0]) / SCALE * MM_PER_POINT
    assert content.version >= 15 and symbol_mm >= 38  # the 25 mm of version 10 held a third of this
    assert module_mm == pytest.approx(MIN_MODULE_MM, abs=0.02)


def test_linked_qr_on_the_card_decodes_with_zxing_and_zbar() -> None:
    plan, content, context = _card(example_plan(), ORG)
    result = render_wallet_card(plan, dataclasses.replace(context, organisation=ORG))
    pages = _pages(result.pdf)
    codes = _qr_codes(pages)
    assert [code.text for _, code in codes] == [content.text]
    assert content.text.startswith(ORG.viewer_url) and plan.responder_link.key in content.text
    number, code = codes[0]
    assert decode_zbar(pages[number]) == content.text
    module_mm, symbol, panel = _measure(pages[number], code, content.version, result.panel_count,
                                        result.page_size[1])
    symbol_mm = (symbol[2] - symbol[0]) / SCALE * MM_PER_POINT
    assert symbol_mm >= 25 - 0.2 and module_mm >= MIN_MODULE_MM
    _assert_quiet_zone(pages[number], symbol, module_mm / MM_PER_POINT * SCALE, panel)


def test_the_home_printing_sheet_carries_the_same_qr() -> None:
    plan, content, context = _card(example_plan())
    data, _, _ = render_wallet_sheet(plan, context)
    pages = _pages(data)
    codes = _qr_codes(pages)
    assert [code.text for _, code in codes] == [content.text]
    assert decode_zbar(pages[codes[0][0]]) == content.text
