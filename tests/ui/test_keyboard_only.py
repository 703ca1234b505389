"""The whole flow — create, write, save, lock, unlock, close — with the keyboard alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from ui_helpers import PASSPHRASE, focused, lock_checked, saved_plan

from crisiskaart.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_create_write_save_lock_unlock_close_by_keyboard(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    card = tmp_path / "toetsenbord.crisiskaart"
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # Bestand › Nieuwe kaart
    dialog = window.new_card_dialog
    assert dialog is not None
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: focused() is dialog.passphrase.edit)  # the suggested place usually suits
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)  # Bladeren…
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is dialog.location
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), str(card))
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.passphrase.edit
    qtbot.keyClicks(focused(), PASSPHRASE)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # Toon
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.repeat.edit
    qtbot.keyClicks(focused(), PASSPHRASE)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor is not None)
    editor = window.editor
    assert editor is not None
    # Step by step: the answer field has the focus; Alt+O goes to the next question.
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
    qtbot.keyClicks(focused(), "Sam de Vries")
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)  # next question
    assert editor.guided.index == 1
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)
    qtbot.keyClicks(focused(), "01-02-1990")
    # Overview (Ctrl+2), move to "Wat helpt" in the section list, tab to the add button.
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    editor.navigation.setFocus()
    qtbot.keyClick(editor.navigation, Qt.Key.Key_Home)
    for _ in range(4):
        qtbot.keyClick(editor.navigation, Qt.Key.Key_Down)
    assert editor.current_section() == "what_helps"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    for _ in range(10):
        if focused() is editor.section_pages["what_helps"].widgets[("what_helps",)].add_button:  # type: ignore[attr-defined]
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # "Regel toevoegen"
    qtbot.waitUntil(lambda: isinstance(focused(), QPlainTextEdit))
    qtbot.keyClicks(focused(), "Blijf rustig tegen me praten")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    # Lock (Ctrl+L): the card disappears; the passphrase field has the focus.
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.locked and window.stack.currentWidget() is window.lock_page
    assert "Sam" not in window.windowTitle()
    assert focused() is window.lock_page.passphrase.edit
    qtbot.keyClicks(focused(), PASSPHRASE)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    lock_checked(qtbot, window)
    assert not window.locked and window.stack.currentWidget() is editor
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)  # close the card
    assert window.session is None
    plan = saved_plan(card, PASSPHRASE)
    assert plan.personal.full_name == "Sam de Vries"
    assert str(plan.personal.birth_date) == "1990-02-01"
    assert [i.text for i in plan.what_helps] == ["Blijf rustig tegen me praten"]
