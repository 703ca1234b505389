"""The noodblad: one A4 page with the herstelcode, readable, retypeable, and without the client's name."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re

import pypdf
import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from crisiskaart.export.recovery_sheet import recovery_sheet_pdf
from crisiskaart.store.recovery_code import BadRecoveryCode, RecoveryCode, parse_recovery_code

CODE = parse_recovery_code("K7QF-3M9X-0A1B-WWMM-JJ5Z-8TRE-HN4P-YV2G")
FILE_NAME = "kaart-2026-03-14-7f3a.crisiskaart"
MADE_ON = dt.date(2026, 3, 14)
GROUP = re.compile(r"\b[0-9A-HJKMNP-TV-Z]{4}\b")

DUTCH_SENTENCES = [
    "Noodblad van je crisiskaart",
    "Op dit blad staat de herstelcode van je crisiskaart.",
    "Ben je je wachtwoord vergeten?",
    "Met deze code kun je je kaart toch openen.",
    "Bewaar dit blad op een veilige plek thuis. Niet bij je kaart en niet bij je laptop.",
    "Maak geen foto van dit blad. Mail het niet en stuur het niet door.",
    "Wie dit blad heeft, kan je kaart openen.",
    "Maak je een nieuwe herstelcode? Dan werkt deze code niet meer. Vernietig dan dit blad.",
    "Zo gebruik je de herstelcode",
    "Start crisiskaart en kies Een kaart openen…",
    "Kies Wachtwoord vergeten?",
    "Typ de herstelcode.",
    "Daarna kies je een nieuw wachtwoord.",
    "32 tekens in 8 groepjes van 4.",
    "Hoort bij kaartbestand",
    "Gemaakt op",
]
ENGLISH_SENTENCES = [
    "Crisis card recovery sheet",
    "This sheet holds the recovery code of your crisis card.",
    "Have you forgotten your passphrase?",
    "Keep this sheet in a safe place at home. Not with your card and not with your laptop.",
    "Do not take a photo of this sheet. Do not email it or send it on.",
    "Anyone who has this sheet can open your card.",
    "Did you make a new recovery code? Then this code no longer works. Destroy this sheet.",
    "Start crisiskaart and choose Open a card…",
    "Choose Forgot passphrase?",
    "Then you choose a new passphrase.",
    "Belongs to card file",
    "Made on",
]


def _sheet(code: RecoveryCode = CODE, **changes: object) -> bytes:
    arguments: dict[str, object] = {"card_file_name": FILE_NAME, "made_on": MADE_ON}
    arguments.update(changes)
    return recovery_sheet_pdf(code.text, **arguments)  # type: ignore[arg-type]


def _reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def _text(pdf: bytes) -> str:
    """The page's text with line breaks and repeated spaces made single spaces (wrapping varies)."""
    return " ".join(_reader(pdf).pages[0].extract_text().split())


def _code_read_back(pdf: bytes) -> RecoveryCode:
    """The code as someone copying it from the text layer would get it: the two lines of groups."""
    lines = _reader(pdf).pages[0].extract_text().splitlines()
    code_lines = [line for line in lines if re.fullmatch(r"(\s*[0-9A-HJKMNP-TV-Z]{4}\s*){4}", line)]
    assert len(code_lines) == 2, lines
    return parse_recovery_code(" ".join(code_lines))


def _character_boxes(pdf: bytes) -> list[tuple[float, float, float, float]]:
    page = pdfium.PdfDocument(pdf)[0]
    text = page.get_textpage()
    return [text.get_charbox(index) for index in range(text.count_chars())]


def test_one_a4_page() -> None:
    reader = _reader(_sheet())
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4)


def test_the_code_is_on_the_page_in_groups() -> None:
    text = _text(_sheet())
    for group in CODE.groups:
        assert group in text
    assert " ".join(CODE.groups[:4]) in text and " ".join(CODE.groups[4:]) in text


def test_file_name_and_date() -> None:
    text = _text(_sheet())
    assert FILE_NAME in text
    assert "14 maart 2026" in text
    assert "14 March 2026" in _text(_sheet(language="en"))


@pytest.mark.parametrize("sentence", DUTCH_SENTENCES)
def test_dutch_key_sentences(sentence: str) -> None:
    assert sentence in _text(_sheet())


@pytest.mark.parametrize("sentence", ENGLISH_SENTENCES)
def test_english_variant(sentence: str) -> None:
    pdf = _sheet(language="en")
    assert len(_reader(pdf).pages) == 1
    assert sentence in _text(pdf)


def test_english_variant_has_no_dutch() -> None:
    text = _text(_sheet(language="en"))
    assert "herstelcode" not in text and "wachtwoord" not in text
    assert all(group in text for group in CODE.groups)


def test_code_read_back_parses_to_the_same_secret() -> None:
    assert _code_read_back(_sheet()).secret == CODE.secret


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(min_size=20, max_size=20), st.sampled_from(["nl", "en"]))
def test_any_code_reads_back_from_a_single_page(secret: bytes, language: str) -> None:
    pdf = _sheet(RecoveryCode(secret), language=language)
    assert len(_reader(pdf).pages) == 1
    assert _code_read_back(pdf).secret == secret


