"""UI tests run with the Dutch translation installed, as the program does by default, with their
own settings file and cheap key-derivation parameters (the real ones are tested in tests/store)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import PASSPHRASE, answer_questions
from ui_printer_helpers import cups_printer, no_printer  # noqa: F401  fixtures of the printing tests

from crisiskaart.cards import encode_plan, plan_summary
from crisiskaart.model import CrisisPlan
from crisiskaart.store import TEST_KDF, create_card
from crisiskaart.ui import main_window
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.settings import Settings
from crisiskaart.ui.style import apply_style
from crisiskaart.ui.translations import install_translators


@pytest.fixture(autouse=True)
def _interface_language(request: pytest.FixtureRequest, qapp) -> Iterator[None]:
    english = request.node.get_closest_marker("english") is not None
    apply_style(qapp)  # as ui/app.py does once its window is on screen
    translators = install_translators(qapp, "en" if english else "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _questions_are_answered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A modal question (``QMessageBox.exec``) that no test answers would hang the suite, for
    instance when pytest-qt closes a window that still shows refused text: it is answered with its
    escape button ("Terug naar mijn kaart") and fails the test instead. ``answer_questions`` answers."""
    unanswered: list[str] = []

    def refuse(box: QMessageBox) -> int:
        unanswered.append(box.text())
        (box.escapeButton() or box.buttons()[-1]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    yield
    assert not unanswered, f"a question nobody answered: {unanswered}"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window, "NEW_CARD_KDF", TEST_KDF)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings" / "crisiskaart.ini")


@pytest.fixture
def window(qtbot, settings: Settings, request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    language = "en" if request.node.get_closest_marker("english") else "nl"
    window = MainWindow(settings, language)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.session is not None:
        window.session.document.undo_stack.clear()
        window.session.dirty = False
        with pytest.MonkeyPatch.context() as patch:  # refused text left on screen: close all the same
            answer_questions(patch, QMessageBox.StandardButton.Discard)
            assert window.close_card()  # a card left open would keep its keys and lock to the end


@pytest.fixture
def make_card(tmp_path: Path) -> Callable[..., Path]:
    """A card file on disk holding ``plan`` (default empty), protected by PASSPHRASE."""

    def make(plan: CrisisPlan | None = None, name: str = "kaart.crisiskaart") -> Path:
        plan = plan or CrisisPlan()
        path = tmp_path / name
        create_card(path, PASSPHRASE, encode_plan(plan), summary=plan_summary(plan), kdf=TEST_KDF).close()
        return path

    return make
