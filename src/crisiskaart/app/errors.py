"""Every error in one calm line: what the CLI prints after ``crisiskaart:`` and what the editor shows.

The person using this program may be reading it during a hard moment, so a failure is told in
words — what happened and, where it helps, what to do — and never as a traceback or the name of a
Python class. ``describe`` is the only place that turns an exception into text; the errors the
application layer raises itself are defined here too, each with its exit code (the numbers of
docs/cli.md, as the store's errors carry them).
"""

from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from crisiskaart.app.texts import app_text
from crisiskaart.catalogue import sentence
from crisiskaart.store.errors import EXIT_ACCESS, EXIT_CORRUPT, EXIT_INVALID, CorruptFile, StoreError

if TYPE_CHECKING:  # imported only when such an error can exist (see _loaded)
    from crisiskaart.summary.link import LinkError
    from crisiskaart.summary.publish import PublishError

EXIT_INTERNAL = 70


class AppError(Exception):
    """A failure of the application layer, worded for the user by ``message``."""

    exit_code: int = EXIT_INVALID
    key: str = "unknown_error"

    def __init__(self, **params: object) -> None:
        super().__init__(self.key)
        self.params = params

    def message(self, language: str = "nl") -> str:
        return app_text(self.key, language, **self.params)


class FormatUnavailable(AppError):
    """The export format is listed but its module is not part of this version yet."""

    key = "format_unavailable"


class DestinationExists(AppError):
    """An export is never written over an existing file unless the caller asks for that."""

    key = "destination_exists"


class NotInForce(AppError):
    """A card that was withdrawn or replaced is not printed or exported as a card again: in a wallet
    it would read as valid, with old phone numbers and medicines (``store.lifecycle.no_longer_counts``)."""

    def __init__(self, *, number: int, withdrawn: bool) -> None:
        self.key = "version_withdrawn" if withdrawn else "version_replaced"
        super().__init__(number=number)


class OrganisationInvalid(AppError):
    """The organisation profile (title, colour, logo, viewer address) cannot be read or is wrong.

    The cause is kept, so its reason is worded in the language of whoever shows the error.
    """

    key = "organisation_invalid"

    def __init__(self, path: Path, cause: Exception) -> None:
        super().__init__(path=path)
        self.cause = cause

    def message(self, language: str = "nl") -> str:
        from crisiskaart.app.organisation import problem

        return app_text(self.key, language, path=self.params["path"], reason=problem(self.cause, language))


class LinkNeedsCard(AppError):
    """The linked QR's key must be kept in the encrypted card; a JSON file cannot keep it."""

    key = "link_needs_card"


class LinkNeedsLatest(AppError):
    """A new key is saved as a new version, so it can only be made from the card's latest version."""

    key = "link_needs_latest"


class NoLinkToWithdraw(AppError):
    """Intrekken needs a linked summary; a card that never had one has nothing to withdraw."""

    key = "summary_no_link"


class NeedsViewer(AppError):
    """The linked summary is read through the organisation's viewer: without its address, nothing to make."""

    key = "needs_viewer"


class NoWithdrawTarget(AppError):
    """Intrekken must reach the host: a folder to upload, or a WebDAV address to upload to at once."""

    key = "withdraw_needs_target"


class UploadFailed(AppError):
    """The WebDAV server could not be reached or said no; nothing in the card was changed.

    A refused user name or password is "no access" (exit 2), everything else exit 1.
    """

    key = "upload_failed"

    def __init__(self, cause: PublishError) -> None:
        super().__init__()
        self.cause = cause
        self.exit_code = EXIT_ACCESS if cause.refused else EXIT_INVALID

    def message(self, language: str = "nl") -> str:
        return self.cause.message(language)


class PlanFileInvalid(AppError):
    """An interchange JSON file that is not a plan; the first problem is named."""

    key = "invalid_json"

    def __init__(self, path: Path | str, issues: list) -> None:
        super().__init__(path=path)
        self.issues = issues

    def message(self, language: str = "nl") -> str:
        issue = _first_issue(self.issues, language)
        return app_text(self.key, language, path=self.params["path"], issue=issue)


