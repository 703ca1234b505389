"""User text is text: markup, entities, quotes, emoji, other scripts, 5,000 characters.

Every case goes through every format; PDFs are read back with pypdf, so "rendered literally"
means the characters are in the page's text, not interpreted as markup and not lost.
"""

from __future__ import annotations

import html.parser
import re
import unicodedata

import pytest
from export_support import page_text, pieces, reference_context, render, words

from crisiskaart.export.fonts import PLACEHOLDER, printable
from crisiskaart.export.plan_html import render_plan_html
from crisiskaart.export.plan_pdf import render_plan_pdf
from crisiskaart.export.wallet_pdf import render_wallet_card, render_wallet_sheet
from crisiskaart.model import CrisisPlan, TextItem, Visibility, example_plan

CASES = {
    "markup": "Jan <b>vet</b> <i>",
    "entity": "Tom &amp; Jerry & co",
    "para": "einde</para><para>nieuw",
    "quotes": "\"dubbel\" 'enkel' „Nederlands” «guillemets»",
    "turkish": "Öztürk Çağlayan İğdır şişli ğüı",
    "polish": "Łukasz Żółć Gęślą Jaźń",
    "arabic": "سارة الحسن",
    "cyrillic": "Жанна Щукина",
    "emoji": "Blijf rustig 🙂 ❤️ 👍🏽",
}
LATIN = {"markup", "entity", "para", "quotes", "turkish", "polish"}


def _plan(case: str) -> CrisisPlan:
    plan = example_plan()
    text = CASES[case]
    plan.personal.full_name = text[:100]
    plan.contacts[0].name = text[:100]
    plan.what_helps = [TextItem(text=text, visibility=Visibility.RESPONDERS)]
    plan.sign_offs[0].name = text[:100]
    return plan


def _squash(text: str) -> str:
    return "".join(text.split())


def _literal(expected: str, extracted: str) -> bool:
    """``expected`` is in the PDF's text. Arabic is printed joined and right to left, as the
    font's presentation forms (docs/export-wallet-card.md); pypdf reads it back in logical
    order and NFKC gives the letters as typed."""
    return _squash(expected) in unicodedata.normalize("NFKC", extracted)


def _without_page_furniture(text: str) -> str:
    """The plan's header and footer, repeated on every page, interrupt text that spans pages."""
    return re.sub(r"NoorBakker·versie3·geldigtot1oktober2027|pagina\d+van\d+", "", text)


@pytest.mark.parametrize("case", sorted(CASES))
def test_wallet_card_prints_user_text_literally(case: str) -> None:
    result = render_wallet_card(_plan(case), reference_context())
    extracted = _squash(" ".join(p.text for page in (0, 1) for p in pieces(result.pdf, page)))
    expected, replaced = printable(CASES[case])
    assert _literal(expected, extracted)
    assert replaced == (case == "emoji")
    if case == "emoji":  # 🙂 and 👍 are not in DejaVu Sans: a visible placeholder and a notice, no crash
        assert PLACEHOLDER in extracted and "Blijfrustig" in extracted
        assert any("emoji" in n.reason for n in result.not_fitted)
    else:
        assert not result.not_fitted


@pytest.mark.parametrize("case", sorted(CASES))
def test_plan_pdf_prints_user_text_literally(case: str) -> None:
    data, notices = render_plan_pdf(_plan(case), reference_context())
    extracted = _squash(page_text(data))
    expected, _ = printable(CASES[case])
    assert _literal(expected, extracted)
    assert bool(notices) == (case == "emoji")


@pytest.mark.parametrize("case", sorted(CASES))
def test_html_keeps_user_text_as_text(case: str) -> None:
    document = render_plan_html(_plan(case), reference_context())

    class Texts(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.data: list[str] = []
            self.tags: list[str] = []

        def handle_starttag(self, tag: str, attrs: list) -> None:
            self.tags.append(tag)

        def handle_data(self, data: str) -> None:
            self.data.append(data)

    parser = Texts()
    parser.feed(document)
    assert CASES[case] in "".join(parser.data)  # unescaped by the parser: exactly what was typed
    assert "b" not in parser.tags and "para" not in parser.tags  # no markup came through


@pytest.mark.parametrize("case", sorted(LATIN))
def test_latin_letters_never_become_boxes(case: str) -> None:
    """Every letter is covered by the embedded font: nothing is replaced, so no .notdef box."""
    assert printable(CASES[case]) == (CASES[case], False)


def test_five_thousand_characters_everywhere() -> None:
    plan = example_plan()
    long = ("Ééñ lange tekst <b>zonder</b> einde & meer. " * 200)[:5000]
    unbroken = "x" * 5000  # one "word" longer than any line
    plan.my_crisis.summary = long
    plan.what_helps = [TextItem(text=unbroken, visibility=Visibility.RESPONDERS)]
    plan.sign_offs[1].agreed_to = long
    card = render_wallet_card(plan, reference_context())
    assert {n.section for n in card.not_fitted} >= {"my_crisis", "what_helps"}
    sheet, _, _ = render_wallet_sheet(plan, reference_context())
    assert render(sheet, 0).size[0] > 0
    data, _ = render_plan_pdf(plan, reference_context())
    text = _without_page_furniture(_squash(page_text(data)))
    assert _squash(long) in text and unbroken in text
    assert _squash(long) in _squash(
        render_plan_html(plan, reference_context())
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
    )
    assert words(long)[0] == "Ééñ"
