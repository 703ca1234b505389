"""The narrow column beside the QR keeps "geldig tot" dates whole: a responder reads the validity
at a glance, and "1 oktober" on one line with "2027" on the next reads as a different date."""

from __future__ import annotations

import datetime as dt

import pytest
from export_support import pieces, reference_context

from crisiskaart.export import render_wallet_card
from crisiskaart.model import example_plan


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("day", [dt.date(2027, 10, 1), dt.date(2028, 12, 31), dt.date(2027, 5, 5)])
def test_the_date_beside_the_qr_is_never_broken(language: str, day: dt.date) -> None:
    plan = example_plan()
    plan.management.valid_until = day
    result = render_wallet_card(plan, reference_context(language=language))
    shows = [piece.text.replace("\u00a0", " ") for page in range(2) for piece in pieces(result.pdf, page)]
    year = str(day.year)
    dated = [text for text in shows if year in text and "geboren" not in text and "born" not in text]
    assert dated, shows
    for text in dated:  # every show of the year carries its day and month on the same line
        assert str(day.day) in text and len(text.split()) >= 3, text
