"""The byte layout of format 2 (docs/file-format.md): a header, then an append-only log of frames.

A save appends a version record and a small commit; nothing before them is rewritten. The file's
state is its last complete commit. Bytes after that commit are a save that was cut off (a crash or
a full disk) and are ignored when reading and removed at the next save. Parsing here is purely
structural and strict, as in format 1: anything malformed before the last commit is corrupt.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

from crisiskaart.store import keys
from crisiskaart.store.container import CARD_ID_LENGTH, DIGEST_LENGTH, MAC_LENGTH, MAGIC, MAX_SLOTS
from crisiskaart.store.encoding import Reader, Writer
from crisiskaart.store.errors import CorruptFile, Tampered
from crisiskaart.store.slots_v2 import Slot, check_canonical, decode_slot

FORMAT_VERSION = 2
V2 = keys.LABEL_V2
RECORD = 1
COMMIT = 2
FRAME_HEAD = 5  # type u8 + length u32
MAX_RECORD = 64 * 1024 * 1024
MAX_VERSIONS = 1_000_000
MAX_GENERATION = 1_000_000
RECORD_FIXED = 4 + 4 + DIGEST_LENGTH  # generation, number, previous digest
MIN_SEALED = keys.NONCE_LENGTH + keys.TAG_LENGTH


@dataclass
class Header:
    """Everything the header MAC covers."""

    card_id: bytes
    generation: int
    slots: list[Slot] = field(default_factory=list)

    def encode(self) -> bytes:
        writer = (
            Writer().raw(MAGIC).u16(FORMAT_VERSION).raw(self.card_id).u32(self.generation)
            .u8(len(self.slots))
        )
        for slot in self.slots:
            writer.raw(slot.encode())
        return bytes(writer)


@dataclass(frozen=True)
class RecordFrame:
    """One sealed version. Generation, number and predecessor are in the clear (and in the AD)."""

    generation: int
    number: int
    previous: bytes
    sealed: bytes  # nonce || AES-GCM ciphertext

    @cached_property
    def _clear(self) -> bytes:
        return self.generation.to_bytes(4, "big") + self.number.to_bytes(4, "big") + self.previous

    @property
    def body(self) -> bytes:
        return self._clear + self.sealed

    @cached_property
    def digest(self) -> bytes:
        digest = hashlib.sha256(self._clear)
        digest.update(self.sealed)  # no copy of a large record just to hash it
        return digest.digest()

    @property
    def frame_length(self) -> int:
        return FRAME_HEAD + RECORD_FIXED + len(self.sealed)

    def encode(self) -> bytes:
        head = bytes([RECORD]) + (RECORD_FIXED + len(self.sealed)).to_bytes(4, "big")
        return b"".join((head, self._clear, self.sealed))


@dataclass(frozen=True)
class CommitFrame:
    """Pins the state: the count and last record of the history, the index, and a MAC."""

    sequence: int
    count: int
    head: bytes
    index_record: bytes
    mac: bytes

    def signed_part(self) -> bytes:
        return bytes(
            Writer().u32(self.sequence).u32(self.count).raw(self.head).blob32(self.index_record)
        )

    def encode(self) -> bytes:
        body = self.signed_part() + self.mac
        # The body ends with its own length, so a reader can find the last commit from the end.
        return frame(COMMIT, body + (len(body) + 4).to_bytes(4, "big"))


def frame(kind: int, body: bytes) -> bytes:
    return bytes(Writer().u8(kind).blob32(body))


def commit_mac_input(header_digest: bytes, commit: CommitFrame) -> bytes:
    return V2 + b"commit" + header_digest + commit.signed_part()


def header_digest(header_bytes: bytes, header_mac: bytes) -> bytes:
    return hashlib.sha256(header_bytes + header_mac).digest()


@dataclass
class ParsedFile:
    header: Header
    header_bytes: bytes
    header_mac: bytes
    keyring: bytes
    records: dict[bytes, tuple[int, RecordFrame]]  # digest -> (offset, frame)
    commits: list[tuple[int, CommitFrame]]  # (offset, frame), file order
    committed_end: int  # where the last complete commit ends
    size: int

    @property
    def interrupted(self) -> bool:
        """True when bytes follow the last commit: a save that did not finish."""
        return self.size > self.committed_end

    @property
    def last_commit(self) -> CommitFrame:
        return self.commits[-1][1]


def parse_header(data: bytes) -> tuple[Header, int, bytes, bytes, int]:
    """(header, header length, MAC, keyring, offset after the keyring)."""
    reader = Reader(data, "header")
    reader.raw(len(MAGIC) + 2)
    card_id = reader.raw(CARD_ID_LENGTH)
    generation = reader.u32()
    if not 1 <= generation <= MAX_GENERATION:
        raise CorruptFile(f"key generation {generation}")
    slot_count = reader.u8()
    if not 1 <= slot_count <= MAX_SLOTS:
        raise CorruptFile(f"slot count {slot_count}")
    slots = [decode_slot(reader) for _ in range(slot_count)]
    check_canonical(slots, generation)
    header_length = reader.pos
    mac = reader.raw(MAC_LENGTH)
    keyring = reader.blob32(MAX_RECORD)
    if len(keyring) < MIN_SEALED:
        raise CorruptFile("keyring too short")
    return Header(card_id, generation, slots), header_length, mac, keyring, reader.pos


def parse(data: bytes) -> ParsedFile:
    """Structure of the whole file, up to and including its last complete commit."""
    header, header_length, mac, keyring, position = parse_header(data)
    records: dict[bytes, tuple[int, RecordFrame]] = {}
    commits: list[tuple[int, CommitFrame]] = []
    committed_end = 0
    size = len(data)
    while position < size:
        if size - position < FRAME_HEAD:
            break  # a save cut off inside a frame header
        kind = data[position]
        length = int.from_bytes(data[position + 1 : position + FRAME_HEAD], "big")
        if kind not in (RECORD, COMMIT):
            if not any(data[position:]):
                break  # zeros a file system left after a cut-off append
            raise CorruptFile(f"unknown frame type {kind} at {position}")
        if length > size - position - FRAME_HEAD:
            break  # a save cut off inside a frame
        if length > MAX_RECORD:
            raise CorruptFile(f"frame of {length} bytes")
        body = data[position + FRAME_HEAD : position + FRAME_HEAD + length]
        if kind == RECORD:
            record = _parse_record(body)
            records.setdefault(record.digest, (position, record))
        else:
            commits.append((position, _parse_commit(body)))
            committed_end = position + FRAME_HEAD + length
        position += FRAME_HEAD + length
    if not commits:
        raise CorruptFile("no complete commit")
    return ParsedFile(
        header, data[:header_length], mac, keyring, records, commits, committed_end, size
    )


def _parse_record(body: bytes) -> RecordFrame:
    reader = Reader(body, "record")
    generation = reader.u32()
    number = reader.u32()
    previous = reader.raw(DIGEST_LENGTH)
    sealed = reader.raw(reader.remaining)
    if len(sealed) < MIN_SEALED:
        raise CorruptFile("record too short")
    if not 1 <= number <= MAX_VERSIONS or not 1 <= generation <= MAX_GENERATION:
        raise CorruptFile("record number or generation out of range")
    return RecordFrame(generation, number, previous, sealed)


def _parse_commit(body: bytes) -> CommitFrame:
    reader = Reader(body, "commit")
    sequence = reader.u32()
    count = reader.u32()
    head = reader.raw(DIGEST_LENGTH)
    index_record = reader.blob32(MAX_RECORD)
    mac = reader.raw(MAC_LENGTH)
    if reader.u32() != len(body):
        raise CorruptFile("commit length field")
    reader.expect_end()
    if not 1 <= count <= MAX_VERSIONS or len(index_record) < MIN_SEALED:
        raise CorruptFile("commit out of range")
    return CommitFrame(sequence, count, head, index_record, mac)


def last_commit_from_tail(data_tail: bytes) -> CommitFrame | None:
    """The commit that ends exactly at the end of ``data_tail``, or None if the file ends otherwise."""
    if len(data_tail) < FRAME_HEAD + 4:
        return None
    length = int.from_bytes(data_tail[-4:], "big")
    start = len(data_tail) - length - FRAME_HEAD
    if length < 4 or start < 0 or data_tail[start] != COMMIT:
        return None
    if int.from_bytes(data_tail[start + 1 : start + FRAME_HEAD], "big") != length:
        return None
    try:
        return _parse_commit(data_tail[start + FRAME_HEAD :])
    except CorruptFile:
        return None


def chain(parsed: ParsedFile, commit: CommitFrame, before: int) -> list[RecordFrame]:
    """The live history a commit names, version 1 first, from records written before ``before``."""
    found: list[RecordFrame] = []
    digest = commit.head
    for number in range(commit.count, 0, -1):
        entry = parsed.records.get(digest)
        # Each version is written after the one before it: a record out of that order was moved.
        if entry is None or entry[0] >= before or entry[1].number != number:
            raise Tampered(f"history broken at version {number}")
        found.append(entry[1])
        before = entry[0]
        digest = entry[1].previous
    if digest != b"\0" * DIGEST_LENGTH:
        raise Tampered("history does not start at version 1")
    found.reverse()
    return found
