"""The card counts as saved only when a save has finished with everything typed: typing during a
slow save, or a save that fails, never shows "Opgeslagen" for text that is not on disk."""

from __future__ import annotations

import os
import threading

from ui_helpers import PASSPHRASE, field_input, saved_plan, unlock

from crisiskaart.ui import session as session_module
from crisiskaart.ui.main_window import MainWindow


def _slow_disk(qtbot, window: MainWindow, make_card, monkeypatch):
    """An open card on a slow USB stick: every save waits until the test sets the returned event."""
    monkeypatch.setattr(session_module, "AUTOSAVE_DELAY_MS", 30)
    card = make_card()
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    session = window.session
    assert session is not None
    real_fsync, gate = os.fsync, threading.Event()

    def slow_fsync(*args, **kwargs):
        gate.wait(5)
        return real_fsync(*args, **kwargs)

    monkeypatch.setattr(os, "fsync", slow_fsync)
    return card, session, gate


def test_typing_during_a_slow_save_stays_unsaved_until_it_is_saved_too(
    qtbot, window: MainWindow, make_card, monkeypatch
) -> None:
    card, session, gate = _slow_disk(qtbot, window, make_card, monkeypatch)
    name = field_input(window, "personal", "full_name")
    name.selectAll()
    qtbot.keyClicks(name, "Sam")
    qtbot.waitUntil(lambda: session._pending is not None and not session._pending.done(), timeout=3000)
    assert session.dirty  # the save has started, not finished
    qtbot.keyClicks(name, " de Vries")  # typed while the first save is still running
    gate.set()
    qtbot.waitUntil(lambda: session._pending is not None and session._pending.done(), timeout=5000)
    qtbot.waitUntil(lambda: not session.dirty, timeout=5000)
    assert saved_plan(card, PASSPHRASE).personal.full_name == "Sam de Vries"
    assert "Niet bewaard" not in window.save_state.text()


def test_closing_during_a_save_waits_for_it_and_saves_what_came_after(
    qtbot, window: MainWindow, make_card, monkeypatch
) -> None:
    card, session, gate = _slow_disk(qtbot, window, make_card, monkeypatch)
    name = field_input(window, "personal", "full_name")
    name.selectAll()
    qtbot.keyClicks(name, "Sam")
    qtbot.waitUntil(lambda: session._pending is not None and not session._pending.done(), timeout=3000)
    qtbot.keyClicks(name, " V")
    threading.Timer(0.2, gate.set).start()
    assert session.flush()  # waits for the running save, then saves " V" as well
    assert not session.dirty
    assert saved_plan(card, PASSPHRASE).personal.full_name == "Sam V"
