"""The caseload's read of many cards with one ondersteuner profile: ``read_index``, minus the repeats.

``read_index`` serves every credential and works out per card what is the same for every card a
caseload lists: who is reading, and that profile's public key (part of the salt of each slot's
key derivation). ``CaseloadReader`` holds those once and reads a card as ``read_index`` does: the
same two small reads, the header's fields and slot table checked as strictly, the same header
MAC, commit MAC and authenticated index record. It decides only the common case, a format-2
card whose slot table and last commit lie in those two reads; every other file (format 1, a long
slot table, a save cut off at the end, anything malformed) goes to ``read_index`` itself, which
reads on or says what is wrong.

Cards are taken a batch at a time, each step for the whole batch: the file reads and parsing,
then the key exchange and MACs, then the index records. Each step's code then stays in the
processor's caches for a hundred cards instead of being pushed out by the others at every card
(a sixth of the listing's time); a batch holds a few hundred bytes per card, so memory stays
small however large the folder.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from pathlib import Path

from crisiskaart.store import container, format2, keys
from crisiskaart.store.card import (
    INDEX_HEAD,
    INDEX_TAIL,
    IndexReader,
    commit_key,
    header_key,
    payload_key,
    read_index,
)
from crisiskaart.store.errors import NotARecipient, StoreError, Tampered
from crisiskaart.store.format2 import CommitFrame
from crisiskaart.store.history import IndexRecord, open_index
from crisiskaart.store.profile import OndersteunerProfile
from crisiskaart.store.slots_v2 import ondersteuner_wraps, unwrap_ondersteuner

# Format 2's header: magic ‖ u16 format ‖ card id ‖ u32 key generation ‖ u8 slot count ‖ slots ‖ MAC.
_START = container.MAGIC + format2.FORMAT_VERSION.to_bytes(2, "big")
_CARD_ID_AT = len(_START)
_COUNTS = struct.Struct(">IB")  # key generation, slot count
_COUNTS_AT = _CARD_ID_AT + container.CARD_ID_LENGTH
_SLOTS_AT = _COUNTS_AT + _COUNTS.size
BATCH = 128

Outcome = IndexRecord | StoreError  # what read_index returns or raises


class _Read:
    """One card between the steps: what its two reads held, then the subkey of its index."""

    __slots__ = ("card_id", "commit", "header_bytes", "mac", "outcome", "payload_key", "wraps")

    def __init__(self, card_id: bytes | None) -> None:
        self.card_id = card_id
        self.outcome: Outcome | None = None  # decided: nothing more to do for this card
        self.header_bytes = self.mac = self.payload_key = b""
        self.wraps: list[tuple[bytes, bytes]] = []
        self.commit: CommitFrame | None = None


class CaseloadReader:
    """Reads index records with one profile; its public key is computed once, not once per slot."""

    __slots__ = ("_private", "_profile", "_public")

    def __init__(self, profile: OndersteunerProfile) -> None:
        self._profile = profile
        self._private = profile.private_key
        # From the private key itself rather than the profile's copy: the key the slots were made for.
        self._public = keys.public_bytes(profile.private_key.public_key())

    def read(self, path: Path) -> IndexRecord:
        """``read_index(path, profile=…)``: the same record, the same errors."""
        ((_, outcome),) = self.read_all([path])
        if isinstance(outcome, StoreError):
            raise outcome
        return outcome

    def read_all(self, paths: Iterable[Path]) -> Iterator[tuple[bytes | None, Outcome]]:
        """(clear card id or None, index record or the error ``read_index`` raises) for each path,
        in order; the card id also when the card turns out closed or damaged (for grouping copies)."""
        batch: list[Path] = []
        for path in paths:
            batch.append(path)
            if len(batch) == BATCH:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, paths: list[Path]) -> list[tuple[bytes | None, Outcome]]:
        reads = [self._parse(path) for path in paths]
        for card in reads:
            if card.outcome is None:
                self._unlock(card)
        return [(card.card_id, _index(card) if card.outcome is None else card.outcome) for card in reads]

    def _parse(self, path: Path) -> _Read:
        try:
            with IndexReader(path) as file:
                head = file.read(0, INDEX_HEAD)
                tail = file.read(file.size - INDEX_TAIL, INDEX_TAIL) if head.startswith(_START) else b""
        except StoreError as error:  # gone, or not ours to read
            card = _Read(None)
            card.outcome = error
            return card
        if len(head) < _SLOTS_AT or not tail:
            return self._strictly(path)  # not format 2, or too short to be a card
        card = _Read(head[_CARD_ID_AT:_COUNTS_AT])
        generation, count = _COUNTS.unpack_from(head, _COUNTS_AT)
        table = None
        if 1 <= generation <= format2.MAX_GENERATION and 1 <= count <= container.MAX_SLOTS:
            table = ondersteuner_wraps(head, _SLOTS_AT, count, generation)
        card.commit = format2.last_commit_from_tail(tail)
        if table is None or card.commit is None or len(head) < table[1] + container.MAC_LENGTH:
            return self._strictly(path)
        card.wraps, header_length = table
        card.header_bytes = head[:header_length]
        card.mac = head[header_length : header_length + container.MAC_LENGTH]
        return card

    def _strictly(self, path: Path) -> _Read:
        told: list[bytes] = []
        card = _Read(None)
        try:
            card.outcome = read_index(path, profile=self._profile, on_card_id=told.append)
        except StoreError as error:
            card.outcome = error
        card.card_id = told[-1] if told else None
        return card

    def _unlock(self, card: _Read) -> None:
        for ephemeral, wrapped in card.wraps:
            file_key = unwrap_ondersteuner(self._private, ephemeral, wrapped, self._public)
            if file_key is not None:
                break
        else:
            card.outcome = NotARecipient("no slot for this profile")
            return
        commit = card.commit
        assert commit is not None
        if not keys.mac_ok(header_key(file_key), card.header_bytes, card.mac):
            card.outcome = Tampered("header MAC mismatch")
            return
        digest = format2.header_digest(card.header_bytes, card.mac)
        if not keys.mac_ok(commit_key(file_key), format2.commit_mac_input(digest, commit), commit.mac):
            card.outcome = Tampered("commit MAC mismatch")
            return
        card.payload_key = payload_key(file_key)


def _index(card: _Read) -> Outcome:
    commit = card.commit
    assert commit is not None and card.card_id is not None
    try:
        return open_index(
            card.payload_key, card.card_id, commit.count, commit.head, commit.index_record, keys.LABEL_V2
        )
    except StoreError as error:
        return error
