"""A card's first page drawn from its JSON, before the model has loaded: paint first, bind later.

The model (pydantic and the card's classes) takes about a fifth of a second to load, more than a
bare window takes to start. So the window first shows the card's first section from the card's
JSON, with the same frame the editor has (``frame.py``): its section list with each section's
state, the way of writing, the fields with the card's own text in them, and the place of the
card's drawing. The person can read it and start typing at once. Once the model and the editor
are there, the editor takes this page's place on the same spot, and ``hand_over`` does again
what she did meanwhile: text she typed goes into the card as if typed there (checked, and refused
in words, the same way), and the section she chose, the way of writing, the place she scrolled to
and the field she was in stay as they were.

No pydantic is imported here; ``benchmarks/bench_startup.py`` measures the first page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.model.choices import Visibility
from crisiskaart.model.labels import choice_label, field_label
from crisiskaart.ui.editor.dates import show_date
from crisiskaart.ui.editor.frame import (
    PreviewFrame,
    SectionScroll,
    WritingModes,
    add_beside_input,
    field_frame,
    middle_column,
    section_list,
    size_long_text,
    writing_splitter,
)
from crisiskaart.ui.editor.section_state import json_value, section_state, show_state
from crisiskaart.ui.editor.spec import PAGES_AFTER_SECTIONS, SECTIONS, FieldSpec, Kind, SectionSpec
from crisiskaart.ui.qt_names import USER_ROLE, set_by_name
from crisiskaart.ui.translations import tr

if TYPE_CHECKING:
    from crisiskaart.ui.editor.editor_page import EditorPage

_DRAWN_EARLY = (Kind.TEXT, Kind.PHONE, Kind.DATE, Kind.LONG_TEXT)  # what the first section asks


def can_draw_early(section: SectionSpec) -> bool:
    """Whether every field of ``section`` is one this page can draw (text, a phone number, a date)."""
    return all(spec.kind in _DRAWN_EARLY for spec in section.fields)


def _shown(spec: FieldSpec, value: Any) -> str:
    if spec.kind is Kind.DATE and isinstance(value, str) and value:
        try:
            return show_date(dt.date.fromisoformat(value))
        except ValueError:
            return value  # not a date the model would take: it says so once it is bound
    return value if isinstance(value, str) else ""


class EarlyField(QWidget):
    """A field's label, its input with the card's text, and who may see it, as ``FieldRow`` has them."""

    def __init__(self, spec: FieldSpec, data: Mapping[str, Any], language: str) -> None:
        super().__init__()
        self.spec = spec
        self.setObjectName("field:" + ".".join(spec.path))
        label_text = field_label(spec.name, language, spec.label_owner)
        label = QLabel(label_text)
        layout, line = field_frame(self, label)
        self.shown = _shown(spec, json_value(data, spec.path))
        self.input: QLineEdit | QPlainTextEdit
        if spec.kind is Kind.LONG_TEXT:
            self.input = size_long_text(QPlainTextEdit(self.shown))
        else:
            self.input = QLineEdit(self.shown)
            if spec.kind is Kind.PHONE:
                self.input.setPlaceholderText(tr("e.g. 06 1234 5678"))
                set_by_name(self.input, "inputMethodHints", "ImhDialableCharactersOnly")
            elif spec.kind is Kind.DATE:
                self.input.setPlaceholderText(tr("dd-mm-yyyy"))
        self.input.setAccessibleName(label_text)
        description = QCoreApplication.translate("Guide", spec.explanation) if spec.explanation else ""
        self.input.setAccessibleDescription(description or label_text)
        if description:
            self.input.setToolTip(description)
        label.setBuddy(self.input)
        line.addWidget(self.input, 1)
        self.visibility: QComboBox | None = None
        self.visibility_shown = -1
        if spec.visibility_path is not None:
            self.visibility = QComboBox()
            self.visibility.setObjectName("visibility")
            for level in Visibility:
                self.visibility.addItem(choice_label(level, language), level.value)
            self.visibility.setAccessibleName(tr("Who may see it: %1").replace("%1", label_text))
            self.visibility.setAccessibleDescription(
                tr("Only in the plan, also on the card, or also in the summary for emergency services"))
            self.visibility_shown = max(0, self.visibility.findData(json_value(data, spec.visibility_path)))
            self.visibility.setCurrentIndex(self.visibility_shown)
            add_beside_input(line, self.visibility)
        message = QLabel()  # the bound field's place for its message: hidden, as there
        message.setVisible(False)
        layout.addWidget(message)

    def text(self) -> str:
        return self.input.toPlainText() if isinstance(self.input, QPlainTextEdit) else self.input.text()

    def changed(self) -> bool:
        """Whether the person changed what this field showed of the card."""
        return self.text() != self.shown or (
            self.visibility is not None and self.visibility.currentIndex() != self.visibility_shown)

    def cursor_position(self) -> int:
        if isinstance(self.input, QPlainTextEdit):
            return self.input.textCursor().position()
        return self.input.cursorPosition()


class EarlySectionPage(SectionScroll):
    """The first section's page: its title and fields, the card's text in them."""

    def __init__(self, section: SectionSpec, data: Mapping[str, Any], language: str) -> None:
        super().__init__(section, language)
        self.rows = [EarlyField(spec, data, language) for spec in section.fields]
        for row in self.rows:
            self.fields.addWidget(row)
        self.finish()


class EarlyEditorPage(QWidget):
    """The editor's frame with the card's first section, from the card's JSON (``data``)."""

    def __init__(self, data: Mapping[str, Any], language: str,
                 sections: tuple[SectionSpec, ...] = SECTIONS) -> None:
        super().__init__()
        self.setObjectName("openingPage")  # the page shown while the card opens
        self.navigation = section_list()
        for section in sections:
            item = QListWidgetItem()
            item.setData(USER_ROLE, section.key)
            show_state(item, field_label(section.key, language),
                       section_state(lambda path: json_value(data, path), section))
            self.navigation.addItem(item)
        for key in PAGES_AFTER_SECTIONS:
            item = QListWidgetItem(field_label(key, language))
            item.setData(USER_ROLE, key)
            self.navigation.addItem(item)
        self.navigation.setCurrentRow(0)
        self.modes = WritingModes()
        self.page = EarlySectionPage(sections[0], data, language)
        self.preview = PreviewFrame()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        middle = middle_column(self.modes, self.page)
        layout.addWidget(writing_splitter(self.navigation, middle, self.preview))

    def changed(self) -> bool:
        """Whether the person changed something of the card here (closing then asks first)."""
        return any(row.changed() for row in self.page.rows)

    def hand_over(self, editor: EditorPage, focus: QWidget | None) -> None:
        """What the person did on this page, done again on the editor that takes its place;
        ``focus``: what had the keyboard before the editor came (then this page went out of view)."""
        section = self.page.section
        bound = editor.section_pages[section.key]
        focused = None
        for early in self.page.rows:
            row: Any = bound.widgets[early.spec.path]  # a FieldRow: these kinds are never lists
            if early.text() != early.shown:
                row.take_typed(early.text())
            if early.visibility is not None and row.visibility is not None \
                    and early.visibility.currentIndex() != early.visibility_shown:
                row.visibility.setCurrentIndex(early.visibility.currentIndex())
                row.visibility.activated.emit(early.visibility.currentIndex())  # as if chosen there
            if focus is early.input:
                focused = (row.input, early.cursor_position())
        bound.verticalScrollBar().setValue(self.page.verticalScrollBar().value())
        if self.navigation.currentRow() != 0:
            editor.navigation.setCurrentRow(self.navigation.currentRow())
        if self.modes.guided_button.isChecked():
            editor.set_mode(editor.GUIDED)
        elif focused is not None:  # after the window gave the editor its first focus
            widget, position = focused
            QTimer.singleShot(0, widget, lambda: _focus(widget, position))


def _focus(widget: QWidget, position: int) -> None:
    widget.setFocus()
    if isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, len(widget.toPlainText())), QTextCursor.MoveMode.MoveAnchor)
        widget.setTextCursor(cursor)
    elif isinstance(widget, QLineEdit):
        widget.setCursorPosition(position)
