"""Three-way merge of two copies of one card that were both changed (a sync folder's conflict copy).

Nextcloud, OneDrive or an SMB share keep both copies when two people edited the same card file;
they are a fork of a common ancestor version. The merge becomes one new concept: a field is taken
from the copy that changed it; where both changed the same field, the newer copy wins and the
other value goes into the version note, so nothing the person or a helper wrote is silently lost.

Works on the interchange JSON (``model_dump(mode="json")``). Paths are the keys of
``workspace.diff`` (field names, ``"#<id>"`` for list items) and are labelled by the same code,
so a merge note reads like a diff ("Contactpersonen › Anna Bakker › Telefoonnummer").
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from crisiskaart.cards import encode_plan
from crisiskaart.model import CrisisPlan, Language, PlanInvalid, field_label, load_plan_json, validate_plan
from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak
from crisiskaart.model.workspace_records import CaseRecords
from crisiskaart.workspace.diff import SEPARATOR, Key, flatten
from crisiskaart.workspace.texts import CHANGE_WORDS, VALUE_WORDS, merge_text, word

Side = Literal["ours", "theirs"]


class _Missing:
    """A key or list item that one version does not have (distinct from a JSON null)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
# No common version: who changed what cannot be told, so nothing is taken from the older copy
# on its own; see ``_Merger.without_base``.
NO_BASE: Any = _Missing()

# The summary link's id is derived from its key: taking one from each copy would break the QR.
_ATOMIC: frozenset[Key] = frozenset({("responder_link",)})
# Sections that are null until first used: when both copies started one, the fields merge
# against the empty section, so a field filled in only one copy is kept.
_EMPTY_SECTIONS: dict[Key, dict[str, Any]] = {
    ("plan_van_aanpak",): EigenPlanVanAanpak().model_dump(mode="json"),
    ("case_records",): CaseRecords().model_dump(mode="json"),
}
_VALUE_LENGTH = 60
_LABEL_LENGTH = 120
NOTE_LENGTH = 1000


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class MergeConflict:
    """A value both copies changed differently: ``kept`` is in the merged plan, ``other`` is not.

    Values are interchange JSON (``None`` for a removed item or section), so the editor can offer
    to put ``other`` back; ``other_side`` says which copy it came from.
    """

    path: Key
    label: str  # Dutch; MergeResult.label gives English
    kept: Any
    other: Any
    other_side: Side


@dataclass(frozen=True)
class ConflictText:
    """A conflict for people: where, the value now in the card, and the one that was not taken."""

    label: str
    kept: str
    other: str
    kept_from_other_copy: bool  # the other copy was saved later, so its value won


