"""Who can open a card, the recovery code, and keeping a card whole: access, recovery-kit, update, merge.

The store decides what each credential may do (only the client changes access); these commands
say it in one line and exit 2 when it refuses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from crisiskaart.cli.errors import CliError, ExitCode
from crisiskaart.cli.printable import printable
from crisiskaart.cli.store_commands import (
    _credential_arguments,
    _keep_backups_argument,
    _load_plan,
    _store_errors,
    open_with_credential,
)
from crisiskaart.cli.texts import cli_text
from crisiskaart.store import NoAccess, Status, fingerprint, new_recovery_code


def register(subparsers: argparse._SubParsersAction) -> None:
    access = subparsers.add_parser("access", help="list who can open a card, and every access change")
    access.add_argument("file", type=Path)
    access.add_argument("--json", action="store_true", help="as JSON")
    _credential_arguments(access)
    access.set_defaults(handler=run_access)

    kit = subparsers.add_parser(
        "recovery-kit", help="make a new recovery code and its printable noodblad (client only)"
    )
    kit.add_argument("file", type=Path)
    kit.add_argument("-o", "--output", required=True, type=Path, help="the noodblad PDF to write (new file)")
    _keep_backups_argument(kit)
    _credential_arguments(kit)
    kit.set_defaults(handler=run_recovery_kit)

    update = subparsers.add_parser("update", help="add a concept version from interchange JSON")
    update.add_argument("file", type=Path)
    update.add_argument("--from-json", required=True, help="card in interchange JSON, or - for stdin")
    update.add_argument("--note", default="", help="note for this version")
    _credential_arguments(update)
    update.set_defaults(handler=run_update)

    merge = subparsers.add_parser(
        "merge", help="merge another copy of the same card (a sync conflict copy) into FILE"
    )
    merge.add_argument("file", type=Path, help="the card that stays")
    merge.add_argument("other", type=Path, help="the other copy; kept beside FILE as a backup")
    _credential_arguments(merge)
    merge.set_defaults(handler=run_merge)


def _day(moment: dt.datetime | None) -> str:
    return "-" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


@_store_errors
def run_access(args: argparse.Namespace) -> int:
    with open_with_credential(args, args.file, writable=False) as card:
        access = card.access()
    language = args.language
    if args.json:
        print(json.dumps({
            "client": access.client,
            "recovery_code": access.recovery_code,
            "recovery_code_made": None if access.recovery_made is None else access.recovery_made.isoformat(),
            "ondersteuners": [
                {"name": r.name, "organisation": r.organisation, "fingerprint": fingerprint(r.public_key)}
                for r in access.ondersteuners
            ],
            "key_generation": access.generation,
            "key_changed": None if access.key_changed is None else access.key_changed.isoformat(),
            "events": [
                {"time": e.time.isoformat(), "role": e.by.role.value, "name": e.by.name,
                 "action": e.action.value, "subject": e.subject, "fingerprint": e.fingerprint,
                 "detail": e.detail, "key_generation": e.generation}
                for e in access.events
            ],
        }, ensure_ascii=False, indent=2))
        return ExitCode.OK
    print(cli_text("access_client", language))
    if access.recovery_code:
        print(cli_text("access_recovery_yes", language, date=_day(access.recovery_made)))
    else:
        print(cli_text("access_recovery_no", language))
    for who in access.ondersteuners:
        print(cli_text("access_ondersteuner", language, name=printable(who.name),
                       organisation=printable(who.organisation) or "-",
                       fingerprint=fingerprint(who.public_key)))
    print(cli_text("access_key", language, generation=access.generation, date=_day(access.key_changed)))
    for event in access.events:
        actor = printable(event.by.name) or event.by.role.value
        print(cli_text("access_event", language, date=_day(event.time), who=actor,
                       what=printable(event.describe(language))))
    return ExitCode.OK


@_store_errors
def run_recovery_kit(args: argparse.Namespace) -> int:
    """The sheet is written before the card changes: a code nobody has seen must never be live."""
    from crisiskaart.export.recovery_sheet import recovery_sheet_pdf

    language = args.language
    if args.output.exists():
        raise CliError(cli_text("output_exists", language, path=args.output))
    with open_with_credential(args, args.file, writable=True) as card:
        card.check_client("recovery_code")
        code = new_recovery_code()
        sheet = recovery_sheet_pdf(code.text, card_file_name=args.file.name, made_on=dt.date.today(),
                                   language=language)
        try:
            with open(args.output, "xb") as handle:
                handle.write(sheet)
                handle.flush()
                os.fsync(handle.fileno())
        except FileExistsError:
            raise CliError(cli_text("output_exists", language, path=args.output)) from None
        except OSError as error:
            raise CliError(cli_text("output_unwritable", language, path=args.output,
                                    reason=error.strerror or error)) from None
        try:
            card.make_recovery_code(code=code, keep_backups=args.keep_backups)
        except BaseException:
            args.output.unlink(missing_ok=True)  # that code never became valid
            raise
    print(cli_text("recovery_kit_done", language, code=code.text, path=args.output), file=sys.stderr)
    return ExitCode.OK


@_store_errors
def run_update(args: argparse.Namespace) -> int:
    from crisiskaart.app.cards import encode_plan, plan_summary, read_plan
    from crisiskaart.app.summary_keys import for_new_version

    plan = _load_plan(args.from_json, args.language)
    with open_with_credential(args, args.file, writable=True) as card:
        own = for_new_version(plan, read_plan(card) if card.versions else None)  # the card's own key
        version = card.save_version(
            encode_plan(own.plan), summary=plan_summary(own.plan),
            status=Status.CONCEPT, note=args.note,
        )
    if own.change is not None:
        print(f"crisiskaart: {cli_text('warning_prefix', args.language)}: {own.notice(args.language)}",
              file=sys.stderr)
    print(cli_text("updated", args.language, number=version.number, path=args.file), file=sys.stderr)
    return ExitCode.OK


@_store_errors
def run_merge(args: argparse.Namespace) -> int:
    from crisiskaart.workspace.fork import Outcome, merge_fork

    language = args.language
    with open_with_credential(args, args.file, writable=True) as card:
        try:
            other = open_with_credential(args, args.other, writable=True)
        except NoAccess as error:
            raise CliError(error.message(language), ExitCode.ACCESS) from None
        with other:
            if other.card_id != card.card_id:
                raise CliError(cli_text("merge_unrelated", language, other=args.other, path=args.file))
            outcome = merge_fork(card, other)
    if outcome.outcome is Outcome.MERGED:
        assert outcome.version is not None and outcome.result is not None
        for conflict in outcome.result.conflicts:
            print(cli_text("merge_conflict", language, label=printable(conflict.label)), file=sys.stderr)
        print(cli_text("merged", language, number=outcome.version.number, path=args.file,
                       backup=outcome.kept_as), file=sys.stderr)
        return ExitCode.OK
    key = {Outcome.SAME: "merge_same", Outcome.OTHER_NEWER: "merge_other_newer",
           Outcome.OTHER_OLDER: "merge_other_older", Outcome.UNRELATED: "merge_unrelated"}[outcome.outcome]
    message = cli_text(key, language, other=args.other, path=args.file)
    if outcome.outcome is Outcome.SAME:
        print(message, file=sys.stderr)
        return ExitCode.OK
    raise CliError(message)
