"""The offline QR: a vCard 3.0 that ZXing, zbar, vobject and Android's importer all read, by priority.

Every vCard is checked against independent readers (summary_helpers): zxing-cpp and zbar decode
the QR, vobject parses the vCard, a ZXing-style TEL parse finds the numbers, and the mapping of
Android's importer says how each number would be filed.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from summary_helpers import (
    android_phone_type,
    decode_png,
    decode_zbar,
    read_vcard,
    vcard_labels,
    vcard_phones,
    zxing_phones,
)

from crisiskaart.export.card_geometry import CONTENT_HEIGHT
from crisiskaart.export.context import ExportContext
from crisiskaart.model import Visibility, example_plan
from crisiskaart.model.base import TextItem
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.sections import Contact, Management, PersonalData
from crisiskaart.summary import OFFLINE_MAX_VERSION, QrContent, qr_matrix, responder_qr_text
from crisiskaart.summary.qr import MIN_MODULE_MM, modules, png_bytes
from crisiskaart.summary.texts import section_short

RESPONDERS = Visibility.RESPONDERS
PT_PER_MM = 72 / 25.4
PHONE_SECTIONS = ("contacts", "care_providers", "full_plan_available_at")

# Long names in three scripts: the person's and the first contact's, each several times over.
SCRIPT_NAMES = {
    "cyrillic": ("Александра Константиновна Преображенская-Добровольская", "Владимир Рождественский", "брат"),
    "arabic": ("عبد الرحمن بن محمد بن عبد الله الهاشمي القرشي", "فاطمة الزهراء بنت عبد الله الأنصاري", "أخت"),
    "polish": ("Grzegorz Brzęczyszczykiewicz-Żółkiewski z Chrząszczyżewoszyc", "Małgorzata Świętochłowicka",
               "siostra"),
}


def _longest(name: str) -> str:
    """``name`` repeated up to the 100 characters a name may have."""
    return " ".join([name] * 10)[:100].strip()


def script_plan(script: str) -> CrisisPlan:
    """The example card with the longest name and first contact in ``script``."""
    person, contact, relation = SCRIPT_NAMES[script]
    plan = example_plan()
    plan.personal.full_name = _longest(person)
    first = next(c for c in plan.contacts if c.phone and not c.do_not_contact)
    first.name, first.relation = _longest(contact), relation
    return plan


def three_contacts_plan() -> CrisisPlan:
    """The example card with three contacts to call for responders."""
    plan = example_plan()
    for contact in plan.contacts:
        if contact.phone and not contact.do_not_contact:
            contact.visibility = RESPONDERS
    plan.contacts.append(Contact(name="Dokter E. Jansen", relation="huisarts", phone="020 000 1234",
                                 visibility=RESPONDERS))
    return plan


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _dialled(entry) -> str:
    return entry.tel or re.sub(r"[^0-9+*#]", "", entry.phone)


def _phone_entries(content: QrContent) -> list:
    return [e for e in content.included if e.section in PHONE_SECTIONS and _dialled(e)]


def check_folding(text: str) -> None:
    """RFC 2426 §2.6: CRLF line ends, at most 75 octets a line, continuations start with a space."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text[:-2].split("\r\n")
    for line in lines:
        assert len(line.encode("utf-8")) <= 75, line
        assert (len(line) - len(line.rstrip("\\"))) % 2 == 0, line  # an escape pair is never split


