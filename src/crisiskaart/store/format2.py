"""The byte layout of format 2 (docs/file-format.md): a header, then an append-only log of frames.

A save appends a version record and a small commit; nothing before them is rewritten. The file's
state is its last complete commit. Bytes after that commit are a save that was cut off (a crash or
a full disk) and are ignored when reading and removed at the next save. Parsing here is purely
structural and strict, as in format 1: anything malformed before the last commit is corrupt.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

from crisiskaart.store import keys
from crisiskaart.store.container import CARD_ID_LENGTH, DIGEST_LENGTH, MAC_LENGTH, MAGIC, MAX_SLOTS
from crisiskaart.store.encoding import Reader, Writer
from crisiskaart.store.errors import CardChanged, CorruptFile, Tampered
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
HEAD_READ = 1024  # what ``scan`` reads at each frame: a commit with its index fits


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

    def parts(self) -> tuple[bytes, bytes]:
        """(frame head and clear fields, ciphertext): the frame as written, without joining them."""
        head = bytes([RECORD]) + (RECORD_FIXED + len(self.sealed)).to_bytes(4, "big")
        return head + self._clear, self.sealed

    def encode(self) -> bytes:
        return b"".join(self.parts())


@dataclass(frozen=True)
class CommitFrame:
    """Pins the state: the count and last record of the history, the index, and a MAC."""

    sequence: int
    count: int
    head: bytes
    index_record: bytes
    mac: bytes

    def signed_part(self) -> bytes:
        """u32 sequence ‖ u32 count ‖ head ‖ blob32 index (computed for every commit at open)."""
        return b"".join((
            self.sequence.to_bytes(4, "big"), self.count.to_bytes(4, "big"), self.head,
            len(self.index_record).to_bytes(4, "big"), self.index_record,
        ))

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
    header, header_length, mac = _header(reader)
    keyring = reader.blob32(MAX_RECORD)
    if len(keyring) < MIN_SEALED:
        raise CorruptFile("keyring too short")
    return header, header_length, mac, keyring, reader.pos


def parse_header_mac(data: bytes) -> tuple[Header, int, bytes]:
    """(header, header length, MAC): what a caseload needs, without the keyring after it."""
    return _header(Reader(data, "header"))


def _header(reader: Reader) -> tuple[Header, int, bytes]:
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
    return Header(card_id, generation, slots), header_length, mac


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
    # Fixed offsets rather than a Reader: opening a card with a long history parses every commit.
    if len(body) < 4 + 4 + DIGEST_LENGTH + 4:
        raise CorruptFile("commit: truncated")
    sequence = int.from_bytes(body[0:4], "big")
    count = int.from_bytes(body[4:8], "big")
    head = body[8 : 8 + DIGEST_LENGTH]
    start = 8 + DIGEST_LENGTH + 4
    length = int.from_bytes(body[start - 4 : start], "big")
    if length > MAX_RECORD:
        raise CorruptFile(f"commit: length {length} over {MAX_RECORD}")
    end = start + length
    if len(body) < end + MAC_LENGTH + 4:
        raise CorruptFile("commit: truncated")
    index_record = body[start:end]
    mac = body[end : end + MAC_LENGTH]
    if int.from_bytes(body[end + MAC_LENGTH : end + MAC_LENGTH + 4], "big") != len(body):
        raise CorruptFile("commit length field")
    if len(body) != end + MAC_LENGTH + 4:
        raise CorruptFile(f"commit: {len(body) - end - MAC_LENGTH - 4} trailing bytes")
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


# --- reading a large file without reading its history ---------------------------------------------
class Source:
    """Bytes of a card file by offset: the whole file in memory, or the file itself (``FileSource``)."""

    size: int
    needed = 0  # the file must keep at least this many bytes (its last commit's end)

    def read(self, offset: int, length: int) -> bytes:
        raise NotImplementedError

    @contextlib.contextmanager
    def opened(self) -> Iterator[None]:
        """Keep the file open across several reads (a scan, a walk down the history)."""
        yield


class BytesSource(Source):
    def __init__(self, data: bytes) -> None:
        self._data = data
        self.size = len(data)

    def read(self, offset: int, length: int) -> bytes:
        return self._data[offset : offset + length]


class FileSource(Source):
    """Reads the file that was opened, and refuses to read another one in its place.

    No handle is kept between reads, so the card file can be replaced or renamed meanwhile (Windows
    cannot rename an open file). Each read checks that the path still names the same file and
    that it still holds what was read: a file replaced while a card is open is ``CardChanged``.
    """

    def __init__(self, path: Path, handle: BinaryIO) -> None:
        self.path = path
        self._identity = os.fstat(handle.fileno())
        self.size = self._identity.st_size
        self._handle: BinaryIO | None = handle
        self._depth = 1
        self._lock = threading.RLock()

    @contextlib.contextmanager
    def opened(self) -> Iterator[None]:
        with self._lock:
            if self._handle is None:
                try:
                    handle = open(self.path, "rb", buffering=0)  # noqa: SIM115 - closed below
                except OSError:
                    raise CardChanged(str(self.path)) from None
                status = os.fstat(handle.fileno())
                if not os.path.samestat(status, self._identity) or status.st_size < self.needed:
                    handle.close()
                    raise CardChanged(str(self.path))
                self._handle = handle
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self.close()

    def done(self) -> None:
        """The open's own reads are over: from now on each read opens the file for a moment."""
        with self._lock:
            self._depth -= 1
            if self._depth == 0:
                self.close()

    def close(self) -> None:
        with self._lock:
            if self._handle is not None:
                self._handle.close()
                self._handle = None

    def read(self, offset: int, length: int) -> bytes:
        with self._lock:
            if self._handle is None:
                with self.opened():
                    return self._read(offset, length)
            return self._read(offset, length)

    def _read(self, offset: int, length: int) -> bytes:
        handle = self._handle
        assert handle is not None
        chunks: list[bytes] = []
        while length > 0:
            if hasattr(os, "pread"):
                chunk = os.pread(handle.fileno(), length, offset)
            else:  # Windows
                handle.seek(offset)
                chunk = handle.read(length)
            if not chunk:
                raise CardChanged(f"{self.path}: shorter than when it was opened")
            chunks.append(chunk)
            offset += len(chunk)
            length -= len(chunk)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)


