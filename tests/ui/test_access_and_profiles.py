"""Kaart › Toegang and Ondersteuner › Profiel, driven through the real widgets on real card files.

The client gives an ondersteuner access with the .pub file (the fingerprint read aloud), takes it
away again, changes her passphrase and makes a noodblad; then she opens her card with the code
("Wachtwoord vergeten?") and chooses a new passphrase. Every question, cancelled, leaves the card
file byte for byte as it was. An ondersteuner sees the same page read-only; her profile is made,
exported and remembered across a restart. Qt's file dialogs and message boxes are answered as a
person does: a path typed into the dialog, a button clicked.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QLineEdit, QMessageBox, QWidget
from test_accessibility_layout import clipped
from ui_helpers import PASSPHRASE, field_input, lock_checked, saved_plan, unlock

from crisiskaart.model import example_plan
from crisiskaart.store import (
    TEST_KDF,
    NotARecipient,
    WrongPassphrase,
    WrongRecoveryCode,
    create_profile,
    fingerprint,
    open_card,
    open_profile,
    read_public_key,
)
from crisiskaart.ui.access.give_access import GiveAccessDialog
from crisiskaart.ui.access.new_passphrase import NewPassphraseDialog
from crisiskaart.ui.access.page import AccessDialog
from crisiskaart.ui.access.profile_page import ProfileDialog
from crisiskaart.ui.access.recovery_code_dialog import RecoveryCodeDialog
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.settings import Settings
from crisiskaart.ui.workspace import CreateProfileDialog, UnlockProfileDialog

PROFILE_PASSPHRASE = "ondersteuner wachtzin"
NEW_PASSPHRASE = "paarse olifant fietst langzaam"
SCREENS = Path("/tmp/crisiskaart-access")
SAM = ("Sam de Vries", "Cliëntenbelang")


# --- answering dialogs as a person does ----------------------------------------------------------
def _when_dialog(kind: type, act: Callable[[QDialog], None]) -> list[QDialog]:
    """Answer the next modal dialog of ``kind`` as soon as it is up (static file dialogs block)."""
    seen: list[QDialog] = []
    tries = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or dialog in seen:
            tries[0] += 1
            if tries[0] < 300:
                QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, look)
    return seen


def _file_dialog(*paths: Path | None) -> list[QFileDialog]:
    """The next file dialogs get ``paths`` typed in, one each (None: cancelled); returns them."""
    answered: list[QFileDialog] = []
    remaining = list(paths)

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        answered.append(dialog)
        answered[-1].suggested = dialog.findChild(QLineEdit, "fileNameEdit").text()  # type: ignore[attr-defined]
        answered[-1].caption = dialog.windowTitle()  # type: ignore[attr-defined]
        path = remaining.pop(0)
        if path is None:
            dialog.reject()
        else:
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
            dialog.accept()
        if remaining:
            _when_dialog(QFileDialog, act)

    _when_dialog(QFileDialog, act)
    return answered


def _open_as_client(qtbot, window: MainWindow, card: Path, passphrase: str = PASSPHRASE) -> None:
    unlock(qtbot, window, card, passphrase)
    qtbot.waitUntil(lambda: window.editor is not None)


def _access_page(qtbot, window: MainWindow) -> AccessDialog:
    assert window.access_action.isEnabled()
    window.access_action.trigger()
    return _shown(qtbot, window, AccessDialog)


def _shown(qtbot, window: MainWindow, kind: type[QDialog]) -> QDialog:
    """The dialog of ``kind`` now on screen (an earlier, closed one may not be deleted yet)."""
    pages = [page for page in window.findChildren(kind) if page.isVisible()]
    assert len(pages) == 1
    qtbot.waitExposed(pages[0])
    return pages[0]


def _save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENS / f"{name}.png"))


def _profile_action(window: MainWindow) -> QAction:
    action = window.findChild(QAction, "profileAction")
    assert action is not None and action.text() == "&Profiel…"
    return action


def _texts(root: QWidget, name: str) -> list[str]:
    QApplication.processEvents()  # labels added to a shown page appear at the next turn
    return [label.text() for label in root.findChildren(QLabel, name) if label.isVisibleTo(root)]


def _files(folder: Path) -> dict[str, bytes]:
    """Every file beside the card and its bytes (the card, its backups; not the edit lock)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith(".lock")}


