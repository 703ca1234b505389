"""The card file as the rest of the program sees it: create, open, read versions, save, manage access.

The store keeps payloads opaque (bytes): it never imports the model. Files are written in format
2 (docs/file-format.md): a save appends one record and a commit; a change of who has access writes
the file anew with a new file key. Format-1 files open as before and become format 2 at the next
save. The client owns the card: only her own credential (passphrase or recovery code) changes who
can open it; an ondersteuner edits, signs and hands over with her recorded consent.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from crisiskaart.store import container, copies, format2, keys, seen
from crisiskaart.store.atomic import (
    DEFAULT_BACKUPS,
    remove_backups,
    remove_leftovers,
    translate,
    write_atomically,
)
from crisiskaart.store.chain import EAGER_BYTES, History, Record, VersionList
from crisiskaart.store.errors import (
    CardChanged,
    CardExists,
    CardNotFound,
    CorruptFile,
    DuplicateOndersteuner,
    EmptyPassphrase,
    FileReplaced,
    FileUnreadable,
    InvalidRequest,
    NeedsClient,
    NoRecoveryCode,
    NotAConcept,
    NotAllowed,
    NotARecipient,
    OpenedReadOnly,
    StoreError,
    Tampered,
    UnknownOndersteuner,
    UnsupportedVersion,
    WrongPassphrase,
    WrongRecoveryCode,
)
from crisiskaart.store.format2 import CommitFrame, Header, RecordFrame
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
    open_with_ad,
    record_digest,
    seal_index,
    seal_with_ad,
)
from crisiskaart.store.kdf import DEFAULT_KDF, DEFAULT_LIMITS, SALT_LENGTH, KdfLimits, KdfParams
from crisiskaart.store.keyring import AccessAction, AccessEvent, Keyring, open_keyring, seal_keyring
from crisiskaart.store.lock import CardLock
from crisiskaart.store.messages import store_text
from crisiskaart.store.process import no_core_dumps
from crisiskaart.store.profile import OndersteunerProfile, fingerprint
from crisiskaart.store.recovery_code import RecoveryCode, new_recovery_code, parse_recovery_code
from crisiskaart.store.slots import ClientSlot as V1ClientSlot
from crisiskaart.store.slots import Random, Recipient
from crisiskaart.store.slots_v2 import ClientSlot, LegacySlot, OndersteunerSlot, RecoverySlot, Slot

FILE_SUFFIX = ".crisiskaart"
_T = TypeVar("_T")
_BINARY = getattr(os, "O_BINARY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
V2 = keys.LABEL_V2
Clock = Callable[[], datetime]
# Rewrite (compact) when superseded drafts take more room than this beyond twice the live file.
COMPACT_SLACK = 1024 * 1024


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def default_file_name(clock: Clock = _now) -> str:
    """A file name with no client data in it: date plus a random tag, e.g. ``kaart-2025-03-01-7f3a``."""
    return f"kaart-{clock():%Y-%m-%d}-{secrets.token_hex(2)}{FILE_SUFFIX}"


def _check_new_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise EmptyPassphrase("empty passphrase")


# --- subkeys of format 2 ------------------------------------------------------------------------
def header_key(file_key: bytes) -> bytes:
    return keys.hkdf(file_key, "header", label=V2)


def payload_key(file_key: bytes) -> bytes:
    return keys.hkdf(file_key, "payload", label=V2)


def commit_key(file_key: bytes) -> bytes:
    return keys.hkdf(file_key, "commit", label=V2)


@dataclass(frozen=True)
class _Subkeys:
    """The subkeys a save uses, derived once per file key: an autosave derives nothing."""

    payload: bytes
    commit: bytes

    @classmethod
    def of(cls, file_key: bytes) -> _Subkeys:
        return cls(payload_key(file_key), commit_key(file_key))


def _record_ad(card_id: bytes, generation: int, number: int, previous: bytes) -> bytes:
    return (
        V2 + b"version" + card_id + generation.to_bytes(4, "big") + number.to_bytes(4, "big") + previous
    )


def _seal_record(
    file_key: bytes, card_id: bytes, generation: int, previous: bytes, info: VersionInfo,
    payload: bytes, random: Random,
) -> RecordFrame:
    return _seal_with_key(payload_key(file_key), card_id, generation, previous, info, payload, random)


def _seal_with_key(
    payload_key: bytes, card_id: bytes, generation: int, previous: bytes, info: VersionInfo,
    payload: bytes, random: Random,
) -> RecordFrame:
    ad = _record_ad(card_id, generation, info.number, previous)
    sealed = seal_with_ad(payload_key, ad, info, payload, random)
    return RecordFrame(generation, info.number, previous, sealed)


# --- credentials --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Credential:
    """One way to open a card: the client's passphrase or recovery code, or an ondersteuner profile."""

    passphrase: str | None = None
    profile: OndersteunerProfile | None = None
    recovery_code: str | RecoveryCode | None = None

    def check(self) -> None:
        given = [v for v in (self.passphrase, self.profile, self.recovery_code) if v is not None]
        if len(given) != 1:
            raise InvalidRequest("give exactly one of passphrase, recovery code and profile")

    @property
    def role(self) -> Role:
        return Role.ONDERSTEUNER if self.profile is not None else Role.CLIENT


@dataclass
class _Unlocked:
    file_key: bytes
    opened_by: Author
    passphrase_key: bytes | None = None  # Argon2id output of the client slot, to upgrade format 1


def _code(value: str | RecoveryCode) -> RecoveryCode:
    return value if isinstance(value, RecoveryCode) else parse_recovery_code(value)


