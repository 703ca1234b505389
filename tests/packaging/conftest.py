"""A wheel built from this checkout and a clean virtual environment outside it, shared by the
packaging tests (building takes seconds; the bundle test builds on the same wheel)."""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

import pytest
from packaging_helpers import ROOT, run


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``pip wheel .`` of this checkout (no build isolation: the test venv has the build requirements)."""
    folder = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", folder, ROOT,
        cwd=folder)
    (wheel,) = folder.glob("crisiskaart-*.whl")
    return wheel


@pytest.fixture(scope="session")
def clean_venv(built_wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv outside the checkout with only the wheel installed into it.

    The dependencies (PySide6, reportlab, …) are taken from this test venv through a ``.pth`` line
    *after* the new venv's own site-packages, so nothing needs downloading; crisiskaart itself comes
    only from the wheel (this venv's editable install is a ``.pth`` hook in its own folder, which a
    path added this way does not run).
    """
    venv = tmp_path_factory.mktemp("clean") / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    ask_site = "import sysconfig; print(sysconfig.get_path('purelib'))"
    own_site = Path(run(python, "-c", ask_site).stdout.strip())
    (own_site / "zz-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    run(sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", own_site, built_wheel)
    return python
