"""The caseload's reader gives what ``read_index`` gives, for every file: the same record or the same error.

It decides the common case itself and hands everything else to ``read_index``; these tests hold
it to that on the frozen vectors, on every negative vector, and on every byte of a real card's
header and last commit flipped, cut off or spliced.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from make_vectors import PROFILE_PASSPHRASE

from crisiskaart.store import (
    TEST_KDF,
    CardFile,
    CardSummary,
    IndexRecord,
    OndersteunerProfile,
    StoreError,
    create_profile,
    open_card,
    open_profile,
    read_index,
)
from crisiskaart.store.caseload_read import BATCH, CaseloadReader

VECTORS = Path(__file__).parent / "vectors"


def _outcome(read: Callable[[Path], object], path: Path) -> tuple[str, object]:
    try:
        return "ok", read(path)
    except StoreError as error:
        return type(error).__name__, str(error)


def _same(profile: OndersteunerProfile, path: Path) -> tuple[str, object]:
    """What both give for ``path``, after checking that they agree (card ids told included)."""
    ((card_id, read),) = CaseloadReader(profile).read_all([path])
    ours = ("ok", read) if isinstance(read, IndexRecord) else (type(read).__name__, str(read))
    told: list[bytes] = []
    theirs = _outcome(lambda p: read_index(p, profile=profile, on_card_id=told.append), path)
    assert ours == theirs, path
    assert card_id == (told[-1] if told else None), path
    assert _outcome(CaseloadReader(profile).read, path) == ours
    return ours


@pytest.fixture(scope="module")
def vector_profiles() -> list[OndersteunerProfile]:
    return [open_profile(VECTORS / f"ondersteuner-{n}.profile", PROFILE_PASSPHRASE) for n in (1, 2)]


@pytest.fixture
def sam(tmp_path: Path) -> OndersteunerProfile:
    return create_profile(tmp_path / "sam.profile", "wachtwoord", "Sam de Vries", kdf=TEST_KDF)


@pytest.fixture
def kim(tmp_path: Path) -> OndersteunerProfile:
    return create_profile(tmp_path / "kim.profile", "wachtwoord", "Kim Jansen", kdf=TEST_KDF)


def _card(new_card: Callable[..., CardFile], *profiles: OndersteunerProfile, name: str = "kaart.crisiskaart",
          recovery: bool = True) -> Path:
    card = new_card(name=name)
    with card:
        if recovery:
            card.make_recovery_code()
        for profile in profiles:
            card.add_ondersteuner(profile.recipient)
        card.save_version(b"tweede versie", summary=CardSummary("Noor Bakker"))
    return card.path


def test_the_known_cards_read_the_same_with_each_profile(vector_profiles: list[OndersteunerProfile]) -> None:
    outcomes = [_same(profile, VECTORS / f"format{n}" / "known.crisiskaart")
                for n in (1, 2) for profile in vector_profiles]
    # Format 1 opens with both profiles; format 2 only with the one still on the card.
    assert [kind for kind, _ in outcomes] == ["ok", "ok", "ok", "NotARecipient"]


@pytest.mark.parametrize("form", ["format1", "format2"])
def test_every_negative_vector_fails_as_read_index_fails(
    vector_profiles: list[OndersteunerProfile], form: str,
) -> None:
    files = sorted((VECTORS / form / "negative").glob("*.crisiskaart"))
    assert files
    for path in files:
        for profile in vector_profiles:
            _same(profile, path)


def test_a_card_an_ondersteuner_saved_in_format_1_reads_the_same(
    vector_profiles: list[OndersteunerProfile], tmp_path: Path,
) -> None:
    """Its format-1 client slot is carried over as it is (a legacy slot)."""
    path = tmp_path / "oud.crisiskaart"
    shutil.copyfile(VECTORS / "format1" / "known.crisiskaart", path)
    with open_card(path, profile=vector_profiles[0]) as card:
        card.save_version(b"door de ondersteuner", summary=CardSummary("Noor Bakker"))
    assert path.read_bytes()[8:10] == b"\0\2"
    for profile in vector_profiles:
        assert _same(profile, path)[0] == "ok"


def test_every_byte_of_header_and_last_commit_flipped(
    new_card: Callable[..., CardFile], sam: OndersteunerProfile, kim: OndersteunerProfile,
) -> None:
    path = _card(new_card, kim, sam)
    good = path.read_bytes()
    assert _same(sam, path)[0] == "ok"
    header_end = 31 + sum(3 + int.from_bytes(good[at + 1 : at + 3], "big") for at in _slot_starts(good))
    commit_start = len(good) - 5 - int.from_bytes(good[-4:], "big")  # frame type and length first
    positions = [*range(header_end + 32), *range(commit_start, len(good))]
    outcomes = []
    for position in positions:
        flipped = bytearray(good)
        flipped[position] ^= 0x01
        path.write_bytes(bytes(flipped))
        outcomes.append(_same(sam, path))
    assert {kind for kind, _ in outcomes} >= {"CorruptFile", "Tampered", "NotARecipient"}
    # A last commit whose length no longer matches reads as a save cut off: the card as it was
    # before that save, never anything it did not hold.
    assert all(isinstance(index, IndexRecord) and index.version_count == 1
               for kind, index in outcomes if kind == "ok")


def test_cut_off_and_lengthened_files(
    new_card: Callable[..., CardFile], sam: OndersteunerProfile,
) -> None:
    path = _card(new_card, sam)
    good = path.read_bytes()
    for length in [*range(0, 700), *range(len(good) - 300, len(good))]:
        path.write_bytes(good[:length])
        _same(sam, path)
    for extra in (b"\0" * 10, b"\2" + b"\0" * 40, good[-200:]):
        path.write_bytes(good + extra)  # a save cut off after the last commit, or rubbish
        _same(sam, path)


def test_a_slot_table_longer_than_the_first_read(
    new_card: Callable[..., CardFile], sam: OndersteunerProfile, tmp_path: Path,
) -> None:
    others = [create_profile(tmp_path / f"o{n}.profile", "wachtwoord", f"Ondersteuner {n} " + "x" * 80,
                             kdf=TEST_KDF) for n in range(24)]
    path = _card(new_card, *others, sam)
    assert _slot_starts(path.read_bytes())[-1] > 4096
    assert _same(sam, path)[0] == "ok"
    assert _same(others[3], path)[0] == "ok"


def test_a_long_index_record_and_other_files(
    new_card: Callable[..., CardFile], sam: OndersteunerProfile, tmp_path: Path,
) -> None:
    card = new_card(name="lang.crisiskaart")
    with card:
        card.add_ondersteuner(sam.recipient)
        card.save_version(b"x", summary=CardSummary("Noor " + "Bakker " * 400))  # index over 2 KiB
    assert _same(sam, card.path)[0] == "ok"
    (tmp_path / "map.crisiskaart").mkdir()
    for name in ("map.crisiskaart", "weg.crisiskaart"):
        assert _same(sam, tmp_path / name)[0] == "CardNotFound"
    (tmp_path / "tekst.crisiskaart").write_bytes(b"geen kaart")
    assert _same(sam, tmp_path / "tekst.crisiskaart")[0] == "CorruptFile"


def test_one_reader_for_many_cards_and_profiles(
    new_card: Callable[..., CardFile], sam: OndersteunerProfile, kim: OndersteunerProfile,
) -> None:
    """The reader keeps the profile's key between cards, and nothing of the cards it read."""
    paths = [_card(new_card, sam, name="een.crisiskaart"), _card(new_card, kim, name="twee.crisiskaart",
                                                               recovery=False)]
    reader = CaseloadReader(sam)
    assert reader.read(paths[0]) == read_index(paths[0], profile=sam)
    with pytest.raises(StoreError) as closed:
        reader.read(paths[1])
    assert type(closed.value).__name__ == "NotARecipient"
    assert reader.read(paths[0]).display_name == "Noor Bakker"


