"""Hebrew and Arabic print joined and right to left in every PDF, and read back as typed.

Checked three independent ways: the visual order against python-bidi's own ``get_display``, the
joined letters by rasterising with PDFium and counting separate pieces of ink, and the text read
back from the PDFs with pypdf (which reorders right-to-left runs itself) after NFKC.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pypdf
import pypdfium2 as pdfium
import pytest
from bidi import get_display
from export_support import page_text, reference_context
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from crisiskaart.export.fonts import BOLD, REGULAR, register_fonts
from crisiskaart.export.plan_pdf import render_plan_pdf
from crisiskaart.export.pva_pdf import render_letter, render_plan_van_aanpak
from crisiskaart.export.recovery_sheet import recovery_sheet_pdf
from crisiskaart.export.shaping import draw_text, paragraph_text, visual_segments
from crisiskaart.export.textfit import Run, text_width, wrap
from crisiskaart.export.wallet_pdf import render_wallet_card, render_wallet_sheet
from crisiskaart.model import CrisisPlan, TextItem, Visibility, example_plan

ARABIC_NAME = "سارة الحسن"
ARABIC_CONTACT = "أحمد الحسن"
HEBREW_NAME = "דוד כהן"
ARABIC_ITEM = "أنا أحب أن أمشي في الحديقة عندما أشعر بالتوتر من فضلك تكلم معي بهدوء"
MIXED_ITEM = "Praat rustig; mijn broer أحمد (Ahmed) helpt."


def _visual(text: str, font: str = REGULAR) -> str:
    return "".join(segment.text for segment in visual_segments(((text, font),)))


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _plan() -> CrisisPlan:
    plan = example_plan()
    plan.personal.full_name = ARABIC_NAME
    plan.contacts[0].name = ARABIC_CONTACT
    plan.contacts[1].name = HEBREW_NAME
    plan.what_helps = [
        TextItem(text=ARABIC_ITEM, visibility=Visibility.RESPONDERS),
        TextItem(text=MIXED_ITEM, visibility=Visibility.RESPONDERS),
    ]
    return plan


@pytest.mark.parametrize(
    "line",
    ["Bel Yael (אמא): 06-12345678", "דוד כהן (buurman)", "שלום, עולם!", "Huis 12, רחוב הרצל 5"],
)
def test_hebrew_is_in_the_order_python_bidi_gives(line: str) -> None:
    """Hebrew needs no shaping, so the drawn order must be exactly the bidi algorithm's display order."""
    has_latin = any(unicodedata.bidirectional(char) == "L" for char in line)
    assert _visual(line) == get_display(line, base_dir="L" if has_latin else "R")


def test_a_hebrew_name_before_a_phone_number_leaves_the_number_in_place() -> None:
    """The bracket pair keeps ``(אמא)`` together (UAX #9 N0): the number is not pulled in front."""
    assert _visual("Bel Yael (אמא): 06-12345678") == "Bel Yael (" + "אמא"[::-1] + "): 06-12345678"


@pytest.mark.parametrize("text", [ARABIC_NAME, ARABIC_CONTACT, "محمد علي", "شارع 12 عمارة"])
def test_arabic_is_joined_and_right_to_left(text: str) -> None:
    visual = _visual(text)
    assert any(0xFE70 <= ord(char) <= 0xFEFC for char in visual)  # joining forms, not isolated letters
    assert visual != text
    # Right to left: the visual string, letters back to their base form, is the logical one
    # turned around (and digits, a left-to-right run of their own, are not turned).
    assert unicodedata.normalize("NFKC", visual) == get_display(text, base_dir="R")


def test_a_mixed_line_keeps_the_dutch_order_with_the_name_inside() -> None:
    """A Dutch line with an Arabic name reads left to right; the name right to left in its place."""
    visual = unicodedata.normalize("NFKC", _visual(MIXED_ITEM))
    assert visual.startswith("Praat rustig; mijn broer ") and visual.endswith(" (Ahmed) helpt.")
    assert "أحمد"[::-1] in visual


def test_runs_of_two_fonts_are_ordered_as_one_line() -> None:
    """A bold label and a regular Arabic value: one bidi line, each segment in its own font."""
    segments = visual_segments((("Niet bellen: ", BOLD), (ARABIC_CONTACT, REGULAR)))
    assert segments[0].font == BOLD and segments[0].text == "Niet bellen: "
    assert unicodedata.normalize("NFKC", "".join(s.text for s in segments if s.font == REGULAR)) == (
        get_display(ARABIC_CONTACT, base_dir="R")
    )


