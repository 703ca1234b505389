"""docs/cli.md documents every command of the real parser, nested ones included, and every option.

Adding a subcommand (or an option) without a word in docs/cli.md fails here, naming what is missing.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from crisiskaart.cli.main import build_parser

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def _subparsers(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.items()


def commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every (command path, parser) below ``parser``: ``("ondersteuner", "create")`` and so on."""
    for name, subparser in _subparsers(parser):
        path = (*prefix, name)
        yield path, subparser
        yield from commands(subparser, path)


def long_options(parser: argparse.ArgumentParser) -> list[str]:
    """The long form of every option of ``parser`` itself (not of its subcommands), without --help."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or not action.option_strings:
            continue
        found.append(max(action.option_strings, key=len))
    return found


PARSER = build_parser()
COMMANDS = dict(commands(PARSER))
TEXT = DOCS.read_text("utf-8")


def _mentioned(phrase: str) -> bool:
    """``phrase`` in the docs as a whole word: ``crisiskaart withdraw`` is not ``withdraw-summary``."""
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", TEXT) is not None


def test_the_parser_has_nested_commands() -> None:
    """Guards the walk itself: if it found nothing, every test below would pass for nothing."""
    assert ("export",) in COMMANDS
    assert ("ondersteuner", "create") in COMMANDS
    assert len(COMMANDS) > 10


@pytest.mark.parametrize("path", sorted(COMMANDS), ids=" ".join)
def test_every_command_is_in_the_docs(path: tuple[str, ...]) -> None:
    name = " ".join(path)
    assert _mentioned(f"crisiskaart {name}"), f"`crisiskaart {name}` is not documented in {DOCS}"


@pytest.mark.parametrize("path", [(), *sorted(COMMANDS)], ids=lambda path: " ".join(path) or "crisiskaart")
def test_every_option_is_in_the_docs(path: tuple[str, ...]) -> None:
    parser = COMMANDS[path] if path else PARSER
    missing = [option for option in long_options(parser) if not _mentioned(option)]
    assert not missing, f"options of `crisiskaart {' '.join(path)}` not in {DOCS}: {missing}"
