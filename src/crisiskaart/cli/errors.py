"""Exit codes and the one error type every command raises instead of printing a traceback."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes; part of the CLI contract (README, docs/cli.md)."""

    OK = 0
    INVALID = 1  # usage error or invalid input
    ACCESS = 2  # wrong passphrase or no access
    CORRUPT = 3  # corrupt, tampered or unsupported file
    LOCKED = 4  # the card is open elsewhere
    INTERNAL = 70  # a bug: reported in one line, never as a traceback


class CliError(Exception):
    """A failure to report as one line on stderr with a specific exit code."""

    def __init__(self, message: str, exit_code: ExitCode = ExitCode.INVALID) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
