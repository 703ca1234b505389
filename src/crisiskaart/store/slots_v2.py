"""Key slots of format 2: every way in is an X25519 recipient, so anyone may re-key the card.

In format 1 the client's passphrase wrapped the file key directly, so only someone who knew the
passphrase could wrap a new key. Format 2 gives the client an X25519 key pair of her own; its
private half is sealed under Argon2id(passphrase) in the client slot and the file key is wrapped to
its public half, like an ondersteuner's. The recovery code derives a key pair the same way. A new
file key (rotation after removing an ondersteuner or a handover) can therefore be wrapped to every
remaining recipient by whoever makes the change, without learning the client's passphrase.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from crisiskaart.store import keys
from crisiskaart.store.encoding import Reader, Writer
from crisiskaart.store.errors import CorruptFile, Tampered
from crisiskaart.store.kdf import SALT_LENGTH, KdfLimits, KdfParams
from crisiskaart.store.slots import ClientSlot as LegacyClientSlot
from crisiskaart.store.slots import Random, Recipient

V2 = keys.LABEL_V2
CLIENT = 1
ONDERSTEUNER = 2
RECOVERY = 3
LEGACY_CLIENT = 4

_CLIENT_AD = V2 + b"client slot"
_ONDERSTEUNER_AD = V2 + b"ondersteuner slot"
_RECOVERY_AD = V2 + b"recovery slot"
PUBLIC_LENGTH = 32


def _wrap(public: bytes, file_key: bytes, ad: bytes, random: Random) -> tuple[bytes, bytes]:
    return keys.wrap_to_recipient(public, file_key, random(32), ad, label=V2)


def _identity_seal_key(passphrase_key: bytes) -> bytes:
    # A subkey, never the Argon2id output itself: a format-1 file may hold that output's own
    # zero-nonce ciphertext, and the same key must never seal twice under one nonce.
    return keys.hkdf(passphrase_key, "client identity", label=V2)


@dataclass(frozen=True)
class ClientSlot:
    """The client's own key pair, its private half sealed under her passphrase."""

    salt: bytes
    kdf: KdfParams
    public: bytes
    sealed_private: bytes
    ephemeral_public: bytes
    wrapped: bytes

    @classmethod
    def create(
        cls, passphrase_key: bytes, salt: bytes, kdf: KdfParams, file_key: bytes, random: Random
    ) -> ClientSlot:
        """A new client key pair for ``passphrase_key`` = Argon2id(passphrase, ``salt``)."""
        private_bytes = random(32)
        public = keys.public_bytes(X25519PrivateKey.from_private_bytes(private_bytes).public_key())
        sealed = keys.seal(
            _identity_seal_key(passphrase_key), keys.ZERO_NONCE, private_bytes,
            V2 + b"client identity" + public,
        )
        ephemeral, wrapped = _wrap(public, file_key, _CLIENT_AD, random)
        return cls(salt, kdf, public, sealed, ephemeral, wrapped)

    def derive(self, passphrase: str, limits: KdfLimits) -> bytes:
        limits.check(self.kdf)  # before the KDF runs: a file cannot make us do absurd work
        return self.kdf.derive(passphrase, self.salt)

    def unwrap(self, passphrase_key: bytes) -> bytes | None:
        private = keys.open_sealed(
            _identity_seal_key(passphrase_key), keys.ZERO_NONCE, self.sealed_private,
            V2 + b"client identity" + self.public,
        )
        if private is None:
            return None
        identity = X25519PrivateKey.from_private_bytes(private)
        if keys.public_bytes(identity.public_key()) != self.public:
            raise Tampered("client identity does not match its public key")
        return keys.unwrap_as_recipient(identity, self.ephemeral_public, self.wrapped, _CLIENT_AD, V2)

    def rewrapped(self, file_key: bytes, random: Random) -> ClientSlot:
        ephemeral, wrapped = _wrap(self.public, file_key, _CLIENT_AD, random)
        return replace(self, ephemeral_public=ephemeral, wrapped=wrapped)

    def encode(self) -> bytes:
        body = (
            Writer().raw(self.salt).u32(self.kdf.memory_kib).u32(self.kdf.iterations).u32(self.kdf.lanes)
            .raw(self.public).raw(self.sealed_private).raw(self.ephemeral_public).raw(self.wrapped)
        )
        return bytes(Writer().u8(CLIENT).blob16(bytes(body)))