class _Labeller:
    """Labels and display texts of paths, taken from ``diff.flatten`` of the three versions."""

    def __init__(self, versions: dict[str, dict[str, Any]]) -> None:
        self._versions = versions
        self._plans: dict[str, CrisisPlan | None] = {}
        self._flat: dict[tuple[str, Language], dict[Key, tuple[tuple[str, ...], str]]] = {}
        self._prefixes: dict[tuple[str, Language], dict[Key, tuple[str, ...]]] = {}

    def _plan(self, side: str) -> CrisisPlan | None:
        if side not in self._plans:
            try:
                self._plans[side] = load_plan_json(json.dumps(self._versions[side]))
            except PlanInvalid:
                self._plans[side] = None  # not a plan: labels fall back to field names
        return self._plans[side]

    def _flatten(self, side: str, language: Language) -> dict[Key, tuple[tuple[str, ...], str]]:
        if (side, language) not in self._flat:
            plan = self._plan(side)
            self._flat[side, language] = flatten(plan, language) if plan is not None else {}
        return self._flat[side, language]

    def _prefix_labels(self, side: str, language: Language) -> dict[Key, tuple[str, ...]]:
        """Labels of every path that leads to a non-empty field (the diff only lists those)."""
        if (side, language) not in self._prefixes:
            index: dict[Key, tuple[str, ...]] = {}
            for key, (labels, _) in self._flatten(side, language).items():
                for end in range(1, len(key) + 1):
                    index.setdefault(key[:end], labels[:end])
            self._prefixes[side, language] = index
        return self._prefixes[side, language]

    def label(self, path: Key, language: Language, prefer: Side = "ours") -> str:
        """The ancestor's labels first: it names an item as both copies knew it before the edit."""
        if not path:
            return ""
        other: Side = "theirs" if prefer == "ours" else "ours"
        for end in range(len(path), 0, -1):
            for side in ("base", prefer, other):
                labels = self._prefix_labels(side, language).get(path[:end])
                if labels:
                    rest = [part[1:] if part.startswith("#") else field_label(part, language)
                            for part in path[end:]]
                    return _short(SEPARATOR.join((*labels, *rest)), _LABEL_LENGTH)
        return _short(SEPARATOR.join(part[1:] if part.startswith("#") else field_label(part, language)
                                     for part in path), _LABEL_LENGTH)

    def text(self, path: Key, value: Any, side: Side, language: Language,
             limit: int | None = _VALUE_LENGTH) -> str:
        """A value as the diff shows it (dates, choices, ja/nee), or a word for a removed part."""
        if value is None or value is MISSING:
            if path and path[-1].startswith("#"):  # a removed item
                return word(CHANGE_WORDS, "removed", language)
            return word(VALUE_WORDS, "empty", language)
        if value in ("", []):
            return word(VALUE_WORDS, "empty", language)
        flat = self._flatten(side, language)
        if path in flat:
            return _short(flat[path][1], limit) if limit else flat[path][1]
        if isinstance(value, (dict, list)):  # a whole item or section: the label already names it
            return word(CHANGE_WORDS, "changed", language)
        return _short(str(value), limit) if limit else str(value)


@dataclass
class MergeResult:
    """The merged plan (interchange JSON) and what the version note should say about it."""

    merged: dict[str, Any]
    conflicts: list[MergeConflict] = field(default_factory=list)
    taken_from_theirs: list[Key] = field(default_factory=list)  # changed only in the other copy
    _labeller: _Labeller | None = field(default=None, repr=False, compare=False)

    def label(self, path: Key, language: Language = "nl") -> str:
        """The path in words, e.g. "Contactpersonen › Anna Bakker › Telefoonnummer"."""
        labeller = self._labeller or _Labeller({"base": {}, "ours": self.merged, "theirs": {}})
        return labeller.label(path, language)

    def conflict_text(self, conflict: MergeConflict, language: Language = "nl", *,
                      limit: int | None = None) -> ConflictText:
        """The conflict in words, as the diff shows values; whole values unless ``limit`` (characters).

        The editor lists them whole, so the person can put the other value back; the version note
        shortens them.
        """
        labeller = self._labeller or _Labeller({"base": {}, "ours": self.merged, "theirs": {}})
        kept_side: Side = "theirs" if conflict.other_side == "ours" else "ours"
        return ConflictText(
            labeller.label(conflict.path, language, prefer=kept_side),
            labeller.text(conflict.path, conflict.kept, kept_side, language, limit),
            labeller.text(conflict.path, conflict.other, conflict.other_side, language, limit),
            kept_side == "theirs",
        )

    def _describe(self, conflict: MergeConflict, language: Language) -> str:
        text = self.conflict_text(conflict, language, limit=_VALUE_LENGTH)
        values = merge_text("kept_theirs" if text.kept_from_other_copy else "kept_ours", language,
                       kept=text.kept, other=text.other)
        return f"{text.label} ({values})"

    def note(self, language: Language = "nl") -> str:
        """A short version-history note: what was merged and which values were not kept."""
        parts = [merge_text("merged", language)]
        if self.taken_from_theirs:
            count = len(self.taken_from_theirs)
            parts.append(merge_text("taken_one", language) if count == 1
                         else merge_text("taken_many", language, n=count))
        text = "; ".join(parts)
        if not self.conflicts:
            return text
        count = len(self.conflicts)
        text += "; " + (merge_text("both_one", language) if count == 1
                        else merge_text("both_many", language, n=count)) + ": "
        described: list[str] = []
        for index, conflict in enumerate(self.conflicts):
            line = self._describe(conflict, language)
            after = count - index - 1
            tail = f", {merge_text('more', language, n=after)}" if after else ""
            if len(text + ", ".join([*described, line]) + tail) > NOTE_LENGTH:
                break  # the rest is counted, not listed: the note is for the version list
            described.append(line)
        left = count - len(described)
        if left:
            described.append(merge_text("more", language, n=left))
        return _short(text + ", ".join(described), NOTE_LENGTH)


