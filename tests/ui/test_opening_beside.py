"""The example card opens beside the event loop, and whatever the person does meanwhile wins."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from ui_helpers import PASSPHRASE

from crisiskaart.cards import encode_plan, plan_summary
from crisiskaart.model import example_plan
from crisiskaart.store import KdfParams, create_card, open_card
from crisiskaart.ui.background import BackgroundCall
from crisiskaart.ui.editor.early_page import EarlyEditorPage
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.opening import make_example_plan
from crisiskaart.ui.passphrase import UnlockDialog

LOAD_MS = 60_000


def test_the_example_loads_on_a_worker_and_replaces_the_opening_page(qtbot, window: MainWindow) -> None:
    opening = window.open_example_beside()
    # its first page, drawn from the example's JSON, is there before the model loads
    assert window.stack.currentWidget() is opening.page and isinstance(opening.page, EarlyEditorPage)
    assert opening.page.page.rows[0].text() == "Noor Bakker"
    opening.start()
    assert opening.call is not None and opening.call.thread_ is not threading.current_thread()
    qtbot.waitUntil(lambda: window.editor is not None, timeout=LOAD_MS)
    assert window.session is not None and window.session.is_example
    assert window.stack.currentWidget() is window.editor
    assert window.session.document.plan.personal.full_name == "Noor Bakker"
    # a summary key of its own, as from the menu: the example's built-in key is public
    link = window.session.document.plan.responder_link
    assert link is not None and not link.is_example
    again = make_example_plan().responder_link  # made for each opening, never a fixed key
    assert again is not None and link.key != again.key
    qtbot.waitUntil(lambda: window.opening is None and window.findChild(QWidget, "openingPage") is None)


def test_a_card_chosen_while_the_example_loads_wins(qtbot, window: MainWindow, make_card) -> None:
    card: Path = make_card()
    opening = window.open_example_beside()
    opening.start()
    dialog = window.open_path(card)  # the person chose her own card meanwhile
    assert dialog is not None
    call = opening.call
    assert call is not None
    qtbot.waitUntil(lambda: window.opening is None, timeout=LOAD_MS)
    QApplication.processEvents()
    assert window.session is None and window.editor is None  # the example was not shown over it
    assert dialog.isVisible() and window.unlock_dialog is dialog
    assert window.stack.currentWidget() is window.welcome
    dialog.reject()


def test_work_that_fails_is_delivered_on_the_gui_thread(qtbot) -> None:
    outcome: list[tuple[str, object, threading.Thread]] = []

    def work() -> object:
        raise OSError(28, "No space left on device")

    call = BackgroundCall(work)
    call.failed.connect(lambda error: outcome.append(("failed", error, threading.current_thread())))
    call.finished.connect(lambda result: outcome.append(("finished", result, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(outcome), timeout=LOAD_MS)
    kind, error, thread = outcome[0]
    assert kind == "failed" and isinstance(error, OSError) and error.errno == 28
    assert thread is threading.main_thread()


def test_work_that_succeeds_hands_its_result_over(qtbot) -> None:
    results: list[object] = []
    call = BackgroundCall(lambda: threading.current_thread().name, name="crisiskaart-test-worker")
    call.finished.connect(results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=LOAD_MS)
    assert results == ["crisiskaart-test-worker"]


def _slow_card(path: Path) -> Path:
    """A card whose passphrase costs a noticeable moment to check, as a real one does."""
    plan = example_plan()
    create_card(path, PASSPHRASE, encode_plan(plan), summary=plan_summary(plan),
                kdf=KdfParams(memory_kib=64 * 1024, iterations=3, lanes=1)).close()
    return path


def _open_with_passphrase(window: MainWindow, card: Path) -> UnlockDialog:
    """The unlock dialog for ``card``, the right passphrase typed and Open pressed."""
    dialog = window.open_path(card)
    assert dialog is not None
    dialog.passphrase.edit.setText(PASSPHRASE)
    dialog.open_button.click()
    return dialog


def _lock_let_go(card: Path) -> bool:
    """Whether the card's edit lock is free: it opens for writing here."""
    with open_card(card, passphrase=PASSPHRASE, writable=True) as again:
        return bool(again.versions)


