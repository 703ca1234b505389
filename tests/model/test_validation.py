"""Every validation rule gives one clear message, in Dutch and in English, never a pydantic trace."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from crisiskaart.model import (
    CrisisPlan,
    Issue,
    PlanInvalid,
    Severity,
    dump_plan_json,
    example_plan,
    load_plan_json,
    validate_plan,
)
from crisiskaart.model.base import NAME_LENGTH
from crisiskaart.model.sections import Contact

TODAY = dt.date(2026, 11, 25)


def example_data() -> dict[str, Any]:
    return json.loads(dump_plan_json(example_plan()))


def structural_issues(data: Any) -> list[Issue]:
    with pytest.raises(PlanInvalid) as caught:
        load_plan_json(json.dumps(data))
    return caught.value.issues


def codes(issues: list[Issue]) -> list[str]:
    return [issue.code for issue in issues]


def test_example_is_valid() -> None:
    assert validate_plan(example_plan(), today=TODAY) == []


@pytest.mark.parametrize("value", ["2025-02-30", "2023-02-29", "2026-13-01", "2026-04-31"])
def test_impossible_date_is_named(value: str) -> None:
    data = example_data()
    data["personal"]["birth_date"] = value
    (issue,) = structural_issues(data)
    assert issue.code == "date_impossible"
    assert issue.render() == f"Persoonlijke gegevens › Geboortedatum: ‘{value}’ is geen bestaande datum"
    assert issue.render("en") == f"Personal details › Date of birth: ‘{value}’ is not an existing date"


@pytest.mark.parametrize("value", ["14-03-2026", "gisteren", 20260314, "2026-03-14T10:00:00"])
def test_date_in_another_form_is_explained(value: Any) -> None:
    data = example_data()
    data["management"]["signed_on"] = value
    (issue,) = structural_issues(data)
    assert issue.code == "date_format"
    assert "jaar-maand-dag" in issue.message()


def test_leap_day_is_a_real_date() -> None:
    data = example_data()
    data["personal"]["birth_date"] = "2024-02-29"
    assert load_plan_json(json.dumps(data)).personal.birth_date == dt.date(2024, 2, 29)


def test_text_too_long_names_length_and_limit() -> None:
    data = example_data()
    data["contacts"][0]["name"] = "A" * (NAME_LENGTH + 5)
    (issue,) = structural_issues(data)
    assert issue.code == "text_too_long"
    assert issue.render() == (
        f"Contactpersonen › 1 › Naam: de tekst is {NAME_LENGTH + 5} tekens lang; "
        f"hier passen er hoogstens {NAME_LENGTH}"
    )


def test_unknown_field_wrong_type_and_wrong_choice_each_get_one_line() -> None:
    data = example_data()
    data["personal"]["bsn"] = "123456782"
    data["what_helps"] = "rust"
    data["contacts"][1]["visibility"] = "everyone"
    issues = structural_issues(data)
    assert codes(issues) == ["unknown_field", "wrong_type", "invalid_choice"]
    lines = [issue.render() for issue in issues]
    assert lines[0] == "Persoonlijke gegevens: onbekend veld ‘bsn’"
    assert lines[1] == "Wat helpt / hoe benader je mij: verkeerde soort waarde ‘rust’: hier hoort een lijst"
    assert lines[2].startswith("Contactpersonen › 2 › Wie mag het zien: ‘everyone’ is geen geldige keuze")
    assert "‘plan’ = Alleen in het plan; ‘card’ = Ook op de kaart; ‘responders’ = Ook voor hulpdiensten" \
        in lines[2]  # the values to write, with the names the editor shows


@pytest.mark.parametrize("text", ["{", "[1, 2]", "", "null"])
def test_not_json_or_not_an_object(text: str) -> None:
    with pytest.raises(PlanInvalid) as caught:
        load_plan_json(text)
    (issue,) = caught.value.issues
    assert issue.code in ("json_invalid", "not_an_object")


def test_messages_never_show_pydantic_internals() -> None:
    data = example_data()
    data["personal"] = {"full_name": 5, "birth_date": "x", "address": [], "extra": 1}
    data["contacts"] = [{"roles": ["boss"], "do_not_contact": "misschien", "phone": None}]
    data["card_order"] = 7
    issues = structural_issues(data)
    assert len(issues) >= 6
    for issue in issues:
        for language in ("nl", "en"):
            line = issue.render(language)
            assert "Input should" not in line and "pydantic" not in line and "type=" not in line


@pytest.mark.parametrize(
    "phone", ["abc", "12345", "06-1234", "+31 6 1234", "0031 20 12345678", "06-12345678x"])
def test_phone_that_is_not_dutch_or_international(phone: str) -> None:
    plan = example_plan()
    plan.contacts[1].phone = phone
    (issue,) = validate_plan(plan, today=TODAY)
    assert issue.code == "phone_invalid"
    assert issue.path == ("contacts", 1, "phone")
    assert issue.render() == (
        f"Contactpersonen › 2 › Telefoonnummer: ‘{phone}’ is geen Nederlands of internationaal "
        "telefoonnummer (bijvoorbeeld 06-12345678 of +32 470 12 34 56)"
    )


def test_every_phone_field_is_checked() -> None:
    plan = example_plan()
    plan.care_providers[0].phone = "huisarts"
    plan.practical[0].phone = "0"
    plan.management.full_plan_phone = "bel mij"
    plan.contacts[0].phone_alternative = "??"
    paths = [issue.path for issue in validate_plan(plan, today=TODAY)]
    assert paths == [
        ("contacts", 0, "phone_alternative"),
        ("care_providers", 0, "phone"),
        ("practical", 0, "phone"),
        ("management", "full_plan_phone"),
    ]


def test_card_without_contact_person() -> None:
    plan = example_plan()
    plan.contacts = []
    (issue,) = validate_plan(plan, today=TODAY)
    assert issue.code == "no_contact_person"
    assert issue.render() == (
        "Contactpersonen: er staat geen contactpersoon op de kaart; zet minstens één persoon "
        "met een telefoonnummer op de kaart"
    )


def test_contacts_only_in_plan_or_do_not_contact_do_not_count() -> None:
    plan = example_plan()
    plan.contacts = [
        Contact(name="Anna", phone="0600000101", visibility="plan"),
        Contact(name="Mark", phone="0600000102", do_not_contact=True),
    ]
    assert codes(validate_plan(plan, today=TODAY)) == ["no_contact_person"]


def test_contact_on_card_without_phone_is_a_warning() -> None:
    plan = example_plan()
    plan.contacts[1].phone = ""
    (issue,) = validate_plan(plan, today=TODAY)
    assert (issue.code, issue.severity) == ("contact_without_phone", Severity.WARNING)
    assert "Sem de Wit" in issue.message()


def test_valid_until_before_signed() -> None:
    plan = example_plan()
    plan.management.valid_until = dt.date(2026, 9, 30)
    (issue,) = validate_plan(plan, today=TODAY)
    assert issue.render() == (
        "Beheer › Geldig tot: geldig tot (30 september 2026) ligt vóór de datum van "
        "ondertekening (1 oktober 2026)"
    )
    assert issue.render("en") == (
        "Management › Valid until: valid until (30 September 2026) is before the date of "
        "signing (1 October 2026)"
    )


def test_validity_longer_than_eighteen_months_is_a_warning() -> None:
    plan = example_plan()
    plan.management.valid_until = dt.date(2028, 4, 2)
    (issue,) = validate_plan(plan, today=TODAY)
    assert (issue.code, issue.severity) == ("valid_too_long", Severity.WARNING)
    plan.management.valid_until = dt.date(2028, 4, 1)
    assert validate_plan(plan, today=TODAY) == []


def test_signed_before_drawn_up() -> None:
    plan = example_plan()
    plan.management.drawn_up_on = dt.date(2026, 10, 2)
    assert codes(validate_plan(plan, today=TODAY)) == ["signed_before_drawn_up"]


def test_dates_in_the_future_or_out_of_range() -> None:
    plan = example_plan()
    plan.personal.birth_date = dt.date(2030, 1, 1)
    plan.management.signed_on = dt.date(2026, 11, 26)
    plan.sign_offs[0].signed_on = dt.date(1850, 1, 1)
    issues = validate_plan(plan, today=TODAY)
    assert codes(issues) == ["birth_date_in_future", "date_out_of_range", "date_in_future"]
    assert issues[0].message() == "de geboortedatum 1 januari 2030 ligt in de toekomst"


def test_missing_name() -> None:
    plan = example_plan()
    plan.personal.full_name = "  "
    assert codes(validate_plan(plan, today=TODAY)) == ["name_missing"]


def test_plan_van_aanpak_date_order() -> None:
    plan = example_plan()
    assert plan.plan_van_aanpak is not None
    plan.plan_van_aanpak.letter_sent_on = dt.date(2026, 11, 15)
    plan.plan_van_aanpak.decision_on = dt.date(2026, 11, 14)
    assert codes(validate_plan(plan, today=TODAY)) == ["letter_before_announcement",
                                                       "decision_before_letter"]


def test_duplicate_ids_and_card_sections() -> None:
    plan = example_plan()
    plan.what_helps[1].id = plan.what_helps[0].id
    plan.card_order = [*plan.card_order, plan.card_order[0]]
    assert codes(validate_plan(plan, today=TODAY)) == ["duplicate_id", "duplicate_card_section"]


def test_issues_follow_the_section_order_of_the_plan() -> None:
    plan = example_plan()
    plan.management.valid_until = dt.date(2020, 1, 1)
    plan.contacts[0].phone = "x"
    plan.personal.full_name = ""
    assert codes(validate_plan(plan, today=TODAY)) == ["name_missing", "phone_invalid",
                                                       "valid_until_before_signed"]


def test_empty_plan_is_a_valid_draft_to_store_but_not_a_valid_card() -> None:
    plan = load_plan_json("{}")
    assert plan == CrisisPlan()
    assert codes(validate_plan(plan, today=TODAY)) == ["name_missing", "no_contact_person"]


def test_assignment_is_checked_so_the_editor_cannot_store_nonsense() -> None:
    plan = example_plan()
    with pytest.raises(ValueError):
        plan.personal.full_name = "x" * (NAME_LENGTH + 1)
