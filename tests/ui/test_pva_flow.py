"""The eigen plan van aanpak in the editor, driven like a person: start it, type the date, follow the
deadlines, fill in the addressee, save the letter as PDF (through the real button; only Qt's file
dialog is answered by the test), mark it sent, write a part step by step, pull in the crisisplan."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from ui_helpers import PASSPHRASE, saved_plan, unlock

from crisiskaart.export.pva_facts import Step, StepState, long_date
from crisiskaart.model import CrisisPlan, format_date
from crisiskaart.model.sections import Contact, Medication
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.pva.page import PlanVanAanpakPage


def _text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)
                    .split())


def _open(qtbot, window: MainWindow, card: Path) -> PlanVanAanpakPage:
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    editor = window.editor
    assert editor is not None
    editor.show_section("plan_van_aanpak")
    page = editor.extra_pages["plan_van_aanpak"]
    assert isinstance(page, PlanVanAanpakPage)
    assert editor.pages.currentWidget() is page
    return page


@pytest.fixture
def plan() -> CrisisPlan:
    plan = CrisisPlan()
    plan.personal.full_name = "Noor Bakker"
    plan.personal.address.city = "Amsterdam"
    plan.contacts = [Contact(name="Anna Bakker", relation="zus", phone="06 0000 0101"),
                     Contact(name="Kees", relation="ex", do_not_contact=True)]
    plan.health.medications = [Medication(name="Aripiprazol", dose="10 mg", timing="'s ochtends")]
    return plan


def test_from_the_date_to_the_letter_pdf(qtbot, window: MainWindow, make_card, plan: CrisisPlan,
                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    card = make_card(plan)
    page = _open(qtbot, window, card)
    today = dt.date.today()
    # Not started yet: one button starts it, and the letter cannot be made yet.
    assert window.session is not None and window.session.document.plan.plan_van_aanpak is None
    assert not page.letter_button.isEnabled()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.tabs
    announced_input = page.tracker.rows["announced_on"].input
    assert announced_input.hasFocus()  # the keyboard user can type the date at once
    assert announced_input.accessibleName() and announced_input.accessibleDescription()
    # Told yesterday: the letter is due in two days, and the tracker says so.
    told = today - dt.timedelta(days=1)
    qtbot.keyClicks(announced_input, f"{told.day:02d}-{told.month:02d}-{told.year}")
    status = page.tracker.status
    assert status is not None and status.current is not None
    current = status.current
    assert (current.step, current.state, current.days_left) == (Step.LETTER, StepState.NOW, 2)
    assert status.deadlines.letter_due == today + dt.timedelta(days=2)
    step_text = page.tracker.step_labels[Step.LETTER].text()
    assert format_date(today + dt.timedelta(days=2), "nl") in step_text  # the date, in words
    assert "→" in step_text and page.tracker.next_label.text()  # a symbol and words, not colour
    # The addressee, then the letter through the button and a (patched) save dialog.
    name_row = next(r for r in page.findChildren(type(page.tracker.rows["announced_on"]))
                    if r.path == ("plan_van_aanpak", "addressee", "name"))
    qtbot.keyClicks(name_row.input, "Dr. P. Visser")
    target = tmp_path / "uit" / "brief"  # no suffix: ".pdf" is added
    target.parent.mkdir()
    asked: list[str] = []

    def answer(parent, caption, directory, file_filter):
        asked.append(caption)
        return str(target), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    assert page.letter_button.isEnabled()
    qtbot.mouseClick(page.letter_button, Qt.MouseButton.LeftButton)
    letter = target.with_name("brief.pdf")
    assert asked and letter.exists()
    assert str(letter) in page.export_status.text()
    text = _text(letter)
    assert "Noor Bakker" in text and "Dr. P. Visser" in text
    assert format_date(told, "nl") in text  # when the person was told
    # The decision the letter asks for is the tracker's: two days from today, by the Atw.
    decision = page.tracker.status.step(Step.DECISION)  # type: ignore[union-attr]
    assert f"dus uiterlijk {long_date(decision.legal, 'nl')}" in text
    assert decision.legal >= today + dt.timedelta(days=2)
    assert f"Amsterdam, {format_date(today, 'nl')}" in text
    # Sent today: the next step is the decision.
    qtbot.mouseClick(page.tracker.sent_today, Qt.MouseButton.LeftButton)
    status = page.tracker.status
    assert status is not None and status.current is not None and status.current.step is Step.DECISION
    assert not page.tracker.sent_today.isEnabled()
    # Everything is in the card after saving.
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.close_card()
    pva = saved_plan(card, PASSPHRASE).plan_van_aanpak
    assert pva is not None
    assert (pva.announced_on, pva.letter_sent_on, pva.addressee.name) == (told, today, "Dr. P. Visser")


def test_write_step_by_step_and_reuse_the_crisisplan(qtbot, window: MainWindow, make_card,
                                                      plan: CrisisPlan) -> None:
    page = _open(qtbot, window, make_card(plan))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    page.tabs.setCurrentWidget(page.guided)
    guided = page.guided
    assert len(guided.questions) >= 9 and guided.index == 0
    qtbot.keyClicks(guided._inputs()[0], "Ik slaap slecht sinds de verhuizing.")
    qtbot.mouseClick(guided.next, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(guided._inputs()[0], "Hulp bij slapen.")
    document = window.session.document  # type: ignore[union-attr]
    pva = document.plan.plan_van_aanpak
    assert pva is not None
    assert pva.my_situation == "Ik slaap slecht sinds de verhuizing."
    assert pva.my_request_for_help == "Hulp bij slapen."
    # From the crisisplan: contacts become helpers (not the one marked "niet bellen"), once.
    assert "Anna Bakker (zus)" in page.from_crisisplan.content.text()
    qtbot.mouseClick(page.from_crisisplan.add_helpers, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.from_crisisplan.add_helpers, Qt.MouseButton.LeftButton)
    assert [(h.name, h.relation) for h in pva.helpers] == [("Anna Bakker", "zus")]
    qtbot.mouseClick(page.from_crisisplan.add_medicines, Qt.MouseButton.LeftButton)
    assert [a.topic.value for a in pva.actions] == ["medication"]
    assert "Aripiprazol 10 mg" in pva.actions[0].what
    # The overview shows the same helper, and undo takes it away again.
    helpers = next(r for r in page.overview.widgets.values() if getattr(r, "list_path", None)
                   == ("plan_van_aanpak", "helpers"))
    assert len(helpers.rows) == 1
    document.undo_stack.undo()  # the medicine
    document.undo_stack.undo()  # the helper
    assert pva.helpers == [] and len(helpers.rows) == 0


def test_undoing_the_start_returns_to_the_start_button(qtbot, window: MainWindow, make_card,
                                                       plan: CrisisPlan) -> None:
    page = _open(qtbot, window, make_card(plan))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    document = window.session.document  # type: ignore[union-attr]
    document.undo_stack.undo()
    assert document.plan.plan_van_aanpak is None and page.stack.currentWidget() is not page.tabs
    document.undo_stack.redo()
    assert document.plan.plan_van_aanpak is not None and page.stack.currentWidget() is page.tabs


@pytest.mark.parametrize(("years", "shown"), [(14, True), (16, True), (10, True), (30, False)])
def test_minors_see_who_must_be_involved(qtbot, window: MainWindow, make_card, plan: CrisisPlan,
                                         years: int, shown: bool) -> None:
    today = dt.date.today()
    plan.personal.birth_date = today.replace(year=today.year - years) - dt.timedelta(days=1) \
        if (today.month, today.day) != (2, 29) else dt.date(today.year - years, 2, 28)
    page = _open(qtbot, window, make_card(plan))
    assert page.age_label.isVisibleTo(page) is shown
    if shown and years >= 12:
        assert str(years) in page.age_label.text()
