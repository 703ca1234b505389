"""Autosave amends the latest concept in place; signed versions stay immutable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from store_support import PASSPHRASE, SUMMARY

from crisiskaart.store import CardFile, NotAConcept, Status, open_card


def test_amend_replaces_the_latest_concept_and_survives_reopening(
    new_card: Callable[..., CardFile], tmp_path: Path
) -> None:
    card = new_card(b"v1")
    card.save_version(b"v2 draft", summary=SUMMARY, note="sessie")
    card.amend_concept(b"v2 final", summary=SUMMARY)
    assert [v.number for v in card.versions] == [1, 2]
    card.close()
    with open_card(tmp_path / "kaart.crisiskaart", passphrase=PASSPHRASE) as reopened:
        assert reopened.payload(1) == b"v1"
        assert reopened.payload(2) == b"v2 final"
        assert reopened.latest.note == "sessie"
        assert reopened.latest.status is Status.CONCEPT


def test_amending_the_first_and_only_version(new_card: Callable[..., CardFile], tmp_path: Path) -> None:
    card = new_card(b"v1")
    card.amend_concept(b"v1 amended", summary=SUMMARY)
    card.close()
    with open_card(tmp_path / "kaart.crisiskaart", passphrase=PASSPHRASE) as reopened:
        assert [v.number for v in reopened.versions] == [1]
        assert reopened.payload() == b"v1 amended"


def test_a_signed_version_cannot_be_amended(new_card: Callable[..., CardFile], tmp_path: Path) -> None:
    card = new_card(b"v1")
    card.save_version(b"signed", summary=SUMMARY, status=Status.ONDERTEKEND)
    before = (tmp_path / "kaart.crisiskaart").read_bytes()
    with pytest.raises(NotAConcept) as raised:
        card.amend_concept(b"changed", summary=SUMMARY)
    assert "versie 2" in raised.value.message("nl")
    assert (tmp_path / "kaart.crisiskaart").read_bytes() == before
    card.close()