def _is_item_list(*values: Any) -> bool:
    """Lists of items with ids (contacts, what helps, …) merge item by item; others are one value."""
    lists = [[] if v is None or v is MISSING else v for v in values]
    if not all(isinstance(v, list) for v in lists) or not any(lists):
        return False
    for items in lists:
        if not all(isinstance(item, dict) and isinstance(item.get("id"), str) for item in items):
            return False
        if len({item["id"] for item in items}) != len(items):
            return False  # duplicate ids: which one is which cannot be told
    return True


def _by_id(items: Any) -> dict[str, Any]:
    return {} if items is None or items is MISSING else {item["id"]: item for item in items}


def _reordered(items: list[Any], base: dict[str, Any]) -> bool:
    """Whether ``items`` moved the items it shares with the ancestor around (not just added or removed)."""
    present = {item["id"] for item in items}
    return [item["id"] for item in items if item["id"] in base] != [i for i in base if i in present]


def _changed_paths(base: Any, new: Any, path: Key) -> list[Key]:
    """The finest paths where ``new`` differs from ``base`` (what the editor marks as taken over)."""
    if base == new:
        return []
    if isinstance(base, dict) and isinstance(new, dict) and path not in _ATOMIC:
        return [changed for key in dict.fromkeys([*new, *base])
                for changed in _changed_paths(base.get(key, MISSING), new.get(key, MISSING), (*path, key))]
    if _is_item_list(base, new):
        before, after = _by_id(base), _by_id(new)
        changed = [path] if _reordered(new, before) else []
        for item_id in dict.fromkeys([*after, *before]):
            changed += _changed_paths(before.get(item_id, MISSING), after.get(item_id, MISSING),
                                      (*path, f"#{item_id}"))
        return changed
    return [path]


