"""Removing an item from a list by keyboard: one press removes one item, and Ctrl+Z brings it back.

Before, the focus went to the next item's Weghalen button, so each space typed afterwards removed
another item.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from ui_helpers import PASSPHRASE, focused, record_list

from crisiskaart.cards import read_plan
from crisiskaart.model import CrisisPlan
from crisiskaart.model.base import TextItem
from crisiskaart.store import open_card
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.session import CardSession

SCREENS = Path("test-artefacts/screens/editor")
REMOVED = "Weggehaald. Met Ctrl+Z zet je het terug."


def _open(qtbot, window: MainWindow, make_card, plan: CrisisPlan, section: str) -> None:
    """The card in the editor as the caseload opens one: no unlock dialog, whose window keeps
    handing the focus around for a while after it closed on the offscreen platform."""
    window.activateWindow()
    card = open_card(make_card(plan), passphrase=PASSPHRASE, writable=True)
    window.open_session(CardSession(read_plan(card), card, "nl", parent=window))
    # Opening puts the focus on the section list on the next turn of the event loop; a person is
    # never faster than that.
    qtbot.wait(20)
    qtbot.waitUntil(lambda: window.editor is not None and focused() is window.editor.navigation)
    window.editor.show_section(section)  # type: ignore[union-attr]


def _open_with_lines(qtbot, window: MainWindow, make_card, *lines: str):
    plan = CrisisPlan()
    plan.what_helps = [TextItem(text=line) for line in lines]
    _open(qtbot, window, make_card, plan, "what_helps")
    return record_list(window, "what_helps", "what_helps")


def _texts(window: MainWindow) -> list[str]:
    return [item.text for item in window.session.document.plan.what_helps]  # type: ignore[union-attr]


def test_weghalen_then_spaces_removes_one_item_and_ctrl_z_brings_it_back(
    qtbot, window: MainWindow, make_card
) -> None:
    helps = _open_with_lines(qtbot, window, make_card, "wandelen", "muziek", "thee")
    remove = helps.rows[1].remove
    assert remove.text() == "Weghalen"
    remove.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # removes "muziek"
    assert _texts(window) == ["wandelen", "thee"]
    next_text = helps.rows[1].fields[0].input
    assert focused() is next_text and isinstance(next_text, QPlainTextEdit)  # the next item's text
    assert window.statusBar().currentMessage() == REMOVED
    qtbot.waitUntil(lambda: all(row.isVisible() for row in helps.rows))  # laid out on the next turn
    SCREENS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENS / "removed-with-undo-hint.png"))

    qtbot.keyClicks(focused(), "   ")  # what used to remove one item per space
    assert len(_texts(window)) == 2 and _texts(window) == ["wandelen", "   thee"]
    assert focused() is next_text

    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the spaces go
    assert _texts(window) == ["wandelen", "thee"]
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the item is back
    assert _texts(window) == ["wandelen", "muziek", "thee"]
    assert [row.fields[0].input.toPlainText() for row in helps.rows] == ["wandelen", "muziek", "thee"]  # type: ignore[attr-defined]
    assert focused() is helps.rows[1].fields[0].input  # on the item that came back, not lost


def test_ctrl_z_right_after_weghalen_puts_the_item_back(qtbot, window: MainWindow, make_card) -> None:
    helps = _open_with_lines(qtbot, window, make_card, "wandelen", "muziek")
    helps.rows[0].remove.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert _texts(window) == ["muziek"]
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _texts(window) == ["wandelen", "muziek"]
    assert focused() is helps.rows[0].fields[0].input


def test_after_the_last_item_focus_goes_to_the_one_before_then_to_toevoegen(
    qtbot, window: MainWindow, make_card
) -> None:
    helps = _open_with_lines(qtbot, window, make_card, "wandelen", "muziek")
    helps.rows[1].remove.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # the last one: the item before gets the focus
    assert _texts(window) == ["wandelen"] and focused() is helps.rows[0].fields[0].input
    helps.rows[0].remove.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # the list is empty: on to "Regel toevoegen"
    assert _texts(window) == [] and focused() is helps.add_button
    assert helps.add_button.text() == "Regel toevoegen"
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # a space there adds, it never removes
    assert len(_texts(window)) == 1 and isinstance(focused(), QPlainTextEdit)


def test_a_contact_keeps_the_focus_on_the_next_name(qtbot, window: MainWindow, make_card) -> None:
    from crisiskaart.model.sections import Contact

    plan = CrisisPlan()
    plan.contacts = [Contact(name="Anna Bakker"), Contact(name="Mark Bakker")]
    _open(qtbot, window, make_card, plan, "contacts")
    contacts = record_list(window, "contacts", "contacts")
    contacts.rows[0].remove.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert focused() is contacts.rows[0].fields[0].input
    assert focused().text() == "Mark Bakker"  # type: ignore[attr-defined]
