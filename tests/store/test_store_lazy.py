"""A large card opens without reading its history; an older version is verified when first read.

Real files, real encryption: the cards here are larger than ``EAGER_BYTES``, so opening them
authenticates the header, keyring, commits and the latest version only. Every flipped byte in an
older version must still be refused, as soon as that version (or one before it) is read.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from store_support import PASSPHRASE, SUMMARY

from crisiskaart.store import (
    TEST_KDF,
    CardChanged,
    CardFile,
    Status,
    Tampered,
    create_card,
    format2,
    open_card,
)
from crisiskaart.store.chain import EAGER_BYTES
from crisiskaart.store.lifecycle import save_draft

VERSIONS = 14
SIZE = EAGER_BYTES // 10  # 14 versions of this: well over the size verified at open


def _payload(number: int) -> bytes:
    return number.to_bytes(4, "big") + os.urandom(SIZE)  # incompressible, like ciphertext


@pytest.fixture
def large(tmp_path: Path) -> tuple[Path, list[bytes]]:
    """A card with 14 versions of 400 kB (14 signed), then a concept autosaved three times."""
    path = tmp_path / "groot.crisiskaart"
    payloads = [_payload(1)]
    with create_card(path, PASSPHRASE, payloads[0], summary=SUMMARY, kdf=TEST_KDF, backups=0) as card:
        for number in range(2, VERSIONS + 1):
            payloads.append(_payload(number))
            status = Status.ONDERTEKEND if number == VERSIONS else Status.CONCEPT
            card.save_version(payloads[-1], summary=SUMMARY, status=status)
        payloads.append(b"")
        for _ in range(3):  # autosaves start a new concept, then amend it: two drafts stay behind
            payloads[-1] = _payload(VERSIONS + 1)
            save_draft(card, payloads[-1], summary=SUMMARY)
    assert path.stat().st_size > EAGER_BYTES
    return path, payloads


def _records(path: Path) -> list[tuple[int, format2.RecordFrame]]:
    """(offset of the ciphertext, record) of every record in the file, in file order."""
    parsed = format2.parse(path.read_bytes())
    return sorted((offset + format2.FRAME_HEAD + format2.RECORD_FIXED, record)
                  for offset, record in parsed.records.values())


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x20
    path.write_bytes(bytes(data))


def _live(path: Path, number: int) -> int:
    """Where the ciphertext of live version ``number`` starts."""
    with open_card(path, passphrase=PASSPHRASE, writable=False) as card:
        digest = card.history_digests()[number - 1]
    return next(offset for offset, record in _records(path) if record.digest == digest)


def test_a_large_card_opens_with_its_latest_version_and_verifies_the_rest_when_asked(
    large: tuple[Path, list[bytes]],
) -> None:
    path, payloads = large
    with open_card(path, passphrase=PASSPHRASE) as card:
        assert not card.history_verified
        assert len(card.versions) == card.version_count == VERSIONS + 1
        assert card.latest.number == VERSIONS + 1 and card.payload() == payloads[-1]
        assert card.versions[-1] == card.latest
        assert card.payload(3) == payloads[2]  # read on demand
        assert card.versions[VERSIONS - 1].status is Status.ONDERTEKEND
        card.verify_history()
        assert card.history_verified
        assert [v.number for v in card.versions] == list(range(1, VERSIONS + 2))


def test_a_tampered_old_version_opens_the_card_but_is_refused_when_read(
    large: tuple[Path, list[bytes]],
) -> None:
    path, payloads = large
    _flip(path, _live(path, 3) + 100)
    with open_card(path, passphrase=PASSPHRASE, writable=False) as card:
        assert card.payload() == payloads[-1]  # what is shown was authenticated
        assert card.payload(10) == payloads[9]  # later versions do not depend on version 3
        for read in (lambda: card.payload(3), lambda: card.versions[2], lambda: card.payload(1),
                     card.verify_history, lambda: list(card.versions), card.history_digests):
            with pytest.raises(Tampered):
                read()
    # A new session reading the whole history (the version list) refuses it as well.
    with open_card(path, passphrase=PASSPHRASE, writable=False) as card, pytest.raises(Tampered):
        [v.status for v in card.versions]


@pytest.mark.parametrize("where", ["clear fields", "ciphertext", "tag"])
def test_every_part_of_an_old_record_is_covered(large: tuple[Path, list[bytes]], where: str) -> None:
    path, _ = large
    start = _live(path, 5)
    offset = {"clear fields": start - format2.RECORD_FIXED + 2, "ciphertext": start + SIZE // 2,
              "tag": start + SIZE + 20}[where]
    _flip(path, offset)
    try:
        card = open_card(path, passphrase=PASSPHRASE, writable=False)
    except Tampered:
        return  # a clear field may already break the structure opening relies on
    with card, pytest.raises(Tampered):
        card.payload(5)


def test_a_tampered_latest_version_is_refused_at_open(large: tuple[Path, list[bytes]]) -> None:
    path, _ = large
    _flip(path, _live(path, VERSIONS + 1) + 7)
    with pytest.raises(Tampered):
        open_card(path, passphrase=PASSPHRASE, writable=False)


def test_a_tampered_superseded_draft_is_found_by_the_full_check(large: tuple[Path, list[bytes]]) -> None:
    path, _ = large
    live = set()
    with open_card(path, passphrase=PASSPHRASE, writable=False) as card:
        live = set(card.history_digests())
    draft = next(offset for offset, record in _records(path) if record.digest not in live)
    _flip(path, draft + 50)
    with open_card(path, passphrase=PASSPHRASE, writable=False) as card:
        assert card.payload(VERSIONS) is not None  # nothing shown depends on the old draft
        with pytest.raises(Tampered):
            card.verify_history()


def test_saving_after_a_lazy_open_keeps_every_version(large: tuple[Path, list[bytes]]) -> None:
    path, payloads = large
    with open_card(path, passphrase=PASSPHRASE, backups=1) as card:
        save_draft(card, b"first save of the session", summary=SUMMARY)  # writes the file anew
        save_draft(card, b"an autosave", summary=SUMMARY)  # appends
        assert card.payload() == b"an autosave"
    assert Path(f"{path}.1.bak").exists()
    with open_card(path, passphrase=PASSPHRASE, writable=False) as card:
        card.verify_history()
        assert [card.payload(n) for n in range(1, VERSIONS + 1)] == payloads[:VERSIONS]
        assert card.payload() == b"an autosave" and card.version_count == VERSIONS + 1


def test_a_save_never_writes_a_broken_history_anew(large: tuple[Path, list[bytes]]) -> None:
    """The first save of a session copies every version into a new file: it checks the chain and
    refuses a tampered one, leaving the file as it was."""
    path, _ = large
    _flip(path, _live(path, 2) + 9)
    before = path.read_bytes()
    with open_card(path, passphrase=PASSPHRASE) as card, pytest.raises(Tampered):
        save_draft(card, b"edited", summary=SUMMARY)
    assert path.read_bytes() == before


def test_a_file_replaced_while_open_is_not_read_as_this_card(
    large: tuple[Path, list[bytes]], tmp_path: Path,
) -> None:
    path, _ = large
    other = tmp_path / "ander.crisiskaart"
    create_card(other, PASSPHRASE, _payload(1) * 12, summary=SUMMARY, kdf=TEST_KDF).close()
    card: CardFile = open_card(path, passphrase=PASSPHRASE, writable=False)
    with card:
        os.replace(other, path)  # a sync service puts another file in its place
        for read in (lambda: card.payload(2), card.payload):
            with pytest.raises(CardChanged):
                read()
        assert card.latest.number == VERSIONS + 1  # what was shown at open stays known


def test_a_small_card_is_verified_completely_at_open(tmp_path: Path) -> None:
    path = tmp_path / "klein.crisiskaart"
    with create_card(path, PASSPHRASE, b"een", summary=SUMMARY, kdf=TEST_KDF) as card:
        card.save_version(b"twee", summary=SUMMARY)
        card.save_version(b"drie", summary=SUMMARY)
    with open_card(path, passphrase=PASSPHRASE, writable=False) as card:
        assert card.history_verified
    _flip(path, _live(path, 1) + 2)
    with pytest.raises(Tampered):
        open_card(path, passphrase=PASSPHRASE, writable=False)
