"""A new card and an ondersteuner profile are made (and a profile unlocked) beside the event loop:
Argon2id of the passphrase takes a moment on purpose, and the window keeps answering meanwhile.
Cancel and closing the window while it runs leave no edit lock behind; problems are said in the
dialog, which can be used again."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from test_accessibility_layout import ARTEFACTS, clipped
from ui_helpers import PASSPHRASE, UNLOCK_MS

from crisiskaart.store import KdfParams, open_card, open_profile
from crisiskaart.ui import main_window
from crisiskaart.ui.access.profile_page import ProfileDialog, show_profile
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.passphrase import NewCardDialog
from crisiskaart.ui.workspace import CreateProfileDialog, UnlockProfileDialog

# A real Argon2id cost, slow enough to see the event loop go on meanwhile (the calibrated default
# is slower still).
SLOW_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=1)
PROFILE_PASSPHRASE = "groene fiets onder de brug"


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch) -> KdfParams:
    """New cards and profiles made from the window get the slow cost."""
    monkeypatch.setattr(main_window, "NEW_CARD_KDF", SLOW_KDF)
    return SLOW_KDF


def _heartbeat(busy) -> tuple[QTimer, list[bool]]:
    """A timer every 5 ms that notes whether the work was still going on when it fired."""
    beats: list[bool] = []
    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(lambda: beats.append(busy()))
    heart.start()
    return heart, beats


def _new_card_dialog(qtbot, window: MainWindow, card: Path) -> NewCardDialog:
    window.new_card()
    dialog = window.new_card_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.location.setText(str(card))
    dialog.passphrase.edit.setText(PASSPHRASE)
    dialog.repeat.edit.setText(PASSPHRASE)
    assert dialog.create_button.isEnabled()
    return dialog


def _lock_let_go(card: Path) -> bool:
    """Whether the card's edit lock is free: it opens for writing here."""
    with open_card(card, passphrase=PASSPHRASE, writable=True) as again:
        return bool(again.versions)


def _screens() -> Path:
    folder = ARTEFACTS / "screens" / "nl-100pct"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _profile_work_done() -> bool:
    return not any(thread.name == "crisiskaart-profile" for thread in threading.enumerate())


# --- a new card ---------------------------------------------------------------------------------
def test_the_window_answers_while_a_new_card_is_made(qtbot, window: MainWindow, slow, tmp_path: Path) -> None:
    card = tmp_path / "nieuw" / "kaart.crisiskaart"  # the folder is made too
    dialog = _new_card_dialog(qtbot, window, card)
    heart, beats = _heartbeat(lambda: dialog.busy)
    dialog.create_button.click()
    # while Argon2id runs on the worker: the dialog says so, takes no second attempt, Cancel works
    assert dialog.busy and dialog.making.isVisibleTo(dialog) and not dialog.create_button.isEnabled()
    assert dialog.making.text().startswith("De kaart wordt gemaakt en versleuteld.")
    assert "met opzet langzaam" in dialog.making.text()
    assert not dialog.passphrase.isEnabled() and not dialog.location.isEnabled()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isEnabled()
    dialog.grab().save(str(_screens() / "dialog-new-card-busy.png"))
    assert clipped(dialog) == []
    dialog.accept()  # Enter pressed again meanwhile: no second attempt
    qtbot.waitUntil(lambda: window.editor is not None, timeout=UNLOCK_MS)
    heart.stop()
    assert beats.count(True) >= 3  # the event loop went on while the card was being made
    assert window.session is not None and window.session.path == card
    assert not dialog.isVisible() and window.new_card_dialog is None
    assert window.settings.recent_files[0] == card.resolve()


def test_cancel_while_the_card_is_made_opens_nothing_and_keeps_no_lock(
        qtbot, window: MainWindow, slow, tmp_path: Path) -> None:
    card = tmp_path / "kaart.crisiskaart"
    dialog = _new_card_dialog(qtbot, window, card)
    dialog.create_button.click()
    assert dialog.busy
    dialog.reject()  # she changed her mind
    assert window.new_card_dialog is None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=UNLOCK_MS)
    QApplication.processEvents()
    assert window.session is None and window.editor is None
    assert window.stack.currentWidget() is window.welcome
    # The card was made all the same: a valid empty card, listed so that she finds it again.
    assert _lock_let_go(card)
    assert window.settings.recent_files[0] == card.resolve()


def test_closing_the_window_while_the_card_is_made_leaves_it_closed(
        qtbot, window: MainWindow, slow, tmp_path: Path) -> None:
    card = tmp_path / "kaart.crisiskaart"
    dialog = _new_card_dialog(qtbot, window, card)
    dialog.create_button.click()
    assert dialog.busy
    window.close()  # Cmd+Q, or the session logging out
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=UNLOCK_MS)
    QApplication.processEvents()
    assert window.session is None
    assert _lock_let_go(card)


