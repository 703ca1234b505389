"""What is printed carries the organisation profile, as the export does: its card title on the
cover, and its linked QR when the card has its summary link; a card without a link yet prints the
offline QR instead of failing (printing saves nothing, so it cannot make the link), still with the
organisation's title on it. The editor's live preview draws with this same context
(tests/ui/test_preview_organisation.py)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import zxingcpp
from PIL import Image

from crisiskaart.app.organisation import save_organisation
from crisiskaart.model import example_plan
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.responder_link import new_responder_link
from crisiskaart.ui.printing.documents import Printable, PrintSource, render

TODAY = dt.date(2026, 12, 2)


def _qr_text(pdf: bytes) -> str:
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(pdf)[0]
    image: Image.Image = page.render(scale=600 / 72).to_pil()
    (found, *_) = zxingcpp.read_barcodes(image)
    return found.text


def _source(plan, profile: Path | None) -> PrintSource:
    return PrintSource(plan, "nl", 3, None, TODAY, profile)


def test_the_printed_card_carries_the_organisation_title_and_its_linked_qr(tmp_path: Path) -> None:
    profile = save_organisation(OrganisationProfile(name="Cliëntenbelang Voorbeeld", card_title="Mijn kaart",
                                                    viewer_url="https://kaart.example.org/v/"),
                                tmp_path / "organisatie.json")
    plan = example_plan()
    plan.responder_link = new_responder_link()
    pdf = render(_source(plan, profile), Printable.CARD)
    assert "Mijn kaart" in pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert _qr_text(pdf).startswith("https://kaart.example.org/v/")


def test_a_card_without_its_link_prints_the_offline_qr_under_the_organisation_title(tmp_path: Path) -> None:
    profile = save_organisation(OrganisationProfile(card_title="Mijn kaart",
                                                    viewer_url="https://kaart.example.org/v/"),
                                tmp_path / "organisatie.json")
    plan = example_plan()
    plan.responder_link = None
    pdf = render(_source(plan, profile), Printable.CARD)
    assert _qr_text(pdf).startswith("BEGIN:VCARD")
    assert "Mijn kaart" in pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