def _unlock_v2(header: Header, credential: Credential, limits: KdfLimits) -> _Unlocked:
    credential.check()
    client = header.slots[0]
    if credential.passphrase is not None:
        if isinstance(client, LegacySlot):
            limits.check(client.inner.kdf)
            passphrase_key = client.inner.kdf.derive(credential.passphrase, client.inner.salt)
            file_key = client.inner.unwrap_with(passphrase_key)
        else:
            assert isinstance(client, ClientSlot)
            passphrase_key = client.derive(credential.passphrase, limits)
            file_key = client.unwrap(passphrase_key)
        if file_key is None:
            raise WrongPassphrase("client slot did not open")
        return _Unlocked(file_key, Author(Role.CLIENT, ""), passphrase_key)
    if credential.recovery_code is not None:
        code = _code(credential.recovery_code)
        recovery = [s for s in header.slots if isinstance(s, RecoverySlot)]
        if not recovery:
            raise NoRecoveryCode("no recovery slot")
        file_key = recovery[0].unwrap(code.secret)
        if file_key is None:
            raise WrongRecoveryCode("recovery slot did not open")
        return _Unlocked(file_key, Author(Role.CLIENT, ""))
    profile = credential.profile
    assert profile is not None
    for slot in header.slots:
        if isinstance(slot, OndersteunerSlot):
            file_key = slot.unwrap(profile.private_key)
            if file_key is not None:
                return _Unlocked(file_key, Author(Role.ONDERSTEUNER, profile.name))
    raise NotARecipient("no slot for this profile")


def _unlock_v1(parsed: container.ParsedFile, credential: Credential, limits: KdfLimits) -> _Unlocked:
    credential.check()
    header = parsed.header
    if credential.recovery_code is not None:
        raise NoRecoveryCode("format 1 has no recovery slot")
    if credential.passphrase is not None:
        slot = header.client_slot
        limits.check(slot.kdf)
        passphrase_key = slot.kdf.derive(credential.passphrase, slot.salt)
        file_key = slot.unwrap_with(passphrase_key)
        if file_key is None:
            raise WrongPassphrase("client slot did not open")
        unlocked = _Unlocked(file_key, Author(Role.CLIENT, ""), passphrase_key)
    else:
        assert credential.profile is not None
        found = None
        for v1_slot in header.ondersteuner_slots:
            found = v1_slot.unwrap(credential.profile.private_key)
            if found is not None:
                break
        if found is None:
            raise NotARecipient("no slot for this profile")
        unlocked = _Unlocked(found, Author(Role.ONDERSTEUNER, credential.profile.name))
    if not keys.mac_ok(keys.header_mac_key(unlocked.file_key), parsed.header_bytes, parsed.mac):
        raise Tampered("header MAC mismatch")
    return unlocked


def _format_of(data: bytes) -> int:
    if len(data) < len(container.MAGIC) or data[: len(container.MAGIC)] != container.MAGIC:
        raise CorruptFile("not a crisiskaart file (magic)")
    if len(data) < len(container.MAGIC) + 2:
        raise CorruptFile("truncated format version")
    version = int.from_bytes(data[len(container.MAGIC) : len(container.MAGIC) + 2], "big")
    if version not in (container.FORMAT_VERSION, format2.FORMAT_VERSION):
        raise UnsupportedVersion(f"format version {version}", version=version)
    return version


# --- the caseload's quick read ------------------------------------------------------------------
_CARD_ID_END = len(container.MAGIC) + 2 + container.CARD_ID_LENGTH
INDEX_HEAD = 4 * 1024  # a header with a few slots; read more only when the slot table is longer
INDEX_TAIL = 2 * 1024  # the last commit with its sealed index record


def read_index(
    path: Path,
    *,
    passphrase: str | None = None,
    profile: OndersteunerProfile | None = None,
    recovery_code: str | RecoveryCode | None = None,
    limits: KdfLimits = DEFAULT_LIMITS,
    on_card_id: Callable[[bytes], object] | None = None,
) -> IndexRecord:
    """The caseload record only: the header and the last commit, not the version history.

    Two small reads per card (the first 4 KiB, the last 2 KiB), however long its history; more
    only for a long slot table or a save that was cut off. ``on_card_id`` is told the clear card
    id as soon as it is read, also when the card then turns out closed to this credential (a
    caseload groups copies of one card by it without opening each file twice).
    """
    path = path if isinstance(path, Path) else Path(path)  # a caseload passes thousands of Paths
    credential = Credential(passphrase, profile, recovery_code)
    with IndexReader(path) as file:
        head = file.read(0, INDEX_HEAD)
        on_disk_format = _format_of(head)
        if on_card_id is not None and len(head) >= _CARD_ID_END:
            on_card_id(head[_CARD_ID_END - container.CARD_ID_LENGTH : _CARD_ID_END])
        if on_disk_format == container.FORMAT_VERSION:
            parsed, head = file.grow(lambda data: container.parse(data, index_only=True), head)
            unlocked = _unlock_v1(parsed, credential, limits)
            h = parsed.header
            return open_index(
                keys.payload_key(unlocked.file_key), h.card_id, h.version_count, h.head_digest,
                parsed.index_record,
            )
        (header, header_length, mac), head = file.grow(format2.parse_header_mac, head)
        commit = file.last_commit()
        header_bytes = head[:header_length]
    unlocked = _unlock_v2(header, credential, limits)
    if not keys.mac_ok(header_key(unlocked.file_key), header_bytes, mac):
        raise Tampered("header MAC mismatch")
    digest = format2.header_digest(header_bytes, mac)
    if not keys.mac_ok(
        commit_key(unlocked.file_key), format2.commit_mac_input(digest, commit), commit.mac
    ):
        raise Tampered("commit MAC mismatch")
    return open_index(
        payload_key(unlocked.file_key), header.card_id, commit.count, commit.head, commit.index_record, V2
    )


