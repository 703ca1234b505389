"""Entry point of the ``crisiskaart`` command: parses arguments and turns every failure into one line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from crisiskaart import __version__
from crisiskaart.cli import (
    export_commands,
    gui_command,
    model_commands,
    store_commands,
    summary_commands,
    workspace_commands,
)
from crisiskaart.cli.errors import CliError, ExitCode
from crisiskaart.cli.texts import cli_text

# Each module contributes its subcommands through ``register(subparsers)``.
COMMAND_MODULES = (gui_command, model_commands, store_commands, workspace_commands, export_commands,
                   summary_commands)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that reports usage errors as CliError (exit 1, one line) instead of exit 2.

    Abbreviated options are off: ``--passphrase x`` must not quietly mean ``--passphrase-file x``.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        raise CliError(message, ExitCode.INVALID)


def default_language() -> str:
    """UI language from CRISISKAART_LANGUAGE (``nl`` or ``en``); Dutch unless English is asked for."""
    return "en" if os.environ.get("CRISISKAART_LANGUAGE", "").lower().startswith("en") else "nl"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="crisiskaart",
        description="Crisisplan, crisiskaart en eigen plan van aanpak, versleuteld opgeslagen.",
    )
    parser.add_argument("--version", action="version", version=f"crisiskaart {__version__}")
    parser.add_argument(
        "--language",
        choices=("nl", "en"),
        default=default_language(),
        help="language of messages (default nl, or CRISISKAART_LANGUAGE)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def _report(message: str) -> None:
    print(f"crisiskaart: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    language = default_language()
    try:
        args = parser.parse_args(arguments)
        if args.command is None:  # plain ``crisiskaart [--language en]`` starts the editor
            args = parser.parse_args([*arguments, "gui"])
        language = args.language
        # The editor falls back to its own language setting unless one was asked for here.
        args.language_explicit = any(a.split("=")[0] == "--language" for a in arguments) or bool(
            os.environ.get("CRISISKAART_LANGUAGE"))
        return int(args.handler(args))
    except CliError as error:
        _report(error.message)
        return int(error.exit_code)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. ``| head``); nothing sensible left to say.
        sys.stderr.close()
        return int(ExitCode.OK)
    except Exception as error:
        _report(cli_text("internal_error", language, detail=type(error).__name__))
        return int(ExitCode.INTERNAL)
