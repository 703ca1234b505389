"""The client owns the card: key rotation, who may do what, the recovery code, format-1 upgrade."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from store_support import PASSPHRASE, SUMMARY

import crisiskaart.store as store
from crisiskaart.store import (
    TEST_KDF,
    AccessAction,
    CardFile,
    Role,
    create_profile,
    format2,
    keys,
    open_card,
    open_profile,
)
from crisiskaart.store.card import _open_record, header_key, payload_key
from crisiskaart.store.history import open_index
from crisiskaart.store.keyring import open_keyring
from crisiskaart.store.slots_v2 import ClientSlot, LegacySlot, OndersteunerSlot

VECTORS = Path(__file__).parent / "vectors"
FORMAT1_PASSPHRASE = "correct horse battery staple"
PROFILE_PASSPHRASE = "ondersteuner wachtwoord ß"


@pytest.fixture
def profiles(tmp_path: Path) -> tuple[store.OndersteunerProfile, store.OndersteunerProfile]:
    folder = tmp_path / "profielen"
    folder.mkdir()
    return (
        create_profile(folder / "a.profile", "geheim a", "Ayşe", "Cliëntenbelang", kdf=TEST_KDF),
        create_profile(folder / "b.profile", "geheim b", "Piet", "FACT Noord", kdf=TEST_KDF),
    )


def _key_from_old_copy(data: bytes, profile: store.OndersteunerProfile) -> bytes:
    """What a removed ondersteuner can still get: the file key of a copy they kept."""
    for slot in format2.parse(data).header.slots:
        if isinstance(slot, OndersteunerSlot):
            key = slot.unwrap(profile.private_key)
            if key is not None:
                return key
    raise AssertionError("no slot")


def _opens_nothing_written_after(old_key: bytes, data: bytes, before: int) -> None:
    """``old_key`` fails on the header, the keyring, every commit and every version after ``before``."""
    parsed = format2.parse(data)
    header = parsed.header
    assert not keys.mac_ok(header_key(old_key), parsed.header_bytes, parsed.header_mac)
    with pytest.raises(store.Tampered):
        open_keyring(old_key, header.card_id, header.generation, parsed.keyring)
    for _, record in parsed.records.values():
        if record.number > before:
            with pytest.raises(store.Tampered):
                _open_record(header.card_id, lambda _generation: old_key, record)
    for _, commit in parsed.commits:
        with pytest.raises(store.Tampered):
            open_index(payload_key(old_key), header.card_id, commit.count, commit.head, commit.index_record,
                       keys.LABEL_V2)


def test_removing_an_ondersteuner_changes_the_key_and_an_old_copy_opens_nothing_newer(
    new_card: Callable[..., CardFile], tmp_path: Path, profiles
) -> None:
    ayse, piet = profiles
    with new_card(b"v1") as card:
        card.add_ondersteuner(ayse.recipient)
        card.add_ondersteuner(piet.recipient)
        assert card.generation == 1
    old_copy = (tmp_path / "kaart.crisiskaart").read_bytes()  # e.g. a .bak Ayşe kept
    with open_card(tmp_path / "kaart.crisiskaart", passphrase=PASSPHRASE) as card:
        card.remove_ondersteuner("Ayşe")
        assert card.generation == 2
        card.save_version(b"v2 written after Ayse left", summary=SUMMARY)
    new = (tmp_path / "kaart.crisiskaart").read_bytes()
    old_key = _key_from_old_copy(old_copy, ayse)
    _opens_nothing_written_after(old_key, new, before=1)
    with pytest.raises(store.NotARecipient):
        open_card(tmp_path / "kaart.crisiskaart", profile=ayse)
    with open_card(tmp_path / "kaart.crisiskaart", profile=piet, writable=False) as card:
        assert card.payload() == b"v2 written after Ayse left" and card.payload(1) == b"v1"
        events = card.access().events
    assert events[-1].action is AccessAction.ONDERSTEUNER_REMOVED
    assert events[-1].subject == "Ayşe (Cliëntenbelang)" and events[-1].by.role is Role.CLIENT
    assert events[-1].generation == 2


def test_an_old_passphrase_with_an_old_copy_opens_nothing_written_after_the_change(
    new_card: Callable[..., CardFile], tmp_path: Path
) -> None:
    path = tmp_path / "kaart.crisiskaart"
    new_card(b"v1").close()
    old_copy = path.read_bytes()
    with open_card(path, passphrase=PASSPHRASE) as card:
        card.change_passphrase("een nieuwe lange zin", kdf=TEST_KDF)
        card.save_version(b"v2", summary=SUMMARY)
    client = format2.parse(old_copy).header.slots[0]
    assert isinstance(client, ClientSlot)
    old_key = client.unwrap(client.derive(PASSPHRASE, store.DEFAULT_LIMITS))
    assert old_key is not None
    _opens_nothing_written_after(old_key, path.read_bytes(), before=1)
    with pytest.raises(store.WrongPassphrase):
        open_card(path, passphrase=PASSPHRASE)
    with open_card(path, passphrase="een nieuwe lange zin", writable=False) as card:
        assert [card.payload(1), card.payload(2)] == [b"v1", b"v2"]


def test_a_key_change_deletes_the_backups_unless_kept(tmp_path: Path, new_card, profiles) -> None:
    path = tmp_path / "kaart.crisiskaart"
    new_card(b"v1").close()
    for number in range(2, 4):
        with open_card(path, passphrase=PASSPHRASE) as card:
            card.save_version(b"v%d" % number, summary=SUMMARY)
    with open_card(path, passphrase=PASSPHRASE) as card:
        card.add_ondersteuner(profiles[0].recipient)  # no new key: the backups stay
    backups = sorted(p.name for p in tmp_path.glob("*.bak"))
    assert len(backups) == 3
    with open_card(path, passphrase=PASSPHRASE) as card:
        card.change_passphrase("nog een lange zin erbij", kdf=TEST_KDF, keep_backups=True)
    assert len(list(tmp_path.glob("*.bak"))) == 3
    with open_card(path, passphrase="nog een lange zin erbij") as card:
        card.remove_ondersteuner("Ayşe")
    assert list(tmp_path.glob("*.bak")) == []  # they held the old access


@pytest.mark.parametrize(
    "change",
    [
        lambda card, other: card.change_passphrase("x y z w", kdf=TEST_KDF),
        lambda card, other: card.make_recovery_code(),
        lambda card, other: card.add_ondersteuner(other.recipient),
        lambda card, other: card.remove_ondersteuner("Ayşe"),
    ],
    ids=["passphrase", "recovery code", "add", "remove"],
)
def test_an_ondersteuner_may_not_change_access(tmp_path: Path, new_card, profiles, change) -> None:
    ayse, piet = profiles
    with new_card(b"v1") as card:
        card.add_ondersteuner(ayse.recipient)
    before = (tmp_path / "kaart.crisiskaart").read_bytes()
    with open_card(tmp_path / "kaart.crisiskaart", profile=ayse) as card:
        with pytest.raises(store.NotAllowed) as refused:
            change(card, piet)
        assert refused.value.exit_code == 2
        assert refused.value.message("nl").startswith("alleen de cliënt zelf")
        card.save_version(b"edit by ondersteuner", summary=SUMMARY)  # editing is allowed
    assert (tmp_path / "kaart.crisiskaart").read_bytes() != before


def test_a_handover_needs_consent_changes_the_key_and_is_recorded(tmp_path: Path, new_card, profiles) -> None:
    ayse, piet = profiles
    path = tmp_path / "kaart.crisiskaart"
    with new_card(b"v1") as card:
        card.add_ondersteuner(ayse.recipient)
        with pytest.raises(store.NotAllowed):
            card.hand_over(piet.recipient, consent="mondeling")  # the client does not hand over
    old_key = _key_from_old_copy(path.read_bytes(), ayse)
    with open_card(path, profile=ayse) as card:
        with pytest.raises(store.InvalidRequest):
            card.hand_over(piet.recipient, consent=" ")
        card.hand_over(piet.recipient, consent="toestemming cliënt 2026-11-30: mondeling")
    with pytest.raises(store.NotARecipient):
        open_card(path, profile=ayse)
    with open_card(path, profile=piet) as card:
        card.save_version(b"v2 by Piet", summary=SUMMARY)
        event = card.access_events[-1]
    assert (event.action, event.by.name) == (AccessAction.HANDED_OVER, "Ayşe")
    assert event.subject == "Piet (FACT Noord)"
    assert "mondeling" in event.detail and "overdragen" not in event.describe("nl")
    assert "droeg de kaart over aan Piet (FACT Noord)" in event.describe("nl")
    _opens_nothing_written_after(old_key, path.read_bytes(), before=1)
    with open_card(path, passphrase=PASSPHRASE, writable=False) as card:  # the client still can
        assert card.payload() == b"v2 by Piet"


def test_the_recovery_code_opens_as_the_client_who_then_sets_a_new_passphrase(
    tmp_path: Path, new_card
) -> None:
    path = tmp_path / "kaart.crisiskaart"
    with new_card(b"v1") as card:
        with pytest.raises(store.NoRecoveryCode):
            open_card(path, recovery_code=store.new_recovery_code(), writable=False)
        code = card.make_recovery_code()
    with pytest.raises(store.WrongRecoveryCode):
        open_card(path, recovery_code=store.new_recovery_code(), writable=False)
    with pytest.raises(store.BadRecoveryCode):
        open_card(path, recovery_code="K7QF-3M9X", writable=False)
    with open_card(path, recovery_code=code.text.lower().replace("-", " ")) as card:
        assert card.opened_by.role is Role.CLIENT
        card.change_passphrase("vergeten en nu een nieuwe", kdf=TEST_KDF)
        made = card.access().recovery_made
    assert made is not None
    with open_card(path, passphrase="vergeten en nu een nieuwe", writable=False) as card:
        assert card.payload() == b"v1"
    with open_card(path, recovery_code=code, writable=False) as card:  # the code stays valid
        assert card.access().recovery_code


def test_a_format1_card_opened_by_the_client_is_written_as_format2(tmp_path: Path) -> None:
    path = tmp_path / "oud.crisiskaart"
    shutil.copyfile(VECTORS / "format1/known.crisiskaart", path)
    with open_card(path, passphrase=FORMAT1_PASSPHRASE) as card:
        old = [card.payload(n) for n in (1, 2, 3)]
        card.save_version(b"the first format-2 version", summary=SUMMARY)
    data = path.read_bytes()
    assert data[8:10] == b"\x00\x02"
    assert isinstance(format2.parse(data).header.slots[0], ClientSlot)
    for number in (1, 2):
        profile = open_profile(VECTORS / f"ondersteuner-{number}.profile", PROFILE_PASSPHRASE)
        with open_card(path, profile=profile, writable=False) as card:
            assert [card.payload(n) for n in (1, 2, 3)] == old
            assert card.payload() == b"the first format-2 version"
            assert card.access().events[0].action is AccessAction.FORMAT_UPGRADED


def test_a_format1_card_saved_by_an_ondersteuner_waits_for_the_client_to_be_rekeyed(
    tmp_path: Path, profiles
) -> None:
    path = tmp_path / "oud.crisiskaart"
    shutil.copyfile(VECTORS / "format1/known.crisiskaart", path)
    ayse = open_profile(VECTORS / "ondersteuner-1.profile", PROFILE_PASSPHRASE)
    with open_card(path, profile=ayse) as card:
        card.save_version(b"saved by the ondersteuner", summary=SUMMARY)
        with pytest.raises(store.NeedsClient) as refused:
            card.hand_over(profiles[1].recipient, consent="schriftelijk")
        assert "eerst één keer openen" in refused.value.message("nl")
    assert isinstance(format2.parse(path.read_bytes()).header.slots[0], LegacySlot)
    with open_card(path, passphrase=FORMAT1_PASSPHRASE) as card:  # the client opens it once
        assert card.payload() == b"saved by the ondersteuner"
        card.save_version(b"and by the client", summary=SUMMARY)
    assert isinstance(format2.parse(path.read_bytes()).header.slots[0], ClientSlot)
    with open_card(path, profile=ayse) as card:
        card.hand_over(profiles[1].recipient, consent="schriftelijk, 1 december")
    with open_card(path, profile=profiles[1], writable=False) as card:
        assert card.payload() == b"and by the client"