class IndexReader:
    """Small reads at both ends of one card file, for the caseload (a descriptor, no buffering)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = -1
        self.size = 0

    def __enter__(self) -> IndexReader:
        try:
            self._fd = os.open(self.path, os.O_RDONLY | _BINARY | _CLOEXEC)
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise CardNotFound(str(self.path), path=self.path) from None
        except PermissionError:
            raise FileUnreadable(str(self.path), path=self.path) from None
        status = os.fstat(self._fd)
        if stat.S_ISDIR(status.st_mode):
            os.close(self._fd)
            raise CardNotFound(str(self.path), path=self.path)
        self.size = status.st_size
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self._fd)

    def read(self, offset: int, length: int) -> bytes:
        offset = max(0, min(offset, self.size))
        length = max(0, min(length, self.size - offset))
        if hasattr(os, "pread"):
            return os.pread(self._fd, length, offset)
        os.lseek(self._fd, offset, os.SEEK_SET)
        return os.read(self._fd, length)

    def grow(self, parse: Callable[[bytes], _T], data: bytes) -> tuple[_T, bytes]:
        """``parse(data)``, reading more of the file's start while it runs out of bytes."""
        while True:
            try:
                return parse(data), data
            except CorruptFile:
                if len(data) >= self.size:
                    raise
                data = self.read(0, max(len(data) * 8, INDEX_HEAD))

    def last_commit(self) -> CommitFrame:
        tail = self.read(self.size - INDEX_TAIL, INDEX_TAIL)
        commit = format2.last_commit_from_tail(tail)
        if commit is None and len(tail) >= 4 and len(tail) < self.size:
            length = int.from_bytes(tail[-4:], "big") + format2.FRAME_HEAD  # a large index record
            if len(tail) < length <= self.size:
                commit = format2.last_commit_from_tail(self.read(self.size - length, length))
        if commit is None:  # a save cut off at the end: the whole structure decides
            commit = format2.parse(self.read(0, self.size)).last_commit
        return commit


# --- what an open card tells about its access ----------------------------------------------------
@dataclass(frozen=True)
class AccessList:
    """Who can open this card, for the client's page and ``crisiskaart access``."""

    client: bool
    recovery_code: bool
    recovery_made: datetime | None
    ondersteuners: tuple[Recipient, ...]
    generation: int
    key_changed: datetime | None
    events: tuple[AccessEvent, ...]


@dataclass(frozen=True)
class Notice:
    """Something the user should know on opening; not an error (``key`` + params for the message)."""

    key: str
    params: dict[str, object]

    def message(self, language: str = "nl") -> str:
        return store_text(self.key, language, **self.params)


