"""Defaults chosen for a responder: a new contact and a new allergy are "ook voor hulpdiensten",
the diagnosis stays "alleen in het plan", and a card saved earlier keeps what it stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_helpers import PASSPHRASE, record_list, unlock

from crisiskaart.model import CrisisPlan, Visibility
from crisiskaart.model.sections import Contact
from crisiskaart.summary import build_summary
from crisiskaart.ui.editor.fields import FieldRow, VisibilityBox
from crisiskaart.ui.main_window import MainWindow


def _open(qtbot, window: MainWindow, make_card, plan: CrisisPlan) -> None:
    unlock(qtbot, window, make_card(plan), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)


def test_a_new_contact_is_for_emergency_services_and_reaches_the_summary(
    qtbot, window: MainWindow, make_card
) -> None:
    _open(qtbot, window, make_card, CrisisPlan())
    window.editor.show_section("contacts")  # type: ignore[union-attr]
    contacts = record_list(window, "contacts", "contacts")
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    row = contacts.rows[-1]
    inputs = {field.spec.name: field.input for field in row.fields}
    qtbot.keyClicks(inputs["name"], "Anna Bakker")
    qtbot.keyClicks(inputs["phone"], "06 1234 5678")
    assert row.findChild(VisibilityBox).currentText() == "Ook voor hulpdiensten"
    plan = window.session.document.plan  # type: ignore[union-attr]
    assert plan.contacts[0].visibility is Visibility.RESPONDERS
    [entry] = build_summary(plan).section("contacts")
    assert entry.text == "Anna Bakker" and entry.tel == "+31612345678"


def test_a_new_allergy_is_for_emergency_services_and_the_diagnosis_stays_in_the_plan(
    qtbot, window: MainWindow, make_card
) -> None:
    _open(qtbot, window, make_card, CrisisPlan())
    window.editor.show_section("health")  # type: ignore[union-attr]
    allergies = record_list(window, "health", "health", "allergies")
    qtbot.mouseClick(allergies.add_button, Qt.MouseButton.LeftButton)
    assert allergies.rows[-1].findChild(VisibilityBox).currentText() == "Ook voor hulpdiensten"
    window.editor.show_section("diagnosis")  # type: ignore[union-attr]
    page = window.editor.section_pages["diagnosis"]  # type: ignore[union-attr]
    [row] = [r for r in page.findChildren(FieldRow) if r.spec.name == "text"]
    assert row.visibility is not None and row.visibility.currentText() == "Alleen in het plan"
    plan = window.session.document.plan  # type: ignore[union-attr]
    assert plan.health.allergies[0].visibility is Visibility.RESPONDERS
    assert plan.diagnosis.visibility is Visibility.PLAN


def test_a_card_saved_earlier_keeps_the_visibility_it_stored(qtbot, window: MainWindow, make_card) -> None:
    plan = CrisisPlan(contacts=[Contact(name="Sem de Wit", phone="06 0000 0102", visibility=Visibility.CARD)])
    _open(qtbot, window, make_card, plan)
    window.editor.show_section("contacts")  # type: ignore[union-attr]
    contacts = record_list(window, "contacts", "contacts")
    assert contacts.rows[0].findChild(VisibilityBox).currentText() == "Ook op de kaart"
    assert window.session.document.plan.contacts[0].visibility is Visibility.CARD  # type: ignore[union-attr]