def _type_into_card(qtbot, window: MainWindow, text: str) -> None:
    edit = field_input(window, "personal", "preferred_name")
    edit.setFocus()
    edit.selectAll()  # typed over what is there
    qtbot.keyClicks(edit, text)
    assert window.session is not None and window.session.flush()


@pytest.fixture
def card(make_card, tmp_path: Path) -> Path:
    folder = tmp_path / "kaarten"
    folder.mkdir()
    return make_card(example_plan(), name="kaarten/kaart.crisiskaart")


@pytest.fixture
def sam(tmp_path: Path) -> Path:
    """Sam's profile file; ``<profile>.pub`` beside it is what she gives the client."""
    path = tmp_path / "sam" / "sam.profiel"
    path.parent.mkdir()
    create_profile(path, PROFILE_PASSPHRASE, *SAM, kdf=TEST_KDF)
    return path


def _with_sam(card: Path, sam: Path) -> None:
    with open_card(card, passphrase=PASSPHRASE, writable=True) as opened:
        opened.add_ondersteuner(read_public_key(sam.with_name(sam.name + ".pub")))


# --- Toegang geven --------------------------------------------------------------------------------
def test_give_access_with_the_public_key_and_the_profile_opens_the_card(
    qtbot, window: MainWindow, card: Path, sam: Path
) -> None:
    public = sam.with_name(sam.name + ".pub")
    expected = fingerprint(read_public_key(public).public_key)
    _open_as_client(qtbot, window, card)
    page = _access_page(qtbot, window)
    assert page.client_line.text() == "Jij, met je wachtwoord."
    assert page.recovery_line.text() == "Herstelcode: nog niet gemaakt."
    assert _texts(page, "accessNoOndersteuner") == ["Nog geen ondersteuner heeft toegang."]
    assert page.key_line.text().startswith("De kaart is gemaakt op ")
    assert page.key_line.text().endswith("Sindsdien is niemand de toegang afgenomen, en zijn het wachtwoord "
                                         "en de herstelcode niet veranderd.")
    assert _texts(page, "accessEvent")[0].endswith("Noor Bakker (cliënt) maakte de kaart.")
    before = _files(card.parent)

    # Cancelled after choosing the key: nothing changes.
    dialog = page.give_access()
    assert isinstance(dialog, GiveAccessDialog)
    _file_dialog(public)
    dialog.choose.click()
    assert dialog.fingerprint.text() == expected
    assert dialog.who.text() == "Sleutel van Sam de Vries · Cliëntenbelang."
    assert dialog.read_aloud.text() == "Lees deze 16 tekens samen hardop voor:"
    assert dialog.fingerprint.font().pointSizeF() >= 2 * dialog.font().pointSizeF()
    assert dialog.fingerprint.width() >= dialog.fingerprint.sizeHint().width()  # never cut off
    assert not dialog.give_button.isEnabled()  # not before the characters were compared
    QApplication.processEvents()  # the dialog grows with the texts the key brought
    assert not clipped(dialog)  # the warning not to give access when the characters differ is whole
    dialog.set_public_key_file(card)  # a wrong file: why it cannot be used, whole as well
    QApplication.processEvents()
    assert dialog.recipient is None and not clipped(dialog)
    dialog.set_public_key_file(public)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert _files(card.parent) == before

    # Compared and given.
    dialog = page.give_access()
    assert dialog is not None
    _file_dialog(public)
    dialog.choose.click()
    dialog.same.click()
    assert dialog.give_button.isEnabled()
    dialog.give_button.click()
    assert not dialog.isVisible()
    assert page.status.text() == "Sam de Vries kan je kaart nu openen met een eigen sleutel."
    assert list(page.remove_buttons) == ["Sam de Vries"]
    row = page.findChild(QWidget, "accessOndersteuner")
    assert row is not None
    assert f"Vingerafdruk: {expected}" in [label.text() for label in row.findChildren(QLabel)]
    assert _texts(page, "accessEvent")[0].endswith(
        f"Noor Bakker (cliënt) gaf Sam de Vries (Cliëntenbelang) toegang (vingerafdruk {expected}).")
    page.close()

    # The session goes on saving into the rewritten file.
    _type_into_card(qtbot, window, "Noortje")
    assert saved_plan(card, PASSPHRASE).personal.preferred_name == "Noortje"
    window.close_card()

    # Sam opens the card with her profile, in the editor.
    dialog = window.open_path(card)
    assert dialog is not None
    dialog.as_ondersteuner.setChecked(True)
    assert not dialog.forgot.isVisible()  # a profile's passphrase has no herstelcode
    dialog.profile.setText(str(sam))
    qtbot.keyClicks(dialog.passphrase.edit, PROFILE_PASSPHRASE)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.editor is not None)
    assert window.session is not None and window.session.opened_by_ondersteuner
    assert field_input(window, "personal", "preferred_name").text() == "Noortje"  # type: ignore[attr-defined]

    # She sees the same page, read-only.
    page = _access_page(qtbot, window)
    assert _texts(page, "accessReadOnly") == [
        "Alleen de cliënt kan veranderen wie deze kaart kan openen. Hier zie je wie toegang heeft."]
    assert page.client_line.text() == "De cliënt, met het wachtwoord van de kaart."
    for button in (page.passphrase_button, page.noodblad_button, page.give_button):
        assert not button.isVisibleTo(page)
    assert page.remove_buttons == {}
    assert page.give_access() is None and page.change_passphrase() is None and page.make_noodblad() is None
    assert _texts(page, "accessEvent")[0].endswith("gaf Sam de Vries (Cliëntenbelang) toegang "
                                                   f"(vingerafdruk {expected}).")
    page.close()
    # The profile she unlocked for the card is kept: the caseload does not ask again.
    caseload = window.show_caseload()
    assert caseload is not None and caseload.profile is not None and caseload.profile.name == "Sam de Vries"
    caseload.close()


