"""Entry point of the ``crisiskaart`` command: parses arguments and turns every failure into one line."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any, NoReturn

from crisiskaart import __version__
from crisiskaart.cli.errors import CliError, ExitCode
from crisiskaart.cli.texts import cli_text

# Each module contributes its subcommands through ``register(subparsers)``. Starting the editor
# (``crisiskaart`` or ``crisiskaart gui``) loads only the first: the others pull in the store,
# the model and reportlab, which the welcome screen does not need (benchmarks/bench_startup.py).
COMMAND_MODULE_NAMES = ("gui_command", "model_commands", "store_commands", "access_commands",
                        "workspace_commands", "export_commands", "summary_commands", "pva_commands")


def command_modules(editor_only: bool = False) -> list[ModuleType]:
    names = COMMAND_MODULE_NAMES[:1] if editor_only else COMMAND_MODULE_NAMES
    return [importlib.import_module(f"crisiskaart.cli.{name}") for name in names]


def _wants_editor(arguments: Sequence[str]) -> bool:
    """True when the command line starts the editor: no command, or ``gui``."""
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--language":
            skip = True
        elif argument.startswith("--language="):
            continue
        elif argument.startswith("-"):
            return False  # --help, --version: the full parser answers
        else:
            return argument == "gui"
    return True


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that reports usage errors as CliError (exit 1, one line) instead of exit 2.

    Abbreviated options are off: ``--passphrase x`` must not quietly mean ``--passphrase-file x``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # ArgumentParser's own, passed on
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise CliError(message, ExitCode.INVALID)


def default_language() -> str:
    """UI language from CRISISKAART_LANGUAGE (``nl`` or ``en``); Dutch unless English is asked for."""
    return "en" if os.environ.get("CRISISKAART_LANGUAGE", "").lower().startswith("en") else "nl"


def build_parser(editor_only: bool = False) -> argparse.ArgumentParser:
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
    for module in command_modules(editor_only):
        module.register(subparsers)
    return parser


def _report(message: str) -> None:
    print(f"crisiskaart: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(editor_only=_wants_editor(arguments))
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
