"""The one mechanism behind every Qt-free text: ``(Dutch, English)`` pairs looked up by key.

The model, the store, the exporters, the responder summary, the workspace and the command line must
speak without Qt, so their texts are not in the Qt Linguist file (docs/i18n.md). Each package keeps
its own table beside the code that uses it, but all of them are a ``Catalogue``: the same choice of
language (Dutch unless English is asked for), the same filling-in of ``{placeholders}``, the same
checks (tests/test_catalogues.py: both languages present, the same placeholders in both).
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping

Pair = tuple[str, str]
"""A text as ``(Dutch, English)``."""


def pick(texts: Pair, language: str) -> str:
    """The Dutch or English text of a pair; Dutch is the default."""
    return texts[1] if language == "en" else texts[0]


class _Unknown(dict[str, object]):
    """Fills a placeholder nobody passed with "?": a message is still shown, never an exception."""

    def __missing__(self, key: str) -> str:
        return "?"


def fill(template: str, params: Mapping[str, object]) -> str:
    """``template`` with its ``{placeholders}`` filled in (a literal brace is written ``{{``)."""
    return string.Formatter().vformat(template, (), _Unknown(params))


CATALOGUES: list[Catalogue] = []
"""Every catalogue made, for the checks."""


class Catalogue:
    """One package's texts. ``fallback`` is asked for keys this one lacks (the command line says
    what the application layer says, worded once)."""

    def __init__(self, name: str, texts: Mapping[str, Pair], fallback: Catalogue | None = None) -> None:
        self.name, self._texts, self._fallback = name, texts, fallback
        CATALOGUES.append(self)

    def __contains__(self, key: object) -> bool:
        return key in self._texts or (self._fallback is not None and key in self._fallback)

    def pair(self, key: str) -> Pair:
        if key not in self._texts and self._fallback is not None:
            return self._fallback.pair(key)
        return self._texts[key]

    def text(self, key: str, language: str, **params: object) -> str:
        """The text for ``key`` in ``language`` (``nl`` or ``en``), with ``params`` filled in."""
        return fill(pick(self.pair(key), language), params)

    def label(self, key: str, language: str) -> str:
        """A name (of a field, a choice, a status) without placeholders; an unknown key is shown as
        itself rather than failing, so a value from a newer file still has a name."""
        return pick(self.pair(key), language) if key in self else key

    def items(self) -> Iterator[tuple[str, Pair]]:
        yield from self._texts.items()


def sentence(text: str) -> str:
    """``text`` as a sentence on screen: a capital first letter and a full stop. The catalogues
    keep their texts lower case without a stop, as the command line prints them after a colon."""
    text = text.strip()
    if not text:
        return text
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")