def recovery_identity(code_secret: bytes, salt: bytes) -> X25519PrivateKey:
    """The key pair a recovery code stands for; the code has 160 random bits, so HKDF suffices."""
    return X25519PrivateKey.from_private_bytes(
        keys.hkdf(code_secret, "recovery identity", salt=salt, label=V2)
    )


@dataclass(frozen=True)
class RecoverySlot:
    """A key pair derived from the recovery code printed on the client's noodblad."""

    salt: bytes
    public: bytes
    ephemeral_public: bytes
    wrapped: bytes

    @classmethod
    def create(cls, code_secret: bytes, file_key: bytes, random: Random) -> RecoverySlot:
        salt = random(SALT_LENGTH)
        public = keys.public_bytes(recovery_identity(code_secret, salt).public_key())
        ephemeral, wrapped = _wrap(public, file_key, _RECOVERY_AD, random)
        return cls(salt, public, ephemeral, wrapped)

    def unwrap(self, code_secret: bytes) -> bytes | None:
        identity = recovery_identity(code_secret, self.salt)
        if keys.public_bytes(identity.public_key()) != self.public:
            return None  # another code: cheaper and clearer than a failed unwrap
        return keys.unwrap_as_recipient(identity, self.ephemeral_public, self.wrapped, _RECOVERY_AD, V2)

    def rewrapped(self, file_key: bytes, random: Random) -> RecoverySlot:
        ephemeral, wrapped = _wrap(self.public, file_key, _RECOVERY_AD, random)
        return replace(self, ephemeral_public=ephemeral, wrapped=wrapped)

    def encode(self) -> bytes:
        body = Writer().raw(self.salt).raw(self.public).raw(self.ephemeral_public).raw(self.wrapped)
        return bytes(Writer().u8(RECOVERY).blob16(bytes(body)))


@dataclass(frozen=True)
class OndersteunerSlot:
    """As in format 1, with format-2 labels: the name is sealed under the current file key."""

    ephemeral_public: bytes
    wrapped: bytes
    label_nonce: bytes
    label_sealed: bytes

    @classmethod
    def create(
        cls, recipient: Recipient, file_key: bytes, card_id: bytes, random: Random
    ) -> OndersteunerSlot:
        ephemeral, wrapped = _wrap(recipient.public_key, file_key, _ONDERSTEUNER_AD, random)
        nonce = random(keys.NONCE_LENGTH)
        sealed = keys.seal(label_key(file_key), nonce, recipient.to_json(), _label_ad(card_id, ephemeral))
        return cls(ephemeral, wrapped, nonce, sealed)

    def unwrap(self, private: X25519PrivateKey, public: bytes | None = None) -> bytes | None:
        """The file key if this slot is for ``private`` (``public``: its public key, if known)."""
        return unwrap_ondersteuner(private, self.ephemeral_public, self.wrapped, public)

    def recipient(self, file_key: bytes, card_id: bytes) -> Recipient:
        plain = keys.open_sealed(
            label_key(file_key), self.label_nonce, self.label_sealed,
            _label_ad(card_id, self.ephemeral_public),
        )
        if plain is None:
            raise Tampered("slot label authentication failed")
        return Recipient.from_json(plain)

    def encode(self) -> bytes:
        body = (
            Writer().raw(self.ephemeral_public).raw(self.wrapped).raw(self.label_nonce)
            .blob16(self.label_sealed)
        )
        return bytes(Writer().u8(ONDERSTEUNER).blob16(bytes(body)))


