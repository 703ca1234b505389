"""The plan being edited, with undo/redo: every change goes through a QUndoCommand.

Widgets never touch the CrisisPlan directly. They address a value by a *path*: attribute names,
and ``#<item id>`` for an item of a list (ids, not positions, so undo still finds the right item
after the list was reordered). Assignments are validated by pydantic (``validate_assignment``);
a refused value is not stored and the caller gets the problem back to show beside the field.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from crisiskaart.model import CrisisPlan, Issue
from crisiskaart.model.base import MAX_LIST_ITEMS
from crisiskaart.model.validation import issues_from_pydantic

Path = tuple[str, ...]
SIGNED_ON: Path = ("management", "signed_on")
VALID_UNTIL: Path = ("management", "valid_until")  # follows the signing date while it is the default
_MERGE_SECONDS = 1.5


def item_step(item_id: str) -> str:
    return "#" + item_id


class PathError(LookupError):
    """A path that does not lead to a value (an item was removed meanwhile)."""


class PlanDocument(QObject):
    """A CrisisPlan plus its undo stack. ``changed`` fires after every edit, undo and redo."""

    value_changed = Signal(tuple)  # path of a scalar value
    list_changed = Signal(tuple)  # path of a list whose items were added, removed or moved
    changed = Signal()  # anything changed (autosave, preview, section states)
    refused_changed = Signal()  # some text on screen is no longer, or now, refused by the card

    def __init__(self, plan: CrisisPlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(1000)
        # What was typed but refused (too long, not a date), per input on screen: shown, not in the
        # plan, so closing asks before it is lost. The overview and "Stap voor stap" each have an
        # input of their own for a field; an input that goes (a question left) takes its entry along.
        self._refused: dict[int, tuple[Path, str, str]] = {}  # input: (path, field label, problem)
        # Fields the person has been in and left: only then does an empty one hear what it lacks
        # (a new card does not open with a warning under its very first question).
        self.visited: set[Path] = set()

    # --- reading -------------------------------------------------------------------------------
    def resolve(self, path: Path) -> Any:
        node: Any = self.plan
        for step in path:
            if step.startswith("#"):
                node = self._find_item(node, step[1:])
            else:
                if not isinstance(node, BaseModel):
                    raise PathError(path)
                node = getattr(node, step)
        return node

    def get(self, path: Path, default: Any = None) -> Any:
        try:
            return self.resolve(path)
        except (PathError, AttributeError):
            return default

    @staticmethod
    def _find_item(items: Any, item_id: str) -> Any:
        for item in items if isinstance(items, list) else ():
            if getattr(item, "id", None) == item_id:
                return item
        raise PathError(item_id)

    def index_of(self, list_path: Path, item_id: str) -> int:
        return [getattr(i, "id", None) for i in self.resolve(list_path)].index(item_id)

    def note_refused(self, owner: QObject, path: Path, label: str, problem: str | None) -> None:
        """What ``owner``, an input of the field ``label``, shows for ``path`` is not stored because
        of ``problem`` (in words); None: what it shows is stored again."""
        key = id(owner)
        before = bool(self._refused)
        if problem:
            if key not in self._refused:
                owner.destroyed.connect(lambda _object=None, key=key: self._forget_refused(key))
            self._refused[key] = (path, label, problem)
        else:
            self._refused.pop(key, None)
        if bool(self._refused) != before:
            self.refused_changed.emit()

    def _forget_refused(self, key: int) -> None:
        if self._refused.pop(key, None) is not None and not self._refused:
            self.refused_changed.emit()

    def _refused_now(self) -> dict[Path, tuple[str, str]]:
        missing = object()
        return {path: (label, problem) for path, label, problem in self._refused.values()
                if self.get(path, missing) is not missing}

    def refused_inputs(self) -> list[str]:
        """Why typed text on screen is not in the plan, for each field that still exists (a removed
        item's field went with it); one line per field, also when two inputs show it."""
        return [f"{label}: {problem}" for label, problem in self._refused_now().values()]

    def refused_fields(self) -> list[str]:
        """The labels of the fields whose text on screen is not in the plan, as ``refused_inputs``."""
        return [label for label, _problem in self._refused_now().values()]

    # --- changing ------------------------------------------------------------------------------
    def set_value(self, path: Path, value: Any) -> Issue | None:
        """Change one value (undoable). Returns the problem when the model refuses it."""
        old = self.get(path)
        if old == value:
            return None
        try:
            self._assign(path, value)
        except ValidationError as error:
            issues = issues_from_pydantic(error)
            return issues[0] if issues else Issue("invalid")
        self._assign(path, old)  # the command re-applies it, so undo and redo share one code path
        follows = self._valid_until_following(path, old, value)
        if follows is None:
            self.undo_stack.push(_SetValue(self, path, old, value))
            return None
        self.undo_stack.beginMacro(path[-1])  # one step to undo: the date and the validity it set
        self.undo_stack.push(_SetValue(self, path, old, value))
        self.undo_stack.push(_SetValue(self, VALID_UNTIL, self.get(VALID_UNTIL), follows))
        self.undo_stack.endMacro()
        return None

    def _valid_until_following(self, path: Path, old: Any, new: Any) -> dt.date | None:
        """*Geldig tot* for a new signing date: the default (signing + 12 months) while it is empty
        or still the default of the old date; None when it was chosen by hand, or nothing to do."""
        if path != SIGNED_ON or not isinstance(new, dt.date):
            return None
        if any(refused == VALID_UNTIL for refused, _label, _problem in self._refused.values()):
            return None  # she is typing a geldig tot of her own there: never overwrite it
        from crisiskaart.model.validity import default_valid_until

        valid_until = self.get(VALID_UNTIL)
        if valid_until is None or (isinstance(old, dt.date) and valid_until == default_valid_until(old)):
            wanted = default_valid_until(new)
            return wanted if wanted != valid_until else None
        return None

    def _assign(self, path: Path, value: Any) -> None:
        parent = self.resolve(path[:-1])
        setattr(parent, path[-1], value)

    def _apply(self, path: Path, value: Any) -> None:
        self._assign(path, value)
        self.value_changed.emit(path)
        self.changed.emit()

    def insert_item(self, list_path: Path, item: BaseModel, index: int | None = None) -> bool:
        items = self.resolve(list_path)
        if len(items) >= MAX_LIST_ITEMS:
            return False
        position = len(items) if index is None else max(0, min(index, len(items)))
        self.undo_stack.push(_InsertItem(self, list_path, item, position))
        return True

    def remove_item(self, list_path: Path, item_id: str) -> None:
        index = self.index_of(list_path, item_id)
        self.undo_stack.push(_RemoveItem(self, list_path, self.resolve(list_path)[index], index))

    def move_item(self, list_path: Path, item_id: str, new_index: int) -> bool:
        items = self.resolve(list_path)
        old_index = self.index_of(list_path, item_id)
        new_index = max(0, min(new_index, len(items) - 1))
        if new_index == old_index:
            return False
        self.undo_stack.push(_MoveItem(self, list_path, item_id, old_index, new_index))
        return True

    def set_optional(self, path: Path, value: BaseModel | None) -> None:
        """Create or drop an optional sub-document (e.g. the eigen plan van aanpak), undoably."""
        self.undo_stack.push(_SetValue(self, path, self.get(path), value, structural=True))

    def _list_edited(self, list_path: Path) -> None:
        self.list_changed.emit(list_path)
        self.changed.emit()


class _SetValue(QUndoCommand):
    _MERGE_ID = 1

    def __init__(
        self, document: PlanDocument, path: Path, old: Any, new: Any, structural: bool = False
    ) -> None:
        super().__init__()
        self.document, self.path, self.old, self.new = document, path, old, new
        self.structural = structural
        self.moment = time.monotonic()

    def id(self) -> int:
        return -1 if self.structural else self._MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in one field within a short pause is one undo step, as in any text editor."""
        if not isinstance(other, _SetValue) or other.path != self.path or other.structural:
            return False
        if other.moment - self.moment > _MERGE_SECONDS or not isinstance(self.new, str):
            return False
        self.new, self.moment = other.new, other.moment
        return True

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)

    def _set(self, value: Any) -> None:
        if self.structural:
            self.document._assign(self.path, value)
            self.document._list_edited(self.path)
        else:
            self.document._apply(self.path, value)


class _InsertItem(QUndoCommand):
    def __init__(self, document: PlanDocument, list_path: Path, item: BaseModel, index: int) -> None:
        super().__init__()
        self.document, self.list_path, self.item, self.index = document, list_path, item, index

    def redo(self) -> None:
        self.document.resolve(self.list_path).insert(self.index, self.item)
        self.document._list_edited(self.list_path)

    def undo(self) -> None:
        self.document.resolve(self.list_path).pop(self.index)
        self.document._list_edited(self.list_path)


class _RemoveItem(_InsertItem):
    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()


class _MoveItem(QUndoCommand):
    def __init__(
        self, document: PlanDocument, list_path: Path, item_id: str, old_index: int, new_index: int
    ) -> None:
        super().__init__()
        self.document, self.list_path, self.item_id = document, list_path, item_id
        self.old_index, self.new_index = old_index, new_index

    def _move(self, source: int, target: int) -> None:
        items = self.document.resolve(self.list_path)
        items.insert(target, items.pop(source))
        self.document._list_edited(self.list_path)

    def redo(self) -> None:
        self._move(self.old_index, self.new_index)

    def undo(self) -> None:
        self._move(self.new_index, self.old_index)
