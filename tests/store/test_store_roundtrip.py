"""Round trips through the store: versions, index, slots, passphrase change; hypothesis included."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_support import PASSPHRASE, SUMMARY

import crisiskaart.store as store
from crisiskaart.store import (
    TEST_KDF,
    CardFile,
    CardSummary,
    Role,
    Status,
    create_profile,
    default_file_name,
    open_card,
    open_profile,
    public_key_path,
    read_index,
    read_public_key,
)


def test_round_trip_versions_and_index(new_card: Callable[..., CardFile], tmp_path: Path) -> None:
    summary = CardSummary("Jan", date(2024, 1, 2), date(2025, 1, 2), date(2023, 12, 1))
    with new_card(b"one", summary=summary) as card:
        card.save_version(b"two", summary=summary, status=Status.ONDERTEKEND, note="getekend")
        card.save_version(b"three", summary=summary, status=Status.ACTIEF)
    with open_card(tmp_path / "kaart.crisiskaart", passphrase=PASSPHRASE) as card:
        assert [card.payload(n) for n in (1, 2, 3)] == [b"one", b"two", b"three"]
        assert card.payload() == b"three"
        assert card.versions[1].note == "getekend"
        assert card.latest.status is Status.ACTIEF
        assert card.latest.author.role is Role.CLIENT and card.latest.author.name == "Jan"
        with pytest.raises(store.InvalidRequest):
            card.payload(4)
    index = read_index(tmp_path / "kaart.crisiskaart", passphrase=PASSPHRASE)
    assert index.summary == summary and index.version_count == 3 and index.status is Status.ACTIEF


def test_create_refuses_to_overwrite(new_card: Callable[..., CardFile], tmp_path: Path) -> None:
    (tmp_path / "kaart.crisiskaart").write_bytes(b"iets anders")
    with pytest.raises(store.CardExists):
        new_card()
    assert (tmp_path / "kaart.crisiskaart").read_bytes() == b"iets anders"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kaart.crisiskaart"]


def test_empty_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(store.EmptyPassphrase):
        store.create_card(tmp_path / "k.crisiskaart", "", b"x", summary=SUMMARY, kdf=TEST_KDF)


def test_change_passphrase(new_card: Callable[..., CardFile], tmp_path: Path) -> None:
    path = tmp_path / "kaart.crisiskaart"
    with new_card() as card:
        card.change_passphrase("nieuw", kdf=TEST_KDF)
    with pytest.raises(store.WrongPassphrase):
        open_card(path, passphrase=PASSPHRASE)
    with open_card(path, passphrase="nieuw") as card:
        assert card.payload() == b"payload-1"


def test_ondersteuner_add_open_save_remove(new_card: Callable[..., CardFile], tmp_path: Path) -> None:
    path = tmp_path / "kaart.crisiskaart"
    create_profile(tmp_path / "o.profile", "geheim", "Ondersteuner A", "Org", kdf=TEST_KDF)
    recipient = read_public_key(public_key_path(tmp_path / "o.profile"))
    with new_card() as card:
        card.add_ondersteuner(recipient)
        with pytest.raises(store.DuplicateOndersteuner):
            card.add_ondersteuner(recipient)
    profile = open_profile(tmp_path / "o.profile", "geheim")
    with open_card(path, profile=profile) as card:
        info = card.save_version(b"door ondersteuner", summary=SUMMARY, note="herzien")
        assert info.author.role is Role.ONDERSTEUNER and info.author.name == "Ondersteuner A"
    assert read_index(path, profile=profile).last_author.name == "Ondersteuner A"
    with open_card(path, passphrase=PASSPHRASE) as card:
        with pytest.raises(store.UnknownOndersteuner):
            card.remove_ondersteuner("Niemand")
        assert card.remove_ondersteuner("Ondersteuner A").public_key == recipient.public_key
        assert card.ondersteuners() == []
        assert card.payload() == b"door ondersteuner"
    with pytest.raises(store.NotARecipient):
        open_card(path, profile=profile)


def test_read_only_open_cannot_save(new_card: Callable[..., CardFile], tmp_path: Path) -> None:
    new_card().close()
    card = open_card(tmp_path / "kaart.crisiskaart", passphrase=PASSPHRASE, writable=False)
    with pytest.raises(store.OpenedReadOnly):
        card.save_version(b"x", summary=SUMMARY)


def test_backups_rotate_and_open(new_card: Callable[..., CardFile], tmp_path: Path) -> None:
    """The first save of each session keeps the card as it was opened; later saves append."""
    path = tmp_path / "kaart.crisiskaart"
    new_card(b"v1").close()
    for n in range(2, 6):
        with open_card(path, passphrase=PASSPHRASE, backups=2) as card:
            card.save_version(f"v{n}".encode(), summary=SUMMARY)
            card.save_version(f"v{n}".encode() + b" later", summary=SUMMARY)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kaart.crisiskaart",
        "kaart.crisiskaart.1.bak",
        "kaart.crisiskaart.2.bak",
    ]
    for number, expected in ((1, b"v4 later"), (2, b"v3 later")):
        with open_card(store.backup_path(path, number), passphrase=PASSPHRASE, writable=False) as c:
            assert c.payload() == expected


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(store.CardNotFound):
        open_card(tmp_path / "nee.crisiskaart", passphrase="x", writable=False)


def test_default_file_name_has_no_client_data() -> None:
    name = default_file_name()
    assert name.startswith("kaart-") and name.endswith(".crisiskaart")
    assert default_file_name() != name


def test_error_messages_in_both_languages() -> None:
    for error in (
        store.WrongPassphrase(),
        store.Tampered(),
        store.CorruptFile(),
        store.UnsupportedVersion(version=7),
        store.CardLocked(pid=1, host="h", since="t"),
        store.DiskFull(),
        store.PermissionDenied(),
        store.ReadOnly(),
    ):
        dutch, english = error.message("nl"), error.message("en")
        assert dutch and english and dutch != english and "\n" not in dutch
    assert store.CardLocked().exit_code == 4 and store.Tampered().exit_code == 3
    assert store.WrongPassphrase().exit_code == 2 and store.UnsupportedVersion().exit_code == 3


text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    payloads=st.lists(st.binary(max_size=2000), min_size=1, max_size=5),
    statuses=st.lists(st.sampled_from(list(Status)), min_size=5, max_size=5),
    name=text,
    note=text,
    passphrase=st.text(min_size=1, max_size=30).filter(lambda s: "\x00" not in s),
)
def test_hypothesis_round_trip(
    tmp_path_factory: pytest.TempPathFactory,
    payloads: list[bytes],
    statuses: list[Status],
    name: str,
    note: str,
    passphrase: str,
) -> None:
    path = tmp_path_factory.mktemp("h") / "k.crisiskaart"
    summary = CardSummary(name)
    with store.create_card(
        path, passphrase, payloads[0], summary=summary, status=statuses[0], note=note, kdf=TEST_KDF
    ) as card:
        for payload, status in zip(payloads[1:], statuses[1:], strict=False):
            card.save_version(payload, summary=summary, status=status, note=note)
    with open_card(path, passphrase=passphrase, writable=False) as card:
        assert [card.payload(n) for n in range(1, len(payloads) + 1)] == payloads
        assert [v.status for v in card.versions] == statuses[: len(payloads)]
        assert all(v.note == note and v.author.name == name for v in card.versions)
        assert card.index.display_name == name
