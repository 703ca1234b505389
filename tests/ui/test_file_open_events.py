"""A card the operating system hands to the running editor (macOS Finder) opens like any other."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from crisiskaart.model import CrisisPlan
from crisiskaart.ui.file_open_events import open_files_from_the_system
from crisiskaart.ui.main_window import MainWindow


def test_a_card_handed_over_by_the_system_asks_for_its_passphrase(
        qtbot, qapp, window: MainWindow, make_card: Callable[..., Path]) -> None:
    card = make_card(CrisisPlan())
    handler = open_files_from_the_system(window)
    try:
        accepted = QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(card)))
        assert accepted
        qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible())
        assert window.unlock_dialog is not None and window.unlock_dialog.card_path == card
        window.unlock_dialog.reject()
    finally:
        handler.stop()


def test_a_card_that_is_gone_is_said_calmly_and_nothing_opens(
        qtbot, qapp, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: told.append(text))
    handler = open_files_from_the_system(window)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "weg.crisiskaart")))
    finally:
        handler.stop()
    assert told and "weg.crisiskaart" in told[0]
    assert window.unlock_dialog is None or not window.unlock_dialog.isVisible()


HANDED_OVER = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFileOpenEvent
from crisiskaart.ui.app import start_editor
from crisiskaart.ui.app_events import application_events
from crisiskaart.ui.file_open_events import EditorApplication

started = start_editor(language="nl")
app, window = started.app, started.window
assert isinstance(app, EditorApplication)

def hand_over():
    assert QCoreApplication.sendEvent(app, QFileOpenEvent(sys.argv[1]))
    dialog = window.unlock_dialog
    events = application_events()
    print("dialog", dialog is not None and dialog.card_path == Path(sys.argv[1]))
    print("filter", bool(events is not None and events._installed))
    dialog.reject()
    app.quit()

QTimer.singleShot(0, hand_over)
app.exec()
"""


def test_the_editors_own_application_takes_the_card_without_any_filter(make_card, tmp_path: Path) -> None:
    """A card from the Finder, with the program's own application object: no application-wide filter."""
    import os
    import subprocess
    import sys

    card = make_card(CrisisPlan())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", HANDED_OVER, str(card)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[:2] == ["dialog True", "filter False"]