class CardFile:
    """An open card. Writable ones hold the edit lock until ``close()``; use it as a context manager."""

    def __init__(
        self,
        path: Path,
        header: Header,
        file_key: bytes,
        keyring: Keyring,
        history: History,
        index: IndexRecord,
        unlocked: _Unlocked,
        *,
        lock: CardLock | None,
        backups: int,
        random: Random,
        clock: Clock,
        disk: _DiskState | None,
        notices: list[Notice] | None = None,
    ) -> None:
        self.path = path
        self._header = header
        self._file_key = file_key
        self._subkeys = _Subkeys.of(file_key)
        self._keyring = keyring
        self._history = history
        history.bind(self._open_record)  # keys change at a rotation: always the card's own
        self._index = index
        self.opened_by = unlocked.opened_by
        self._passphrase_key = unlocked.passphrase_key
        self._lock = lock
        self.backups = backups
        self._random = random
        self._clock = clock
        self._disk = disk  # None: the file on disk is not format 2 yet, so the next save rewrites it
        self.notices: list[Notice] = list(notices or [])
        # The first save of a session writes the file anew, so the card as it was opened is kept
        # as ``.1.bak``; later saves of the session append.
        self._backed_up = False
        self._retired = False
        self.other_copies: list[copies.OtherCopy] = []
        self._core_guard = no_core_dumps()

    # --- reading -------------------------------------------------------------------------------
    @property
    def card_id(self) -> str:
        return self._header.card_id.hex()

    @property
    def generation(self) -> int:
        """The key generation: 1 at creation, one more after every change of the file key."""
        return self._header.generation

    @property
    def versions(self) -> VersionList:
        """Every version, version 1 first. Counting them and the latest cost nothing; an older
        version is verified when first looked at, and going through all verifies the history."""
        return VersionList(self._history)

    @property
    def version_count(self) -> int:
        return self._history.count

    @property
    def latest(self) -> VersionInfo:
        return self._history.latest

    @property
    def index(self) -> IndexRecord:
        return self._index

    @property
    def writable(self) -> bool:
        return self._lock is not None and self._lock.held

    @property
    def head_digest(self) -> bytes:
        return self._history.head.digest

    def history_digests(self) -> list[bytes]:
        """The digest of each live version record, version 1 first (for copy comparison)."""
        return self._history.digests()

    @property
    def history_verified(self) -> bool:
        """True once every record of the file has been checked (at open for a small file)."""
        return self._history.verified

    def verify_history(self) -> None:
        """Check the whole history now, as opening a small file does: ``Tampered`` if any
        version, superseded draft or link between them was changed. Safe on a worker thread."""
        self._history.verify()

    def _open_record(self, record: Record) -> tuple[VersionInfo, bytes]:
        return _open_record(self._header.card_id, self._key_for, record)

    def _key_for(self, generation: int) -> bytes:
        if generation == self._header.generation:
            return self._file_key
        key = self._keyring.previous_keys.get(generation)
        if key is None:
            raise Tampered(f"no key for generation {generation}")
        return key

    def payload(self, number: int | None = None) -> bytes:
        """The payload bytes of version ``number`` (default: the latest)."""
        return self._history.payload(self._history.count if number is None else number)

    def ondersteuners(self) -> list[Recipient]:
        """Who besides the client can open this card, in slot order."""
        return [
            slot.recipient(self._file_key, self._header.card_id)
            for slot in self._header.slots
            if isinstance(slot, OndersteunerSlot)
        ]

    @property
    def access_events(self) -> tuple[AccessEvent, ...]:
        return tuple(self._keyring.events)

    def access(self) -> AccessList:
        events = self._keyring.events
        made = [e.time for e in events if e.action is AccessAction.RECOVERY_CODE_MADE]
        has_recovery = any(isinstance(s, RecoverySlot) for s in self._header.slots)
        changed = [e.time for e in events if e.generation == self.generation]
        return AccessList(
            client=True, recovery_code=has_recovery,
            recovery_made=made[-1] if has_recovery and made else None,
            ondersteuners=tuple(self.ondersteuners()), generation=self.generation,
            key_changed=changed[0] if changed else None, events=tuple(events),
        )

    # --- writing versions ----------------------------------------------------------------------
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
            number=self._history.count + 1, time=self._time(), author=self._author(author_name, summary),
            status=Status(status), note=note,
        )
        record = self._seal(self.head_digest, info, payload)
        self._save_record(record, info, IndexRecord.for_latest(summary, info), amend=False)
        return info

    def amend_concept(
        self, payload: bytes, *, summary: CardSummary, note: str | None = None,
        author_name: str | None = None,
    ) -> VersionInfo:
        """Replace the latest version's payload, which must be a concept: autosave of a draft.

        The editor saves a few seconds after typing stops; a new version each time would bury the
        meaningful versions under hundreds of drafts. Only a concept may change (an ondertekend or
        actief version is immutable). The new record supersedes the old one under the same number
        and predecessor; the old draft stays in the file, encrypted, until it is next compacted.
        """
        self._require_writable()
        latest = self.latest
        if latest.status is not Status.CONCEPT:
            raise NotAConcept(f"version {latest.number} is {latest.status.value}", number=latest.number)
        info = VersionInfo(
            number=latest.number, time=self._time(), author=self._author(author_name, summary),
            status=Status.CONCEPT, note=latest.note if note is None else note,
        )
        # The head's predecessor is authenticated with it (in its AD): no need to read version n-1.
        record = self._seal(self._history.head.previous, info, payload)
        self._save_record(record, info, IndexRecord.for_latest(summary, info), amend=True)
        return info

    def _time(self) -> datetime:
        return self._clock().astimezone(UTC).replace(microsecond=0)

    def _seal(self, previous: bytes, info: VersionInfo, payload: bytes) -> RecordFrame:
        return _seal_with_key(
            self._subkeys.payload, self._header.card_id, self._header.generation, previous, info,
            payload, self._random,
        )

    def _author(self, author_name: str | None, summary: CardSummary) -> Author:
        if self.opened_by.role is Role.ONDERSTEUNER:
            return self.opened_by
        return Author(Role.CLIENT, summary.display_name if author_name is None else author_name)

    def _who(self) -> Author:
        if self.opened_by.role is Role.ONDERSTEUNER:
            return self.opened_by
        return Author(Role.CLIENT, self._index.display_name)

    # --- changing access -----------------------------------------------------------------------
    def _require_client(self, action: str) -> None:
        self._require_writable()
        if self.opened_by.role is not Role.CLIENT:
            raise NotAllowed(action, action=action)

    def check_client(self, action: str) -> None:
        """Refuse now (``NotAllowed``) what only the client may do, before anything is prepared."""
        self._require_client(action)

    def change_passphrase(
        self, new_passphrase: str, *, kdf: KdfParams = DEFAULT_KDF, keep_backups: bool = False
    ) -> None:
        """A new passphrase, a new client key pair and a new file key (client only).

        Someone who knew the old passphrase and kept an old copy can open that copy, but nothing
        written from now on.
        """
        self._require_client("change_passphrase")
        _check_new_passphrase(new_passphrase)
        salt = self._random(SALT_LENGTH)
        passphrase_key = kdf.derive(new_passphrase, salt)
        new_key = self._random(keys.FILE_KEY_LENGTH)
        client = ClientSlot.create(passphrase_key, salt, kdf, new_key, self._random)
        self._rekey(new_key, client, self._recovery_slot(), self.ondersteuners(),
                    self._event(AccessAction.PASSPHRASE_CHANGED), keep_backups)
        self._passphrase_key = passphrase_key

    def make_recovery_code(
        self, *, code: RecoveryCode | None = None, keep_backups: bool = False
    ) -> RecoveryCode:
        """A new recovery code (shown once, printed on the noodblad); an earlier code stops working.

        Pass ``code`` when the noodblad must be written before the card changes.
        """
        self._require_client("recovery_code")
        code = new_recovery_code(self._random) if code is None else code
        new_key = self._random(keys.FILE_KEY_LENGTH)
        recovery = RecoverySlot.create(code.secret, new_key, self._random)
        self._rekey(new_key, self._client_slot(), recovery, self.ondersteuners(),
                    self._event(AccessAction.RECOVERY_CODE_MADE), keep_backups)
        return code

    def add_ondersteuner(self, recipient: Recipient) -> None:
        """Give an ondersteuner a slot (client only); the file key stays, nobody loses access."""
        self._require_client("add_ondersteuner")
        self._check_new_recipient(recipient)
        slot = OndersteunerSlot.create(recipient, self._file_key, self._header.card_id, self._random)
        ring = Keyring(dict(self._keyring.previous_keys), [*self._keyring.events,
                       self._event(AccessAction.ONDERSTEUNER_ADDED, recipient)])
        self._rewrite(Header(self._header.card_id, self._header.generation, [*self._header.slots, slot]),
                      self._file_key, ring, keep_backups=True)

    def remove_ondersteuner(self, name: str, *, keep_backups: bool = False) -> Recipient:
        """Take an ondersteuner's access away (client only) and change the file key."""
        self._require_client("remove_ondersteuner")
        who = self._find(name)
        rest = [r for r in self.ondersteuners() if r.public_key != who.public_key]
        self._rekey(self._random(keys.FILE_KEY_LENGTH), self._client_slot(), self._recovery_slot(), rest,
                    self._event(AccessAction.ONDERSTEUNER_REMOVED, who), keep_backups)
        return who

    def hand_over(
        self, successor: Recipient, *, consent: str, keep_backups: bool = False
    ) -> Recipient:
        """The ondersteuner who opened the card hands it to a colleague, with the client's consent.

        ``consent`` says when and how the client agreed; it is recorded with the change. Our own
        slot goes, the successor's comes, and the file key changes in the same save.
        """
        self._require_writable()
        if self.opened_by.role is not Role.ONDERSTEUNER:
            raise NotAllowed("hand_over", action="hand_over")
        if not consent.strip():
            raise InvalidRequest("a handover needs the client's consent")
        self._check_new_recipient(successor)
        me = self._find(self.opened_by.name)
        rest = [r for r in self.ondersteuners() if r.public_key != me.public_key]
        event = self._event(AccessAction.HANDED_OVER, successor, detail=consent)
        self._rekey(self._random(keys.FILE_KEY_LENGTH), self._client_slot(), self._recovery_slot(),
                    [*rest, successor], event, keep_backups)
        return me

    def _check_new_recipient(self, recipient: Recipient) -> None:
        for existing in self.ondersteuners():
            if existing.public_key == recipient.public_key or existing.name == recipient.name:
                raise DuplicateOndersteuner(existing.name, name=existing.name)

    def _find(self, name: str) -> Recipient:
        matches = [who for who in self.ondersteuners() if who.name == name]
        if not matches:
            raise UnknownOndersteuner(name, name=name)
        return matches[0]

    def _event(
        self, action: AccessAction, who: Recipient | None = None, detail: str = ""
    ) -> AccessEvent:
        subject = "" if who is None else (
            f"{who.name} ({who.organisation})" if who.organisation else who.name
        )
        generation = self.generation + (action is not AccessAction.ONDERSTEUNER_ADDED)
        return AccessEvent(
            self._time(), self._who(), action, generation, subject,
            "" if who is None else fingerprint(who.public_key), detail,
        )

    def _client_slot(self) -> ClientSlot | LegacySlot:
        client = self._header.slots[0]
        assert isinstance(client, ClientSlot | LegacySlot)
        return client

    def _recovery_slot(self) -> RecoverySlot | None:
        found = [s for s in self._header.slots if isinstance(s, RecoverySlot)]
        return found[0] if found else None

    def _rekey(
        self, new_key: bytes, client: ClientSlot | LegacySlot, recovery: RecoverySlot | None,
        ondersteuners: list[Recipient], event: AccessEvent, keep_backups: bool,
    ) -> None:
        """Write the card under a new file key; earlier keys go into the new keyring."""
        if isinstance(client, LegacySlot):
            raise NeedsClient("format-1 client slot")
        card_id = self._header.card_id
        generation = self._header.generation + 1
        # Slots made for this change already wrap ``new_key``; the others are wrapped to it anew.
        slots: list[Slot] = [
            client.rewrapped(new_key, self._random) if client is self._header.slots[0] else client
        ]
        if recovery is not None:
            slots.append(recovery.rewrapped(new_key, self._random)
                         if recovery is self._recovery_slot() else recovery)
        slots += [OndersteunerSlot.create(r, new_key, card_id, self._random) for r in ondersteuners]
        ring = Keyring(
            {**self._keyring.previous_keys, self._header.generation: self._file_key},
            [*self._keyring.events, event],
        )
        self._rewrite(Header(card_id, generation, slots), new_key, ring, keep_backups=keep_backups)

    # --- the file on disk ----------------------------------------------------------------------
    def _require_writable(self) -> None:
        if not self.writable:
            raise OpenedReadOnly("opened read-only")

    def _save_record(
        self, record: RecordFrame, info: VersionInfo, index: IndexRecord, *, amend: bool
    ) -> None:
        """Append ``record`` as the next version, or (``amend``) in place of the latest."""
        disk = self._disk
        keep = self._history.count - 1 if amend else self._history.count
        if disk is None or not self._backed_up or disk.needs_rewrite(record.frame_length):
            infos = self._history.snapshot()[1]
            self._rewrite(self._header, self._file_key, self._keyring,
                          records=[*self._history.in_memory()[:keep], record],
                          infos=[*infos[:keep], info], index=index, keep_backups=True)
            return
        commit = _commit(self._subkeys, self._header, disk.header_digest, disk.sequence + 1,
                         record.digest, keep + 1, index, self._random)
        commit_bytes = commit.encode()
        # The record's ciphertext is written as it is: no copy of a large payload to join them.
        disk.append(self.path, (*record.parts(), commit_bytes))
        disk.sequence += 1
        superseded = self._history.head.frame_length if amend else 0
        disk.live += record.frame_length + len(commit_bytes) - disk.last_commit_size - superseded
        disk.last_commit_size = len(commit_bytes)
        self._history.put(record, info, amend=amend)
        self._index = index

    def _rewrite(
        self, header: Header, file_key: bytes, keyring: Keyring, *, records: list[RecordFrame] | None = None,
        infos: list[VersionInfo | None] | None = None, index: IndexRecord | None = None, keep_backups: bool,
    ) -> None:
        """The whole file anew (atomic replace); a new file key also deletes the older backups."""
        if records is None:
            records, infos = self._history.in_memory(), self._history.snapshot()[1]
        assert infos is not None
        index = self._index if index is None else index
        subkeys = self._subkeys if file_key is self._file_key else _Subkeys.of(file_key)
        data, disk = _build_file(header, file_key, keyring, records, index, self._random, subkeys)
        rotated = header.generation != self._header.generation
        old = self._disk
        if old is not None and old.fd is not None:
            old.check_same(self.path)  # never write over what a sync service put there meanwhile
            old.detach()  # Windows cannot replace a file that is open
        try:
            write_atomically(self.path, data, backups=0 if rotated and not keep_backups else self.backups)
        except BaseException:
            if old is not None:
                with contextlib.suppress(StoreError):
                    old.attach(self.path)
            raise
        if rotated and not keep_backups:
            remove_backups(self.path)
        disk.attach(self.path)
        self._header, self._file_key, self._keyring = header, file_key, keyring
        self._subkeys = subkeys
        self._history.replace(list(records), list(infos), rewritten=True)
        self._index, self._disk = index, disk
        self._backed_up = True

    # --- lifetime ------------------------------------------------------------------------------
    def close_file(self) -> None:
        """Stop holding the file: it is about to become a backup. The edit lock stays until close,
        and closing does not record this copy as the newest seen (it no longer is the card)."""
        if self._disk is not None:
            self._disk.detach()
        self._retired = True

    def close(self) -> None:
        if self._disk is not None:
            self._disk.detach()
        if self._lock is not None and self._lock.held:
            if not self._retired:
                seen.remember(self.card_id, self._history.count, self.head_digest)
            self._lock.release()
        self._core_guard.release()

    def __enter__(self) -> CardFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class _DiskState:
    """What this process knows of the format-2 file on disk: where to append, and how much is live.

    A writable card keeps the file open between saves: the inode then cannot be reused, so a file
    that a sync service replaced while the card was open is recognised and never appended to.
    """

    end: int
    sequence: int
    header_digest: bytes
    live: int
    last_commit_size: int
    fd: int | None = None

    def needs_rewrite(self, growth: int) -> bool:
        return self.end + growth > 2 * self.live + COMPACT_SLACK

    def attach(self, path: Path) -> None:
        self.detach()
        try:
            self.fd = os.open(path, os.O_RDWR | getattr(os, "O_CLOEXEC", 0))
        except OSError as error:
            raise translate(error) from None

    def detach(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None

    def check_same(self, path: Path) -> os.stat_result:
        """Our open file is still the one at ``path``, and no other name (a backup) shares it."""
        assert self.fd is not None
        status = os.fstat(self.fd)
        try:
            same = os.path.samestat(status, os.stat(path))
        except FileNotFoundError:
            same = False
        if not same or status.st_nlink != 1:
            raise FileReplaced(str(path))
        return status

    def append(self, path: Path, parts: tuple[bytes, ...]) -> None:
        """Write ``parts`` at the end of the last commit, then one fsync: O(record), not O(history).

        A record and its commit are durable together or the commit is missing: the reader then
        ignores the cut-off tail and the card is as it was before this save."""
        if self.fd is None:
            self.attach(path)
        fd = self.fd
        assert fd is not None
        try:
            status = self.check_same(path)
            if status.st_size != self.end:
                os.ftruncate(fd, self.end)  # the rest of a save that was cut off earlier
            os.lseek(fd, self.end, os.SEEK_SET)
            for part in parts:
                view = memoryview(part)
                while view:
                    view = view[os.write(fd, view) :]
            os.fsync(fd)
        except OSError as error:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, self.end)  # readers ignore a cut-off tail anyway
            raise translate(error) from None
        self.end += sum(len(part) for part in parts)


