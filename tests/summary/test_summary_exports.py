"""The four registry formats write what ``responder_qr_text`` says, and only their destination."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
from pathlib import Path

from PIL import Image
from summary_helpers import decode_png, decode_qr, decode_zbar, svg_to_image

from crisiskaart.export.context import ExportContext
from crisiskaart.export.formats import FORMATS
from crisiskaart.model import example_plan
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.responder_link import new_responder_link
from crisiskaart.summary import responder_qr_text, viewer_sha256

ORG = OrganisationProfile(viewer_url="https://crisiskaart.voorbeeld.nl/")
LINKED = example_plan().model_copy(update={"responder_link": new_responder_link()})  # as a card has it


def _plan(context: ExportContext):
    return LINKED if context.organisation is not None else example_plan()


def _export(name: str, destination: Path, context: ExportContext):
    return FORMATS[name].writer()(_plan(context), destination, context)


def test_qr_png_offline_and_linked(tmp_path: Path) -> None:
    for context, expected_mode in ((ExportContext(version=3), "offline"),
                                   (ExportContext(version=3, organisation=ORG), "linked")):
        content = responder_qr_text(_plan(context), context)
        assert content.mode == expected_mode
        out = tmp_path / f"{expected_mode}.png"
        report = _export("qr-png", out, context)
        assert report.written == [out]
        assert {p.name for p in tmp_path.iterdir()} <= {"offline.png", "linked.png"}  # no temp files left
        decoded = decode_png(out.read_bytes())
        assert decoded.text == content.text and decoded.ec_level == "M"
        assert decode_zbar(Image.open(io.BytesIO(out.read_bytes()))) == content.text
        if expected_mode == "offline":
            expected = {e.qr_text for e in content.left_out} | {e.text for e in content.shortened}
            if not content.birth_date_included:
                expected.add("1988-06-12")
            assert {n.text for n in report.not_fitted} == expected
        else:
            assert report.not_fitted == []


def _dutch_mm(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _png_chunks(data: bytes) -> dict[bytes, bytes]:
    chunks, at = {}, 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        chunks[data[at + 4:at + 8]] = data[at + 8:at + 8 + length]
        at += 12 + length
    return chunks


def test_qr_png_states_its_printed_size_without_the_quiet_zone(tmp_path: Path) -> None:
    out = tmp_path / "qr.png"
    _export("qr-png", out, ExportContext(version=3))
    content = responder_qr_text(example_plan(), ExportContext(version=3))
    symbol = 17 + 4 * content.version
    chunks = _png_chunks(out.read_bytes())
    per_metre, _, unit = struct.unpack(">IIB", chunks[b"pHYs"])
    module_mm = 10 / per_metre * 1000  # 10 pixels a module
    assert unit == 1 and module_mm >= 0.5 - 0.001
    assert Image.open(io.BytesIO(out.read_bytes())).width == (symbol + 8) * 10  # quiet zone around it
    keyword, _, description = chunks[b"tEXt"].partition(b"\0")
    assert keyword == b"Description"
    assert f"code zelf: {_dutch_mm(symbol * module_mm)} mm".encode() in description
    assert f"{_dutch_mm(4 * module_mm)} mm wit".encode() in description


def test_qr_svg_states_the_symbol_size_and_adds_the_quiet_zone_outside(tmp_path: Path) -> None:
    out = tmp_path / "qr.svg"
    _export("qr-svg", out, ExportContext(version=3))
    svg = out.read_text()
    content = responder_qr_text(example_plan(), ExportContext(version=3))
    symbol = 17 + 4 * content.version
    total = symbol + 2 * 4
    assert f'viewBox="0 0 {total} {total}"' in svg
    width = float(re.search(r'width="([0-9.]+)mm"', svg).group(1))  # type: ignore[union-attr]
    assert f'height="{width:g}mm"' in svg
    module_mm = width / total
    assert module_mm >= 0.5 - 0.001 and symbol * module_mm >= 25 - 0.001
    description = re.search(r"<desc>([^<]*)</desc>", svg).group(1)  # type: ignore[union-attr]
    assert f"versie {content.version}" in description
    assert f"code zelf: {_dutch_mm(symbol * module_mm)} mm" in description  # 8 modules less than width
    assert f"{_dutch_mm(4 * module_mm)} mm wit" in description
    image = svg_to_image(svg)
    assert decode_qr(image).text == decode_zbar(image) == content.text


def test_summary_text_lists_the_summary_and_exactly_what_is_in_the_qr(tmp_path: Path) -> None:
    out = tmp_path / "samenvatting.txt"
    _export("summary-text", out, ExportContext(version=3, today=dt.date(2026, 11, 25)))
    text = out.read_text("utf-8")
    assert text.startswith("Samenvatting voor hulpdiensten\n")
    assert "Geldig tot: 1 oktober 2027" in text and "Versie: 3" in text
    assert "- Raak me niet onverwacht aan" in text and "- Anna Bakker (zus) — 06 0000 0101" in text
    qr_part = text.split("In de QR-code\n", 1)[1]
    included, left_out = qr_part.split("Past niet in de QR-code (staat wel op de kaart):")
    assert "- Wie bellen: Anna Bakker (zus)" in included
    assert "- Wat je moet laten: Raak me niet onverwacht aan" in included
    assert f"QR-code versie {responder_qr_text(example_plan(), ExportContext(version=3)).version}" in included
    assert "- Wat je moet laten: Geen sirenes of zwaailicht als het niet hoeft" in left_out
    assert "Schizoaffectieve" not in text


def test_summary_site_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    report = _export("summary-site", out, ExportContext(version=3, organisation=ORG))
    assert FORMATS["summary-site"].writes_folder
    assert {p.relative_to(out).as_posix() for p in report.written} == \
        {"index.html", "LEESMIJ.txt", f"s/{LINKED.responder_link.id}.jwe"}
    readme = (out / "LEESMIJ.txt").read_text("utf-8")
    assert viewer_sha256() in readme and ORG.viewer_url in readme
    assert LINKED.responder_link.key not in readme
