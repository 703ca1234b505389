"""Commands for ondersteuners: ``caseload DIR --profile P`` and ``diff FILE A B``.

Both read only: ``caseload`` decrypts each card's small index record, ``diff`` two versions of
one card. Passphrases come from a terminal prompt, ``CRISISKAART_PASSPHRASE`` or
``--passphrase-file``, as for the other store commands.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from crisiskaart.cli.errors import CliError, ExitCode
from crisiskaart.cli.printable import printable
from crisiskaart.cli.store_commands import _open, _store_errors, existing_passphrase
from crisiskaart.cli.texts import cli_text
from crisiskaart.store import open_profile
from crisiskaart.workspace import (
    DEFAULT_REVIEW_WINDOW_DAYS,
    Access,
    CaseloadEntry,
    Change,
    diff_as_json,
    diff_plans,
    scan_caseload,
)
from crisiskaart.workspace.texts import ACCESS_WORDS, REVIEW_WORDS, STATUS_WORDS, word


def register(subparsers: argparse._SubParsersAction) -> None:
    caseload = subparsers.add_parser("caseload", help="list the cards in a folder for an ondersteuner")
    caseload.add_argument("folder", type=Path, help="folder with .crisiskaart files")
    caseload.add_argument("--profile", type=Path, required=True, help="ondersteuner profile file")
    caseload.add_argument("--passphrase-file", type=Path, help="read the profile passphrase from this file")
    caseload.add_argument("--days", type=int, default=DEFAULT_REVIEW_WINDOW_DAYS,
                          help="review due within this many days (default 30)")
    caseload.add_argument("--recursive", action="store_true", help="also look in subfolders")
    caseload.add_argument("--json", action="store_true", help="as JSON")
    caseload.set_defaults(handler=run_caseload)

    diff = subparsers.add_parser("diff", help="field-level differences between two versions of a card")
    diff.add_argument("file", type=Path)
    diff.add_argument("a", type=int, metavar="A", help="older version number")
    diff.add_argument("b", type=int, metavar="B", help="newer version number")
    diff.add_argument("--json", action="store_true", help="as JSON")
    diff.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")
    diff.add_argument("--profile", type=Path, help="open as ondersteuner with this profile")
    diff.set_defaults(handler=run_diff)


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _entry_json(entry: CaseloadEntry, language: str) -> dict[str, object]:
    index = entry.index
    return {
        "file": str(entry.path),
        "access": entry.access.value,
        "client": index.display_name if index else None,
        "status": index.status.value if index else None,
        "version": index.version_count if index else None,
        "signed_on": _day(index.signed_on) if index else None,
        "valid_until": _day(index.valid_until) if index else None,
        "review": entry.review.value,
        "days_to_review": entry.days_to_review,
        "last_change": index.last_change.strftime("%Y-%m-%dT%H:%M:%SZ") if index else None,
        "problem": entry.problem(language) or None,
        "copies": [str(path) for path in entry.copies],
        "forked": entry.forked,
    }


def _entry_line(entry: CaseloadEntry, language: str) -> str:
    """One row of the caseload table; names come from the cards, so controls in them are escaped."""
    index = entry.index
    file_name = printable(entry.path.name)
    if entry.copies:  # the other files of this card: not listed as rows of their own
        others = ", ".join(printable(path.name) for path in entry.copies)
        file_name += f"  ({entry.copies_text(language)}: {others})"
    if index is None:
        return f"({word(ACCESS_WORDS, entry.access.value, language)})  {file_name}"
    review = word(REVIEW_WORDS, entry.review.value, language)
    if entry.days_to_review is not None and entry.review.value in ("due", "expired"):
        review += f" ({entry.days_to_review:+d})"
    return "  ".join([
        f"{printable(index.display_name):<24}", f"{word(STATUS_WORDS, index.status.value, language):<11}",
        f"v{index.version_count:<3}", f"{_day(index.signed_on) or '-':<10}",
        f"{_day(index.valid_until) or '-':<10}", f"{review:<28}",
        f"{index.last_change:%Y-%m-%d %H:%M}", file_name,
    ])


@_store_errors
def run_caseload(args: argparse.Namespace) -> int:
    if not args.folder.is_dir():
        raise CliError(cli_text("not_a_folder", args.language, path=args.folder))
    if args.days < 0:
        raise CliError(cli_text("negative_days", args.language))
    profile = open_profile(args.profile, existing_passphrase(args, "prompt_profile"))
    entries = scan_caseload(args.folder, profile, window_days=args.days, recursive=args.recursive)
    if args.json:
        print(json.dumps([_entry_json(e, args.language) for e in entries], ensure_ascii=False, indent=2))
        return ExitCode.OK
    for entry in entries:
        print(_entry_line(entry, args.language))
    readable = sum(entry.access is Access.OK for entry in entries)
    print(cli_text("caseload_total", args.language, count=len(entries), readable=readable,
                   other=len(entries) - readable))
    return ExitCode.OK


_MARKS = {Change.ADDED: "+", Change.CHANGED: "~", Change.REMOVED: "-"}


@_store_errors
def run_diff(args: argparse.Namespace) -> int:
    from crisiskaart.app.cards import read_plan

    with _open(args, writable=False) as card:
        plans = {number: read_plan(card, number) for number in (args.a, args.b)}
    changes = diff_plans(plans[args.a], plans[args.b], args.language)
    if args.json:
        print(json.dumps(diff_as_json(changes), ensure_ascii=False, indent=2))
        return ExitCode.OK
    if not changes:
        print(cli_text("diff_none", args.language, a=args.a, b=args.b))
    section = None
    for change in changes:
        if change.section_label != section:
            section = change.section_label
            print(f"== {section} ==")
        if change.change is Change.CHANGED:
            print(f"~ {change.label}: {change.old} → {change.new}")
        else:
            print(f"{_MARKS[change.change]} {change.label}: {change.new or change.old}")
    return ExitCode.OK
