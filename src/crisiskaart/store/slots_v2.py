"""Key slots of format 2: every way in is an X25519 recipient, so anyone may re-key the card.

In format 1 the client's passphrase wrapped the file key directly, so only someone who knew the
passphrase could wrap a new key. Format 2 gives the client an X25519 key pair of her own; its
private half is sealed under Argon2id(passphrase) in the client slot and the file key is wrapped to
its public half, like an ondersteuner's. The recovery code derives a key pair the same way. A new
file key (rotation after removing an ondersteuner or a handover) can therefore be wrapped to every
remaining recipient by whoever makes the change, without learning the client's passphrase.
"""

from __future__ import annotations

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

    def unwrap(self, private: X25519PrivateKey) -> bytes | None:
        return keys.unwrap_as_recipient(private, self.ephemeral_public, self.wrapped, _ONDERSTEUNER_AD, V2)

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


def label_key(file_key: bytes) -> bytes:
    return keys.hkdf(file_key, "slot label", label=V2)


def _label_ad(card_id: bytes, ephemeral_public: bytes) -> bytes:
    return V2 + b"slot label" + card_id + ephemeral_public


def decode_slot(reader: Reader) -> Slot:
    """One slot; unknown types and wrong lengths are corrupt, not skipped."""
    kind = reader.u8()
    body = Reader(reader.blob16(), "slot")
    slot: Slot
    if kind == CLIENT:
        salt = body.raw(SALT_LENGTH)
        kdf = KdfParams(memory_kib=body.u32(), iterations=body.u32(), lanes=body.u32())
        slot = ClientSlot(
            salt, kdf, body.raw(PUBLIC_LENGTH), body.raw(keys.WRAPPED_LENGTH), body.raw(PUBLIC_LENGTH),
            body.raw(keys.WRAPPED_LENGTH),
        )
    elif kind == ONDERSTEUNER:
        ephemeral = body.raw(PUBLIC_LENGTH)
        wrapped = body.raw(keys.WRAPPED_LENGTH)
        nonce = body.raw(keys.NONCE_LENGTH)
        sealed = body.blob16()
        if len(sealed) < keys.TAG_LENGTH:
            raise CorruptFile("slot label too short")
        slot = OndersteunerSlot(ephemeral, wrapped, nonce, sealed)
    elif kind == RECOVERY:
        slot = RecoverySlot(
            body.raw(SALT_LENGTH), body.raw(PUBLIC_LENGTH), body.raw(PUBLIC_LENGTH),
            body.raw(keys.WRAPPED_LENGTH),
        )
    elif kind == LEGACY_CLIENT:
        salt = body.raw(SALT_LENGTH)
        kdf = KdfParams(memory_kib=body.u32(), iterations=body.u32(), lanes=body.u32())
        slot = LegacySlot(LegacyClientSlot(salt, kdf, body.raw(keys.WRAPPED_LENGTH)))
    else:
        raise CorruptFile(f"unknown slot type {kind}")
    body.expect_end()
    return slot


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
