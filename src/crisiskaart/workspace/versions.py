"""The plan-aware side of a card's history: sign, activate, withdraw, edit, restore, hand over.

``store.lifecycle`` knows statuses and bytes; this module knows that the payload is a
``CrisisPlan`` and which parts of it are the ondersteuner's bookkeeping (``case_records``) rather
than the signed content.
"""

from __future__ import annotations

import datetime as dt

from crisiskaart.cards import encode_plan, plan_summary
from crisiskaart.model import CrisisPlan, load_plan_json
from crisiskaart.model.validity import default_valid_until
from crisiskaart.model.workspace_records import CaseRecords, DistributionEntry, HandoverRecord
from crisiskaart.store import (
    CardFile,
    DuplicateOndersteuner,
    OndersteunerProfile,
    Recipient,
    Status,
    VersionInfo,
    fingerprint,
)
from crisiskaart.store.lifecycle import (
    SEALED,
    TransitionRefused,
    record_register,
    restore,
    revisions,
    save_draft,
    set_status,
)


def load_plan(card: CardFile, number: int | None = None) -> CrisisPlan:
    """The plan of version ``number`` (default: the latest)."""
    return load_plan_json(card.payload(number))


def same_plan_content(old: bytes, new: bytes) -> bool:
    """True when two payloads differ at most in ``case_records`` (distribution list, handovers)."""
    if old == new:
        return True
    first, second = load_plan_json(old), load_plan_json(new)
    return first.model_copy(update={"case_records": None}) == second.model_copy(
        update={"case_records": None})


def edit(card: CardFile, plan: CrisisPlan, note: str | None = None) -> VersionInfo:
    """Save edited content: amends a concept, or starts a new concept after a signed version."""
    return save_draft(card, encode_plan(plan), summary=plan_summary(plan), note=note)


def earlier_signing_dates(card: CardFile) -> tuple[set[dt.date], set[dt.date]]:
    """*Ondertekend op* and *geldig tot* of the revisions signed before the latest one.

    A new concept starts as a copy of the signed plan, dates included; a date found here was not
    set for this revision, so signing it must not reuse it.
    """
    starts = revisions(card.versions)
    signed: set[dt.date] = set()
    valid: set[dt.date] = set()
    seen: set[int] = set()
    for info, start in zip(card.versions, starts, strict=True):
        if start == starts[-1]:
            break
        if info.status in SEALED and start not in seen:  # one payload per revision: they are equal
            seen.add(start)
            management = load_plan(card, info.number).management
            signed.update(d for d in (management.signed_on,) if d is not None)
            valid.update(d for d in (management.valid_until,) if d is not None)
    return signed, valid


def sign(card: CardFile, today: dt.date, note: str = "") -> VersionInfo:
    """Seal the latest concept as ondertekend with *ondertekend op* = ``today``, the day of signing.

    A date the person or ondersteuner typed for this revision is kept; an empty one, or one still
    carried over from an earlier signed revision, becomes ``today``. *Geldig tot* likewise: kept
    when set for this revision, else 12 months after the signing date.
    """
    latest = card.latest
    if latest.status is not Status.CONCEPT:
        raise TransitionRefused("not a concept", kind="transition", number=latest.number,
                                current=latest.status.value, target=Status.ONDERTEKEND.value)
    plan = load_plan(card)
    management = plan.management
    old_signed, old_valid = earlier_signing_dates(card)
    signed_on = management.signed_on
    if signed_on is None or signed_on in old_signed:
        signed_on = today
    valid_until = management.valid_until
    if valid_until is None or valid_until in old_valid:
        valid_until = default_valid_until(signed_on)
    if (signed_on, valid_until) != (management.signed_on, management.valid_until):
        plan.management = management.model_copy(update={"signed_on": signed_on, "valid_until": valid_until})
        card.amend_concept(encode_plan(plan), summary=plan_summary(plan))
    return set_status(card, Status.ONDERTEKEND, note=note)


def activate(card: CardFile, note: str = "") -> VersionInfo:
    return set_status(card, Status.ACTIEF, note=note)


def withdraw(card: CardFile, note: str = "") -> VersionInfo:
    return set_status(card, Status.INGETROKKEN, note=note)


def restore_version(card: CardFile, number: int, note: str = "") -> VersionInfo:
    """Version ``number``'s content becomes the newest version, as a concept."""
    plan = load_plan(card, number)
    return restore(card, number, summary=plan_summary(plan), note=note)


def _records(plan: CrisisPlan) -> CaseRecords:
    return plan.case_records.model_copy(deep=True) if plan.case_records else CaseRecords()


def record_delivery(card: CardFile, entry: DistributionEntry, note: str = "") -> VersionInfo:
    """Add a line to the distribution list without touching the signed content."""
    plan = load_plan(card)
    records = _records(plan)
    records.distribution = [*records.distribution, entry]
    plan.case_records = records
    return record_register(card, encode_plan(plan), summary=plan_summary(plan),
                           same_content=same_plan_content, note=note)


def hand_over(
    card: CardFile, profile: OndersteunerProfile, successor: Recipient, *,
    consent_on: dt.date, consent_note: str, today: dt.date, note: str = "",
) -> HandoverRecord:
    """Transfer the client to ``successor``: consent in the history, their slot added, ours removed.

    The handover record is written first, then the slots change in one atomic save, so a failure
    half-way leaves the card reachable by us, never by nobody.
    """
    if successor.public_key == profile.public_key:
        raise DuplicateOndersteuner(successor.name, name=successor.name)
    if any(r.public_key == successor.public_key for r in card.ondersteuners()):
        raise DuplicateOndersteuner(successor.name, name=successor.name)
    record = HandoverRecord(
        from_ondersteuner=profile.name, from_organisation=profile.organisation,
        to_ondersteuner=successor.name, to_organisation=successor.organisation,
        to_fingerprint=fingerprint(successor.public_key), client_consent_on=consent_on,
        consent_note=consent_note, handed_over_on=today,
    )
    plan = load_plan(card)
    records = _records(plan)
    records.handovers = [*records.handovers, record]
    plan.case_records = records
    record_register(card, encode_plan(plan), summary=plan_summary(plan), same_content=same_plan_content,
                    note=note or f"overdracht aan {successor.name}; toestemming cliënt {consent_on}")
    # One save: the successor's slot in, ours out, and a new file key, so the copy we keep opens
    # nothing written after the handover. The consent is recorded with the access change.
    card.hand_over(successor, consent=f"toestemming cliënt {consent_on.isoformat()}: {consent_note}")
    return record