# --- Toegang afnemen ------------------------------------------------------------------------------
def test_take_access_away_and_the_profile_no_longer_opens_the_card(
    qtbot, window: MainWindow, card: Path, sam: Path
) -> None:
    _with_sam(card, sam)
    _open_as_client(qtbot, window, card)
    _type_into_card(qtbot, window, "Noortje")  # the first save keeps the card as it was: a backup
    backup = card.with_name(card.name + ".1.bak")
    assert backup.exists()
    page = _access_page(qtbot, window)
    before = _files(card.parent)

    question = page.remove_access(read_public_key(sam.with_name(sam.name + ".pub")))
    assert question is not None and page.question is question
    assert question.text().startswith("Wil je Sam de Vries de toegang afnemen?")
    assert "nieuwe sleutel" in question.text() and "reservekopieën" in question.text()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert page.status.text() == "Er is niets veranderd."
    assert _files(card.parent) == before
    with open_card(card, profile=open_profile(sam, PROFILE_PASSPHRASE), writable=False):
        pass  # still hers

    page.remove_buttons["Sam de Vries"].click()
    assert page.question is not None
    page.question.yes_button.click()  # type: ignore[attr-defined]
    assert page.status.text() == "Sam de Vries heeft geen toegang meer. Je kaart heeft een nieuwe sleutel."
    assert _texts(page, "accessNoOndersteuner") == ["Nog geen ondersteuner heeft toegang."]
    assert page.key_line.text().startswith("De toegang is voor het laatst veranderd op ")
    assert "Wat daarna is bewaard, opent alleen voor wie nu toegang heeft." in page.key_line.text()
    latest = _texts(page, "accessEvent")[0]
    assert "nam Sam de Vries (Cliëntenbelang) de toegang af (nieuwe sleutel)" in latest
    assert not backup.exists()  # it still opened with her key
    with pytest.raises(NotARecipient):
        open_card(card, profile=open_profile(sam, PROFILE_PASSPHRASE), writable=False)
    page.close()
    _type_into_card(qtbot, window, "Noor B.")
    assert saved_plan(card, PASSPHRASE).personal.preferred_name == "Noor B."


