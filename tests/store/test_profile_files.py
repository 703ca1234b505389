"""Choosing the wrong file as an ondersteuner profile says which file it is and what to choose,
never that a card is damaged: a ``.pub`` key, a card, a text, an empty or cut-off profile, a
damaged sealed key. Real profiles and a real card, written and read back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from store_support import PASSPHRASE

from crisiskaart.store import TEST_KDF, CardFile, create_profile, open_profile
from crisiskaart.store.errors import (
    CardNotProfile,
    CorruptFile,
    ProfileNewerVersion,
    ProfileUnreadable,
    ProfileWrongPassphrase,
    PublicKeyNotProfile,
    UnsupportedVersion,
    WrongPassphrase,
)

SECRET = "ondersteuner wachtwoord"


@pytest.fixture
def profile_path(tmp_path: Path) -> Path:
    path = tmp_path / "sam.profile"
    create_profile(path, SECRET, "Sam de Vries", "Cliëntenbelang", kdf=TEST_KDF)
    return path


def _damaged(path: Path, index: int) -> Path:
    data = bytearray(path.read_bytes())
    data[index] ^= 0x01
    out = path.with_name("kapot.profile")
    out.write_bytes(bytes(data))
    return out


def test_the_public_key_beside_the_profile_says_to_choose_the_other_file(profile_path: Path) -> None:
    with pytest.raises(PublicKeyNotProfile) as chosen:
        open_profile(profile_path.with_name("sam.profile.pub"), SECRET)
    assert chosen.value.message("nl") == (
        "dit is de openbare sleutel van een profiel (het .pub-bestand), niet het profiel zelf; kies het "
        "bestand met dezelfde naam zonder .pub")
    assert "without .pub" in chosen.value.message("en")
    assert isinstance(chosen.value, CorruptFile)  # the CLI's exit code 3, as before


def test_a_card_is_named_as_a_card(tmp_path: Path, new_card: Callable[..., CardFile]) -> None:
    new_card().close()
    with pytest.raises(CardNotProfile) as chosen:
        open_profile(tmp_path / "kaart.crisiskaart", PASSPHRASE)
    said = chosen.value.message("nl")
    assert said == "dit is een kaartbestand, geen ondersteunersprofiel; kies je profielbestand"


@pytest.mark.parametrize("content", [b"", b"hallo, dit is tekst\n", b"{\"format\": \"iets anders\"}",
                                     b"\x89CKPROF\n\x00"])
def test_anything_else_is_no_profile_and_not_called_a_card(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "iets.profile"
    path.write_bytes(content)
    with pytest.raises(ProfileUnreadable) as chosen:
        open_profile(path, SECRET)
    said = chosen.value.message("nl")
    assert said.startswith("dit bestand is geen ondersteunersprofiel, of het profiel is beschadigd")
    assert "kaart" not in said


def test_a_cut_off_profile_and_a_damaged_key(profile_path: Path) -> None:
    data = profile_path.read_bytes()
    half = profile_path.with_name("half.profile")
    half.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProfileUnreadable):
        open_profile(half, SECRET)
    with pytest.raises(ProfileWrongPassphrase) as refused:  # the sealed key: damage looks like a wrong word
        open_profile(_damaged(profile_path, len(data) - 5), SECRET)
    assert isinstance(refused.value, WrongPassphrase)  # exit code 2, as every wrong passphrase
    said = refused.value.message("nl")
    assert said == "het wachtwoord van dit profiel klopt niet (of het profiel is beschadigd)"
    with pytest.raises(ProfileWrongPassphrase):
        open_profile(profile_path, "niet het goede")
    assert open_profile(profile_path, SECRET).name == "Sam de Vries"  # the right file still opens


def test_a_profile_of_a_newer_format_says_it_is_a_profile(profile_path: Path) -> None:
    data = bytearray(profile_path.read_bytes())
    data[8:10] = (2).to_bytes(2, "big")  # the format version after the magic bytes
    newer = profile_path.with_name("nieuw.profile")
    newer.write_bytes(bytes(data))
    with pytest.raises(ProfileNewerVersion) as chosen:
        open_profile(newer, SECRET)
    said = chosen.value.message("nl")
    assert said == ("dit ondersteunersprofiel is gemaakt met een nieuwere versie van het programma "
                    "(formaatversie 2); werk het programma bij")
    assert "kaart" not in said and "profile" in chosen.value.message("en")
    assert isinstance(chosen.value, UnsupportedVersion)  # the CLI's exit code, as before