def test_the_window_answers_while_the_passphrase_is_checked(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    card = _slow_card(tmp_path / "kaart.crisiskaart")
    dialog = window.open_path(card)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.passphrase.edit.setText(PASSPHRASE)
    beats: list[bool] = []
    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(lambda: beats.append(dialog.busy))
    heart.start()
    dialog.open_button.click()
    # while Argon2id runs on the worker: the dialog says so, takes no second attempt, Cancel works
    assert dialog.busy and dialog.opening.isVisibleTo(dialog) and not dialog.open_button.isEnabled()
    assert "met opzet langzaam" in dialog.opening.text()
    dialog.accept()  # Enter pressed again meanwhile: no second attempt
    qtbot.waitUntil(lambda: window.editor is not None, timeout=LOAD_MS)
    heart.stop()
    assert beats.count(True) >= 3  # the event loop went on while the card was being opened
    assert window.session is not None and window.session.path == card
    assert not dialog.isVisible()


def test_cancel_while_the_card_opens_opens_nothing_and_keeps_no_lock(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    card = _slow_card(tmp_path / "kaart.crisiskaart")
    dialog = window.open_path(card)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.passphrase.edit.setText(PASSPHRASE)
    dialog.open_button.click()
    assert dialog.busy
    dialog.reject()  # she changed her mind
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_MS)
    QApplication.processEvents()
    assert window.session is None and window.editor is None
    assert window.stack.currentWidget() is window.welcome
    assert _lock_let_go(card)


def test_the_lock_screen_checks_the_passphrase_beside_the_event_loop(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    card = _slow_card(tmp_path / "kaart.crisiskaart")
    _open_with_passphrase(window, card)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=LOAD_MS)
    window.lock()
    page = window.lock_page
    beats: list[bool] = []
    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(lambda: beats.append(page.busy))
    heart.start()
    page.passphrase.edit.setText("niet het goede")
    page.unlock_button.click()
    assert page.busy and not page.unlock_button.isEnabled() and page.checking.isVisibleTo(page)
    assert window.stack.currentWidget() is page  # nothing of the card before the check is done
    qtbot.waitUntil(lambda: not page.busy, timeout=LOAD_MS)
    assert window.locked and page.message.text() == "Dit wachtwoord klopt niet. Probeer het nog eens."
    page.passphrase.edit.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: not window.locked, timeout=LOAD_MS)
    heart.stop()
    assert beats.count(True) >= 3  # the window went on answering while Argon2id ran
    assert window.stack.currentWidget() is window.editor


def test_closing_the_window_while_the_card_opens_leaves_it_closed(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    card = _slow_card(tmp_path / "kaart.crisiskaart")
    dialog = _open_with_passphrase(window, card)
    assert dialog.busy
    window.close()  # Cmd+Q, or the session logging out
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_MS)
    QApplication.processEvents()
    assert window.session is None
    assert _lock_let_go(card)


def test_the_same_card_opened_again_right_after_a_cancel_opens(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    card = _slow_card(tmp_path / "kaart.crisiskaart")
    first = _open_with_passphrase(window, card)
    first.reject()  # she cancelled, and at once changed her mind
    assert window.unlock_dialog is None
    second = _open_with_passphrase(window, card)
    assert second.busy  # waits for the first attempt to let go of the card, then opens it
    qtbot.waitUntil(lambda: window.editor is not None, timeout=LOAD_MS)
    assert window.session is not None and window.session.path == card
    assert not second.message.isVisible()


def test_a_second_card_asked_for_replaces_the_first_dialog(qtbot, window: MainWindow, tmp_path: Path) -> None:
    card = _slow_card(tmp_path / "kaart.crisiskaart")
    other = _slow_card(tmp_path / "ander.crisiskaart")
    first = _open_with_passphrase(window, card)
    second = window.open_path(other)  # a card double-clicked in the Finder meanwhile
    assert second is not None and not first.isVisible() and window.unlock_dialog is second
    qtbot.waitUntil(lambda: not first.busy, timeout=LOAD_MS)
    QApplication.processEvents()
    assert window.session is None  # the first card was not opened behind the second dialog
    assert _lock_let_go(card)
    second.reject()