# --- Wachtwoord veranderen ------------------------------------------------------------------------
def test_change_the_passphrase_old_one_fails_new_one_opens(qtbot, window: MainWindow, card: Path) -> None:
    _open_as_client(qtbot, window, card)
    page = _access_page(qtbot, window)
    before = _files(card.parent)
    dialog = page.change_passphrase()
    assert isinstance(dialog, NewPassphraseDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase.edit, "noor bakker")
    # The client's name from the card is easy to guess, and the reason is said under the field.
    assert dialog.strength.text().startswith("Heel zwak: je naam of een ander gegeven over jou")
    assert not dialog.confirm_button.isEnabled()
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert _files(card.parent) == before

    dialog = page.change_passphrase()
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase.edit, NEW_PASSPHRASE)
    assert dialog.strength.text() in ("Sterk.", "Heel sterk.")
    qtbot.keyClicks(dialog.repeat.edit, NEW_PASSPHRASE)
    assert dialog.match.text() == "✓ De wachtwoorden zijn gelijk."
    dialog.confirm_button.click()
    assert not dialog.isVisible()
    assert page.status.text() == "Je wachtwoord is veranderd. Gebruik vanaf nu het nieuwe wachtwoord."
    assert "veranderde het wachtwoord (nieuwe sleutel)" in _texts(page, "accessEvent")[0]
    page.close()
    with pytest.raises(WrongPassphrase):
        open_card(card, passphrase=PASSPHRASE, writable=False)
    open_card(card, passphrase=NEW_PASSPHRASE, writable=False).close()
    # The lock screen knows the new one too; the card keeps saving.
    window.lock()
    qtbot.keyClicks(window.lock_page.passphrase.edit, NEW_PASSPHRASE)
    window.lock_page.passphrase.edit.returnPressed.emit()
    lock_checked(qtbot, window)
    assert not window.locked
    _type_into_card(qtbot, window, "Noortje")
    assert saved_plan(card, NEW_PASSPHRASE).personal.preferred_name == "Noortje"


# --- Noodblad maken, and "Wachtwoord vergeten?" ---------------------------------------------------
def _make_noodblad(qtbot, page: AccessDialog, *answers: Path | None) -> list[QFileDialog]:
    flow = page.make_noodblad()
    assert flow is not None and flow.question is not None
    answered = _file_dialog(*answers)
    flow.question.yes_button.click()  # type: ignore[attr-defined]
    return answered


def _code_on(pdf: Path) -> str:
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    groups = re.findall(r"\b[0-9A-Z]{4}\b", text)
    assert len(groups) >= 8
    return "-".join(groups[:8])


