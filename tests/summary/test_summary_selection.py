"""The responder summary is exactly what the person marked "ook voor hulpdiensten"."""

from __future__ import annotations

import datetime as dt

from crisiskaart.model import Visibility, example_plan
from crisiskaart.model.base import TextItem
from crisiskaart.model.sections import Contact, ContactRole
from crisiskaart.summary import build_summary

RESPONDERS = Visibility.RESPONDERS


def test_example_summary_holds_the_marked_items_and_the_fixed_facts() -> None:
    plan = example_plan()
    summary = build_summary(plan, version=3)
    assert summary.name == "Noor Bakker"
    assert summary.birth_date == dt.date(1988, 6, 12)
    assert summary.version == 3
    assert summary.valid_until == dt.date(2027, 10, 1)
    texts = {key: [e.text for e in entries] for key, entries in summary.sections()}
    assert texts["what_helps"] == [i.text for i in plan.what_helps]
    assert texts["what_does_not_help"] == [i.text for i in plan.what_does_not_help]
    assert texts["for_responders"] == [i.text for i in plan.for_responders]
    assert texts["allergies"] == ["Allergisch voor penicilline"]
    assert texts["contacts"] == ["Anna Bakker (zus)"]  # Sem is card-only, Mark must not be called
    assert texts["medications"][0].startswith("Aripiprazol 10 mg")  # Melatonine is card-only
    assert texts["full_plan_available_at"] == ["Crisisdienst GGZ Voorbeeld (24 uur per dag)"]
    assert "diagnosis" not in texts and "Schizoaffectieve stoornis" not in str(summary)
    # Card-only and plan-only items stay out.
    assert "Haloperidol: ik krijg er erge stijfheid van" not in str(summary)
    assert "Ruzie met mijn huisbaas" not in str(summary)


def test_contacts_have_dialable_numbers() -> None:
    anna = build_summary(example_plan()).section("contacts")[0]
    assert anna.phone == "06 0000 0101" and anna.tel == "+31600000101"


def test_diagnosis_only_when_explicitly_chosen() -> None:
    plan = example_plan()
    plan.diagnosis.visibility = RESPONDERS
    assert [e.text for e in build_summary(plan).section("diagnosis")] == ["Schizoaffectieve stoornis"]
    plan.diagnosis.visibility = Visibility.CARD
    assert build_summary(plan).section("diagnosis") == ()


def test_at_most_three_contacts_first_contact_first_never_a_do_not_contact() -> None:
    plan = example_plan()
    plan.contacts = [
        Contact(name=f"Persoon {n}", phone=f"06 0000 010{n}", visibility=RESPONDERS) for n in range(4)
    ] + [
        Contact(name="Eerste", phone="06 0000 0199", roles=[ContactRole.FIRST_CONTACT],
                visibility=RESPONDERS),
        Contact(name="Niet bellen", phone="06 0000 0198", do_not_contact=True, visibility=RESPONDERS),
        Contact(name="Zonder nummer", visibility=RESPONDERS),
    ]
    names = [e.text for e in build_summary(plan).section("contacts")]
    assert names == ["Eerste", "Persoon 0", "Persoon 1"]


def test_empty_and_whitespace_items_are_skipped() -> None:
    plan = example_plan()
    plan.what_helps = [TextItem(text="  ", visibility=RESPONDERS),
                       TextItem(text="Rustig", visibility=RESPONDERS)]
    assert [e.text for e in build_summary(plan).section("what_helps")] == ["Rustig"]


def test_a_contact_who_must_not_be_called_is_named_without_a_number() -> None:
    from crisiskaart.export.context import ExportContext
    from crisiskaart.summary import responder_qr_text

    plan = example_plan()
    mark = next(c for c in plan.contacts if c.do_not_contact)
    mark.phone = "06 0000 0199"
    mark.visibility = RESPONDERS
    summary = build_summary(plan)
    [entry] = summary.section("do_not_contact")
    assert entry.text == "Mark Bakker (vader): Wil ik niet betrekken bij een crisis."
    assert entry.phone == entry.tel == ""
    assert "Mark" not in " ".join(e.text for e in summary.section("contacts"))
    vcard = responder_qr_text(plan, ExportContext()).text
    assert "0199" not in vcard  # nothing in the QR dials him
    mark.visibility = Visibility.CARD
    assert build_summary(plan).section("do_not_contact") == ()


def test_every_section_has_a_title_a_short_label_and_a_priority() -> None:
    from crisiskaart.model.labels import FIELD_LABELS
    from crisiskaart.summary.selection import PRIORITY, SECTION_ORDER
    from crisiskaart.summary.texts import SECTIONS

    for key in SECTION_ORDER:
        assert key in SECTIONS and key in FIELD_LABELS, key
        assert key in PRIORITY or key in ("contacts", "full_plan_available_at"), key
