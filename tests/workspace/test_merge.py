"""Merging two changed copies of one card (a sync conflict copy) against their common ancestor."""

from __future__ import annotations

import datetime as dt
from typing import Any

from crisiskaart.cards import encode_plan
from crisiskaart.model import CrisisPlan, TextItem, example_plan, load_plan_json, validate_plan
from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak
from crisiskaart.model.sections import Contact, CrisisPhase, PhaseColour
from crisiskaart.workspace.merge import NOTE_LENGTH, MergeResult, merge_payloads, merge_plans

EARLIER = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 11, 2, 17, 30, tzinfo=dt.UTC)


def as_json(plan: CrisisPlan) -> dict[str, Any]:
    return plan.model_dump(mode="json")


def merge(base: CrisisPlan, ours: CrisisPlan, theirs: CrisisPlan, *, ours_newer: bool = True) -> MergeResult:
    ours_time, theirs_time = (LATER, EARLIER) if ours_newer else (EARLIER, LATER)
    return merge_plans(as_json(base), as_json(ours), as_json(theirs), ours_time=ours_time,
                       theirs_time=theirs_time)


def test_equal_copies_merge_to_the_same_plan_without_note_details() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    result = merge(base, ours, theirs)
    assert result.merged == as_json(base)
    assert result.conflicts == [] and result.taken_from_theirs == []
    assert result.note() == "samengevoegd met een andere kopie"


def test_a_change_in_one_copy_is_taken() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    ours.personal.preferred_name = "Noortje"
    result = merge(base, ours, theirs, ours_newer=False)  # age does not matter without a conflict
    assert result.merged["personal"]["preferred_name"] == "Noortje"
    assert result.conflicts == [] and result.taken_from_theirs == []

    theirs.contacts[0].phone = "06 1111 2222"
    result = merge(base, ours, theirs)
    assert result.merged["personal"]["preferred_name"] == "Noortje"
    assert result.merged["contacts"][0]["phone"] == "06 1111 2222"
    assert result.taken_from_theirs == [("contacts", f"#{base.contacts[0].id}", "phone")]
    assert result.conflicts == []
    assert result.note() == "samengevoegd met een andere kopie; 1 wijziging uit de andere kopie overgenomen"


def test_both_copies_changed_different_fields_of_one_item() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    ours.contacts[0].phone = "06 1111 2222"
    theirs.contacts[0].note = "Bel haar altijd eerst, ook 's nachts."
    result = merge(base, ours, theirs)
    anna = result.merged["contacts"][0]
    assert (anna["phone"], anna["note"]) == ("06 1111 2222", "Bel haar altijd eerst, ook 's nachts.")
    assert result.conflicts == []


def test_the_same_field_changed_in_both_copies_the_newer_wins_and_the_other_is_noted() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    ours.what_helps[0].text = "Praat heel rustig"
    theirs.what_helps[0].text = "Zeg eerst je naam"
    path = ("what_helps", f"#{base.what_helps[0].id}", "text")

    result = merge(base, ours, theirs, ours_newer=False)
    assert result.merged["what_helps"][0]["text"] == "Zeg eerst je naam"
    [conflict] = result.conflicts
    assert (conflict.path, conflict.kept, conflict.other, conflict.other_side) == (
        path, "Zeg eerst je naam", "Praat heel rustig", "ours")
    assert conflict.label.startswith("Wat helpt / hoe benader je mij › Praat rustig en zeg wie je bent")
    note = result.note()
    assert note.startswith("samengevoegd met een andere kopie; 1 veld in beide kopieën veranderd: Wat helpt")
    assert "Zeg eerst je naam" in note and "Praat heel rustig" in note

    result = merge(base, ours, theirs, ours_newer=True)
    assert result.merged["what_helps"][0]["text"] == "Praat heel rustig"
    [conflict] = result.conflicts
    assert (conflict.kept, conflict.other, conflict.other_side) == (
        "Praat heel rustig", "Zeg eerst je naam", "theirs")
    assert "(bewaard: Praat heel rustig; andere kopie: Zeg eerst je naam)" in result.note()


