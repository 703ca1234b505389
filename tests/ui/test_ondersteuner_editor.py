"""An ondersteuner opens a client's card from the caseload into the editor, and locks it again."""

from __future__ import annotations

from pathlib import Path

from ui_helpers import PASSPHRASE, field_input, lock_checked

from crisiskaart.model import example_plan
from crisiskaart.store import TEST_KDF, create_profile, open_card
from crisiskaart.ui.main_window import MainWindow

PROFILE_PASSPHRASE = "ondersteuner wachtzin"


def test_open_from_the_caseload_edit_lock_and_unlock_with_the_profile(
    qtbot, window: MainWindow, make_card, tmp_path: Path
) -> None:
    profile_path = tmp_path / "sam.profiel"
    profile = create_profile(profile_path, PROFILE_PASSPHRASE, "Sam de Vries", "Cliëntenbelang", kdf=TEST_KDF)
    card = make_card(example_plan())
    with open_card(card, passphrase=PASSPHRASE, writable=True) as opened:
        opened.add_ondersteuner(profile.recipient)
    caseload = window.show_caseload()
    qtbot.addWidget(caseload)
    caseload.profile_path = profile_path
    caseload.set_profile(profile)
    caseload.set_folder(tmp_path)
    caseload.open_card_requested.emit(card, profile)  # what Enter on a row does (tested in workspace)
    assert window.session is not None and window.session.opened_by_ondersteuner
    assert field_input(window, "personal", "full_name").text() == "Noor Bakker"  # type: ignore[attr-defined]
    window.lock()
    assert window.locked and not window.lock_page.profile.isVisible()  # the profile is known
    qtbot.keyClicks(window.lock_page.passphrase.edit, PASSPHRASE)  # the client's: not this time
    window.lock_page.passphrase.edit.returnPressed.emit()
    lock_checked(qtbot, window)
    assert window.locked
    window.lock_page.passphrase.edit.clear()
    qtbot.keyClicks(window.lock_page.passphrase.edit, PROFILE_PASSPHRASE)
    window.lock_page.passphrase.edit.returnPressed.emit()
    lock_checked(qtbot, window)
    assert not window.locked
    caseload.close()
