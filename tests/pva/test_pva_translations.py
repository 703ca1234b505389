"""Every text the plan-of-action screens show has a Dutch translation waiting in translations_nl.json.

The lead merges that file into the .ts (``python -m crisiskaart.i18n_build --update --fill``); this
test reads the sources the way lupdate does (context = class for ``self.tr``, "" for the bare
``tr`` helper, the given context for QT_TRANSLATE_NOOP), so no string is forgotten.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import crisiskaart.ui.pva

PACKAGE = Path(crisiskaart.ui.pva.__file__).parent


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def source_strings() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for cls in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]]:
            nodes = ast.walk(cls) if cls else ast.walk(tree)
            for node in nodes:
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                if cls and isinstance(func, ast.Attribute) and func.attr == "tr" \
                        and isinstance(func.value, ast.Name) and func.value.id == "self":
                    text = _literal(node.args[0])
                    if text is not None:
                        found.add((cls.name, text))
                elif cls is None and isinstance(func, ast.Name) and func.id == "tr":
                    text = _literal(node.args[0])
                    if text is not None:
                        found.add(("", text))
                elif cls is None and isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":
                    context, text = _literal(node.args[0]), _literal(node.args[1])
                    if context is not None and text is not None:
                        found.add((context, text))
    return found


def test_every_source_string_has_a_dutch_translation() -> None:
    table = json.loads((PACKAGE / "translations_nl.json").read_text("utf-8"))
    strings = source_strings()
    assert len(strings) > 60
    missing = sorted(f"{context}: {text}" for context, text in strings
                     if not table.get(context, {}).get(text))
    assert missing == []


def test_placeholders_survive_translation() -> None:
    table = json.loads((PACKAGE / "translations_nl.json").read_text("utf-8"))
    for context in table.values():
        for source, dutch in context.items():
            for marker in ("%1", "%2", "&"):
                if marker == "&" and "&" not in source:
                    continue
                assert (marker in source) == (marker in dutch), (source, dutch)