class _Merger:
    """One merge walk: collects the conflicts and the paths taken from the other copy on the way."""

    def __init__(self, newer: Side, labeller: _Labeller) -> None:
        self.newer = newer
        self.labeller = labeller
        self.conflicts: list[MergeConflict] = []
        self.taken: list[Key] = []

    def conflict(self, path: Key, kept: Any, other: Any, other_side: Side) -> None:
        kept_side: Side = "theirs" if other_side == "ours" else "ours"
        self.conflicts.append(MergeConflict(
            path, self.labeller.label(path, "nl", prefer=kept_side),
            None if kept is MISSING else kept, None if other is MISSING else other, other_side))

    def newer_wins(self, path: Key, ours: Any, theirs: Any) -> Any:
        if self.newer == "ours":
            self.conflict(path, ours, theirs, "theirs")
            return ours
        self.conflict(path, theirs, ours, "ours")
        return theirs

    def merge(self, base: Any, ours: Any, theirs: Any, path: Key) -> Any:
        if base is NO_BASE:
            return self.without_base(ours, theirs, path)
        if ours == theirs:
            return ours
        if ours == base:
            self.taken += _changed_paths(base, theirs, path)
            return theirs
        if theirs == base:
            return ours
        if path in _ATOMIC:
            return self.newer_wins(path, ours, theirs)
        if isinstance(ours, dict) and isinstance(theirs, dict):
            if not isinstance(base, dict):  # started in both copies
                base = _EMPTY_SECTIONS.get(path, {})
            return self.merge_dicts(base, ours, theirs, path)
        if _is_item_list(base, ours, theirs):
            return self.merge_items(base, ours, theirs, path)
        if isinstance(base, dict):
            # One copy removed a section or item the other changed: a change wins over a removal.
            if ours in (None, MISSING) and isinstance(theirs, dict):
                self.conflict(path, theirs, None, "ours")
                return theirs
            if theirs in (None, MISSING) and isinstance(ours, dict):
                self.conflict(path, ours, None, "theirs")
                return ours
        return self.newer_wins(path, ours, theirs)

    def without_base(self, ours: Any, theirs: Any, path: Key) -> Any:
        """Two copies with no version in common (an old copy of a new card, or both writing its
        first concept): the copy saved last is kept as it is, and every value of the other copy
        that differs is a conflict, shown to copy back by hand. Taking a value only the older copy
        has would bring back what was removed on purpose (a medicine stopped, a person to avoid)."""
        if ours == theirs:
            return ours
        newer, older = (ours, theirs) if self.newer == "ours" else (theirs, ours)
        older_side: Side = "theirs" if self.newer == "ours" else "ours"
        if path not in _ATOMIC and isinstance(newer, dict) and isinstance(older, dict):
            merged: dict[str, Any] = {}
            for key in dict.fromkeys([*newer, *older]):
                mine, other = ours.get(key, MISSING), theirs.get(key, MISSING)
                value = self.without_base(mine, other, (*path, key))
                if value is not MISSING:
                    merged[key] = value
            return merged
        if path not in _ATOMIC and _is_item_list(newer, older):
            kept, others = _by_id(newer), _by_id(older)
            items = []
            for item_id, item in kept.items():
                if item_id in others:
                    mine, other = (item, others[item_id]) if self.newer == "ours" else (others[item_id], item)
                    items.append(self.without_base(mine, other, (*path, f"#{item_id}")))
                else:
                    items.append(item)
            for item_id, item in others.items():
                if item_id not in kept:  # only in the older copy: listed, not taken
                    self.conflict((*path, f"#{item_id}"), MISSING, item, older_side)
            return items
        if older in (MISSING, None, "", [], {}):  # the older copy holds nothing here: nothing to list
            return newer
        self.conflict(path, newer, older, older_side)
        return newer

    def merge_dicts(self, base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any],
                    path: Key) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for key in dict.fromkeys([*ours, *theirs, *base]):
            value = self.merge(base.get(key, MISSING), ours.get(key, MISSING), theirs.get(key, MISSING),
                               (*path, key))
            if value is not MISSING:
                merged[key] = value
        return merged

    def merge_items(self, base: Any, ours: list[Any], theirs: list[Any], path: Key) -> list[Any]:
        before, mine, other = _by_id(base), _by_id(ours), _by_id(theirs)
        kept: dict[str, Any] = {}
        for item_id in dict.fromkeys([*mine, *other]):
            key = (*path, f"#{item_id}")
            original = before.get(item_id, MISSING)
            if item_id in mine and item_id in other:
                kept[item_id] = self.merge(original, mine[item_id], other[item_id], key)
            elif item_id in mine:
                if original is MISSING:
                    kept[item_id] = mine[item_id]  # added in this copy
                elif mine[item_id] != original:
                    self.conflict(key, mine[item_id], None, "theirs")  # changed here, removed there
                    kept[item_id] = mine[item_id]
                else:
                    self.taken.append(key)  # removed in the other copy
            elif original is MISSING:
                self.taken.append(key)  # added in the other copy
                kept[item_id] = other[item_id]
            elif other[item_id] != original:
                self.conflict(key, other[item_id], None, "ours")  # removed here, changed there
                kept[item_id] = other[item_id]
        # The order of the copy that rearranged the list (e.g. who to call first); the newer if both did.
        ours_moved = _reordered(ours, before)
        theirs_moved = _reordered(theirs, before)
        if theirs_moved and not ours_moved:
            self.taken.append(path)
            first, second = theirs, ours
        elif ours_moved and not theirs_moved:
            first, second = ours, theirs
        else:
            first, second = (ours, theirs) if self.newer == "ours" else (theirs, ours)
        order = list(dict.fromkeys([item["id"] for item in (*first, *second)]))
        return [kept[item_id] for item_id in order if item_id in kept]


