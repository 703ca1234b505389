"""The byte layout of a ``.crisiskaart`` file (docs/file-format.md): parse and build, no crypto policy.

Parsing is purely structural and strict: it checks framing, counts and lengths so that any
truncation or stray byte is reported as ``CorruptFile`` before a key is ever derived.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crisiskaart.store import keys
from crisiskaart.store.encoding import Reader, Writer
from crisiskaart.store.errors import CorruptFile, UnsupportedVersion
from crisiskaart.store.slots import ClientSlot, OndersteunerSlot, Slot, decode_slot

MAGIC = b"\x89CKAART\n"
FORMAT_VERSION = 1
CARD_ID_LENGTH = 16
DIGEST_LENGTH = 32
MAC_LENGTH = 32
MAX_SLOTS = 64
MAX_RECORD = 64 * 1024 * 1024
MAX_VERSIONS = 1_000_000
MIN_RECORD = keys.NONCE_LENGTH + keys.TAG_LENGTH


@dataclass
class Header:
    """Everything the header MAC covers, magic included."""

    card_id: bytes
    version_count: int
    head_digest: bytes
    slots: list[Slot] = field(default_factory=list)

    def encode(self) -> bytes:
        writer = (
            Writer()
            .raw(MAGIC)
            .u16(FORMAT_VERSION)
            .raw(self.card_id)
            .u32(self.version_count)
            .raw(self.head_digest)
            .u8(len(self.slots))
        )
        for slot in self.slots:
            writer.raw(slot.encode())
        return bytes(writer)

    @property
    def client_slot(self) -> ClientSlot:
        return next(slot for slot in self.slots if isinstance(slot, ClientSlot))

    @property
    def ondersteuner_slots(self) -> list[OndersteunerSlot]:
        return [slot for slot in self.slots if isinstance(slot, OndersteunerSlot)]


@dataclass
class ParsedFile:
    header: Header
    header_bytes: bytes
    mac: bytes
    index_record: bytes
    version_records: list[bytes]


def check_kind(data: bytes) -> None:
    """Magic then format version: a newer file says so instead of looking corrupt."""
    if len(data) < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
        raise CorruptFile("not a crisiskaart file (magic)")
    if len(data) < len(MAGIC) + 2:
        raise CorruptFile("truncated format version")
    version = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 2], "big")
    if version != FORMAT_VERSION:
        raise UnsupportedVersion(f"format version {version}", version=version)


def parse(data: bytes, *, index_only: bool = False) -> ParsedFile:
    """Split ``data`` into header, MAC and records; with ``index_only`` stop after the index."""
    check_kind(data)
    reader = Reader(data, "header")
    reader.raw(len(MAGIC) + 2)
    card_id = reader.raw(CARD_ID_LENGTH)
    count = reader.u32()
    head = reader.raw(DIGEST_LENGTH)
    slot_count = reader.u8()
    if not 1 <= slot_count <= MAX_SLOTS:
        raise CorruptFile(f"slot count {slot_count}")
    slots = [decode_slot(reader) for _ in range(slot_count)]
    # Canonical slot table: exactly one client slot, first; then ondersteuner slots.
    if not isinstance(slots[0], ClientSlot) or any(isinstance(s, ClientSlot) for s in slots[1:]):
        raise CorruptFile("slot table not canonical")
    if not 1 <= count <= MAX_VERSIONS:
        raise CorruptFile(f"version count {count}")
    header_bytes = data[: reader.pos]
    mac = reader.raw(MAC_LENGTH)
    index_record = _record(reader)
    records: list[bytes] = []
    if not index_only:
        records = [_record(reader) for _ in range(count)]
        reader.expect_end()
    header = Header(card_id, count, head, slots)
    return ParsedFile(header, header_bytes, mac, index_record, records)


def _record(reader: Reader) -> bytes:
    record = reader.blob32(MAX_RECORD)
    if len(record) < MIN_RECORD:
        raise CorruptFile("record too short")
    return record


def build(header_bytes: bytes, mac: bytes, index_record: bytes, records: list[bytes]) -> bytes:
    writer = Writer().raw(header_bytes).raw(mac).blob32(index_record)
    for record in records:
        writer.blob32(record)
    return bytes(writer)
