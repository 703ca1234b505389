"""Typed store errors: each says in Dutch or English what happened and which exit code it maps to.

The store never imports the CLI; ``exit_code`` uses the same numbers as ``crisiskaart.cli.errors``
(1 invalid, 2 access, 3 corrupt, 4 locked) so the CLI can pass them straight through.
"""

from __future__ import annotations

from crisiskaart.store.messages import store_text

EXIT_INVALID = 1
EXIT_ACCESS = 2
EXIT_CORRUPT = 3
EXIT_LOCKED = 4


class StoreError(Exception):
    """Base of every failure the store reports; never carries card plaintext."""

    exit_code: int = EXIT_INVALID
    key: str = "store_error"

    def __init__(self, detail: str = "", **params: object) -> None:
        super().__init__(detail or self.key)
        self.detail = detail
        self.params = params

    def message(self, language: str = "nl") -> str:
        """One line for the user in ``language`` ('nl' or 'en')."""
        return store_text(self.key, language, **self.params)


# --- access ------------------------------------------------------------------------------------
class NoAccess(StoreError):
    """The credential given does not open this file."""

    exit_code = EXIT_ACCESS
    key = "no_access"


class WrongPassphrase(NoAccess):
    """The passphrase is wrong (or the slot it would open is damaged: the two look the same)."""

    key = "wrong_passphrase"


class ProfileWrongPassphrase(WrongPassphrase):
    """The profile's passphrase is wrong, or its sealed key is damaged (the two look the same)."""

    key = "profile_wrong_passphrase"


class NotARecipient(NoAccess):
    """The ondersteuner profile has no key slot in this card."""

    key = "not_a_recipient"


class FileUnreadable(NoAccess):
    """The operating system refused to let us read the file."""

    key = "file_unreadable"


# --- corrupt -----------------------------------------------------------------------------------
class CorruptFile(StoreError):
    """The file is not a well-formed card file (truncated, malformed, wrong kind of file)."""

    exit_code = EXIT_CORRUPT
    key = "corrupt"


class ProfileUnreadable(CorruptFile):
    """The file chosen as an ondersteuner profile is none (a card, a text) or a damaged one."""

    key = "profile_corrupt"


class PublicKeyNotProfile(ProfileUnreadable):
    """The ``.pub`` file beside a profile was chosen: it holds no secret, so it cannot unlock."""

    key = "profile_is_public_key"


class CardNotProfile(ProfileUnreadable):
    """A card file was chosen where the ondersteuner's own profile was asked for."""

    key = "profile_is_card"


class Tampered(CorruptFile):
    """The file is well formed but its authentication failed: changed, spliced or rolled back."""

    key = "tampered"


class CardChanged(StoreError):
    """The card file was replaced or changed on disk while it was open here (read lazily)."""

    exit_code = EXIT_CORRUPT
    key = "card_changed"


class UnsafeParameters(CorruptFile):
    """The file asks for key-derivation work beyond our caps; refused before running the KDF."""

    key = "unsafe_parameters"


class UnsupportedVersion(StoreError):
    """The file was written by a newer (or unknown) format version."""

    exit_code = EXIT_CORRUPT
    key = "unsupported_version"


class ProfileNewerVersion(UnsupportedVersion):
    """An ondersteuner profile of a newer (or unknown) format version: said of a profile, not a card."""

    key = "profile_unsupported_version"


# --- locked ------------------------------------------------------------------------------------
class CardLocked(StoreError):
    """Another process or window has this card open for editing."""

    exit_code = EXIT_LOCKED
    key = "locked"


# --- invalid requests --------------------------------------------------------------------------
class CardExists(StoreError):
    """Refusing to overwrite an existing file when creating a card."""

    key = "exists"


class CardNotFound(StoreError):
    """The card file does not exist."""

    key = "not_found"


class InvalidRequest(StoreError):
    """A request that cannot be carried out (unknown ondersteuner, duplicate slot, bad input)."""

    key = "invalid_request"


# --- saving ------------------------------------------------------------------------------------
class SaveError(StoreError):
    """Saving failed; the original file is untouched and the temporary file removed."""

    key = "save_failed"


class DiskFull(SaveError):
    key = "disk_full"


class PermissionDenied(SaveError):
    exit_code = EXIT_ACCESS
    key = "permission_denied"


class ReadOnly(SaveError):
    exit_code = EXIT_ACCESS
    key = "read_only"


class UnknownOndersteuner(InvalidRequest):
    key = "unknown_ondersteuner"


class UnknownVersion(InvalidRequest):
    key = "unknown_version"


class DuplicateOndersteuner(InvalidRequest):
    key = "duplicate_ondersteuner"


class BadPublicKey(InvalidRequest):
    key = "bad_public_key"


class EmptyPassphrase(InvalidRequest):
    key = "empty_passphrase"


class OpenedReadOnly(InvalidRequest):
    key = "read_only_open"


class NotAConcept(InvalidRequest):
    """Only a concept version may be changed in place; signed versions are immutable."""

    key = "not_a_concept"


# --- who may do what (the client owns the card) ------------------------------------------------
class NotAllowed(StoreError):
    """The way the card was opened does not allow this change (e.g. an ondersteuner and the passphrase)."""

    exit_code = EXIT_ACCESS
    key = "not_allowed"

    def message(self, language: str = "nl") -> str:
        return store_text(f"not_allowed_{self.params.get('action', 'change')}", language, **self.params)


class NeedsClient(NotAllowed):
    """A format-1 card cannot be re-keyed until the client has opened it once with her passphrase."""

    key = "needs_client"

    def message(self, language: str = "nl") -> str:
        return store_text(self.key, language, **self.params)


class NoRecoveryCode(NoAccess):
    key = "no_recovery_code"


class WrongRecoveryCode(NoAccess):
    key = "wrong_recovery_code"


class FileReplaced(SaveError):
    """The card file was replaced by another program (a sync service) while it was open here."""

    key = "file_replaced"
