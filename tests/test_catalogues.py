"""Every Qt-free text catalogue has each text in Dutch and English with the same placeholders, and
the lookup behaves the same in all of them (crisiskaart.catalogue)."""

from __future__ import annotations

import importlib
import pkgutil
import string

import pytest

from crisiskaart.catalogue import CATALOGUES, Catalogue

MODULES = ("crisiskaart.app.texts", "crisiskaart.app.file_names", "crisiskaart.cli.texts",
           "crisiskaart.export.texts", "crisiskaart.export.pva_texts", "crisiskaart.export.route_texts",
           "crisiskaart.summary.texts", "crisiskaart.workspace.texts", "crisiskaart.store.messages",
           "crisiskaart.model.messages", "crisiskaart.model.labels", "crisiskaart.model.organisation")
for module in MODULES:
    importlib.import_module(module)

# The Qt-free packages; the editor (crisiskaart.ui) speaks through tr().
PACKAGES = ("model", "store", "export", "app", "cli", "workspace", "summary")
# Tables of (Dutch, English) pairs that are data rather than the program's own words: the names of
# public holidays as the law and the calendar give them (model.holidays).
DATA_TABLES = {("crisiskaart.model.holidays", "HOLIDAY_NAMES")}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_package_speaks_through_a_catalogue() -> None:
    names = {catalogue.name for catalogue in CATALOGUES}
    assert {"app", "cli", "export", "plan van aanpak", "routes", "file names", "summary",
            "summary section titles", "summary section shorts", "store", "model messages",
            "field labels", "choice labels", "organisation", "workspace status", "workspace values",
            "workspace csv header", "workspace merge"} <= names


def _is_pair_table(value: object) -> bool:
    return isinstance(value, dict) and bool(value) and all(
        isinstance(key, str) and isinstance(pair, tuple) and len(pair) == 2
        and all(isinstance(text, str) for text in pair) for key, pair in value.items())


def test_no_qt_free_module_keeps_a_text_table_of_its_own() -> None:
    """Every module-level table of (Dutch, English) pairs is a catalogue's, so it is looked up and
    checked the one way; a private table with its own lookup would escape both."""
    tables = [dict(catalogue.items()) for catalogue in CATALOGUES]
    private = []
    for package in PACKAGES:
        root = importlib.import_module(f"crisiskaart.{package}")
        names = [f"crisiskaart.{package}"] + [
            info.name for info in pkgutil.walk_packages(root.__path__, f"crisiskaart.{package}.")]
        for name in names:
            module = importlib.import_module(name)
            for attribute, value in vars(module).items():
                if _is_pair_table(value) and (name, attribute) not in DATA_TABLES \
                        and value not in tables:
                    private.append(f"{name}.{attribute}")
    assert private == []


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda catalogue: catalogue.name)
def test_both_languages_with_the_same_placeholders(catalogue: Catalogue) -> None:
    for key, (dutch, english) in catalogue.items():
        assert dutch.strip() and english.strip(), (catalogue.name, key)
        assert placeholders(dutch) == placeholders(english), (catalogue.name, key)


def test_lookup_fills_in_falls_back_and_never_fails_on_a_missing_param() -> None:
    base = Catalogue("test base", {"saved": ("bewaard: {path}", "saved: {path}")})
    own = Catalogue("test own", {"hello": ("hallo {name}", "hello {name}")}, fallback=base)
    assert own.text("hello", "nl", name="Noor") == "hallo Noor"
    assert own.text("hello", "en", name="Noor") == "hello Noor"
    assert own.text("hello", "de", name="Noor") == "hallo Noor"  # Dutch unless English is asked for
    assert own.text("saved", "en", path="x") == "saved: x"  # said once, by the layer below
    assert own.text("hello", "nl") == "hallo ?"
    assert own.label("unknown-choice", "nl") == "unknown-choice"
    with pytest.raises(KeyError):
        own.text("unknown", "nl")
    CATALOGUES.remove(base)
    CATALOGUES.remove(own)
