"""Key slots: each one wraps the same file key for one way in (client passphrase or ondersteuner).

Slots carry no plaintext identity: an ondersteuner slot holds only an ephemeral public key, the
wrapped file key and a label (name, organisation, public key) encrypted under a subkey of the
file key. Opening with a profile therefore tries each ondersteuner slot, as age does.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from crisiskaart.store import keys
from crisiskaart.store.encoding import Reader, Writer
from crisiskaart.store.errors import CorruptFile, Tampered
from crisiskaart.store.kdf import SALT_LENGTH, KdfLimits, KdfParams

CLIENT = 1
ONDERSTEUNER = 2

_CLIENT_AD = keys.LABEL + b"client slot"
_ONDERSTEUNER_AD = keys.LABEL + b"ondersteuner slot"

Random = Callable[[int], bytes]


@dataclass(frozen=True)
class Recipient:
    """An ondersteuner as the card knows them: what the public key file says."""

    name: str
    organisation: str
    public_key: bytes  # 32 bytes X25519

    def to_json(self) -> bytes:
        return json.dumps(
            {"name": self.name, "organisation": self.organisation, "public_key": self.public_key.hex()},
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=True,
        ).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Recipient:
        try:
            obj = json.loads(data)
            if set(obj) != {"name", "organisation", "public_key"}:
                raise ValueError("keys")
            key = bytes.fromhex(obj["public_key"])
            if len(key) != 32 or not isinstance(obj["name"], str):
                raise ValueError("key")
            return cls(obj["name"], str(obj["organisation"]), key)
        except (ValueError, TypeError, UnicodeDecodeError) as error:
            raise Tampered(f"slot label unreadable: {error}") from None


@dataclass(frozen=True)
class ClientSlot:
    salt: bytes
    kdf: KdfParams
    wrapped: bytes

    @classmethod
    def create(cls, passphrase: str, file_key: bytes, kdf: KdfParams, random: Random) -> ClientSlot:
        salt = random(SALT_LENGTH)
        wrapping_key = kdf.derive(passphrase, salt)
        return cls(salt, kdf, keys.wrap_with_key(wrapping_key, file_key, _CLIENT_AD))

    def unwrap(self, passphrase: str, limits: KdfLimits) -> bytes | None:
        limits.check(self.kdf)  # before the KDF runs: a file cannot make us do absurd work
        return self.unwrap_with(self.kdf.derive(passphrase, self.salt))

    def unwrap_with(self, wrapping_key: bytes) -> bytes | None:
        """The file key from an already derived Argon2id key (kept to upgrade to format 2)."""
        return keys.unwrap_with_key(wrapping_key, self.wrapped, _CLIENT_AD)

    def encode(self) -> bytes:
        body = (
            Writer()
            .raw(self.salt)
            .u32(self.kdf.memory_kib)
            .u32(self.kdf.iterations)
            .u32(self.kdf.lanes)
            .raw(self.wrapped)
        )
        return bytes(Writer().u8(CLIENT).blob16(bytes(body)))


@dataclass(frozen=True)
class OndersteunerSlot:
    ephemeral_public: bytes
    wrapped: bytes
    label_nonce: bytes
    label_sealed: bytes

    @classmethod
    def create(
        cls, recipient: Recipient, file_key: bytes, card_id: bytes, random: Random
    ) -> OndersteunerSlot:
        ephemeral_public, wrapped = keys.wrap_to_recipient(
            recipient.public_key, file_key, random(32), _ONDERSTEUNER_AD
        )
        nonce = random(keys.NONCE_LENGTH)
        sealed = keys.seal(
            keys.label_key(file_key), nonce, recipient.to_json(), _label_ad(card_id, ephemeral_public)
        )
        return cls(ephemeral_public, wrapped, nonce, sealed)

    def unwrap(self, private: X25519PrivateKey) -> bytes | None:
        return keys.unwrap_as_recipient(private, self.ephemeral_public, self.wrapped, _ONDERSTEUNER_AD)

    def recipient(self, file_key: bytes, card_id: bytes) -> Recipient:
        plain = keys.open_sealed(
            keys.label_key(file_key),
            self.label_nonce,
            self.label_sealed,
            _label_ad(card_id, self.ephemeral_public),
        )
        if plain is None:
            raise Tampered("slot label authentication failed")
        return Recipient.from_json(plain)

    def encode(self) -> bytes:
        body = (
            Writer()
            .raw(self.ephemeral_public)
            .raw(self.wrapped)
            .raw(self.label_nonce)
            .blob16(self.label_sealed)
        )
        return bytes(Writer().u8(ONDERSTEUNER).blob16(bytes(body)))


Slot = ClientSlot | OndersteunerSlot


def _label_ad(card_id: bytes, ephemeral_public: bytes) -> bytes:
    return keys.LABEL + b"slot label" + card_id + ephemeral_public


def decode_slot(reader: Reader) -> Slot:
    """One slot from ``reader``; unknown types and wrong lengths are corrupt, not skipped."""
    kind = reader.u8()
    body = Reader(reader.blob16(), "slot")
    if kind == CLIENT:
        salt = body.raw(SALT_LENGTH)
        kdf = KdfParams(memory_kib=body.u32(), iterations=body.u32(), lanes=body.u32())
        wrapped = body.raw(keys.WRAPPED_LENGTH)
        body.expect_end()
        return ClientSlot(salt, kdf, wrapped)
    if kind == ONDERSTEUNER:
        ephemeral_public = body.raw(32)
        wrapped = body.raw(keys.WRAPPED_LENGTH)
        nonce = body.raw(keys.NONCE_LENGTH)
        sealed = body.blob16()
        body.expect_end()
        if len(sealed) < keys.TAG_LENGTH:
            raise CorruptFile("slot label too short")
        return OndersteunerSlot(ephemeral_public, wrapped, nonce, sealed)
    raise CorruptFile(f"unknown slot type {kind}")
