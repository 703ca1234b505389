"""The desktop bundle (scripts/build-app.sh, PyInstaller) runs on a machine without Python: its
command line answers, it prints a wallet card, and its editor opens a window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from packaging_helpers import ROOT, outside_env, run
from PIL import Image
from pypdf import PdfReader

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the bundle is built per platform, by the release workflow")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once for these tests, outside the checkout (a minute or two: PyInstaller's analysis)."""
    work = tmp_path_factory.mktemp("bundle")
    run("bash", ROOT / "scripts" / "build-app.sh", work / "dist",
        env={**os.environ, "CRISISKAART_BUILD_DIR": str(work / "build")}, timeout=1800)
    return work / "dist" / "crisiskaart"


def test_bundle_has_both_programs_and_the_menu_entry(bundle: Path) -> None:
    assert (bundle / "crisiskaart").is_file() and os.access(bundle / "crisiskaart", os.X_OK)
    assert (bundle / "crisiskaart-editor").is_file()
    desktop = (bundle / "share" / "applications" / "crisiskaart.desktop").read_text()
    assert "Exec=crisiskaart-editor %f" in desktop and "Icon=crisiskaart" in desktop
    assert (bundle / "share" / "icons" / "hicolor" / "256x256" / "apps" / "crisiskaart.png").is_file()


def test_bundle_command_line_needs_no_python(bundle: Path, tmp_path: Path) -> None:
    env = outside_env(tmp_path / "home")
    import crisiskaart

    assert run(bundle / "crisiskaart", "--version", env=env, cwd=tmp_path).stdout.strip() == \
        f"crisiskaart {crisiskaart.__version__}"
    card = tmp_path / "card.json"
    card.write_text(run(bundle / "crisiskaart", "example", env=env, cwd=tmp_path).stdout)
    out = tmp_path / "kaart.pdf"
    run(bundle / "crisiskaart", "export", card, "--format", "wallet-sheet", "-o", out, env=env, cwd=tmp_path)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Noor Bakker" in text and "Wie bellen" in text


def test_bundle_editor_opens_its_window(bundle: Path, tmp_path: Path) -> None:
    picture = tmp_path / "window.png"
    run(bundle / "crisiskaart-editor", "--demo", "--smoke-test", picture, env=outside_env(tmp_path / "home"),
        cwd=tmp_path, timeout=120)
    image = Image.open(picture)
    assert image.width >= 800 and image.height >= 500
    assert len(set(image.convert("L").resize((64, 64)).tobytes())) > 20  # a drawn window, not a blank