def merge_plans(base: dict[str, Any] | None, ours: dict[str, Any], theirs: dict[str, Any], *,
                ours_time: dt.datetime, theirs_time: dt.datetime) -> MergeResult:
    """Merge two changed copies of a plan (interchange JSON) against their common ancestor.

    ``ours`` is the copy being merged into; ``theirs`` the conflict copy. Where both changed the
    same value, the one saved later wins (``ours`` on a tie) and the other is a ``MergeConflict``.
    ``base`` None: no common version; the copy saved later is kept and every other value of the
    older copy is a conflict (``_Merger.without_base``).
    """
    newer: Side = "ours" if ours_time >= theirs_time else "theirs"
    labeller = _Labeller({"base": ours if base is None else base, "ours": ours, "theirs": theirs})
    merger = _Merger(newer, labeller)
    merged = merger.merge(NO_BASE if base is None else base, ours, theirs, ())
    return MergeResult(merged, merger.conflicts, merger.taken, labeller)


# --- payloads: always a valid plan -------------------------------------------------------------


def _ids(value: Any) -> set[str]:
    if isinstance(value, dict):
        own = {value["id"]} if isinstance(value.get("id"), str) else set()
        return own.union(*(_ids(child) for child in value.values()))
    if isinstance(value, list):
        return set().union(*(_ids(child) for child in value))
    return set()


def _duplicate_ids(plan: CrisisPlan) -> set[str]:
    # load_plan_json checks structure only; unique ids are a content rule of validate_plan.
    return {str(issue.params["value"]) for issue in validate_plan(plan) if issue.code == "duplicate_id"}


def _broken_sections(merged: dict[str, Any],
                     known_duplicates: set[str]) -> tuple[CrisisPlan | None, set[str]]:
    """The merged plan if it reads, and the sections that make it invalid."""
    try:
        plan = load_plan_json(json.dumps(merged))
    except PlanInvalid as invalid:
        return None, {issue.path[0] for issue in invalid.issues
                      if issue.path and isinstance(issue.path[0], str)}
    duplicates = _duplicate_ids(plan) - known_duplicates
    return plan, {name for name, value in merged.items() if duplicates & _ids(value)}


def merge_payloads(base: bytes | None, ours: bytes, theirs: bytes, *, ours_time: dt.datetime,
                   theirs_time: dt.datetime) -> tuple[bytes, MergeResult]:
    """Merge three card payloads into the payload of the new concept version.

    The result is always a valid plan: a section whose merge does not validate (too many items,
    or an item moved to another list in one copy and edited in the other, so its id appears
    twice) is taken whole from the newer copy and reported as one conflict.
    """
    plans = [load_plan_json(payload) for payload in (base or ours, ours, theirs)]
    dicts = [plan.model_dump(mode="json") for plan in plans]
    result = merge_plans(None if base is None else dicts[0], dicts[1], dicts[2], ours_time=ours_time,
                         theirs_time=theirs_time)
    older_side: Side = "theirs" if ours_time >= theirs_time else "ours"
    newer_index = 1 if older_side == "theirs" else 2
    newer, older = dicts[newer_index], dicts[3 - newer_index]
    known = _duplicate_ids(plans[newer_index])  # already in the newer copy: not the merge's doing
    merged = dict(result.merged)
    replaced: set[str] = set()
    while True:
        plan, broken = _broken_sections(merged, known)
        if plan is None and not broken - replaced:  # nothing to blame: every section that differs
            broken = {name for name in newer if merged.get(name) != newer[name]}
        broken -= replaced
        if not broken:
            break
        for name in sorted(broken):
            merged[name] = newer[name]
            result.conflicts = [c for c in result.conflicts if c.path[:1] != (name,)]
            result.taken_from_theirs = [p for p in result.taken_from_theirs if p[:1] != (name,)]
            result.conflicts.append(MergeConflict((name,), result.label((name,)), newer[name],
                                                  older.get(name), older_side))
        replaced |= broken
    if plan is None:
        plan = plans[newer_index]
    result.merged = plan.model_dump(mode="json")
    return encode_plan(plan), result
