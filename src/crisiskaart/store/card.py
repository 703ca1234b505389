"""The card file as the rest of the program sees it: create, open, read versions, save, manage slots.

The store keeps payloads opaque (bytes): it never imports the model. Every change is one atomic
save of the whole file (``atomic.write_atomically``) while holding the edit lock (``lock``).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from crisiskaart.store import container, keys
from crisiskaart.store.atomic import DEFAULT_BACKUPS, write_atomically
from crisiskaart.store.container import Header, ParsedFile
from crisiskaart.store.errors import (
    CardExists,
    CardNotFound,
    CorruptFile,
    DuplicateOndersteuner,
    EmptyPassphrase,
    FileUnreadable,
    InvalidRequest,
    NotAConcept,
    NotARecipient,
    OpenedReadOnly,
    Tampered,
    UnknownOndersteuner,
    UnknownVersion,
    WrongPassphrase,
)
from crisiskaart.store.history import (
    GENESIS,
    Author,
    CardSummary,
    IndexRecord,
    Role,
    Status,
    VersionInfo,
    open_index,
    open_version,
    record_digest,
    seal_index,
    seal_version,
)
from crisiskaart.store.kdf import DEFAULT_KDF, DEFAULT_LIMITS, KdfLimits, KdfParams
from crisiskaart.store.lock import CardLock
from crisiskaart.store.profile import OndersteunerProfile
from crisiskaart.store.slots import ClientSlot, OndersteunerSlot, Random, Recipient

FILE_SUFFIX = ".crisiskaart"
Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def default_file_name(clock: Clock = _now) -> str:
    """A file name with no client data in it: date plus a random tag, e.g. ``kaart-2025-03-01-7f3a``."""
    return f"kaart-{clock():%Y-%m-%d}-{secrets.token_hex(2)}{FILE_SUFFIX}"


def _read_file(path: Path, size_hint: int | None = None) -> bytes:
    try:
        with open(path, "rb") as handle:
            if size_hint is None:
                return handle.read()
            # Never ask for more than the file holds: read(256 KiB) allocates that much for every
            # small card, which doubles the cost of listing a caseload.
            return handle.read(min(size_hint, max(1, os.fstat(handle.fileno()).st_size)))
    except FileNotFoundError:
        raise CardNotFound(str(path), path=path) from None
    except IsADirectoryError:
        raise CardNotFound(str(path), path=path) from None
    except PermissionError:
        raise FileUnreadable(str(path), path=path) from None


def _check_new_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise EmptyPassphrase("empty passphrase")


def _unlock(
    parsed: ParsedFile,
    passphrase: str | None,
    profile: OndersteunerProfile | None,
    limits: KdfLimits,
) -> tuple[bytes, Author]:
    """(file key, who opened it); verifies the header MAC before anything else is trusted."""
    header = parsed.header
    if (passphrase is None) == (profile is None):
        raise InvalidRequest("give exactly one of passphrase and profile")
    if passphrase is not None:
        file_key = header.client_slot.unwrap(passphrase, limits)
        if file_key is None:
            raise WrongPassphrase("client slot did not open")
        opened_by = Author(Role.CLIENT, "")
    else:
        assert profile is not None
        file_key = None
        for slot in header.ondersteuner_slots:
            file_key = slot.unwrap(profile.private_key)
            if file_key is not None:
                break
        if file_key is None:
            raise NotARecipient("no slot for this profile")
        opened_by = Author(Role.ONDERSTEUNER, profile.name)
    if not keys.mac_ok(keys.header_mac_key(file_key), parsed.header_bytes, parsed.mac):
        raise Tampered("header MAC mismatch")
    return file_key, opened_by


def read_index(
    path: Path,
    *,
    passphrase: str | None = None,
    profile: OndersteunerProfile | None = None,
    limits: KdfLimits = DEFAULT_LIMITS,
) -> IndexRecord:
    """The caseload record only: reads the header and the index, not the version history."""
    path = Path(path)
    data = _read_file(path, 256 * 1024)
    try:
        parsed = container.parse(data, index_only=True)
    except CorruptFile:
        parsed = container.parse(_read_file(path), index_only=True)  # a long slot table
    file_key, _ = _unlock(parsed, passphrase, profile, limits)
    header = parsed.header
    return open_index(
        keys.payload_key(file_key),
        header.card_id,
        header.version_count,
        header.head_digest,
        parsed.index_record,
    )


class CardFile:
    """An open card. Writable ones hold the edit lock until ``close()``; use it as a context manager."""

    def __init__(
        self,
        path: Path,
        header: Header,
        file_key: bytes,
        records: list[bytes],
        versions: list[VersionInfo],
        index: IndexRecord,
        opened_by: Author,
        *,
        lock: CardLock | None,
        backups: int,
        random: Random,
        clock: Clock,
    ) -> None:
        self.path = path
        self._header = header
        self._file_key = file_key
        self._records = records
        self._versions = versions
        self._index = index
        self.opened_by = opened_by
        self._lock = lock
        self.backups = backups
        self._random = random
        self._clock = clock

    # --- reading -------------------------------------------------------------------------------
    @property
    def card_id(self) -> str:
        return self._header.card_id.hex()

    @property
    def versions(self) -> tuple[VersionInfo, ...]:
        return tuple(self._versions)

    @property
    def latest(self) -> VersionInfo:
        return self._versions[-1]

    @property
    def index(self) -> IndexRecord:
        return self._index

    @property
    def writable(self) -> bool:
        return self._lock is not None and self._lock.held

    def payload(self, number: int | None = None) -> bytes:
        """The payload bytes of version ``number`` (default: the latest)."""
        number = len(self._records) if number is None else number
        if not 1 <= number <= len(self._records):
            raise UnknownVersion(f"no version {number}", number=number, count=len(self._records))
        previous = GENESIS if number == 1 else record_digest(self._records[number - 2])
        _, payload = open_version(
            keys.payload_key(self._file_key),
            self._header.card_id,
            previous,
            number,
            self._records[number - 1],
        )
        return payload

    def ondersteuners(self) -> list[Recipient]:
        """Who besides the client can open this card, in slot order."""
        return [
            slot.recipient(self._file_key, self._header.card_id)
            for slot in self._header.ondersteuner_slots
        ]

    # --- writing -------------------------------------------------------------------------------
    def save_version(
        self,
        payload: bytes,
        *,
        summary: CardSummary,
        status: Status = Status.CONCEPT,
        note: str = "",
        author_name: str | None = None,
    ) -> VersionInfo:
        """Append a version and save. The author's role is who opened the card, not a parameter."""
        self._require_writable()
        info = VersionInfo(
            number=len(self._records) + 1,
            time=self._clock().astimezone(UTC).replace(microsecond=0),
            author=self._author(author_name, summary),
            status=Status(status),
            note=note,
        )
        previous = record_digest(self._records[-1]) if self._records else GENESIS
        record = seal_version(
            keys.payload_key(self._file_key), self._header.card_id, previous, info, payload, self._random
        )
        index = IndexRecord.for_latest(summary, info)
        self._commit(self._header.slots, [*self._records, record], index)
        self._versions.append(info)
        return info

    def amend_concept(
        self, payload: bytes, *, summary: CardSummary, note: str | None = None,
        author_name: str | None = None,
    ) -> VersionInfo:
        """Replace the latest version's payload, which must be a concept: autosave of a draft.

        The editor saves a few seconds after typing stops; appending each time would bury the
        meaningful versions under hundreds of drafts. Only a concept may change (an ondertekend or
        actief version is immutable); the replaced record keeps its number and its place in the chain.
        """
        self._require_writable()
        latest = self.latest
        if latest.status is not Status.CONCEPT:
            raise NotAConcept(f"version {latest.number} is {latest.status.value}", number=latest.number)
        info = VersionInfo(
            number=latest.number,
            time=self._clock().astimezone(UTC).replace(microsecond=0),
            author=self._author(author_name, summary),
            status=Status.CONCEPT,
            note=latest.note if note is None else note,
        )
        previous = record_digest(self._records[-2]) if len(self._records) > 1 else GENESIS
        record = seal_version(
            keys.payload_key(self._file_key), self._header.card_id, previous, info, payload, self._random
        )
        index = IndexRecord.for_latest(summary, info)
        self._commit(self._header.slots, [*self._records[:-1], record], index)
        self._versions[-1] = info
        return info

    def _author(self, author_name: str | None, summary: CardSummary) -> Author:
        if self.opened_by.role is Role.ONDERSTEUNER:
            return self.opened_by
        return Author(Role.CLIENT, summary.display_name if author_name is None else author_name)

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams = DEFAULT_KDF) -> None:
        """Rewrap the file key under a new client passphrase (new slot written, then old dropped)."""
        self._require_writable()
        _check_new_passphrase(new_passphrase)
        new_slot = ClientSlot.create(new_passphrase, self._file_key, kdf, self._random)
        slots = [new_slot, *self._header.slots]  # new slot first (LUKS order) ...
        slots = [s for s in slots if not (isinstance(s, ClientSlot) and s is not new_slot)]
        self._commit(slots, self._records, self._index)  # ... old one gone in the same atomic save

    def add_ondersteuner(self, recipient: Recipient) -> None:
        self._require_writable()
        for existing in self.ondersteuners():
            if existing.public_key == recipient.public_key or existing.name == recipient.name:
                raise DuplicateOndersteuner(existing.name, name=existing.name)
        slot = OndersteunerSlot.create(recipient, self._file_key, self._header.card_id, self._random)
        self._commit([*self._header.slots, slot], self._records, self._index)

    def remove_ondersteuner(self, name: str) -> Recipient:
        """Remove the slot of the ondersteuner called ``name``; the file key is not changed."""
        self._require_writable()
        pairs = list(zip(self._header.ondersteuner_slots, self.ondersteuners(), strict=True))
        matches = [(slot, who) for slot, who in pairs if who.name == name]
        if not matches:
            raise UnknownOndersteuner(name, name=name)
        slot, who = matches[0]
        self._commit([s for s in self._header.slots if s is not slot], self._records, self._index)
        return who

    def _require_writable(self) -> None:
        if not self.writable:
            raise OpenedReadOnly("opened read-only")

    def _commit(self, slots: list, records: list[bytes], index: IndexRecord) -> None:
        """Build the whole file, write it atomically, and only then adopt the new state."""
        header = Header(
            card_id=self._header.card_id,
            version_count=len(records),
            head_digest=record_digest(records[-1]),
            slots=list(slots),
        )
        data = _serialise(header, self._file_key, records, index, self._random)
        write_atomically(self.path, data, backups=self.backups)
        self._header, self._records, self._index = header, list(records), index

    # --- lifetime ------------------------------------------------------------------------------
    def close(self) -> None:
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> CardFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serialise(
    header: Header, file_key: bytes, records: list[bytes], index: IndexRecord, random: Random
) -> bytes:
    header_bytes = header.encode()
    tag = keys.mac(keys.header_mac_key(file_key), header_bytes)
    index_record = seal_index(
        keys.payload_key(file_key), header.card_id, header.head_digest, index, random
    )
    return container.build(header_bytes, tag, index_record, records)


