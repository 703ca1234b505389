"""The address and key of the linked responder summary, kept inside the encrypted plan.

A printed card's QR holds the summary's id and its 256-bit key. Both must survive new card
versions (so printed cards stay valid) and exist nowhere else: the plan file is encrypted, so
the plan is the one safe place. Withdrawing the summary (intrekken) clears the link, so the next
card gets a new id and key. See docs/responder-summary.md.
"""

from __future__ import annotations

import base64
import hashlib

from pydantic import Field, model_validator

from crisiskaart.model.base import Date, Model

# base64url without padding: 9 random bytes -> 12 characters, 32 bytes -> 43 characters.
LINK_ID_PATTERN = r"^[A-Za-z0-9_-]{12}$"
LINK_KEY_PATTERN = r"^[A-Za-z0-9_-]{43}$"
_FILE_ID_CONTEXT = b"crisiskaart summary file v1\0"


def file_id_for_key(key: str) -> str:
    """The hosted file's name, derived from the key so the QR need not carry it (docs/responder-summary.md).

    A one-way hash: the host sees the name but cannot get the key from it.
    """
    digest = hashlib.sha256(_FILE_ID_CONTEXT + key.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest[:9]).decode("ascii")


class ResponderLink(Model):
    """Where the encrypted summary lives (``s/<id>.jwe`` beside the viewer) and the key that opens it.

    ``id`` is derived from ``key`` (``file_id_for_key``); it is stored so the file is easy to find.
    """

    id: str = Field(pattern=LINK_ID_PATTERN)
    key: str = Field(pattern=LINK_KEY_PATTERN)  # AES-256-GCM key, base64url; only in the QR
    created_on: Date

    @model_validator(mode="after")
    def _id_belongs_to_key(self) -> ResponderLink:
        if self.id != file_id_for_key(self.key):
            raise ValueError("id does not belong to key")
        return self
