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
