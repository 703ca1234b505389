"""The wallet card: sizes and boxes, text read back, panels within bounds, QR, organisation profile."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest
import zxingcpp
from export_support import QR_PAYLOAD, SCALE, ink, pieces, reference_context, render, stress_plan, words
from PIL import Image

from crisiskaart.export import ExportContext, render_wallet_card
from crisiskaart.export.card_content import ALSO_IMPORTANT, card_content
from crisiskaart.export.card_draw import BAND_HEIGHT
from crisiskaart.export.card_geometry import (
    BLEED,
    MARGIN,
    PANEL_HEIGHT,
    PANEL_WIDTH,
    Face,
    back_face,
    content_faces,
)
from crisiskaart.export.card_layout import MIN_FONT_SIZE
from crisiskaart.export.wallet_pdf import render_wallet_sheet
from crisiskaart.model import CrisisPlan, Visibility
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.sections import CardSection

MM = 72 / 25.4


def panel_box(face: Face, panels: int, left: float = BLEED, bottom: float = BLEED) -> tuple[float, ...]:
    y = bottom + (panels - 1 - face.index) * PANEL_HEIGHT
    return (left, y, left + PANEL_WIDTH, y + PANEL_HEIGHT)


def test_print_shop_card_has_trim_and_bleed_boxes(plan: CrisisPlan) -> None:
    result = render_wallet_card(plan, reference_context())
    reader = pypdf.PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == 2 and result.panel_count == 4
    for page in reader.pages:
        trim = [float(v) for v in page.trimbox]
        bleed = [float(v) for v in page.bleedbox]
        media = [float(v) for v in page.mediabox]
        assert (
            bleed == media == pytest.approx([0, 0, PANEL_WIDTH + 6 * MM, 4 * PANEL_HEIGHT + 6 * MM], abs=0.01)
        )
        assert trim == pytest.approx([3 * MM, 3 * MM, 3 * MM + 85.60 * MM, 3 * MM + 4 * 53.98 * MM], abs=0.01)
    assert result.trim == pytest.approx(tuple(trim), abs=0.01)
    assert (trim[2] - trim[0]) / MM == pytest.approx(85.60, abs=0.005)
    assert (trim[3] - trim[1]) / MM / result.panel_count == pytest.approx(53.98, abs=0.005)


def test_home_sheet_is_a4_and_back_is_mirrored(plan: CrisisPlan) -> None:
    data, _, panels = render_wallet_sheet(plan, reference_context())
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2
    for page in reader.pages:
        assert [float(v) for v in page.mediabox] == pytest.approx([0, 0, 595.2756, 841.8898], abs=0.01)
    width, height = 595.2756, 841.8898
    left = (width - PANEL_WIDTH) / 2
    bottom = (height - panels * PANEL_HEIGHT) / 2
    for number in range(2):
        image = render(data, number)
        # Ink lies only on the strip, the crop and fold marks and the note in the left margin:
        # nothing in the right margin beyond the marks, nothing above or below the marks.
        assert ink(image, (left + PANEL_WIDTH + 20 * MM, 0, width, height), height) == 0
        assert ink(image, (0, 0, width, bottom - 10 * MM), height) == 0
        # The text sits inside the strip, and the strip sits where the other side expects it.
        for piece in pieces(data, number):
            if piece.x > left - 1:
                assert left + MARGIN - 1 <= piece.x < left + PANEL_WIDTH - MARGIN
                assert bottom < piece.y < bottom + panels * PANEL_HEIGHT
    assert "100 %" in "".join(p.text for p in pieces(data, 0))


def _content_words(plan: CrisisPlan, context: ExportContext) -> list[str]:
    content = card_content(plan, context)
    expected: list[str] = []
    for block in content.blocks:
        expected += words(block.title)
        for item in block.items:
            expected += words(item.lead) + words(item.text)
    return expected


def _face_words(pdf: bytes, panels: int, faces: list[Face], continued: str) -> list[str]:
    found: list[str] = []
    for face in faces:
        page = 0 if face.side == "A" else 1
        x0, y0, x1, y1 = panel_box(face, panels)
        texts = [p.text for p in pieces(pdf, page) if y0 < p.y < y1 and x0 < p.x < x1 and p.text != "•"]
        found += [w for w in words(" ".join(texts)) if w != f"({continued})"]
    return found


def test_text_read_back_equals_the_cards_content(plan: CrisisPlan) -> None:
    context = reference_context()
    result = render_wallet_card(plan, context)
    expected = _content_words(plan, context)
    found = _face_words(result.pdf, result.panel_count, content_faces(result.panel_count), "vervolg")
    assert found == expected
    assert not result.not_fitted
    cover = " ".join(words(" ".join(p.text for p in pieces(result.pdf, 0))))
    for text in ("Noor Bakker", "12 juni 1988", "versie 3", "geldig tot 1 oktober 2027", "Lees deze kaart."):
        assert text in cover
    assert "Crisiskaart" not in cover  # the protected mark is never the default title


def test_only_card_items_and_person_order() -> None:
    from crisiskaart.model import example_plan

    plan = example_plan()
    plan.card_order = [CardSection.MY_CRISIS, CardSection.CONTACTS, CardSection.PRACTICAL]
    plan.what_helps[0].visibility = Visibility.PLAN
    content = card_content(plan, reference_context())
    sections = [b.section for b in content.blocks]
    # "Voor hulpdiensten" and "Wie bellen" always come first; then the person's order.
    assert sections[:4] == [CardSection.FOR_RESPONDERS, CardSection.CONTACTS, CardSection.MY_CRISIS,
                            CardSection.PRACTICAL]
    # the example's clinics are marked for the card: they are in "Ook belangrijk", last
    assert sections[-1] == ALSO_IMPORTANT
    assert len(sections) == len(set(sections)) == 9
    text = json.dumps([[i.lead, i.text] for b in content.blocks for i in b.items], ensure_ascii=False)
    assert "Praat rustig" not in text  # now plan only
    assert "Schizoaffectieve" not in text and "Mark Bakker" not in text  # diagnosis, plan-only contact
    assert "Raak me niet onverwacht aan" in text


def test_at_most_three_contacts_and_the_rest_reported(plan: CrisisPlan) -> None:
    base = plan.contacts[0]
    plan.contacts = [
        base.model_copy(update={"id": f"c{n}", "name": f"Persoon {n}", "roles": []}) for n in range(5)
    ]
    plan.contacts.append(base.model_copy(update={"id": "x", "name": "Zonder Nummer", "phone": ""}))
    result = render_wallet_card(plan, reference_context())
    text = "".join(p.text for page in (0, 1) for p in pieces(result.pdf, page))
    assert all(f"Persoon {n}" in text for n in range(3))
    assert "Persoon 3" not in text and "Persoon 4" not in text
    reported = {(n.section, n.text) for n in result.not_fitted}
    assert {("contacts", "Persoon 3"), ("contacts", "Persoon 4"), ("contacts", "Zonder Nummer")} <= reported


def _assert_panels_within_bounds(result) -> None:
    """No ink in any panel's safe margin (except the cover's colour band): nothing overflows."""
    panels = result.panel_count
    height = result.page_size[1]
    for page, side in enumerate("AB"):
        image = render(result.pdf, page)
        for index in range(panels):
            face = Face(side, index)
            x0, y0, x1, y1 = panel_box(face, panels)
            if face == Face("A", 0):
                y1 -= BAND_HEIGHT  # the cover's colour band is meant to run to the edges
            inset = 1.5 / SCALE + 0.5  # anti-aliasing at the edge of the safe area
            margin = MARGIN - inset
            top_margin = (x0, y1 - margin, x1, y1) if face != Face("A", 0) else None
            rings = [(x0, y0, x0 + margin, y1), (x1 - margin, y0, x1, y1), (x0, y0, x1, y0 + margin)]
            if top_margin:
                rings.append(top_margin)
            if face == back_face(panels):
                rings = rings[1:]  # the QR's white quiet zone may reach into the left margin
            for ring in rings:
                assert ink(image, ring, height) == 0, (side, index, ring)


def test_panels_do_not_overflow(plan: CrisisPlan) -> None:
    _assert_panels_within_bounds(render_wallet_card(plan, reference_context()))


def test_too_much_text_is_shortened_visibly_and_reported() -> None:
    plan = stress_plan()
    result = render_wallet_card(plan, reference_context())
    assert result.panel_count == 5 and result.font_size == MIN_FONT_SIZE
    _assert_panels_within_bounds(result)
    every = [p for page in (0, 1) for p in pieces(result.pdf, page)]
    assert min(p.size for p in every) >= MIN_FONT_SIZE - 1e-6
    text = " ".join(p.text for p in every)
    assert "… zie crisisplan" in text
    reasons = {n.reason for n in result.not_fitted}
    assert any("ingekort" in r for r in reasons)
    assert any("past niet meer" in r for r in reasons)  # 80 notes for responders cannot all stay
    sections = {n.section for n in result.not_fitted}
    assert {"what_helps", "for_responders", "my_crisis"} <= sections


def test_qr_is_drawn_scannable_and_at_least_25_mm() -> None:
    from crisiskaart.model import example_plan

    result = render_wallet_card(example_plan(), reference_context())
    panels = result.panel_count
    face = back_face(panels)
    image = render(result.pdf, 0 if face.side == "A" else 1, scale=8)
    decoded = [r.text for r in zxingcpp.read_barcodes(image)]
    assert decoded == [QR_PAYLOAD]
    # measure the symbol: dark pixels in the back panel's left half
    x0, y0, _, y1 = panel_box(face, panels)
    height = result.page_size[1]
    box = image.crop(
        (round(x0 * 8), round((height - y1) * 8), round((x0 + PANEL_WIDTH / 2) * 8), round((height - y0) * 8))
    )
    dark = box.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert dark is not None
    assert (dark[2] - dark[0]) / 8 / MM >= 25.0 - 0.2


def test_without_qr_the_place_is_labelled(plan: CrisisPlan) -> None:
    result = render_wallet_card(plan, reference_context(responder_qr=None))
    face = back_face(result.panel_count)
    text = "".join(p.text for p in pieces(result.pdf, 0 if face.side == "A" else 1))
    assert "Plaats voor de" in text and "QR-code" in text
    assert "Het hele crisisplan is te vragen bij" in text and "Crisisdienst GGZ Voorbeeld" in text


def test_organisation_title_colour_and_logo(plan: CrisisPlan, tmp_path: Path) -> None:
    Image.new("RGB", (120, 40), (200, 30, 30)).save(tmp_path / "logo.png")
    profile = OrganisationProfile(
        name="Org", card_title="Crisiskaart Voorbeeldstad", colour="#FFD700", logo_file="logo.png"
    )
    context = reference_context(organisation=profile, organisation_file=tmp_path / "org.json")
    result = render_wallet_card(plan, context)
    assert not result.not_fitted
    assert "Crisiskaart Voorbeeldstad" in "".join(p.text for p in pieces(result.pdf, 0))
    image = render(result.pdf, 0, mode="RGB")
    band = image.getpixel((round(8 * SCALE), round(6 * SCALE)))
    assert band == pytest.approx((255, 215, 0), abs=3)  # the organisation's colour, into the bleed
    raw = image.tobytes()
    red = sum(1 for i in range(0, len(raw), 3) if raw[i] > 180 and raw[i + 1] < 60 and raw[i + 2] < 60)
    assert red > 100  # the logo is drawn

    missing = OrganisationProfile(logo_file="weg.png")
    result = render_wallet_card(
        plan, reference_context(organisation=missing, organisation_file=tmp_path / "o.json")
    )
    assert [(n.section, n.text) for n in result.not_fitted] == [("cover", "weg.png")]


def test_preview_is_fast_enough(plan: CrisisPlan) -> None:
    import time

    render_wallet_card(plan, ExportContext())  # fonts registered, caches warm
    start = time.perf_counter()
    for _ in range(5):
        render_wallet_card(plan, ExportContext())
    assert (time.perf_counter() - start) / 5 < 0.2  # target tens of ms; generous for slow CI
