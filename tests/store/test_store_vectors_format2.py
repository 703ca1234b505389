"""Format-2 known-answer and negative vectors (tests/store/make_vectors.py makes them)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from make_vectors import KNOWN_PASSPHRASE, PAYLOADS, PROFILE_PASSPHRASE, generate

import crisiskaart.store as store
from crisiskaart.store import (
    AccessAction,
    Author,
    KdfLimits,
    Role,
    Status,
    StoreError,
    open_card,
    open_profile,
    read_index,
)

FORMAT2 = Path(__file__).parent / "vectors" / "format2"
KNOWN = FORMAT2 / "known.crisiskaart"
RECOVERY = (FORMAT2 / "recovery-code.txt").read_text("utf-8").strip()
NEGATIVE = json.loads((FORMAT2 / "negative/expected.json").read_text("utf-8"))


def test_known_answer_opens_with_exact_history() -> None:
    with open_card(KNOWN, passphrase=KNOWN_PASSPHRASE, writable=False) as card:
        assert [(v.number, v.status, v.note) for v in card.versions] == [
            (1, Status.CONCEPT, "Eerste opzet"),
            (2, Status.ONDERTEKEND, "Getekend"),
            (3, Status.ACTIEF, "Jaarlijkse herziening"),
            (4, Status.CONCEPT, "Nieuwe zin"),
        ]
        assert [v.time for v in card.versions] == [
            datetime(2024, 3, 1, 10, tzinfo=UTC), datetime(2024, 3, 1, 11, tzinfo=UTC),
            datetime(2024, 3, 3, 14, tzinfo=UTC), datetime(2024, 3, 4, 9, 5, tzinfo=UTC),
        ]
        assert card.versions[2].author == Author(Role.ONDERSTEUNER, "Ayşe Yılmaz")
        assert [card.payload(n) for n in (1, 2, 3, 4)] == [*PAYLOADS[:3], PAYLOADS[4]]
        assert card.generation == 3
        assert [r.name for r in card.ondersteuners()] == ["Ayşe Yılmaz"]
        access = card.access()
        assert access.recovery_code and access.recovery_made == datetime(2024, 3, 3, 16, tzinfo=UTC)
        assert [(e.action, e.generation) for e in access.events] == [
            (AccessAction.CREATED, 1), (AccessAction.ONDERSTEUNER_ADDED, 1),
            (AccessAction.ONDERSTEUNER_ADDED, 1), (AccessAction.ONDERSTEUNER_REMOVED, 2),
            (AccessAction.RECOVERY_CODE_MADE, 3),
        ]
        assert access.events[3].subject == "Piet Jansen (FACT-team Noord (fictief))"
        assert card.card_id == "9b421bcd4ad0c649460249ff2511a762"
        index = card.index
        assert not card.notices
    assert read_index(KNOWN, passphrase=KNOWN_PASSPHRASE) == index
    assert index.version_count == 4 and index.status is Status.CONCEPT


def test_known_answer_opens_with_the_recovery_code_typed_sloppily() -> None:
    typed = RECOVERY.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    with open_card(KNOWN, recovery_code=typed, writable=False) as card:
        assert card.opened_by.role is Role.CLIENT
        assert card.payload() == PAYLOADS[4]


def test_known_answer_with_profiles() -> None:
    kept = open_profile(Path(__file__).parent / "vectors/ondersteuner-1.profile", PROFILE_PASSPHRASE)
    with open_card(KNOWN, profile=kept, writable=False) as card:
        assert card.payload(3) == PAYLOADS[2]
    removed = open_profile(Path(__file__).parent / "vectors/ondersteuner-2.profile", PROFILE_PASSPHRASE)
    with pytest.raises(store.NotARecipient):
        open_card(KNOWN, profile=removed, writable=False)


def test_vectors_regenerate_byte_for_byte(tmp_path: Path) -> None:
    """The generator is deterministic: a byte difference means the format changed."""
    vectors = Path(__file__).parent / "vectors"
    generate(tmp_path / "v")
    fresh = sorted(p.relative_to(tmp_path / "v") for p in (tmp_path / "v").rglob("*") if p.is_file())
    committed = sorted(p.relative_to(vectors) for p in vectors.rglob("*")
                       if p.is_file() and "format1" not in p.parts)
    assert fresh == committed
    for relative in committed:
        assert (tmp_path / "v" / relative).read_bytes() == (vectors / relative).read_bytes(), relative


@pytest.mark.parametrize("name", sorted(NEGATIVE))
def test_negative_vector_gives_its_error(name: str, tmp_path: Path) -> None:
    expected = getattr(store, NEGATIVE[name]["error"])
    path = tmp_path / name
    shutil.copyfile(FORMAT2 / "negative" / name, path)
    with pytest.raises(StoreError) as caught:
        open_card(path, passphrase=KNOWN_PASSPHRASE)
    assert type(caught.value) is expected, caught.value.detail
    assert caught.value.message("nl") and caught.value.message("en")
    assert not store.lock_path(path).exists()


def _commit_ends(data: bytes) -> list[int]:
    from crisiskaart.store import format2

    parsed = format2.parse(data)
    return [offset + len(commit.encode()) for offset, commit in parsed.commits]


def test_truncation_opens_an_earlier_commit_with_a_notice_or_nothing(tmp_path: Path) -> None:
    """A save cut off at any byte: the file opens as of the commit before it, and says so."""
    data = KNOWN.read_bytes()
    ends = _commit_ends(data)
    path = tmp_path / "cut.crisiskaart"
    for length in range(len(data)):
        path.write_bytes(data[:length])
        committed = [end for end in ends if end <= length]
        if not committed:
            with pytest.raises(store.CorruptFile):
                open_card(path, passphrase=KNOWN_PASSPHRASE, writable=False)
            continue
        with open_card(path, passphrase=KNOWN_PASSPHRASE, writable=False) as card:
            assert [n.key for n in card.notices] == ([] if length in ends else ["interrupted_save"])
            assert card.payload(4) == (PAYLOADS[4] if len(committed) == 2 else PAYLOADS[3])


def test_every_single_bit_flip_is_refused_or_only_rolls_back_with_a_notice(tmp_path: Path) -> None:
    """A flip never opens unnoticed: it is refused, or (in the last commit's length) reads as a
    cut-off save, which opens the commit before it and says so."""
    data = KNOWN.read_bytes()
    path = tmp_path / "flip.crisiskaart"
    limits = KdfLimits(max_memory_kib=1024, max_iterations=4, max_lanes=4, max_work_kib=4096)
    for offset in range(len(data)):
        for bit in (offset % 8,):  # one bit per byte, every bit position across the file
            path.write_bytes(data[:offset] + bytes([data[offset] ^ (1 << bit)]) + data[offset + 1 :])
            try:
                card = open_card(path, passphrase=KNOWN_PASSPHRASE, writable=False, limits=limits)
            except StoreError as error:
                assert isinstance(
                    error, store.CorruptFile | store.WrongPassphrase | store.UnsupportedVersion
                ), (offset, bit)
                continue
            with card:
                assert [n.key for n in card.notices] == ["interrupted_save"], (offset, bit)
                assert card.payload() == PAYLOADS[3], (offset, bit)
