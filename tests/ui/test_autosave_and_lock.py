"""Never lose work: autosave after typing stops, after a crash the last autosave opens;
auto-lock hides the card until the passphrase is entered again."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from ui_helpers import PASSPHRASE, answer_questions, field_input, lock_checked, saved_plan, unlock

from crisiskaart.model import example_plan
from crisiskaart.store import open_card
from crisiskaart.ui import session as session_module
from crisiskaart.ui.main_window import MainWindow

CRASHING_EDITOR = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    from crisiskaart.cards import read_plan
    from crisiskaart.store import open_card
    from crisiskaart.ui import session as session_module
    from crisiskaart.ui.main_window import MainWindow
    from crisiskaart.ui.session import CardSession
    from crisiskaart.ui.settings import Settings

    session_module.AUTOSAVE_DELAY_MS = 100
    card_path, settings_path, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    app = QApplication([])
    window = MainWindow(Settings(settings_path), "nl")
    window.show()
    card = open_card(card_path, passphrase=passphrase, writable=True)
    window.open_session(CardSession(read_plan(card), card, "nl"))
    name = next(r.input for r in window.editor.section_pages["personal"].widgets.values()
                if getattr(r, "path", None) == ("personal", "full_name"))
    name.selectAll()
    QTest.keyClicks(name, "Typed Before Crash")
    # Wait in an event loop, not a processEvents() busy loop: PySide6 6.12 crashes after a few
    # hundred thousand processEvents() calls (a refcount bug on None).
    loop = QEventLoop()
    window.session.save_finished.connect(lambda ok, message: loop.quit())
    loop.exec()
    QTest.keyClicks(name, " and after the autosave")  # typed, not yet saved: lost in the crash
    os._exit(9)  # crash: no close, no flush, no lock release
""")


def test_autosave_runs_after_typing_stops_and_survives_a_crash(
    qtbot, window: MainWindow, make_card, tmp_path: Path
) -> None:
    card = make_card(example_plan())
    result = subprocess.run(
        [sys.executable, "-c", CRASHING_EDITOR, str(card), str(tmp_path / "s.ini"), PASSPHRASE],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, timeout=60,
    )
    assert result.returncode == 9, result.stderr.decode()
    # The lock of the crashed process is free, and the editor opens the last autosave.
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert field_input(window, "personal", "full_name").text() == "Typed Before Crash"  # type: ignore[attr-defined]
    with open_card(card, passphrase=PASSPHRASE, writable=False) as opened:
        assert len(opened.versions) == 1  # the autosave amended the concept instead of piling up


def test_autosave_does_not_block_typing(qtbot, window: MainWindow, make_card, monkeypatch) -> None:
    monkeypatch.setattr(session_module, "AUTOSAVE_DELAY_MS", 50)
    card = make_card()
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    name = field_input(window, "personal", "full_name")
    assert isinstance(name, QLineEdit)
    with qtbot.waitSignal(window.session.save_finished, timeout=5000) as saved:  # type: ignore[union-attr]
        qtbot.keyClicks(name, "Autosave")
    assert saved.args == [True, ""]
    assert saved_plan(card, PASSPHRASE).personal.full_name == "Autosave"
    assert "Bewaard om" in window.save_state.text()


def test_auto_lock_hides_the_card_until_the_passphrase_is_given(
    qtbot, window: MainWindow, make_card
) -> None:
    card = make_card(example_plan())
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    summary = field_input(window, "my_crisis", "summary")
    assert isinstance(summary, QPlainTextEdit)
    qtbot.keyClicks(summary, " Extra.")
    window.idle_timer.start(100)  # the setting is in minutes; the mechanism is the same
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.stack.currentWidget() is window.lock_page
    assert not window.editor.isVisible()  # type: ignore[union-attr]
    assert window.windowTitle() == "Op slot — crisiskaart"
    assert " Extra." in saved_plan(card, PASSPHRASE).my_crisis.summary  # saved before locking
    assert not window.undo_action.isEnabled() and not window.save_action.isEnabled()
    # Wrong passphrase: stays locked, says so.
    qtbot.keyClicks(window.lock_page.passphrase.edit, "fout")
    qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    lock_checked(qtbot, window)
    assert window.locked and "klopt niet" in window.lock_page.message.text()
    window.lock_page.passphrase.edit.clear()
    qtbot.keyClicks(window.lock_page.passphrase.edit, PASSPHRASE)
    window.lock_page.passphrase.edit.returnPressed.emit()
    lock_checked(qtbot, window)
    assert not window.locked and window.editor.isVisible()  # type: ignore[union-attr]
    assert window.idle_timer.isActive()


def test_the_lock_time_comes_from_the_settings(qtbot, window: MainWindow, make_card, settings) -> None:
    settings.auto_lock_minutes = 3
    unlock(qtbot, window, make_card(), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert window.idle_timer.interval() == 3 * 60_000
    settings.auto_lock_minutes = 0
    window._restart_idle_timer()
    assert not window.idle_timer.isActive()


def test_closing_with_changes_that_cannot_be_saved_asks(
    qtbot, window: MainWindow, make_card, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    card = make_card()
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    card.parent.chmod(0o500)  # the folder becomes read-only: the save will fail
    try:
        if os.access(card.parent, os.W_OK):  # root ignores permissions; use a full disk instead
            monkeypatch.setattr(os, "replace", _raise_enospc)
        qtbot.keyClicks(field_input(window, "personal", "full_name"), "Niet bewaard")
        questions = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
        assert not window.close_card()  # back to the card: it stays open, the text is still there
        assert window.session is not None and "Niet bewaard" in field_input(
            window, "personal", "full_name").text()  # type: ignore[attr-defined]
        assert questions and "niet bewaard" in questions[0][0]
    finally:
        card.parent.chmod(0o700)
        monkeypatch.undo()


def _raise_enospc(*args: object, **kwargs: object) -> None:
    import errno

    raise OSError(errno.ENOSPC, "No space left on device")


def test_the_lock_screen_keeps_no_status_message_of_the_card(qtbot, window: MainWindow, make_card) -> None:
    unlock(qtbot, window, make_card(example_plan()), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    window.statusBar().showMessage("Opgeslagen als /home/noor/kaart-noor-bakker.pdf.", 60_000)
    window.lock()
    assert window.locked and window.statusBar().currentMessage() == ""
