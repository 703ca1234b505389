"""The card's first page drawn from its JSON before the model loads, and the editor taking its place.

The page must look like the editor's (nothing moves when the editor takes over), show the card's
own text and section states, load without pydantic, and lose nothing typed in it meanwhile.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from ui_helpers import answer_questions

from crisiskaart.model import CrisisPlan, dump_plan_json, example_plan
from crisiskaart.model.example import example_json
from crisiskaart.ui.editor.early_page import EarlyEditorPage, can_draw_early
from crisiskaart.ui.editor.section_state import json_value, section_state
from crisiskaart.ui.editor.spec import SECTIONS
from crisiskaart.ui.help.context import Topic, topic_for
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.session import CardSession

LOAD_MS = 60_000


def _place(widget: QWidget, window: QWidget) -> tuple[int, int, int, int]:
    corner = widget.mapTo(window, QPoint(0, 0))
    return corner.x(), corner.y(), widget.width(), widget.height()


def _spoken(row) -> tuple[str, ...]:
    """What a screen reader says of a field's input and its who-may-see-it box, and its tooltip."""
    box = row.visibility
    return (row.input.accessibleName(), row.input.accessibleDescription(), row.input.toolTip(),
            "" if box is None else box.accessibleName(), "" if box is None else box.accessibleDescription(),
            "" if box is None else box.currentText())


def _texts(navigation) -> list[str]:
    return [navigation.item(row).text() for row in range(navigation.count())]


def test_the_first_page_is_the_editors_first_page_on_the_same_spot(qtbot, window: MainWindow) -> None:
    early = window.show_opening(example_json())
    assert isinstance(early, EarlyEditorPage)
    qtbot.waitExposed(early)
    QApplication.processEvents()
    seen = {row.spec.path: (row.text(), _place(row.input, window), _place(row, window), _spoken(row))
            for row in early.page.rows}
    navigation = (_texts(early.navigation), _place(early.navigation, window))
    helped = [topic_for(row.input) for row in early.page.rows]
    assert topic_for(early.preview.area) == Topic("printen") and helped[0] == Topic("schrijven", "overzicht")
    window.open_session(CardSession(example_plan(), None, window.language, parent=window))
    editor = window.editor
    assert editor is not None
    QApplication.processEvents()
    page = editor.section_pages["personal"]
    bound = {path: (row.input.toPlainText() if isinstance(row.input, QPlainTextEdit) else row.input.text(),
                    _place(row.input, window), _place(row, window), _spoken(row))
             for path, row in page.widgets.items()}
    assert bound == seen  # the same text, in the same place, heard the same way, field by field
    assert [topic_for(row.input) for row in page.widgets.values()] == helped  # and F1 opens the same page
    assert (_texts(editor.navigation), _place(editor.navigation, window)) == navigation
    assert seen[("personal", "full_name")][0] == "Noor Bakker"
    assert seen[("personal", "birth_date")][0] == "12-06-1988"  # as the editor shows a date


def test_the_section_states_from_json_are_the_states_from_the_model() -> None:
    for plan in (example_plan(), CrisisPlan(), CrisisPlan.model_validate({"personal": {"full_name": "An"}})):
        data = json.loads(dump_plan_json(plan))

        def from_json(path: tuple[str, ...], data: object = data) -> object:
            return json_value(data, path)

        def from_model(path: tuple[str, ...], plan: CrisisPlan = plan) -> object:
            node: object = plan
            for step in path:
                node = getattr(node, step)
            return node

        for section in SECTIONS:
            assert section_state(from_json, section) is section_state(from_model, section), section.key


def test_the_first_section_is_one_the_early_page_can_draw() -> None:
    # If the first section ever asks for a list or a choice, the window says "De kaart wordt
    # geopend…" instead (MainWindow.show_opening); this test says that it happened.
    assert can_draw_early(SECTIONS[0])


def test_the_first_page_loads_without_pydantic() -> None:
    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from crisiskaart.model.example import example_json;"
            "from crisiskaart.ui.editor.early_page import EarlyEditorPage;"
            "EarlyEditorPage(example_json(), 'nl');"
            "print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'crisiskaart.model.plan',"
            " 'crisiskaart.ui.editor.editor_page'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip().splitlines()[-1] == "[]"


def _forget_changes(window: MainWindow) -> None:
    """The example card asks before its changes are lost; these tests do not keep them."""
    assert window.session is not None
    window.session.document.undo_stack.clear()
    window.session.dirty = False


def _early_field(page: EarlyEditorPage, name: str):
    return next(row for row in page.page.rows if row.spec.name == name)


def test_what_she_typed_before_the_editor_was_there_goes_into_the_card(qtbot, window: MainWindow) -> None:
    opening = window.open_example_beside()
    early = opening.page
    assert isinstance(early, EarlyEditorPage)
    qtbot.waitExposed(early)
    city = _early_field(early, "city").input
    assert isinstance(city, QLineEdit)
    city.setFocus()
    city.selectAll()
    QTest.keyClicks(city, "Haarlem")  # typed while the model loads
    city.setCursorPosition(3)
    opening.start()
    qtbot.waitUntil(lambda: window.editor is not None and window.opening is None, timeout=LOAD_MS)
    qtbot.wait(50)  # the turns in which the editor takes over the focus
    assert window.session is not None
    plan = window.session.document.plan
    assert plan.personal.address.city == "Haarlem"  # in the card, as if typed in the editor
    assert plan.personal.full_name == "Noor Bakker"  # what she did not touch stays the card's own
    row = window.editor.section_pages["personal"].widgets[("personal", "address", "city")]
    assert row.input.text() == "Haarlem"
    assert QApplication.focusWidget() is row.input and row.input.cursorPosition() == 3  # she types on
    assert window.session.document.undo_stack.canUndo()  # one undo takes it back, as typing does
    window.session.document.undo_stack.undo()
    assert plan.personal.address.city == "Amsterdam"
    _forget_changes(window)


