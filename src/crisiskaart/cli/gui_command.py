"""``crisiskaart gui [FILE] [--demo]``: start the editor, or say in one line why it cannot start."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys
from pathlib import Path

from crisiskaart.cli.errors import CliError, ExitCode
from crisiskaart.cli.texts import cli_text

# Libraries Qt's xcb platform needs beyond what the PySide6 wheel ships; without them Qt aborts.
_XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("gui", help="start the editor (default)")
    parser.add_argument("file", nargs="?", type=Path, help="card file to open")
    parser.add_argument("--demo", action="store_true", help="open the fictional example card")
    parser.add_argument("--smoke-test", type=Path, metavar="PNG",
                        help="show the window, save a picture of it to PNG and quit (to check a build)")
    parser.set_defaults(handler=run)


def _display_problem(language: str) -> str | None:
    """One line saying why no window can be shown, or None when a window can be shown."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, … chosen explicitly
    if not sys.platform.startswith("linux"):
        return None
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return cli_text("no_display", language)
    missing = [name for name in _XCB_LIBRARIES if ctypes.util.find_library(name) is None]
    if missing:
        return cli_text(
            "missing_xcb",
            language,
            library=", ".join(f"lib{name}" for name in missing),
            packages=" ".join(_XCB_LIBRARIES[name] for name in missing),
        )
    return None


def run(args: argparse.Namespace) -> int:
    problem = _display_problem(args.language)
    if problem:
        raise CliError(problem, ExitCode.INVALID)
    if args.smoke_test is not None and not args.demo:
        raise CliError(cli_text("smoke_test_demo_only", args.language), ExitCode.INVALID)
    if args.file is not None and not args.file.exists():
        raise CliError(cli_text("file_not_found", args.language, path=args.file))
    from crisiskaart.ui.app import run_editor  # Qt is imported only when a window is wanted

    language = args.language if getattr(args, "language_explicit", True) else None
    return run_editor(file=args.file, demo=args.demo, language=language, smoke_test=args.smoke_test)
