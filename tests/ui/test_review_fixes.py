"""Regressions found in review: the lock cannot be bypassed, nothing is cut off, keys go to the card."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import Qt
from ui_helpers import PASSPHRASE, field_input, lock_checked, record_list, saved_plan, unlock

from crisiskaart.model import CrisisPlan, example_plan
from crisiskaart.model.sections import Medication
from crisiskaart.store import TEST_KDF, create_profile, open_card
from crisiskaart.ui import session as session_module
from crisiskaart.ui.editor.fields import VisibilityBox
from crisiskaart.ui.main_window import MainWindow


def _open(qtbot, window: MainWindow, card: Path) -> None:
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)


def test_the_caseload_is_hidden_and_cannot_open_cards_while_locked(
    qtbot, window: MainWindow, make_card, tmp_path: Path
) -> None:
    profile = create_profile(tmp_path / "p.profiel", "profiel wachtzin", "Sam", "", kdf=TEST_KDF)
    card = make_card(example_plan())
    with open_card(card, passphrase=PASSPHRASE, writable=True) as opened:
        opened.add_ondersteuner(profile.recipient)
    _open(qtbot, window, card)
    caseload = window.show_caseload()
    assert caseload is not None
    qtbot.addWidget(caseload)
    window.lock()
    assert not caseload.isVisible()
    assert not window.open_with_profile(card, profile) and window.locked
    assert window.open_path(card) is None and window.show_caseload() is None
    assert not window.new_action.isEnabled() and not window.caseload_action.isEnabled()
    qtbot.keyClicks(window.lock_page.passphrase.edit, PASSPHRASE)
    window.lock_page.passphrase.edit.returnPressed.emit()
    lock_checked(qtbot, window)
    assert not window.locked and caseload.isVisible()
    caseload.close()


def test_a_longer_stored_text_is_not_cut_off_by_its_input(qtbot, window: MainWindow, make_card) -> None:
    plan = CrisisPlan()
    plan.health.medications = [Medication(name="Lithium", purpose="p" * 250)]
    card = make_card(plan)
    _open(qtbot, window, card)
    window.editor.show_section("health")  # type: ignore[union-attr]
    medicines = record_list(window, "health", "health", "medications")
    purpose = next(f for f in medicines.rows[0].fields if f.spec.name == "purpose").input
    assert purpose.text() == "p" * 250  # type: ignore[attr-defined]
    qtbot.keyClick(purpose, Qt.Key.Key_Backspace)
    assert window.close_card()
    assert saved_plan(card, PASSPHRASE).health.medications[0].purpose == "p" * 249


def test_visibility_still_works_after_the_list_was_rebuilt(qtbot, window: MainWindow, make_card) -> None:
    _open(qtbot, window, make_card(example_plan()))
    window.editor.show_section("what_helps")  # type: ignore[union-attr]
    helps = record_list(window, "what_helps", "what_helps")
    qtbot.mouseClick(helps.rows[0].down, Qt.MouseButton.LeftButton)  # rebuilds every row
    box = helps.rows[0].findChild(VisibilityBox)
    box.setCurrentIndex(0)
    box.activated.emit(0)  # would raise on a deleted box before the fix
    window.undo()
    window.undo()
    assert [r.item_id for r in helps.rows] == [i.id for i in example_plan().what_helps]


def test_ctrl_z_in_a_field_undoes_the_card_and_alt_down_works_from_a_drop_down(
    qtbot, window: MainWindow, make_card
) -> None:
    window.activateWindow()
    _open(qtbot, window, make_card(example_plan()))
    window.editor.show_section("what_helps")  # type: ignore[union-attr]
    helps = record_list(window, "what_helps", "what_helps")
    first_id = helps.rows[0].item_id
    box = helps.rows[0].findChild(VisibilityBox)
    qtbot.keyClick(box, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert helps.rows[1].item_id == first_id  # moved from its drop-down
    text = helps.rows[1].fields[0].input
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert helps.rows[0].item_id == first_id  # the move was undone from inside a text field


def test_a_failed_save_is_retried_and_the_lock_screen_says_so(
    qtbot, window: MainWindow, make_card, monkeypatch
) -> None:
    monkeypatch.setattr(session_module, "AUTOSAVE_DELAY_MS", 50)
    card = make_card()
    _open(qtbot, window, card)
    real_fsync = os.fsync
    failures = {"left": 2}

    def flaky_fsync(*args, **kwargs):  # the disk is full twice, then there is room again
        if failures["left"]:
            failures["left"] -= 1
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(*args, **kwargs)

    # Both ways of saving (a whole new file, or appending to it) fsync before they count.
    monkeypatch.setattr(os, "fsync", flaky_fsync)
    qtbot.keyClicks(field_input(window, "personal", "full_name"), "Sam")
    qtbot.waitUntil(lambda: "Niet bewaard" in window.save_state.text(), timeout=3000)
    # last_error is cleared only when a save succeeded (the GUI thread hears of a failure a moment
    # after the save thread counted it, so "not dirty" alone can be seen in between).
    qtbot.waitUntil(lambda: not window.session.dirty and failures["left"] == 0  # type: ignore[union-attr]
                    and not window.session.last_error, timeout=5000)  # type: ignore[union-attr]
    assert saved_plan(card, PASSPHRASE).personal.full_name == "Sam"
    failures["left"] = 100
    qtbot.keyClicks(field_input(window, "personal", "full_name"), " V")
    window.lock()
    assert "niet bewaard" in window.lock_page.explanation.text()
    failures["left"] = 0
    monkeypatch.setattr(os, "fsync", real_fsync)