def test_a_date_the_card_refuses_is_refused_in_words_after_the_hand_over(qtbot, window: MainWindow) -> None:
    early = window.show_opening(example_json())
    assert isinstance(early, EarlyEditorPage)
    born = _early_field(early, "birth_date").input
    assert isinstance(born, QLineEdit)
    born.setText("31-02-1988")
    window.open_session(CardSession(example_plan(), None, window.language, parent=window))
    assert window.editor is not None
    early.hand_over(window.editor, None)
    row = window.editor.section_pages["personal"].widgets[("personal", "birth_date")]
    assert row.input.text() == "31-02-1988"  # kept on screen, not lost
    assert row.message.isVisibleTo(row) and "bestaat niet" in row.message.text()
    assert window.session is not None and window.session.document.refused_fields() == ["Geboortedatum"]
    assert window.session.document.plan.personal.birth_date.isoformat() == "1988-06-12"
    row.take_typed("12-06-1988")  # as she corrects it
    assert window.session.document.refused_fields() == []
    _forget_changes(window)


def test_the_section_and_the_way_of_writing_she_chose_stay(qtbot, window: MainWindow) -> None:
    early = window.show_opening(example_json())
    assert isinstance(early, EarlyEditorPage)
    early.navigation.setCurrentRow(3)
    early.modes.guided_button.setChecked(True)
    assert not early.modes.overview_button.isChecked()  # one way of writing at a time
    window.open_session(CardSession(example_plan(), None, window.language, parent=window))
    assert window.editor is not None
    early.hand_over(window.editor, None)
    assert window.editor.navigation.currentRow() == 3
    assert window.editor.guided_button.isChecked()
    assert window.editor.current_section() == SECTIONS[3].key


@pytest.mark.parametrize("state", ["empty", "filled"])
def test_the_navigation_says_each_sections_state(state: str, qtbot) -> None:
    data = example_json() if state == "filled" else json.loads(dump_plan_json(CrisisPlan()))
    page = EarlyEditorPage(data, "nl")
    qtbot.addWidget(page)
    first = page.navigation.item(0)
    expected = section_state(lambda path: json_value(data, path), SECTIONS[0])
    assert first.text().startswith(expected.symbol()) and expected.words() in first.text()
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == f"Persoonlijke gegevens, {expected.words()}"
    assert page.navigation.count() == len(SECTIONS) + 2  # and the plan van aanpak and zelfbinding pages


def test_the_demo_start_makes_the_welcome_page_only_when_it_is_needed(qtbot, settings) -> None:
    window = MainWindow(settings, "nl", welcome_first=False)
    qtbot.addWidget(window)
    page = window.show_opening(example_json())
    assert window._welcome is None and window.stack.count() == 1  # only the card's first page
    window.stack.setCurrentWidget(window.welcome)  # the example could not be opened, say
    assert window.stack.currentWidget() is window.welcome and window.stack.count() == 2
    assert window.welcome is window.welcome  # made once
    window.stack.removeWidget(page)


def test_closing_asks_before_what_was_typed_on_the_first_page_is_lost(qtbot, window: MainWindow,
                                                                     monkeypatch) -> None:
    opening = window.open_example_beside()
    early = opening.page
    assert isinstance(early, EarlyEditorPage)
    assert window.close_card()  # nothing typed: nothing to ask
    _early_field(early, "preferred_name").input.setText("Noortje")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close_card()  # she keeps it: the page stays, with what she typed
    assert asked and "niet bewaard" in asked[0][0]
    assert window.stack.currentWidget() is early and _early_field(early, "preferred_name").text() == "Noortje"
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.close_card() and len(asked) == 1
    window.opening = None  # not started: no editor will come


def test_a_long_text_typed_on_the_first_page_stays_whole_on_screen_and_is_refused_in_words(
        qtbot, window: MainWindow) -> None:
    early = window.show_opening(example_json())
    assert isinstance(early, EarlyEditorPage)
    long_name = "Noor " + "van " * 40 + "Bakker"  # longer than the card takes for a name
    _early_field(early, "full_name").input.setText(long_name)
    window.open_session(CardSession(example_plan(), None, window.language, parent=window))
    assert window.editor is not None
    early.hand_over(window.editor, None)
    row = window.editor.section_pages["personal"].widgets[("personal", "full_name")]
    assert row.input.text() == long_name  # nothing cut off where she cannot see it
    assert row.message.isVisibleTo(row) and row.message.text()
    assert window.session is not None and window.session.document.plan.personal.full_name == "Noor Bakker"
    row.take_typed("Noor Bakker")
    _forget_changes(window)


def test_without_the_example_file_the_window_says_the_card_is_being_opened(
        qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr("crisiskaart.model.example.EXAMPLE_FILE", ("example", "not-there.json"))
    opening = window.open_example_beside()  # a damaged installation: the start goes on
    assert not isinstance(opening.page, EarlyEditorPage)
    assert opening.page.objectName() == "openingPage" and opening.page.text() == "De kaart wordt geopend…"
    assert not opening.changed()
    window.opening = None  # not started: the model would say in a message what is missing
