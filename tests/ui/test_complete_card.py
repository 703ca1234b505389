"""Type a complete card — every field and every list of every section — with real key clicks,
save, close, reopen with the passphrase, and find every value back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from ui_helpers import PASSPHRASE, saved_plan, unlock

from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.editor.records import RecordList
from crisiskaart.ui.editor.spec import SECTIONS, Kind
from crisiskaart.ui.main_window import MainWindow

DATES = {"birth_date": "14-03-1990", "drawn_up_on": "01-11-2026", "signed_on": "02-11-2026",
         "last_reviewed_on": "02-11-2026", "valid_until": "02-11-2027"}


def _typed_value(row: FieldRow) -> str:
    if row.spec.kind is Kind.DATE:
        return DATES.get(row.spec.name, "01-01-2026")
    if row.spec.kind is Kind.PHONE:
        return "06 0000 0199"
    return f"{row.spec.name} <b>&amp; \"x\""  # user text is text (QTest types ASCII only)


def _resolve(plan: object, path: tuple[str, ...]) -> object:
    node = plan
    for step in path:
        if step.startswith("#"):
            node = next(item for item in node if item.id == step[1:])  # type: ignore[attr-defined]
        else:
            node = getattr(node, step)
    return node


def test_type_every_field_save_and_reopen(qtbot, window: MainWindow, make_card) -> None:
    card: Path = make_card()
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    editor = window.editor
    assert editor is not None
    expected: dict[tuple[str, ...], str] = {}
    for section in SECTIONS:
        editor.show_section(section.key)
        page = editor.section_pages[section.key]
        for records in page.findChildren(RecordList):  # one item in every list
            qtbot.mouseClick(records.add_button, Qt.MouseButton.LeftButton)
        for row in page.findChildren(FieldRow):
            if isinstance(row.input, QLineEdit | QPlainTextEdit):
                text = _typed_value(row)
                row.input.selectAll()  # typed over: geldig tot was filled in from the signing date
                qtbot.keyClicks(row.input, text)
                expected[row.path] = text
    assert len(expected) > 55  # every text and date field of the plan, lists included
    window.save_now()
    assert window.close_card()
    plan = saved_plan(card, PASSPHRASE)
    for path, text in expected.items():
        value = _resolve(plan, path)
        if isinstance(value, str):
            assert value == text, path
        else:  # dates
            assert value is not None and f"{value.day:02d}-{value.month:02d}-{value.year}" == text, path
    # ...and the editor shows them again after unlocking.
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    page = window.editor.section_pages["contacts"]  # type: ignore[union-attr]
    names = [r.input.text() for r in page.findChildren(FieldRow) if r.spec.name == "name"]  # type: ignore[attr-defined]
    assert names == ['name <b>&amp; "x"']
