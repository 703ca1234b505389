"""The address and key of the linked responder summary, kept inside the encrypted plan.

A printed card's QR holds the summary's 256-bit key; the hosted file's name is derived from it.
Both must survive new card versions (so printed cards stay valid) and exist nowhere else: the
plan file is encrypted, so the plan is the one safe place. Every card gets its own key when it is
made (``new_responder_link``), never one copied from the example or from another card's JSON.
Withdrawing the summary (intrekken) clears the link, so the next one gets a new id and key.
See docs/responder-summary.md.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import secrets
from collections.abc import Callable

from pydantic import Field, model_validator

from crisiskaart.model.base import Date, Model

KEY_BYTES = 32  # AES-256-GCM
# The file id is a base64url hash of the key. Links made since file format 2 use 128 bits of it
# (22 characters, QR prefix ``ck2.``); links of format 1 used 72 bits (12 characters, ``ck1.``)
# and stay readable, so cards printed with them keep working.
ID_BYTES = {1: 9, 2: 16}
CURRENT_ID_FORMAT = 2
LINK_ID_PATTERN = r"^([A-Za-z0-9_-]{12}|[A-Za-z0-9_-]{22})$"
LINK_KEY_PATTERN = r"^[A-Za-z0-9_-]{43}$"
_FILE_ID_CONTEXT = {1: b"crisiskaart summary file v1\0", 2: b"crisiskaart summary file v2\0"}

# The key the example card carried in earlier versions of the program. It was published with the
# program, so it protects nothing: a card that still has it gets a key of its own (app.cards).
EXAMPLE_KEY = "Voorbeeldsleutel_alleen_om_te_proberen_000A"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def file_id_for_key(key: str, id_format: int = CURRENT_ID_FORMAT) -> str:
    """The hosted file's name, derived from the key so the QR need not carry it (docs/responder-summary.md).

    A one-way hash: the host sees the name but cannot get the key from it. Its 128 bits (format 2)
    come from the key's 256 random bits, so nobody can guess another person's file name.
    """
    digest = hashlib.sha256(_FILE_ID_CONTEXT[id_format] + key.encode("ascii")).digest()
    return _b64url(digest[: ID_BYTES[id_format]])


def id_format(file_id: str) -> int:
    """1 for the 12-character ids of earlier links, 2 for the 22-character ids made now."""
    return 1 if len(file_id) == 12 else 2


class ResponderLink(Model):
    """Where the encrypted summary lives (``s/<id>.jwe`` beside the viewer) and the key that opens it.

    ``id`` is derived from ``key`` (``file_id_for_key``); it is stored so the file is easy to find.
    """

    id: str = Field(pattern=LINK_ID_PATTERN)
    key: str = Field(pattern=LINK_KEY_PATTERN)  # AES-256-GCM key, base64url; only in the QR
    created_on: Date

    @model_validator(mode="after")
    def _id_belongs_to_key(self) -> ResponderLink:
        if self.id != file_id_for_key(self.key, id_format(self.id)):
            raise ValueError("id does not belong to key")
        return self

    @property
    def is_example(self) -> bool:
        """The public key of the example card: anyone can read a summary encrypted with it."""
        return self.key == EXAMPLE_KEY


def new_responder_link(random: Callable[[int], bytes] = secrets.token_bytes,
                       today: dt.date | None = None) -> ResponderLink:
    """A link with a new random 256-bit key (from the operating system's CSPRNG)."""
    key = _b64url(random(KEY_BYTES))
    return ResponderLink(id=file_id_for_key(key), key=key, created_on=today or dt.date.today())
