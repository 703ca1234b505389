"""A bug in the editor saves the card, says so calmly in one message, and its report holds nothing
of the card: real card files, a real exception raised in a Qt slot, the real dialogs clicked."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from ui_helpers import PASSPHRASE, field_input, saved_plan, unlock

from crisiskaart.model import CrisisPlan
from crisiskaart.model.sections import Contact, MyCrisis, PersonalData
from crisiskaart.ui import session as session_module
from crisiskaart.ui.crash import CrashGuard, Outcome, install_crash_guard
from crisiskaart.ui.crash.dialogs import CrashMessage, ReportDialog
from crisiskaart.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SCREENS = Path(os.environ.get("CRISISKAART_ARTEFACTS", ROOT / "test-artefacts")) / "screens" / "crash"

NAME = "Ørjan Kraaijeveld-Marker"
PHONE = "06-4471 9283"
FREE_TEXT = "Ik hoor stemmen als ik niet slaap (markertekst-Q4)"
TYPED = "Oortje-getypt-Z9"
FILE_MARKER = "kaartbestand-X3"  # in the card's file name only
CONTENT_MARKERS = (NAME, PHONE, "0644719283", FREE_TEXT, "markertekst-Q4", TYPED)


def _plan() -> CrisisPlan:
    return CrisisPlan(
        personal=PersonalData(full_name=NAME),
        my_crisis=MyCrisis(summary=FREE_TEXT),
        contacts=[Contact(name="Zus van " + NAME, phone=PHONE)],
    )


def _variants(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.lower().encode("utf-8"),
            marker.encode("utf-8").hex().encode()]


def _plaintext_found(*folders: Path) -> list[tuple[str, str]]:
    """Every (file, marker) where a file's name or bytes hold card text in the clear."""
    found = []
    for folder in folders:
        for file in folder.rglob("*"):
            if not file.is_file():
                continue
            data = file.read_bytes()
            for marker in CONTENT_MARKERS:
                if marker.lower() in str(file).lower() or any(v in data for v in _variants(marker)):
                    found.append((str(file), marker))
    return found


def _look_up_a_field_from_the_card(window: MainWindow, card: Path) -> None:
    """A bug as it could happen: card text ends up in a field path, and the lookup fails.

    Its locals and both exceptions' messages hold the name, the phone number and the file name.
    """
    assert window.session is not None
    plan = window.session.document.plan
    secret_name, secret_phone, file_name = plan.personal.full_name, plan.contacts[0].phone, card.name
    try:
        window.session.document.resolve(("personal", f"{secret_name} {secret_phone} {file_name}"))
    except AttributeError as error:
        raise LookupError(f"no field for {secret_name} in {card}") from error


def _crash_soon(window: MainWindow, card: Path) -> None:
    QTimer.singleShot(0, lambda: _look_up_a_field_from_the_card(window, card))


