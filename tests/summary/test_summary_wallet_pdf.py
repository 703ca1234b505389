"""The QR printed on the wallet card's back panel decodes (pypdfium2 -> image -> zxing-cpp) to the summary.

Both modes: the offline vCard and the linked address. The card renderer is the wallet-card
exporter's; this test only feeds it ``responder_qr_text(...).text`` as the lead's wiring does.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp
from summary_helpers import parse_vcard

from crisiskaart.export.context import ExportContext
from crisiskaart.export.wallet_pdf import render_wallet_card
from crisiskaart.model import example_plan
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.summary import responder_qr_text

MM_PER_POINT = 25.4 / 72
ORG = OrganisationProfile(viewer_url="https://crisiskaart.voorbeeld.nl/")


def _qr_codes_in(pdf: bytes, scale: float = 4.0) -> list[tuple[str, dict, float]]:
    """Every QR on every page: text, zxing's extra info, and its printed width in mm."""
    found = []
    document = pdfium.PdfDocument(pdf)
    try:
        for page in document:
            image = page.render(scale=scale).to_pil().convert("L")
            for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
                position = code.position
                width_px = abs(position.top_right.x - position.top_left.x)
                found.append((code.text, code.extra, width_px / scale * MM_PER_POINT))
    finally:
        document.close()
    return found


@pytest.mark.parametrize("organisation", [None, ORG], ids=["offline", "linked"])
def test_card_qr_decodes_to_the_responder_summary(organisation: OrganisationProfile | None) -> None:
    plan = example_plan()
    context = ExportContext(version=3, organisation=organisation)
    content = responder_qr_text(plan, context)
    pdf = render_wallet_card(plan, ExportContext(version=3, organisation=organisation,
                                                 responder_qr=content.text)).pdf
    codes = _qr_codes_in(pdf)
    assert [text for text, _, _ in codes] == [content.text]
    _, extra, width_mm = codes[0]
    assert extra["ECLevel"] == "M" and int(extra["Version"]) == content.version <= content.max_version
    modules = 17 + 4 * content.version
    assert width_mm >= 24.5 and width_mm / modules >= 0.4  # printed at >= 25 mm, modules >= 0.4 mm
    if organisation is None:
        card = parse_vcard(codes[0][0])
        assert card.values("FN") == ["Noor Bakker"]
        assert card.grouped("X-ABLABEL") == {"item1": "Bel: Anna Bakker (zus)"}
    else:
        assert codes[0][0] == f"{ORG.viewer_url}#ck1.{plan.responder_link.key}"