def create_card(
    path: Path,
    passphrase: str,
    payload: bytes,
    *,
    summary: CardSummary,
    status: Status = Status.CONCEPT,
    note: str = "",
    author_name: str | None = None,
    kdf: KdfParams = DEFAULT_KDF,
    backups: int = DEFAULT_BACKUPS,
    random: Random = os.urandom,
    clock: Clock = _now,
) -> CardFile:
    """Create a new card with one version; refuses to overwrite. Returns it open and locked."""
    path = Path(path)
    _check_new_passphrase(passphrase)
    lock = CardLock(path).acquire()
    try:
        if path.exists():
            raise CardExists(str(path), path=path)
        file_key = random(keys.FILE_KEY_LENGTH)
        card_id = random(container.CARD_ID_LENGTH)
        slot = ClientSlot.create(passphrase, file_key, kdf, random)
        time = clock().astimezone(UTC).replace(microsecond=0)
        author = Author(Role.CLIENT, summary.display_name if author_name is None else author_name)
        info = VersionInfo(1, time, author, Status(status), note)
        record = seal_version(keys.payload_key(file_key), card_id, GENESIS, info, payload, random)
        header = Header(card_id, 1, record_digest(record), [slot])
        index = IndexRecord.for_latest(summary, info)
        write_atomically(
            path, _serialise(header, file_key, [record], index, random), exclusive=True
        )
    except BaseException:
        lock.release()
        raise
    return CardFile(
        path, header, file_key, [record], [info], index, Author(Role.CLIENT, ""),
        lock=lock, backups=backups, random=random, clock=clock,
    )


