"""Format-1 vectors (frozen, see vectors/format1/README.md): every program must still read them."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from make_vectors import KNOWN_PASSPHRASE, PROFILE_PASSPHRASE

import crisiskaart.store as store
from crisiskaart.store import (
    Author,
    KdfLimits,
    Role,
    Status,
    StoreError,
    open_card,
    open_profile,
    read_index,
)

_KNOWN_CARD_ID = "9b421bcd4ad0c649460249ff2511a762"
FORMAT1 = Path(__file__).parent / "vectors" / "format1"
NEGATIVE = json.loads((FORMAT1 / "negative/expected.json").read_text("utf-8"))
PAYLOADS = (
    b'{"kaart":"fictief voorbeeld","versie":1,"marker":"KAT-PLAINTEXT-V1"}',
    b'{"kaart":"fictief voorbeeld","versie":2,"marker":"KAT-PLAINTEXT-V2"}',
    '{"kaart":"fictief voorbeeld","versie":3,"naam":"Ayşe","marker":"KAT-PLAINTEXT-V3"}'.encode(),
)


def test_known_answer_file_opens_with_exact_fields(vectors: Path) -> None:
    with open_card(FORMAT1 / "known.crisiskaart", passphrase=KNOWN_PASSPHRASE, writable=False) as card:
        assert [v.number for v in card.versions] == [1, 2, 3]
        assert [v.status for v in card.versions] == [
            Status.CONCEPT,
            Status.ONDERTEKEND,
            Status.ACTIEF,
        ]
        assert [v.note for v in card.versions] == ["Eerste opzet", "Getekend", "Jaarlijkse herziening"]
        assert [v.time for v in card.versions] == [
            datetime(2024, 3, 1, 10, tzinfo=UTC),
            datetime(2024, 3, 1, 11, tzinfo=UTC),
            datetime(2024, 3, 3, 14, tzinfo=UTC),
        ]
        assert [v.author for v in card.versions] == [
            Author(Role.CLIENT, "Sanne de Vries (fictief)"),
            Author(Role.CLIENT, "Sanne de Vries (fictief)"),
            Author(Role.ONDERSTEUNER, "Ayşe Yılmaz"),
        ]
        assert [card.payload(n) for n in (1, 2, 3)] == list(PAYLOADS)
        assert [(r.name, r.organisation) for r in card.ondersteuners()] == [
            ("Ayşe Yılmaz", "Cliëntenbelang Amsterdam (fictief)"),
            ("Piet Jansen", "FACT-team Noord (fictief)"),
        ]
        index = card.index
    assert index.display_name == "Sanne de Vries (fictief)"
    assert index.status is Status.ACTIEF
    assert (index.signed_on, index.valid_until, index.drawn_up_on) == (
        date(2024, 3, 1),
        date(2025, 3, 1),
        date(2024, 2, 14),
    )
    assert index.version_count == 3
    assert index.last_change == datetime(2024, 3, 3, 14, tzinfo=UTC)
    assert read_index(FORMAT1 / "known.crisiskaart", passphrase=KNOWN_PASSPHRASE) == index


def test_known_card_id_is_pinned(vectors: Path) -> None:
    with open_card(FORMAT1 / "known.crisiskaart", passphrase=KNOWN_PASSPHRASE, writable=False) as card:
        assert card.card_id == _KNOWN_CARD_ID


@pytest.mark.parametrize("number", [1, 2])
def test_known_file_opens_with_each_ondersteuner_profile(vectors: Path, number: int) -> None:
    profile = open_profile(vectors / f"ondersteuner-{number}.profile", PROFILE_PASSPHRASE)
    with open_card(FORMAT1 / "known.crisiskaart", profile=profile, writable=False) as card:
        assert card.opened_by.role is Role.ONDERSTEUNER
        assert card.payload() == PAYLOADS[2]


def test_wrong_passphrase_on_known_file(vectors: Path) -> None:
    with pytest.raises(store.WrongPassphrase):
        open_card(FORMAT1 / "known.crisiskaart", passphrase="Correct horse battery staple")
    with pytest.raises(store.WrongPassphrase):
        open_profile(vectors / "ondersteuner-1.profile", KNOWN_PASSPHRASE)


@pytest.mark.parametrize("name", sorted(NEGATIVE))
def test_negative_vector_gives_its_error(vectors: Path, name: str, tmp_path: Path) -> None:
    expected = getattr(store, NEGATIVE[name]["error"])
    path = tmp_path / name
    shutil.copyfile(FORMAT1 / "negative" / name, path)
    with pytest.raises(StoreError) as caught:
        open_card(path, passphrase=KNOWN_PASSPHRASE)
    assert type(caught.value) is expected, caught.value.detail
    assert caught.value.message("nl") and caught.value.message("en")
    assert not store.lock_path(path).exists()  # a failed open gives the lock back


def test_truncation_at_every_offset_is_detected(vectors: Path, tmp_path: Path) -> None:
    data = (FORMAT1 / "known.crisiskaart").read_bytes()
    path = tmp_path / "cut.crisiskaart"
    for length in range(len(data)):
        path.write_bytes(data[:length])
        with pytest.raises(store.CorruptFile):
            open_card(path, passphrase=KNOWN_PASSPHRASE, writable=False)


def test_every_single_bit_flip_is_detected(vectors: Path, tmp_path: Path) -> None:
    """No flipped bit anywhere opens; tight KDF caps keep flipped cost fields cheap to refuse."""
    data = (FORMAT1 / "known.crisiskaart").read_bytes()
    path = tmp_path / "flip.crisiskaart"
    limits = KdfLimits(max_memory_kib=1024, max_iterations=4, max_lanes=4, max_work_kib=4096)
    for offset in range(len(data)):
        for bit in (0, 5):
            path.write_bytes(data[:offset] + bytes([data[offset] ^ (1 << bit)]) + data[offset + 1 :])
            with pytest.raises(StoreError) as caught:
                open_card(path, passphrase=KNOWN_PASSPHRASE, writable=False, limits=limits)
            assert isinstance(
                caught.value,
                store.CorruptFile | store.WrongPassphrase | store.UnsupportedVersion,
            ), (offset, bit)
