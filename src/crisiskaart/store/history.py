"""The version history: append-only records, each bound to its card, its number and its predecessor.

A record's associated data holds the card id, the version number and the SHA-256 of the previous
record, so records cannot be reordered, dropped from the middle, or spliced in from another file
or from a diverged copy of this one. The header (under its MAC) pins the count and the last digest,
so dropping records from the end (truncation, rollback within a file) is detected too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from crisiskaart.store import keys
from crisiskaart.store.encoding import Reader
from crisiskaart.store.errors import Tampered

GENESIS = b"\0" * 32
Random = Callable[[int], bytes]


class Status(StrEnum):
    """Status of a version of the card (Dutch names: they are shown to users and stored)."""

    CONCEPT = "concept"
    ONDERTEKEND = "ondertekend"
    ACTIEF = "actief"
    INGETROKKEN = "ingetrokken"
    VERVANGEN = "vervangen"


class Role(StrEnum):
    CLIENT = "client"
    ONDERSTEUNER = "ondersteuner"


@dataclass(frozen=True)
class Author:
    """Who saved a version. Declared, not proven: anyone with a slot can write (see file-format.md)."""

    role: Role
    name: str


@dataclass(frozen=True)
class VersionInfo:
    """Everything about a version except its payload."""

    number: int
    time: datetime  # UTC, whole seconds
    author: Author
    status: Status
    note: str


def format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: str) -> datetime:
    """A stored moment; only the one canonical spelling is accepted (``2024-03-01T10:00:00Z``)."""
    if len(text) != 20 or not text.endswith("Z"):
        raise ValueError("non-canonical time")
    moment = datetime.fromisoformat(text[:-1]).replace(tzinfo=UTC)  # strptime is 10x slower
    if format_time(moment) != text:
        raise ValueError("non-canonical time")
    return moment


# What ``json.dumps`` with these options builds on every call; made once, it is shared (it keeps no
# state between calls), and an autosave encodes two of these.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def canonical_json(obj: object) -> bytes:
    return _CANONICAL.encode(obj).encode()


def record_digest(record: bytes) -> bytes:
    return hashlib.sha256(record).digest()


def _version_ad(card_id: bytes, number: int, previous: bytes) -> bytes:
    return keys.LABEL + b"version" + card_id + number.to_bytes(4, "big") + previous


def _meta(info: VersionInfo) -> bytes:
    return canonical_json(
        {
            "number": info.number,
            "time": format_time(info.time),
            "author": {"role": info.author.role.value, "name": info.author.name},
            "status": info.status.value,
            "note": info.note,
        }
    )


def seal_version(
    key: bytes, card_id: bytes, previous: bytes, info: VersionInfo, payload: bytes, random: Random
) -> bytes:
    """The format-1 on-disk record (nonce || ciphertext) for one version."""
    return seal_with_ad(key, _version_ad(card_id, info.number, previous), info, payload, random)


def seal_with_ad(key: bytes, ad: bytes, info: VersionInfo, payload: bytes, random: Random) -> bytes:
    meta = _meta(info)
    plaintext = b"".join((len(meta).to_bytes(4, "big"), meta, payload))  # blob32(meta) ‖ payload
    nonce = random(keys.NONCE_LENGTH)
    return nonce + keys.seal(key, nonce, plaintext, ad)


def open_version(
    key: bytes, card_id: bytes, previous: bytes, number: int, record: bytes
) -> tuple[VersionInfo, bytes]:
    """(metadata, payload) of ``record``; ``Tampered`` if it is not version ``number`` of this card."""
    return open_with_ad(key, _version_ad(card_id, number, previous), number, record)


def open_with_ad(key: bytes, ad: bytes, number: int, record: bytes) -> tuple[VersionInfo, bytes]:
    nonce, sealed = record[: keys.NONCE_LENGTH], record[keys.NONCE_LENGTH :]
    plain = keys.open_sealed(key, nonce, sealed, ad)
    if plain is None:
        raise Tampered(f"version {number}: authentication failed")
    reader = Reader(plain, "version")
    meta = reader.blob32(len(plain))
    payload = plain[reader.pos :]
    try:
        obj = json.loads(meta)
        if set(obj) != {"number", "time", "author", "status", "note"} or obj["number"] != number:
            raise ValueError("fields")
        if set(obj["author"]) != {"role", "name"}:
            raise ValueError("author")
        info = VersionInfo(
            number=number,
            time=parse_time(obj["time"]),
            author=Author(Role(obj["author"]["role"]), str(obj["author"]["name"])),
            status=Status(obj["status"]),
            note=str(obj["note"]),
        )
    except (ValueError, TypeError, KeyError) as error:
        raise Tampered(f"version {number}: metadata unreadable ({error})") from None
    return info, payload


# --- the index record --------------------------------------------------------------------------
@dataclass(frozen=True)
class CardSummary:
    """What the caller tells the store about the card for the caseload list (kept encrypted)."""

    display_name: str
    signed_on: date | None = None
    valid_until: date | None = None
    drawn_up_on: date | None = None


@dataclass(frozen=True)
class IndexRecord:
    """The small encrypted record a caseload list reads without touching the history."""

    display_name: str
    status: Status
    signed_on: date | None
    valid_until: date | None
    drawn_up_on: date | None
    version_count: int
    last_change: datetime
    last_author: Author

    @classmethod
    def for_latest(cls, summary: CardSummary, latest: VersionInfo) -> IndexRecord:
        return cls(
            display_name=summary.display_name,
            status=latest.status,
            signed_on=summary.signed_on,
            valid_until=summary.valid_until,
            drawn_up_on=summary.drawn_up_on,
            version_count=latest.number,
            last_change=latest.time,
            last_author=latest.author,
        )

    @property
    def summary(self) -> CardSummary:
        return CardSummary(self.display_name, self.signed_on, self.valid_until, self.drawn_up_on)

    def to_json(self) -> bytes:
        def day(value: date | None) -> str | None:
            return None if value is None else value.isoformat()

        return canonical_json(
            {
                "display_name": self.display_name,
                "status": self.status.value,
                "signed_on": day(self.signed_on),
                "valid_until": day(self.valid_until),
                "drawn_up_on": day(self.drawn_up_on),
                "version_count": self.version_count,
                "last_change": format_time(self.last_change),
                "last_author": {"role": self.last_author.role.value, "name": self.last_author.name},
            }
        )

    @classmethod
    def from_json(cls, data: bytes) -> IndexRecord:
        def day(value: object) -> date | None:
            return None if value is None else date.fromisoformat(str(value))

        obj = json.loads(data)
        return cls(
            display_name=str(obj["display_name"]),
            status=Status(obj["status"]),
            signed_on=day(obj["signed_on"]),
            valid_until=day(obj["valid_until"]),
            drawn_up_on=day(obj["drawn_up_on"]),
            version_count=int(obj["version_count"]),
            last_change=parse_time(obj["last_change"]),
            last_author=Author(Role(obj["last_author"]["role"]), str(obj["last_author"]["name"])),
        )


def _index_ad(card_id: bytes, count: int, head: bytes, label: bytes = keys.LABEL) -> bytes:
    return label + b"index" + card_id + count.to_bytes(4, "big") + head


def seal_index(
    key: bytes, card_id: bytes, head: bytes, index: IndexRecord, random: Random,
    label: bytes = keys.LABEL,
) -> bytes:
    nonce = random(keys.NONCE_LENGTH)
    ad = _index_ad(card_id, index.version_count, head, label)
    return nonce + keys.seal(key, nonce, index.to_json(), ad)


def open_index(
    key: bytes, card_id: bytes, count: int, head: bytes, record: bytes, label: bytes = keys.LABEL
) -> IndexRecord:
    nonce, sealed = record[: keys.NONCE_LENGTH], record[keys.NONCE_LENGTH :]
    plain = keys.open_sealed(key, nonce, sealed, _index_ad(card_id, count, head, label))
    if plain is None:
        raise Tampered("index record: authentication failed")
    try:
        index = IndexRecord.from_json(plain)
    except (ValueError, TypeError, KeyError) as error:
        raise Tampered(f"index record unreadable ({error})") from None
    if index.version_count != count:
        raise Tampered("index record: version count differs from header")
    return index
