"""Text fitting on the card: shortening keeps the longest start that fits, and a render breaks each
text into lines once per font size (never once per length tried), whatever the card holds."""

from __future__ import annotations

import pytest
from export_support import reference_context, stress_plan
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from crisiskaart.export import fonts, textfit
from crisiskaart.export.card_content import card_content
from crisiskaart.export.card_layout import FONT_SIZES
from crisiskaart.export.fonts import PLACEHOLDER, REGULAR, printable, register_fonts
from crisiskaart.export.textfit import Run, line_text, shorten, wrap
from crisiskaart.export.wallet_pdf import render_wallet_card
from crisiskaart.model import example_plan

SUFFIX = "… zie crisisplan"
VOCABULARY = [
    "de", "rustig", "praten", "bellen", "medicijnen", "Öztürk", "06\u00a012345678", "سارة", "שלום",
    "x" * 70, "https://voorbeeld.invalid/" + "a" * 50,
]
LEFT_TO_RIGHT = [word for word in VOCABULARY if word.isascii() or word == "Öztürk"]  # measured per word


def _clear_textfit() -> None:
    for value in vars(textfit).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


def _passes() -> int:
    """Full line-breaking passes since the caches were emptied: each is a miss of one of these."""
    return textfit._prefixes.cache_info().misses + textfit._wrapped.cache_info().misses


texts = st.lists(st.sampled_from(VOCABULARY), min_size=0, max_size=120)


@settings(max_examples=150, deadline=None)
@given(words=texts, lead=st.lists(st.sampled_from(VOCABULARY[:5]), max_size=3),
       width=st.sampled_from([60.0, 90.5, 150.0]), size=st.sampled_from([6.5, 8.0, 9.0]),
       max_lines=st.integers(min_value=1, max_value=8))
def test_shortening_keeps_the_longest_start_that_fits(
    words: list[str], lead: list[str], width: float, size: float, max_lines: int
) -> None:
    runs = [Run(" ".join(lead), True), Run(" ".join(words))] if lead else [Run(" ".join(words))]
    everything = [*lead, *words]

    def with_suffix(count: int) -> list:
        kept = everything[:count]
        bold, plain = kept[: len(lead)], kept[len(lead) :]
        start = [Run(" ".join(bold), True)] if bold else []
        return wrap([*start, Run(" ".join([*plain, SUFFIX]))], width, size)

    result = shorten(runs, width, size, max_lines, SUFFIX)
    assert len(result) <= max_lines
    if len(with_suffix(0)) > max_lines:  # not even the suffix alone fits: cut to the lines there are
        return
    count = max(n for n in range(len(everything) + 1) if len(with_suffix(n)) <= max_lines)
    assert [line_text(line) for line in result] == [line_text(line) for line in with_suffix(count)]
    assert " ".join(line_text(line) for line in result).endswith(SUFFIX)


@settings(max_examples=100, deadline=None)
@given(words=st.lists(st.sampled_from([*LEFT_TO_RIGHT, "\n"]), max_size=150),
       width=st.sampled_from([30.0, 120.0]), size=st.sampled_from([6.5, 9.0]))
def test_wrapping_fits_the_width_and_keeps_every_word(words: list[str], width: float, size: float) -> None:
    text = " ".join(words)
    lines = wrap([Run(text)], width, size)
    for line in lines:
        # A word wider than the line is cut between characters, so every line fits.
        assert textfit.text_width(line_text(line), size) <= width + 1e-9 or len(line_text(line)) == 1
    assert "".join(line_text(line).replace(" ", "") for line in lines) == "".join(
        w for w in words if w != "\n"
    ).replace(" ", "")
    assert len(lines) >= max(1, text.count("\n"))  # every hard break ends a line


@pytest.mark.parametrize("make", [example_plan, stress_plan], ids=["example", "overflowing"])
def test_a_card_breaks_each_text_once_per_font_size(make) -> None:
    plan, context = make(), reference_context()
    items = sum(len(block.items) for block in card_content(plan, context).blocks)
    _clear_textfit()
    result = render_wallet_card(plan, context)
    # Once per item and size tried, and a few cover and back-panel texts; shortening (trying
    # every length, then every number of lines per item) used to break each text again each time.
    assert _passes() <= items * len(FONT_SIZES) + 30
    if make is stress_plan:
        assert result.font_size == FONT_SIZES[-1] and result.not_fitted  # the shortening path ran


def test_printable_decides_per_character_as_the_loop_does() -> None:
    samples = ["Öztürk", "tab\there", "a\u200db", "emoji 🙂 en ✅", "漢字", "x\u0085y", "regel\nregel",
               "é\ufe0f"]
    for sample in samples:
        whole, replaced = printable(sample)
        pieces = [printable(char) for char in sample]
        assert whole == "".join(piece for piece, _ in pieces)
        assert replaced == any(flag for _, flag in pieces)
    assert printable("漢")[0] == PLACEHOLDER


def test_fonts_are_read_once_even_when_caches_are_emptied() -> None:
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    fonts.register_fonts.cache_clear()
    register_fonts()
    assert pdfmetrics.getFont(REGULAR) is font  # kept, not parsed from the TrueType file again
