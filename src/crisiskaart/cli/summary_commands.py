"""Responder-summary commands that ``export`` does not cover.

``withdraw-summary FILE -o FOLDER``: intrekken. Writes the encrypted tombstone for the card's linked
summary into FOLDER (to upload over the old file) and saves a new version with status
``ingetrokken`` without the link, so the next card gets a new key (``crisiskaart.app.summary``).
``viewer-hash``: the SHA-256 of the viewer page, so an organisation can check what it hosts.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from crisiskaart.cli.store_commands import _credential_arguments, _open, _store_errors
from crisiskaart.cli.texts import cli_text


def register(subparsers: argparse._SubParsersAction) -> None:
    withdraw = subparsers.add_parser(
        "withdraw-summary", help="withdraw the linked responder summary (intrekken)")
    withdraw.add_argument("file", type=Path, help="encrypted card file")
    withdraw.add_argument("-o", "--output", required=True, type=Path, help="summary-site folder to write")
    withdraw.add_argument("--organisation", type=Path, metavar="PROFILE.json", help="organisation profile")
    _credential_arguments(withdraw)
    withdraw.set_defaults(handler=run_withdraw)

    viewer = subparsers.add_parser("viewer-hash", help="SHA-256 of the responder-summary viewer page")
    viewer.set_defaults(handler=run_viewer_hash)


@_store_errors
def run_withdraw(args: argparse.Namespace) -> int:
    from crisiskaart.app.organisation import load_organisation
    from crisiskaart.app.summary import withdraw_summary

    load_organisation(args.organisation)  # a broken profile is said before the passphrase is asked
    with _open(args, writable=True) as card:
        withdrawal = withdraw_summary(card, args.output, organisation_file=args.organisation,
                                      language=args.language)
    for path in withdrawal.written:
        print(cli_text("exported", args.language, path=path))
    print(withdrawal.done_line(args.language))
    return 0


def run_viewer_hash(args: argparse.Namespace) -> int:
    from crisiskaart.summary import viewer_sha256

    print(f"{viewer_sha256()}  index.html")
    return 0
