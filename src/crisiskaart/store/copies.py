"""Other copies of the same card in its folder, compared without any key.

Sync services (Nextcloud, OneDrive, an SMB share) make "conflict copies" when a card changed in
two places. Both copies carry the same card id in the clear, and in format 2 the digest of every
version record is computable from the file alone, so two copies can be compared structurally: one
is older (a prefix of the other), newer, or a *fork* (a common history, then each its own changes).
A fork may have no version in common at all: a new card stays concept version 1 until it is
signed, and autosave amends that version, so two people editing it through a shared folder each
make their own version 1. The card id says they are the same card; they are a fork from nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from crisiskaart.store import container, format2
from crisiskaart.store.errors import CorruptFile, UnsupportedVersion

SUFFIX = ".crisiskaart"


class Relation(StrEnum):
    OLDER = "older"  # the other copy is an earlier state of this one
    NEWER = "newer"  # this copy is an earlier state of the other
    FORK = "fork"  # a common history (perhaps none: both amended concept version 1), then changes
    SAME = "same"
    UNRELATED = "unrelated"  # same card id, but a history this program cannot read (format 1, damaged)


@dataclass(frozen=True)
class OtherCopy:
    path: Path
    relation: Relation
    common: int  # versions both have (0 for a fork whose versions 1 differ)
    count: int  # versions the other copy has


def committed_history(data: bytes) -> tuple[bytes, list[bytes]] | None:
    """(card id, digest of each live version record) of a format-2 file, or None."""
    try:
        parsed = format2.parse(data)
        offset, last = parsed.commits[-1]
        chain = format2.chain(parsed, last, offset)
    except (CorruptFile, UnsupportedVersion):
        return None
    return parsed.header.card_id, [record.digest for record in chain]


def relation(ours: list[bytes], theirs: list[bytes]) -> tuple[Relation, int]:
    """How ``theirs`` relates to ``ours`` (digests of two histories of one card), and the versions shared.

    Histories that differ from version 1 on are a fork with 0 versions in common, not unrelated:
    the caller has already matched the card id, and a concept version 1 amended in two places is
    the usual way a new card gets there.
    """
    common = 0
    for mine, other in zip(ours, theirs, strict=False):
        if mine != other:
            break
        common += 1
    if common == len(ours) == len(theirs):
        return Relation.SAME, common
    if not ours or not theirs:  # a history without versions is no card history
        return Relation.UNRELATED, 0
    if common == len(theirs):
        return Relation.OLDER, common
    if common == len(ours):
        return Relation.NEWER, common
    return Relation.FORK, common


def _card_id(path: Path) -> bytes | None:
    size = len(container.MAGIC) + 2 + container.CARD_ID_LENGTH
    try:
        with open(path, "rb") as handle:
            head = handle.read(size)
    except OSError:
        return None
    if len(head) < size or head[: len(container.MAGIC)] != container.MAGIC:
        return None
    return head[len(container.MAGIC) + 2 :]


def find_copies(
    path: Path, card_id: bytes, ours: list[bytes] | Callable[[], list[bytes]]
) -> list[OtherCopy]:
    """Every other card file in ``path``'s folder with ``card_id``, and how it relates to ``ours``.

    ``ours`` may be a function: our digests are then computed only when a copy turns up (for a
    large card that means reading its whole history, which opening alone does not).
    """
    path = Path(path)
    found: list[OtherCopy] = []
    try:
        entries = sorted(os.scandir(path.parent), key=lambda e: e.name)
    except OSError:
        return []
    for entry in entries:
        candidate = Path(entry.path)
        if not entry.name.endswith(SUFFIX) or candidate.name == path.name or not entry.is_file():
            continue
        if _card_id(candidate) != card_id:
            continue
        try:
            history = committed_history(candidate.read_bytes())
        except OSError:
            continue
        if history is None:  # format 1, or damaged: the same card, history not comparable
            found.append(OtherCopy(candidate, Relation.UNRELATED, 0, 0))
            continue
        if callable(ours):
            ours = ours()
        kind, common = relation(ours, history[1])
        found.append(OtherCopy(candidate, kind, common, len(history[1])))
    return found