def _commit(
    subkeys: _Subkeys, header: Header, digest: bytes, sequence: int, head: bytes, count: int,
    index: IndexRecord, random: Random,
) -> CommitFrame:
    sealed_index = seal_index(subkeys.payload, header.card_id, head, index, random, V2)
    unsigned = CommitFrame(sequence, count, head, sealed_index, b"")
    mac = keys.mac(subkeys.commit, format2.commit_mac_input(digest, unsigned))
    return CommitFrame(sequence, count, head, sealed_index, mac)


def _build_file(
    header: Header, file_key: bytes, keyring: Keyring, records: list[RecordFrame], index: IndexRecord,
    random: Random, subkeys: _Subkeys | None = None,
) -> tuple[bytes, _DiskState]:
    subkeys = _Subkeys.of(file_key) if subkeys is None else subkeys
    header_bytes = header.encode()
    header_mac = keys.mac(header_key(file_key), header_bytes)
    sealed_ring = seal_keyring(file_key, header.card_id, header.generation, keyring, random)
    prefix = header_bytes + header_mac + len(sealed_ring).to_bytes(4, "big") + sealed_ring
    digest = format2.header_digest(header_bytes, header_mac)
    commit = _commit(subkeys, header, digest, 1, records[-1].digest, len(records), index, random)
    commit_bytes = commit.encode()
    data = prefix + b"".join(r.encode() for r in records) + commit_bytes
    return data, _DiskState(len(data), 1, digest, len(data), len(commit_bytes))