def test_english_note_and_labels() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    ours.contacts[0].do_not_contact = True
    theirs.contacts[0].do_not_contact = False
    theirs.contacts[0].phone = ""
    ours.contacts[0].phone = "06 1111 2222"
    note = merge(base, ours, theirs).note("en")
    assert note == ("merged with another copy; 1 field changed in both copies: "
                    "Contact persons › Anna Bakker › Phone number (kept: 06 1111 2222; other copy: empty)")
    assert merge(base, ours, theirs).label(("contacts",), "en") == "Contact persons"


def test_items_added_in_each_copy_are_both_kept() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    ours.self_help.append(TextItem(text="Koud water over mijn polsen"))
    theirs.self_help.insert(0, TextItem(text="Naar mijn zus fietsen"))
    result = merge(base, ours, theirs)
    texts = [item["text"] for item in result.merged["self_help"]]
    # The newer copy's order, then what only the other copy has.
    assert texts == [*(item.text for item in base.self_help), "Koud water over mijn polsen",
                     "Naar mijn zus fietsen"]
    assert result.taken_from_theirs == [("self_help", f"#{theirs.self_help[0].id}")]
    assert result.conflicts == []


def test_an_item_removed_in_one_copy_is_removed() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    removed = theirs.contacts.pop(2)
    ours.contacts[0].phone = "06 1111 2222"
    result = merge(base, ours, theirs)
    assert [c["id"] for c in result.merged["contacts"]] == [c.id for c in base.contacts[:2]]
    assert ("contacts", f"#{removed.id}") in result.taken_from_theirs
    assert result.conflicts == []


def test_a_change_wins_over_a_removal_and_is_reported() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    sem = ours.contacts.pop(1)
    theirs.contacts[1].note = "Heeft nu ook de reservesleutel van de schuur."
    result = merge(base, ours, theirs)  # even though the removal is newer
    assert [c["id"] for c in result.merged["contacts"]] == [base.contacts[0].id, base.contacts[2].id, sem.id]
    [conflict] = result.conflicts
    assert (conflict.path, conflict.other, conflict.other_side) == (("contacts", f"#{sem.id}"), None, "ours")
    assert conflict.kept["note"] == "Heeft nu ook de reservesleutel van de schuur."
    assert conflict.label == "Contactpersonen › Sem de Wit"
    assert "Contactpersonen › Sem de Wit (bewaard uit de andere kopie: gewijzigd; deze kopie: verwijderd)" \
        in result.note()


def test_the_copy_that_reordered_a_list_decides_the_order() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    theirs.contacts.reverse()  # the older copy: the neighbour is now called first
    ours.contacts.append(Contact(name="Lotte de Boer", relation="vriendin", phone="06 0000 0103"))
    result = merge(base, ours, theirs)
    assert [c["name"] for c in result.merged["contacts"]] == [
        "Mark Bakker", "Sem de Wit", "Anna Bakker", "Lotte de Boer"]
    assert ("contacts",) in result.taken_from_theirs


def test_lists_without_ids_are_one_value() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    ours.card_order = list(reversed(base.card_order))
    theirs.card_order = base.card_order[1:]
    result = merge(base, ours, theirs, ours_newer=False)
    assert result.merged["card_order"] == [section.value for section in base.card_order[1:]]
    [conflict] = result.conflicts
    assert conflict.path == ("card_order",) and conflict.label == "Volgorde op de kaart"


def test_a_section_started_in_both_copies_keeps_both_fields() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    for plan in (base, ours, theirs):
        plan.plan_van_aanpak = None
    ours.plan_van_aanpak = EigenPlanVanAanpak(my_situation="Ik woon alleen met Lotte.")
    theirs.plan_van_aanpak = EigenPlanVanAanpak(solutions="Een vast dagritme.")
    result = merge(base, ours, theirs)
    own_plan = result.merged["plan_van_aanpak"]
    assert (own_plan["my_situation"], own_plan["solutions"]) == ("Ik woon alleen met Lotte.",
                                                                 "Een vast dagritme.")
    assert result.conflicts == []


