"""What the card cannot store (too long, a day that does not exist) stays on screen and is never
lost without asking: closing the card says which field it is and lets the person go back."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from ui_helpers import PASSPHRASE, field_input, saved_plan, unlock

from crisiskaart.model import example_plan
from crisiskaart.model.base import ITEM_TEXT_LENGTH
from crisiskaart.ui.main_window import MainWindow


def test_closing_asks_before_text_the_card_refused_is_lost(qtbot, window: MainWindow, make_card,
                                                          monkeypatch) -> None:
    card = make_card(example_plan())
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    summary = field_input(window, "my_crisis", "summary")
    assert isinstance(summary, QPlainTextEdit)
    too_long = "Ik word onrustig en slaap slecht. " * (ITEM_TEXT_LENGTH // 30)
    assert len(too_long) > ITEM_TEXT_LENGTH
    summary.setPlainText(too_long)  # as a paste arrives
    assert summary.toPlainText() == too_long  # still on screen
    asked: list[str] = []

    def keep_it_open(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", keep_it_open)
    assert not window.close_card()
    assert window.session is not None and summary.toPlainText() == too_long  # nothing lost
    assert len(asked) == 1 and "Mijn crisis in het kort" in asked[0] and "hoogstens 5000" in asked[0]

    summary.setPlainText("Ik word onrustig.")  # short enough: stored, nothing refused any more
    asked.clear()
    assert window.close_card()
    assert not asked
    assert saved_plan(card, PASSPHRASE).my_crisis.summary == "Ik word onrustig."


def test_a_day_that_does_not_exist_counts_as_refused_until_it_is_mended(qtbot, window: MainWindow,
                                                                       make_card, monkeypatch) -> None:
    unlock(qtbot, window, make_card(), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    birth = field_input(window, "personal", "birth_date")
    qtbot.keyClicks(birth, "31-02-1990")
    document = window.session.document  # type: ignore[union-attr]
    assert document.refused_inputs() == ["Geboortedatum: Deze dag bestaat niet. Kijk de dag en de maand na."]
    undone = document.undo_stack.count()
    birth.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(birth, "28-02-1990")
    assert document.refused_inputs() == []
    assert document.undo_stack.count() == undone + 1
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Cancel)
    assert window.close_card()  # nothing refused: closes without asking
