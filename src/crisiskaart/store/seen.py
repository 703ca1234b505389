"""What this computer has seen of each card: card id, version number and digest, nothing else.

A file replaced by an older genuine copy (a restored backup, a sync service rolling back) cannot
be told from the file alone. Remembering the newest version seen per card id lets opening say
"this is an older copy: this computer has seen version 7". The file holds no card content.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

_GUARD = threading.Lock()
FILE_NAME = "seen-cards.json"


def state_folder() -> Path:
    """Where per-user state lives: ``CRISISKAART_STATE_DIR``, else the platform's usual place."""
    if os.environ.get("CRISISKAART_STATE_DIR"):
        return Path(os.environ["CRISISKAART_STATE_DIR"])
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "crisiskaart"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "crisiskaart"
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "crisiskaart"


@dataclass(frozen=True)
class Seen:
    number: int
    digest: str  # hex SHA-256 of the version record


def _path() -> Path:
    return state_folder() / FILE_NAME


def _load() -> dict[str, dict]:
    try:
        data = json.loads(_path().read_text("utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def last_seen(card_id: str) -> Seen | None:
    entry = _load().get(card_id)
    try:
        return None if entry is None else Seen(int(entry["number"]), str(entry["digest"]))
    except (KeyError, TypeError, ValueError):
        return None


def remember(card_id: str, number: int, digest: bytes, *, replace: bool = False) -> None:
    """Keep the newest number seen; best effort (a read-only home must not stop a card opening).

    ``replace`` after two copies were merged: the merged card is now the newest, even if the
    other copy had more versions.
    """
    with _GUARD:
        data = _load()
        known = data.get(card_id)
        newer = isinstance(known, dict) and isinstance(known.get("number"), int) and known["number"] > number
        if newer and not replace:
            return
        if known == {"number": number, "digest": digest.hex()}:
            return  # nothing new: no write
        data[card_id] = {"number": number, "digest": digest.hex()}
        path = _path()
        temp = path.with_name(f".{FILE_NAME}-{secrets.token_hex(4)}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_text(json.dumps(data, sort_keys=True), "utf-8")
            os.replace(temp, path)
        except OSError:
            with contextlib.suppress(OSError):
                temp.unlink()
