"""Where the keyboard focus goes when a list of items is rebuilt (removed, moved, undone, redone).

A list is drawn anew after every change, which throws away the widget that had the focus. A
keyboard user must land on something harmless: a text of the item they were in, or of the item
that just came back with Ctrl+Z, never on a Weghalen button (the next space would remove the next
item) and never nowhere (the next keys would go nowhere at all).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from crisiskaart.ui.editor.records import RecordRow


@dataclass(frozen=True)
class FocusPlace:
    """The item that had the focus, its position, and which of its fields (None: not a field)."""

    item_id: str
    index: int
    field: int | None


def focus_place(rows: Sequence[RecordRow]) -> FocusPlace | None:
    """Where the focus is inside ``rows``; None when it is outside the list."""
    widget = QApplication.focusWidget()
    if widget is None:
        return None
    for index, row in enumerate(rows):
        if row is widget or row.isAncestorOf(widget):
            field = next((number for number, field in enumerate(row.fields)
                          if field.input is widget or field.input.isAncestorOf(widget)), None)
            return FocusPlace(row.item_id, index, field)
    return None


def focus_target(place: FocusPlace, rows: Sequence[RecordRow], before: set[str],
                 add_button: QWidget) -> QWidget:
    """The input to focus after a rebuild: an item that came back, the same item, or its neighbour."""
    returned = [row for row in rows if row.item_id not in before]
    if len(returned) == 1:  # undoing a removal: go to the item that is back
        return returned[0].naming_input()
    same = next((row for row in rows if row.item_id == place.item_id), None)
    if same is not None:
        return same.fields[place.field].input if place.field is not None else same.naming_input()
    if rows:  # the item is gone: the one that took its place, else the one before
        return rows[min(place.index, len(rows) - 1)].naming_input()
    return add_button


def restore_focus(place: FocusPlace | None, rows: Sequence[RecordRow], before: set[str],
                  add_button: QWidget) -> None:
    if place is not None:
        focus_target(place, rows, before, add_button).setFocus(Qt.FocusReason.OtherFocusReason)