def _slot_starts(data: bytes) -> list[int]:
    starts, position = [], 31
    for _ in range(data[30]):
        starts.append(position)
        position += 3 + int.from_bytes(data[position + 1 : position + 3], "big")
    return starts


PROC_IO = Path("/proc/self/io")


def _bytes_read() -> int:
    for line in PROC_IO.read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


@pytest.mark.skipif(not PROC_IO.exists(), reason="needs Linux's per-process I/O count")
def test_a_well_formed_card_is_read_once_not_again_by_read_index(
    new_card: Callable[..., CardFile], sam: OndersteunerProfile,
) -> None:
    card = new_card(payload=b"x" * 20_000)
    with card:
        card.add_ondersteuner(sam.recipient)
    reader = CaseloadReader(sam)
    reader.read(card.path)  # the interpreter's own first-use reads happen here
    before = _bytes_read()
    reader.read(card.path)
    assert _bytes_read() - before <= 6 * 1024 + 512  # the first 4 KiB and the last 2 KiB, once


def test_many_cards_read_in_batches_each_as_read_index_reads_it(
    new_card: Callable[..., CardFile], sam: OndersteunerProfile, kim: OndersteunerProfile, tmp_path: Path,
) -> None:
    """Several batches of a shared folder: open, closed, damaged and vanished files in turn."""
    kinds = [_card(new_card, sam, name="open.crisiskaart").read_bytes(),
             _card(new_card, kim, name="dicht.crisiskaart", recovery=False).read_bytes()]
    kinds.append(kinds[0][:-3])  # the last commit cut off inside: the save before it stands
    kinds.append(kinds[0][:200])  # cut off inside the header
    folder = tmp_path / "map"
    folder.mkdir()
    paths = []
    for number in range(2 * BATCH + 7):
        path = folder / f"kaart-{number:03d}.crisiskaart"
        if number % 11 != 5:  # every eleventh one is gone by the time it is read
            path.write_bytes(kinds[number % len(kinds)])
        paths.append(path)
    read = list(CaseloadReader(sam).read_all(paths))
    assert len(read) == len(paths)
    for path, (card_id, outcome) in zip(paths, read, strict=True):
        ours = ("ok", outcome) if isinstance(outcome, IndexRecord) else (type(outcome).__name__, str(outcome))
        assert ours == _same(sam, path)
        assert (card_id is None) == (not path.exists() or path.stat().st_size < 31)
    assert {kind for kind, _ in (_same(sam, p) for p in paths)} == {
        "ok", "NotARecipient", "CorruptFile", "CardNotFound"}