def test_noodblad_then_open_with_the_code_and_choose_a_new_passphrase(
    qtbot, window: MainWindow, card: Path, tmp_path: Path
) -> None:
    sheets = tmp_path / "papieren"
    sheets.mkdir()
    _open_as_client(qtbot, window, card)
    page = _access_page(qtbot, window)
    before = _files(card.parent)

    # Cancelled at the question, then at the save dialog: nothing changes either time.
    flow = page.make_noodblad()
    assert flow is not None and flow.question is not None
    question = flow.question.text()
    assert "Eerst bewaar je het noodblad als pdf-bestand. Pas daarna werkt de nieuwe code." in question
    flow.question.button(QMessageBox.StandardButton.Cancel).click()
    assert _files(card.parent) == before and page.noodblad is None
    answered = _make_noodblad(qtbot, page, None)
    assert page.status.text() == "Er is niets veranderd: het noodblad is niet bewaard."
    assert _files(card.parent) == before
    suggested = answered[0].suggested  # type: ignore[attr-defined]
    assert re.fullmatch(r"noodblad-\d{4}-\d{2}-\d{2}\.pdf", suggested), suggested
    assert "noor" not in suggested.lower() and "bakker" not in suggested.lower()

    # An existing file is never written over: the dialog asks for another name.
    old_sheet = sheets / "noodblad.pdf"
    old_sheet.write_bytes(b"het oude noodblad")
    answered = _make_noodblad(qtbot, page, old_sheet, sheets / "nieuw-noodblad.pdf")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RecoveryCodeDialog))
    assert len(answered) == 2 and "al een bestand" in answered[1].caption  # type: ignore[attr-defined]
    assert old_sheet.read_bytes() == b"het oude noodblad"
    shown = QApplication.activeModalWidget()
    assert isinstance(shown, RecoveryCodeDialog)
    code = _code_on(sheets / "nieuw-noodblad.pdf")
    assert shown.code.text().split() == code.split("-")  # on screen, in its groups
    assert shown.code.font().pointSizeF() >= 1.8 * shown.font().pointSizeF()
    assert shown.findChild(QLabel, "recoveryReplaced") is None  # there was no earlier code
    _save(shown, "recovery-code-after-noodblad")
    shown.done_button.click()
    assert shown.code.text() == ""  # shown once
    assert page.recovery_line.text().startswith("Herstelcode: gemaakt op ")
    assert "maakte een nieuwe herstelcode (nieuwe sleutel)" in _texts(page, "accessEvent")[0]
    page.close()
    _type_into_card(qtbot, window, "Noortje")
    window.close_card()

    # Forgotten passphrase: the code, typed sloppily, opens the card; a new passphrase at once.
    dialog = window.open_path(card)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.forgot.isVisible() and dialog.forgot.text() == "Wachtwoord &vergeten?"
    dialog.forgot.click()
    assert dialog.code.isVisible() and not dialog.passphrase.isVisible()
    qtbot.keyClicks(dialog.code, "ABCD")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "niet compleet" in dialog.message.text() and window.editor is None
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, " " + code.lower().replace("-", " - ").replace("0", "o") + " ")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.editor is not None)
    assert window.session is not None and not window.session.opened_by_ondersteuner
    assert field_input(window, "personal", "preferred_name").text() == "Noortje"  # type: ignore[attr-defined]
    asked = window.findChild(NewPassphraseDialog, "recoveryPassphraseDialog")
    assert asked is not None and asked.isVisible()
    assert asked.intro.text().startswith("Je hebt je kaart geopend met je herstelcode. Kies nu een nieuw "
                                         "wachtwoord.")
    _save(asked, "recovery-new-passphrase")
    qtbot.keyClicks(asked.passphrase.edit, NEW_PASSPHRASE)
    qtbot.keyClicks(asked.repeat.edit, NEW_PASSPHRASE)
    asked.confirm_button.click()
    assert not asked.isVisible()
    with pytest.raises(WrongPassphrase):
        open_card(card, passphrase=PASSPHRASE, writable=False)
    open_card(card, passphrase=NEW_PASSPHRASE, writable=False).close()
    open_card(card, recovery_code=code, writable=False).close()  # the herstelcode keeps working

    # A second noodblad: the first code stops working, and the page says so.
    page = _access_page(qtbot, window)
    _make_noodblad(qtbot, page, sheets / "noodblad-2.pdf")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), RecoveryCodeDialog))
    shown = QApplication.activeModalWidget()
    assert isinstance(shown, RecoveryCodeDialog)
    assert shown.replaced.text() == "Je vorige herstelcode werkt niet meer. Vernietig het oude noodblad."
    shown.done_button.click()
    page.close()
    with pytest.raises(WrongRecoveryCode):
        open_card(card, recovery_code=code, writable=False)
    open_card(card, recovery_code=_code_on(sheets / "noodblad-2.pdf"), writable=False).close()


