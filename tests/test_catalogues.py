"""Every Qt-free text catalogue has each text in Dutch and English with the same placeholders, and
the lookup behaves the same in all of them (crisiskaart.catalogue)."""

from __future__ import annotations

import importlib
import string

import pytest

from crisiskaart.catalogue import CATALOGUES, Catalogue

MODULES = ("crisiskaart.app.texts", "crisiskaart.cli.texts", "crisiskaart.export.texts",
           "crisiskaart.export.pva_texts", "crisiskaart.summary.texts", "crisiskaart.workspace.texts",
           "crisiskaart.store.messages", "crisiskaart.model.messages", "crisiskaart.model.labels")
for module in MODULES:
    importlib.import_module(module)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_package_speaks_through_a_catalogue() -> None:
    names = {catalogue.name for catalogue in CATALOGUES}
    assert {"app", "cli", "export", "plan van aanpak", "summary", "store", "model messages",
            "field labels", "choice labels", "workspace status"} <= names


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
