"""Bring two copies of one card back together: the common version, the merge, the kept copy.

The copies are compared by their decrypted history (version number, time, status and content),
not by the bytes, so a copy whose file key changed since, or that is still in the old file format,
is still recognised. The merged plan becomes one new concept version of the card that stays; the
other file is kept beside it as a backup (``<card>.kopie-N.bak``), never deleted.

Two copies of one card may share no version at all: a new card is concept version 1 until it is
signed, and autosave amends that version in place, so a client and an ondersteuner editing it
through a shared folder each end up with their own version 1. They are still one card (the card
id says so), but who changed what cannot be told: see ``merge_fork``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from crisiskaart.cards import plan_summary
from crisiskaart.model import load_plan_json
from crisiskaart.store import CardFile, VersionInfo, seen
from crisiskaart.workspace.merge import MergeResult, merge_payloads


class Outcome(StrEnum):
    MERGED = "merged"
    SAME = "same"  # nothing to do
    OTHER_NEWER = "other_newer"  # ours is an earlier state of theirs: open theirs instead
    OTHER_OLDER = "other_older"  # theirs is an earlier state of ours: nothing to take
    UNRELATED = "unrelated"  # not the same card (another card id), or a copy without versions


@dataclass(frozen=True)
class ForkMerge:
    outcome: Outcome
    common: int = 0
    version: VersionInfo | None = None
    result: MergeResult | None = None
    kept_as: Path | None = None


def _same_version(ours: CardFile, theirs: CardFile, number: int) -> bool:
    a, b = ours.versions[number - 1], theirs.versions[number - 1]
    return (a.time, a.status, a.author, a.note) == (b.time, b.status, b.author, b.note) and (
        ours.payload(number) == theirs.payload(number)
    )


def common_versions(ours: CardFile, theirs: CardFile) -> int:
    """How many versions, from version 1, the two copies share (0 also for another card id)."""
    if ours.card_id != theirs.card_id:
        return 0
    common = 0
    for number in range(1, min(len(ours.versions), len(theirs.versions)) + 1):
        if not _same_version(ours, theirs, number):
            break
        common = number
    return common


def backup_name(card_path: Path) -> Path:
    number = 1
    while True:
        candidate = card_path.with_name(f"{card_path.name}.kopie-{number}.bak")
        if not candidate.exists():
            return candidate
        number += 1


def merge_fork(ours: CardFile, theirs: CardFile, *, keep_other: bool = True) -> ForkMerge:
    """Merge ``theirs`` (read-only) into ``ours`` (writable) as a new concept version.

    Three-way against the last common version. Copies with no version in common (each amended
    concept version 1, or an old copy of a new card) cannot say who changed what: the copy saved
    last is kept as it is, and every value of the other copy that differs, or that only it has,
    is a conflict, listed to copy back by hand (the other file is kept as well). Nothing the
    person removed comes back on its own. The merged plan is always a concept: a signed version
    of ``ours`` stays in its history, one of ``theirs`` stays in the kept backup (docs/workspace.md).
    """
    mine, other = len(ours.versions), len(theirs.versions)
    if ours.card_id != theirs.card_id or mine == 0 or other == 0:
        return ForkMerge(Outcome.UNRELATED)
    common = common_versions(ours, theirs)
    if common == mine == other:
        return ForkMerge(Outcome.SAME, common)
    if common == mine:
        return ForkMerge(Outcome.OTHER_NEWER, common)
    if common == other:
        return ForkMerge(Outcome.OTHER_OLDER, common)
    base = ours.payload(common) if common else None  # none in common: the later copy is kept whole
    merged, result = merge_payloads(
        base, ours.payload(), theirs.payload(),
        ours_time=ours.latest.time, theirs_time=theirs.latest.time,
    )
    version = ours.save_version(merged, summary=plan_summary(load_plan_json(merged)), note=result.note())
    # The merged card is the newest now, even when the other copy had more versions.
    seen.remember(ours.card_id, version.number, ours.head_digest, replace=True)
    kept = None
    if keep_other:
        kept = backup_name(ours.path)
        theirs.close_file()  # Windows cannot rename a file that is open
        os.replace(theirs.path, kept)  # same folder: a rename, the other copy's bytes untouched
    return ForkMerge(Outcome.MERGED, common, version, result, kept)

