"""The bridge between the document model and the encrypted store (neither imports the other).

The CLI, the editor, the workspace and the exports read and write plans in card files through
here, so the index summary, the payload encoding and what counts as a damaged version are decided
in one place. Saving edited content follows the store's history rules: the latest concept is
amended, a signed version is never changed and gets a new concept after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crisiskaart.app.errors import FileUnreadable, NotText, PlanFileInvalid, StoredPlanInvalid
from crisiskaart.model import CrisisPlan, PlanInvalid, dump_plan_json, load_plan_json
from crisiskaart.store import (
    CardFile,
    CardNotFound,
    CardSummary,
    Credential,
    OndersteunerProfile,
    VersionInfo,
    open_card,
    open_profile,
)
from crisiskaart.store.recovery_code import RecoveryCode


def plan_summary(plan: CrisisPlan) -> CardSummary:
    """What the (separately encrypted) index record tells a caseload list without opening versions."""
    return CardSummary(
        display_name=plan.personal.full_name,
        signed_on=plan.management.signed_on,
        valid_until=plan.management.valid_until,
        drawn_up_on=plan.management.drawn_up_on,
    )


def encode_plan(plan: CrisisPlan) -> bytes:
    return dump_plan_json(plan).encode("utf-8")


def open_card_with(
    path: Path,
    *,
    passphrase: str | None = None,
    profile: OndersteunerProfile | None = None,
    recovery_code: str | RecoveryCode | None = None,
    writable: bool,
) -> CardFile:
    """Open a card with one credential: the client's passphrase, her herstelcode or a profile.

    ``writable`` is required: opening for writing takes the card's edit lock, so a reader (an
    export, a preview) must not take it by accident while the editor has the card open.
    """
    return open_card(Path(path), passphrase=passphrase, profile=profile, recovery_code=recovery_code,
                     writable=writable)


@dataclass
class UnlockedCard:
    """A card opened for editing, its latest plan, and the credential that opened it."""

    card: CardFile
    plan: CrisisPlan
    credential: Credential


def unlock_for_editing(path: Path, passphrase: str = "", *, profile_path: Path | None = None,
                       recovery_code: str | None = None) -> UnlockedCard:
    """Open a card for editing with what the person typed, and read its latest plan.

    This is what opening costs: Argon2id of the passphrase (and of the profile's), decryption and
    the model's validation. It has no Qt in it, so the editor runs it beside its event loop. When
    the plan cannot be read, the card is closed again: its edit lock is not left behind.
    """
    if recovery_code is not None:  # "Wachtwoord vergeten?": the herstelcode opens it as the client
        credential = Credential(recovery_code=recovery_code)
    elif profile_path is not None:
        credential = Credential(profile=open_profile(profile_path, passphrase))
    else:
        credential = Credential(passphrase=passphrase)
    card = open_card(Path(path), passphrase=credential.passphrase, profile=credential.profile,
                     recovery_code=credential.recovery_code, writable=True)
    try:
        plan = read_plan(card)
    except BaseException:
        card.close()
        raise
    return UnlockedCard(card, plan, credential)


def version_number(card: CardFile, number: int | None = None) -> int:
    """``number``, or the latest version's number when it is None."""
    return len(card.versions) if number is None else number


def version_info(card: CardFile, number: int | None = None) -> VersionInfo:
    """Number, status, time and author of a version (default the latest); unknown numbers refused."""
    number = version_number(card, number)
    card.payload(number)  # the store's own refusal of a version that does not exist (UnknownVersion)
    return card.versions[number - 1]


def read_plan(card: CardFile, number: int | None = None) -> CrisisPlan:
    """The plan of a version (default latest); a payload that is not a plan is a damaged card."""
    number = version_number(card, number)
    try:
        return load_plan_json(card.payload(number))
    except PlanInvalid as invalid:
        raise StoredPlanInvalid(number, invalid.issues) from None


def save_plan(card: CardFile, plan: CrisisPlan, note: str | None = None, *,
              author_name: str | None = None) -> VersionInfo:
    """Store edited content: amend the latest concept, or start a new concept after a signed one."""
    from crisiskaart.store.lifecycle import save_draft

    return save_draft(card, encode_plan(plan), summary=plan_summary(plan), note=note, author_name=author_name)


def plan_from_json(text: str | bytes, source: Path | str) -> CrisisPlan:
    """Interchange JSON read as a plan; ``source`` names it in the error ("- " for standard input)."""
    try:
        return load_plan_json(text)
    except PlanInvalid as invalid:
        raise PlanFileInvalid(source, invalid.issues) from None


def load_plan_file(path: Path) -> CrisisPlan:
    """A plan from an interchange JSON file (UTF-8, an optional byte-order mark is allowed)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CardNotFound(str(path), path=path) from None
    except OSError as error:
        raise FileUnreadable(path=path, reason=error.strerror or error) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotText(path=path) from None
    return plan_from_json(text, path)


def is_plan_file(path: Path) -> bool:
    """True for interchange JSON (starts with "{" after an optional BOM and white space).

    A card file starts with its binary magic, so the two are told apart by content, not by name.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            start = handle.read(64)
    except FileNotFoundError:
        raise CardNotFound(str(path), path=path) from None
    except OSError as error:
        raise FileUnreadable(path=path, reason=error.strerror or error) from None
    return start.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{")
