"""The noodblad: one A4 page with the herstelcode that opens a card whose passphrase is forgotten.

The client prints it once and keeps it at home. It carries the code in large type (to read aloud and
retype), the name of the card file it belongs to and the day it was made, and in plain Dutch (B1)
what to do with it. It deliberately carries no name of the client: a finder cannot tell whose card
it opens, and the file name is made without client data (``store.default_file_name``).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import PurePosixPath, PureWindowsPath
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, ListFlowable, ListItem, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as RLParagraph

from crisiskaart.export.fonts import BOLD, CELL_FONT, REGULAR, printable, register_fonts
from crisiskaart.export.output import pdf_language
from crisiskaart.export.shaping import paragraph_text
from crisiskaart.export.texts import export_text
from crisiskaart.model.formatting import format_date
from crisiskaart.store.recovery_code import parse_recovery_code

MARGIN = 20 * mm
ACCENT = HexColor("#1F4E79")  # the A4 plan's heading colour, so both look like one program's papers
MUTED = HexColor("#555555")
CODE_BACKGROUND = HexColor("#EEF3F8")
WARNING = HexColor("#8A1C1C")


def _text(key: str, language: str) -> str:
    """The noodblad's own wording (``recovery_*`` in the export texts)."""
    return export_text(f"recovery_{key}", language)


def _user_text(text: str) -> str:
    """A file name as Paragraph markup: unprintable characters replaced, markup characters escaped."""
    return escape(paragraph_text(printable(text)[0]))


MAX_FILE_NAME = 255  # what file systems allow; a longer "name" is not a file name and is shortened


def _file_name_only(name: str) -> str:
    """Only the last part of a path: a folder name (``C:\\Users\\fatima``) could name the client."""
    name = PureWindowsPath(PurePosixPath(name).name).name or name
    if len(name) > MAX_FILE_NAME:  # keep the start and the end, which is where names differ
        half = (MAX_FILE_NAME - 1) // 2
        name = f"{name[:half]}…{name[-half:]}"
    return name


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # Larger than the A4 plan's 10 pt: this page is read rarely, perhaps in a stressful moment.
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=11.5, leading=16, spaceAfter=4)
    return {
        "kicker": ParagraphStyle("kicker", parent=body, fontSize=9, leading=12, textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=24, leading=30, textColor=ACCENT, spaceAfter=8
        ),
        "body": body,
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "item": ParagraphStyle("item", parent=body, spaceAfter=3),
        "warning": ParagraphStyle("warning", parent=body, textColor=WARNING, spaceAfter=3),
        "small": ParagraphStyle("small", parent=body, fontSize=9.5, leading=13, textColor=MUTED),
        "label": ParagraphStyle("label", parent=body, textColor=MUTED, spaceAfter=0),
        "value": ParagraphStyle("value", parent=body, fontName=BOLD, spaceAfter=0),
    }


class _CodeBox(Flowable):
    """The code as 2 rows of 4 groups in columns, in a tinted box.

    Every character gets a slot of at least the width of a digit, centred in it, so the bold
    proportional font reads almost like a monospace one and the narrow J does not vanish between
    its neighbours; the wide M and W get a little more room so they never touch. The columns line
    up across both rows, so a finger or a helper reading aloud keeps their place. Should a code of
    many W's not fit, the type gets smaller rather than running out of the box.
    """

    LARGEST = 28.0
    SMALLEST = 16.0
    SLOT = 0.84  # the narrowest slot, in em: a digit (0.70 em) plus air
    AIR = 0.13  # at least this much room, in em, around a wide glyph
    ROW_HEIGHT = 1.7  # in em
    PADDING = 16.0
    COLUMN_GAP = 1.1  # in em between two groups: clearly more than between two characters

    def __init__(self, groups: tuple[str, ...]) -> None:
        super().__init__()
        register_fonts()
        self.rows = [groups[:4], groups[4:]]
        self.font_size = self.LARGEST

    def _advances(self, group: str, size: float) -> list[float]:
        return [max(self.SLOT * size, stringWidth(char, BOLD, size) + self.AIR * size) for char in group]

    def _column_widths(self, size: float) -> list[float]:
        return [max(sum(self._advances(row[column], size)) for row in self.rows) for column in range(4)]

    def _needed(self, size: float) -> float:
        return sum(self._column_widths(size)) + 3 * self.COLUMN_GAP * size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        inner = available_width - 2 * self.PADDING
        size = self.LARGEST
        while size > self.SMALLEST and self._needed(size) > inner:
            size -= 1
        self.font_size = size
        self.height = len(self.rows) * self.ROW_HEIGHT * size + 2 * self.PADDING
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        size = self.font_size
        canvas.saveState()
        canvas.setFillColor(CODE_BACKGROUND)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.roundRect(0, 0, self.width, self.height, 6, stroke=1, fill=1)
        canvas.setFillColor(HexColor("#000000"))
        columns = self._column_widths(size)
        gap = self.COLUMN_GAP * size
        left = (self.width - self._needed(size)) / 2  # the columns as one block, centred in the box
        for row_number, groups in enumerate(self.rows):
            row_top = self.height - self.PADDING - row_number * self.ROW_HEIGHT * size
            baseline = row_top - self.ROW_HEIGHT * size / 2 - 0.36 * size  # capitals centred in the row
            x = left
            for column, group in enumerate(groups):
                advances = self._advances(group, size)
                self._draw_group(group, advances, x + (columns[column] - sum(advances)) / 2, baseline)
                x += columns[column] + gap
        canvas.restoreState()

    def _draw_group(self, group: str, advances: list[float], x: float, baseline: float) -> None:
        """One text run per group, each glyph centred in its slot by the spacing after it.

        A single run (rather than one string per glyph) keeps the group together in the PDF's text
        layer, so search and text extraction see "K7QF" on one line instead of one glyph per line.
        """
        size = self.font_size
        # The air on either side of each glyph in its slot.
        widths = [stringWidth(char, BOLD, size) for char in group]
        sides = [(advance - width) / 2 for advance, width in zip(advances, widths, strict=True)]
        text = self.canv.beginText(x + sides[0], baseline)
        text.setFont(BOLD, size)
        for index, char in enumerate(group):
            # Tc (character spacing) is added after the glyph: the air right of this glyph plus the
            # air left of the next one.
            text.setCharSpace(sides[index] + (sides[index + 1] if index + 1 < len(group) else 0))
            text.textOut(char)
        self.canv.drawText(text)


