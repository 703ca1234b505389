"""The print shop's file: black on the black plate only, and every PDF embeds every font it lists.

The content streams are parsed with pypdf (decompressed, operator by operator), so the test sees
the colour that is in force when each piece of text and the QR code are painted.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest
from export_support import reference_context
from pypdf.generic import ContentStream
from reportlab.lib.colors import CMYKColor, HexColor

from crisiskaart.export.card_style import card_style
from crisiskaart.export.formats import FORMATS
from crisiskaart.export.recovery_sheet import recovery_sheet_pdf
from crisiskaart.export.wallet_pdf import print_shop_colour, render_wallet_card, render_wallet_sheet
from crisiskaart.model import example_plan

RGB_OPERATORS = {b"rg", b"RG", b"g", b"G", b"sc", b"scn", b"SC", b"SCN", b"cs", b"CS"}


def _painting(page: pypdf.PageObject, reader: pypdf.PdfReader) -> tuple[list[tuple], list[tuple], set[bytes]]:
    """(fill colour of every text show, fill colour of every filled path, colour operators used)."""
    fill: tuple = ()
    text: list[tuple] = []
    paths: list[tuple] = []
    colour_operators: set[bytes] = set()
    stack: list[tuple] = []
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator in RGB_OPERATORS | {b"k", b"K"}:
            colour_operators.add(operator)
        if operator == b"k":
            fill = tuple(round(float(value), 4) for value in operands)
        elif operator in (b"rg", b"g"):
            fill = ("rgb", *(round(float(value), 4) for value in operands))
        elif operator == b"q":
            stack.append(fill)
        elif operator == b"Q":
            fill = stack.pop()
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            text.append(fill)
        elif operator in (b"f", b"f*", b"F", b"B", b"b"):
            paths.append(fill)
    return text, paths, colour_operators


def _k_only(colour: tuple) -> bool:
    return len(colour) == 4 and colour[:3] == (0, 0, 0)


def test_print_shop_file_sets_black_text_and_the_qr_on_the_black_plate() -> None:
    plan, context = example_plan(), reference_context()
    result = render_wallet_card(plan, context)
    heading = card_style(context, []).heading  # headings in the band's colour stay that colour
    accent = ("rgb", *(round(value, 4) for value in (heading.red, heading.green, heading.blue)))
    reader = pypdf.PdfReader(io.BytesIO(result.pdf))
    for page in reader.pages:
        text, paths, operators = _painting(page, reader)
        assert text
        for colour in text:
            assert _k_only(colour) or colour == accent, colour
        assert (0, 0, 0, 1) in text  # the body text: solid black, not a 93 % tint
        assert not {b"RG", b"G", b"sc", b"scn", b"SC", b"SCN"} & operators
    # The QR code: its dark modules are the one path filled right after the white quiet zone.
    back_page = reader.pages[0 if result.panel_count % 2 == 0 else 1]
    _, paths, _ = _painting(back_page, reader)
    quiet_zone = paths.index((0, 0, 0, 0))
    assert paths[quiet_zone + 1] == (0, 0, 0, 1)


def test_greys_go_to_the_black_plate_and_colours_stay_rgb() -> None:
    assert print_shop_colour(HexColor("#111111")) == CMYKColor(0, 0, 0, 1)
    grey = print_shop_colour(HexColor("#555555"))
    assert isinstance(grey, CMYKColor) and (grey.cyan, grey.magenta, grey.yellow) == (0, 0, 0)
    assert grey.black == pytest.approx(1 - 0x55 / 255)
    assert print_shop_colour(HexColor("#FFFFFF")) == CMYKColor(0, 0, 0, 0)
    assert print_shop_colour(HexColor("#1F4E79")) == HexColor("#1F4E79")


def test_home_sheet_stays_rgb() -> None:
    """Printer drivers at home expect RGB; only the print shop's file is separated."""
    data, _, _ = render_wallet_sheet(example_plan(), reference_context())
    reader = pypdf.PdfReader(io.BytesIO(data))
    _, _, operators = _painting(reader.pages[0], reader)
    assert b"rg" in operators and b"k" not in operators


def _fonts(data: bytes) -> dict[str, bool]:
    """Every font in the resources of every page: base name → embedded (FontFile, 2 or 3)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    found: dict[str, bool] = {}
    for page in reader.pages:
        for reference in (page["/Resources"].get("/Font") or {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return found


PDF_FORMATS = sorted(name for name, fmt in FORMATS.items() if fmt.suffix == ".pdf")


@pytest.mark.parametrize("name", PDF_FORMATS)
def test_every_pdf_embeds_every_font_it_lists(name: str, tmp_path: Path) -> None:
    destination = tmp_path / f"out{FORMATS[name].suffix}"
    FORMATS[name].writer()(example_plan(), destination, reference_context())
    fonts = _fonts(destination.read_bytes())
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in font for font in fonts)  # reportlab's default initial font


def test_recovery_sheet_embeds_every_font_it_lists() -> None:
    data = recovery_sheet_pdf(
        "K7QF-" * 7 + "K7QF", card_file_name="kaart.crisiskaart", made_on=dt.date(2026, 1, 5)
    )
    fonts = _fonts(data)
    assert fonts and all(fonts.values()), fonts
