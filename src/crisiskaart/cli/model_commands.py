"""``crisiskaart schema | example | validate``: the interchange format on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from crisiskaart.cli.errors import CliError, ExitCode
from crisiskaart.cli.texts import cli_text
from crisiskaart.model import (
    PlanInvalid,
    Severity,
    dump_plan_json,
    example_plan,
    load_plan_json,
    plan_json_schema,
    validate_plan,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    schema = subparsers.add_parser("schema", help="print the JSON Schema of the interchange format")
    schema.set_defaults(handler=run_schema)
    example = subparsers.add_parser("example", help="print a complete fictional example card")
    example.set_defaults(handler=run_example)
    validate = subparsers.add_parser("validate", help="check a card in interchange JSON")
    validate.add_argument("file", help="JSON file, or - for standard input")
    validate.set_defaults(handler=run_validate)


def run_schema(args: argparse.Namespace) -> int:
    print(json.dumps(plan_json_schema(), indent=2, ensure_ascii=False))
    return ExitCode.OK


def run_example(args: argparse.Namespace) -> int:
    print(dump_plan_json(example_plan()))
    return ExitCode.OK


def read_text_argument(name: str, language: str) -> str:
    """The text of file ``name``, or of standard input for ``-``, as a CliError on failure."""
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(name)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise CliError(cli_text("file_not_found", language, path=name)) from None
        except OSError as error:
            raise CliError(cli_text("file_unreadable", language, path=name,
                                    reason=error.strerror or error)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(cli_text("not_text", language, path=name)) from None


def run_validate(args: argparse.Namespace) -> int:
    language = args.language
    text = read_text_argument(args.file, language)
    try:
        plan = load_plan_json(text)
    except PlanInvalid as invalid:
        for line in invalid.lines(language):
            print(line, file=sys.stderr)
        return ExitCode.INVALID
    issues = validate_plan(plan)
    prefix = cli_text("warning_prefix", language)
    for issue in issues:
        line = issue.render(language)
        print(line if issue.severity is Severity.ERROR else f"{prefix}: {line}", file=sys.stderr)
    if any(issue.severity is Severity.ERROR for issue in issues):
        return ExitCode.INVALID
    print(cli_text("valid", language, path=args.file))
    return ExitCode.OK