def _facts(file_name: str, made_on: dt.date, language: str, styles: dict[str, ParagraphStyle]) -> Table:
    rows = [
        [
            RLParagraph(_text("file_label", language), styles["label"]),
            RLParagraph(_user_text(file_name), styles["value"]),
        ],
        [
            RLParagraph(_text("made_label", language), styles["label"]),
            RLParagraph(escape(format_date(made_on, "en" if language == "en" else "nl")), styles["value"]),
        ],
    ]
    table = Table(rows, colWidths=[52 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _list(items: list[RLParagraph], *, numbered: bool) -> ListFlowable:
    return ListFlowable(
        [ListItem(item, leftIndent=18) for item in items],
        bulletType="1" if numbered else "bullet",
        start="1" if numbered else "•",
        bulletFontName=BOLD if numbered else REGULAR,
        bulletFontSize=11.5,
        leftIndent=18,
        bulletFormat="%s." if numbered else None,
    )


def _story(groups: tuple[str, ...], file_name: str, made_on: dt.date, language: str) -> list[Flowable]:
    styles = _styles()

    def para(key: str, style: str = "body") -> RLParagraph:
        return RLParagraph(_text(key, language), styles[style])

    keep = [para("keep_place", "item"), para("keep_photo", "item"), para("keep_anyone", "warning")]
    keep.append(para("keep_new", "item"))
    use = [para(key, "item") for key in ("use_open", "use_forgot", "use_type", "use_new")]
    return [
        para("kicker", "kicker"),
        para("title", "title"),
        para("intro"),
        para("code_heading", "h2"),
        _CodeBox(groups),
        Spacer(1, 5),
        para("code_note", "small"),
        Spacer(1, 8),
        _facts(file_name, made_on, language, styles),
        para("keep_heading", "h2"),
        _list(keep, numbered=False),
        para("use_heading", "h2"),
        _list(use, numbered=True),
        Spacer(1, 16),
        para("no_name", "small"),
    ]


def recovery_sheet_pdf(
    code_text: str, *, card_file_name: str, made_on: dt.date, language: str = "nl"
) -> bytes:
    """The noodblad as PDF bytes: one A4 page, in Dutch or (``language="en"``) English.

    ``code_text`` is parsed first, so the sheet always shows the code in its canonical groups and a
    mistyped or truncated code can never be printed (``BadRecoveryCode``). Only the last part of
    ``card_file_name`` is printed, never a folder. Nothing is written to disk here: the caller
    decides where the one copy goes.
    """
    code = parse_recovery_code(code_text)
    file_name = _file_name_only(card_file_name)
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=_text("title", language),
        author="",
        subject=_text("code_heading", language),
        creator="crisiskaart",
        lang=pdf_language(language),
        invariant=1,
        initialFontName=REGULAR,  # not reportlab's Helvetica: listed but never embedded or used
    )
    template.build(_story(code.groups, file_name, made_on, language))
    return buffer.getvalue()
