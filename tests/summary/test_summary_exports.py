"""The four registry formats write what ``responder_qr_text`` says, and only their destination."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from summary_helpers import decode_png, decode_qr, svg_to_image

from crisiskaart.export.context import ExportContext
from crisiskaart.export.formats import FORMATS
from crisiskaart.model import example_plan
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.summary import responder_qr_text, viewer_sha256

ORG = OrganisationProfile(viewer_url="https://crisiskaart.voorbeeld.nl/")


def _export(name: str, destination: Path, context: ExportContext):
    return FORMATS[name].writer()(example_plan(), destination, context)


def test_qr_png_offline_and_linked(tmp_path: Path) -> None:
    for context, expected_mode in ((ExportContext(version=3), "offline"),
                                   (ExportContext(version=3, organisation=ORG), "linked")):
        content = responder_qr_text(example_plan(), context)
        assert content.mode == expected_mode
        out = tmp_path / f"{expected_mode}.png"
        report = _export("qr-png", out, context)
        assert report.written == [out]
        assert {p.name for p in tmp_path.iterdir()} <= {"offline.png", "linked.png"}  # no temp files left
        decoded = decode_png(out.read_bytes())
        assert decoded.text == content.text and decoded.ec_level == "M"
        if expected_mode == "offline":
            expected = {e.qr_text for e in content.left_out} | {"1988-06-12"}
            assert {n.text for n in report.not_fitted} == expected
        else:
            assert report.not_fitted == []


def test_qr_svg_prints_at_25_mm_with_a_quiet_zone(tmp_path: Path) -> None:
    out = tmp_path / "qr.svg"
    _export("qr-svg", out, ExportContext(version=3))
    svg = out.read_text()
    assert 'width="25mm"' in svg and 'height="25mm"' in svg
    content = responder_qr_text(example_plan(), ExportContext(version=3))
    modules = 17 + 4 * content.version + 2 * 4
    assert f'viewBox="0 0 {modules} {modules}"' in svg
    assert 25 / modules >= 0.38  # module size in mm at the smallest print size
    assert decode_qr(svg_to_image(svg)).text == content.text


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
    assert "- Wat je moet laten: Raak me niet onverwacht aan" in left_out
    assert "Schizoaffectieve" not in text


def test_summary_site_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    report = _export("summary-site", out, ExportContext(version=3, organisation=ORG))
    assert FORMATS["summary-site"].writes_folder
    assert {p.relative_to(out).as_posix() for p in report.written} == \
        {"index.html", "LEESMIJ.txt", "s/FZqk5jumZUzV.jwe"}
    readme = (out / "LEESMIJ.txt").read_text("utf-8")
    assert viewer_sha256() in readme and ORG.viewer_url in readme
    assert example_plan().responder_link.key not in readme
