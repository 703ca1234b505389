"""File dialogs start where the person was last: the card's folder, the export folder, the caseload
folder and the ondersteuner's profile, across a restart; the settings file holds paths only.
The real Qt file dialogs are answered by typing a path into them, as a person can."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit
from ui_helpers import PASSPHRASE, field_input

from crisiskaart.model import CrisisPlan
from crisiskaart.model.sections import Contact, MyCrisis, PersonalData
from crisiskaart.store import TEST_KDF, create_profile
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.settings import Settings
from crisiskaart.ui.workspace import UnlockProfileDialog

PROFILE_PASSPHRASE = "ondersteuner wachtzin"
MARKERS = ("Ørjan Plaatsentest", "06-5512 7730", "0655127730", "alleen-in-de-kaart-W2", "getypt-V8")


def _plan() -> CrisisPlan:
    return CrisisPlan(personal=PersonalData(full_name=MARKERS[0]),
                      my_crisis=MyCrisis(summary=MARKERS[3]),
                      contacts=[Contact(name="Buurvrouw", phone=MARKERS[1])])


def _when_dialog(kind: type, act: Callable[[QDialog], None]) -> list[QDialog]:
    """Answer the next modal dialog of ``kind`` as soon as it is up (the static file dialogs block)."""
    seen: list[QDialog] = []
    tries = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            tries[0] += 1
            if tries[0] < 300:
                QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, look)
    return seen


def _file_dialog(path: Path | None) -> list[str]:
    """The folder the next file dialog starts in; it is then given ``path`` (or cancelled)."""
    starts: list[str] = []

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        starts.append(dialog.directory().absolutePath())
        if path is None:
            dialog.reject()
            return
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setText(str(path))
        dialog.accept()

    _when_dialog(QFileDialog, act)
    return starts


def _profile_dialog(path: Path | None, passphrase: str = PROFILE_PASSPHRASE) -> list[str]:
    """The profile file the unlock dialog is filled in with; then it is unlocked (or cancelled)."""
    prefilled: list[str] = []

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockProfileDialog)
        prefilled.append(dialog.path.text())
        if path is None:
            dialog.reject()
            return
        dialog.path.setText(str(path))
        dialog.passphrase.setText(passphrase)
        dialog.accept()

    _when_dialog(UnlockProfileDialog, act)
    return prefilled


def test_dialogs_start_in_the_remembered_places_after_a_restart(
    qtbot, window: MainWindow, settings: Settings, make_card, tmp_path: Path
) -> None:
    cards = tmp_path / "usb-stick" / "kaarten"
    share = tmp_path / "netwerk" / "clienten"
    exports = tmp_path / "afdrukken"
    for folder in (cards, share, exports, tmp_path / "profiel"):
        folder.mkdir(parents=True)
    card = make_card(_plan(), name="usb-stick/kaarten/kaart.crisiskaart")
    profile = tmp_path / "profiel" / "sam.profile"
    create_profile(profile, PROFILE_PASSPHRASE, "Sam Ondersteuner", kdf=TEST_KDF)

    # The first time: the open dialog starts in the documents folder (here: the private home).
    starts = _file_dialog(card)
    window.choose_card()
    assert starts and Path(starts[0]) != cards
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.card_path == card
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.editor is not None)
    qtbot.keyClicks(field_input(window, "personal", "preferred_name"), MARKERS[4])
    # The caseload: unlock the profile, choose the folder, export the review list.
    caseload = window.show_caseload()
    assert caseload is not None and caseload.folder is None
    prefilled = _profile_dialog(profile)
    caseload.unlock.click()
    assert prefilled == [""] and caseload.profile is not None
    _file_dialog(share)
    caseload.choose_folder.click()
    assert caseload.folder == share
    _file_dialog(exports / "herzieningen.csv")
    caseload.export_button.click()
    assert (exports / "herzieningen.csv").exists()
    window.close()  # saves the card, closes the caseload, writes the settings

    again = MainWindow(Settings(settings.path), "nl")
    qtbot.addWidget(again)
    again.show()
    starts = _file_dialog(None)
    again.choose_card()
    assert starts == [str(cards)]
    unlock_dialog = again.open_path(card)
    assert unlock_dialog is not None
    # The profile the caseload was unlocked with is offered; the client's passphrase stays the choice.
    assert unlock_dialog.profile.text() == str(profile) and unlock_dialog.as_client.isChecked()
    unlock_dialog.reject()
    caseload = again.show_caseload()
    assert caseload is not None and caseload.folder == share
    prefilled = _profile_dialog(None)
    caseload.unlock.click()
    assert prefilled == [str(profile)]
    starts = _file_dialog(None)
    caseload.choose_folder.click()
    assert starts == [str(share)]
    starts = _file_dialog(None)
    caseload.export_button.click()
    assert starts == [str(exports)]
    caseload.close()
    again.close()

    text = settings.path.read_text("utf-8")
    for path in (cards, share, exports, profile):
        assert str(path) in text
    for marker in MARKERS:
        assert marker.lower() not in text.lower(), marker


def test_a_profile_that_opened_a_card_is_offered_next_time(
    qtbot, window: MainWindow, settings: Settings, make_card, tmp_path: Path
) -> None:
    from crisiskaart.store import open_card, open_profile

    card = make_card(_plan())
    profile = tmp_path / "sam.profile"
    created = create_profile(profile, PROFILE_PASSPHRASE, "Sam Ondersteuner", kdf=TEST_KDF)
    with open_card(card, passphrase=PASSPHRASE, writable=True) as opened:
        opened.add_ondersteuner(created.recipient)
    assert open_profile(profile, PROFILE_PASSPHRASE) is not None
    dialog = window.open_path(card)
    assert dialog is not None and dialog.profile.text() == ""
    dialog.as_ondersteuner.setChecked(True)
    dialog.profile.setText(str(profile))
    qtbot.keyClicks(dialog.passphrase.edit, PROFILE_PASSPHRASE)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.editor is not None)
    assert window.session is not None and window.session.opened_by_ondersteuner
    window.close_card()

    again = MainWindow(Settings(settings.path), "nl")
    qtbot.addWidget(again)
    dialog = again.open_path(card)
    assert dialog is not None and dialog.profile.text() == str(profile)
    dialog.reject()
    assert settings.last_card_folder == card.parent  # where the next card is looked for
