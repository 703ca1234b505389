"""JSON ↔ model round trips: nothing the person wrote is changed or lost."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from crisiskaart.model import (
    CrisisPlan,
    TextItem,
    Visibility,
    dump_plan_json,
    example_plan,
    load_plan_json,
    plan_json_schema,
)
from crisiskaart.model.base import ITEM_TEXT_LENGTH, NAME_LENGTH
from crisiskaart.model.sections import Contact


def test_example_round_trip_is_exact() -> None:
    plan = example_plan()
    text = dump_plan_json(plan)
    again = load_plan_json(text)
    assert again == plan
    assert dump_plan_json(again) == text


def test_example_is_deterministic_and_fills_every_section() -> None:
    first, second = example_plan(), example_plan()
    assert dump_plan_json(first) == dump_plan_json(second)
    data = json.loads(dump_plan_json(first))
    empty = [name for name, value in data.items() if value in ("", [], {}, None)]
    assert empty == ["responder_link"]  # a key published with the program would protect nothing
    assert first.plan_van_aanpak is not None
    own_plan = json.loads(first.plan_van_aanpak.model_dump_json())
    assert [name for name, value in own_plan.items() if value in ("", [], {}, None)] == []


def test_diagnosis_stays_in_the_plan_by_default() -> None:
    assert CrisisPlan().diagnosis.visibility is Visibility.PLAN
    assert not CrisisPlan().diagnosis.visibility.on_card


def test_visibility_levels_are_cumulative() -> None:
    assert [v.on_card for v in Visibility] == [False, True, True]
    assert [v.in_summary for v in Visibility] == [False, False, True]


def test_items_get_distinct_ids() -> None:
    ids = {TextItem().id for _ in range(1000)}
    assert len(ids) == 1000


def test_schema_describes_every_top_level_field() -> None:
    schema = plan_json_schema()
    assert set(schema["properties"]) == set(CrisisPlan.model_fields)
    assert schema["properties"]["what_helps"]["defaultItemVisibility"] == "responders"


user_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)


@settings(max_examples=150, deadline=None)
@given(
    name=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=NAME_LENGTH),
    helps=st.lists(st.tuples(user_text, st.sampled_from(list(Visibility))), max_size=5),
    note=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=ITEM_TEXT_LENGTH)
    .filter(lambda text: len(text) <= ITEM_TEXT_LENGTH),
)
def test_any_user_text_survives_a_round_trip(name: str, helps: list, note: str) -> None:
    plan = example_plan()
    plan.personal.full_name = name
    plan.what_helps = [TextItem(text=text, visibility=visibility) for text, visibility in helps]
    plan.contacts.append(Contact(name=name, note=note))
    assert load_plan_json(dump_plan_json(plan)) == plan


def test_markup_and_scripts_are_kept_literally() -> None:
    plan = example_plan()
    tricky = 'Jan <b>de</b> &amp; "Boer" </para> 🙂 Şükrü Łukasz Ярослава أحمد'
    plan.personal.full_name = tricky[:NAME_LENGTH]
    assert load_plan_json(dump_plan_json(plan)).personal.full_name == tricky[:NAME_LENGTH]
