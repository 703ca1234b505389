"""Typed settings with migrations, and the undoable document underneath the editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from crisiskaart.model import CrisisPlan, TextItem, Visibility
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.settings import DEFAULT_AUTO_LOCK_MINUTES, MAX_RECENT_FILES, SETTINGS_VERSION, Settings


def test_settings_round_trip_and_safe_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    settings = Settings(path)
    assert (settings.language, settings.auto_lock_minutes, settings.recent_files) == (
        "nl", DEFAULT_AUTO_LOCK_MINUTES, [])
    settings.language = "en"
    settings.auto_lock_minutes = 999  # clamped
    for number in range(MAX_RECENT_FILES + 3):
        settings.add_recent_file(tmp_path / f"kaart-{number}.crisiskaart")
    settings.sync()
    again = Settings(path)
    assert again.language == "en" and again.auto_lock_minutes == 240
    assert len(again.recent_files) == MAX_RECENT_FILES
    assert again.recent_files[0].name == f"kaart-{MAX_RECENT_FILES + 2}.crisiskaart"  # newest first
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("ui/language", "klingon")
    raw.setValue("lock/minutes", "veel")
    raw.sync()
    damaged = Settings(path)
    assert damaged.language == "nl" and damaged.auto_lock_minutes == DEFAULT_AUTO_LOCK_MINUTES


def test_version_1_settings_are_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.ini"
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("meta/version", 1)
    old.setValue("lock/seconds", 300)
    old.sync()
    settings = Settings(path)
    assert settings.auto_lock_minutes == 5
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    assert not raw.contains("lock/seconds") and int(raw.value("meta/version")) == SETTINGS_VERSION


def test_settings_of_a_newer_version_keep_their_version(tmp_path: Path) -> None:
    """After a downgrade the older program reads newer settings as they are and does not write its
    own version over theirs; the newer program would otherwise migrate them a second time."""
    path = tmp_path / "newer.ini"
    newer = QSettings(str(path), QSettings.Format.IniFormat)
    newer.setValue("meta/version", SETTINGS_VERSION + 1)
    newer.setValue("lock/minutes", 7)
    newer.sync()
    settings = Settings(path)
    assert settings.auto_lock_minutes == 7
    settings.auto_lock_minutes = 8
    settings.sync()
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    assert int(raw.value("meta/version")) == SETTINGS_VERSION + 1 and int(raw.value("lock/minutes")) == 8


def test_new_settings_are_written_with_this_version(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "fresh.ini")
    settings.language = "en"
    settings.sync()
    assert int(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat).value("meta/version")) \
        == SETTINGS_VERSION


def test_settings_never_hold_card_content(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    settings.add_recent_file(tmp_path / "2026-11-25-kaart.crisiskaart")
    settings.sync()
    text = (tmp_path / "s.ini").read_text()
    assert "crisiskaart" in text and "Noor" not in text


def test_undo_merges_typing_and_follows_items_after_reordering(qapp) -> None:
    document = PlanDocument(CrisisPlan())
    for text in ("N", "No", "Noor"):
        assert document.set_value(("personal", "full_name"), text) is None
    assert document.undo_stack.count() == 1  # typing in one field is one undo step
    first, second = TextItem(text="een"), TextItem(text="twee")
    document.insert_item(("what_helps",), first)
    document.insert_item(("what_helps",), second)
    document.move_item(("what_helps",), second.id, 0)
    document.set_value(("what_helps", "#" + first.id, "visibility"), Visibility.RESPONDERS)
    document.undo_stack.undo()  # the visibility of the right item, wherever it is now
    assert document.plan.what_helps[1].visibility is Visibility.PLAN
    document.undo_stack.undo()
    assert [i.text for i in document.plan.what_helps] == ["een", "twee"]
    document.undo_stack.redo()
    assert [i.text for i in document.plan.what_helps] == ["twee", "een"]


def test_a_value_the_model_refuses_is_not_stored_and_says_why(qapp) -> None:
    document = PlanDocument(CrisisPlan())
    issue = document.set_value(("personal", "full_name"), "x" * 101)
    assert issue is not None and "100" in issue.message("nl")
    assert document.plan.personal.full_name == "" and document.undo_stack.count() == 0


@pytest.mark.english
def test_the_interface_can_be_english(qtbot, window) -> None:
    assert window.welcome.new_button.text() == "Write a &new card"
    assert window.menuBar().actions()[0].text() == "&File"
    window.open_example()
    assert window.editor.navigation.item(0).text().startswith("● Personal details")  # model labels too
