"""Commands on encrypted card files: new, show, versions, passwd, ondersteuner create/add/remove.

Passphrases never come from arguments (they would end up in shell history and ``ps``): a
terminal prompt, ``CRISISKAART_PASSPHRASE`` or ``--passphrase-file``; for a new one
``CRISISKAART_NEW_PASSPHRASE`` or ``--new-passphrase-file``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from crisiskaart.app.cards import encode_plan, plan_summary
from crisiskaart.app.errors import describe, exit_code
from crisiskaart.cli.errors import CliError, ExitCode
from crisiskaart.cli.printable import printable
from crisiskaart.cli.texts import cli_text
from crisiskaart.store import (
    DEFAULT_KDF,
    CardExists,
    CardFile,
    KdfParams,
    OndersteunerProfile,
    Status,
    create_card,
    create_profile,
    fingerprint,
    open_profile,
    public_key_path,
    read_public_key,
)

if TYPE_CHECKING:
    from crisiskaart.model import CrisisPlan

# Tests lower this; users get the calibrated default.
NEW_KDF: KdfParams = DEFAULT_KDF

# --- arguments -----------------------------------------------------------------------------------
def _credential_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")
    parser.add_argument(
        "--profile", type=Path, help="open as ondersteuner with this profile (its passphrase)"
    )
    parser.add_argument(
        "--recovery-code-file", type=Path,
        help="open as the client with the recovery code from this file (the noodblad)",
    )


def _keep_backups_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--keep-backups", action="store_true",
        help="keep the backups beside the card (by default they go: they still have the old access)",
    )


def _new_passphrase_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-passphrase-file", type=Path, help="read the new passphrase from this file")


def register(subparsers: argparse._SubParsersAction) -> None:
    new = subparsers.add_parser("new", help="create an encrypted card from interchange JSON")
    new.add_argument("file", type=Path, help="card file to create (never overwritten)")
    new.add_argument("--from-json", required=True, help="card in interchange JSON, or - for stdin")
    new.add_argument("--status", choices=[s.value for s in Status], default=Status.CONCEPT.value)
    new.add_argument("--note", default="", help="note for this version")
    new.add_argument("--passphrase-file", type=Path, help="read the new passphrase from this file")
    new.set_defaults(handler=run_new)

    show = subparsers.add_parser("show", help="print a version of the card as JSON")
    show.add_argument("file", type=Path)
    show.add_argument("--version", type=int, dest="number", metavar="N", help="version number")
    _credential_arguments(show)
    show.set_defaults(handler=run_show)

    versions = subparsers.add_parser("versions", help="list the versions of a card")
    versions.add_argument("file", type=Path)
    versions.add_argument("--json", action="store_true", help="as JSON")
    _credential_arguments(versions)
    versions.set_defaults(handler=run_versions)

    passwd = subparsers.add_parser("passwd", help="change the client passphrase")
    passwd.add_argument("file", type=Path)
    _keep_backups_argument(passwd)
    _credential_arguments(passwd)
    _new_passphrase_argument(passwd)
    passwd.set_defaults(handler=run_passwd)

    ondersteuner = subparsers.add_parser("ondersteuner", help="ondersteuner profiles and access")
    actions = ondersteuner.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create an ondersteuner profile (and PROFILE.pub)")
    create.add_argument("profile_file", type=Path)
    create.add_argument("--name")
    create.add_argument("--organisation")
    create.add_argument("--passphrase-file", type=Path, help="read the new passphrase from this file")
    create.set_defaults(handler=run_ondersteuner_create)
    add = actions.add_parser("add", help="give an ondersteuner access to a card")
    add.add_argument("file", type=Path)
    add.add_argument("public_key_file", type=Path)
    _credential_arguments(add)
    add.set_defaults(handler=run_ondersteuner_add)
    remove = actions.add_parser("remove", help="take away an ondersteuner's access")
    remove.add_argument("file", type=Path)
    remove.add_argument("name")
    _keep_backups_argument(remove)
    _credential_arguments(remove)
    remove.set_defaults(handler=run_ondersteuner_remove)


# --- passphrases ---------------------------------------------------------------------------------
def _read_secret_file(path: Path, language: str) -> str:
    try:
        value = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or type(error).__name__
        raise CliError(cli_text("file_unreadable", language, path=path, reason=reason)) from None
    return value.removesuffix("\n").removesuffix("\r")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def existing_passphrase(args: argparse.Namespace, prompt_key: str = "prompt") -> str:
    if getattr(args, "passphrase_file", None) is not None:
        return _read_secret_file(args.passphrase_file, args.language)
    if os.environ.get("CRISISKAART_PASSPHRASE"):
        return os.environ["CRISISKAART_PASSPHRASE"]
    if _interactive():
        return getpass.getpass(cli_text(prompt_key, args.language))
    raise CliError(cli_text("no_passphrase", args.language), ExitCode.INVALID)


def new_passphrase(
    args: argparse.Namespace, file_attribute: str = "new_passphrase_file",
    env: str = "CRISISKAART_NEW_PASSPHRASE", missing: str = "no_new_passphrase",
) -> str:
    """A passphrase someone chooses now (new card, passwd, new profile), refused when easy to guess.

    A card file can be copied and attacked offline, so every new passphrase must reach zxcvbn's
    score 3; the names on the command line are the words an attacker would try first.
    """
    from crisiskaart.store.strength import judge_passphrase

    path = getattr(args, file_attribute, None)
    if path is not None:
        passphrase = _read_secret_file(path, args.language)
    elif os.environ.get(env):
        passphrase = os.environ[env]
    elif _interactive():
        passphrase = getpass.getpass(cli_text("prompt_new", args.language))
        if getpass.getpass(cli_text("prompt_again", args.language)) != passphrase:
            raise CliError(cli_text("mismatch", args.language))
    else:
        raise CliError(cli_text(missing, args.language))
    hints = [value for value in (getattr(args, "name", None), getattr(args, "organisation", None))
             if isinstance(value, str)]
    hints += [Path(value).stem for value in (getattr(args, "file", None), getattr(args, "profile_file", None))
              if isinstance(value, str | Path)]
    judgement = judge_passphrase(passphrase, hints)
    if not judgement.acceptable:
        raise CliError(judgement.reason(args.language), ExitCode.INVALID)
    return passphrase


# --- glue ----------------------------------------------------------------------------------------
def _store_errors(function: Callable[[argparse.Namespace], int]) -> Callable[..., int]:
    """Every error the store or the application layer words becomes one line with its exit code.

    The words come from ``crisiskaart.app.errors.describe``, the same the editor shows. A closed
    pipe (``| head``) is left to ``main``, which says nothing.
    """

    def wrapper(args: argparse.Namespace) -> int:
        try:
            return function(args)
        except BrokenPipeError:
            raise
        except Exception as error:
            code = exit_code(error)
            if code == ExitCode.INTERNAL:  # a bug (or a CliError already worded): main says it
                raise
            raise CliError(describe(error, args.language), ExitCode(code)) from None

    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper


def open_with_credential(args: argparse.Namespace, path: Path, *, writable: bool) -> CardFile:
    """Open ``path`` with the credential the arguments name; notices go to stderr as "let op"."""
    from crisiskaart.app.cards import open_card_with

    if getattr(args, "recovery_code_file", None) is not None:
        if args.profile is not None:
            raise CliError(cli_text("two_credentials", args.language))
        code = _read_secret_file(args.recovery_code_file, args.language)
        card = open_card_with(path, recovery_code=code, writable=writable)
    elif args.profile is not None:
        profile: OndersteunerProfile = open_profile(
            args.profile, existing_passphrase(args, "prompt_profile")
        )
        card = open_card_with(path, profile=profile, writable=writable)
    else:
        card = open_card_with(path, passphrase=existing_passphrase(args), writable=writable)
    for notice in card.notices:
        print(f"{cli_text('warning_prefix', args.language)}: {printable(notice.message(args.language))}",
              file=sys.stderr)
    return card


def _open(args: argparse.Namespace, *, writable: bool) -> CardFile:
    return open_with_credential(args, args.file, writable=writable)


def _load_plan(source: str, language: str) -> CrisisPlan:
    """The plan in interchange JSON from file ``source`` or standard input (``-``)."""
    from crisiskaart.app.cards import plan_from_json
    from crisiskaart.cli.model_commands import read_text_argument

    return plan_from_json(read_text_argument(source, language), source)


# --- commands ------------------------------------------------------------------------------------
@_store_errors
def run_new(args: argparse.Namespace) -> int:
    if args.file.exists():  # say so before asking for a passphrase; create_card checks again
        raise CardExists(str(args.file), path=args.file)
    from crisiskaart.app.summary_keys import for_new_card

    own = for_new_card(_load_plan(args.from_json, args.language))  # a summary key of its own
    plan = own.plan
    passphrase = new_passphrase(args, "passphrase_file", "CRISISKAART_PASSPHRASE", "no_passphrase")
    create_card(
        args.file,
        passphrase,
        encode_plan(plan),
        summary=plan_summary(plan),
        status=Status(args.status),
        note=args.note,
        kdf=NEW_KDF,
    ).close()
    if own.change is not None:
        print(f"crisiskaart: {cli_text('warning_prefix', args.language)}: {own.notice(args.language)}",
              file=sys.stderr)
    print(cli_text("created", args.language, path=args.file), file=sys.stderr)
    return ExitCode.OK


@_store_errors
def run_show(args: argparse.Namespace) -> int:
    from crisiskaart.app.cards import read_plan
    from crisiskaart.model import dump_plan_json

    with _open(args, writable=False) as card:
        plan = read_plan(card, args.number)
    print(dump_plan_json(plan))
    return ExitCode.OK


@_store_errors
def run_versions(args: argparse.Namespace) -> int:
    with _open(args, writable=False) as card:
        versions = card.versions
    if args.json:
        rows = [
            {
                "number": v.number,
                "time": v.time.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "status": v.status.value,
                "author": {"role": v.author.role.value, "name": v.author.name},
                "note": v.note,
            }
            for v in versions
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for v in versions:  # names and notes are the card's text: never terminal controls
            note = f"  {printable(v.note)}" if v.note else ""
            print(
                f"{v.number:>3}  {v.status.value:<11}  {v.time:%Y-%m-%d %H:%M}  "
                f"{v.author.role.value}: {printable(v.author.name)}{note}"
            )
    return ExitCode.OK


@_store_errors
def run_passwd(args: argparse.Namespace) -> int:
    with _open(args, writable=True) as card:
        card.check_client("change_passphrase")  # before asking for a new passphrase
        card.change_passphrase(new_passphrase(args), kdf=NEW_KDF, keep_backups=args.keep_backups)
    print(cli_text("passwd_done", args.language, path=args.file), file=sys.stderr)
    return ExitCode.OK


@_store_errors
def run_ondersteuner_create(args: argparse.Namespace) -> int:
    name = args.name
    organisation = args.organisation
    if name is None:
        if not _interactive():
            raise CliError(cli_text("no_name", args.language))
        name = input(cli_text("prompt_name", args.language))
    if organisation is None:
        organisation = input(cli_text("prompt_org", args.language)) if _interactive() else ""
    if args.profile_file.exists():
        raise CardExists(str(args.profile_file), path=args.profile_file)
    passphrase = new_passphrase(args, "passphrase_file", "CRISISKAART_PASSPHRASE", "no_passphrase")
    profile = create_profile(args.profile_file, passphrase, name, organisation, kdf=NEW_KDF)
    print(
        cli_text(
            "profile_created",
            args.language,
            path=args.profile_file,
            public=public_key_path(args.profile_file),
            fingerprint=fingerprint(profile.public_key),
        ),
        file=sys.stderr,
    )
    return ExitCode.OK


@_store_errors
def run_ondersteuner_add(args: argparse.Namespace) -> int:
    recipient = read_public_key(args.public_key_file)
    with _open(args, writable=True) as card:
        card.add_ondersteuner(recipient)
    print(
        cli_text(
            "added",
            args.language,
            name=recipient.name,
            organisation=recipient.organisation or "-",
            fingerprint=fingerprint(recipient.public_key),
        ),
        file=sys.stderr,
    )
    return ExitCode.OK


@_store_errors
def run_ondersteuner_remove(args: argparse.Namespace) -> int:
    with _open(args, writable=True) as card:
        removed = card.remove_ondersteuner(args.name, keep_backups=args.keep_backups)
    print(cli_text("removed", args.language, name=removed.name), file=sys.stderr)
    return ExitCode.OK
