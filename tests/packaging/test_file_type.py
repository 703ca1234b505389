"""The .crisiskaart file type the Linux desktop learns: its glob and magic match a real card file."""

from __future__ import annotations

import codecs
import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from crisiskaart.cards import encode_plan, plan_summary
from crisiskaart.model import CrisisPlan
from crisiskaart.store import TEST_KDF, create_card

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def test_the_mime_type_recognises_a_card_by_its_name_and_its_first_bytes(tmp_path: Path) -> None:
    card = tmp_path / "kaart.crisiskaart"
    plan = CrisisPlan()
    create_card(card, "paard batterij nietje correct", encode_plan(plan), summary=plan_summary(plan),
                kdf=TEST_KDF).close()
    mime_type = ET.parse(LINUX / "crisiskaart.xml").getroot().find("m:mime-type", NS)
    assert mime_type is not None
    assert [glob.get("pattern") for glob in mime_type.findall("m:glob", NS)] == ["*.crisiskaart"]
    match = mime_type.find("m:magic/m:match", NS)
    assert match is not None and match.get("type") == "string" and match.get("offset") == "0"
    magic = codecs.decode(match.get("value", ""), "unicode_escape").encode("latin-1")
    assert len(magic) == 8 and card.read_bytes().startswith(magic)

    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    desktop.read(LINUX / "crisiskaart.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert mime_type.get("type") in entry["MimeType"].rstrip(";").split(";")
    assert entry["Exec"].endswith("%f")  # the double-clicked file reaches the editor as its argument