@dataclass(frozen=True)
class LegacySlot:
    """A format-1 client slot carried over unchanged when an ondersteuner saved a format-1 card.

    It wraps the generation-1 file key under the passphrase directly, so the card cannot be
    re-keyed until the client opens it once (which replaces it by a ``ClientSlot``).
    """

    inner: LegacyClientSlot

    def encode(self) -> bytes:
        body = self.inner.encode()[3:]  # the format-1 slot body, without its type and length
        return bytes(Writer().u8(LEGACY_CLIENT).blob16(body))


Slot = ClientSlot | RecoverySlot | OndersteunerSlot | LegacySlot


def unwrap_ondersteuner(
    private: X25519PrivateKey, ephemeral_public: bytes, wrapped: bytes, public: bytes | None = None
) -> bytes | None:
    """The file key from an ondersteuner slot's two fields, if the slot is for ``private``."""
    return keys.unwrap_as_recipient(
        private, ephemeral_public, wrapped, _ONDERSTEUNER_AD, V2, recipient_public=public
    )


def label_key(file_key: bytes) -> bytes:
    return keys.hkdf(file_key, "slot label", label=V2)


def _label_ad(card_id: bytes, ephemeral_public: bytes) -> bytes:
    return V2 + b"slot label" + card_id + ephemeral_public


def decode_slot(reader: Reader) -> Slot:
    """One slot; unknown types and wrong lengths are corrupt, not skipped.

    Fixed offsets into the slot's body rather than a reader per field: a caseload decodes the
    slot table of every card in the folder.
    """
    kind = reader.u8()
    body = reader.blob16()
    slot: Slot
    if kind == ONDERSTEUNER:
        _at_least(body, _LABEL_AT + 2)
        label_end = _LABEL_AT + 2 + int.from_bytes(body[_LABEL_AT : _LABEL_AT + 2], "big")
        _at_least(body, label_end)
        sealed = body[_LABEL_AT + 2 : label_end]
        if len(sealed) < keys.TAG_LENGTH:
            raise CorruptFile("slot label too short")
        _no_more(body, label_end)
        slot = OndersteunerSlot(
            body[:PUBLIC_LENGTH], body[PUBLIC_LENGTH:_NONCE_AT], body[_NONCE_AT:_LABEL_AT], sealed
        )
    elif kind == CLIENT:
        _exactly(body, _CLIENT_LENGTH)
        kdf = KdfParams(*_KDF.unpack_from(body, SALT_LENGTH))
        public, sealed_private, ephemeral, wrapped = _split(
            body, SALT_LENGTH + _KDF.size, PUBLIC_LENGTH, keys.WRAPPED_LENGTH, PUBLIC_LENGTH,
            keys.WRAPPED_LENGTH,
        )
        slot = ClientSlot(body[:SALT_LENGTH], kdf, public, sealed_private, ephemeral, wrapped)
    elif kind == RECOVERY:
        _exactly(body, _RECOVERY_LENGTH)
        slot = RecoverySlot(*_split(body, 0, SALT_LENGTH, PUBLIC_LENGTH, PUBLIC_LENGTH, keys.WRAPPED_LENGTH))
    elif kind == LEGACY_CLIENT:
        _exactly(body, _LEGACY_LENGTH)
        kdf = KdfParams(*_KDF.unpack_from(body, SALT_LENGTH))
        slot = LegacySlot(LegacyClientSlot(body[:SALT_LENGTH], kdf, body[SALT_LENGTH + _KDF.size :]))
    else:
        raise CorruptFile(f"unknown slot type {kind}")
    return slot


