"""The caseload: every card file in a folder, read through its index record with one profile.

Only the header and the small index record are read and decrypted (``CaseloadReader``, which
reads as ``store.read_index`` does: two small reads per file), never the history, so a thousand
cards list in a fraction of a second.
Cards this profile cannot open are listed as "geen toegang", damaged ones as "beschadigd":
nothing is hidden from the ondersteuner. Copies of one card in the same folder (a sync
service's conflict copy, a restored backup) are one row: the newest file, naming the others,
and saying when two of them each have changes of their own.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from crisiskaart.store import (
    FILE_SUFFIX,
    CardNotFound,
    CorruptFile,
    FileUnreadable,
    IndexRecord,
    NotARecipient,
    OndersteunerProfile,
    StoreError,
    UnsupportedVersion,
)
from crisiskaart.store.caseload_read import CaseloadReader, Outcome
from crisiskaart.workspace.copy_groups import group_copies
from crisiskaart.workspace.review import DEFAULT_REVIEW_WINDOW_DAYS, ReviewState, never_signed, review_state
from crisiskaart.workspace.texts import COPY_WORDS, word


class Access(StrEnum):
    OK = "ok"
    NO_ACCESS = "no_access"  # no slot for this profile: listed, not hidden
    DAMAGED = "damaged"  # corrupt, tampered or from a newer program
    UNREADABLE = "unreadable"  # the operating system refused to read it


@dataclass(frozen=True)
class CaseloadEntry:
    """One row of the caseload. ``index`` is None unless ``access`` is OK.

    ``copies`` are the other files of this card in the folder, not listed on their own; ``forks``
    are those of them with changes of their own, which the editor merges into ``path``.
    """

    path: Path
    access: Access
    index: IndexRecord | None = None
    review: ReviewState = ReviewState.NONE
    days_to_review: int | None = None
    error: StoreError | None = None
    copies: tuple[Path, ...] = ()
    forks: tuple[Path, ...] = ()

    @property
    def name(self) -> str:
        return self.index.display_name if self.index is not None else ""

    @property
    def forked(self) -> bool:
        """Two or more versions of the card, each with its own changes: they should be merged."""
        return bool(self.forks)

    def problem(self, language: str = "nl") -> str:
        return "" if self.error is None else self.error.message(language)

    def copies_text(self, language: str = "nl") -> str:
        """"twee versies: samenvoegen", "ook een oudere kopie", or "" for a card in one file."""
        if self.forks:
            versions = len(self.forks) + 1
            if versions == 2:
                return word(COPY_WORDS, "two_versions", language)
            return word(COPY_WORDS, "versions", language).format(n=versions)
        if not self.copies:
            return ""
        if len(self.copies) == 1:
            return word(COPY_WORDS, "older_copy", language)
        return word(COPY_WORDS, "older_copies", language).format(n=len(self.copies))


def card_files(folder: Path, recursive: bool = False) -> list[Path]:
    """The card files in ``folder`` (backups, temp and lock files are not cards), sorted by path."""
    if recursive:
        return sorted(path for path in Path(folder).glob(f"**/*{FILE_SUFFIX}") if path.is_file())
    with os.scandir(folder) as found:  # d_type from the directory: no stat per file
        names = sorted(entry.path for entry in found
                       if entry.name.endswith(FILE_SUFFIX) and entry.is_file())
    return [Path(name) for name in names]  # sorting strings: a thousand Path comparisons cost more


def read_entry(
    path: Path, profile: OndersteunerProfile, today: dt.date,
    window_days: int = DEFAULT_REVIEW_WINDOW_DAYS,
    on_card_id: Callable[[bytes], object] | None = None,
) -> CaseloadEntry | None:
    """The caseload row for one file; None if it vanished while we were looking."""
    ((card_id, outcome),) = CaseloadReader(profile).read_all([path])
    if on_card_id is not None and card_id is not None:
        on_card_id(card_id)
    return _row(path, outcome, today, window_days)


def _row(path: Path, outcome: Outcome, today: dt.date, window_days: int) -> CaseloadEntry | None:
    """The row for what reading the file gave: its index record, or why it is not listed by name."""
    if not isinstance(outcome, StoreError):
        if never_signed(outcome.status, outcome.version_count):  # typed dates are no signature
            outcome = replace(outcome, signed_on=None, valid_until=None)
        state, days = review_state(outcome.status, outcome.signed_on, outcome.valid_until, today, window_days)
        return CaseloadEntry(path, Access.OK, outcome, state, days)
    if isinstance(outcome, NotARecipient):
        return CaseloadEntry(path, Access.NO_ACCESS, error=_kept(outcome))
    if isinstance(outcome, FileUnreadable):
        return CaseloadEntry(path, Access.UNREADABLE, error=_kept(outcome))
    if isinstance(outcome, CorruptFile | UnsupportedVersion):
        return CaseloadEntry(path, Access.DAMAGED, error=_kept(outcome))
    if isinstance(outcome, CardNotFound):
        return None
    raise outcome


def _kept(error: StoreError) -> StoreError:
    """The error without its traceback: a row keeps its message, not the frames (and the bytes
    they were reading) of every card it could not open."""
    error.__traceback__ = None
    error.__context__ = None
    return error


def scan_caseload(
    folder: Path, profile: OndersteunerProfile, *, today: dt.date | None = None,
    window_days: int = DEFAULT_REVIEW_WINDOW_DAYS, recursive: bool = False,
    paths: Iterable[Path] | None = None,
) -> list[CaseloadEntry]:
    """Every card in ``folder`` as a caseload row, in file-name order; copies of a card are one row."""
    today = today or dt.date.today()
    files = card_files(folder, recursive) if paths is None else list(paths)
    # One read per file: its row, and the clear card id that groups copies of one card. A copy
    # that is not shown was read for nothing, which is rare and cheaper than opening every file
    # twice. Rows and ids are kept by position: hashing a Path costs more than a card's parse.
    rows: list[CaseloadEntry | None] = []
    by_card: dict[bytes, list[int]] = {}
    read = CaseloadReader(profile).read_all(files)
    for position, (path, (card_id, outcome)) in enumerate(zip(files, read, strict=True)):
        rows.append(_row(path, outcome, today, window_days))
        if card_id is not None:
            by_card.setdefault(card_id, []).append(position)
    shared = {card_id: positions for card_id, positions in by_card.items() if len(positions) > 1}
    if shared:
        _group_copies(files, rows, shared)
    return [entry for entry in rows if entry is not None]


def _group_copies(
    files: list[Path], rows: list[CaseloadEntry | None], shared: dict[bytes, list[int]]
) -> None:
    """Copies of one card become one row: the file ``group_copies`` shows, naming the others."""
    card_ids = {files[position]: card_id for card_id, positions in shared.items() for position in positions}
    for positions in shared.values():
        members = [files[position] for position in positions]
        groups = {group.path: group for group in group_copies(members, card_ids)}
        for position, path in zip(positions, members, strict=True):
            group = groups.get(path)
            entry = rows[position]
            if group is None or entry is None:
                rows[position] = None  # a copy the shown row stands for
            elif group.copies or group.forks:
                rows[position] = replace(entry, copies=group.copies, forks=group.forks)


def reminders(entries: Iterable[CaseloadEntry]) -> list[CaseloadEntry]:
    """Cards whose review is due or overdue, the most urgent first."""
    urgent = [e for e in entries if e.review in (ReviewState.DUE, ReviewState.EXPIRED)]
    return sorted(urgent, key=lambda e: (e.days_to_review if e.days_to_review is not None else 0, e.name))
