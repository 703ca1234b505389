"""A QTranslator over ``translations_nl.json``, so the workspace is Dutch before the lead merges
its strings into ``crisiskaart_nl.ts``. Values are a string, or ``[singular, plural]`` for ``%n``.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

TRANSLATIONS = Path(__file__).with_name("translations_nl.json")


class JsonTranslator(QTranslator):
    def __init__(self, path: Path = TRANSLATIONS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: dict[str, dict[str, str | list[str]]] = json.loads(path.read_text("utf-8"))

    def isEmpty(self) -> bool:
        return not self._table

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        value = self._table.get(str(context), {}).get(source)
        if isinstance(value, list):
            return value[0] if n == 1 else value[-1]
        return value or None  # None = a null QString: "not translated here"


def install_workspace_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the Dutch workspace strings (nothing for English); keep the result alive."""
    if language != "nl":
        return None
    translator = JsonTranslator(parent=app)
    app.installTranslator(translator)
    return translator
