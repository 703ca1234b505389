"""JWE compact serialisation with ``alg: dir`` and ``enc: A256GCM`` (RFC 7516, RFC 7518 §5.3).

The hosted file of the linked summary is one JWE (the same profile SMART Health Links use for
their files); the 256-bit key is in the QR only. No crypto is invented here: the content key *is*
the shared key (``dir``), the protected header is the additional authenticated data, the IV is 96
random bits, the tag 128 bits.
The header also carries ``kid``, a hash of the key, so a reader can tell a wrong key (kid differs)
from a changed file (kid matches but the tag fails) — AES-GCM alone cannot tell them apart.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
IV_BYTES = 12
CONTENT_TYPE = "application/json"


class JweError(ValueError):
    """Base of the reasons a JWE cannot be opened."""


class MalformedJwe(JweError):
    """Not a compact JWE of the kind we write (wrong parts, header, algorithm)."""


class WrongKey(JweError):
    """The header's key id does not match the key: this QR does not belong to this file."""


class TamperedJwe(JweError):
    """The key is right but authentication failed: the file was changed or damaged."""


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Strict base64url without padding; refuses non-canonical input so a text has one meaning."""
    if not text or any(c not in _B64URL for c in text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error:
        raise ValueError("not base64url") from None
    if b64url_encode(data) != text:
        raise ValueError("not canonical base64url")
    return data


_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def key_id(key: bytes) -> str:
    """The ``kid`` header value: the first 128 bits of SHA-256(key), base64url (22 characters)."""
    return b64url_encode(hashlib.sha256(key).digest()[:16])


def encrypt(plaintext: bytes, key: bytes, *, iv: bytes | None = None) -> str:
    """``plaintext`` as a JWE compact string; ``iv`` only for known-answer tests."""
    if len(key) != KEY_BYTES:
        raise ValueError("A256GCM needs a 256-bit key")
    header = {"alg": "dir", "enc": "A256GCM", "cty": CONTENT_TYPE, "kid": key_id(key)}
    protected = b64url_encode(json.dumps(header, separators=(",", ":")).encode("ascii"))
    iv = os.urandom(IV_BYTES) if iv is None else iv
    sealed = AESGCM(key).encrypt(iv, plaintext, protected.encode("ascii"))
    ciphertext, tag = sealed[:-16], sealed[-16:]
    return ".".join((protected, "", b64url_encode(iv), b64url_encode(ciphertext), b64url_encode(tag)))


def decrypt(token: str, key: bytes) -> bytes:
    """The plaintext of a JWE compact string; raises MalformedJwe, WrongKey or TamperedJwe."""
    header = read_header(token)
    protected, encrypted_key, iv_text, ciphertext_text, tag_text = token.strip().split(".")
    if encrypted_key:
        raise MalformedJwe("dir JWE must have an empty encrypted key")
    if "kid" in header and header["kid"] != key_id(key):
        raise WrongKey("key id does not match")
    try:
        iv, ciphertext, tag = (b64url_decode(p) for p in (iv_text, ciphertext_text, tag_text))
    except ValueError:
        raise TamperedJwe("parts are not base64url") from None
    if len(iv) != IV_BYTES or len(tag) != 16:
        raise TamperedJwe("wrong IV or tag length")
    try:
        return AESGCM(key).decrypt(iv, ciphertext + tag, protected.encode("ascii"))
    except InvalidTag:
        raise TamperedJwe("authentication failed") from None


def read_header(token: str) -> dict[str, Any]:
    """The protected header, checked to be ``dir`` / ``A256GCM`` without compression."""
    parts = token.strip().split(".")
    if len(parts) != 5:
        raise MalformedJwe("a compact JWE has five parts")
    try:
        header = json.loads(b64url_decode(parts[0]))
    except (ValueError, RecursionError):  # a crafted header may nest thousands of brackets deep
        raise MalformedJwe("header is not base64url JSON") from None
    if not isinstance(header, dict) or header.get("alg") != "dir" or header.get("enc") != "A256GCM":
        raise MalformedJwe("only alg dir with enc A256GCM is supported")
    if "zip" in header or "crit" in header:
        raise MalformedJwe("compression and critical extensions are not supported")
    return header
