"""The live preview shows the card as it is printed and exported: with the organisation profile
(its accent colour, its linked QR once the card has its summary link), drawn anew when the profile
is saved in Ondersteuner › Organisatie…, and with "what does not fit" from that same drawing.

The checks read the preview's pixels as a person or a phone would: the colour of the cover band,
and the QR code decoded by zxing, then compare them with the card the export writes."""

from __future__ import annotations

import io
from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_helpers import PASSPHRASE, unlock

from crisiskaart.app.exporting import ExportOutcome, ExportRequest, export_plan
from crisiskaart.app.organisation import save_organisation
from crisiskaart.model import example_plan
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.responder_link import new_responder_link
from crisiskaart.ui.editor.preview import CardPreview
from crisiskaart.ui.editor.preview_render import rasterise
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.summary.organisation_dialog import OrganisationDialog

RENDER_MS = 120_000  # a busy machine draws the card slowly; the test waits, the editor never does
ACCENT = (0xA0, 0x19, 0x7D)  # the organisation's colour: a magenta no neutral card has
VIEWER = "https://kaart.voorbeeld.nl/v/"


def _profile(tmp_path: Path, **fields: str) -> Path:
    profile = OrganisationProfile(name="Cliëntenbelang Voorbeeld", card_title="Kaart van Voorbeeld",
                                  colour="#A0197D", **fields)
    return save_organisation(profile, tmp_path / "profiel" / "organisatie.json")


def _open(qtbot, window: MainWindow, make_card) -> CardPreview:
    plan = example_plan()
    plan.responder_link = new_responder_link()  # the card's own summary key, as every new card has
    unlock(qtbot, window, make_card(plan), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert window.editor is not None
    window.editor.splitter.setSizes([150, 450, 700])  # a wide preview: the QR's modules are sharp
    preview = window.editor.preview
    preview.request_drawing()
    qtbot.waitUntil(preview.drawn, timeout=RENDER_MS)
    return preview


def _image(preview: CardPreview) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    preview.images.pixmap().toImage().save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")


def _qr_text(preview: CardPreview) -> str:
    found = zxingcpp.read_barcodes(_image(preview))
    assert len(found) == 1, found
    return found[0].text


def _accent_share(preview: CardPreview) -> float:
    """How much of the card is the organisation's colour (the cover band is, and the headings)."""
    image = _image(preview)
    colours = image.getcolors(image.width * image.height) or []
    near = sum(count for count, rgb in colours
               if max(abs(a - b) for a, b in zip(rgb, ACCENT, strict=True)) <= 8)
    return near / (image.width * image.height)


def _exported_pixels(window: MainWindow, preview: CardPreview, tmp_path: Path) -> tuple[bytes, ExportOutcome]:
    """The wallet card the export dialog's path writes, at the preview's width, and its outcome."""
    session = window.session
    assert session is not None
    version, status = session.shown_version()
    request = ExportRequest("wallet-card", tmp_path / "kaart.pdf", "nl", window.settings.organisation_file,
                            version=version)
    outcome = export_plan(session.document.plan, request, status=status)
    assert outcome.link_created_version is None  # the card already has its link: nothing saved
    shown = preview.images.pixmap().toImage()
    image = rasterise(outcome.path.read_bytes(), shown.width(), 12)
    assert image is not None
    return image.pixels, outcome


def _shown_pixels(preview: CardPreview) -> bytes:
    return _image(preview).tobytes()


def test_the_preview_shows_the_card_with_the_organisation_profile(qtbot, window: MainWindow, make_card,
                                                                   tmp_path: Path) -> None:
    window.settings.organisation_file = _profile(tmp_path, viewer_url=VIEWER)
    preview = _open(qtbot, window, make_card)
    assert _qr_text(preview).startswith(VIEWER + "#")  # the linked QR, as on the printed card
    assert _accent_share(preview) > 0.02  # the organisation's colour on the cover band
    pixels, outcome = _exported_pixels(window, preview, tmp_path)
    assert _shown_pixels(preview) == pixels  # the very card the export writes, pixel for pixel
    # What the preview says did (not) fit comes from that drawing: the same as the export reports.
    assert tuple(preview.not_fitted) == outcome.not_fitted
    assert tuple(preview.qr_left_out) == outcome.qr_left_out == ()
    assert preview.problems.text() == "✓ Alles past op de kaart."
    window.grab().save("/tmp/preview-profile.png")


def test_saving_the_profile_draws_the_preview_again(qtbot, window: MainWindow, make_card,
                                                    tmp_path: Path) -> None:
    window.settings.organisation_file = _profile(tmp_path)  # no viewer address yet: the offline QR
    preview = _open(qtbot, window, make_card)
    assert _qr_text(preview).startswith("BEGIN:VCARD")
    assert _accent_share(preview) > 0.02
    offline_text = preview.problems.text()
    assert "passen niet in de QR-code" in offline_text  # the vCard holds less than the card
    window.summary_menu.organisation.trigger()
    dialog = window.organisation_dialog
    assert isinstance(dialog, OrganisationDialog)
    qtbot.waitExposed(dialog)
    dialog.viewer_url.setFocus()
    qtbot.keyClicks(dialog.viewer_url, VIEWER)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not preview.is_current()  # asked for at once …
    qtbot.waitUntil(preview.drawn, timeout=RENDER_MS)  # … and drawn by the render process
    assert _qr_text(preview).startswith(VIEWER + "#")
    assert _accent_share(preview) > 0.02  # the colour the dialog does not show stays
    assert preview.problems.text() == "✓ Alles past op de kaart."  # the linked QR holds everything
    pixels, _ = _exported_pixels(window, preview, tmp_path)
    assert _shown_pixels(preview) == pixels


def test_a_damaged_profile_is_said_below_the_card(qtbot, window: MainWindow, make_card,
                                                  tmp_path: Path) -> None:
    broken = tmp_path / "organisatie.json"
    broken.write_text('{"colour": "rood"}', "utf-8")
    window.settings.organisation_file = broken
    preview = _open(qtbot, window, make_card)
    assert _accent_share(preview) == 0  # drawn without it meanwhile
    assert "Kan het organisatieprofiel" in preview.problems.text()
    assert "colour" in preview.problems.text()