def test_a_problem_is_said_in_the_new_card_dialog_which_can_be_used_again(
        qtbot, window: MainWindow, make_card, tmp_path: Path) -> None:
    (tmp_path / "bestand").write_text("geen map")
    dialog = _new_card_dialog(qtbot, window, tmp_path / "bestand" / "kaart.crisiskaart")
    qtbot.waitActive(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passphrase.edit)  # where it starts
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)  # Enter moves on to the repeat
    assert QApplication.focusWidget() is dialog.repeat.edit
    qtbot.keyClick(dialog.repeat.edit, Qt.Key.Key_Return)  # Enter creates the card
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=UNLOCK_MS)
    assert QApplication.focusWidget() is dialog.repeat.edit  # back where she was, to try again
    assert dialog.isVisible() and window.session is None
    assert dialog.error.isVisible() and dialog.error.text().startswith("⚠ ")
    assert dialog.error.text().endswith("bestand bestaat al; er is niets overschreven.")
    assert dialog.location.isEnabled() and dialog.passphrase.isEnabled() and dialog.create_button.isEnabled()
    assert not dialog.making.isVisible()

    existing = make_card()  # a card is never overwritten
    dialog.location.setText(str(existing))
    dialog.create_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=UNLOCK_MS)
    assert dialog.isVisible()
    assert dialog.error.text() == ("⚠ Er bestaat al een bestand met deze naam; er is niets overschreven "
                                   f"({existing}).")
    assert _lock_let_go(existing)  # the refused attempt let go of the lock it took

    card = tmp_path / "goed.crisiskaart"
    dialog.location.setText(str(card))
    dialog.create_button.click()
    qtbot.waitUntil(lambda: window.editor is not None, timeout=UNLOCK_MS)
    assert window.session is not None and window.session.path == card and not dialog.isVisible()


def test_a_fault_of_the_program_while_the_card_is_made_goes_to_the_crash_guard(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Argon2id refuses a memory cost below its minimum: a setting only the program can get wrong.
    monkeypatch.setattr(main_window, "NEW_CARD_KDF", KdfParams(memory_kib=1, iterations=1, lanes=1))
    card = tmp_path / "kaart.crisiskaart"
    dialog = _new_card_dialog(qtbot, window, card)
    with qtbot.captureExceptions() as faults:
        dialog.create_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=UNLOCK_MS)
    assert [kind for kind, _value, _trace in faults] == [ValueError]
    assert not dialog.error.isVisible()  # not put in words as if it were her problem
    assert dialog.isVisible() and dialog.create_button.isEnabled()
    assert not card.exists()
    dialog.reject()


# --- an ondersteuner profile --------------------------------------------------------------------
def _profile_page(qtbot, window: MainWindow) -> ProfileDialog:
    page = show_profile(window, window.profile_keeper)
    qtbot.waitExposed(page)
    return page


def _fill_new_profile(dialog: CreateProfileDialog, path: Path) -> None:
    dialog.name.setText("Sam de Vries")
    dialog.path.setText(str(path))
    dialog.passphrase.setText(PROFILE_PASSPHRASE)
    dialog.again.setText(PROFILE_PASSPHRASE)


def _ok(dialog: CreateProfileDialog | UnlockProfileDialog):
    button = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert button is not None
    return button


