"""The bridge between the document model and the encrypted store (neither imports the other).

The CLI, the editor and the exports all read and write plans in card files through here, so the
index summary and the payload encoding are decided in one place. Saving a draft (amend the concept,
or start a new one after a signed version) is ``crisiskaart.store.lifecycle.save_draft``.
"""

from __future__ import annotations

from crisiskaart.model import CrisisPlan, PlanInvalid, dump_plan_json, load_plan_json
from crisiskaart.store import CardFile, CardSummary, CorruptFile


def plan_summary(plan: CrisisPlan) -> CardSummary:
    """What the (separately encrypted) index record tells a caseload list without opening versions."""
    return CardSummary(
        display_name=plan.personal.full_name,
        signed_on=plan.management.signed_on,
        valid_until=plan.management.valid_until,
        drawn_up_on=plan.management.drawn_up_on,
    )


def encode_plan(plan: CrisisPlan) -> bytes:
    return dump_plan_json(plan).encode("utf-8")


def read_plan(card: CardFile, number: int | None = None) -> CrisisPlan:
    """The plan of a version (default latest); a payload that is not a plan is a corrupt card."""
    try:
        return load_plan_json(card.payload(number))
    except PlanInvalid as invalid:
        raise CorruptFile(f"version payload is not a plan: {len(invalid.issues)} issues") from None

