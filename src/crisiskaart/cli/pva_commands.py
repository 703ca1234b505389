"""``crisiskaart deadlines | letter-email``: the eigen plan van aanpak's dates and its letter as e-mail.

Both read FILE as ``export`` does (an encrypted card, or interchange JSON) and print to standard
output; nothing is written to disk. The dates are those of the editor's tracker, the letter and
the plan PDF (``export.pva_facts``); ``--today`` counts as on another day, for instance the day the
letter will go out. The person's words are made safe for the terminal (``printable``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from crisiskaart.cli.errors import CliError, ExitCode
from crisiskaart.cli.printable import printable
from crisiskaart.cli.store_commands import _credential_arguments, _open, _store_errors
from crisiskaart.cli.texts import cli_text
from crisiskaart.model.plan import CrisisPlan


def register(subparsers: argparse._SubParsersAction) -> None:
    deadlines = subparsers.add_parser(
        "deadlines", help="print the deadlines of the eigen plan van aanpak: advised date and legal last day")
    _common_arguments(deadlines)
    deadlines.set_defaults(handler=run_deadlines)
    email = subparsers.add_parser(
        "letter-email", help="print the letter to the geneesheer-directeur as an e-mail text to copy")
    _common_arguments(email)
    email.set_defaults(handler=run_letter_email)


def _common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="encrypted card file, or interchange JSON")
    parser.add_argument("--today", metavar="YYYY-MM-DD",
                        help="count as on this day (default today), e.g. the day the letter goes out")
    parser.add_argument("--version", type=int, dest="number", metavar="N", help="version (default: latest)")
    _credential_arguments(parser)


def _today(args: argparse.Namespace) -> dt.date:
    if args.today is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(args.today)
    except ValueError:
        raise CliError(cli_text("pva_bad_date", args.language, value=printable(args.today))) from None


def _plan(args: argparse.Namespace) -> CrisisPlan:
    """The plan of FILE; a CliError when it has no eigen plan van aanpak yet."""
    from crisiskaart.app.cards import is_plan_file, load_plan_file, read_plan

    if is_plan_file(args.file):
        plan = load_plan_file(args.file)
    else:
        with _open(args, writable=False) as card:
            plan = read_plan(card, args.number)
    if plan.plan_van_aanpak is None:
        raise CliError(cli_text("pva_missing", args.language))
    return plan


@_store_errors
def run_deadlines(args: argparse.Namespace) -> int:
    from crisiskaart.export.pva_deadline_rows import deadline_notes, deadline_rows
    from crisiskaart.export.pva_facts import Step, StepState, long_date, progress
    from crisiskaart.export.pva_texts import pva_text

    language, today = args.language, _today(args)
    plan = _plan(args)
    pva = plan.plan_van_aanpak
    assert pva is not None
    print(pva_text("deadlines_on", language, date=long_date(today, language)))
    status = progress(pva, today)
    if status is None:
        print(pva_text("no_announcement", language))
        return ExitCode.OK
    for label, value in deadline_rows(pva, status, language):
        print(f"{label}: {value}")
    lines = deadline_notes(pva, status, language)
    current = status.current
    if status.refused:
        lines.append(pva_text("refused_advice", language))
    elif current is not None and current.state is StepState.LATE:
        keys = {Step.LETTER: "late_letter", Step.DECISION: "late_decision", Step.PLAN: "late_plan"}
        lines.append(pva_text(keys[current.step], language, date=long_date(current.legal, language)))
    for line in lines:
        print(f"\n{line}")
    return ExitCode.OK


@_store_errors
def run_letter_email(args: argparse.Namespace) -> int:
    from crisiskaart.export.context import ExportContext
    from crisiskaart.export.pva_letter import build_letter, letter_email
    from crisiskaart.export.pva_texts import pva_text

    language = args.language
    email = letter_email(build_letter(_plan(args), ExportContext(language=language, today=_today(args))))
    print(pva_text("email_to", language, to=printable(email.to) or pva_text("no_email", language)))
    print(pva_text("email_subject", language, subject=email.subject))
    print()
    print("\n".join(printable(line) for line in email.body.rstrip("\n").split("\n")))
    return ExitCode.OK