def test_the_lock_screen_takes_the_herstelcode_when_the_passphrase_is_forgotten(
    qtbot, window: MainWindow, card: Path
) -> None:
    with open_card(card, passphrase=PASSPHRASE, writable=True) as opened:
        code = opened.make_recovery_code().text
    _open_as_client(qtbot, window, card)
    window.lock()
    assert window.lock_page.forgot.isVisible()
    forgot = "Wachtwoord vergeten? Typ dan in het veld de herstelcode van je noodblad."
    assert window.lock_page.forgot.text() == forgot
    qtbot.keyClicks(window.lock_page.passphrase.edit, "vergeten")
    window.lock_page.passphrase.edit.returnPressed.emit()
    lock_checked(qtbot, window)
    assert window.locked
    assert window.lock_page.message.text() == "Dit wachtwoord klopt niet. Probeer het nog eens."
    window.lock_page.passphrase.edit.clear()
    qtbot.keyClicks(window.lock_page.passphrase.edit, code.lower())
    window.lock_page.passphrase.edit.returnPressed.emit()
    lock_checked(qtbot, window)
    assert not window.locked
    from crisiskaart.ui.access.new_passphrase import NewPassphraseDialog

    qtbot.waitUntil(lambda: window.findChild(NewPassphraseDialog) is not None)  # as the Open dialog does
    asked = window.findChild(NewPassphraseDialog)
    assert asked is not None and asked.isVisible()
    asked.reject()


def test_locking_closes_the_access_page_and_what_it_has_open(qtbot, window: MainWindow, card: Path) -> None:
    _open_as_client(qtbot, window, card)
    page = _access_page(qtbot, window)
    dialog = page.change_passphrase()
    assert dialog is not None
    window.lock()
    qtbot.waitUntil(lambda: not page.isVisible() and not dialog.isVisible())
    assert window.locked


# --- Ondersteuner › Profiel -----------------------------------------------------------------------
def test_make_a_profile_save_the_public_key_and_it_is_remembered_after_a_restart(
    qtbot, window: MainWindow, settings: Settings, card: Path, tmp_path: Path
) -> None:
    profile = tmp_path / "werk" / "profiel" / "sam.profiel"  # the folder does not exist yet
    usb = tmp_path / "usb"
    usb.mkdir()
    _profile_action(window).trigger()
    page = _shown(qtbot, window, ProfileDialog)
    assert page.state.text().startswith("Er is nog geen profiel op deze computer.")
    assert not page.export_button.isVisibleTo(page)
    page.create_button.click()
    create = page.create_dialog
    assert isinstance(create, CreateProfileDialog)
    create.name.setText(SAM[0])
    create.organisation.setText(SAM[1])
    create.path.setText(str(profile))
    create.passphrase.setText(PROFILE_PASSPHRASE)
    create.again.setText(PROFILE_PASSPHRASE)
    create.buttons.button(create.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not create.busy)  # the profile is made beside the event loop
    assert page.create_dialog is None and profile.exists()
    kept = window.profile_keeper.profile
    assert kept is not None and kept.name == SAM[0]
    assert page.fingerprint.text() == fingerprint(kept.public_key)
    assert page.fingerprint.isVisibleTo(page)
    assert page.fingerprint.width() >= page.fingerprint.sizeHint().width()
    qtbot.waitUntil(lambda: page.export_button.isVisible())
    _save(page, "profile-unlocked")
    assert not clipped(page)
    intro, button = page.export_intro.geometry(), page.export_button.geometry()
    assert intro.bottom() < button.top()  # the .pub explanation never runs into its buttons

    answered = _file_dialog(usb / "sam.pub")
    page.export_button.click()
    assert answered[0].suggested == "sam.profiel.pub"  # type: ignore[attr-defined]
    assert read_public_key(usb / "sam.pub") == kept.recipient
    assert "usb" in page.status.text() and page.status.text().startswith("Je openbare sleutel is bewaard als")
    # The caseload takes the profile unlocked here; choosing its folder is remembered.
    caseload = window.show_caseload()
    assert caseload is not None and caseload.profile is kept
    _file_dialog(card.parent)
    caseload.choose_folder.click()
    assert [entry.path for entry in caseload.entries()] == [card]
    page.close()
    window.close()

    again = MainWindow(Settings(settings.path), "nl")
    qtbot.addWidget(again)
    again.show()
    assert again.profile_keeper.profile is None  # the key is not kept across runs, the path is
    _profile_action(again).trigger()
    page = _shown(qtbot, again, ProfileDialog)
    assert str(profile) in page.state.text()
    unlock_dialog = page.unlock()
    assert unlock_dialog.path.text() == str(profile)
    unlock_dialog.passphrase.setText(PROFILE_PASSPHRASE)
    unlock_dialog.buttons.button(unlock_dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not unlock_dialog.busy)
    assert again.profile_keeper.profile is not None and page.status.text() == "Je profiel is ontgrendeld."
    page.close()
    caseload = again.show_caseload()
    assert caseload is not None and caseload.folder == card.parent
    assert caseload.profile is again.profile_keeper.profile  # no second unlock
    opening = again.open_path(card)
    assert opening is not None and opening.profile.text() == str(profile)
    opening.reject()
    caseload.close()
    again.close()


