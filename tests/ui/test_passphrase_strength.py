"""The new-card and new-profile dialogs judge the passphrase with zxcvbn, like the CLI: below score 3
nothing is created, and the reason is shown under the field (never in a pop-up)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from crisiskaart.store import TEST_KDF
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.workspace import CreateProfileDialog

STRONG = "paarse olifant danst op de maan"


def _new_card_dialog(qtbot, window: MainWindow, path: Path):
    window.new_card()
    dialog = window.new_card_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.location.setText(str(path))
    return dialog


def _type_twice(qtbot, dialog, passphrase: str) -> None:
    for field in (dialog.passphrase, dialog.repeat):
        field.edit.clear()
        qtbot.keyClicks(field.edit, passphrase)


def test_the_new_card_dialog_refuses_a_weak_passphrase_with_the_reason_under_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    card = tmp_path / "mijn.crisiskaart"
    dialog = _new_card_dialog(qtbot, window, card)
    assert dialog.strength.text() == "Kies een wachtwoord, bijvoorbeeld vier losse woorden."
    _type_twice(qtbot, dialog, "wachtwoord")
    assert dialog.match.text() == "✓ De wachtwoorden zijn gelijk."
    assert dialog.strength.isVisible()
    assert dialog.strength.text() == ("Zwak: dit is een veelgebruikt wachtwoord; maak het langer, "
                                      "bijvoorbeeld vier losse woorden.")
    assert dialog.passphrase.edit.accessibleDescription() == dialog.strength.text()
    assert not dialog.create_button.isEnabled()
    qtbot.keyClick(dialog.repeat.edit, Qt.Key.Key_Return)  # Enter does not get round the rule
    QApplication.processEvents()
    assert window.new_card_dialog is dialog and dialog.isVisible() and window.editor is None
    assert not card.exists()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

    _type_twice(qtbot, dialog, "qwerty")
    assert dialog.strength.text().startswith("Heel zwak: dit is een veelgebruikt wachtwoord")
    _type_twice(qtbot, dialog, "noor1990")  # score 2 is not enough either
    assert dialog.strength.text().startswith("Nog niet sterk genoeg: ")
    assert not dialog.create_button.isEnabled()

    _type_twice(qtbot, dialog, STRONG)
    assert dialog.strength.text() == "Heel sterk."
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert card.exists()


def test_the_file_name_counts_as_a_guess(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = _new_card_dialog(qtbot, window, tmp_path / "zeynepoostveen.crisiskaart")
    _type_twice(qtbot, dialog, "zeynepoostveen")
    assert not dialog.create_button.isEnabled()
    assert "je naam of een ander gegeven over jou" in dialog.strength.text()
    dialog.reject()


@pytest.mark.english
def test_the_reason_follows_the_interface_language(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = _new_card_dialog(qtbot, window, tmp_path / "card.crisiskaart")
    _type_twice(qtbot, dialog, "wachtwoord")
    assert dialog.strength.text() == ("Weak: this is a commonly used password; make it longer, "
                                      "for example four separate words.")
    dialog.reject()


def test_the_new_profile_dialog_refuses_a_weak_passphrase(qtbot, tmp_path: Path) -> None:
    create = CreateProfileDialog(tmp_path / "sam.profile", kdf=TEST_KDF)
    qtbot.addWidget(create)
    qtbot.keyClicks(create.name, "Sam de Vries")
    for passphrase in ("welkom123", "samdevries"):
        create.passphrase.setText(passphrase)
        create.again.setText(passphrase)
        create.accept()
        assert create.profile is None and not (tmp_path / "sam.profile").exists()
        assert create.message.text().endswith("maak het langer, bijvoorbeeld vier losse woorden.")
    assert create.message.text().startswith("Je naam of een ander gegeven over jou")
    create.passphrase.setText(STRONG)
    create.again.setText(STRONG)
    create.accept()
    qtbot.waitUntil(lambda: not create.busy)  # the profile is made beside the event loop
    assert create.profile is not None and (tmp_path / "sam.profile").exists()
