"""``crisiskaart export FILE --format F -o OUT``: the wallet card, the A4 plan and the other exports.

FILE is an encrypted card (opened as ``show`` does: same passphrase sources) or a plain
interchange JSON file, told apart by content. An existing OUT is never overwritten without
``--force``. What did not fit on the card is printed on stderr, one line each; the exit code
stays 0 because the export was written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crisiskaart.cli.errors import CliError, ExitCode
from crisiskaart.cli.store_commands import _credential_arguments, _open, _store_errors
from crisiskaart.cli.texts import cli_text
from crisiskaart.export.context import ExportContext, NotFitted
from crisiskaart.export.formats import FORMATS, ExportFormat, Writer
from crisiskaart.model.plan import CrisisPlan


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


def _writer(export_format: ExportFormat, language: str) -> Writer:
    """The format's writer, or one clear line when its module is not part of this version yet."""
    try:
        return export_format.writer()
    except (ImportError, AttributeError):
        raise CliError(cli_text("format_unavailable", language, format=export_format.name)) from None


def _is_json(path: Path, language: str) -> bool:
    """Interchange JSON starts with "{" (after an optional BOM and whitespace); a card file does not."""
    try:
        with path.open("rb") as handle:
            start = handle.read(64)
    except FileNotFoundError:
        raise CliError(cli_text("file_not_found", language, path=path)) from None
    except OSError as error:
        raise CliError(cli_text("file_unreadable", language, path=path, reason=error.strerror)) from None
    return start.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{")


def _load(args: argparse.Namespace) -> tuple[CrisisPlan, int | None]:
    """The plan to export and its version number (None for a JSON file without --version)."""
    from crisiskaart.cli.store_commands import _load_plan
    from crisiskaart.model import PlanInvalid, load_plan_json

    if _is_json(args.file, args.language):
        return _load_plan(str(args.file), args.language), args.number  # type: ignore[return-value]
    with _open(args, writable=False) as card:
        number = len(card.versions) if args.number is None else args.number
        payload = card.payload(number)
    try:
        return load_plan_json(payload), number
    except PlanInvalid as invalid:
        issue = invalid.issues[0].render(args.language) if invalid.issues else ""
        raise CliError(
            cli_text("stored_invalid", args.language, number=number, issue=issue), ExitCode.CORRUPT
        ) from None


def _organisation(args: argparse.Namespace):  # -> OrganisationProfile | None
    if args.organisation is None:
        return None
    from pydantic import ValidationError

    from crisiskaart.model.organisation import load_organisation_profile

    try:
        return load_organisation_profile(args.organisation)
    except (OSError, UnicodeDecodeError, ValidationError) as error:
        reason = getattr(error, "strerror", None) or str(error).splitlines()[0]
        raise CliError(
            cli_text("organisation_invalid", args.language, path=args.organisation, reason=reason)
        ) from None


# Formats that print the responder QR, or that are the linked summary itself.
QR_FORMATS = {"wallet-sheet", "wallet-card", "qr-png", "qr-svg", "summary-text", "summary-site"}


def export_context(args: argparse.Namespace, plan: CrisisPlan, version: int | None) -> ExportContext:
    """Everything the exporters need besides the plan, including the QR the card prints."""
    import dataclasses

    from crisiskaart.summary import LinkError, responder_qr_text

    context = ExportContext(
        language=args.language,
        organisation=_organisation(args),
        organisation_file=args.organisation,
        version=version,
    )
    if args.format not in QR_FORMATS:
        return context
    try:
        qr = responder_qr_text(plan, context)
    except LinkError as error:
        raise CliError(error.message(args.language)) from None
    if qr.left_out and args.format.startswith("wallet"):  # the qr-* writers report it themselves
        items = "; ".join(entry.qr_text for entry in qr.left_out)
        print(f"crisiskaart: {cli_text('qr_left_out', args.language, items=items)}", file=sys.stderr)
    return dataclasses.replace(context, responder_qr=qr.text)


def _ensure_link(
    args: argparse.Namespace, plan: CrisisPlan, version: int | None
) -> tuple[CrisisPlan, int | None]:
    """A linked QR (organisation with a viewer address) needs the card's own key: made once, saved.

    The key lives in the encrypted plan so that later versions re-export to the same address and
    printed cards keep working (docs/responder-summary.md).
    """
    from crisiskaart.cards import encode_plan, plan_summary
    from crisiskaart.store.lifecycle import save_draft
    from crisiskaart.summary import ensure_responder_link

    organisation = _organisation(args)
    if args.format not in QR_FORMATS or organisation is None or not organisation.viewer_url:
        return plan, version
    linked, created = ensure_responder_link(plan)
    if not created:
        return plan, version
    if _is_json(args.file, args.language):
        raise CliError(cli_text("link_needs_card", args.language))
    with _open(args, writable=True) as card:
        if version is not None and version != len(card.versions):
            raise CliError(cli_text("link_needs_latest", args.language))
        info = save_draft(card, encode_plan(linked), summary=plan_summary(linked),
                          note="koppeling QR-samenvatting")
    print(f"crisiskaart: {cli_text('link_created', args.language, number=info.number)}", file=sys.stderr)
    return linked, info.number


def _section_name(section: str, language: str) -> str:
    from crisiskaart.model.labels import choice_label, field_label
    from crisiskaart.model.sections import CardSection

    if section in ("cover", "back"):
        return cli_text(f"export_{section}", language)
    if section in {s.value for s in CardSection}:
        return choice_label(CardSection(section), language)
    return field_label(section, language)


def not_fitted_line(notice: NotFitted, language: str) -> str:
    return cli_text(
        "not_fitted", language, section=_section_name(notice.section, language), text=notice.text,
        reason=notice.reason,
    )


@_store_errors
def run_export(args: argparse.Namespace) -> int:
    export_format = FORMATS[args.format]
    writer = _writer(export_format, args.language)
    if args.output.exists() and not args.force:  # before asking for a passphrase
        raise CliError(cli_text("export_exists", args.language, path=args.output))
    plan, version = _load(args)
    plan, version = _ensure_link(args, plan, version)
    context = export_context(args, plan, version)
    report = writer(plan, args.output, context)
    for notice in report.not_fitted:
        print(f"crisiskaart: {not_fitted_line(notice, args.language)}", file=sys.stderr)
    print(cli_text("exported", args.language, path=args.output), file=sys.stderr)
    return ExitCode.OK
