"""Ondersteuner profiles: an X25519 key pair whose private half is sealed under a passphrase.

``<profile>`` is binary and private to the ondersteuner; ``<profile>.pub`` is a small JSON file
(name, organisation, public key) that the client adds to a card. Neither contains client data.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from crisiskaart.store import keys
from crisiskaart.store.atomic import write_atomically
from crisiskaart.store.container import MAGIC as CARD_MAGIC
from crisiskaart.store.encoding import Reader, Writer
from crisiskaart.store.errors import (
    BadPublicKey,
    CardNotFound,
    CardNotProfile,
    CorruptFile,
    FileUnreadable,
    ProfileNewerVersion,
    ProfileUnreadable,
    ProfileWrongPassphrase,
    PublicKeyNotProfile,
    WrongPassphrase,
)
from crisiskaart.store.kdf import DEFAULT_KDF, DEFAULT_LIMITS, SALT_LENGTH, KdfLimits, KdfParams
from crisiskaart.store.slots import Random, Recipient

PROFILE_MAGIC = b"\x89CKPROF\n"
PROFILE_VERSION = 1
PUBLIC_FORMAT = "crisiskaart-ondersteuner/1"
_SEAL_AD = keys.LABEL + b"profile"


def public_key_path(profile: Path) -> Path:
    return Path(profile).with_name(Path(profile).name + ".pub")


def fingerprint(public_key: bytes) -> str:
    """A short form to compare by phone or on paper before adding a key: 4 groups of 4 hex."""
    digest = hashlib.sha256(keys.LABEL + public_key).hexdigest()[:16]
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class OndersteunerProfile:
    """An unlocked profile: can open every card that has a slot for its public key."""

    name: str
    organisation: str
    public_key: bytes
    private_key: X25519PrivateKey

    @property
    def recipient(self) -> Recipient:
        return Recipient(self.name, self.organisation, self.public_key)


def _read_bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise CardNotFound(str(path), path=path) from None
    except PermissionError:
        raise FileUnreadable(str(path), path=path) from None
    except IsADirectoryError:
        raise CardNotFound(str(path), path=path) from None


def _encode_unsealed(salt: bytes, kdf: KdfParams, public: bytes, name: str, org: str) -> bytes:
    return bytes(
        Writer()
        .raw(PROFILE_MAGIC)
        .u16(PROFILE_VERSION)
        .raw(salt)
        .u32(kdf.memory_kib)
        .u32(kdf.iterations)
        .u32(kdf.lanes)
        .raw(public)
        .blob16(name.encode())
        .blob16(org.encode())
    )


def create_profile(
    path: Path,
    passphrase: str,
    name: str,
    organisation: str = "",
    *,
    kdf: KdfParams = DEFAULT_KDF,
    random: Random = os.urandom,
) -> OndersteunerProfile:
    """Write ``path`` (refusing to overwrite) and ``path.pub``; returns the unlocked profile."""
    if not name.strip():
        raise BadPublicKey("empty name")
    private = X25519PrivateKey.from_private_bytes(random(32))
    public = keys.public_bytes(private.public_key())
    salt = random(SALT_LENGTH)
    head = _encode_unsealed(salt, kdf, public, name, organisation)
    sealed = keys.wrap_with_key(kdf.derive(passphrase, salt), keys.private_bytes(private), _SEAL_AD + head)
    write_atomically(Path(path), head + sealed, exclusive=True)
    profile = OndersteunerProfile(name, organisation, public, private)
    write_public_key(public_key_path(path), profile.recipient)
    return profile


def open_profile(
    path: Path, passphrase: str, *, limits: KdfLimits = DEFAULT_LIMITS
) -> OndersteunerProfile:
    """Unlock the profile at ``path``. A file that is no profile says what it is instead (its
    ``.pub`` key, a card), so the ondersteuner knows which file to choose."""
    data = _read_bytes(path)
    if data[: len(PROFILE_MAGIC)] != PROFILE_MAGIC:
        raise _not_a_profile(data)
    try:
        return _unlock(data, passphrase, limits)
    except WrongPassphrase:
        raise ProfileWrongPassphrase("profile passphrase") from None
    except CorruptFile as error:  # truncated, malformed, or asking for absurd key-derivation work
        raise ProfileUnreadable(error.detail) from None


def _not_a_profile(data: bytes) -> ProfileUnreadable:
    """What the chosen file is instead: the two files people pick by mistake are named."""
    if data.startswith(CARD_MAGIC):
        return CardNotProfile("a card file, not a profile")
    try:
        public = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        public = None
    if isinstance(public, dict) and public.get("format") == PUBLIC_FORMAT:
        return PublicKeyNotProfile("a public key file, not a profile")
    return ProfileUnreadable("not a profile file")


def _unlock(data: bytes, passphrase: str, limits: KdfLimits) -> OndersteunerProfile:
    reader = Reader(data, "profile")
    reader.raw(len(PROFILE_MAGIC))
    version = reader.u16()
    if version != PROFILE_VERSION:
        raise ProfileNewerVersion(f"profile version {version}", version=version)
    salt = reader.raw(SALT_LENGTH)
    kdf = KdfParams(memory_kib=reader.u32(), iterations=reader.u32(), lanes=reader.u32())
    public = reader.raw(32)
    try:
        name = reader.blob16().decode()
        organisation = reader.blob16().decode()
    except UnicodeDecodeError:
        raise CorruptFile("profile name not UTF-8") from None
    head = data[: reader.pos]
    sealed = reader.raw(keys.WRAPPED_LENGTH)
    reader.expect_end()
    limits.check(kdf)
    secret = keys.unwrap_with_key(kdf.derive(passphrase, salt), sealed, _SEAL_AD + head)
    if secret is None:
        raise WrongPassphrase("profile passphrase")
    private = X25519PrivateKey.from_private_bytes(secret)
    if keys.public_bytes(private.public_key()) != public:
        raise CorruptFile("profile key pair mismatch")
    return OndersteunerProfile(name, organisation, public, private)


def write_public_key(path: Path, recipient: Recipient, *, overwrite: bool = False) -> None:
    """The ``.pub`` file clients add to a card. It holds no secret, so the editor may replace an
    earlier export the person chose to overwrite; by default an existing file is refused."""
    text = json.dumps(
        {
            "format": PUBLIC_FORMAT,
            "name": recipient.name,
            "organisation": recipient.organisation,
            "public_key": recipient.public_key.hex(),
            "fingerprint": fingerprint(recipient.public_key),
        },
        ensure_ascii=False,
        indent=2,
    )
    write_atomically(Path(path), (text + "\n").encode(), exclusive=not overwrite, backups=0)


def read_public_key(path: Path) -> Recipient:
    """The ondersteuner in a ``.pub`` file; ``BadPublicKey`` if it is not one."""
    data = _read_bytes(path)
    try:
        obj = json.loads(data)
        if obj.get("format") != PUBLIC_FORMAT:
            raise ValueError("format")
        key = bytes.fromhex(obj["public_key"])
        name = obj["name"]
        organisation = obj.get("organisation", "")
        if len(key) != 32 or not isinstance(name, str) or not name.strip():
            raise ValueError("fields")
        if not isinstance(organisation, str):
            raise ValueError("organisation")
    except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError):
        raise BadPublicKey(str(path)) from None
    return Recipient(name, organisation, key)