class StoredRecord:
    """A version record left in the file: its clear fields are read, its ciphertext when needed.

    The digest is computed on first use and checked on every later read of the ciphertext, so the
    bytes decrypted are always the bytes whose digest the history vouches for.
    """

    __slots__ = ("_digest", "_source", "generation", "number", "offset", "previous", "sealed_length")

    def __init__(
        self, source: Source, offset: int, generation: int, number: int, previous: bytes, sealed_length: int
    ) -> None:
        self._source = source
        self.offset = offset
        self.generation = generation
        self.number = number
        self.previous = previous
        self.sealed_length = sealed_length
        self._digest: bytes | None = None

    @property
    def _clear(self) -> bytes:
        return self.generation.to_bytes(4, "big") + self.number.to_bytes(4, "big") + self.previous

    @property
    def frame_length(self) -> int:
        return FRAME_HEAD + RECORD_FIXED + self.sealed_length

    @property
    def digest(self) -> bytes:
        if self._digest is None:
            self.sealed  # noqa: B018 - reading computes the digest
        assert self._digest is not None
        return self._digest

    @property
    def sealed(self) -> bytes:
        data = self._source.read(self.offset + FRAME_HEAD + RECORD_FIXED, self.sealed_length)
        digest = hashlib.sha256(self._clear)
        digest.update(data)
        found = digest.digest()
        if self._digest is None:
            self._digest = found
        elif found != self._digest:
            raise CardChanged(f"record at {self.offset} changed while the card was open")
        return data

    def in_memory(self) -> RecordFrame:
        """The same record held in memory (before the file it lives in is written anew)."""
        record = RecordFrame(self.generation, self.number, self.previous, self.sealed)
        record.__dict__["digest"] = self.digest  # computed just now
        return record

    def encode(self) -> bytes:
        return self.in_memory().encode()


