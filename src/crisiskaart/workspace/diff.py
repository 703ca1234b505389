"""Field-level differences between two versions of a plan, in the section order of the plan.

Both plans are flattened to ``{path: text}`` where list items are keyed by their ``id``, so an
item that moved or was edited is followed rather than reported as removed and added. Labels come
from ``model.labels`` so the diff reads like the plan ("Contactpersonen › Anna Bakker › Telefoonnummer").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from crisiskaart.model import CrisisPlan, Language, choice_label, field_label, format_date
from crisiskaart.workspace.texts import VALUE_WORDS, word

Key = tuple[str, ...]
SEPARATOR = " › "
_HIDDEN = frozenset({"id", "schema_version", "person_id"})
# Fields that name a list item, in order of preference, for the path shown to the user.
_TITLE_FIELDS = ("name", "recipient", "to_ondersteuner", "text", "what", "wish", "area", "measure",
                 "topic", "colour", "kind")
_TITLE_LENGTH = 40


class Change(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


@dataclass(frozen=True)
class FieldChange:
    """One field that differs. ``old``/``new`` are the texts as shown; "" where there is none."""

    change: Change
    key: Key  # field names, with "#<id>" for list items
    section_label: str
    label: str  # the path below the section, joined with " › "
    old: str
    new: str

    @property
    def section(self) -> str:
        return self.key[0]


def _text(name: str, value: Any, language: Language) -> str:
    if value is None or value == "" or value == []:
        return ""
    if name == "signature_png":
        return word(VALUE_WORDS, "signature_image", language)
    if isinstance(value, bool):
        return word(VALUE_WORDS, "yes" if value else "no", language)
    if isinstance(value, StrEnum):
        return choice_label(value, language)
    if isinstance(value, dt.date):
        return format_date(value, language)
    if isinstance(value, list):
        return ", ".join(_text(name, item, language) for item in value)
    return str(value)


def _title(item: BaseModel, position: int, language: Language) -> str:
    for name in _TITLE_FIELDS:
        value = getattr(item, name, None)
        text = _text(name, value, language).replace("\n", " ").strip()
        if text:
            return text if len(text) <= _TITLE_LENGTH else text[: _TITLE_LENGTH - 1] + "…"
    return f"{position + 1}"


def flatten(plan: BaseModel, language: Language = "nl") -> dict[Key, tuple[tuple[str, ...], str]]:
    """``{key: (labels, text)}`` for every non-empty field of ``plan``, in plan order."""
    out: dict[Key, tuple[tuple[str, ...], str]] = {}

    def walk(value: Any, name: str, key: Key, labels: tuple[str, ...]) -> None:
        if isinstance(value, BaseModel):
            owner = type(value).__name__
            for child in type(value).model_fields:
                if child not in _HIDDEN:
                    label = field_label(child, language, owner=owner)
                    walk(getattr(value, child), child, (*key, child), (*labels, label))
        elif isinstance(value, list) and value and all(isinstance(v, BaseModel) for v in value):
            for position, item in enumerate(value):
                item_id = getattr(item, "id", None) or str(position)
                walk(item, name, (*key, f"#{item_id}"), (*labels, _title(item, position, language)))
        else:
            text = _text(name, value, language)
            if text:
                out[key] = (labels, text)

    walk(plan, "", (), ())
    return out


def _merged_order(old: list[Key], new: list[Key]) -> list[Key]:
    """``new``'s order, with keys only in ``old`` placed after their nearest predecessor there."""
    order = list(new)
    present = set(new)
    position = {key: index for index, key in enumerate(order)}
    inserted_after: dict[Key, int] = {}
    result_extra: list[tuple[float, Key]] = []
    anchor: Key | None = None
    for key in old:
        if key in present:
            anchor = key
            continue
        base = position[anchor] if anchor is not None else -1
        count = inserted_after.get(anchor or (), 0) + 1
        inserted_after[anchor or ()] = count
        result_extra.append((base + count / 10_000, key))
    ranked = [(float(index), key) for index, key in enumerate(order)] + result_extra
    return [key for _, key in sorted(ranked, key=lambda pair: pair[0])]


def diff_plans(old: CrisisPlan, new: CrisisPlan, language: Language = "nl") -> list[FieldChange]:
    """Every field that was added, changed or removed from ``old`` to ``new``, in plan order."""
    before, after = flatten(old, language), flatten(new, language)
    changes: list[FieldChange] = []
    for key in _merged_order(list(before), list(after)):
        old_text = before[key][1] if key in before else ""
        new_text = after[key][1] if key in after else ""
        if old_text == new_text:
            continue
        labels = (after.get(key) or before[key])[0]
        kind = Change.ADDED if not old_text else Change.REMOVED if not new_text else Change.CHANGED
        changes.append(FieldChange(kind, key, labels[0], SEPARATOR.join(labels[1:]), old_text, new_text))
    return changes


def diff_as_json(changes: list[FieldChange]) -> list[dict[str, str]]:
    """The form ``crisiskaart diff --json`` prints."""
    return [
        {"change": c.change.value, "section": c.section, "section_label": c.section_label,
         "field": c.label, "path": "/".join(c.key), "old": c.old, "new": c.new}
        for c in changes
    ]
