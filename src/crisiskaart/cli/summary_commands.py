"""Responder-summary commands (issue 7) that ``export`` does not cover.

``withdraw-summary FILE -o FOLDER``: intrekken. Writes the encrypted tombstone for the card's linked
summary into FOLDER (to upload over the old file) and saves a new version with status
``ingetrokken`` without the link, so the next card gets a new key. ``viewer-hash``: the SHA-256 of
the viewer page, so an organisation can check what it hosts.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from crisiskaart.cards import encode_plan, plan_summary
from crisiskaart.cli.errors import CliError
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
    from crisiskaart.cli.export_commands import _organisation
    from crisiskaart.model import load_plan_json
    from crisiskaart.store import Status
    from crisiskaart.summary import withdraw_link

    organisation = _organisation(args)
    with _open(args, writable=True) as card:
        plan = load_plan_json(card.payload())
        if plan.responder_link is None:
            raise CliError(cli_text("summary_no_link", args.language, path=args.file))
        withdrawn, written = withdraw_link(plan, args.output, today=dt.date.today(),
                                           organisation=organisation)
        info = card.save_version(encode_plan(withdrawn), summary=plan_summary(withdrawn),
                                 status=Status.INGETROKKEN,
                                 note=cli_text("summary_withdrawn_note", args.language))
    for path in written:
        print(cli_text("exported", args.language, path=path))
    print(cli_text("summary_withdrawn", args.language, number=info.number, folder=args.output))
    return 0


def run_viewer_hash(args: argparse.Namespace) -> int:
    from crisiskaart.summary import viewer_sha256

    print(f"{viewer_sha256()}  index.html")
    return 0