def test_the_window_answers_while_a_profile_is_made_and_unlocked(
        qtbot, window: MainWindow, slow, tmp_path: Path) -> None:
    profile = tmp_path / "werk" / "sam.profiel"
    page = _profile_page(qtbot, window)
    create = page.create_profile()
    qtbot.waitExposed(create)
    _fill_new_profile(create, profile)
    heart, beats = _heartbeat(lambda: create.busy)
    _ok(create).click()
    assert create.busy and create.working.isVisibleTo(create) and not _ok(create).isEnabled()
    assert create.working.text().startswith("Het profiel wordt gemaakt en versleuteld.")
    assert not create.passphrase.isEnabled() and not create.name.isEnabled()
    create.grab().save(str(_screens() / "dialog-new-profile-busy.png"))
    assert clipped(create) == []
    create.accept()  # a second press meanwhile: no second attempt
    qtbot.waitUntil(lambda: window.profile_keeper.profile is not None, timeout=UNLOCK_MS)
    heart.stop()
    assert beats.count(True) >= 3
    assert profile.exists() and page.create_dialog is None
    assert page.status.text().startswith("Je profiel is gemaakt.")
    made = window.profile_keeper.profile
    assert made is not None and open_profile(profile, PROFILE_PASSPHRASE).public_key == made.public_key

    unlock = page.unlock()
    qtbot.waitExposed(unlock)
    assert unlock.path.text() == str(profile)
    unlock.passphrase.setText(PROFILE_PASSPHRASE)
    heart, beats = _heartbeat(lambda: unlock.busy)
    _ok(unlock).click()
    assert unlock.busy and unlock.working.isVisibleTo(unlock) and not unlock.passphrase.isEnabled()
    assert unlock.working.text().startswith("Het profiel wordt ontgrendeld.")
    unlock.grab().save(str(_screens() / "dialog-unlock-profile-busy.png"))
    assert clipped(unlock) == []
    qtbot.waitUntil(lambda: page.unlock_dialog is None, timeout=UNLOCK_MS)
    heart.stop()
    assert beats.count(True) >= 3
    assert page.status.text() == "Je profiel is ontgrendeld."
    again = window.profile_keeper.profile
    assert again is not None and again is not made and again.public_key == made.public_key
    page.close()


def test_cancel_while_a_profile_is_made_uses_nothing_and_the_file_can_be_unlocked_later(
        qtbot, window: MainWindow, slow, tmp_path: Path) -> None:
    profile = tmp_path / "sam.profiel"
    page = _profile_page(qtbot, window)
    create = page.create_profile()
    qtbot.waitExposed(create)
    _fill_new_profile(create, profile)
    _ok(create).click()
    assert create.busy
    create.reject()  # the page lets the dialog go at once
    qtbot.waitUntil(_profile_work_done, timeout=UNLOCK_MS)
    QApplication.processEvents()
    assert window.profile_keeper.profile is None  # not used: she cancelled
    assert profile.exists()  # made all the same, complete, under the passphrase she chose

    unlock = page.unlock()
    qtbot.waitExposed(unlock)
    unlock.path.setText(str(profile))
    unlock.passphrase.setText(PROFILE_PASSPHRASE)
    _ok(unlock).click()
    assert unlock.busy
    unlock.reject()  # and this one cancelled too: the key is not kept
    qtbot.waitUntil(_profile_work_done, timeout=UNLOCK_MS)
    QApplication.processEvents()
    assert window.profile_keeper.profile is None

    unlock = page.unlock()
    unlock.path.setText(str(profile))
    unlock.passphrase.setText(PROFILE_PASSPHRASE)
    _ok(unlock).click()
    qtbot.waitUntil(lambda: window.profile_keeper.profile is not None, timeout=UNLOCK_MS)
    page.close()