def test_slot_tables_in_every_order(
    new_card: Callable[..., CardFile], sam: OndersteunerProfile, kim: OndersteunerProfile,
) -> None:
    """Whole slots moved, doubled or dropped: only the canonical order parses (then the MAC fails)."""
    path = _card(new_card, kim, sam)
    good = path.read_bytes()
    starts = _slot_starts(good)
    ends = [*starts[1:], starts[-1] + 3 + int.from_bytes(good[starts[-1] + 1 : starts[-1] + 3], "big")]
    slots = [good[start:end] for start, end in zip(starts, ends, strict=True)]  # client, recovery, kim, sam
    orders = [*itertools.permutations(range(4)), (0, 0, 2, 3), (0, 1, 1, 3), (0, 2, 3), (1, 2, 3),
              (0, 3, 3, 3)]
    kinds = {}
    for order in orders:
        table = b"".join(slots[i] for i in order)
        path.write_bytes(good[:30] + bytes([len(order)]) + table + good[ends[-1]:])
        kinds[order] = _same(sam, path)[0]
    assert kinds[(0, 1, 2, 3)] == "ok"
    assert kinds[(0, 1, 3, 2)] == kinds[(0, 3, 3, 3)] == "Tampered"  # canonical, but not what was signed
    assert kinds[(1, 0, 2, 3)] == kinds[(0, 2, 1, 3)] == kinds[(0, 0, 2, 3)] == "CorruptFile"


def test_a_format_1_client_slot_in_a_re_keyed_card_is_damaged(
    vector_profiles: list[OndersteunerProfile], tmp_path: Path,
) -> None:
    path = tmp_path / "oud.crisiskaart"
    shutil.copyfile(VECTORS / "format1" / "known.crisiskaart", path)
    with open_card(path, profile=vector_profiles[0]) as card:
        card.save_version(b"door de ondersteuner", summary=CardSummary("Noor Bakker"))
    data = bytearray(path.read_bytes())
    assert data[26:30] == b"\0\0\0\1" and data[31] == 4  # generation 1, a legacy client slot first
    data[29] = 2
    path.write_bytes(bytes(data))
    assert _same(vector_profiles[0], path) == ("CorruptFile", "a format-1 client slot in a re-keyed card")