def test_wrapping_measures_arabic_as_it_prints() -> None:
    """Joined Arabic is narrower than its isolated letters; the card's wrapping uses the joined width."""
    register_fonts()
    shaped = text_width(ARABIC_NAME, 9.0)
    assert shaped == pytest.approx(stringWidth(_visual(ARABIC_NAME), REGULAR, 9.0))
    assert shaped < stringWidth(ARABIC_NAME, REGULAR, 9.0) - 1
    for line in wrap([Run(ARABIC_ITEM)], 120.0, 9.0):
        assert text_width("".join(run.text for run in line), 9.0) <= 120.0


def _ink_pieces(word: str, shaped: bool) -> int:
    """Separate pieces of ink, left to right, when ``word`` is drawn large and rasterised by PDFium."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(300, 80), initialFontName=REGULAR)
    if shaped:
        draw_text(canvas, 20, 25, [(word, REGULAR)], 40)
    else:  # what the export did before: the letters as typed, isolated, left to right
        canvas.setFont(REGULAR, 40)
        canvas.drawString(20, 25, word)
    canvas.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        image = document[0].render(scale=2).to_pil().convert("L")
    finally:
        document.close()
    width, height = image.size
    inked = [any(image.getpixel((x, y)) < 128 for y in range(height)) for x in range(width)]
    return sum(1 for x in range(1, width) if inked[x] and not inked[x - 1])


@pytest.mark.parametrize("word", ["محمد", "بيت"])  # letters that all join: one stroke when shaped
def test_rendered_arabic_word_is_one_joined_stroke(word: str) -> None:
    assert _ink_pieces(word, shaped=True) == 1
    assert _ink_pieces(word, shaped=False) == len(word)


def test_wallet_card_reads_back_in_logical_order() -> None:
    result = render_wallet_card(_plan(), reference_context())
    reader = pypdf.PdfReader(io.BytesIO(result.pdf))
    raw = "".join(page.extract_text() for page in reader.pages)
    text = _squash(raw)
    for expected in (ARABIC_NAME, ARABIC_CONTACT, HEBREW_NAME, ARABIC_ITEM):
        assert _squash(expected) in text
    assert any(0xFE70 <= ord(char) <= 0xFEFC for char in raw)  # the file holds joined forms
    assert not result.not_fitted


def test_wallet_sheet_reads_back_in_logical_order() -> None:
    data, _, _ = render_wallet_sheet(_plan(), reference_context())
    assert _squash(ARABIC_NAME) in _squash(page_text(data))


def test_plan_pdf_reads_back_in_logical_order_line_by_line() -> None:
    """A long Arabic paragraph on A4: broken into lines first, each line then turned right to left."""
    plan = _plan()
    long_item = " ".join([ARABIC_ITEM] * 4)
    plan.what_helps[0] = TextItem(text=long_item, visibility=Visibility.RESPONDERS)
    data, notices = render_plan_pdf(plan, reference_context())
    assert not notices
    lines = [unicodedata.normalize("NFKC", line).strip() for line in page_text(data).splitlines()]
    arabic = [line.lstrip("• ").strip() for line in lines if line.lstrip("• ").startswith("أنا")]
    assert arabic, "the paragraph's first line starts with its first word"
    first = arabic[0]
    assert len(first.split()) >= 10 and long_item.startswith(first)  # the first words, in order
    text = _squash(page_text(data))
    for expected in (ARABIC_NAME, ARABIC_CONTACT, HEBREW_NAME):
        assert _squash(expected) in text


def test_plan_van_aanpak_and_letter_read_back_in_logical_order() -> None:
    plan = _plan()
    for render in (render_plan_van_aanpak, render_letter):
        data, _ = render(plan, reference_context())
        assert _squash(ARABIC_NAME) in _squash(page_text(data)), render.__name__


def test_recovery_sheet_prints_an_arabic_file_name() -> None:
    data = recovery_sheet_pdf(
        "K7QF-" * 7 + "K7QF", card_file_name="بطاقة سارة.crisiskaart", made_on=dt.date(2026, 1, 5)
    )
    assert _squash("بطاقة سارة") in _squash(page_text(data))


def test_paragraph_text_leaves_latin_alone_and_breaks_rtl_paragraphs() -> None:
    assert paragraph_text("Gewoon Nederlands, heel lang " * 30) == "Gewoon Nederlands, heel lang " * 30
    lines = paragraph_text(" ".join([ARABIC_ITEM] * 4)).split("\n")
    assert len(lines) > 1
    register_fonts()
    assert all(stringWidth(line, REGULAR, 10.0) <= 400.0 for line in lines)
