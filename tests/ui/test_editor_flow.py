"""The whole way through the editor with real widgets, real encrypted files and real typing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from ui_helpers import PASSPHRASE, UNLOCK_MS, field_input, record_list, saved_plan, unlock

from crisiskaart.model import CrisisPlan, Visibility, example_plan
from crisiskaart.ui.editor.fields import VisibilityBox
from crisiskaart.ui.main_window import MainWindow


def _create_card(qtbot, window: MainWindow, path: Path) -> None:
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    dialog = window.new_card_dialog
    assert dialog is not None
    dialog.location.setText(str(path))
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    assert dialog.strength.text() != ""
    assert not dialog.create_button.isEnabled()  # not repeated yet
    qtbot.keyClicks(dialog.repeat.edit, PASSPHRASE)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor is not None)


def test_type_a_card_save_close_and_reopen_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    card = tmp_path / "mijn.crisiskaart"
    _create_card(qtbot, window, card)
    editor = window.editor
    assert editor is not None and editor.views.currentWidget() is editor.guided  # new card: guided
    # Guided: the first question is the name; the input has the focus.
    assert editor.guided.index == 0
    qtbot.keyClicks(editor.guided._inputs()[0], "Noor Bakker")
    qtbot.mouseClick(editor.guided.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.guided.next, Qt.MouseButton.LeftButton)  # skip the preferred name
    qtbot.keyClicks(editor.guided._inputs()[0], "12-06-1988")
    # Overview: the rest, section by section.
    editor.set_mode(editor.OVERVIEW)
    editor.show_section("my_crisis")
    qtbot.keyClicks(field_input(window, "my_crisis", "summary"), "Ik hoor stemmen en word bang.")
    editor.show_section("what_helps")
    helps = record_list(window, "what_helps", "what_helps")
    qtbot.mouseClick(helps.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(helps.rows[0].fields[0].input, "Praat rustig tegen me")
    editor.show_section("contacts")
    contacts = record_list(window, "contacts", "contacts")
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    row = contacts.rows[0]
    qtbot.keyClicks(row.fields[0].input, "Anna Bakker")
    qtbot.keyClicks(row.fields[1].input, "zus")
    qtbot.keyClicks(row.fields[2].input, "06 0000 0101")
    assert row.visibility is not None
    row.visibility.setCurrentIndex(row.visibility.findData(Visibility.RESPONDERS))
    row.visibility.activated.emit(row.visibility.currentIndex())
    editor.show_section("management")
    qtbot.keyClicks(field_input(window, "management", "valid_until"), "01-10-2027")
    # Ctrl+S saves at once; closing saves too.
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.close_card()
    assert window.session is None and window.stack.currentWidget() is window.welcome

    plan = saved_plan(card, PASSPHRASE)
    assert plan.personal.full_name == "Noor Bakker"
    assert plan.personal.birth_date == dt.date(1988, 6, 12)
    assert plan.my_crisis.summary == "Ik hoor stemmen en word bang."
    assert [i.text for i in plan.what_helps] == ["Praat rustig tegen me"]
    assert plan.what_helps[0].visibility is Visibility.RESPONDERS  # the list's default
    assert (plan.contacts[0].name, plan.contacts[0].relation, plan.contacts[0].phone) == \
        ("Anna Bakker", "zus", "06 0000 0101")
    assert plan.contacts[0].visibility is Visibility.RESPONDERS
    assert plan.management.valid_until == dt.date(2027, 10, 1)

    # Reopen in the editor with the passphrase: everything is back.
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert field_input(window, "personal", "full_name").text() == "Noor Bakker"  # type: ignore[attr-defined]
    assert card.resolve() in [p.resolve() for p in window.settings.recent_files]


def test_wrong_passphrase_is_said_calmly_and_can_be_retried(
    qtbot, window: MainWindow, make_card
) -> None:
    card = make_card(example_plan())
    dialog = unlock(qtbot, window, card, "niet goed")
    assert dialog.isVisible() and window.editor is None
    assert "klopt niet" in dialog.message.text() and "Caps Lock" in dialog.message.text()
    dialog.passphrase.edit.clear()
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert not dialog.isVisible()


@pytest.mark.parametrize("damage", ["truncated", "flipped"])
def test_a_damaged_card_gets_its_own_message(qtbot, window: MainWindow, make_card, damage: str) -> None:
    card = make_card(example_plan())
    data = bytearray(card.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 2]
    else:
        data[-40] ^= 0x01
    card.write_bytes(bytes(data))
    dialog = unlock(qtbot, window, card, PASSPHRASE)
    assert window.editor is None
    text = dialog.message.text()
    assert "beschadigd" in text and "klopt niet" not in text
    assert not dialog.backup_button.isVisible()  # no backup beside it: nothing to offer


def test_a_damaged_card_opens_its_backup_as_a_copy_and_stays_as_it_is(qtbot, window: MainWindow,
                                                                      make_card) -> None:
    """The first save of a session keeps the card as it was as ``.1.bak``: when the card is later
    damaged (a sync service cut it off), the program offers that backup, copies it to a card of
    its own and opens it; the damaged file is not touched."""
    from crisiskaart.cards import encode_plan, plan_summary, read_plan
    from crisiskaart.store import backup_path, open_card

    card = make_card(example_plan())
    with open_card(card, passphrase=PASSPHRASE) as opened:  # a session's save: it leaves the backup
        plan = read_plan(opened)
        plan.personal.preferred_name = "Noortje"
        opened.amend_concept(encode_plan(plan), summary=plan_summary(plan))
    assert backup_path(card, 1).is_file()
    damaged = card.read_bytes()[:-100]
    card.write_bytes(damaged)
    dialog = unlock(qtbot, window, card, PASSPHRASE)
    assert window.editor is None and dialog.backup_button.isVisible()
    text = dialog.message.text()
    assert "beschadigd" in text and "Ernaast staat een reservekopie van " in text
    assert text.endswith("Open die; het beschadigde bestand blijft zoals het is.")
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    restored = card.with_name("kaart (reservekopie).crisiskaart")
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog is not dialog)
    again = window.unlock_dialog
    assert again is not None and again.card_path == restored and not dialog.isVisible()
    qtbot.keyClicks(again.passphrase.edit, PASSPHRASE)
    qtbot.mouseClick(again.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=UNLOCK_MS)
    assert window.session is not None and window.session.path == restored
    assert window.session.document.plan.personal.full_name == example_plan().personal.full_name
    assert card.read_bytes() == damaged  # left exactly as it was


def test_a_card_open_elsewhere_is_refused_with_its_own_message(
    qtbot, window: MainWindow, make_card
) -> None:
    from crisiskaart.store import open_card

    card = make_card(example_plan())
    with open_card(card, passphrase=PASSPHRASE, writable=True):  # "another window" holds the lock
        dialog = unlock(qtbot, window, card, PASSPHRASE)
        assert window.editor is None
        assert dialog.message.text().startswith("Deze kaart is in dit programma al open om te bewerken, "
                                                "in een ander venster")


def test_undo_and_redo_across_edits(qtbot, window: MainWindow, make_card) -> None:
    card = make_card()
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    name = field_input(window, "personal", "full_name")
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Noor")
    editor = window.editor
    assert editor is not None
    editor.show_section("what_helps")
    helps = record_list(window, "what_helps", "what_helps")
    qtbot.mouseClick(helps.add_button, Qt.MouseButton.LeftButton)
    assert len(window.session.document.plan.what_helps) == 1  # type: ignore[union-attr]
    window.undo()  # the added item goes
    assert window.session.document.plan.what_helps == []  # type: ignore[union-attr]
    window.undo()  # the typing goes
    assert name.text() == "" and window.session.document.plan.personal.full_name == ""  # type: ignore[union-attr]
    window.redo()
    assert name.text() == "Noor"
    window.redo()
    assert len(helps.rows) == 1


def test_list_items_reorder_with_the_keyboard_and_visibility_is_in_words(
    qtbot, window: MainWindow, make_card
) -> None:
    plan = CrisisPlan()
    unlock(qtbot, window, make_card(plan), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    window.editor.show_section("what_does_not_help")  # type: ignore[union-attr]
    items = record_list(window, "what_does_not_help", "what_does_not_help")
    for text in ("eerste", "tweede"):
        qtbot.mouseClick(items.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(items.rows[-1].fields[0].input, text)
    first = items.rows[0].fields[0].input
    assert isinstance(first, QPlainTextEdit)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    document = window.session.document  # type: ignore[union-attr]
    assert [i.text for i in document.plan.what_does_not_help] == ["tweede", "eerste"]
    box = items.rows[0].findChild(VisibilityBox)
    assert box.currentText() == "Ook voor hulpdiensten"  # words, not a colour
    qtbot.mouseClick(items.rows[0].remove, Qt.MouseButton.LeftButton)
    assert [i.text for i in document.plan.what_does_not_help] == ["eerste"]


def test_a_problem_is_shown_beside_its_field(qtbot, window: MainWindow, make_card) -> None:
    unlock(qtbot, window, make_card(), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    birth = field_input(window, "personal", "birth_date")
    qtbot.keyClicks(birth, "14 maart 1990")  # as people write it: understood
    row = birth.parent()
    assert not row.message.isVisible()  # type: ignore[attr-defined]
    assert window.session.document.plan.personal.birth_date == dt.date(1990, 3, 14)  # type: ignore[union-attr]
    for typed, said in (("14-3-90", "⚠ Schrijf het jaar met 4 cijfers, bijvoorbeeld 14-03-1990."),
                        ("14 maaart 1990",
                         "⚠ Schrijf de datum als dag-maand-jaar, bijvoorbeeld 14-03-1990.")):
        birth.clear()  # type: ignore[attr-defined]
        qtbot.keyClicks(birth, typed)
        assert row.message.text() == said  # type: ignore[attr-defined]
        assert window.session.document.plan.personal.birth_date == dt.date(1990, 3, 14)  # type: ignore[union-attr]
    birth.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(birth, "31-02-1990")  # written right, but there is no 31 February
    assert row.message.text() == "⚠ Deze dag bestaat niet. Kijk de dag en de maand na."  # type: ignore[attr-defined]
    assert window.session.document.plan.personal.birth_date == dt.date(1990, 3, 14)  # type: ignore[union-attr]
    birth.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(birth, "28-02-1990")
    assert not row.message.isVisible()  # type: ignore[attr-defined]
    window.editor.show_section("contacts")  # type: ignore[union-attr]
    contacts = record_list(window, "contacts", "contacts")
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(contacts.rows[0].fields[2].input, "12")
    window.editor.validate()  # type: ignore[union-attr]
    phone_row = contacts.rows[0].fields[2]
    qtbot.waitUntil(phone_row.message.isVisible)  # a new row is shown on the next event-loop turn
    assert "telefoonnummer" in phone_row.message.text().lower()
    said = phone_row.message.text()
    assert said.startswith("⚠ ‘12’ is geen") and said.endswith(".")  # a sentence, with its full stop
    navigation = window.editor.navigation  # type: ignore[union-attr]
    states = {navigation.item(r).data(Qt.ItemDataRole.UserRole): navigation.item(r).text()
              for r in range(navigation.count())}
    assert states["contacts"] == "⚠ Contactpersonen\n    let op"  # never "klaar" with a wrong number


def test_an_empty_field_hears_what_it_lacks_only_once_it_was_visited(qtbot, window: MainWindow,
                                                                     make_card) -> None:
    """A new card does not open with a warning under its first question; leaving the name empty
    does say, in a sentence, why it is needed."""
    unlock(qtbot, window, make_card(), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    window.editor.validate()  # type: ignore[union-attr]
    name = field_input(window, "personal", "full_name")
    row = name.parent()
    assert not row.message.isVisible()  # type: ignore[attr-defined]
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    field_input(window, "personal", "preferred_name").setFocus()  # Tab on, as a person would
    qtbot.waitUntil(lambda: row.message.isVisible())  # type: ignore[attr-defined]
    assert row.message.text() == (  # type: ignore[attr-defined]
        "⚠ Vul je naam in; hulpverleners moeten weten van wie de kaart is.")


def test_the_signing_date_fills_in_geldig_tot_until_it_is_chosen_by_hand(qtbot, window: MainWindow,
                                                                        make_card) -> None:
    """A card without *geldig tot* prints "geldig tot onbekend": writing the signing date fills in
    signing + 12 months, follows a corrected date while it is that default, and is left alone once
    the person chose her own. One undo takes date and default back together."""
    unlock(qtbot, window, make_card(), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    window.editor.show_section("management")  # type: ignore[union-attr]
    signed = field_input(window, "management", "signed_on")
    until = field_input(window, "management", "valid_until")
    management = window.session.document.plan.management  # type: ignore[union-attr]
    qtbot.keyClicks(signed, "12-06-2026")
    assert (management.signed_on, management.valid_until) == (dt.date(2026, 6, 12), dt.date(2027, 6, 12))
    assert until.text() == "12-06-2027"  # type: ignore[attr-defined]
    signed.setFocus()
    qtbot.keyClick(signed, Qt.Key.Key_Home)
    qtbot.keyClick(signed, Qt.Key.Key_Delete)  # 2-06-2026: a correction, the default follows
    assert management.valid_until == dt.date(2027, 6, 2)
    window.undo()
    assert (management.signed_on, management.valid_until) == (dt.date(2026, 6, 12), dt.date(2027, 6, 12))
    until.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(until, "31-02-2027")  # her own, not a day yet: the signing date leaves it alone
    signed.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(signed, "13-06-2026")
    assert until.text() == "31-02-2027" and management.signed_on == dt.date(2026, 6, 13)  # type: ignore[attr-defined]
    until.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(until, "01-01-2027")  # her own choice
    signed.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(signed, "15-06-2026")
    assert (management.signed_on, management.valid_until) == (dt.date(2026, 6, 15), dt.date(2027, 1, 1))
