"""Key handling: the file key, its purpose-bound subkeys, and the two ways it is wrapped.

One random 256-bit file key per card. It never encrypts anything itself: HKDF derives one subkey
per purpose (header MAC, payload records, slot labels), so no key is used for two jobs.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FILE_KEY_LENGTH = 32
NONCE_LENGTH = 12
TAG_LENGTH = 16
WRAPPED_LENGTH = FILE_KEY_LENGTH + TAG_LENGTH
ZERO_NONCE = b"\0" * NONCE_LENGTH

LABEL = b"crisiskaart/v1 "
LABEL_V2 = b"crisiskaart/v2 "


def hkdf(ikm: bytes, info: str, salt: bytes | None = None, label: bytes = LABEL) -> bytes:
    """HKDF-SHA256 to 32 bytes, with a purpose string so keys for different jobs never coincide."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=label + info.encode()).derive(
        ikm
    )


def header_mac_key(file_key: bytes) -> bytes:
    return hkdf(file_key, "header")


def payload_key(file_key: bytes) -> bytes:
    return hkdf(file_key, "payload")


def label_key(file_key: bytes) -> bytes:
    return hkdf(file_key, "slot label")


def mac(key: bytes, data: bytes) -> bytes:
    return hmac.digest(key, data, hashlib.sha256)  # one call into OpenSSL: 500 commits at open


def mac_ok(key: bytes, data: bytes, tag: bytes) -> bool:
    return hmac.compare_digest(mac(key, data), tag)


def seal(key: bytes, nonce: bytes, plaintext: bytes, ad: bytes) -> bytes:
    return AESGCM(key).encrypt(nonce, plaintext, ad)


def open_sealed(key: bytes, nonce: bytes, ciphertext: bytes, ad: bytes) -> bytes | None:
    """The plaintext, or None when authentication fails (caller picks the error type)."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, ad)
    except InvalidTag:
        return None


# --- passphrase wrap ---------------------------------------------------------------------------
# The wrapping key comes from Argon2id with a fresh salt each time, so a zero nonce is safe.
def wrap_with_key(wrapping_key: bytes, file_key: bytes, ad: bytes) -> bytes:
    return seal(wrapping_key, ZERO_NONCE, file_key, ad)


def unwrap_with_key(wrapping_key: bytes, wrapped: bytes, ad: bytes) -> bytes | None:
    return open_sealed(wrapping_key, ZERO_NONCE, wrapped, ad)


# --- X25519 wrap (age-style) -------------------------------------------------------------------
def _x25519_wrapping_key(
    shared: bytes, ephemeral_public: bytes, recipient_public: bytes, label: bytes = LABEL
) -> bytes:
    return hkdf(shared, "X25519", salt=ephemeral_public + recipient_public, label=label)


def public_bytes(key: X25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def private_bytes(key: X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def wrap_to_recipient(
    recipient_public: bytes, file_key: bytes, ephemeral_secret: bytes, ad: bytes, label: bytes = LABEL
) -> tuple[bytes, bytes]:
    """(ephemeral public key, wrapped file key): a fresh ephemeral key per slot, so a zero nonce."""
    ephemeral = X25519PrivateKey.from_private_bytes(ephemeral_secret)
    ephemeral_public = public_bytes(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _x25519_wrapping_key(shared, ephemeral_public, recipient_public, label)
    return ephemeral_public, seal(key, ZERO_NONCE, file_key, ad)


def unwrap_as_recipient(
    private: X25519PrivateKey, ephemeral_public: bytes, wrapped: bytes, ad: bytes, label: bytes = LABEL,
    recipient_public: bytes | None = None,
) -> bytes | None:
    """The file key, or None if the slot is not for ``private``.

    ``recipient_public`` is ``private``'s own public key, for a caller that tries many slots with
    one key (a caseload); a wrong one only makes the unwrap fail, as the HKDF salt then differs.
    """
    if recipient_public is None:
        recipient_public = public_bytes(private.public_key())
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError:  # all-zero shared secret: a low-order point, never produced by us
        return None
    key = _x25519_wrapping_key(shared, ephemeral_public, recipient_public, label)
    return open_sealed(key, ZERO_NONCE, wrapped, ad)
