"""The address and key of the linked responder summary (issue 7), kept inside the encrypted plan.

A printed card's QR holds the summary's id and its 256-bit key. Both must survive new card
versions (so printed cards stay valid) and exist nowhere else: the plan file is encrypted, so
the plan is the one safe place. Withdrawing the summary (intrekken) clears the link, so the next
card gets a new id and key. See docs/responder-summary.md.
"""

from __future__ import annotations

from pydantic import Field

from crisiskaart.model.base import Date, Model

# base64url without padding: 9 random bytes -> 12 characters, 32 bytes -> 43 characters.
LINK_ID_PATTERN = r"^[A-Za-z0-9_-]{12}$"
LINK_KEY_PATTERN = r"^[A-Za-z0-9_-]{43}$"


class ResponderLink(Model):
    """Where the encrypted summary lives (``s/<id>.jwe`` beside the viewer) and the key that opens it."""

    id: str = Field(pattern=LINK_ID_PATTERN)
    key: str = Field(pattern=LINK_KEY_PATTERN)  # AES-256-GCM key, base64url; only in the QR
    created_on: Date