def _open_record(
    card_id: bytes, key_for: Callable[[int], bytes], record: Record
) -> tuple[VersionInfo, bytes]:
    ad = _record_ad(card_id, record.generation, record.number, record.previous)
    return open_with_ad(payload_key(key_for(record.generation)), ad, record.number, record.sealed)


# --- create and open ----------------------------------------------------------------------------
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
        salt = random(SALT_LENGTH)
        passphrase_key = kdf.derive(passphrase, salt)
        header = Header(card_id, 1, [ClientSlot.create(passphrase_key, salt, kdf, file_key, random)])
        time = clock().astimezone(UTC).replace(microsecond=0)
        author = Author(Role.CLIENT, summary.display_name if author_name is None else author_name)
        info = VersionInfo(1, time, author, Status(status), note)
        record = _seal_record(file_key, card_id, 1, GENESIS, info, payload, random)
        ring = Keyring({}, [AccessEvent(time, author, AccessAction.CREATED, 1)])
        index = IndexRecord.for_latest(summary, info)
        data, disk = _build_file(header, file_key, ring, [record], index, random)
        write_atomically(path, data, exclusive=True)
        disk.attach(path)
    except BaseException:
        lock.release()
        raise
    history = History.known([record], [info], _unbound)
    card = CardFile(
        path, header, file_key, ring, history, index,
        _Unlocked(file_key, Author(Role.CLIENT, ""), passphrase_key),
        lock=lock, backups=backups, random=random, clock=clock, disk=disk,
    )
    card._backed_up = True  # a new card has no earlier state to keep
    return card