# The slot bodies' layouts (docs/file-format.md): every field has a fixed length but the label.
_KDF = struct.Struct(">III")  # Argon2id memory KiB, iterations, lanes
_NONCE_AT = PUBLIC_LENGTH + keys.WRAPPED_LENGTH  # ondersteuner: ephemeral ‖ wrapped ‖ nonce ‖ blob16 label
_LABEL_AT = _NONCE_AT + keys.NONCE_LENGTH
_CLIENT_LENGTH = SALT_LENGTH + _KDF.size + 2 * (PUBLIC_LENGTH + keys.WRAPPED_LENGTH)
_RECOVERY_LENGTH = SALT_LENGTH + 2 * PUBLIC_LENGTH + keys.WRAPPED_LENGTH
_LEGACY_LENGTH = SALT_LENGTH + _KDF.size + keys.WRAPPED_LENGTH


def _at_least(body: bytes, length: int) -> None:
    if len(body) < length:
        raise CorruptFile("slot: truncated")


def _no_more(body: bytes, length: int) -> None:
    if len(body) > length:
        raise CorruptFile(f"slot: {len(body) - length} trailing bytes")


def _exactly(body: bytes, length: int) -> None:
    _at_least(body, length)
    _no_more(body, length)


def _split(body: bytes, start: int, *lengths: int) -> list[bytes]:
    """Consecutive fields of ``lengths`` bytes from ``start`` (the caller checked the length)."""
    fields = []
    for length in lengths:
        fields.append(body[start : start + length])
        start += length
    return fields


def ondersteuner_wraps(
    data: bytes, start: int, count: int, generation: int
) -> tuple[list[tuple[bytes, bytes]], int] | None:
    """(ephemeral public key, wrapped file key) of each ondersteuner slot, and the table's end.

    For a caseload, which tries one profile on the slot table of every card: the table of
    ``count`` slots at ``start`` is checked as ``decode_slot`` and ``check_canonical`` check it,
    without a slot object per slot. None unless the whole table is in ``data`` and they would
    accept it: the caller then has the strict parse read on or say what is wrong.
    """
    if count < 1:
        return None
    wraps: list[tuple[bytes, bytes]] = []
    size = len(data)
    position = start
    for number in range(count):
        if position + 3 > size:
            return None
        kind = data[position]
        body = position + 3
        position = body + int.from_bytes(data[position + 1 : body], "big")
        if position > size:
            return None
        length = position - body
        if kind == ONDERSTEUNER:
            if number == 0 or length < _LABEL_AT + 2:
                return None
            label = int.from_bytes(data[body + _LABEL_AT : body + _LABEL_AT + 2], "big")
            if label < keys.TAG_LENGTH or length != _LABEL_AT + 2 + label:
                return None
            wraps.append((data[body : body + PUBLIC_LENGTH], data[body + PUBLIC_LENGTH : body + _NONCE_AT]))
        elif kind == CLIENT:
            if number != 0 or length != _CLIENT_LENGTH:
                return None
        elif kind == RECOVERY:
            if number != 1 or length != _RECOVERY_LENGTH:
                return None
        elif kind == LEGACY_CLIENT:
            if number != 0 or length != _LEGACY_LENGTH or generation != 1:
                return None
        else:
            return None
    return wraps, position


def check_canonical(slots: list[Slot], generation: int) -> None:
    """One client slot first; at most one recovery slot next; then ondersteuners."""
    if not slots or not isinstance(slots[0], ClientSlot | LegacySlot):
        raise CorruptFile("slot table not canonical: no client slot first")
    rest = slots[1:]
    if any(isinstance(s, ClientSlot | LegacySlot) for s in rest):
        raise CorruptFile("slot table not canonical: two client slots")
    recovery = [i for i, s in enumerate(rest) if isinstance(s, RecoverySlot)]
    if len(recovery) > 1 or (recovery and recovery[0] != 0):
        raise CorruptFile("slot table not canonical: recovery slot")
    if isinstance(slots[0], LegacySlot) and generation != 1:
        raise CorruptFile("a format-1 client slot in a re-keyed card")