@dataclass
class ScannedFile:
    """The structure of a file from its frame heads: ciphertext stays on disk until it is needed."""

    header: Header
    header_bytes: bytes
    header_mac: bytes
    keyring: bytes
    records: list[StoredRecord]  # file order
    commits: list[tuple[int, CommitFrame]]
    committed_end: int
    size: int
    source: Source
    by_number: dict[int, list[StoredRecord]] = field(default_factory=dict)

    @property
    def interrupted(self) -> bool:
        return self.size > self.committed_end

    @property
    def last_commit(self) -> CommitFrame:
        return self.commits[-1][1]

    @property
    def last_commit_offset(self) -> int:
        return self.commits[-1][0]

    def find(self, number: int, digest: bytes, before: int) -> StoredRecord | None:
        """The record ``number`` with ``digest`` written before ``before`` (the newest such)."""
        for record in reversed(self.by_number.get(number, ())):
            if record.offset < before and record.digest == digest:
                return record
        return None

    def live_length(self, count: int, before: int) -> int:
        """Bytes of the frames of versions 1 … count as the history names them (the newest record
        of each number before ``before``: where an honest writer put it); for compaction only."""
        total = 0
        for number in range(1, count + 1):
            candidates = [r for r in self.by_number.get(number, ()) if r.offset < before]
            total += candidates[-1].frame_length if candidates else 0
        return total

    def strict_chain(self) -> list[StoredRecord]:
        """The live history of the last commit exactly as ``chain`` finds it: hashes every record."""
        earliest: dict[bytes, StoredRecord] = {}
        for stored in self.records:
            earliest.setdefault(stored.digest, stored)
        found: list[StoredRecord] = []
        commit = self.last_commit
        digest, before = commit.head, self.last_commit_offset
        for number in range(commit.count, 0, -1):
            record = earliest.get(digest)
            if record is None or record.offset >= before or record.number != number:
                raise Tampered(f"history broken at version {number}")
            found.append(record)
            before, digest = record.offset, record.previous
        if digest != b"\0" * DIGEST_LENGTH:
            raise Tampered("history does not start at version 1")
        found.reverse()
        return found


def _read_header(source: Source) -> tuple[Header, int, bytes, bytes, int]:
    """``parse_header`` on as few bytes as hold the header and keyring."""
    want = min(source.size, 64 * 1024)
    while True:
        try:
            return parse_header(source.read(0, want))
        except CorruptFile:
            if want >= source.size:
                raise
            want = min(source.size, want * 8)


def scan(source: Source) -> ScannedFile:
    """The same structural checks as ``parse``, reading only frame heads and commits."""
    header, header_length, mac, keyring, position = _read_header(source)
    head_bytes = source.read(0, header_length)
    records: list[StoredRecord] = []
    by_number: dict[int, list[StoredRecord]] = {}
    commits: list[tuple[int, CommitFrame]] = []
    committed_end = 0
    size = source.size
    while position < size:
        if size - position < FRAME_HEAD:
            break
        # One read per frame: a record's clear fields, or (usually) a whole commit.
        head = source.read(position, min(HEAD_READ, size - position))
        kind = head[0]
        length = int.from_bytes(head[1:FRAME_HEAD], "big")
        if kind not in (RECORD, COMMIT):
            if not _only_zeros(source, position):
                raise CorruptFile(f"unknown frame type {kind} at {position}")
            break
        if length > size - position - FRAME_HEAD:
            break
        if length > MAX_RECORD:
            raise CorruptFile(f"frame of {length} bytes")
        if kind == RECORD:
            if length < RECORD_FIXED:
                raise CorruptFile("record: truncated")
            if length < RECORD_FIXED + MIN_SEALED:
                raise CorruptFile("record too short")
            generation = int.from_bytes(head[5:9], "big")
            number = int.from_bytes(head[9:13], "big")
            if not 1 <= number <= MAX_VERSIONS or not 1 <= generation <= MAX_GENERATION:
                raise CorruptFile("record number or generation out of range")
            record = StoredRecord(source, position, generation, number, head[13:45], length - RECORD_FIXED)
            records.append(record)
            by_number.setdefault(number, []).append(record)
        else:
            body = head[FRAME_HEAD : FRAME_HEAD + length]
            if len(body) < length:
                body = source.read(position + FRAME_HEAD, length)
            commits.append((position, _parse_commit(body)))
            committed_end = position + FRAME_HEAD + length
        position += FRAME_HEAD + length
    if not commits:
        raise CorruptFile("no complete commit")
    source.needed = committed_end  # a cut-off save after it may be cut away by our next save
    return ScannedFile(
        header, head_bytes, mac, keyring, records, commits, committed_end, size, source, by_number
    )


def _only_zeros(source: Source, position: int) -> bool:
    step = 1024 * 1024
    while position < source.size:
        if any(source.read(position, min(step, source.size - position))):
            return False
        position += step
    return True
