"""Compile the Qt Linguist sources (``resources/i18n/*.ts``) into the ``.qm`` files the editor loads.

``python -m crisiskaart.i18n_build`` runs at set-up (scripts/setup.sh); ``--update`` first runs
lupdate over ``ui/`` to add new source strings to the ``.ts`` files (for developers and translators,
see docs/i18n.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import PySide6

from crisiskaart.resource_files import resource

PACKAGE_DIR = Path(__file__).resolve().parent
I18N_DIR = resource("i18n")
UI_DIR = PACKAGE_DIR / "ui"
LANGUAGES = ("nl",)  # English is the source language: no translation file needed


def _qt_tool(name: str) -> str:
    """The path of a Qt tool (lrelease, lupdate) shipped inside the PySide6 wheel."""
    base = Path(PySide6.__file__).parent
    for candidate in (base / name, base / f"{name}.exe", base / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise FileNotFoundError(f"Qt tool {name} not found in {base}")


def ts_path(language: str) -> Path:
    return I18N_DIR / f"crisiskaart_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"crisiskaart_{language}.qm"


def update_sources() -> None:
    import subprocess

    sources = sorted(str(path) for path in UI_DIR.rglob("*.py"))
    for language in LANGUAGES:
        subprocess.run([_qt_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources,
                        "-ts", str(ts_path(language))], check=True, capture_output=True)


def compile_translations() -> list[Path]:
    import subprocess  # here, not at the top: the editor imports this module at start-up

    built = []
    for language in LANGUAGES:
        source, target = ts_path(language), qm_path(language)
        if not source.exists():
            continue
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            built.append(target)
            continue
        subprocess.run([_qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)],
                       check=True, capture_output=True)
        built.append(target)
    return built


def fill_translations(language: str, translations: dict[str, dict[str, str | list[str]]]) -> int:
    """Fill unfinished messages of a .ts file from {context: {source: translation}}; returns how many.

    For translations written in bulk (e.g. by a developer adding a whole screen); Qt Linguist stays
    the tool for reviewing them.
    """
    import xml.etree.ElementTree as ET

    path = ts_path(language)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        table = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is not None and translation.get("type") == "unfinished" and source in table:
                value = table[source]
                if isinstance(value, list):  # plural forms ("%n dag", "%n dagen")
                    for form in list(translation):
                        translation.remove(form)
                    for text in value:
                        ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = value
                del translation.attrib["type"]
                filled += 1
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="run lupdate over ui/ first")
    parser.add_argument("--fill", type=Path, metavar="JSON",
                        help="fill unfinished Dutch messages from {context: {source: translation}}")
    args = parser.parse_args()
    if args.update:
        update_sources()
    if args.fill:
        import json

        count = fill_translations("nl", json.loads(args.fill.read_text("utf-8")))
        print(f"{count} translations filled")
    compile_translations()
    return 0


if __name__ == "__main__":
    sys.exit(main())
