"""Other copies of a card beside it, compared without a key: a concept version 1 amended in two places."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from store_support import PASSPHRASE, SUMMARY

from crisiskaart.store import CardFile, open_card
from crisiskaart.store.copies import Relation, committed_history, find_copies, relation

COPY = "kaart (conflict copy).crisiskaart"


def _amend(path: Path, payload: bytes) -> None:
    with open_card(path, passphrase=PASSPHRASE, writable=True, look_for_copies=False) as card:
        assert card.amend_concept(payload, summary=SUMMARY).number == 1


def _history(path: Path) -> list[bytes]:
    found = committed_history(path.read_bytes())
    assert found is not None
    return found[1]


def test_relation_of_histories_that_differ_from_version_1_on_is_a_fork_of_nothing() -> None:
    a, b, c = b"a" * 32, b"b" * 32, b"c" * 32
    assert relation([a], [b]) == (Relation.FORK, 0)
    assert relation([a, c], [b]) == (Relation.FORK, 0)
    assert relation([a, b], [a, c]) == (Relation.FORK, 1)
    assert relation([a], [a, b]) == (Relation.NEWER, 1)
    assert relation([a, b], [a]) == (Relation.OLDER, 1)
    assert relation([a], [a]) == (Relation.SAME, 1)
    assert relation([a], []) == (Relation.UNRELATED, 0)  # no history is no card


def test_both_copies_amended_version_1_a_fork_with_0_versions_in_common(
    new_card: Callable[..., CardFile], tmp_path: Path,
) -> None:
    new_card(b"concept").close()
    card, copy = tmp_path / "kaart.crisiskaart", tmp_path / COPY
    shutil.copyfile(card, copy)
    _amend(card, b"concept van de client")
    _amend(copy, b"concept van de ondersteuner")
    assert _history(card)[0] != _history(copy)[0]
    with open_card(card, passphrase=PASSPHRASE, writable=False) as opened:
        [other] = opened.other_copies
        assert (other.path, other.relation, other.common, other.count) == (copy, Relation.FORK, 0, 1)
        [notice] = opened.notices
        assert notice.key == "fork"
        assert notice.message() == (
            f"er is nog een kopie van deze kaart met eigen wijzigingen: {COPY}; voeg de twee samen "
            "(Kaart › Samenvoegen, of crisiskaart merge)")
        assert notice.message("en") == (
            f"there is another copy of this card with changes of its own: {COPY}; merge the two "
            "(Card › Merge, or crisiskaart merge)")
        card_id = bytes.fromhex(opened.card_id)
    # Seen from the copy, the card is the fork: the same relation both ways.
    [back] = find_copies(copy, card_id, _history(copy))
    assert (back.path, back.relation, back.common) == (card, Relation.FORK, 0)


def test_a_copy_that_went_on_after_amending_is_still_a_fork_of_nothing(
    new_card: Callable[..., CardFile], tmp_path: Path,
) -> None:
    new_card(b"concept").close()
    card, copy = tmp_path / "kaart.crisiskaart", tmp_path / COPY
    shutil.copyfile(card, copy)
    _amend(card, b"concept van de client")
    with open_card(copy, passphrase=PASSPHRASE, writable=True, look_for_copies=False) as other:
        other.amend_concept(b"eigen concept", summary=SUMMARY)
        other.save_version(b"tweede versie", summary=SUMMARY)
    with open_card(card, passphrase=PASSPHRASE, writable=False) as opened:
        assert [(o.relation, o.common, o.count) for o in opened.other_copies] == [(Relation.FORK, 0, 2)]
        keys = [n.key for n in opened.notices]
        assert "fork" in keys and "newer_copy" not in keys  # not simply newer: it lacks our changes


def test_another_card_is_no_copy_and_a_damaged_one_is_not_comparable(
    new_card: Callable[..., CardFile], tmp_path: Path,
) -> None:
    new_card(b"concept").close()
    new_card(b"een andere kaart", name="ander.crisiskaart").close()  # its own card id
    card = tmp_path / "kaart.crisiskaart"
    (tmp_path / COPY).write_bytes(card.read_bytes()[:200])  # the same card id, cut off
    with open_card(card, passphrase=PASSPHRASE, writable=False) as opened:
        [other] = opened.other_copies
        assert (other.path.name, other.relation, other.common) == (COPY, Relation.UNRELATED, 0)
        [notice] = opened.notices
        assert notice.key == "other_copy"
        assert notice.message() == (
            f"er is nog een bestand van deze kaart: {COPY}; het is niet te vergelijken (ouder "
            "bestandsformaat of beschadigd)")
