"""The field-level diff follows items by id and reports in the section order of the plan."""

from __future__ import annotations

from crisiskaart.model import TextItem, example_plan
from crisiskaart.workspace import Change, diff_as_json, diff_plans


def test_identical_plans_have_no_changes() -> None:
    assert diff_plans(example_plan(), example_plan()) == []


def test_added_changed_removed_in_plan_order() -> None:
    old, new = example_plan(), example_plan()
    new.contacts[0].phone = "06 1111 2222"
    removed = new.contacts.pop(1)
    new.what_does_not_help.insert(0, TextItem(text="Sirenes en zwaailichten"))
    new.personal.preferred_name = ""
    new.contacts.reverse()  # moving items is not a change of their fields
    changes = diff_plans(old, new)
    sections = [c.section for c in changes]
    assert sections == sorted(sections, key=list(type(new).model_fields).index)
    by_label = {(c.section_label, c.label): c for c in changes}
    roepnaam = by_label[("Persoonlijke gegevens", "Roepnaam")]
    assert (roepnaam.change, roepnaam.old, roepnaam.new) == (Change.REMOVED, "Noor", "")
    phone = by_label[("Contactpersonen", "Anna Bakker › Telefoonnummer")]
    assert (phone.change, phone.old, phone.new) == (Change.CHANGED, "06 0000 0101", "06 1111 2222")
    gone = by_label[("Contactpersonen", f"{removed.name} › Naam")]
    assert gone.change is Change.REMOVED and gone.new == ""
    added = by_label[("Wat helpt niet / wat moet je laten", "Sirenes en zwaailichten › Tekst")]
    assert added.change is Change.ADDED and added.old == ""
    assert not any("Kenmerk" in c.label for c in changes)  # ids are bookkeeping


def test_english_labels_and_json_form() -> None:
    old, new = example_plan(), example_plan()
    new.contacts[0].do_not_contact = True
    [change] = diff_plans(old, new, "en")
    assert (change.section_label, change.label, change.old, change.new) == (
        "Contact persons", "Anna Bakker › Do not contact", "no", "yes")
    [row] = diff_as_json([change])
    assert row["change"] == "changed" and row["path"].startswith("contacts/#")
