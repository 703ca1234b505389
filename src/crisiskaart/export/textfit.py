"""Word wrapping and shortening of plain text in the embedded font, without reportlab markup.

The card is drawn with text objects, not Paragraphs: the person's words are never parsed as markup,
so "<b>", "&amp;" or "</para>" print literally. A text is a sequence of ``Run`` (regular or bold);
``wrap`` breaks it into lines that fit a width, ``shorten`` cuts it to a number of lines ending in
a visible suffix ("… zie crisisplan").

Fitting a card tries many font sizes, numbers of lines and lengths, so each text is broken into
lines once per width and size and the result kept (``_prefixes``); shortening then only places its
suffix after the state at a word. The lines are exactly those of breaking every attempt anew.
"""

from __future__ import annotations

import functools
import itertools
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from crisiskaart.export.fonts import BOLD, REGULAR, register_fonts
from crisiskaart.export.shaping import text_width as shaped_width


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False


Line = tuple[Run, ...]
_WORDS = re.compile(r"\n|[^ \t\r\f\v\n]+")  # not \s: a no-break space keeps a phone number whole
_BREAKS_BUT_SPACE = re.compile(r"[\t\r\f\v\n]")  # without them, splitting at spaces finds the same words


@functools.lru_cache(maxsize=20_000)
def _unit_width(text: str, bold: bool) -> float:
    """Width at 1 pt; TrueType widths scale linearly, so one measurement serves every size.

    Hebrew and Arabic are measured shaped, as they print (export/shaping.py).
    """
    register_fonts()
    return shaped_width(text, BOLD if bold else REGULAR, 1.0)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return _unit_width(text, bold) * size


_Word = tuple[str, bool]  # (text, bold); the text "\n" is a hard line break
_TEXT, _BOLD = itemgetter(0), itemgetter(1)


@functools.lru_cache(maxsize=64)  # a text tried at several sizes is split into words once
def _run_words(runs: tuple[Run, ...]) -> tuple[_Word, ...]:
    words: list[_Word] = []
    for run in runs:
        found = _WORDS.findall(run.text) if _BREAKS_BUT_SPACE.search(run.text) else run.text.split(" ")
        words += zip(filter(None, found), itertools.repeat(run.bold))
    return tuple(words)


def _words(runs: Sequence[Run]) -> tuple[_Word, ...]:
    return _run_words(tuple(runs))


def _split_long(word: _Word, width: float, size: float) -> list[_Word]:
    """Break a word wider than the line (a long URL, 300 x's) between characters."""
    text, bold = word
    pieces: list[_Word] = []
    current = ""
    for char in text:
        if current and text_width(current + char, size, bold) > width:
            pieces.append((current, bold))
            current = ""
        current += char
    if current:
        pieces.append((current, bold))
    return pieces


def _line(words: Sequence[_Word]) -> Line:
    """Join words with single spaces, merging neighbours of the same weight into one run."""
    if words and words[0][1] == words[-1][1] and len(set(map(_BOLD, words))) == 1:
        return (Run(" ".join(map(_TEXT, words)), words[0][1]),)  # nearly every line: one weight
    runs: list[Run] = []
    for bold, group in itertools.groupby(words, key=_BOLD):
        text = " ".join(map(_TEXT, group))
        runs.append(Run(" " + text if runs else text, bold))
    return tuple(runs)


class _Greedy:
    """Greedy line breaking fed one word at a time; ``lines`` are final once closed.

    Greedy breaking never revisits a closed line, so the state after the first n words of a
    text is the same whatever follows: ``shorten`` continues such a state with its suffix
    instead of breaking the whole start of the text again for every length it tries.
    """

    __slots__ = ("current", "fed", "lines", "size", "space", "used", "width")

    def __init__(self, width: float, size: float) -> None:
        self.width, self.size = width, size
        self.space = text_width(" ", size)
        self.lines: list[list[_Word]] = []
        self.current: list[_Word] = []
        self.used = 0.0
        self.fed: list[_Word] = []  # every piece placed so far, in order

    def add(self, word: _Word) -> None:
        if word[0] == "\n":
            self.lines.append(self.current)
            self.current, self.used = [], 0.0
            return
        width, size = self.width, self.size
        word_width = text_width(word[0], size, word[1])
        pieces = _split_long(word, width, size) if word_width > width else [word]
        for piece in pieces:
            piece_width = word_width if len(pieces) == 1 else text_width(piece[0], size, piece[1])
            needed = piece_width + (self.space if self.current else 0.0)
            if self.current and self.used + needed > width:
                self.lines.append(self.current)
                self.current, self.used, needed = [], 0.0, piece_width
            self.current.append(piece)
            self.fed.append(piece)
            self.used += needed

    def result(self, closed_before: int = 0) -> list[list[_Word]]:
        """The lines so far; ``closed_before`` lines closed before this state was resumed count too."""
        if self.current or not (self.lines or closed_before):
            return [*self.lines, self.current]
        return list(self.lines)


