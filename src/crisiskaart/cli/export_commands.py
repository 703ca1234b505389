"""``crisiskaart export FILE --format F -o OUT``: the wallet card, the A4 plan and the other exports.

FILE is an encrypted card (opened as ``show`` does: same passphrase sources) or a plain
interchange JSON file, told apart by content. An existing OUT is never overwritten without
``--force``. What did not fit on the card is printed on stderr, one line each; the exit code
stays 0 because the export was written. The work itself is ``crisiskaart.app.exporting``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crisiskaart.app.errors import DestinationExists
from crisiskaart.app.exporting import (
    ExportOutcome,
    ExportRequest,
    check_in_force,
    check_request,
    export_plan,
    needs_new_link,
)
from crisiskaart.cli.errors import CliError, ExitCode
from crisiskaart.cli.store_commands import _credential_arguments, _open, _store_errors
from crisiskaart.cli.texts import cli_text
from crisiskaart.export.formats import FORMATS


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser("export", help="write the wallet card, the A4 plan or another export")
    export.add_argument("file", type=Path, help="encrypted card file, or interchange JSON")
    export.add_argument("--format", required=True, choices=list(FORMATS), help="what to write")
    export.add_argument("-o", "--output", required=True, type=Path, help="file (or folder) to write")
    export.add_argument("--version", type=int, dest="number", metavar="N", help="version (default: latest)")
    export.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    export.add_argument("--organisation", type=Path, metavar="PROFILE.json", help="organisation profile")
    _credential_arguments(export)
    export.set_defaults(handler=run_export)


def _request(args: argparse.Namespace, version: int | None) -> ExportRequest:
    return ExportRequest(args.format, args.output, args.language, args.organisation, version, args.force)


def _report(outcome: ExportOutcome, language: str) -> None:
    """What the person should know, on stderr: the new link, what the QR and the card left out."""
    prefix = cli_text("warning_prefix", language)
    if outcome.link_created_version is not None:
        line = cli_text("link_created", language, number=outcome.link_created_version)
        print(f"crisiskaart: {line}", file=sys.stderr)
    if outcome.qr_left_out:
        print(f"crisiskaart: {outcome.qr_left_out_line(language)}", file=sys.stderr)
    for line in outcome.not_fitted_lines(language):
        print(f"crisiskaart: {prefix}: {line}", file=sys.stderr)
    print(cli_text("exported", language, path=outcome.path), file=sys.stderr)


def _export_card(args: argparse.Namespace) -> ExportOutcome:
    """From an encrypted card: the version's own status decides the CONCEPT mark; a version that
    no longer counts (withdrawn, replaced) is not written as a card."""
    from crisiskaart.app.cards import read_plan, version_info

    with _open(args, writable=False) as card:
        info = version_info(card, args.number)
        plan = read_plan(card, info.number)
        versions = card.versions
    request = _request(args, info.number)
    if not needs_new_link(plan, request):
        return export_plan(plan, request, status=info.status, versions=versions)
    check_in_force(versions, info.number, request.format)  # before the link is saved in the card
    # The first linked QR makes the card's key and saves it: only now is the edit lock needed.
    with _open(args, writable=True) as card:
        return export_plan(read_plan(card, info.number), request, card=card, status=info.status)


@_store_errors
def run_export(args: argparse.Namespace) -> int:
    from crisiskaart.app.cards import is_plan_file, load_plan_file

    try:
        check_request(_request(args, args.number))  # before asking for a passphrase
    except DestinationExists:
        raise CliError(cli_text("export_exists", args.language, path=args.output)) from None
    if is_plan_file(args.file):  # a JSON plan is a concept unless it says when it was signed
        outcome = export_plan(load_plan_file(args.file), _request(args, args.number))
    else:
        outcome = _export_card(args)
    _report(outcome, args.language)
    return ExitCode.OK