def open_card(
    path: Path,
    *,
    passphrase: str | None = None,
    profile: OndersteunerProfile | None = None,
    recovery_code: str | RecoveryCode | None = None,
    writable: bool = True,
    limits: KdfLimits = DEFAULT_LIMITS,
    backups: int = DEFAULT_BACKUPS,
    random: Random = os.urandom,
    clock: Clock = _now,
    look_for_copies: bool = True,
) -> CardFile:
    """Open and fully verify a card (header MAC, keyring, last commit, every live version and chain).

    Writable opens take the edit lock first, so what we read is what we later replace, and clear
    away what killed saves of this card left behind.
    """
    path = Path(path)
    credential = Credential(passphrase, profile, recovery_code)
    credential.check()
    lock = CardLock(path).acquire() if writable else None
    try:
        if lock is not None:
            remove_leftovers(path)
        on_disk_format, source, identity = _open_source(path)
        try:
            if on_disk_format == container.FORMAT_VERSION:
                assert isinstance(source, format2.BytesSource)
                card = _open_v1(path, source.read(0, source.size), credential, limits, random, clock)
            else:
                card = _open_v2(path, source, credential, limits, random)
        finally:
            if isinstance(source, format2.FileSource):
                source.done()
        card.update(lock=lock, backups=backups, random=random, clock=clock)
        disk = card["disk"]
        if lock is not None and disk is not None:
            disk.attach(path)  # before anyone can replace what we just read
            assert disk.fd is not None
            if not os.path.samestat(os.fstat(disk.fd), identity):
                raise CardChanged(str(path))
        opened = CardFile(path, **card)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    opened.notices += _copy_notices(opened, on_disk_format=on_disk_format, look=look_for_copies)
    return opened


def _open_source(path: Path) -> tuple[int, format2.Source, os.stat_result]:
    """(format, bytes, identity) of the file: in memory when small, else read as needed."""
    try:
        handle = open(path, "rb", buffering=0)  # noqa: SIM115 - kept by the FileSource or closed
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise CardNotFound(str(path), path=path) from None
    except PermissionError:
        raise FileUnreadable(str(path), path=path) from None
    try:
        identity = os.fstat(handle.fileno())
        if identity.st_size <= EAGER_BYTES:
            data = handle.read()
            handle.close()
            return _format_of(data), format2.BytesSource(data), identity
        head = handle.read(len(container.MAGIC) + 2)
        if _format_of(head) == container.FORMAT_VERSION:  # format 1 is read and verified whole
            data = head + handle.read()
            handle.close()
            return container.FORMAT_VERSION, format2.BytesSource(data), identity
        return format2.FORMAT_VERSION, format2.FileSource(path, handle), identity
    except BaseException:
        handle.close()
        raise


def _copy_notices(card: CardFile, *, on_disk_format: int, look: bool) -> list[Notice]:
    """Older than what this computer saw; other copies of the card beside it (sync conflicts)."""
    notices: list[Notice] = []
    count = len(card.versions)
    last = seen.last_seen(card.card_id)
    if last is not None and last.number > count:
        notices.append(Notice("older_copy", {"seen": last.number, "count": count}))
    seen.remember(card.card_id, count, card.head_digest)
    if look and on_disk_format == format2.FORMAT_VERSION:
        card.other_copies = copies.find_copies(card.path, bytes.fromhex(card.card_id),
                                               card.history_digests)
        for other in card.other_copies:
            key = {copies.Relation.FORK: "fork", copies.Relation.NEWER: "newer_copy",
                   copies.Relation.UNRELATED: "other_copy"}.get(other.relation)
            if key is not None:
                notices.append(Notice(key, {"other": other.path.name, "common": other.common,
                                            "count": other.count}))
    return notices


def _unbound(record: Record) -> tuple[VersionInfo, bytes]:
    raise AssertionError("the card binds its history at once")