def open_card(
    path: Path,
    *,
    passphrase: str | None = None,
    profile: OndersteunerProfile | None = None,
    writable: bool = True,
    limits: KdfLimits = DEFAULT_LIMITS,
    backups: int = DEFAULT_BACKUPS,
    random: Random = os.urandom,
    clock: Clock = _now,
) -> CardFile:
    """Open and fully verify a card (header MAC, index, every version's AEAD and chain).

    Writable opens take the edit lock first, so what we read is what we later replace.
    """
    path = Path(path)
    lock = CardLock(path).acquire() if writable else None
    try:
        parsed = container.parse(_read_file(path))
        file_key, opened_by = _unlock(parsed, passphrase, profile, limits)
        header = parsed.header
        key = keys.payload_key(file_key)
        index = open_index(
            key, header.card_id, header.version_count, header.head_digest, parsed.index_record
        )
        versions: list[VersionInfo] = []
        previous = GENESIS
        for number, record in enumerate(parsed.version_records, start=1):
            info, _ = open_version(key, header.card_id, previous, number, record)
            versions.append(info)
            previous = record_digest(record)
        if previous != header.head_digest:
            raise Tampered("history does not end where the header says")
        if index != IndexRecord.for_latest(index.summary, versions[-1]):
            raise Tampered("index record does not describe the latest version")
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return CardFile(
        path, header, file_key, list(parsed.version_records), versions, index, opened_by,
        lock=lock, backups=backups, random=random, clock=clock,
    )
