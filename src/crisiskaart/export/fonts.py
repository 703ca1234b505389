"""The embedded TrueType font of every PDF export, and what it can print.

The 14 standard PDF fonts cannot print names such as "Öztürk", "Łukasz" or "Жанна", so every PDF
embeds DejaVu Sans (licence in ``resources/fonts/LICENSE-DejaVu.txt``). A character the font has
no glyph for (most colour emoji, CJK) would print as an empty box; ``printable`` replaces it by a
visible placeholder instead and says so, so the caller can report it.
"""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crisiskaart.resource_files import resource

FONT_FOLDER = resource("fonts")
REGULAR = "CrisiskaartSans"
BOLD = "CrisiskaartSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

# A Table draws with Helvetica unless told otherwise, even when every cell holds a Paragraph: the PDF
# would then list a font it never embeds. Every TableStyle starts with this command.
CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)

PLACEHOLDER = "\ufffd"  # "�": visibly a character that could not be printed, never a blank box


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Register regular and bold once per process; returns their reportlab names.

    Reading a TrueType file costs about as much as laying out a whole card, so a font reportlab
    already holds under our name is kept, also when this cache was emptied.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONT_FOLDER / file_name)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD


def font_file(name: str) -> Path:
    """The TrueType file of a registered font name (HarfBuzz shapes from the file itself)."""
    return FONT_FOLDER / _FILES[name]


@functools.cache
def _covered() -> frozenset[int]:
    register_fonts()
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(regular.keys() & bold.keys())


def _kept(char: str) -> bool:
    """Whether ``printable`` leaves ``char`` as typed (the loop below decides the same)."""
    code = ord(char)
    if char == "\n":
        return True
    if code < 32 or 0x7F <= code < 0xA0:
        return False
    return code in _covered()


@functools.lru_cache(maxsize=4096)  # the preview re-renders the same texts after every pause
def printable(text: str) -> tuple[str, bool]:
    """``text`` with every character the font cannot draw replaced; True if anything was replaced.

    Tabs and other control characters become spaces (newlines stay); they have no glyph either.
    """
    if all(_kept(char) for char in set(text)):  # nearly always: each distinct character once
        return text, False
    covered = _covered()
    out: list[str] = []
    replaced = False
    for char in text:
        if char == "\n":
            out.append(char)
        elif ord(char) < 32 or 0x7F <= ord(char) < 0xA0:
            out.append(" ")
        elif ord(char) in covered:
            out.append(char)
        elif 0xFE00 <= ord(char) <= 0xFE0F or ord(char) == 0x200D:
            continue  # variation selectors and joiners only style a neighbour: nothing to print
        else:
            out.append(PLACEHOLDER)
            replaced = True
    return "".join(out), replaced
