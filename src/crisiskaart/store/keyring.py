"""The keyring of a format-2 card: earlier file keys and the record of every access change.

Sealed under the current file key. Earlier keys are kept so that versions written before a
rotation stay readable for whoever may open the card now; someone who only knew an earlier key
(a removed ondersteuner, an old passphrase with an old copy) cannot read this keyring, and so
cannot read anything written after the change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from crisiskaart.store import keys
from crisiskaart.store.errors import Tampered
from crisiskaart.store.history import Author, Role, canonical_json, format_time, parse_time
from crisiskaart.store.messages import store_text
from crisiskaart.store.slots import Random

V2 = keys.LABEL_V2


class AccessAction(StrEnum):
    """What changed about who can open the card (stored; shown to users in words)."""

    CREATED = "created"
    FORMAT_UPGRADED = "format_upgraded"
    PASSPHRASE_CHANGED = "passphrase_changed"
    RECOVERY_CODE_MADE = "recovery_code_made"
    ONDERSTEUNER_ADDED = "ondersteuner_added"
    ONDERSTEUNER_REMOVED = "ondersteuner_removed"
    HANDED_OVER = "handed_over"


@dataclass(frozen=True)
class AccessEvent:
    """Who changed access, when, what, and the key generation in force afterwards."""

    time: datetime
    by: Author
    action: AccessAction
    generation: int
    subject: str = ""  # the ondersteuner concerned, as "name (organisation)"
    fingerprint: str = ""
    detail: str = ""  # e.g. the client's consent to a handover

    def describe(self, language: str = "nl") -> str:
        """What happened, in words (without who and when)."""
        return store_text(f"access_{self.action.value}", language, subject=self.subject, detail=self.detail)

    def to_obj(self) -> dict[str, object]:
        return {
            "time": format_time(self.time), "by": {"role": self.by.role.value, "name": self.by.name},
            "action": self.action.value, "generation": self.generation, "subject": self.subject,
            "fingerprint": self.fingerprint, "detail": self.detail,
        }

    @classmethod
    def from_obj(cls, obj: dict) -> AccessEvent:
        return cls(
            time=parse_time(obj["time"]), by=Author(Role(obj["by"]["role"]), str(obj["by"]["name"])),
            action=AccessAction(obj["action"]), generation=int(obj["generation"]),
            subject=str(obj["subject"]), fingerprint=str(obj["fingerprint"]), detail=str(obj["detail"]),
        )


@dataclass
class Keyring:
    previous_keys: dict[int, bytes] = field(default_factory=dict)  # generation -> file key
    events: list[AccessEvent] = field(default_factory=list)

    def to_json(self) -> bytes:
        return canonical_json({
            "previous_keys": {str(g): k.hex() for g, k in sorted(self.previous_keys.items())},
            "events": [event.to_obj() for event in self.events],
        })

    @classmethod
    def from_json(cls, data: bytes, generation: int) -> Keyring:
        try:
            obj = json.loads(data)
            previous = {int(g): bytes.fromhex(k) for g, k in obj["previous_keys"].items()}
            if set(previous) != set(range(1, generation)) or any(len(k) != 32 for k in previous.values()):
                raise ValueError("earlier keys do not match the generation")
            events = [AccessEvent.from_obj(e) for e in obj["events"]]
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            raise Tampered(f"keyring unreadable ({error})") from None
        return cls(previous, events)


def keyring_key(file_key: bytes) -> bytes:
    return keys.hkdf(file_key, "keyring", label=V2)


def _ad(card_id: bytes, generation: int) -> bytes:
    return V2 + b"keyring" + card_id + generation.to_bytes(4, "big")


def seal_keyring(file_key: bytes, card_id: bytes, generation: int, ring: Keyring, random: Random) -> bytes:
    nonce = random(keys.NONCE_LENGTH)
    return nonce + keys.seal(keyring_key(file_key), nonce, ring.to_json(), _ad(card_id, generation))


def open_keyring(file_key: bytes, card_id: bytes, generation: int, sealed: bytes) -> Keyring:
    plain = keys.open_sealed(
        keyring_key(file_key), sealed[: keys.NONCE_LENGTH], sealed[keys.NONCE_LENGTH :],
        _ad(card_id, generation),
    )
    if plain is None:
        raise Tampered("keyring: authentication failed")
    return Keyring.from_json(plain, generation)
