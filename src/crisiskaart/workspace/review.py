"""When a card needs its yearly review: due within N days of *geldig tot*, or already expired.

docs/domain.md §4: *geldig tot* defaults to the signing date + 12 months; a card without *geldig tot*
is treated as valid for 12 months after signing. Withdrawn cards and never-signed drafts need no
review reminder, whatever dates their text holds (``never_signed``).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from crisiskaart.model.validity import default_valid_until
from crisiskaart.store import Status

DEFAULT_REVIEW_WINDOW_DAYS = 30


class ReviewState(StrEnum):
    NONE = "none"  # not signed yet, or withdrawn: no review date
    OK = "ok"
    DUE = "due"  # review due within the window
    EXPIRED = "expired"  # geldig tot has passed


def never_signed(status: Status, version_count: int) -> bool:
    """Whether a card was never signed, from its index record alone (the caseload reads no history).

    A concept is amended in place until it is signed: a second version only ever follows a sealed
    one (signed, active, withdrawn). So a card whose only version is a concept was never signed;
    the *ondertekend op* or *geldig tot* its text may hold are typed, not a signature recorded.
    """
    return status is Status.CONCEPT and version_count <= 1


def review_date(signed_on: dt.date | None, valid_until: dt.date | None) -> dt.date | None:
    """The date the card must be reviewed by: *geldig tot*, else signing + 12 months, else None."""
    if valid_until is not None:
        return valid_until
    return None if signed_on is None else default_valid_until(signed_on)


def review_state(
    status: Status,
    signed_on: dt.date | None,
    valid_until: dt.date | None,
    today: dt.date,
    window_days: int = DEFAULT_REVIEW_WINDOW_DAYS,
) -> tuple[ReviewState, int | None]:
    """(state, days until the review date; negative once expired)."""
    due = review_date(signed_on, valid_until)
    if due is None or status is Status.INGETROKKEN:
        return ReviewState.NONE, None
    days = (due - today).days
    if days < 0:
        return ReviewState.EXPIRED, days
    if days <= window_days:
        return ReviewState.DUE, days
    return ReviewState.OK, days
