"""Responder-first panels: "Wie bellen" right after "Voor hulpdiensten" on the front side, and no
statement split over a fold. Read back from the real print-shop PDF: headings by their position,
text per panel region."""

from __future__ import annotations

import pytest
from export_support import pieces, reference_context

from crisiskaart.export import render_wallet_card
from crisiskaart.export.card_content import card_content
from crisiskaart.export.card_geometry import BLEED, PANEL_HEIGHT, PANEL_WIDTH, Face, content_faces
from crisiskaart.model import CrisisPlan, TextItem, Visibility, example_plan
from crisiskaart.model.sections import CardSection, Medication

CARD = Visibility.CARD


def _box(face: Face, panels: int) -> tuple[float, float, float, float]:
    y = BLEED + (panels - 1 - face.index) * PANEL_HEIGHT
    return (BLEED, y, BLEED + PANEL_WIDTH, y + PANEL_HEIGHT)


def _reading_order(result) -> list[tuple[Face, list]]:
    """Each content face with its text pieces, top to bottom, in the card's reading order."""
    faces = []
    for face in content_faces(result.panel_count):
        x0, y0, x1, y1 = _box(face, result.panel_count)
        found = [p for p in pieces(result.pdf, 0 if face.side == "A" else 1)
                 if x0 < p.x < x1 and y0 < p.y < y1 and p.text.strip() != "•"]
        faces.append((face, sorted(found, key=lambda p: -p.y)))
    return faces


def _headings(plan: CrisisPlan, result) -> list[tuple[str, Face]]:
    titles = {block.title for block in card_content(plan, reference_context()).blocks}
    return [(piece.text.split(" (")[0], face) for face, found in _reading_order(result) for piece in found
            if piece.text.split(" (")[0] in titles]


def _flat(text: str) -> str:
    return " ".join(text.split())  # also folds no-break spaces


def _long_order_plan() -> CrisisPlan:
    plan = example_plan()
    plan.card_order = list(reversed(CardSection))  # the person put who to call last
    plan.what_helps += [TextItem(text=f"Nog iets wat helpt, nummer {n}, in een paar woorden.",
                                 visibility=CARD) for n in range(8)]
    return plan


def _many_notes_plan() -> CrisisPlan:
    plan = example_plan()
    plan.for_responders += [TextItem(text=f"Aandachtspunt {n}: blijf kalm en vertel wat je gaat doen.",
                                     visibility=CARD) for n in range(9)]
    return plan


@pytest.mark.parametrize("make", [example_plan, _long_order_plan, _many_notes_plan],
                         ids=["example", "contacts-last-in-order", "many-notes"])
def test_who_to_call_follows_for_responders_on_the_front_side(make) -> None:
    plan = make()
    result = render_wallet_card(plan, reference_context())
    headings = _headings(plan, result)
    titles = [title for title, _ in headings]
    first = titles.index("Voor hulpdiensten")
    call = titles.index("Wie bellen")
    between = [t for t in titles[first + 1:call] if t != "Voor hulpdiensten"]  # its "(vervolg)" only
    assert between == [] and call > first
    assert headings[first][1].side == "A" and headings[call][1].side == "A"
    # every contact line is on side A too
    front = " ".join(p.text for face, found in _reading_order(result) if face.side == "A" for p in found)
    for contact in plan.contacts:
        if contact.visibility.on_card and contact.phone:
            assert contact.name in front


def _statements_plan(filler: int) -> CrisisPlan:
    """Statements of two to four lines and a medicine with "2 x 500 mg", pushed along by filler."""
    plan = example_plan()
    plan.what_helps = [TextItem(text=f"S{n:02d} " + "praat rustig met me en wacht op antwoord " * (2 + n % 4),
                                visibility=CARD) for n in range(filler)]
    plan.health.medications.append(Medication(
        name="Valproïnezuur", dose="2 x 500 mg", timing="ochtend en avond",
        instructions="S99 afgifte 2 x 500 mg door de apotheek; niet plotseling stoppen", visibility=CARD))
    return plan


@pytest.mark.parametrize("filler", range(0, 16))
def test_no_statement_is_split_over_a_fold(filler: int) -> None:
    plan = _statements_plan(filler)
    result = render_wallet_card(plan, reference_context())
    assert [n for n in result.not_fitted if n.reason.startswith("ingekort")] == []
    faces = [_flat(" ".join(p.text for p in found)) for _, found in _reading_order(result)]
    content = card_content(plan, reference_context())
    statements = [_flat(f"{item.lead} {item.text}") for block in content.blocks for item in block.items]
    for statement in statements:
        holding = [index for index, text in enumerate(faces) if statement in text]
        assert len(holding) == 1, f"split or missing: {statement[:50]}"
    medicine = next(s for s in statements if s.startswith("Valproïnezuur"))
    assert "2 x 500 mg" in medicine and "afgifte 2 x 500 mg" in medicine


def test_a_statement_taller_than_a_panel_is_shortened_on_one_panel() -> None:
    plan = example_plan()
    long = "Lang verhaal over wat er gebeurde en wat ik dan nodig heb van de mensen om mij heen. "
    plan.for_responders.insert(0, TextItem(text="Lang0 " + long * 30, visibility=CARD))
    result = render_wallet_card(plan, reference_context())
    faces = [_flat(" ".join(p.text for p in found)) for _, found in _reading_order(result)]
    [face] = [text for text in faces if "Lang0" in text]
    assert "… zie crisisplan" in face
    assert any(n.text.startswith("Lang0") and "ingekort" in n.reason for n in result.not_fitted)
    assert sum(text.count("Lang verhaal") for text in faces) == face.count("Lang verhaal")


def test_only_the_notes_before_who_to_call_are_cut_to_keep_it_on_the_front() -> None:
    plan = example_plan()
    long = "Dit is een heel lange zin die de persoon zelf schreef en die niet op de kaart past. " * 3
    plan.for_responders = [TextItem(text=f"Punt {n}: {long}", visibility=CARD) for n in range(30)]
    result = render_wallet_card(plan, reference_context())
    headings = _headings(plan, result)
    assert next(face for title, face in headings if title == "Wie bellen").side == "A"
    assert {n.section for n in result.not_fitted} == {"for_responders"}  # the rest keeps its length
    faces = [_flat(" ".join(p.text for p in found)) for _, found in _reading_order(result)]
    assert any("Bel haar eerst. Zij weet wat ik wil." in face for face in faces)
