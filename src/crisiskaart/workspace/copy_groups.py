"""Files in one folder that are copies of the same card, as the caseload shows them: one row each.

A sync service (Nextcloud, OneDrive, an SMB share) keeps a "conflict copy" beside a card that
changed in two places, and a restored backup can sit beside the card it came from. Such files
carry the same card id in the clear. In file format 2 their version histories compare without a
key: one copy is an earlier state of another, or both continue a common history with their own
changes (a *fork*, to be merged). That common history may be empty: a new card stays concept
version 1 until signed and autosave amends it, so two places editing it each make their own
version 1; the card id still makes them one card, and one row. Only files that share a card id
are read further, so listing a thousand cards stays one small read per file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from crisiskaart.store import card_id_of
from crisiskaart.store.copies import Relation, committed_history, relation


@dataclass(frozen=True)
class CopyGroup:
    """The file the caseload shows for a card, and the other files of that card it stands for."""

    path: Path
    copies: tuple[Path, ...] = ()  # every other file of the card in the folder
    forks: tuple[Path, ...] = ()  # those with changes of their own: to be merged into ``path``


def _history(path: Path) -> list[bytes] | None:
    try:
        found = committed_history(path.read_bytes())
    except OSError:
        return None
    return None if found is None else found[1]


def _preferred(path: Path) -> tuple[int, str]:
    """The original name before a sync service's additions ("kaart (conflict copy)") is the shortest."""
    return len(path.name), path.name


def _tips(histories: dict[Path, list[bytes]]) -> list[Path]:
    """The files no other file contains: the newest state of each line of changes."""
    ordered = sorted(histories, key=_preferred)
    tips: list[Path] = []
    for index, path in enumerate(ordered):
        contained = False
        for other_index, other in enumerate(ordered):
            if other is path:
                continue
            kind, _ = relation(histories[path], histories[other])
            # The same history twice: the first in preference order stands for both.
            if kind is Relation.NEWER or (kind is Relation.SAME and other_index < index):
                contained = True
                break
        if not contained:
            tips.append(path)
    return tips


def _comparable_group(paths: list[Path]) -> tuple[CopyGroup | None, list[Path]]:
    """The group of the files of one card whose history can be read; the others stay apart.

    Every readable file belongs to it, whether or not it shares version 1 with the others: files
    that differ from version 1 on are a fork with no version in common, merged like any other.
    """
    histories: dict[Path, list[bytes]] = {}
    alone: list[Path] = []
    for path in paths:
        history = _history(path)
        if history:
            histories[path] = history
        else:  # format 1 or damaged: the same card id, but nothing this program can compare
            alone.append(path)
    if not histories:
        return None, alone
    tips = _tips(histories)
    shown = tips[0]
    copies = tuple(sorted((p for p in histories if p != shown), key=_preferred))
    return CopyGroup(shown, copies, tuple(tips[1:])), alone


def group_copies(
    paths: Iterable[Path], card_ids: Mapping[Path, bytes | None] | None = None
) -> list[CopyGroup]:
    """One group per card and folder, in the order of ``paths`` (by the file shown).

    ``card_ids`` are ids already read (None: not a card file); other files are read for theirs.
    """
    paths = list(paths)
    by_card: dict[tuple[Path, bytes], list[Path]] = defaultdict(list)
    lone: set[Path] = set()
    for path in paths:
        card_id = card_ids[path] if card_ids is not None and path in card_ids else card_id_of(path)
        if card_id is None:
            lone.add(path)  # not a card file (yet): listed on its own, as damaged
        else:
            by_card[path.parent, card_id].append(path)
    shown: dict[Path, CopyGroup] = {path: CopyGroup(path) for path in lone}
    for members in by_card.values():
        if len(members) == 1:
            shown[members[0]] = CopyGroup(members[0])
            continue
        group, alone = _comparable_group(members)
        if group is not None:
            shown[group.path] = group
        shown.update({path: CopyGroup(path) for path in alone})
    return [shown[path] for path in paths if path in shown]
