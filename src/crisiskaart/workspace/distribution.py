"""The distribution list (verspreidingslijst): who has which version, and who needs the new one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from crisiskaart.model import CrisisPlan
from crisiskaart.model.workspace_records import DistributionEntry
from crisiskaart.store import VersionInfo
from crisiskaart.store.lifecycle import current_active, revisions


def _who(entry: DistributionEntry) -> tuple[str, str]:
    return entry.recipient.strip().casefold(), entry.organisation.strip().casefold()


def _rank(entry: DistributionEntry) -> tuple[int, dt.date]:
    return entry.version, entry.given_on or dt.date.min


def latest_per_recipient(plan: CrisisPlan) -> list[DistributionEntry]:
    """Each recipient's most recent copy (highest version, then latest date), in list order."""
    entries = plan.case_records.distribution if plan.case_records else []
    best: dict[tuple[str, str], DistributionEntry] = {}
    for entry in entries:
        current = best.get(_who(entry))
        if current is None or _rank(entry) >= _rank(current):
            best[_who(entry)] = entry
    return list(best.values())


def pending_recipients(plan: CrisisPlan, versions: Sequence[VersionInfo]) -> list[DistributionEntry]:
    """Recipients whose latest copy is of an older content than the active version.

    Versions of the same revision carry the same content (later ones only add bookkeeping), so
    someone who has version 4 does not need version 5 if both are the same signed plan.
    """
    active = current_active(versions)
    if active is None:
        return []
    starts = revisions(versions)
    active_revision = starts[active.number - 1]

    def revision_of(number: int) -> int | None:
        return starts[number - 1] if 1 <= number <= len(starts) else None

    return [e for e in latest_per_recipient(plan) if revision_of(e.version) != active_revision]
