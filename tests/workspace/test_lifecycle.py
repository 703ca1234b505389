"""Store-level history rules, without Qt: immutability of sealed versions and the status transitions."""

from __future__ import annotations

import pytest

from crisiskaart.store import CardSummary, NotAConcept, Status, open_card
from crisiskaart.store.lifecycle import (
    TransitionRefused,
    can_transition,
    check_history,
    current_active,
    effective_statuses,
    no_longer_counts,
    record_register,
    restore,
    revisions,
    save_draft,
    set_status,
)

from .conftest import PASSPHRASE

SUMMARY = CardSummary("Noor Bakker")


def test_concept_signed_active_then_superseded(make_card) -> None:
    with make_card() as card:
        save_draft(card, b"v1 edited", summary=SUMMARY)  # amends the concept
        assert [v.number for v in card.versions] == [1]
        set_status(card, Status.ONDERTEKEND)
        set_status(card, Status.ACTIEF)
        assert [card.payload(n) for n in (1, 2, 3)] == [b"v1 edited"] * 3
        assert current_active(card.versions).number == 3
        save_draft(card, b"v2", summary=SUMMARY)  # editing a signed version starts a new concept
        assert card.latest.number == 4 and card.latest.status is Status.CONCEPT
        assert card.payload(3) == b"v1 edited"
        assert current_active(card.versions).number == 3  # the draft is not in force yet
        set_status(card, Status.ONDERTEKEND)
        set_status(card, Status.ACTIEF)
        versions = card.versions
    assert revisions(versions) == [1, 1, 1, 4, 4, 4]
    assert effective_statuses(versions) == [
        Status.CONCEPT, Status.VERVANGEN, Status.VERVANGEN, Status.CONCEPT, Status.ONDERTEKEND,
        Status.ACTIEF,
    ]
    assert current_active(versions).number == 6


def test_sealed_versions_are_immutable(make_card) -> None:
    with make_card() as card:
        set_status(card, Status.ONDERTEKEND)
        with pytest.raises(NotAConcept):
            card.amend_concept(b"changed", summary=SUMMARY)
        with pytest.raises(TransitionRefused) as refused:
            record_register(card, b"changed", summary=SUMMARY, same_content=bytes.__eq__)
        assert "kan niet meer veranderen" in refused.value.message("nl")
        assert card.payload() == card.payload(1) and len(card.versions) == 2
    with open_card(card.path, passphrase=PASSPHRASE, writable=False) as again:
        assert check_history(again.versions, again.payload) == []


@pytest.mark.parametrize(
    ("steps", "target"),
    [
        ((), Status.ACTIEF),  # a concept must be signed first
        ((), Status.INGETROKKEN),
        ((Status.ONDERTEKEND, Status.ACTIEF), Status.ONDERTEKEND),
        ((Status.ONDERTEKEND, Status.INGETROKKEN), Status.ACTIEF),
        ((), Status.VERVANGEN),  # never written: it follows from the history
        ((), Status.CONCEPT),  # set_status is not how drafts are saved
    ],
)
def test_refused_transitions(make_card, steps, target) -> None:
    with make_card() as card:
        for step in steps:
            set_status(card, step)
        count = len(card.versions)
        with pytest.raises(TransitionRefused) as refused:
            set_status(card, target)
        assert len(card.versions) == count
        assert refused.value.exit_code == 1 and "kan niet direct" in refused.value.message("nl")
        assert "cannot become" in refused.value.message("en")


def test_transition_table() -> None:
    assert can_transition(Status.CONCEPT, Status.ONDERTEKEND)
    assert can_transition(Status.ONDERTEKEND, Status.ACTIEF)
    assert can_transition(Status.ACTIEF, Status.INGETROKKEN)
    assert can_transition(Status.ACTIEF, Status.CONCEPT)
    assert not can_transition(Status.CONCEPT, Status.ACTIEF)
    assert not can_transition(Status.INGETROKKEN, Status.ACTIEF)


def test_restore_makes_a_new_concept(make_card) -> None:
    with make_card() as card:
        first = card.payload(1)
        set_status(card, Status.ONDERTEKEND)
        save_draft(card, b"later", summary=SUMMARY)
        info = restore(card, 1, summary=SUMMARY, note="terug naar versie 1")
        assert info.number == 4 and info.status is Status.CONCEPT
        assert card.payload(4) == first and card.payload(3) == b"later"


def test_register_may_change_on_an_active_version_when_content_is_the_same(make_card) -> None:
    def same_but_tail(old: bytes, new: bytes) -> bool:
        return old.split(b"|")[0] == new.split(b"|")[0]

    with make_card() as card:
        save_draft(card, b"plan|", summary=SUMMARY)
        set_status(card, Status.ONDERTEKEND)
        set_status(card, Status.ACTIEF)
        info = record_register(card, b"plan|Anna kreeg versie 3", summary=SUMMARY,
                               same_content=same_but_tail)
        assert info.status is Status.ACTIEF and info.number == 4
        assert current_active(card.versions).number == 4
        assert check_history(card.versions, card.payload, same_but_tail) == []
        assert [v.number for v in check_history(card.versions, card.payload)] == [4]


def test_withdrawn_card_has_no_active_version(make_card) -> None:
    with make_card() as card:
        set_status(card, Status.ONDERTEKEND)
        set_status(card, Status.ACTIEF)
        set_status(card, Status.INGETROKKEN)
        assert current_active(card.versions) is None
        assert card.index.status is Status.INGETROKKEN


def test_withdrawing_an_unused_revision_keeps_the_active_one(make_card) -> None:
    with make_card() as card:
        set_status(card, Status.ONDERTEKEND)
        set_status(card, Status.ACTIEF)
        save_draft(card, b"nieuw", summary=SUMMARY)
        set_status(card, Status.ONDERTEKEND)
        set_status(card, Status.INGETROKKEN)
        assert current_active(card.versions).number == 3
        assert effective_statuses(card.versions)[2] is Status.ACTIEF


def test_old_files_with_other_steps_are_listed_not_refused(make_card) -> None:
    with make_card(status=Status.ACTIEF) as card:  # the CLI's `new --status actief`
        card.save_version(b"other", summary=SUMMARY, status=Status.ACTIEF)
        problems = check_history(card.versions, card.payload)
    assert [(p.number, p.reason) for p in problems] == [(2, "changed")]


def test_which_versions_may_still_go_round_as_a_card(make_card) -> None:
    """In force, a concept, or signed and newer than the card in force: yes. Replaced or withdrawn: no."""
    with make_card() as card:
        set_status(card, Status.ONDERTEKEND)  # 2
        set_status(card, Status.ACTIEF)  # 3: in force
        save_draft(card, b"nieuw", summary=SUMMARY)  # 4: a concept
        set_status(card, Status.ONDERTEKEND)  # 5: signed, not yet in force
        versions = card.versions
        assert [no_longer_counts(versions, n) for n in range(1, 6)] == [
            None, Status.VERVANGEN, None, None, None]
        set_status(card, Status.ACTIEF)  # 6: the new card in force; the old one is replaced
        versions = card.versions
        assert no_longer_counts(versions, 3) is Status.VERVANGEN
        assert no_longer_counts(versions, 6) is None
        set_status(card, Status.INGETROKKEN)  # 7: the client withdraws the card
        versions = card.versions
        assert [no_longer_counts(versions, n) for n in (5, 6, 7)] == [Status.INGETROKKEN] * 3
        assert no_longer_counts(versions, 3) is Status.INGETROKKEN  # a later withdrawal covers it too
        with pytest.raises(ValueError):
            no_longer_counts(versions, 8)
