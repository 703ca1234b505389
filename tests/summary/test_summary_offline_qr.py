"""The offline QR: a vCard at QR version <= 10, EC M, decoded by zxing-cpp and parsed back."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from summary_helpers import decode_png, parse_vcard

from crisiskaart.export.context import ExportContext
from crisiskaart.model import Visibility, example_plan
from crisiskaart.model.base import TextItem
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.sections import Contact, Management, PersonalData
from crisiskaart.summary import OFFLINE_MAX_VERSION, QrContent, qr_matrix, responder_qr_text
from crisiskaart.summary.qr import png_bytes
from crisiskaart.summary.texts import section_short

RESPONDERS = Visibility.RESPONDERS


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _check_card_matches(content: QrContent, language: str = "nl") -> None:
    """The vCard says exactly what ``content`` claims it includes, nothing more."""
    card = parse_vcard(content.text)
    summary = content.summary
    assert card.values("VERSION") == ["3.0"]
    assert card.values("FN") == [_one_line(summary.name)] or content.name_shortened
    if content.birth_date_included and summary.birth_date:
        assert card.values("BDAY") == [summary.birth_date.isoformat()]
    else:
        assert card.values("BDAY") == []
    phone_sections = ("contacts", "care_providers", "full_plan_available_at")
    phones = [e for e in content.included if e.section in phone_sections and (e.tel or e.phone)]
    tels, labels = card.grouped("TEL"), card.grouped("X-ABLABEL")
    assert sorted(tels.values()) == sorted(e.tel or e.phone.strip() for e in phones)
    for group, number in tels.items():
        entry = next(e for e in phones if (e.tel or e.phone.strip()) == number)
        assert _one_line(entry.text) in labels[group]
        if entry.section == "contacts":
            assert labels[group] == f"{'Call' if language == 'en' else 'Bel'}: {_one_line(entry.text)}"
    note_lines = card.values("NOTE")[0].split("\n")
    if summary.valid_until:
        day = summary.valid_until
        assert note_lines[0].startswith(("Geldig tot", "Valid until"))
        assert f"{day.day}-{day.month}-{day.year}" in note_lines[0]
    in_note = [e for e in content.included if e not in phones]
    for entry in in_note:
        line = next(x for x in note_lines if x.startswith(section_short(entry.section, language) + ": "))
        assert _one_line(entry.qr_text) in line
    assert {id(e) for e in content.included} | {id(e) for e in content.left_out} == \
        {id(e) for e in summary.entries}


def test_example_offline_qr_decodes_to_the_vcard_at_version_10_ec_m() -> None:
    content = responder_qr_text(example_plan(), ExportContext(version=3))
    assert content.mode == "offline" and content.version <= OFFLINE_MAX_VERSION
    decoded = decode_png(png_bytes(qr_matrix(content.text, OFFLINE_MAX_VERSION), scale=6))
    assert decoded.text == content.text
    assert decoded.ec_level == "M" and decoded.version == content.version <= 10
    _check_card_matches(content)
    card = parse_vcard(decoded.text)
    assert card.values("FN") == ["Noor Bakker"]
    assert card.grouped("TEL") == {"item1": "+31600000101"}
    assert card.grouped("X-ABLABEL") == {"item1": "Bel: Anna Bakker (zus)"}
    assert card.values("NOTE")[0].startswith("Geldig tot 1-10-2027 (versie 3)")
    assert content.left_out  # the example is too rich for 213 bytes: the rest is reported
    for entry in content.left_out:
        assert entry.qr_text not in decoded.text


def test_english_labels() -> None:
    content = responder_qr_text(example_plan(), ExportContext(language="en", version=3))
    card = parse_vcard(content.text)
    assert card.grouped("X-ABLABEL")["item1"] == "Call: Anna Bakker (zus)"
    assert card.values("NOTE")[0].startswith("Valid until 1-10-2027 (version 3)")
    _check_card_matches(content, "en")


def test_a_small_plan_fits_entirely() -> None:
    plan = CrisisPlan(
        personal=PersonalData(full_name="Jan de Vries", birth_date=dt.date(1970, 1, 2)),
        for_responders=[TextItem(text="Ik hoor slecht", visibility=RESPONDERS)],
        contacts=[Contact(name="Piet", relation="broer", phone="06 0000 0201", visibility=RESPONDERS)],
        management=Management(valid_until=dt.date(2027, 3, 12)),
    )
    content = responder_qr_text(plan, ExportContext())
    assert content.left_out == () and content.birth_date_included
    assert parse_vcard(content.text).values("NOTE") == ["Geldig tot 12-3-2027\nLet op: Ik hoor slecht"]
    _check_card_matches(content)


def test_special_characters_survive_escaping_and_the_qr() -> None:
    plan = CrisisPlan(
        personal=PersonalData(full_name="Zoë Öztürk; \\ <b>"),
        for_responders=[TextItem(text="Niet: aanraken, schreeuwen; \\n", visibility=RESPONDERS)],
    )
    content = responder_qr_text(plan, ExportContext())
    decoded = decode_png(png_bytes(qr_matrix(content.text), scale=6))
    assert decoded.text == content.text
    card = parse_vcard(decoded.text)
    assert card.values("FN") == ["Zoë Öztürk; \\ <b>"]
    assert card.values("NOTE")[0].endswith("Let op: Niet: aanraken, schreeuwen; \\n")


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=120)


@settings(max_examples=40, deadline=None)
@given(name=st.text(min_size=1, max_size=100).filter(str.strip), helps=st.lists(_text, max_size=8),
       phones=st.lists(st.integers(0, 99_999_999), max_size=5))
def test_any_plan_gives_a_vcard_within_version_10(name: str, helps: list[str], phones: list[int]) -> None:
    plan = CrisisPlan(
        personal=PersonalData(full_name=name),
        what_helps=[TextItem(text=t, visibility=RESPONDERS) for t in helps],
        contacts=[Contact(name=f"C{n}", phone=f"06{n:08d}", visibility=RESPONDERS) for n in phones],
    )
    content = responder_qr_text(plan, ExportContext())
    assert content.version <= OFFLINE_MAX_VERSION
    parse_vcard(content.text)
    if not content.name_shortened:
        _check_card_matches(content)


def test_text_beyond_the_largest_qr_does_not_fit_instead_of_crashing() -> None:
    from crisiskaart.summary.qr import fits, qr_version

    assert qr_version("x" * 5000) == 41 and not fits("x" * 5000, 10)
