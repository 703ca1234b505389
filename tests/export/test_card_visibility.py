"""Visibility is honest: every choice the editor offers changes what the card and the summary say.

"Alleen in het plan" keeps an item off the card and out of the summary, "ook op de kaart" prints it
on the card (in its own panel or under "Ook belangrijk") and "ook voor hulpdiensten" puts it in
the QR and the hosted summary as well. Read back from the real PDF (pypdf) and from the summary
document the viewer decrypts; and what is marked but not printed is in the report.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from export_support import page_text, pieces
from visibility_support import add_item, base_plan, offered, plan_with

from crisiskaart.export import ExportContext, render_wallet_card
from crisiskaart.model import Visibility
from crisiskaart.summary import build_summary, responder_qr_text
from crisiskaart.summary.document import summary_document

OFFERED = offered()
LEVELS = list(Visibility)
TODAY = dt.date(2026, 10, 5)


def test_the_editor_offers_visibility_where_the_card_has_a_place() -> None:
    names = {option.name for option in OFFERED}
    # the sections that used to lose what was marked for the card are among the offered ones
    for name in ("treatment.refused_clinics", "signals.noticed_by_others", "my_crisis.triggers",
                 "treatment.compulsory_care", "treatment.wishes", "diagnosis.text", "contacts"):
        assert name in names
    assert len(OFFERED) >= 20


@pytest.mark.parametrize("level", LEVELS, ids=[level.value for level in LEVELS])
@pytest.mark.parametrize("option", OFFERED, ids=[option.name for option in OFFERED])
def test_each_offered_visibility_shows_where_it_says(option, level: Visibility) -> None:
    marker = "Qmark7"
    plan = plan_with(option, level, marker)
    context = ExportContext(language="nl", version=1, today=TODAY)
    card = render_wallet_card(plan, context)
    on_card = marker in page_text(card.pdf)
    document = json.dumps(summary_document(build_summary(plan, 1), TODAY), ensure_ascii=False)
    qr = responder_qr_text(plan, context).text
    assert on_card is level.on_card, f"{option.name} at {level.value}: on the card = {on_card}"
    assert (marker in document) is level.in_summary, f"{option.name} at {level.value}: hosted summary"
    assert (marker in qr) is level.in_summary, f"{option.name} at {level.value}: offline QR"
    assert list(card.not_fitted) == []  # one short item always fits: "alles past" is true


def test_marked_items_without_a_panel_of_their_own_are_under_ook_belangrijk() -> None:
    from crisiskaart.model import example_plan

    plan = example_plan()
    plan.treatment.refused_clinics[0].visibility = Visibility.CARD
    plan.signals.noticed_by_others[0].visibility = Visibility.CARD
    plan.my_crisis.triggers[1].visibility = Visibility.CARD
    plan.treatment.compulsory_care[1].visibility = Visibility.CARD
    result = render_wallet_card(plan, ExportContext(language="nl", version=3, today=TODAY))
    side_b = " ".join(p.text for p in pieces(result.pdf, 1))
    text = " ".join(side_b.split())
    assert "Ook belangrijk" in text
    for expected in ("Niet naar: Kliniek Voorbeeld-Centrum", "Anderen merken: Ik praat snel",
                     "Lokt crisis uit: Ruzie met mijn huisbaas", "Verplichte zorg: Insluiten: liever niet"):
        assert expected in text
    assert list(result.not_fitted) == []
    english = render_wallet_card(plan, ExportContext(language="en", version=3, today=TODAY))
    assert "Also important" in page_text(english.pdf) and "Not to:" in page_text(english.pdf)


def test_everything_marked_and_not_printed_is_reported() -> None:
    """Far too much, marked for the card in every offered place: each item is printed or named."""
    plan = base_plan()
    markers = []
    for number, option in enumerate(OFFERED):
        count = 1 if option.record is None else 10
        for index in range(count):
            marker = f"M{number:02d}x{index:02d}"
            markers.append(marker)
            add_item(plan, option, Visibility.CARD, marker + " " + "en nog wat woorden erbij " * 6)
    result = render_wallet_card(plan, ExportContext(language="nl", version=1, today=TODAY))
    printed = page_text(result.pdf)
    reported = " ".join(notice.text for notice in result.not_fitted)
    missing = [marker for marker in markers if marker not in printed and marker not in reported]
    assert missing == []
    assert any(marker not in printed for marker in markers)  # the card really was too small


def test_diagnosis_is_on_the_card_only_when_chosen() -> None:
    from crisiskaart.model import example_plan

    plan = example_plan()
    context = ExportContext(language="nl", version=3, today=TODAY)
    assert "Schizoaffectieve" not in page_text(render_wallet_card(plan, context).pdf)
    plan.diagnosis.visibility = Visibility.CARD
    assert "Diagnose: Schizoaffectieve stoornis" in " ".join(page_text(render_wallet_card(plan, context).pdf)
                                                            .split())