def _visible_messages() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.qt_no_exception_capture  # the guard is the exception hook under test
def test_a_crash_saves_the_card_shows_one_message_and_a_report_without_card_text(
    qtbot, window: MainWindow, make_card, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setattr(session_module, "AUTOSAVE_DELAY_MS", 600_000)  # only the crash saves
    card = make_card(_plan(), name=f"{FILE_MARKER}.crisiskaart")
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    preferred = field_input(window, "personal", "preferred_name")
    assert isinstance(preferred, QLineEdit)
    qtbot.keyClicks(preferred, TYPED)
    assert window.session is not None and window.session.dirty
    assert saved_plan(card, PASSPHRASE).personal.preferred_name == ""  # not saved yet

    guard = install_crash_guard(window, "nl")
    try:
        _crash_soon(window, card)
        qtbot.waitUntil(lambda: guard.message is not None and guard.message.isVisible())
        _crash_soon(window, card)  # the same bug again at once: no second window
        qtbot.waitUntil(lambda: guard.crashes == 2)
        qtbot.wait(50)
        assert _visible_messages() == [guard.message]

        # (a) The change is in the encrypted card, through the autosave's own path.
        assert saved_plan(card, PASSPHRASE).personal.preferred_name == TYPED
        assert not window.session.dirty
        # (b) One calm sentence that is true, and no traceback.
        message = guard.message
        assert isinstance(message, CrashMessage)
        assert message.text() == "Er ging iets mis in crisiskaart. Je kaart is bewaard."
        assert "Traceback" not in message.informativeText() and "Error" not in message.text()
        SCREENS.mkdir(parents=True, exist_ok=True)
        message.grab().save(str(SCREENS / "crash-message-saved.png"))

        # (c) The report, through the message's button.
        message.report_button.click()
        qtbot.waitUntil(lambda: guard.report_dialog is not None and guard.report_dialog.isVisible())
        assert guard.message is None and _visible_messages() == []
        dialog = guard.report_dialog
        assert isinstance(dialog, ReportDialog)
        dialog.grab().save(str(SCREENS / "crash-report.png"))
        report = dialog.text.toPlainText()
        assert "LookupError" in report and "caused by: AttributeError" in report
        assert "crisiskaart/ui/editor/document.py:" in report and "in PlanDocument.resolve" in report
        assert "in _look_up_a_field_from_the_card" in report and "test_crash_guard.py:" in report
        assert report.count("LookupError") == 2  # both crashes
        for marker in (*CONTENT_MARKERS, FILE_MARKER, "Kraaijeveld", "4471", "9283"):
            assert marker.lower() not in report.lower(), marker
        assert str(Path.home()) not in report and str(tmp_path) not in report
        assert not re.search(r"(^|[\s\"'])/\w", report, re.MULTILINE), "an absolute path in the report"
        assert "no field for" not in report and "has no attribute" not in report  # no messages
        dialog.copy_button.click()
        assert QApplication.clipboard().text() == report
        assert dialog.copied.text() == "Het rapport staat op het klembord."
        dialog.reject()
        qtbot.waitUntil(lambda: guard.report_dialog is None)

        # A third crash right after: the status bar says it, no window opens.
        qtbot.keyClicks(preferred, "!")
        _crash_soon(window, card)
        qtbot.waitUntil(lambda: guard.crashes == 3)
        qtbot.wait(50)
        assert _visible_messages() == [] and guard.report_dialog is None
        assert window.statusBar().currentMessage() == "Er ging weer iets mis. Je kaart is bewaard."
        assert saved_plan(card, PASSPHRASE).personal.preferred_name == TYPED + "!"
    finally:
        guard.uninstall()
    assert sys.excepthook != guard._excepthook
    # The program never wrote card text in the clear: not in the settings, not in a temp file.
    window.close_card()
    found = _plaintext_found(tmp_path, Path.home(), temp)
    assert found == []
    assert any(FILE_MARKER in f.name for f in tmp_path.rglob("*"))  # the search did see the card


@pytest.mark.qt_no_exception_capture
def test_a_failed_save_is_said_honestly(qtbot, window: MainWindow, make_card, monkeypatch) -> None:
    card = make_card(_plan(), name="kaart.crisiskaart")
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    qtbot.keyClicks(field_input(window, "personal", "preferred_name"), TYPED)

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)  # the disk, not our code, fails
    guard = install_crash_guard(window, "nl")
    try:
        _crash_soon(window, card)
        qtbot.waitUntil(lambda: guard.message is not None and guard.message.isVisible())
        message = guard.message
        assert message is not None
        assert message.text() == ("Er ging iets mis in crisiskaart. Je laatste wijzigingen zijn misschien "
                                  "niet bewaard.")
        assert "De kaart zelf is veilig" in message.informativeText()
        assert message.icon() == QMessageBox.Icon.Warning
        SCREENS.mkdir(parents=True, exist_ok=True)
        message.grab().save(str(SCREENS / "crash-message-not-saved.png"))
        message.ok_button.click()
        qtbot.waitUntil(lambda: guard.message is None)
    finally:
        guard.uninstall()
        monkeypatch.undo()
    assert saved_plan(card, PASSPHRASE).personal.preferred_name == ""  # the card as it was: intact
    assert window.close_card()  # the disk is back: closing saves


def test_the_guard_handles_a_crash_in_a_thread_on_the_gui_thread(qtbot, window: MainWindow) -> None:
    import threading

    guard = CrashGuard(window, "nl")
    guard.install()
    try:
        def work() -> None:
            raise ValueError(NAME)

        thread = threading.Thread(target=work)
        with qtbot.waitSignal(guard.crashed, timeout=5000) as crashed:
            thread.start()
            thread.join()
        assert crashed.args == [Outcome.NO_CARD]
        assert guard.message is not None and guard.message.text().endswith("dus er is niets verloren.")
        assert "ValueError" in guard.report_text() and NAME not in guard.report_text()
        guard.message.ok_button.click()
    finally:
        guard.uninstall()


NO_CARD_CRASH = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from crisiskaart.ui.app import run_editor

    SECRET = sys.argv[1]
    app = QApplication([])

    def crash():
        what_she_wrote = SECRET
        raise RuntimeError("could not show " + what_she_wrote)

    def answer():
        box = QApplication.activeModalWidget()
        print("message:", box.text(), flush=True)
        box.ok_button.click()

    def later():
        windows = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
        print("still running:", windows, flush=True)
        app.closeAllWindows()

    QTimer.singleShot(300, crash)
    QTimer.singleShot(1000, answer)
    QTimer.singleShot(1500, later)
    sys.exit(run_editor(language="nl"))
""")


def test_a_crash_with_no_card_open_is_told_calmly_and_the_editor_goes_on(tmp_path: Path) -> None:
    """The real start-up (``run_editor``) in its own process: the event loop continues after the
    message, the window stays, and stderr gets one line with the exception's type, no traceback."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-c", NO_CARD_CRASH, NAME], env=env, capture_output=True,
                            timeout=60, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert "message: Er ging iets mis in crisiskaart. Er was geen kaart open, dus er is niets verloren." \
        in result.stdout
    assert "still running: ['mainWindow']" in result.stdout
    assert "Traceback" not in result.stderr and NAME not in result.stderr
    assert "could not show" not in result.stderr
    assert "crisiskaart: unexpected error RuntimeError" in result.stderr


def test_the_example_card_is_never_saved_and_the_message_says_so(qtbot, window: MainWindow) -> None:
    window.open_example()
    qtbot.waitUntil(lambda: window.editor is not None)
    guard = install_crash_guard(window, "nl")
    try:
        try:
            window.session.document.resolve(("personal", window.session.document.plan.personal.full_name))
        except AttributeError:
            sys.excepthook(*sys.exc_info())  # as Python calls it for an exception nobody caught
        assert guard.message is not None
        assert "De voorbeeldkaart wordt nooit bewaard" in guard.message.text()
        guard.message.ok_button.click()
        qtbot.waitUntil(lambda: guard.message is None)
    finally:
        guard.uninstall()
