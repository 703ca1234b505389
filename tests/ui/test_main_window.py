"""The overview window, driven as a user would with pytest-qt (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crisiskaart.model import dump_plan_json, example_plan
from crisiskaart.ui.app import create_main_window
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.overview import SECTION_FIELDS


@pytest.fixture
def window(qtbot) -> MainWindow:
    window = create_main_window("nl", demo=True)
    qtbot.addWidget(window)
    window.show()
    return window


def test_demo_lists_every_section_in_plan_order(window: MainWindow) -> None:
    labels = [window.sections.item(row).text() for row in range(window.sections.count())]
    assert len(labels) == len(SECTION_FIELDS)
    assert labels[:3] == ["Persoonlijke gegevens", "Mijn crisis", "Signalen"]
    assert labels[-1] == "Eigen plan van aanpak"
    assert window.windowTitle() == "Noor Bakker — voorbeeld — crisiskaart"


def test_keyboard_moves_through_the_sections(window: MainWindow, qtbot) -> None:
    window.sections.setFocus()
    for _ in range(7):
        qtbot.keyClick(window.sections, Qt.Key.Key_Down)
    assert window.sections.currentItem().text() == "Contactpersonen"
    text = window.view.toPlainText()
    assert "Anna Bakker" in text and "Eerste contactpersoon" in text
    assert "Ook voor hulpdiensten" in text  # visibility in words, not only a colour


def test_user_text_is_shown_literally(qtbot, tmp_path: Path) -> None:
    plan = example_plan()
    plan.personal.full_name = "Jan <b>de</b> & Boer"
    plan.what_helps[0].text = "</p><script>x</script> blijf praten"
    card = tmp_path / "kaart.json"
    card.write_text(dump_plan_json(plan), encoding="utf-8")
    window = create_main_window("nl", file=card)
    qtbot.addWidget(window)
    window.sections.setCurrentRow(0)
    assert "Jan <b>de</b> & Boer" in window.view.toPlainText()
    window.sections.setCurrentRow(SECTION_FIELDS.index("what_helps"))
    assert "</p><script>x</script> blijf praten" in window.view.toPlainText()


def test_empty_section_says_so(qtbot, tmp_path: Path) -> None:
    card = tmp_path / "leeg.json"
    card.write_text('{"personal": {"full_name": "Noor"}}', encoding="utf-8")
    window = create_main_window("nl", file=card)
    qtbot.addWidget(window)
    window.sections.setCurrentRow(SECTION_FIELDS.index("signals"))
    assert "Hier staat nog niets." in window.view.toPlainText()


def test_invalid_file_gives_a_message_and_keeps_the_open_card(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown.append((title, text)))
    broken = tmp_path / "kapot.json"
    broken.write_text('{"personal": {"birth_date": "1990-02-30"}}', encoding="utf-8")
    assert window.open_file(str(broken)) is False
    (title, text), = shown
    assert title == "Kaart openen lukt niet"
    assert "‘1990-02-30’ is geen bestaande datum" in text
    assert window.plan is not None and window.plan.personal.full_name == "Noor Bakker"


@pytest.mark.english
def test_english_interface(qtbot) -> None:
    window = create_main_window("en", demo=True)
    qtbot.addWidget(window)
    assert window.sections.item(0).text() == "Personal details"
    assert window.menuBar().actions()[0].text() == "&File"
