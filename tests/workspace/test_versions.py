"""Plan-aware history: signing, distribution list, restoring and handover on real encrypted cards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crisiskaart.model.workspace_records import DistributionEntry
from crisiskaart.store import (
    DuplicateOndersteuner,
    NotARecipient,
    Status,
    open_card,
    read_index,
)
from crisiskaart.store.lifecycle import TransitionRefused, check_history
from crisiskaart.workspace import pending_recipients, scan_caseload
from crisiskaart.workspace.versions import (
    activate,
    edit,
    hand_over,
    load_plan,
    record_delivery,
    restore_version,
    same_plan_content,
    sign,
)

from .conftest import PASSPHRASE

TODAY = dt.date(2026, 3, 1)


def test_sign_fills_dates_and_seals(make_card) -> None:
    with make_card() as card:
        info = sign(card, TODAY)
        plan = load_plan(card)
        assert info.status is Status.ONDERTEKEND and info.number == 2
        assert (plan.management.signed_on, plan.management.valid_until) == (TODAY, dt.date(2027, 3, 1))
        assert card.index.valid_until == dt.date(2027, 3, 1)
        with pytest.raises(TransitionRefused):
            sign(card, TODAY)


def test_a_new_revision_is_signed_on_the_day_it_is_signed(make_card) -> None:
    later = dt.date(2027, 2, 15)
    with make_card() as card:
        sign(card, TODAY)
        activate(card)
        plan = load_plan(card)
        plan.what_helps[0].text = "Praat rustig."
        edit(card, plan)  # the new concept still carries last year's dates
        assert load_plan(card).management.signed_on == TODAY
        sign(card, later)
        management = load_plan(card).management
        assert (management.signed_on, management.valid_until) == (later, dt.date(2028, 2, 15))
        assert card.index.signed_on == later


def test_a_signing_date_typed_for_this_revision_is_kept(make_card) -> None:
    with make_card() as card:
        sign(card, TODAY)
        plan = load_plan(card)
        plan.management.signed_on = dt.date(2027, 1, 31)  # typed on purpose for the new revision
        edit(card, plan)
        sign(card, dt.date(2027, 2, 15))
        management = load_plan(card).management
        assert (management.signed_on, management.valid_until) == (dt.date(2027, 1, 31), dt.date(2028, 1, 31))


def test_distribution_list_names_who_needs_the_new_version(make_card) -> None:
    with make_card() as card:
        sign(card, TODAY)
        first = activate(card)
        record_delivery(card, DistributionEntry(recipient="Anna Bakker", version=first.number,
                                                given_on=TODAY))
        record_delivery(card, DistributionEntry(recipient="Huisarts Jansen", version=first.number,
                                                given_on=TODAY))
        assert card.latest.status is Status.ACTIEF  # bookkeeping keeps the status
        plan = load_plan(card)
        assert pending_recipients(plan, card.versions) == []
        plan.what_helps[0].text = "Praat rustig."
        edit(card, plan)
        sign(card, TODAY)
        second = activate(card)
        pending = pending_recipients(load_plan(card), card.versions)
        assert [e.recipient for e in pending] == ["Anna Bakker", "Huisarts Jansen"]
        record_delivery(card, DistributionEntry(recipient="Anna Bakker", version=second.number))
        pending = pending_recipients(load_plan(card), card.versions)
        assert [e.recipient for e in pending] == ["Huisarts Jansen"]
        assert check_history(card.versions, card.payload, same_plan_content) == []


def test_signed_content_cannot_sneak_in_as_bookkeeping(make_card) -> None:
    with make_card() as card:
        sign(card, TODAY)
        plan = load_plan(card)
        plan.what_helps[0].text = "anders"
        edit(card, plan)  # a new concept, not a change of version 2
        assert card.latest.number == 3 and card.latest.status is Status.CONCEPT
        assert load_plan(card, 2).what_helps[0].text != "anders"


def test_restore_old_version(make_card) -> None:
    with make_card() as card:
        sign(card, TODAY)  # fills the dates in concept 1, then seals it as version 2
        original = load_plan(card)
        changed = load_plan(card)
        changed.personal.preferred_name = "No"
        edit(card, changed)
        info = restore_version(card, 2, note="terug")
        assert info.status is Status.CONCEPT and load_plan(card) == original


def test_handover_moves_access_and_records_consent(make_card, profile, other_profile,
                                                   tmp_path: Path) -> None:
    card = make_card(profile=profile)
    card.close()
    with open_card(card.path, profile=profile) as mine:
        with pytest.raises(DuplicateOndersteuner):
            hand_over(mine, profile, profile.recipient, consent_on=TODAY, consent_note="", today=TODAY)
        record = hand_over(mine, profile, other_profile.recipient, consent_on=TODAY,
                           consent_note="mondeling, in gesprek", today=TODAY)
        assert [r.name for r in mine.ondersteuners()] == ["Kim Jansen"]
    assert record.to_ondersteuner == "Kim Jansen" and record.from_ondersteuner == "Sam de Vries"
    with pytest.raises(NotARecipient):
        read_index(card.path, profile=profile)
    with open_card(card.path, profile=other_profile, writable=False) as theirs:
        plan = load_plan(theirs)
        assert theirs.latest.note.startswith("overdracht aan Kim Jansen")
        assert theirs.latest.author.name == "Sam de Vries"
    assert plan.case_records.handovers[0].consent_note == "mondeling, in gesprek"
    assert plan.case_records.handovers[0].client_consent_on == TODAY
    entries = scan_caseload(card.path.parent, profile)
    assert [e.access.value for e in entries] == ["no_access"]
    with open_card(card.path, passphrase=PASSPHRASE, writable=False) as as_client:
        assert len(as_client.versions) == 2