def test_a_problem_with_a_profile_is_said_in_the_dialog_which_can_be_used_again(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    (tmp_path / "bestand").write_text("geen map")
    page = _profile_page(qtbot, window)
    create = page.create_profile()
    qtbot.waitExposed(create)
    _fill_new_profile(create, tmp_path / "bestand" / "sam.profiel")
    _ok(create).click()
    qtbot.waitUntil(lambda: not create.busy, timeout=UNLOCK_MS)
    assert create.isVisible() and window.profile_keeper.profile is None
    assert create.message.text().startswith("Opslaan is mislukt")
    assert _ok(create).isEnabled() and create.path.isEnabled() and not create.working.isVisible()
    profile = tmp_path / "sam.profiel"
    create.path.setText(str(profile))
    _ok(create).click()
    qtbot.waitUntil(lambda: window.profile_keeper.profile is not None, timeout=UNLOCK_MS)

    unlock = page.unlock()
    qtbot.waitExposed(unlock)
    unlock.passphrase.setText("niet het goede wachtwoord")
    _ok(unlock).click()
    qtbot.waitUntil(lambda: not unlock.busy, timeout=UNLOCK_MS)
    assert unlock.isVisible() and unlock.message.text() == (
        "Het wachtwoord van dit profiel klopt niet (of het profiel is beschadigd).")
    assert unlock.passphrase.isEnabled() and _ok(unlock).isEnabled()
    assert unlock.passphrase.selectedText() == "niet het goede wachtwoord"  # to type it again
    unlock.passphrase.setText(PROFILE_PASSPHRASE)
    _ok(unlock).click()
    qtbot.waitUntil(lambda: page.unlock_dialog is None, timeout=UNLOCK_MS)
    assert page.status.text() == "Je profiel is ontgrendeld."
    page.close()


def test_the_caseload_waits_for_its_profile_dialog(qtbot, window: MainWindow, slow, tmp_path: Path) -> None:
    """The caseload runs the unlock dialog with exec(): it returns once the profile is unlocked."""
    from crisiskaart.store import create_profile

    profile = tmp_path / "sam.profiel"
    create_profile(profile, PROFILE_PASSPHRASE, "Sam de Vries", kdf=SLOW_KDF)
    caseload = window.show_caseload()
    assert caseload is not None

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockProfileDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.path.setText(str(profile))
        dialog.passphrase.setText(PROFILE_PASSPHRASE)
        _ok(dialog).click()
        assert dialog.busy and dialog.isVisible()

    QTimer.singleShot(0, answer)
    caseload.unlock.click()
    assert caseload.profile is not None and caseload.profile.name == "Sam de Vries"
    assert window.profile_keeper.profile is caseload.profile
    caseload.close()


# --- an impatient second Enter -----------------------------------------------------------------------
def _enter_twice(qtbot, dialog, field) -> None:
    """Enter in ``field`` starts the work; Enter again wherever the focus went while it runs."""
    qtbot.waitActive(dialog)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.busy
    QApplication.processEvents()
    focus = QApplication.focusWidget()
    assert focus is not None and focus.isVisible() and focus.isEnabled()
    assert focus.text() != "Annuleren"  # the busy line has it, so a second Enter cancels nothing
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.busy


def test_a_second_enter_while_the_card_is_made_cancels_nothing(qtbot, window: MainWindow, slow,
                                                              tmp_path: Path) -> None:
    dialog = _new_card_dialog(qtbot, window, tmp_path / "kaart.crisiskaart")
    _enter_twice(qtbot, dialog, dialog.repeat.edit)
    qtbot.waitUntil(lambda: window.session is not None, timeout=UNLOCK_MS)


def test_a_second_enter_while_the_card_is_opened_cancels_nothing(qtbot, window: MainWindow,
                                                                tmp_path: Path) -> None:
    from crisiskaart.cards import encode_plan, plan_summary
    from crisiskaart.model import CrisisPlan
    from crisiskaart.store import create_card

    card = tmp_path / "kaart.crisiskaart"
    create_card(card, PASSPHRASE, encode_plan(CrisisPlan()), summary=plan_summary(CrisisPlan()),
                kdf=SLOW_KDF).close()
    dialog = window.open_path(card)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.passphrase.edit.setText(PASSPHRASE)
    _enter_twice(qtbot, dialog, dialog.passphrase.edit)
    qtbot.waitUntil(lambda: window.session is not None, timeout=UNLOCK_MS)


def test_a_second_enter_while_a_profile_is_made_cancels_nothing(qtbot, window: MainWindow, slow,
                                                               tmp_path: Path) -> None:
    page = _profile_page(qtbot, window)
    create = page.create_profile()
    qtbot.waitExposed(create)
    create.kdf = SLOW_KDF
    _fill_new_profile(create, tmp_path / "sam.profiel")
    _enter_twice(qtbot, create, create.again)
    qtbot.waitUntil(_profile_work_done, timeout=UNLOCK_MS)
    qtbot.waitUntil(lambda: window.profile_keeper.profile is not None, timeout=UNLOCK_MS)
    page.close()


# --- the program ends while a card is made -----------------------------------------------------------
ENDS_WHILE_MAKING = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from crisiskaart.store import KdfParams
from crisiskaart.ui import app as app_module, main_window

main_window.NEW_CARD_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=1)
card, passphrase = Path(sys.argv[1]), sys.argv[2]
real_start = app_module.start_editor

def start(*args, **kwargs):
    started = real_start(*args, **kwargs)
    window = started.window
    def make_then_close():
        window.new_card()
        dialog = window.new_card_dialog
        QTest.qWaitForWindowExposed(dialog)
        dialog.location.setText(str(card))
        dialog.passphrase.edit.setText(passphrase)
        dialog.repeat.edit.setText(passphrase)
        dialog.create_button.click()
        assert dialog.busy
        window.close()  # the last window: the event loop ends while the card is still being made
    QTimer.singleShot(50, make_then_close)
    return started

app_module.start_editor = start
sys.exit(app_module.run_editor())
"""


def test_when_the_program_ends_while_a_card_is_made_the_card_is_finished_and_let_go(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    card = tmp_path / "kaarten" / "kaart.crisiskaart"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "home" / ".config"))
    done = subprocess.run([sys.executable, "-c", ENDS_WHILE_MAKING, str(card), PASSPHRASE], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert sorted(p.name for p in card.parent.iterdir()) == [card.name]  # no lock, no temporary file
    with open_card(card, passphrase=PASSPHRASE, writable=True) as opened:  # nobody holds it
        assert len(opened.versions) == 1