def test_a_profile_unlocked_in_the_caseload_is_kept_for_the_profile_page(
    qtbot, window: MainWindow, sam: Path
) -> None:
    caseload = window.show_caseload()
    assert caseload is not None

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockProfileDialog)
        dialog.path.setText(str(sam))
        dialog.passphrase.setText(PROFILE_PASSPHRASE)
        dialog.accept()

    _when_dialog(UnlockProfileDialog, answer)
    caseload.unlock.click()
    assert window.profile_keeper.profile is caseload.profile and window.profile_keeper.path == sam
    caseload.close()


# --- how the new dialogs look ---------------------------------------------------------------------
@pytest.fixture(params=[1.0, 1.5], ids=["100pct", "150pct"])
def scaled(request, qtbot, qapp, tmp_path: Path) -> Iterator[tuple[MainWindow, float]]:
    original = QFont(qapp.font())
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * request.param)
    qapp.setFont(font)
    window = MainWindow(Settings(tmp_path / "s.ini"), "nl")
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    yield window, request.param
    window.close_card()
    qapp.setFont(original)


def _photo(widget: QWidget, name: str, scale: float, problems: dict[str, list[str]]) -> None:
    _save(widget, f"{name}-{int(scale * 100)}pct")
    problems[name] = clipped(widget)
    for big in widget.findChildren(QLabel):
        large = big.objectName() in ("giveAccessFingerprint", "profileFingerprint", "recoveryCode")
        if large and big.isVisible() and big.width() < big.sizeHint().width():
            problems[name].append(f"{big.objectName()} cut off: {big.width()} < {big.sizeHint().width()}")


def test_the_new_dialogs_are_photographed_and_nothing_is_clipped(
    scaled, qtbot, make_card, sam: Path, tmp_path: Path
) -> None:
    from crisiskaart.store import new_recovery_code
    from crisiskaart.ui.access.profile_page import show_profile

    window, scale = scaled
    card = make_card(example_plan())
    _with_sam(card, sam)
    with open_card(card, passphrase=PASSPHRASE, writable=True) as opened:
        opened.make_recovery_code()
    problems: dict[str, list[str]] = {}
    dialog = window.open_path(card)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.forgot.click()
    _photo(dialog, "unlock-recovery-code", scale, problems)
    dialog.use_recovery_code(False)
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.editor is not None)
    page = _access_page(qtbot, window)
    _photo(page, "access", scale, problems)
    give = page.give_access()
    assert give is not None
    give.set_public_key_file(sam.with_name(sam.name + ".pub"))
    give.same.setChecked(True)
    _photo(give, "give-access", scale, problems)
    give.reject()
    change = page.change_passphrase()
    assert change is not None
    qtbot.keyClicks(change.passphrase.edit, "wachtwoord")
    _photo(change, "change-passphrase", scale, problems)
    change.reject()
    question = page.remove_access(read_public_key(sam.with_name(sam.name + ".pub")))
    assert question is not None
    _photo(question, "take-access-away", scale, problems)
    question.reject()
    code = RecoveryCodeDialog(new_recovery_code().groups, tmp_path / "noodblad-2026-12-01.pdf", replaced=True,
                              parent=page)
    code.open()
    _photo(code, "recovery-code", scale, problems)
    code.reject()
    page.close()
    window.profile_keeper.keep(sam, open_profile(sam, PROFILE_PASSPHRASE))
    profile_page = show_profile(window, window.profile_keeper)
    _photo(profile_page, "profile", scale, problems)
    profile_page.close()
    assert {name: found for name, found in problems.items() if found} == {}
