"""A damaged card's way back: the backup the store keeps beside it, opened as a copy of its own.

Each session's first save writes the card anew and keeps the card as it was opened as
``NAME.1.bak`` (``store.atomic``; older ones as ``.2.bak``, ``.3.bak``). When the card itself no
longer opens, the newest backup is copied to a new card file beside it and opened instead: the
damaged file stays exactly as it is (someone may still rescue it), and the backup stays a backup.
"""

from __future__ import annotations

from pathlib import Path

from crisiskaart.store import backup_path, write_atomically
from crisiskaart.store.atomic import DEFAULT_BACKUPS

FILE_SUFFIX = ".crisiskaart"


def newest_backup(card: Path, *, most: int = DEFAULT_BACKUPS) -> Path | None:
    """The newest backup of ``card`` that is there (``.1.bak`` first), or None."""
    for number in range(1, most + 1):
        candidate = backup_path(Path(card), number)
        if candidate.is_file():
            return candidate
    return None


def restore_backup(card: Path, backup: Path, word: str) -> Path:
    """Copy ``backup`` to a new card file beside ``card``, named ``NAME (WORD).crisiskaart`` (a
    number is added when that exists); returns it. Written atomically, never over a file."""
    card = Path(card)
    stem = card.name[: -len(FILE_SUFFIX)] if card.name.endswith(FILE_SUFFIX) else card.name
    data = Path(backup).read_bytes()
    for number in range(1, 100):
        extra = f" {number}" if number > 1 else ""
        target = card.with_name(f"{stem} ({word}{extra}){FILE_SUFFIX}")
        if not target.exists():
            write_atomically(target, data, exclusive=True)
            return target
    raise FileExistsError(str(card.with_name(f"{stem} ({word}){FILE_SUFFIX}")))
