"""Every field, choice and message has a Dutch and an English text."""

from __future__ import annotations

import re
from enum import StrEnum

import pytest
from pydantic import BaseModel

from crisiskaart.model import CrisisPlan, choice_label, field_label
from crisiskaart.model.labels import CHOICE_LABELS, FIELD_LABELS
from crisiskaart.model.messages import MESSAGES


def all_models(root: type[BaseModel]) -> set[type[BaseModel]]:
    found: set[type[BaseModel]] = set()
    pending = [root]
    while pending:
        model = pending.pop()
        if model in found:
            continue
        found.add(model)
        for field in model.model_fields.values():
            pending.extend(t for t in _types(field.annotation) if isinstance(t, type)
                           and issubclass(t, BaseModel))
    return found


def _types(annotation: object) -> list[object]:
    args = getattr(annotation, "__args__", ())
    return [annotation, *[t for arg in args for t in _types(arg)]]


def all_enums() -> set[type[StrEnum]]:
    return {t for model in all_models(CrisisPlan) for field in model.model_fields.values()
            for t in _types(field.annotation) if isinstance(t, type) and issubclass(t, StrEnum)}


def test_every_field_has_a_label_in_both_languages() -> None:
    missing = [f"{model.__name__}.{name}" for model in all_models(CrisisPlan)
               for name in model.model_fields if name not in FIELD_LABELS
               and f"{model.__name__}.{name}" not in FIELD_LABELS]
    assert missing == []
    assert len(all_models(CrisisPlan)) > 20


def test_every_choice_has_a_label() -> None:
    enums = all_enums()
    assert len(enums) >= 10
    for enum in enums:
        for member in enum:
            assert choice_label(member, "nl") != member.value or member.value in CHOICE_LABELS
            assert choice_label(member, "en") != member.value or member.value in CHOICE_LABELS


@pytest.mark.parametrize("table", [FIELD_LABELS, CHOICE_LABELS, MESSAGES])
def test_both_languages_filled_with_the_same_placeholders(table: dict[str, tuple[str, str]]) -> None:
    for key, (dutch, english) in table.items():
        assert dutch.strip() and english.strip(), key
        assert set(re.findall(r"{(\w+)}", dutch)) == set(re.findall(r"{(\w+)}", english)), key


def test_field_label_language() -> None:
    assert field_label("valid_until") == "Geldig tot"
    assert field_label("valid_until", "en") == "Valid until"
