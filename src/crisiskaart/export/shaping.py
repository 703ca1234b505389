"""Arabic and Hebrew on paper: letters joined (shaping) and read right to left (bidi) in every PDF.

A PDF holds glyphs at positions, not text to lay out, so the program that writes it must do what a
browser does for the HTML export: put the characters of a line in visual order (the Unicode
Bidirectional Algorithm, UAX #9, from ``python-bidi``) and pick each Arabic letter's joining form
(initial, medial, final, isolated, the lam-alef ligature) with OpenType shaping (HarfBuzz, through
``uharfbuzz``). Without this a name such as "سارة الحسن" prints as separate letters in typing
order, left to right: unreadable. (reportlab can shape with ``uharfbuzz`` too, but its bidi needs
``rlbidi``, which PyPI does not offer for every platform, and it reorders whole words only.)

Per line of text in logical (typing) order:

1. A line without a Hebrew or Arabic character is left exactly as it is: Dutch text prints,
   measures and reads back byte for byte as before, at no extra cost.
2. Otherwise the line's embedding levels are resolved (its base direction left to right unless it
   has no left-to-right letter at all, ``base_level``), its characters put in visual order (L1,
   L2) and cut into segments of one font, one level and one script.
3. A right-to-left segment is shaped by HarfBuzz from its logical order; HarfBuzz returns the glyphs
   left to right, joined, with brackets mirrored. Digits in Arabic text form a left-to-right
   segment of their own, so "12" stays "12".

Each glyph is written as the character the font maps to it (an Arabic presentation form such as
U+FE8E for a final alef), so segments are plain strings: drawn, measured (``text_width``, used by
the card's wrapping, so joined text never runs past a margin) and embedded like any other text.
pypdf's text extraction reads a right-to-left run back in logical order; NFKC normalisation
(``logical_text``) turns presentation forms into the letters typed. Glyph positions
from HarfBuzz's GPOS are not used: DejaVu Sans places its zero-width vowel marks well by itself.

For reportlab Paragraphs (the A4 documents) ``paragraph_text`` breaks a paragraph that has
right-to-left text into lines itself and gives each line in visual order: reordering must follow
line breaking (UAX #9, 3.4), which a Paragraph cannot do without ``rlbidi``.

The font, DejaVu Sans, covers Arabic (with the Persian and Urdu letters), its presentation forms and
Hebrew, in regular and bold.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import uharfbuzz as hb
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from crisiskaart.export.fonts import REGULAR, font_file, register_fonts

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")  # Hebrew, Arabic and their forms
_HEBREW = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")
# The levels in python-bidi's report: the block starts on a line of its own, so no user text matches.
_LEVELS_BLOCK = re.compile(r"\n    levels: \[(.*?)\n    \]", re.DOTALL)
_LEVEL = re.compile(r"Level\(\s*(\d+)")
PARAGRAPH_WIDTH = 400.0  # points at 10 pt: 141 mm, narrower than every text column of the A4 documents
PARAGRAPH_SIZE = 10.0

Piece = tuple[str, str]  # (text, reportlab font name), in logical order


def has_rtl(text: str) -> bool:
    """Whether ``text`` has a Hebrew or Arabic character (and so needs this module at all)."""
    return _RTL.search(text) is not None


@dataclass(frozen=True)
class Segment:
    """A part of a line in visual order: one font, drawn left to right as it stands."""

    text: str  # characters as they are drawn, left to right (right-to-left text already shaped)
    font: str
    unit_width: float  # advance at 1 pt


def _levels(text: str) -> list[int]:
    """The resolved embedding level of every character of one line (UAX #9 up to I2, then L1).

    ``python-bidi``'s ``get_display(debug=True)`` returns the levels its Rust implementation
    (the ``unicode-bidi`` crate, current UAX #9 with bracket pairs and isolates) calculated, one per
    UTF-8 byte; its pure-Python ``bidi.algorithm`` is older (no bracket pairs: "Yael (אמא): 06…"
    would move the number) and so is not used.
    """
    base = base_level(text)
    report = get_display(text, base_dir="LR"[base], debug=True)
    block = _LEVELS_BLOCK.search(report)
    byte_levels = [int(level) for level in _LEVEL.findall(block.group(1))] if block else []
    encoded = [len(char.encode("utf-8")) for char in text]
    if len(byte_levels) != sum(encoded):
        raise RuntimeError("python-bidi did not report one level per byte")
    levels: list[int] = []
    offset = 0
    for size in encoded:
        levels.append(byte_levels[offset])
        offset += size
    # L1: white space at the end of the line takes the paragraph level.
    for index in range(len(text) - 1, -1, -1):
        if not text[index].isspace():
            break
        levels[index] = base
    return levels


def base_level(text: str) -> int:
    """1 (right to left) for a line with no left-to-right letter at all, else 0.

    Every document is Dutch or English, read left to right, so a line that mixes scripts keeps
    that direction: "Bel haar broer أحمد (Ahmed)" reads left to right with the name right to left
    inside it, as in the HTML export. A line written wholly in Hebrew or Arabic (digits and
    punctuation aside) is right to left, so its full stop and brackets land where its reader
    expects them (UAX #9 would take the first strong letter, P2; a mixed line starting with a
    name would then be turned around).
    """
    return 0 if any(unicodedata.bidirectional(char) == "L" for char in text) else 1


def _visual_order(levels: list[int]) -> list[int]:
    """Logical indices in visual order (L2: reverse every run at or above each odd level)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        start = None
        for position in range(len(order) + 1):
            inside = position < len(order) and levels[order[position]] >= level
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                order[start:position] = reversed(order[start:position])
                start = None
    return order


def _script(char: str) -> str:
    if _HEBREW.match(char):
        return "hebrew"
    if _RTL.match(char):
        return "arabic"
    return ""


@functools.cache
def _harfbuzz_font(font: str) -> hb.Font:
    return hb.Font(hb.Face(hb.Blob(font_file(font).read_bytes())))


@functools.cache
def _glyph_characters(font: str) -> dict[int, str]:
    """Glyph id to the character that selects it: the letter itself before its presentation form."""
    register_fonts()
    characters: dict[int, str] = {}
    for code, glyph in sorted(pdfmetrics.getFont(font).face.charToGlyph.items(), reverse=True):
        if not 0xE000 <= code <= 0xF8FF:
            characters[glyph] = chr(code)  # sorted high to low: the lowest code point wins
    return characters


@functools.lru_cache(maxsize=4096)
def _shaped(text: str, font: str) -> str:
    """``text`` (one right-to-left segment, logical order) as the characters of its glyphs, left to right.

    HarfBuzz picks the joined forms and ligatures; each glyph is written as the character the font
    maps to it (the presentation form U+FEE0 for a medial lam, U+FEFB for lam-alef), so the text
    draws with plain reportlab strings, measures with their widths and reads back as Unicode. A
    glyph no character maps to (DejaVu's shadda-with-vowel ligatures) is written as the characters
    it stands for instead: zero-width marks that print almost the same and read back exactly.
    """
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl"
    buffer.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(_harfbuzz_font(font), buffer, {})
    characters = _glyph_characters(font)
    clusters = sorted({info.cluster for info in buffer.glyph_infos})
    ends = dict(zip(clusters, [*clusters[1:], len(text)], strict=True))
    out: list[str] = []
    for info in buffer.glyph_infos:
        character = characters.get(info.codepoint)
        if character is None:
            out.append(text[info.cluster : ends[info.cluster]][::-1])
        else:
            out.append(character)
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def visual_segments(pieces: tuple[Piece, ...]) -> tuple[Segment, ...]:
    """One line (``pieces`` of text and font, logical order) as segments in visual order."""
    register_fonts()
    text = "".join(piece for piece, _ in pieces)
    if not has_rtl(text):
        return tuple(Segment(piece, font, stringWidth(piece, font, 1.0)) for piece, font in pieces)
    fonts = [font for piece, font in pieces for _ in piece]
    levels = _levels(text)
    scripts: list[str] = []
    for char in text:  # neutrals and marks belong to the script before them
        scripts.append(_script(char) or (scripts[-1] if scripts else ""))
    groups: list[list[int]] = []
    for index in _visual_order(levels):
        if groups:
            last = groups[-1][-1]
            same = fonts[index] == fonts[last] and levels[index] == levels[last]
            rtl = levels[index] % 2 == 1
            if same and abs(index - last) == 1 and (not rtl or scripts[index] == scripts[last]):
                groups[-1].append(index)
                continue
        groups.append([index])
    segments: list[Segment] = []
    for group in groups:
        font = fonts[group[0]]
        logical = "".join(text[index] for index in sorted(group))
        if levels[group[0]] % 2 == 0:
            drawn: str = logical
        elif has_rtl(logical):
            drawn = _shaped(logical, font)
        else:  # only neutrals at a right-to-left level: reversed, brackets mirrored (L4)
            drawn = "".join(MIRRORED.get(char, char) for char in reversed(logical))
        segments.append(Segment(drawn, font, stringWidth(drawn, font, 1.0)))
    return tuple(segments)


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` as drawn: shaped, so joined Arabic is measured as it prints."""
    if not has_rtl(text):
        return stringWidth(text, font, size)
    return sum(segment.unit_width for segment in visual_segments(((text, font),))) * size


def draw_text(
    canvas: Canvas,
    x: float,
    baseline: float,
    pieces: Sequence[Piece],
    size: float,
    colour: Color | None = None,
) -> float:
    """Draw one line of ``pieces`` (logical order) from ``x``; returns its width.

    One text object per line, one font switch per segment: what every PDF export uses for text it
    draws itself (the card, page headers), so Hebrew and Arabic come out right everywhere.
    """
    text = canvas.beginText(x, baseline)
    if colour is not None:
        text.setFillColor(colour)
    width = 0.0
    for segment in visual_segments(tuple(pieces)):
        text.setFont(segment.font, size)
        text.textOut(segment.text)
        width += segment.unit_width * size
    canvas.drawText(text)
    return width


def draw_string(canvas: Canvas, x: float, baseline: float, text: str, font: str, size: float) -> None:
    """``canvas.drawString`` in the canvas's fill colour, with shaping and bidi (a page header)."""
    if has_rtl(text):
        draw_text(canvas, x, baseline, ((text, font),), size)
    else:
        canvas.setFont(font, size)
        canvas.drawString(x, baseline, text)


def _paragraph_lines(text: str, font: str, width: float) -> list[str]:
    """Greedy line breaking at spaces, in logical order; a word wider than a line stays whole."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and text_width(candidate, font, PARAGRAPH_SIZE) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def paragraph_text(text: str, font: str = REGULAR, width: float = PARAGRAPH_WIDTH) -> str:
    """Plain text for a reportlab Paragraph: each line with right-to-left text in visual order.

    A paragraph without Hebrew or Arabic is returned unchanged and wraps as the Paragraph decides.
    One with it is broken into lines here, no wider than ``width`` points at 10 pt, joined by
    newlines (the caller turns those into ``<br/>``), each line's glyphs in visual order, so the
    first words of an Arabic sentence are on the first line, at its right. Glyph positions from
    HarfBuzz are not kept (a Paragraph draws characters): vowel marks sit where the font puts them.
    """
    out: list[str] = []
    for paragraph in text.split("\n"):
        if not has_rtl(paragraph):
            out.append(paragraph)
            continue
        for line in _paragraph_lines(paragraph, font, width):
            out.append("".join(segment.text for segment in visual_segments(((line, font),))))
    return "\n".join(out)


def logical_text(extracted: str) -> str:
    """Extracted PDF text as typed: presentation forms back to letters (NFKC), for comparisons."""
    return unicodedata.normalize("NFKC", extracted)
