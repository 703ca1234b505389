"""Every visibility choice the editor offers, and plans that use one of them with a marker word.

The list comes from the editor's own description of its screens (``crisiskaart.ui.editor.spec``):
a drop-down "wie mag het zien" appears beside a text with ``visibility_path`` and at the top of
every list item whose model has a ``visibility`` (``ui/editor/records.py``). A test that walks this
list therefore covers each choice a person can make, including ones added later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from crisiskaart.model import CrisisPlan, Visibility
from crisiskaart.ui.editor.spec import SECTIONS, Kind, RecordSpec

PHONE = "06 1234 5678"


@dataclass(frozen=True)
class Offered:
    """One place where the editor offers a visibility drop-down."""

    path: tuple[str, ...]  # the text (single value) or the list (items, records)
    record: RecordSpec | None  # how a list item is made; None for a single text
    visibility_path: tuple[str, ...] | None = None

    @property
    def name(self) -> str:
        return ".".join(self.path)


def offered() -> list[Offered]:
    found = []
    for section in SECTIONS:
        for field in section.fields:
            if field.visibility_path is not None:
                found.append(Offered(field.path, None, field.visibility_path))
            elif (field.kind in (Kind.ITEMS, Kind.RECORDS) and field.record is not None
                  and "visibility" in field.record.model_class().model_fields):
                found.append(Offered(field.path, field.record))
    return found


def _owner(plan: CrisisPlan, path: tuple[str, ...]) -> Any:
    owner: Any = plan
    for step in path[:-1]:
        owner = getattr(owner, step)
    return owner


def base_plan() -> CrisisPlan:
    plan = CrisisPlan()
    plan.personal.full_name = "Test Persoon"
    plan.management.valid_until = dt.date(2027, 10, 1)
    return plan


def add_item(plan: CrisisPlan, option: Offered, level: Visibility, marker: str) -> None:
    """Put ``marker`` into every text of one new item (or the single text) at ``level``."""
    if option.record is None:
        assert option.visibility_path is not None
        setattr(_owner(plan, option.path), option.path[-1], marker)
        setattr(_owner(plan, option.visibility_path), option.visibility_path[-1], level)
        return
    values: dict[str, object] = {}
    for field in option.record.fields:
        if field.kind in (Kind.TEXT, Kind.LONG_TEXT):
            values[field.name] = marker if field.kind is Kind.LONG_TEXT else marker[:100]
        elif field.kind is Kind.PHONE:
            values[field.name] = PHONE
    item = option.record.model_class()(**values, visibility=level)
    getattr(_owner(plan, option.path), option.path[-1]).append(item)


def plan_with(option: Offered, level: Visibility, marker: str) -> CrisisPlan:
    plan = base_plan()
    add_item(plan, option, level, marker)
    return plan
