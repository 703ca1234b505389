"""How far a section is, in a symbol and words: from the plan, or from the card's JSON.

No pydantic here: the navigation of a card's first page, drawn from its JSON before the model
has loaded (``early_page.py``), shows the same states the editor shows once it is bound.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidgetItem

from crisiskaart.ui.editor.spec import SectionSpec
from crisiskaart.ui.qt_names import ACCESSIBLE_TEXT_ROLE, USER_ROLE

# Parts of an item that are settings, not something the person wrote.
_NOT_WRITTEN = ("id", "visibility", "colour", "kind", "topic", "measure", "stance")
STATE_ROLE = USER_ROLE + 1  # a navigation item's state, so it is only redrawn on change


class SectionState(Enum):
    EMPTY = "empty"
    STARTED = "started"
    COMPLETE = "complete"
    ATTENTION = "attention"  # something in it breaks a rule of the card (a phone number, a date)

    def words(self) -> str:
        return {
            SectionState.EMPTY: QCoreApplication.translate("Sections", "empty"),
            SectionState.STARTED: QCoreApplication.translate("Sections", "started"),
            SectionState.COMPLETE: QCoreApplication.translate("Sections", "complete"),
            SectionState.ATTENTION: QCoreApplication.translate("Sections", "check this"),
        }[self]

    def symbol(self) -> str:  # shape as well as words: never colour alone
        return {SectionState.EMPTY: "○", SectionState.STARTED: "◐", SectionState.COMPLETE: "●",
                SectionState.ATTENTION: "⚠"}[self]


def filled(value: Any) -> bool:
    """Something written: a model's item or the same item as JSON (a dict)."""
    if isinstance(value, list):
        return any(filled(v) for v in value)
    fields = getattr(type(value), "model_fields", None)
    if fields is not None:
        return any(filled(getattr(value, name)) for name in fields if name not in _NOT_WRITTEN)
    if isinstance(value, dict):
        return any(filled(v) for name, v in value.items() if name not in _NOT_WRITTEN)
    return value not in (None, "", False)


def section_state(get: Callable[[tuple[str, ...]], Any], section: SectionSpec) -> SectionState:
    """``get(path)``: the value at a path of the plan (``PlanDocument.get``, ``json_value``)."""
    if not any(filled(get(spec.path)) for spec in section.fields):
        return SectionState.EMPTY
    required = section.complete_fields() or section.fields
    if all(filled(get(spec.path)) for spec in required):
        return SectionState.COMPLETE
    return SectionState.STARTED


def json_value(data: Any, path: tuple[str, ...]) -> Any:
    """The value at ``path`` (attribute names) in a plan's JSON; None where there is none."""
    for step in path:
        if not isinstance(data, dict):
            return None
        data = data.get(step)
    return data


def show_state(item: QListWidgetItem, title: str, state: SectionState) -> None:
    """A section's navigation item: its title and its state, to see and to hear."""
    item.setText(f"{state.symbol()} {title}\n    {state.words()}")
    item.setData(ACCESSIBLE_TEXT_ROLE, f"{title}, {state.words()}")
    item.setData(STATE_ROLE, state.value)
