"""History rules: how a card moves concept → ondertekend → actief → vervangen / ingetrokken.

Format version 1 seals the status inside each version record, and records are never rewritten
(only the latest *concept* may be amended). A status change is therefore recorded by **appending a
version record that carries the same payload with the new status**; nothing in the file format
changes (docs/file-format.md, "Status changes"). ``vervangen`` is never written: a signed or active
revision is superseded as soon as a later revision becomes active, which the history itself shows.

The store does not read payloads, so "the same content" is byte equality unless the caller passes
``same_content`` (the workspace passes one that ignores the ondersteuner's case records, so a
distribution list can grow on an active version without a new signature round).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from crisiskaart.store.card import CardFile
from crisiskaart.store.errors import InvalidRequest
from crisiskaart.store.history import CardSummary, Status, VersionInfo
from crisiskaart.store.messages import store_text

SameContent = Callable[[bytes, bytes], bool]

# Status of the latest version → statuses a newly appended version may have.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.CONCEPT: frozenset({Status.CONCEPT, Status.ONDERTEKEND}),
    Status.ONDERTEKEND: frozenset({Status.ACTIEF, Status.INGETROKKEN, Status.CONCEPT}),
    Status.ACTIEF: frozenset({Status.INGETROKKEN, Status.CONCEPT}),
    Status.INGETROKKEN: frozenset({Status.CONCEPT}),
    Status.VERVANGEN: frozenset({Status.CONCEPT}),
}
SEALED = frozenset({Status.ONDERTEKEND, Status.ACTIEF, Status.INGETROKKEN, Status.VERVANGEN})


class TransitionRefused(InvalidRequest):
    """A status change or content change that the history rules do not allow."""

    key = "transition_refused"

    def message(self, language: str = "nl") -> str:
        """A refused status change, or (``kind="changed"``) a change to a sealed version."""
        kind = str(self.params.get("kind", "transition"))
        key = self.key if kind == "transition" else f"{self.key}_{kind}"
        return store_text(key, language, **self.params)


def can_transition(current: Status, target: Status) -> bool:
    return target in TRANSITIONS[current]


def _refuse(latest: VersionInfo, target: Status, kind: str = "transition") -> TransitionRefused:
    return TransitionRefused(
        f"{latest.status.value} -> {target.value}", kind=kind, number=latest.number,
        current=latest.status.value, target=target.value,
    )


def set_status(
    card: CardFile, status: Status, *, note: str = "", author_name: str | None = None
) -> VersionInfo:
    """Append the latest payload unchanged with ``status`` (ondertekend, actief or ingetrokken)."""
    status = Status(status)
    latest = card.latest
    if status not in (Status.ONDERTEKEND, Status.ACTIEF, Status.INGETROKKEN) or not can_transition(
        latest.status, status
    ):
        raise _refuse(latest, status)
    return card.save_version(
        card.payload(), summary=card.index.summary, status=status, note=note, author_name=author_name
    )


def save_draft(
    card: CardFile, payload: bytes, *, summary: CardSummary, note: str | None = None,
    author_name: str | None = None,
) -> VersionInfo:
    """Store edited content: amend the latest concept, or start a new concept after a sealed one."""
    if card.latest.status is Status.CONCEPT:
        return card.amend_concept(payload, summary=summary, note=note, author_name=author_name)
    return card.save_version(
        payload, summary=summary, status=Status.CONCEPT, note=note or "", author_name=author_name
    )


def restore(
    card: CardFile, number: int, *, summary: CardSummary, note: str = "", author_name: str | None = None
) -> VersionInfo:
    """Make an old version's content the newest version, as a new concept (nothing is rewritten)."""
    payload = card.payload(number)
    return card.save_version(
        payload, summary=summary, status=Status.CONCEPT, note=note, author_name=author_name
    )


