"""The ondersteuner's register of a card: signature images, who received which version, handovers.

These are records *about* the plan rather than the person's own words. They travel inside the
plan's JSON (so they are encrypted and versioned with it) and are all defaulted, so a document
without them is still schema version 1. See docs/model.md, "Ondertekening, verspreiding en overdracht".
"""

from __future__ import annotations

import base64
import binascii
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, Field

from crisiskaart.model.base import MAX_LIST_ITEMS, Date, ItemId, ItemText, Model, Name, new_item_id

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# A drawn signature is a small two-colour PNG (a few KiB); the cap keeps a pasted photo out.
MAX_SIGNATURE_BYTES = 64 * 1024


def _check_signature_png(value: str) -> str:
    if not value:
        return value
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("signature is not base64") from None
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("signature is not a PNG image")
    if len(data) > MAX_SIGNATURE_BYTES:
        raise ValueError(f"signature image larger than {MAX_SIGNATURE_BYTES} bytes")
    return value


# Base64 (standard alphabet, padded) of a PNG image of at most MAX_SIGNATURE_BYTES bytes; "" = none.
SignaturePng = Annotated[
    str, Field(max_length=(MAX_SIGNATURE_BYTES + 2) // 3 * 4), AfterValidator(_check_signature_png)
]


def encode_signature(png: bytes) -> str:
    """The ``SignOff.signature_png`` value for PNG bytes (validated when assigned)."""
    return base64.b64encode(png).decode("ascii")


def decode_signature(value: str) -> bytes:
    """PNG bytes of a ``SignOff.signature_png`` value; b"" when there is no drawn signature."""
    return base64.b64decode(value) if value else b""


class DeliveryMethod(StrEnum):
    """How a copy of the plan or card was handed over."""

    IN_PERSON = "in_person"  # printed, handed over
    POST = "post"
    EMAIL = "email"  # e.g. a PDF
    OTHER = "other"


class DistributionEntry(Model):
    """Verspreidingslijst: one copy of one version given to one person or organisation."""

    id: ItemId = Field(default_factory=new_item_id)
    recipient: Name = ""  # "Anna Bakker (zus)", "Huisartsenpraktijk De Linde"
    organisation: Name = ""
    version: int = Field(default=0, ge=0)  # number of the version in the card file's history
    given_on: Date | None = None
    method: DeliveryMethod = DeliveryMethod.IN_PERSON
    note: ItemText = ""


class HandoverRecord(Model):
    """The client agreed that another ondersteuner takes over (kept in the plan's history)."""

    id: ItemId = Field(default_factory=new_item_id)
    from_ondersteuner: Name = ""
    from_organisation: Name = ""
    to_ondersteuner: Name = ""
    to_organisation: Name = ""
    to_fingerprint: Name = ""  # of the new ondersteuner's public key, as compared with them
    client_consent_on: Date | None = None
    consent_note: ItemText = ""  # how consent was given, e.g. "mondeling, in gesprek op kantoor"
    handed_over_on: Date | None = None


class CaseRecords(Model):
    """The ondersteuner's register of a card; ``CrisisPlan.case_records`` is None until it is used."""

    distribution: list[DistributionEntry] = Field(default_factory=list, max_length=MAX_LIST_ITEMS)
    handovers: list[HandoverRecord] = Field(default_factory=list, max_length=MAX_LIST_ITEMS)


__all__ = [
    "MAX_SIGNATURE_BYTES",
    "CaseRecords",
    "DeliveryMethod",
    "DistributionEntry",
    "HandoverRecord",
    "SignaturePng",
    "decode_signature",
    "encode_signature",
]