def check_card_matches(content: QrContent, language: str = "nl") -> None:
    """The vCard says exactly what ``content`` claims it includes, for every reader."""
    check_folding(content.text)
    card = read_vcard(content.text)
    summary = content.summary
    assert card.version.value == "3.0"
    name = card.fn.value
    if content.name_shortened:
        assert name.endswith("…") and _one_line(summary.name).startswith(name[:-1])
    else:
        assert name == _one_line(summary.name)
    if content.birth_date_included and summary.birth_date:
        assert card.bday.value == summary.birth_date.isoformat()
    else:
        assert "bday" not in card.contents
    numbers = list(dict.fromkeys(_dialled(e) for e in _phone_entries(content)))
    phones = vcard_phones(card)
    plain = [(number, types) for group, number, types in phones if not group]
    assert [number for number, _ in plain] == sorted(numbers, key=numbers.index)  # one plain TEL each
    assert [number for number, _ in zxing_phones(content.text)] == [number for number, _ in plain]
    for _, types in plain:
        assert types == ["VOICE"] and android_phone_type(types) == "Other"  # never "Home"
    labels = vcard_labels(card)
    grouped = {group: number for group, number, _ in phones if group}
    assert set(labels) == set(grouped)
    for group, label in labels.items():
        assert grouped[group] in numbers  # the labelled copy repeats a plain number
        assert label.startswith(("Bel: ", "Call: ", section_short("care_providers", language),
                                 section_short("full_plan_available_at", language)))
    note_lines = card.note.value.split("\n")
    if summary.valid_until:
        day = summary.valid_until
        assert note_lines[0].startswith(("Geldig tot", "Valid until"))
        assert f"{day.day}-{day.month}-{day.year}" in note_lines[0]
    for entry in content.included:
        line = next(x for x in note_lines if x.startswith(section_short(entry.section, language) + ": "))
        if entry in _phone_entries(content):
            written = _one_line(entry.phone) or _dialled(entry)
            if entry in content.shortened:
                assert "…" in line and written in line
            else:
                assert f"{_one_line(entry.text)} {written}".strip() in line
        else:
            assert _one_line(entry.qr_text) in line
    assert sorted(map(id, content.included + content.left_out)) == sorted(map(id, summary.entries))


def test_the_largest_version_fits_the_back_panel_at_half_millimetre_modules() -> None:
    safe_height_mm = CONTENT_HEIGHT / PT_PER_MM
    assert modules(OFFLINE_MAX_VERSION) * MIN_MODULE_MM <= safe_height_mm
    assert modules(OFFLINE_MAX_VERSION + 1) * MIN_MODULE_MM > safe_height_mm
    assert OFFLINE_MAX_VERSION >= 15  # about three times the 213 bytes of version 10


def test_example_qr_is_read_by_zxing_zbar_and_vobject() -> None:
    content = responder_qr_text(example_plan(), ExportContext(version=3))
    assert content.mode == "offline" and content.version <= OFFLINE_MAX_VERSION
    png = png_bytes(qr_matrix(content.text, OFFLINE_MAX_VERSION), scale=6)
    decoded = decode_png(png)
    assert decoded.text == content.text
    assert decoded.ec_level == "M" and decoded.version == content.version
    assert decode_zbar(Image.open(io.BytesIO(png))) == content.text
    check_card_matches(content)
    card = read_vcard(decoded.text)
    assert card.fn.value == "Noor Bakker"
    assert zxing_phones(decoded.text)[0] == ("+31600000101", "VOICE")  # the first contact, first
    note = card.note.value
    assert note.startswith("Geldig tot 1-10-2027 (versie 3)\n")
    assert "\nBel: Anna Bakker (zus) 06 0000 0101" in note
    for entry in content.left_out:
        assert entry.qr_text not in note


def test_the_example_card_holds_something_of_every_responder_section() -> None:
    plan = three_contacts_plan()
    content = responder_qr_text(plan, ExportContext(version=3))
    check_card_matches(content)
    sections = [e.section for e in content.included]
    for section in ("for_responders", "what_helps", "what_does_not_help", "allergies", "medications"):
        assert section in sections, section
    contacts = [e for e in content.included if e.section == "contacts"]
    assert [e.text for e in contacts] == ["Anna Bakker (zus)", "Sem de Wit (buurman)",
                                          "Dokter E. Jansen (huisarts)"]
    numbers = [number for number, _ in zxing_phones(content.text)]
    assert {"+31600000101", "+31600000102", "+31200001234"} <= set(numbers)
    assert read_vcard(content.text).fn.value == "Noor Bakker"
    assert content.version <= OFFLINE_MAX_VERSION


@pytest.mark.parametrize("script", sorted(SCRIPT_NAMES))
def test_a_long_name_in_any_script_never_pushes_the_first_number_out(script: str) -> None:
    plan = script_plan(script)
    content = responder_qr_text(plan, ExportContext(version=3))
    assert content.version <= OFFLINE_MAX_VERSION
    check_card_matches(content)
    first = next(e for e in content.summary.entries if e.section == "contacts")
    assert first in content.included
    assert zxing_phones(content.text)[0] == ("+31600000101", "VOICE")
    png = png_bytes(qr_matrix(content.text, OFFLINE_MAX_VERSION), scale=6)
    assert decode_png(png).text == decode_zbar(Image.open(io.BytesIO(png))) == content.text
    note = read_vcard(content.text).note.value
    call_line = next(line for line in note.split("\n") if line.startswith("Bel: "))
    person, contact, _ = SCRIPT_NAMES[script]
    assert call_line.startswith(f"Bel: {contact.split()[0]}") and "06 0000 0101" in call_line
    assert read_vcard(content.text).fn.value.startswith(person.split()[0])
    if script != "polish":  # two bytes a letter: these names cannot all fit in full
        assert content.name_shortened and first in content.shortened