def test_merged_payload_is_a_valid_plan() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    ours.what_helps[0].text = "Praat heel rustig"
    theirs.what_helps[0].text = "Zeg eerst je naam"
    theirs.health.allergies.append(TextItem(text="Allergisch voor pinda's"))
    payload, result = merge_payloads(encode_plan(base), encode_plan(ours), encode_plan(theirs),
                                     ours_time=LATER, theirs_time=EARLIER)
    plan = load_plan_json(payload)
    assert as_json(plan) == result.merged
    assert [issue for issue in validate_plan(plan) if issue.code == "duplicate_id"] == []
    assert plan.what_helps[0].text == "Praat heel rustig"
    assert plan.health.allergies[-1].text == "Allergisch voor pinda's"
    assert len(result.conflicts) == 1


def test_an_item_moved_in_one_copy_and_edited_in_the_other_falls_back_to_the_newer_copy() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    moved = ours.what_helps.pop(2)  # "Bel mijn zus Anna" belongs with the responders' notes
    ours.for_responders.append(moved)
    theirs.what_helps[2].text = "Bel mijn zus Anna (06 0000 0101)"
    theirs.personal.preferred_name = "Noortje"
    payload, result = merge_payloads(encode_plan(base), encode_plan(ours), encode_plan(theirs),
                                     ours_time=LATER, theirs_time=EARLIER)
    plan = load_plan_json(payload)
    assert [issue for issue in validate_plan(plan) if issue.code == "duplicate_id"] == []
    assert [item.id for item in plan.what_helps] == [item.id for item in ours.what_helps]
    assert plan.for_responders[-1].id == moved.id
    assert plan.personal.preferred_name == "Noortje"  # the rest of the merge stands
    assert ("what_helps",) in [conflict.path for conflict in result.conflicts]
    assert all(conflict.path[:1] != ("what_helps",) or conflict.path == ("what_helps",)
               for conflict in result.conflicts)


def test_too_many_items_after_merging_falls_back_to_the_newer_section() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    for plan, word in ((ours, "mijn"), (theirs, "jouw")):
        plan.my_crisis.phases += [CrisisPhase(colour=PhaseColour.ORANGE, description=f"{word} {n}")
                                  for n in range(6)]  # 3 + 6 each: 15 together, at most 10 fit
    theirs.my_crisis.summary = "Ik raak in een psychose."
    payload, result = merge_payloads(encode_plan(base), encode_plan(ours), encode_plan(theirs),
                                     ours_time=EARLIER, theirs_time=LATER)
    plan = load_plan_json(payload)
    assert plan.my_crisis == theirs.my_crisis
    [conflict] = result.conflicts
    assert (conflict.path, conflict.other_side) == (("my_crisis",), "ours")
    assert conflict.label == "Mijn crisis"


def test_the_note_stays_short() -> None:
    base, ours, theirs = example_plan(), example_plan(), example_plan()
    named = zip([*ours.sign_offs, *ours.contacts], [*theirs.sign_offs, *theirs.contacts], strict=True)
    for index, (mine, other) in enumerate(named):
        mine.name, other.name = f"Naam {index} " + "a" * 80, f"Naam {index} " + "b" * 80
    texts = zip([*ours.what_helps, *ours.self_help], [*theirs.what_helps, *theirs.self_help], strict=True)
    for mine, other in texts:
        mine.text, other.text = "x" * 300, "y" * 300
    result = merge(base, ours, theirs)
    assert len(result.conflicts) == 13
    note = result.note()
    assert len(note) <= NOTE_LENGTH
    assert "…" in note and note.endswith("meer")
    assert len(result.note("en")) <= NOTE_LENGTH
