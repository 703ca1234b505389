"""Fitting the card's words into panels: panel count, font size, and shortening as the last resort.

Order of attempts (docs/export-wallet-card.md): the largest font size first, and at each size the
fewest panels (4, 5). Only when 5 panels at 6.5 pt cannot hold everything are items shortened:
every item is cut to the same maximum number of lines (the longest first), ending in a visible
"… zie crisisplan"; if even one line each is too much, items are left out from the end of the
person's order, which holds what matters least to them. Every cut is reported.

Two rules hold in every attempt. A statement (one item: a note, a contact, a medicine with its
dose) is never split over a fold or between panels: when it does not fit in the rest of a face
it moves whole to the next one, and one that is taller than a face is shortened. A block marked
``front`` ("Wie bellen") lies wholly on side A, which a responder reads first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from crisiskaart.export.card_content import CardBlock, CardContent, CardItem, excerpt
from crisiskaart.export.card_geometry import CONTENT_HEIGHT, CONTENT_WIDTH, PANEL_COUNTS, content_faces
from crisiskaart.export.context import NotFitted
from crisiskaart.export.fonts import printable
from crisiskaart.export.textfit import Line, Run, line_text, shorten, text_width, wrap
from crisiskaart.export.texts import export_text

FONT_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5)  # never below 6.5 pt: still readable on a card
MIN_FONT_SIZE = FONT_SIZES[-1]
LEADING = 1.2
HEADING_EXTRA = 0.5  # headings are this much larger than the body
ASCENT = 0.93  # DejaVu Sans ascent per pt: baseline below the top of a line box
BULLET = "•"


@dataclass(frozen=True)
class PlacedLine:
    """A line on a content face; ``top`` is its distance from the top of the content box."""

    runs: Line
    top: float
    size: float
    heading: bool = False
    bullet: bool = False


@dataclass
class CardLayout:
    content: CardContent
    panel_count: int
    font_size: float
    faces: list[list[PlacedLine]]  # one list per content face, in reading order
    not_fitted: list[NotFitted] = field(default_factory=list)


@dataclass
class _Item:
    section: str
    source: str  # for notices
    runs: list[Run]
    lines: list[Line] = field(default_factory=list)
    marker: bool = False  # the "… zie crisisplan" line standing for left-out items


@dataclass
class _Block:
    title: str
    items: list[_Item]
    front: bool = False  # must lie wholly on side A


def _clean(blocks: list[CardBlock], language: str, notices: list[NotFitted]) -> list[_Block]:
    """Replace what the font cannot print; one notice per item that had such a character."""
    result = []
    for block in blocks:
        items = []
        for item in block.items:
            lead, lead_replaced = printable(item.lead)
            text, text_replaced = printable(item.text)
            source = excerpt(item.name or _join(item))
            if lead_replaced or text_replaced:
                notices.append(NotFitted(str(block.section), source, export_text("reason_glyph", language)))
            runs = [Run(lead, True), Run(text)] if lead.strip() else [Run(text)]
            items.append(_Item(str(block.section), source, runs))
        title, _ = printable(block.title)
        result.append(_Block(title, items, block.front))
    return result


def _join(item: CardItem) -> str:
    return f"{item.lead} {item.text}".strip()


def bullet_indent(size: float) -> float:
    return text_width(BULLET + " ", size)


def _surely_too_long(blocks: list[_Block], size: float) -> bool:
    """A cheap lower bound: the text alone, as one long line, needs more lines than 5 panels hold.

    Saves wrapping 5,000-character texts at sizes that cannot work (the preview runs per keystroke).
    """
    width = sum(text_width(f"{run.text} ", size, run.bold) for b in blocks for i in b.items for run in i.runs)
    capacity = len(content_faces(PANEL_COUNTS[-1])) * CONTENT_HEIGHT / (size * LEADING)
    return width / (CONTENT_WIDTH - bullet_indent(size)) > capacity


def _wrap_all(blocks: list[_Block], size: float) -> None:
    width = CONTENT_WIDTH - bullet_indent(size)
    for block in blocks:
        for item in block.items:
            item.lines = [line for line in wrap(item.runs, width, size) if line] or [()]


def _block_height(block: _Block, size: float) -> float:
    leading = size * LEADING
    return (size + HEADING_EXTRA) * LEADING + sum((len(i.lines) + 0.15) * leading for i in block.items)


def front_face_count(panels: int) -> int:
    """How many content faces lie on side A (they come first in reading order)."""
    return sum(1 for face in content_faces(panels) if face.side == "A")


def _flow(
    blocks: list[_Block],
    size: float,
    face_count: int,
    continued: str,
    keep_together: bool = False,
    front_count: int | None = None,
) -> list[list[PlacedLine]] | None:
    """Place wrapped lines on faces; None when more than ``face_count`` faces would be needed.

    Items move whole to the next face (never split); an item taller than a face (under its
    "(vervolg)" heading) cannot be placed at all, so None. With ``front_count`` a ``front`` block
    must lie on the first ``front_count`` faces (side A), else None. With ``keep_together`` a
    section that does not fit in the rest of a face but fits on a face of its own starts on the
    next face instead of being split.
    """
    leading = size * LEADING
    heading_size = size + HEADING_EXTRA
    heading_height = heading_size * LEADING
    gap = 0.35 * leading
    item_gap = 0.15 * leading
    faces: list[list[PlacedLine]] = [[]]
    top = 0.0

    def new_face() -> bool:
        nonlocal top
        faces.append([])
        top = 0.0
        return len(faces) <= face_count

    def heading(title: str) -> None:
        nonlocal top
        if faces[-1]:
            top += gap
        faces[-1].append(PlacedLine((Run(title, True),), top, heading_size, heading=True))
        top += heading_height

    for block in blocks:
        if any(heading_height + len(item.lines) * leading > CONTENT_HEIGHT for item in block.items):
            return None  # an item taller than a face: only shortening can place it
        first_item = len(block.items[0].lines) * leading if block.items else 0.0
        first_height = heading_height + (gap if faces[-1] else 0.0) + first_item
        whole = _block_height(block, size) + (gap if faces[-1] else 0.0)
        move = keep_together and faces[-1] and top + whole > CONTENT_HEIGHT >= _block_height(block, size)
        if (move or top + first_height > CONTENT_HEIGHT) and not new_face():
            return None
        heading(block.title)
        for item in block.items:
            if top + len(item.lines) * leading > CONTENT_HEIGHT:  # the whole item to the next face
                if not new_face():
                    return None
                heading(f"{block.title} ({continued})")
            for number, line in enumerate(item.lines):
                faces[-1].append(PlacedLine(line, top, size, bullet=number == 0))
                top += leading
            top += item_gap
        if front_count is not None and block.front and len(faces) > front_count:
            return None
    return faces


def _capped(
    blocks: list[_Block], cap: int, size: float, suffix: str, upto: int | None = None
) -> list[_Block]:
    """Copies of the blocks with every item longer than ``cap`` lines shortened to ``cap`` lines
    (with ``upto``, only in the first ``upto`` blocks)."""
    width = CONTENT_WIDTH - bullet_indent(size)
    result = []
    for index, block in enumerate(blocks):
        items = []
        for item in block.items:
            if len(item.lines) > cap and not item.marker and (upto is None or index < upto):
                limit = sum(len(line_text(line).split()) for line in item.lines[:cap]) + 1
                lines = shorten(item.runs, width, size, cap, suffix, limit)
                items.append(_Item(item.section, item.source, item.runs, lines))
            else:
                items.append(item)
        result.append(_Block(block.title, items, block.front))
    return result


def _largest_cap(longest: int, fits: Callable[[int], bool]) -> int:
    """The largest number of lines per item in 1..``longest`` for which ``fits``; 1 if none does."""
    low, high = 0, longest
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return max(low, 1)


def _front_shortened(
    blocks: list[_Block], size: float, suffix: str, front_count: int, continued: str
) -> list[_Block]:
    """The blocks with the items before the ``front`` block ("Voor hulpdiensten") cut just enough
    for "Wie bellen" to lie on side A; the other sections keep their length for the general cut."""
    front = next((index for index, block in enumerate(blocks) if block.front), 0)
    head = blocks[: front + 1]
    if front == 0 or _flow(head, size, front_count, continued) is not None:
        return blocks
    longest = max(len(item.lines) for block in blocks[:front] for item in block.items)
    cap = _largest_cap(longest, lambda c: _flow(_capped(head, c, size, suffix, front), size, front_count,
                                                continued) is not None)
    return _capped(blocks, cap, size, suffix, front)


def _shortened(blocks: list[_Block], capped: list[_Block]) -> list[_Item]:
    return [
        original
        for block, short in zip(blocks, capped, strict=True)
        for original, item in zip(block.items, short.items, strict=True)
        if original.lines != item.lines
    ]


def _leave_out(blocks: list[_Block], suffix: str) -> _Item | None:
    """Remove the last real item of the last block that has one; a marker line takes its place."""
    for block in reversed(blocks):
        real = [item for item in block.items if not item.marker]
        if len(real) == 0:
            continue
        removed = real[-1]
        block.items = [item for item in block.items if item is not removed]
        if not block.items or not block.items[-1].marker:
            block.items.append(_Item(removed.section, "", [Run(suffix)], [(Run(suffix),)], marker=True))
        return removed
    return None


def _to_shorten(blocks: list[_Block], size: float, face_count: int, continued: str) -> list[_Block]:
    """The blocks to leave an item out of: normally all (the last item goes), but when everything
    would fit except that "Wie bellen" is pushed off side A, the blocks before it ("Voor
    hulpdiensten"), and only when those are empty the front block itself."""
    front = next((index for index, block in enumerate(blocks) if block.front), None)
    if front is None or _flow(blocks, size, face_count, continued) is None:
        return blocks
    before = [block for block in blocks[:front] if any(not item.marker for item in block.items)]
    return before or [blocks[front]]


def layout_card(content: CardContent, language: str) -> CardLayout:
    """Choose panel count and font size for ``content`` and place every line (see module doc)."""
    notices = list(content.notices)
    blocks = _clean(content.blocks, language, notices)
    continued = export_text("continued", language)
    for size in FONT_SIZES:
        if size != MIN_FONT_SIZE and _surely_too_long(blocks, size):
            continue
        _wrap_all(blocks, size)
        for panels in PANEL_COUNTS:
            for keep_together in (True, False):
                faces = _flow(blocks, size, len(content_faces(panels)), continued, keep_together,
                              front_face_count(panels))
                if faces is not None:
                    return CardLayout(content, panels, size, faces, notices)
    return _shorten_to_fit(content, blocks, notices, continued, language)


def _shorten_to_fit(
    content: CardContent, blocks: list[_Block], notices: list[NotFitted], continued: str, language: str
) -> CardLayout:
    size, panels = MIN_FONT_SIZE, PANEL_COUNTS[-1]
    face_count, front_count = len(content_faces(panels)), front_face_count(panels)
    suffix = export_text("more_in_plan", language)
    base = _front_shortened(blocks, size, suffix, front_count, continued)
    longest = max((len(item.lines) for block in base for item in block.items), default=1)
    cap = _largest_cap(longest, lambda c: _flow(_capped(base, c, size, suffix), size, face_count, continued,
                                                front_count=front_count) is not None)
    capped = _capped(base, cap, size, suffix)
    reason = export_text("reason_shortened", language)
    notices += [NotFitted(item.section, item.source, reason) for item in _shortened(blocks, capped)]
    faces = _flow(capped, size, face_count, continued, front_count=front_count)
    left_out = export_text("reason_left_out", language)
    while faces is None:
        removed = _leave_out(_to_shorten(capped, size, face_count, continued), suffix)
        if removed is None:  # cannot happen: an empty card fits; guard against an endless loop
            faces = [[]]
            break
        notices.append(NotFitted(removed.section, removed.source, left_out))
        faces = _flow(capped, size, face_count, continued, front_count=front_count)
    gone = {(n.section, n.text) for n in notices if n.reason == left_out}
    notices = [n for n in notices if n.reason != reason or (n.section, n.text) not in gone]
    return CardLayout(content, panels, size, faces, notices)
