"""Starting the editor loads only what the welcome screen needs; every other command still works."""

from __future__ import annotations

import subprocess
import sys

import pytest

from crisiskaart.cli.main import _wants_editor


@pytest.mark.parametrize(("arguments", "editor"), [
    ([], True), (["gui"], True), (["--language", "en"], True), (["--language=en", "gui", "--demo"], True),
    (["show", "x"], False), (["--help"], False), (["--language", "en", "export", "x"], False),
])
def test_which_command_lines_start_the_editor(arguments: list[str], editor: bool) -> None:
    assert _wants_editor(arguments) is editor


def test_the_editor_path_does_not_load_the_store_or_reportlab() -> None:
    code = ("import sys, crisiskaart.cli.main as m; m.build_parser(editor_only=True);"
            "print(sorted(n for n in ('crisiskaart.store', 'reportlab', 'pydantic') if n in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
