"""The built wheel carries everything: installed outside the checkout it starts in Dutch, finds the
viewer page and the fonts, and prints the same wallet card as the source tree."""

from __future__ import annotations

import json
import os
import sys
import zipfile
from pathlib import Path

from packaging_helpers import ROOT, outside_env, run

PROBE = r"""
import json, sys
from pathlib import Path
import crisiskaart
from crisiskaart.resource_files import resource_root
from PySide6.QtWidgets import QApplication
from crisiskaart.ui.translations import install_translators
app = QApplication([])
keep = install_translators(app, "nl")
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.settings import Settings
window = MainWindow(Settings(Path(sys.argv[1])), "nl")
from crisiskaart.export.fonts import FONT_FOLDER
from crisiskaart.summary.viewer import viewer_html
print(json.dumps({
    "package": crisiskaart.__file__,
    "resources": str(resource_root()),
    "menus": [action.text() for action in window.menuBar().actions()],
    "fonts": sorted(p.name for p in FONT_FOLDER.iterdir()),
    "viewer": len(viewer_html()),
}))
"""


def test_wheel_holds_the_resources_and_the_compiled_dutch(built_wheel: Path) -> None:
    names = set(zipfile.ZipFile(built_wheel).namelist())
    assert "crisiskaart/resources/i18n/crisiskaart_nl.qm" in names
    assert "crisiskaart/resources/viewer/index.html" in names
    fonts = "crisiskaart/resources/fonts/"
    assert {fonts + "DejaVuSans.ttf", fonts + "LICENSE-DejaVu.txt"} <= names
    assert any(name.endswith("licenses/LICENSE") for name in names)
    assert not any(name.endswith(".ts") for name in names)  # Qt loads only the compiled file


def test_installed_wheel_starts_in_dutch_with_its_own_resources(clean_venv: Path, tmp_path: Path) -> None:
    env = outside_env(tmp_path / "home")
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE)
    facts = json.loads(run(clean_venv, probe, tmp_path / "settings.ini", env=env, cwd=tmp_path)
                       .stdout.strip().splitlines()[-1])
    venv_root = clean_venv.parent.parent
    assert Path(facts["package"]).is_relative_to(venv_root), facts["package"]
    assert Path(facts["resources"]).is_relative_to(venv_root)
    assert not Path(facts["resources"]).is_relative_to(ROOT)
    assert "&Bestand" in facts["menus"], facts["menus"]  # Dutch, from the .qm compiled into the wheel
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"} <= set(facts["fonts"])
    assert facts["viewer"] == len((ROOT / "resources" / "viewer" / "index.html").read_bytes())


def test_installed_wheel_prints_the_same_wallet_card_as_the_source_tree(clean_venv: Path,
                                                                         tmp_path: Path) -> None:
    card = tmp_path / "card.json"
    card.write_text(run(sys.executable, "-m", "crisiskaart", "example").stdout)
    from_source, from_wheel = tmp_path / "source.pdf", tmp_path / "wheel.pdf"
    run(sys.executable, "-m", "crisiskaart", "export", card, "--format", "wallet-sheet", "-o", from_source,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    run(clean_venv, "-m", "crisiskaart", "export", card, "--format", "wallet-sheet", "-o", from_wheel,
        env=outside_env(tmp_path / "home"), cwd=tmp_path)
    assert from_wheel.read_bytes() == from_source.read_bytes()
