"""A sync service left a conflict copy beside the card: the editor says so in its message bar, and
Kaart › Samenvoegen brings the two together (real files, the real dialogs answered by clicking)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import PASSPHRASE, field_input, lock_checked, saved_plan, unlock

from crisiskaart.cards import encode_plan, plan_summary, read_plan
from crisiskaart.model import CrisisPlan
from crisiskaart.store import TEST_KDF, create_profile, open_card
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.workspace import CaseloadWindow

ROOT = Path(__file__).resolve().parents[2]
SCREENS = Path(os.environ.get("CRISISKAART_ARTEFACTS", ROOT / "test-artefacts")) / "screens" / "sync-copies"
COPY_NAME = "kaart (conflict copy).crisiskaart"
PROFILE_PASSPHRASE = "ondersteuner wachtzin"


def _change(path: Path, edit: Callable[[CrisisPlan], None], *, later: bool = False, **credential) -> None:
    """One saved change, as the other computer made it (``later``: an hour after this one)."""
    clock = (lambda: dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)) if later else None
    extra = {"clock": clock} if clock else {}
    with open_card(path, writable=True, look_for_copies=False, **credential, **extra) as card:
        plan = read_plan(card)
        edit(plan)
        card.save_version(encode_plan(plan), summary=plan_summary(plan))


@pytest.fixture
def forked(make_card, tmp_path: Path) -> tuple[Path, Path]:
    """kaart.crisiskaart and its conflict copy, each with its own changes; both changed the name."""
    base = CrisisPlan()
    base.personal.full_name = "Noor Bakker"
    card = make_card(base)
    copy = tmp_path / COPY_NAME
    shutil.copyfile(card, copy)

    def ours(plan: CrisisPlan) -> None:
        plan.personal.preferred_name = "Noor"
        plan.personal.full_name = "Noor Bakker-Jansen"

    def theirs(plan: CrisisPlan) -> None:
        plan.personal.address.city = "Utrecht"
        plan.personal.full_name = "Noor de Vries"

    _change(card, ours, passphrase=PASSPHRASE)
    _change(copy, theirs, passphrase=PASSPHRASE, later=True)  # saved last: its name wins
    return card, copy


def _open(qtbot, window: MainWindow, card: Path) -> None:
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)


def _answer_merge(qtbot, window: MainWindow) -> None:
    """Click "Samenvoegen" in the question, as a person would."""
    flow = window.merge_flow
    assert flow is not None
    qtbot.waitUntil(lambda: flow.question is not None and flow.question.isVisible())
    question = flow.question
    assert question.text() == (f"Voeg de kopie “{COPY_NAME}” samen met deze kaart? "
                               "De andere kopie wordt bewaard als reservekopie.")
    assert question.button(QMessageBox.StandardButton.Cancel).text() == "Annuleren"
    qtbot.mouseClick(flow.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.merge_flow is None)


def test_the_editor_says_there_is_a_conflict_copy_and_merges_it(
    qtbot, window: MainWindow, forked: tuple[Path, Path], tmp_path: Path
) -> None:
    card, copy = forked
    _open(qtbot, window, card)
    bar = window.notice_bar
    assert bar.isVisible()
    assert bar.texts() == [f"Er is nog een kopie van deze kaart met eigen wijzigingen: {COPY_NAME}; voeg de "
                           "twee samen (Kaart › Samenvoegen, of crisiskaart merge)."]
    row = bar.rows[0]
    assert [button.text() for button in row.buttons] == ["Samenvoegen…"]
    assert window.merge_action.isEnabled() and window.merge_action.text() == "&Samenvoegen…"
    SCREENS.mkdir(parents=True, exist_ok=True)
    bar.grab().save(str(SCREENS / "notice-bar-fork.png"))
    window.grab().save(str(SCREENS / "editor-with-fork.png"))

    qtbot.mouseClick(row.buttons[0], Qt.MouseButton.LeftButton)  # the bar's button: same as the menu
    _answer_merge(qtbot, window)

    backup = tmp_path / "kaart.crisiskaart.kopie-1.bak"
    assert not copy.exists() and backup.exists()  # kept, never deleted
    merged = saved_plan(card, PASSPHRASE)
    assert merged.personal.preferred_name == "Noor"  # only in this copy
    assert merged.personal.address.city == "Utrecht"  # only in the other copy
    assert merged.personal.full_name == "Noor de Vries"  # both changed it: the later save wins
    with open_card(card, passphrase=PASSPHRASE, writable=False) as opened:
        assert len(opened.versions) == 3
        assert opened.latest.note.startswith("samengevoegd met een andere kopie")
    # The editor shows the merged plan, and goes on saving into it.
    assert field_input(window, "personal", "address", "city").text() == "Utrecht"  # type: ignore[attr-defined]
    assert not window.merge_action.isEnabled()
    assert bar.texts()[0] == (f"Samengevoegd met “{COPY_NAME}” in versie 3 (concept). De andere kopie is "
                              "bewaard als “kaart.crisiskaart.kopie-1.bak”. Op 1 plek zijn beide kopieën "
                              "anders veranderd.")
    bar.grab().save(str(SCREENS / "notice-bar-merged.png"))

    dialog = window.conflicts_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitExposed(dialog)
    assert dialog.rows() == [("Persoonlijke gegevens › Naam",
                              "Nu op de kaart (uit de andere kopie): Noor de Vries",
                              "Niet overgenomen (uit deze kopie): Noor Bakker-Jansen")]
    copy_button = dialog.items[0].copy_button
    assert copy_button is not None and copy_button.text() == "Kopiëren"
    qtbot.mouseClick(copy_button, Qt.MouseButton.LeftButton)  # to type it back in, if that was right
    assert QApplication.clipboard().text() == "Noor Bakker-Jansen"
    dialog.grab().save(str(SCREENS / "merge-conflicts.png"))

    window.lock()  # the list holds card content: it goes with the lock
    assert window.conflicts_dialog is None and not bar.isVisible()


def test_the_copy_with_its_own_passphrase_asks_for_it_in_the_unlock_dialog(
    qtbot, window: MainWindow, forked: tuple[Path, Path], tmp_path: Path
) -> None:
    card, copy = forked
    with open_card(copy, passphrase=PASSPHRASE, writable=True, look_for_copies=False) as other:
        other.change_passphrase("ander wachtwoord voor de kopie", kdf=TEST_KDF)  # on the other computer
    _open(qtbot, window, card)
    window.merge_action.trigger()
    flow = window.merge_flow
    assert flow is not None and flow.unlock_dialog is not None
    dialog = flow.unlock_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.passphrase.edit, "fout")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text().startswith("Dit wachtwoord klopt niet.")
    dialog.passphrase.edit.clear()
    qtbot.keyClicks(dialog.passphrase.edit, "ander wachtwoord voor de kopie")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    _answer_merge(qtbot, window)
    assert not copy.exists() and (tmp_path / "kaart.crisiskaart.kopie-1.bak").exists()
    assert saved_plan(card, PASSPHRASE).personal.address.city == "Utrecht"


def test_cancel_merges_nothing_and_a_locked_copy_is_said_calmly(
    qtbot, window: MainWindow, forked: tuple[Path, Path]
) -> None:
    card, copy = forked
    _open(qtbot, window, card)
    before = copy.read_bytes()
    flow = window.merge_copy()
    assert flow is not None
    qtbot.waitUntil(lambda: flow.question is not None and flow.question.isVisible())
    qtbot.mouseClick(flow.question.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.merge_flow is None)
    assert copy.read_bytes() == before and len(window.session.card.versions) == 2  # type: ignore[union-attr]
    flow = window.merge_copy()
    assert flow is not None
    qtbot.waitUntil(lambda: flow.question is not None and flow.question.isVisible())
    window.lock()  # walking away from the question is no yes
    qtbot.waitUntil(lambda: window.merge_flow is None)
    assert copy.read_bytes() == before and not window.merge_action.isEnabled()
    qtbot.keyClicks(window.lock_page.passphrase.edit, PASSPHRASE)
    window.lock_page.passphrase.edit.returnPressed.emit()
    lock_checked(qtbot, window)
    assert not window.locked and window.merge_action.isEnabled() and window.notice_bar.isVisible()
    with open_card(copy, passphrase=PASSPHRASE, writable=True, look_for_copies=False):  # open elsewhere
        window.merge_copy()
        qtbot.waitUntil(lambda: window.merge_flow is None)
    message = window.notice_bar.texts()[-1]
    assert message.startswith("Deze kaart is in dit programma al open om te bewerken, in een ander venster")


def test_a_newer_copy_is_offered_and_opens_with_the_same_passphrase(
    qtbot, window: MainWindow, make_card, tmp_path: Path
) -> None:
    card = make_card()
    newer = tmp_path / COPY_NAME
    shutil.copyfile(card, newer)
    _change(newer, lambda plan: setattr(plan.personal, "full_name", "Noor"), passphrase=PASSPHRASE)
    _open(qtbot, window, card)
    older, row = window.notice_bar.rows  # this computer saw version 2 when the copy was changed
    assert older.message.text.startswith("Dit is een oudere kopie van de kaart") and not older.buttons
    assert row.message.text.startswith(f"Er is een nieuwere kopie van deze kaart: {COPY_NAME} (versie 2)")
    assert [button.text() for button in row.buttons] == ["Open de nieuwere kopie"]
    assert not window.merge_action.isEnabled()  # nothing to merge: the copy has all of this one
    qtbot.mouseClick(row.buttons[0], Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.path == newer  # no second passphrase asked
    assert field_input(window, "personal", "full_name").text() == "Noor"  # type: ignore[attr-defined]
    assert window.notice_bar.texts() == []  # the older file beside it needs nothing


@pytest.mark.english
def test_the_notice_is_in_english_too(qtbot, window: MainWindow, forked: tuple[Path, Path]) -> None:
    card, _ = forked
    _open(qtbot, window, card)
    assert window.notice_bar.texts()[0].startswith(
        "There is another copy of this card with changes of its own")
    assert [b.text() for b in window.notice_bar.rows[0].buttons] == ["Merge…"]


def test_the_caseload_shows_one_row_and_opening_it_offers_the_merge(
    qtbot, window: MainWindow, forked: tuple[Path, Path], tmp_path: Path
) -> None:
    card, copy = forked
    profile_path = tmp_path / "sam.profiel"
    profile = create_profile(profile_path, PROFILE_PASSPHRASE, "Sam de Vries", "Cliëntenbelang", kdf=TEST_KDF)
    for path in (card, copy):  # the slot was added before the copies went apart, in real life
        with open_card(path, passphrase=PASSPHRASE, writable=True, look_for_copies=False) as opened:
            opened.add_ondersteuner(profile.recipient)
    caseload = window.show_caseload()
    assert isinstance(caseload, CaseloadWindow)
    qtbot.addWidget(caseload)
    caseload.profile_path = profile_path
    caseload.set_profile(profile)
    caseload.set_folder(tmp_path)
    caseload.wait_loaded()  # the folder is read on the loading thread
    assert caseload.model.rowCount() == 1
    status = caseload.model.index(0, 1).data()
    assert status == "Concept · twee versies: samenvoegen"
    caseload.resize(1100, 300)
    caseload.grab().save(str(SCREENS / "caseload-fork.png"))

    caseload.table.setCurrentIndex(caseload.proxy.index(0, 0))
    assert caseload.open_selected()  # what Enter on the row does
    assert window.session is not None and window.session.opened_by_ondersteuner
    assert window.notice_bar.rows[0].buttons[0].text() == "Samenvoegen…"
    qtbot.mouseClick(window.notice_bar.rows[0].buttons[0], Qt.MouseButton.LeftButton)
    _answer_merge(qtbot, window)  # the profile opened the copy: nothing asked but the question
    assert not copy.exists()
    assert caseload.model.rowCount() == 1 and caseload.model.index(0, 1).data() == "Concept"
    caseload.close()


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100pct", "200pct"])
def test_bar_and_conflict_list_fit_at_large_text(
    qtbot, qapp, make_card, tmp_path: Path, scale: float
) -> None:
    from PySide6.QtGui import QFont
    from test_accessibility_layout import clipped

    from crisiskaart.ui.settings import Settings

    base = CrisisPlan()
    base.personal.full_name = "Noor Bakker"
    card = make_card(base)
    copy = tmp_path / COPY_NAME
    shutil.copyfile(card, copy)
    long_text = ("Ik spreek Nederlands en Turks; praat rustig en in korte zinnen, en geef me tijd om "
                 "te antwoorden")

    def ours(plan: CrisisPlan) -> None:
        plan.personal.full_name, plan.personal.preferred_name = "Noor Bakker-Jansen", "Noor"
        plan.personal.language_and_communication = long_text
        plan.my_crisis.summary = "Ik trek me terug en slaap slecht."

    def theirs(plan: CrisisPlan) -> None:
        plan.personal.full_name, plan.personal.preferred_name = "Noor de Vries", "Noortje"
        plan.personal.language_and_communication = long_text.replace("Turks", "Arabisch")
        plan.my_crisis.summary = "Ik word onrustig, praat snel en eet weinig."

    _change(card, ours, passphrase=PASSPHRASE)
    _change(copy, theirs, passphrase=PASSPHRASE, later=True)
    original = QFont(qapp.font())
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * scale)
    qapp.setFont(font)
    window = MainWindow(Settings(tmp_path / "s.ini"), "nl")
    qtbot.addWidget(window)
    try:
        window.resize(900, 700)  # a small laptop screen: the sentence must wrap, not be cut off
        window.show()
        qtbot.waitExposed(window)
        _open(qtbot, window, card)
        qtbot.wait(100)  # wrapped texts settle their height in a few layout passes
        folder = SCREENS / f"{int(scale * 100)}pct"
        folder.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(folder / "editor-with-fork.png"))
        problems = {"bar": clipped(window.notice_bar)}
        window.merge_copy()
        _answer_merge(qtbot, window)
        dialog = window.conflicts_dialog
        assert dialog is not None and len(dialog.rows()) == 4
        qtbot.waitExposed(dialog)
        qtbot.wait(100)
        dialog.grab().save(str(folder / "merge-conflicts.png"))
        window.grab().save(str(folder / "editor-merged.png"))
        problems["merged bar"] = clipped(window.notice_bar)
        # The buttons move under the sentence rather than make the window wider than the screen.
        assert window.notice_bar.minimumSizeHint().width() < 900
        problems["conflicts"] = clipped(dialog)
        # Long texts are listed whole, never shortened: the person may want to put them back.
        assert any(row[2].endswith(long_text) for row in dialog.rows())
        assert {k: v for k, v in problems.items() if v} == {}
    finally:
        if window.session is not None:
            window.session.dirty = False
        window.close_card()
        qapp.setFont(original)


def test_two_copies_of_a_new_card_still_in_concept_are_merged(qtbot, window: MainWindow, make_card,
                                                             tmp_path: Path) -> None:
    """Client and ondersteuner each went on writing the first concept: no version in common, yet
    the same card, so the editor offers the merge and keeps what both wrote."""
    base = CrisisPlan()
    base.personal.full_name = "Noor Bakker"
    card = make_card(base)
    copy = tmp_path / COPY_NAME
    shutil.copyfile(card, copy)

    def amend(path: Path, edit: Callable[[CrisisPlan], None], **extra) -> None:
        with open_card(path, passphrase=PASSPHRASE, writable=True, look_for_copies=False, **extra) as opened:
            assert len(opened.versions) == 1
            plan = read_plan(opened)
            edit(plan)
            opened.amend_concept(encode_plan(plan), summary=plan_summary(plan))  # as autosave does

    amend(card, lambda plan: setattr(plan.personal, "preferred_name", "Noor"))
    amend(copy, lambda plan: setattr(plan.personal.address, "city", "Utrecht"),
          clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(hours=1))  # saved last
    _open(qtbot, window, card)
    assert window.notice_bar.texts()[0].startswith("Er is nog een kopie van deze kaart met eigen wijzigingen")
    assert window.merge_action.isEnabled()
    window.merge_copy()
    _answer_merge(qtbot, window)
    merged = saved_plan(card, PASSPHRASE)
    # No version in common: the copy saved last is kept whole; what only this copy had is listed.
    assert (merged.personal.full_name, merged.personal.preferred_name, merged.personal.address.city) == (
        "Noor Bakker", "", "Utrecht")
    dialog = window.conflicts_dialog
    assert dialog is not None
    assert ("Persoonlijke gegevens › Roepnaam", "Nu op de kaart (uit de andere kopie): leeg",
            "Niet overgenomen (uit deze kopie): Noor") in dialog.rows()
    assert (tmp_path / "kaart.crisiskaart.kopie-1.bak").exists() and not copy.exists()