class StoredPlanInvalid(CorruptFile):
    """A version in the card file decrypts fine but is not a plan: the card is damaged (exit 3)."""

    key = "stored_invalid"

    def __init__(self, number: int, issues: list) -> None:
        super().__init__(f"version {number} payload is not a plan: {len(issues)} issues", number=number)
        self.number = number
        self.issues = issues

    def message(self, language: str = "nl") -> str:
        return app_text(self.key, language, number=self.number, issue=_first_issue(self.issues, language))


class FileUnreadable(AppError):
    """A plan file that exists but cannot be read (``reason`` already in words)."""

    key = "file_unreadable"


class NotText(AppError):
    key = "not_text"


def _first_issue(issues: list, language: str) -> str:
    return issues[0].render(language) if issues else ""


def _loaded(module: str, name: str) -> type | None:
    """A class of a module only if that module was imported: an error of it can exist only then.

    Describing an error must not pull in pydantic or the QR code library just to say "no".
    """
    found = sys.modules.get(module)
    return getattr(found, name, None) if found is not None else None


_OS_KEYS = {
    errno.ENOENT: "file_not_found",
    errno.EACCES: "os_permission",
    errno.EPERM: "os_permission",
    errno.ENOSPC: "os_disk_full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "os_disk_full",
    errno.EROFS: "os_read_only",
    errno.EISDIR: "os_is_folder",
    errno.ENOTDIR: "os_not_folder",
    errno.EEXIST: "destination_exists",
    errno.ENAMETOOLONG: "os_name_too_long",
}


def _os_error(error: OSError, language: str) -> str:
    path = error.filename if error.filename is not None else app_text("os_no_path", language)
    return app_text(_OS_KEYS.get(error.errno or 0, "os_other"), language, path=path)


def describe(error: BaseException, language: str = "nl") -> str:
    """The one line a user sees for ``error``, in ``language`` (``nl`` or ``en``).

    Lower case and without a full stop, as the CLI prints it after ``crisiskaart:``; the editor
    shows it as a sentence with ``sentence(describe(error, language))``.
    """
    if isinstance(error, StoreError | AppError):
        return error.message(language)
    plan_invalid = _loaded("crisiskaart.model.io", "PlanInvalid")
    if plan_invalid is not None and isinstance(error, plan_invalid):
        issues = getattr(error, "issues", [])
        return _first_issue(issues, language) or app_text("plan_invalid", language)
    link_error: type[LinkError] | None = _loaded("crisiskaart.summary.link", "LinkError")
    if link_error is not None and isinstance(error, link_error):
        return error.message(language)
    if isinstance(error, OSError):
        return _os_error(error, language)
    if isinstance(error, UnicodeDecodeError):
        return app_text("not_utf8", language)
    return app_text("unknown_error", language)


def exit_code(error: BaseException) -> int:
    """The CLI exit code for ``error`` (docs/cli.md): 1 invalid, 2 no access, 3 corrupt, 70 a bug."""
    if isinstance(error, StoreError | AppError):
        return error.exit_code
    if isinstance(error, OSError):
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return EXIT_ACCESS
        return EXIT_INVALID
    for module, name in (("crisiskaart.model.io", "PlanInvalid"), ("crisiskaart.summary.link", "LinkError")):
        kind = _loaded(module, name)
        if kind is not None and isinstance(error, kind):
            return EXIT_INVALID
    if isinstance(error, UnicodeDecodeError):
        return EXIT_INVALID
    return EXIT_INTERNAL


__all__ = [
    "EXIT_CORRUPT",
    "EXIT_INTERNAL",
    "AppError",
    "DestinationExists",
    "FileUnreadable",
    "FormatUnavailable",
    "LinkNeedsCard",
    "LinkNeedsLatest",
    "NeedsViewer",
    "NoLinkToWithdraw",
    "NoWithdrawTarget",
    "NotText",
    "OrganisationInvalid",
    "PlanFileInvalid",
    "StoredPlanInvalid",
    "UploadFailed",
    "describe",
    "exit_code",
    "sentence",
]