def _open_v2(
    path: Path, source: format2.Source, credential: Credential, limits: KdfLimits, random: Random
) -> dict:
    """Authenticate what is shown: header, keyring, every commit, the latest version.

    A small file is then verified completely (every record, every superseded draft); a large one
    verifies each older version when it is first read (``store/chain.py``).
    """
    parsed = format2.scan(source)
    header = parsed.header
    unlocked = _unlock_v2(header, credential, limits)
    file_key = unlocked.file_key
    if not keys.mac_ok(header_key(file_key), parsed.header_bytes, parsed.header_mac):
        raise Tampered("header MAC mismatch")
    keyring = open_keyring(file_key, header.card_id, header.generation, parsed.keyring)
    digest = format2.header_digest(parsed.header_bytes, parsed.header_mac)
    commit_mac_key = commit_key(file_key)
    for sequence, (_, commit) in enumerate(parsed.commits, start=1):
        if commit.sequence != sequence or not keys.mac_ok(
            commit_mac_key, format2.commit_mac_input(digest, commit), commit.mac
        ):
            raise Tampered(f"commit {sequence} does not verify")
    offset, last = parsed.commits[-1]
    head = parsed.find(last.count, last.head, offset)
    if head is None:
        raise Tampered(f"history broken at version {last.count}")
    index = open_index(payload_key(file_key), header.card_id, last.count, last.head, last.index_record, V2)

    def key_for(generation: int) -> bytes:
        if generation == header.generation:
            return file_key
        if generation not in keyring.previous_keys:
            raise Tampered(f"no key for generation {generation}")
        return keyring.previous_keys[generation]

    records: list[Record | None] = [None] * (last.count - 1)
    history = History([*records, head], [None] * last.count,
                      lambda record: _open_record(header.card_id, key_for, record), parsed)
    latest = history.info(last.count)
    if isinstance(source, format2.BytesSource):
        history.verify()
    if index != IndexRecord.for_latest(index.summary, latest):
        raise Tampered("index record does not describe the latest version")
    live = (
        len(parsed.header_bytes) + len(parsed.header_mac) + 4 + len(parsed.keyring)
        + parsed.live_length(last.count, offset) + len(last.encode())
    )
    disk: _DiskState | None = _DiskState(
        parsed.committed_end, len(parsed.commits), digest, live, len(last.encode())
    )
    notices = [Notice("interrupted_save", {})] if parsed.interrupted else []
    if isinstance(header.slots[0], LegacySlot) and unlocked.passphrase_key is not None:
        # The client opened a card an ondersteuner saved from format 1: give her a key pair now.
        legacy = header.slots[0].inner
        client = ClientSlot.create(unlocked.passphrase_key, legacy.salt, legacy.kdf, file_key, random)
        header = Header(header.card_id, header.generation, [client, *header.slots[1:]])
        disk = None
    return {
        "header": header, "file_key": file_key, "keyring": keyring, "history": history,
        "index": index, "unlocked": unlocked, "disk": disk, "notices": notices,
    }


def _open_v1(
    path: Path, data: bytes, credential: Credential, limits: KdfLimits, random: Random, clock: Clock
) -> dict:
    """Verify a format-1 file as format 1 does, then hold it in memory as format 2 (same key)."""
    parsed = container.parse(data)
    unlocked = _unlock_v1(parsed, credential, limits)
    file_key = unlocked.file_key
    v1 = parsed.header
    index = open_index(
        keys.payload_key(file_key), v1.card_id, v1.version_count, v1.head_digest, parsed.index_record
    )
    versions: list[VersionInfo] = []
    records: list[RecordFrame] = []
    previous_v1 = GENESIS
    previous_v2 = GENESIS
    for number, raw in enumerate(parsed.version_records, start=1):
        info, payload = open_version(keys.payload_key(file_key), v1.card_id, previous_v1, number, raw)
        versions.append(info)
        previous_v1 = record_digest(raw)
        record = _seal_record(file_key, v1.card_id, 1, previous_v2, info, payload, random)
        records.append(record)
        previous_v2 = record.digest
    if previous_v1 != v1.head_digest:
        raise Tampered("history does not end where the header says")
    if index != IndexRecord.for_latest(index.summary, versions[-1]):
        raise Tampered("index record does not describe the latest version")
    recipients = [slot.recipient(file_key, v1.card_id) for slot in v1.ondersteuner_slots]
    client: Slot
    if unlocked.passphrase_key is not None:
        old: V1ClientSlot = v1.client_slot
        client = ClientSlot.create(unlocked.passphrase_key, old.salt, old.kdf, file_key, random)
    else:
        client = LegacySlot(v1.client_slot)
    slots: list[Slot] = [client]
    slots += [OndersteunerSlot.create(r, file_key, v1.card_id, random) for r in recipients]
    time = clock().astimezone(UTC).replace(microsecond=0)
    by = unlocked.opened_by if unlocked.opened_by.role is Role.ONDERSTEUNER else Author(
        Role.CLIENT, index.display_name
    )
    keyring = Keyring({}, [AccessEvent(time, by, AccessAction.FORMAT_UPGRADED, 1)])
    return {
        "header": Header(v1.card_id, 1, slots), "file_key": file_key, "keyring": keyring,
        "history": History.known(records, versions, _unbound), "index": index, "unlocked": unlocked,
        "disk": None, "notices": [],
    }


def card_id_of(path: Path) -> bytes | None:
    """The card id in a file's clear header (both formats), or None if it is not a card file."""
    size = len(container.MAGIC) + 2 + container.CARD_ID_LENGTH
    try:
        fd = os.open(path, os.O_RDONLY | _BINARY | _CLOEXEC)
    except OSError:
        return None
    try:
        head = os.read(fd, size)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(head) < size:
        return None
    try:
        _format_of(head)
    except (CorruptFile, UnsupportedVersion):
        return None
    return head[len(container.MAGIC) + 2 :]
