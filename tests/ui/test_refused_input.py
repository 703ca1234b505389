"""What the card cannot store (too long, a day that does not exist) stays on screen and is never
lost without asking: closing the card says which field it is and lets the person go back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from ui_helpers import PASSPHRASE, answer_questions, field_input, saved_plan, unlock

from crisiskaart.model import example_plan
from crisiskaart.model.base import ITEM_TEXT_LENGTH
from crisiskaart.ui.editor.editor_page import EditorPage
from crisiskaart.ui.main_window import MainWindow


def test_closing_asks_before_text_the_card_refused_is_lost(qtbot, window: MainWindow, make_card,
                                                          monkeypatch) -> None:
    card = make_card(example_plan())
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    summary = field_input(window, "my_crisis", "summary")
    assert isinstance(summary, QPlainTextEdit)
    too_long = "Ik word onrustig en slaap slecht. " * (ITEM_TEXT_LENGTH // 30)
    assert len(too_long) > ITEM_TEXT_LENGTH
    summary.setPlainText(too_long)  # as a paste arrives
    assert summary.toPlainText() == too_long  # still on screen
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close_card()
    assert window.session is not None and summary.toPlainText() == too_long  # nothing lost
    [(text, buttons)] = asked
    assert "Mijn crisis in het kort" in text and "hoogstens 5000" in text
    assert sorted(buttons) == ["Terug naar mijn kaart", "Toch sluiten"]  # plain words, not "Verwerpen"

    summary.setPlainText("Ik word onrustig.")  # short enough: stored, nothing refused any more
    asked.clear()
    assert window.close_card()
    assert not asked
    assert saved_plan(card, PASSPHRASE).my_crisis.summary == "Ik word onrustig."


def test_a_day_that_does_not_exist_counts_as_refused_until_it_is_mended(qtbot, window: MainWindow,
                                                                       make_card, monkeypatch) -> None:
    unlock(qtbot, window, make_card(), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    birth = field_input(window, "personal", "birth_date")
    qtbot.keyClicks(birth, "31-02-1990")
    document = window.session.document  # type: ignore[union-attr]
    assert document.refused_inputs() == ["Geboortedatum: Deze dag bestaat niet. Kijk de dag en de maand na."]
    assert window.save_state.text() == "⚠ Niet alles is bewaard: kijk bij Geboortedatum."  # never "Bewaard."
    undone = document.undo_stack.count()
    birth.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(birth, "28-02-1990")
    assert document.refused_inputs() == []
    assert window.save_state.text() in ("Wordt zo bewaard…", f"Bewaard om {dt.datetime.now():%H:%M}.")
    assert document.undo_stack.count() == undone + 1
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.close_card() and not asked  # nothing refused: closes without asking


def test_each_input_keeps_its_own_refused_text_and_a_question_is_not_left_with_it(
        qtbot, window: MainWindow, make_card, monkeypatch) -> None:
    """The overview and "Stap voor stap" each show the field: one of them showing the stored value
    again does not forget what the other still shows; Next does not throw refused text away."""
    from PySide6.QtWidgets import QLineEdit

    from crisiskaart.ui.editor.fields import FieldRow

    unlock(qtbot, window, make_card(), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    document = window.session.document  # type: ignore[union-attr]
    birth = field_input(window, "personal", "birth_date")
    qtbot.keyClicks(birth, "31-02-1990")  # in the overview
    editor = window.editor
    assert editor is not None
    editor.set_mode("guided")
    guided = editor.guided
    guided.show_section("personal")
    while not (isinstance(guided.input, FieldRow) and guided.input.path == ("personal", "birth_date")):
        guided.show_question(guided.index + 1)
    assert birth.text() == "31-02-1990"  # type: ignore[attr-defined]
    assert len(document.refused_inputs()) == 1  # the guided input shows the stored (empty) value
    guided_input = guided.input.findChild(QLineEdit)
    qtbot.keyClicks(guided_input, "30-02-1990")
    index = guided.index
    guided.next.click()
    assert guided.index == index  # not left with a refused answer
    guided_input.clear()
    qtbot.keyClicks(guided_input, "12-06-1988")
    guided.next.click()
    assert guided.index == index + 1
    assert birth.text() == "12-06-1988"  # type: ignore[attr-defined]  # stored: the overview shows it
    assert document.refused_inputs() == []
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.close_card() and not asked


def test_merging_a_copy_asks_first_when_refused_text_is_on_screen(qtbot, window: MainWindow, make_card,
                                                                  tmp_path, monkeypatch) -> None:
    """Merging rebuilds the editor from the merged card: refused text would go with the old one."""
    import shutil

    from crisiskaart.cards import encode_plan, plan_summary, read_plan
    from crisiskaart.store import open_card

    card = make_card()
    copy = tmp_path / "kaart (conflict copy).crisiskaart"
    shutil.copyfile(card, copy)
    for path, city in ((card, "Zwolle"), (copy, "Utrecht")):
        with open_card(path, passphrase=PASSPHRASE, writable=True, look_for_copies=False) as opened:
            plan = read_plan(opened)
            plan.personal.address.city = city
            opened.amend_concept(encode_plan(plan), summary=plan_summary(plan))
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert window.merge_action.isEnabled()
    qtbot.keyClicks(field_input(window, "personal", "birth_date"), "31-02-1990")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.merge_copy() is None and window.merge_flow is None
    [(text, buttons)] = asked
    assert "Geboortedatum" in text and copy.exists()
    assert text.endswith("Toch samenvoegen? Dan ben je het kwijt.")
    assert sorted(buttons) == ["Terug naar mijn kaart", "Toch samenvoegen"]


def _writing_step_by_step(qtbot, window: MainWindow, make_card) -> EditorPage:
    """A new card open in "Stap voor stap", at its first question."""
    unlock(qtbot, window, make_card(), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    editor = window.editor
    assert editor is not None
    editor.set_mode("guided")
    return editor


def test_the_section_list_does_not_take_a_refused_answer_away(qtbot, window: MainWindow, make_card) -> None:
    """In "Stap voor stap" a click on another section would delete the question's input and the
    text in it: the question stays, with its message, and so does the list's choice."""
    from PySide6.QtWidgets import QLineEdit

    from crisiskaart.ui.editor.fields import FieldRow

    editor = _writing_step_by_step(qtbot, window, make_card)
    guided = editor.guided
    while not (isinstance(guided.input, FieldRow) and guided.input.path == ("personal", "birth_date")):
        guided.next.click()
    typed = guided.input.findChild(QLineEdit)
    qtbot.keyClicks(typed, "12-6-88")
    document = window.session.document  # type: ignore[union-attr]
    assert len(document.refused_inputs()) == 1
    index = guided.index
    row = next(r for r in range(editor.navigation.count())
               if editor.navigation.item(r).data(Qt.ItemDataRole.UserRole) == "contacts")
    rect = editor.navigation.visualItemRect(editor.navigation.item(row))
    qtbot.mouseClick(editor.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: editor.current_section() == "personal")  # the list follows the question back
    assert guided.index == index and guided.input.findChild(QLineEdit) is typed
    assert typed.text() == "12-6-88" and len(document.refused_inputs()) == 1
    editor.set_mode("overview")
    editor.show_section("contacts")
    editor.set_mode("guided")  # back to writing step by step: still the same question
    assert guided.index == index and typed.text() == "12-6-88"
    assert editor.current_section() == "personal"
    typed.clear()
    qtbot.keyClicks(typed, "12-06-1988")  # mended: now the list may move on
    qtbot.mouseClick(editor.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert guided.current_section() == "contacts" and document.refused_inputs() == []
    assert document.plan.personal.birth_date is not None


def test_stap_voor_stap_asks_the_number_for_the_full_plan(qtbot, window: MainWindow, make_card) -> None:
    """The card prints where responders get the whole plan and the number to call for it: a client
    who writes only step by step is asked both."""
    from PySide6.QtWidgets import QLineEdit

    from crisiskaart.ui.editor.fields import FieldRow

    editor = _writing_step_by_step(qtbot, window, make_card)
    guided = editor.guided
    asked = [spec.path for _section, spec in guided.questions]
    where = asked.index(("management", "full_plan_available_at"))
    assert asked[where + 1] == ("management", "full_plan_phone")
    editor.show_section("management")
    while not (isinstance(guided.input, FieldRow) and guided.input.path == ("management", "full_plan_phone")):
        guided.next.click()
    assert guided.question.text() == "Op welk nummer kunnen ze het dag en nacht vragen?"
    qtbot.keyClicks(guided.input.findChild(QLineEdit), "020 000 5678")
    assert window.session.document.plan.management.full_plan_phone == "020 000 5678"  # type: ignore[union-attr]