def test_sheet_accepts_the_code_as_typed_and_prints_it_canonically() -> None:
    typed = CODE.text.lower().replace("-", " ").replace("0", "o")
    assert _sheet(parse_recovery_code(typed)) == _sheet()
    pdf = recovery_sheet_pdf(typed, card_file_name=FILE_NAME, made_on=MADE_ON)
    assert _code_read_back(pdf) == CODE


@pytest.mark.parametrize("bad", ["", "K7QF-3M9X", CODE.text + "U"])
def test_a_bad_code_is_never_printed(bad: str) -> None:
    with pytest.raises(BadRecoveryCode):
        recovery_sheet_pdf(bad, card_file_name=FILE_NAME, made_on=MADE_ON)


@pytest.mark.parametrize(
    "path",
    ["/home/fatima.el-amrani/Documenten/" + FILE_NAME, "C:\\Users\\Fatima El Amrani\\Kaarten\\" + FILE_NAME],
)
def test_only_the_file_name_never_the_folder(path: str) -> None:
    pdf = _sheet(card_file_name=path)
    text = _text(pdf)
    assert FILE_NAME in text
    assert "fatima" not in text.lower() and "amrani" not in text.lower()
    assert "fatima" not in str(_reader(pdf).metadata).lower()


def test_file_name_is_printed_as_typed_not_as_markup() -> None:
    name = "<i>kaart & co.crisiskaart"
    assert name in _text(_sheet(card_file_name=name))


def test_metadata_has_no_author_and_no_code() -> None:
    pdf = _sheet()
    metadata = _reader(pdf).metadata
    assert metadata.title == "Noodblad van je crisiskaart"
    assert not metadata.author
    assert all(group not in str(metadata) for group in CODE.groups)
    assert _reader(_sheet(language="en")).metadata.title == "Crisis card recovery sheet"


def test_the_same_input_gives_the_same_bytes() -> None:
    assert _sheet() == _sheet()


WIDEST = RecoveryCode(b"\xff" * 20)  # ZZZZ…; and the widest glyphs, W and M, below
WIDE_CODES = [WIDEST, parse_recovery_code("WWWW-" * 7 + "WWWW"), parse_recovery_code("MWMW-" * 7 + "WMWM")]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("code", WIDE_CODES, ids=["Z", "W", "MW"])
def test_nothing_runs_off_the_page_even_for_the_widest_code_and_a_long_name(
    code: RecoveryCode, language: str
) -> None:
    long_name = "kaart-2026-03-14-" + "x" * 220 + ".crisiskaart"  # as long as a file name can be
    pdf = _sheet(code, card_file_name=long_name, language=language)
    assert len(_reader(pdf).pages) == 1
    assert _code_read_back(pdf) == code
    width, height = A4
    for left, bottom, right, top in _character_boxes(pdf):
        if right > left:  # spaces and line ends have empty boxes
            assert 19 * mm <= left and right <= width - 19 * mm
            assert 19 * mm <= bottom and top <= height - 19 * mm


def _code_boxes(pdf: bytes, group: str) -> list[tuple[float, float, float, float]]:
    """The boxes of the group's glyphs; pdfium may put generated spaces between wide-set glyphs."""
    text = pdfium.PdfDocument(pdf)[0].get_textpage()
    glyphs = [(index, char) for index, char in enumerate(text.get_text_range()) if not char.isspace()]
    chars = "".join(char for _index, char in glyphs)
    start = chars.index(group)
    return [text.get_charbox(index) for index, _char in glyphs[start : start + len(group)]]


@pytest.mark.parametrize(
    ("code", "least_height"),
    [(CODE, 5.5 * mm), (parse_recovery_code("WWWW-" * 7 + "WWWW"), 4.5 * mm)],
    ids=["usual", "all W"],
)
def test_code_characters_are_large_and_do_not_touch(code: RecoveryCode, least_height: float) -> None:
    """Big enough to read at arm's length (a code of only W's may be a little smaller), glyphs apart."""
    pdf = _sheet(code)
    for group in code.groups[:4]:
        boxes = _code_boxes(pdf, group)
        capitals = [box for box, char in zip(boxes, group, strict=True) if char != "J"]  # J dips below
        assert all(top - bottom >= least_height for _left, bottom, _right, top in capitals)
        for (_, _, right, _), (left, _, _, _) in itertools.pairwise(boxes):
            assert left - right >= 1.0  # points of white between two glyphs


def test_render_shows_ink_in_the_code_box(tmp_path) -> None:
    image = pdfium.PdfDocument(_sheet())[0].render(scale=1).to_pil().convert("L")
    image.save(tmp_path / "noodblad.png")
    width, height = image.size
    # The code box sits in the upper third; its dark glyphs must be there.
    band = image.crop((0, int(height * 0.22), width, int(height * 0.38)))
    assert band.getextrema()[0] < 60