def test_a_small_plan_fits_entirely_with_apple_labels() -> None:
    plan = CrisisPlan(
        personal=PersonalData(full_name="Jan de Vries", birth_date=dt.date(1970, 1, 2)),
        for_responders=[TextItem(text="Ik hoor slecht", visibility=RESPONDERS)],
        contacts=[Contact(name="Piet", relation="broer", phone="06 0000 0201", visibility=RESPONDERS)],
        management=Management(valid_until=dt.date(2027, 3, 12)),
    )
    content = responder_qr_text(plan, ExportContext())
    assert content.left_out == () and content.birth_date_included
    check_card_matches(content)
    card = read_vcard(content.text)
    assert card.note.value == "Geldig tot 12-3-2027\nLet op: Ik hoor slecht\nBel: Piet (broer) 06 0000 0201"
    assert vcard_phones(card) == [("", "+31600000201", ["VOICE"]), ("item1", "+31600000201", ["VOICE"])]
    assert vcard_labels(card) == {"item1": "Bel: Piet (broer)"}  # Apple shows this beside the number
    assert zxing_phones(content.text) == [("+31600000201", "VOICE")]  # ZXing sees the plain TEL only


def test_english_labels() -> None:
    content = responder_qr_text(example_plan(), ExportContext(language="en", version=3))
    note = read_vcard(content.text).note.value
    assert note.startswith("Valid until 1-10-2027 (version 3)")
    assert "\nCall: Anna Bakker (zus) 06 0000 0101" in note
    check_card_matches(content, "en")


def test_special_characters_survive_escaping_and_the_qr() -> None:
    plan = CrisisPlan(
        personal=PersonalData(full_name="Zoë Öztürk; \\ <b>"),
        for_responders=[TextItem(text="Niet: aanraken, schreeuwen; \\n", visibility=RESPONDERS)],
    )
    content = responder_qr_text(plan, ExportContext())
    decoded = decode_png(png_bytes(qr_matrix(content.text), scale=6))
    assert decoded.text == content.text
    card = read_vcard(decoded.text)
    assert card.fn.value == "Zoë Öztürk; \\ <b>"
    assert card.note.value.endswith("Let op: Niet: aanraken, schreeuwen; \\n")
    check_card_matches(content)


def test_long_statements_fold_without_splitting_characters() -> None:
    plan = CrisisPlan(
        personal=PersonalData(full_name="Ёжик"),
        for_responders=[TextItem(text="Пожалуйста, говорите медленно и спокойно " * 3, visibility=RESPONDERS),
                        TextItem(text="😀" * 30 + "\\;,", visibility=RESPONDERS)],
    )
    content = responder_qr_text(plan, ExportContext())
    check_folding(content.text)
    assert read_vcard(content.text).note.value.split("\n")[1].startswith("Let op: Пожалуйста")
    assert "😀" * 30 + "\\;," in read_vcard(content.text).note.value


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=120)
_name = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=100)


@settings(max_examples=40, deadline=None)
@given(name=_name.filter(str.strip), helps=st.lists(_text, max_size=8), who=st.lists(_name, max_size=4),
       phones=st.lists(st.integers(0, 99_999_999), max_size=5))
def test_any_plan_gives_a_vcard_that_fits_and_keeps_its_first_number(
        name: str, helps: list[str], who: list[str], phones: list[int]) -> None:
    plan = CrisisPlan(
        personal=PersonalData(full_name=name),
        what_helps=[TextItem(text=t, visibility=RESPONDERS) for t in helps],
        contacts=[Contact(name=who[i % len(who)] if who else f"C{i}", phone=f"06{n:08d}",
                          visibility=RESPONDERS) for i, n in enumerate(phones)],
    )
    content = responder_qr_text(plan, ExportContext())
    assert content.version <= OFFLINE_MAX_VERSION
    check_card_matches(content)
    if phones:
        assert zxing_phones(content.text)[0][0] == f"+316{phones[0]:08d}"


def test_text_beyond_the_largest_qr_does_not_fit_instead_of_crashing() -> None:
    from crisiskaart.summary.qr import fits, qr_version

    assert qr_version("x" * 5000) == 41 and not fits("x" * 5000, 10)
