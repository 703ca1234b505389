"""Word wrapping and shortening of plain text in the embedded font, without reportlab markup.

The card is drawn with text objects, not Paragraphs: the person's words are never parsed as markup,
so "<b>", "&amp;" or "</para>" print literally. A text is a sequence of ``Run`` (regular or bold);
``wrap`` breaks it into lines that fit a width, ``shorten`` cuts it to a number of lines ending in
a visible suffix ("… zie crisisplan").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from crisiskaart.export.fonts import BOLD, REGULAR, register_fonts
from crisiskaart.export.shaping import text_width as shaped_width


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False


Line = tuple[Run, ...]
_WORDS = re.compile(r"\n|[^ \t\r\f\v\n]+")  # not \s: a no-break space keeps a phone number whole


@functools.lru_cache(maxsize=20_000)
def _unit_width(text: str, bold: bool) -> float:
    """Width at 1 pt; TrueType widths scale linearly, so one measurement serves every size.

    Hebrew and Arabic are measured shaped, as they print (export/shaping.py).
    """
    register_fonts()
    return shaped_width(text, BOLD if bold else REGULAR, 1.0)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return _unit_width(text, bold) * size


@dataclass(frozen=True)
class _Word:
    text: str  # "\n" for a hard line break
    bold: bool


def _words(runs: Sequence[Run]) -> list[_Word]:
    return [_Word(match, run.bold) for run in runs for match in _WORDS.findall(run.text)]


def _split_long(word: _Word, width: float, size: float) -> list[_Word]:
    """Break a word wider than the line (a long URL, 300 x's) between characters."""
    pieces: list[_Word] = []
    current = ""
    for char in word.text:
        if current and text_width(current + char, size, word.bold) > width:
            pieces.append(_Word(current, word.bold))
            current = ""
        current += char
    if current:
        pieces.append(_Word(current, word.bold))
    return pieces


def _line(words: list[_Word]) -> Line:
    """Join words with single spaces, merging neighbours of the same weight into one run."""
    runs: list[Run] = []
    for index, word in enumerate(words):
        text = word.text if index == 0 else " " + word.text
        if runs and runs[-1].bold == word.bold:
            runs[-1] = Run(runs[-1].text + text, word.bold)
        else:
            runs.append(Run(text, word.bold))
    return tuple(runs)


def wrap(runs: Sequence[Run], width: float, size: float) -> list[Line]:
    """Greedy line breaking of ``runs`` at ``size`` pt into lines no wider than ``width`` pt."""
    return _wrap_words(_words(runs), width, size)


def _wrap_words(words: Sequence[_Word], width: float, size: float) -> list[Line]:
    space = text_width(" ", size)
    lines: list[Line] = []
    current: list[_Word] = []
    used = 0.0
    for word in words:
        if word.text == "\n":
            lines.append(_line(current))
            current, used = [], 0.0
            continue
        word_width = text_width(word.text, size, word.bold)
        pieces = _split_long(word, width, size) if word_width > width else [word]
        for piece in pieces:
            piece_width = word_width if len(pieces) == 1 else text_width(piece.text, size, piece.bold)
            needed = piece_width + (space if current else 0.0)
            if current and used + needed > width:
                lines.append(_line(current))
                current, used, needed = [], 0.0, piece_width
            current.append(piece)
            used += needed
    if current or not lines:
        lines.append(_line(current))
    return lines


def line_text(line: Line) -> str:
    return "".join(run.text for run in line)


def shorten(
    runs: Sequence[Run], width: float, size: float, max_lines: int, suffix: str, limit: int | None = None
) -> list[Line]:
    """The longest start of ``runs`` that, followed by ``suffix``, fits in ``max_lines`` lines.

    ``limit`` bounds the number of words tried (e.g. the words of the first ``max_lines`` lines
    of the wrapped text: more can never fit), which keeps this fast for 5,000-character texts.
    """
    words = [w for w in _words(runs) if w.text != "\n"][:limit]
    tail = _words([Run(suffix)])

    def attempt(count: int) -> list[Line]:
        return _wrap_words([*words[:count], *tail], width, size)

    low, high = 0, len(words)  # attempt(low) is assumed to fit; find the largest that does
    while low < high:
        middle = (low + high + 1) // 2
        if len(attempt(middle)) <= max_lines:
            low = middle
        else:
            high = middle - 1
    return attempt(low)[:max_lines]