def record_register(
    card: CardFile, payload: bytes, *, summary: CardSummary, same_content: SameContent,
    note: str = "", author_name: str | None = None,
) -> VersionInfo:
    """Append ``payload`` keeping the latest status, for bookkeeping that is not the plan's content.

    On a sealed version ``same_content(old, new)`` must hold, else ``TransitionRefused``: the signed
    plan itself never changes. Always a new record, so the change stays visible in the history.
    """
    latest = card.latest
    if latest.status in SEALED and not same_content(card.payload(), payload):
        raise _refuse(latest, latest.status, "changed")
    return card.save_version(
        payload, summary=summary, status=latest.status, note=note, author_name=author_name
    )


# --- reading the history -------------------------------------------------------------------------
def revisions(versions: Sequence[VersionInfo]) -> list[int]:
    """For each version, the number of the version that started its revision (its content).

    A revision starts at version 1 and at every concept that follows a sealed version; the sealed
    versions after a concept carry that concept's content.
    """
    starts: list[int] = []
    for position, info in enumerate(versions):
        new = position == 0 or (
            info.status is Status.CONCEPT and versions[position - 1].status is not Status.CONCEPT
        )
        starts.append(info.number if new else starts[-1])
    return starts


def current_active(versions: Sequence[VersionInfo]) -> VersionInfo | None:
    """The version in force now: the last ``actief`` one, unless its revision was withdrawn later.

    Withdrawing a revision that was signed but never active leaves the earlier active one in force.
    """
    starts = revisions(versions)
    withdrawn: set[int] = set()
    for position in range(len(versions) - 1, -1, -1):
        info = versions[position]
        if info.status is Status.INGETROKKEN:
            withdrawn.add(starts[position])
        elif info.status is Status.ACTIEF:
            return None if starts[position] in withdrawn else info
    return None


def effective_statuses(versions: Sequence[VersionInfo]) -> list[Status]:
    """Each version's status as it stands today: sealed revisions before an active one are vervangen."""
    starts = revisions(versions)
    result: list[Status] = []
    for position, info in enumerate(versions):
        superseded = info.status in (Status.ONDERTEKEND, Status.ACTIEF) and any(
            later.status is Status.ACTIEF and starts[index] != starts[position]
            for index, later in enumerate(versions[position + 1 :], start=position + 1)
        )
        result.append(Status.VERVANGEN if superseded else info.status)
    return result


def no_longer_counts(versions: Sequence[VersionInfo], number: int) -> Status | None:
    """Why version ``number`` must not go round as a card any more, or None when it may.

    It may when it is the card in force, a concept (it carries the CONCEPT mark) or a signed
    version newer than the one in force that nobody withdrew. Otherwise it is ``ingetrokken``
    (its revision, or a later one, was withdrawn) or ``vervangen`` (a newer card came into force):
    printed, it would read as a valid card with old phone numbers and medicines on it.
    """
    if not 1 <= number <= len(versions):
        raise ValueError(f"no version {number}")
    status = effective_statuses(versions)[number - 1]
    active = current_active(versions)
    if active is not None and active.number == number:
        return None
    withdrawn_later = any(later.status is Status.INGETROKKEN for later in versions[number:])
    if status is Status.CONCEPT:
        return None
    if status is Status.ONDERTEKEND and not withdrawn_later and (active is None or number > active.number):
        return None
    if status is Status.INGETROKKEN or withdrawn_later:
        return Status.INGETROKKEN
    return Status.VERVANGEN


@dataclass(frozen=True)
class Violation:
    """A step in a history that the rules would not have allowed (e.g. written by another tool)."""

    number: int
    previous: Status
    status: Status
    reason: str  # "transition" or "changed"


def check_history(
    versions: Sequence[VersionInfo], payload: Callable[[int], bytes],
    same_content: SameContent = bytes.__eq__,
) -> list[Violation]:
    """Every step that breaks the rules above; old files are listed, never refused."""
    found: list[Violation] = []
    for before, after in pairwise(versions):
        allowed = can_transition(before.status, after.status) or (
            after.status is before.status and before.status in SEALED
        )
        if not allowed:
            found.append(Violation(after.number, before.status, after.status, "transition"))
        elif after.status in SEALED and not same_content(payload(before.number), payload(after.number)):
            found.append(Violation(after.number, before.status, after.status, "changed"))
    return found
