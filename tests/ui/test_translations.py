"""Every user-visible string of the editor has a Dutch translation, and the Dutch is what runs."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from crisiskaart.i18n_build import UI_DIR, _qt_tool, qm_path, ts_path


def _translated_text(translation: ET.Element) -> str:
    """The translation, or its plural forms joined (``%n dag`` / ``%n dagen``)."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return ("".join(forms) if forms else translation.text or "").strip()


def test_every_source_string_has_a_finished_dutch_translation(tmp_path: Path) -> None:
    # Extract the strings the code uses now into a copy, so a string added to the code but not
    # to the committed .ts file shows up as unfinished.
    fresh = tmp_path / "crisiskaart_nl.ts"
    shutil.copy(ts_path("nl"), fresh)
    sources = sorted(str(path) for path in UI_DIR.rglob("*.py"))
    subprocess.run([_qt_tool("lupdate"), "-no-obsolete", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    messages = list(ET.parse(fresh).iter("message"))
    assert len(messages) >= 15
    untranslated = [message.findtext("source") for message in messages
                    if message.find("translation").get("type") == "unfinished"
                    or not _translated_text(message.find("translation"))]
    assert untranslated == []


def test_compiled_dutch_is_loaded(qapp) -> None:
    assert qm_path("nl").exists()
    # The autouse fixture in conftest.py installed the Dutch translation, as the program does.
    assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
    assert QCoreApplication.translate("Guide", "What is your name?") == "Wat is je naam?"
    assert QCoreApplication.translate("", "Nothing here yet.") == "Hier staat nog niets."