@dataclass(frozen=True)
class _Prefixes:
    """A text's words broken into lines once, with the breaker's state after every word count."""

    lines: list[list[_Word]]  # the whole text's lines, the open last one included
    fed: list[_Word]
    starts: list[int]  # per line: how many pieces were fed before it
    # Per word count (0 to all words), compact: a 5,000-character text is kept for every keystroke.
    closed_at: array[int]  # lines closed
    fed_at: array[int]  # pieces fed
    used_at: array[float]  # width used on the open line
    built: list[Line | None]  # ``lines`` joined into runs, each when first asked for

    @property
    def words(self) -> int:
        return len(self.closed_at) - 1

    def state(self, count: int) -> tuple[int, int, int, float]:
        """(closed lines, pieces fed, pieces on the open line, width used) after ``count`` words."""
        closed, fed = self.closed_at[count], self.fed_at[count]
        return closed, fed, fed - self.starts[closed], self.used_at[count]

    def line(self, index: int) -> Line:
        """Line ``index`` as runs; every shortening of the text shares the lines before its cut."""
        built = self.built[index]
        if built is None:
            built = self.built[index] = _line(self.lines[index])
        return built

    def resume(self, count: int, width: float, size: float) -> tuple[int, _Greedy]:
        """(closed lines, a breaker on the open line) as after the first ``count`` words."""
        closed, fed, open_count, used = self.state(count)
        breaker = _Greedy(width, size)
        breaker.current = self.fed[fed - open_count : fed]
        breaker.used = used
        return closed, breaker


@functools.lru_cache(maxsize=256)
def _prefixes(runs: tuple[Run, ...], width: float, size: float) -> _Prefixes:
    """The one line-breaking pass over ``runs`` (hard line breaks left out, as ``shorten`` does).

    The loop is ``_Greedy.add`` written out for words that fit a line, the arithmetic unchanged.
    Cached per text, width and size: wrapping and shortening the same item reuse it; its cache
    misses count the full passes a render makes (tests/export/test_textfit.py holds them down).
    """
    breaker = _Greedy(width, size)
    space, lines, fed = breaker.space, breaker.lines, breaker.fed
    current: list[_Word] = []
    used = 0.0
    starts = [0]
    closed_at, fed_at, used_at = array("l", [0]), array("l", [0]), array("d", [0.0])
    for word in _words(runs):
        text, bold = word
        if text == "\n":
            continue
        word_width = _unit_width(text, bold) * size
        if word_width > width:  # rare: broken between characters, the general way
            breaker.current, breaker.used = current, used
            before = len(lines)
            breaker.add(word)
            current, used = breaker.current, breaker.used
            for index in range(before, len(lines)):  # each line the word's pieces closed
                starts.append(starts[index] + len(lines[index]))
        else:
            needed = word_width + (space if current else 0.0)
            if current and used + needed > width:
                lines.append(current)
                starts.append(len(fed))
                current, used, needed = [], 0.0, word_width
            current.append(word)
            fed.append(word)
            used += needed
        closed_at.append(len(lines))
        fed_at.append(len(fed))
        used_at.append(used)
    return _Prefixes([*lines, current], fed, starts, closed_at, fed_at, used_at, [None] * (len(lines) + 1))


@functools.lru_cache(maxsize=256)
def _wrapped(runs: tuple[Run, ...], width: float, size: float) -> tuple[Line, ...]:
    if any("\n" in run.text for run in runs):
        breaker = _Greedy(width, size)
        for word in _words(runs):
            breaker.add(word)
        return tuple(_line(line) for line in breaker.result())
    # Without hard breaks the open last line holds a word (or the text is empty: one empty line).
    table = _prefixes(runs, width, size)
    return tuple(table.line(index) for index in range(len(table.lines)))


def wrap(runs: Sequence[Run], width: float, size: float) -> list[Line]:
    """Greedy line breaking of ``runs`` at ``size`` pt into lines no wider than ``width`` pt."""
    return list(_wrapped(tuple(runs), width, size))


def line_text(line: Line) -> str:
    return "".join(run.text for run in line)


def shorten(
    runs: Sequence[Run], width: float, size: float, max_lines: int, suffix: str, limit: int | None = None
) -> list[Line]:
    """The longest start of ``runs`` that, followed by ``suffix``, fits in ``max_lines`` lines.

    ``limit`` bounds the number of words tried (e.g. the words of the first ``max_lines`` lines
    of the wrapped text: more can never fit). The text is broken into lines once (``_prefixes``);
    each length tried only places the suffix after the state at that word, so shortening a
    5,000-character text to any number of lines costs about one wrap.
    """
    return list(_shortened(tuple(runs), width, size, max_lines, suffix, limit))


@functools.lru_cache(maxsize=1024)
def _shortened(
    runs: tuple[Run, ...], width: float, size: float, max_lines: int, suffix: str, limit: int | None
) -> tuple[Line, ...]:
    table = _prefixes(runs, width, size)
    tail = _words([Run(suffix)])
    space = text_width(" ", size)
    tail_widths = [text_width(text, size, bold) for text, bold in tail]

    def attempt(count: int) -> tuple[int, _Greedy]:
        closed, breaker = table.resume(count, width, size)
        for word in tail:
            breaker.add(word)
        return closed, breaker

    def line_count(count: int) -> int:
        """``len`` of ``attempt(count)``'s lines: its breaking steps, without building the lines."""
        if any(word_width > width for word_width in tail_widths):  # a suffix word to cut: the long way
            closed, breaker = attempt(count)
            return closed + len(breaker.result(closed))
        lines, _, open_count, used = table.state(count)
        started = open_count > 0
        for word_width in tail_widths:
            needed = word_width + (space if started else 0.0)
            if started and used + needed > width:
                lines, used, needed = lines + 1, 0.0, word_width
            used += needed
            started = True
        return lines + (1 if started or lines == 0 else 0)

    low, high = 0, len(range(table.words)[:limit])  # attempt(low) fits; find the largest
    while low < high:
        middle = (low + high + 1) // 2
        if line_count(middle) <= max_lines:
            low = middle
        else:
            high = middle - 1
    closed, breaker = attempt(low)
    kept = [table.line(index) for index in range(closed if max_lines < 0 else min(closed, max_lines))]
    return (*kept, *(_line(line) for line in breaker.result(closed)))[:max_lines]
