"""The "Overzicht" page of one section: all its fields at once, and its state in words."""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from crisiskaart.model import field_label
from crisiskaart.ui.editor.document import Path, PlanDocument
from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.editor.records import RecordList
from crisiskaart.ui.editor.spec import FieldSpec, Kind, SectionSpec
from crisiskaart.ui.titles import enlarge


class SectionState(Enum):
    EMPTY = "empty"
    STARTED = "started"
    COMPLETE = "complete"
    ATTENTION = "attention"  # something in it breaks a rule of the card (a phone number, a date)

    def words(self) -> str:
        return {
            SectionState.EMPTY: QCoreApplication.translate("Sections", "empty"),
            SectionState.STARTED: QCoreApplication.translate("Sections", "started"),
            SectionState.COMPLETE: QCoreApplication.translate("Sections", "complete"),
            SectionState.ATTENTION: QCoreApplication.translate("Sections", "check this"),
        }[self]

    def symbol(self) -> str:  # shape as well as words: never colour alone
        return {SectionState.EMPTY: "○", SectionState.STARTED: "◐", SectionState.COMPLETE: "●",
                SectionState.ATTENTION: "⚠"}[self]


def _filled(value: Any) -> bool:
    if isinstance(value, list):
        return any(_filled(v) for v in value)
    if isinstance(value, BaseModel):
        return any(_filled(getattr(value, name)) for name in type(value).model_fields
                   if name not in ("id", "visibility", "colour", "kind", "topic", "measure", "stance"))
    return value not in (None, "", False)


def section_state(document: PlanDocument, section: SectionSpec) -> SectionState:
    values = [document.get(spec.path) for spec in section.fields]
    if not any(_filled(v) for v in values):
        return SectionState.EMPTY
    required = section.complete_fields() or section.fields
    if all(_filled(document.get(spec.path)) for spec in required):
        return SectionState.COMPLETE
    return SectionState.STARTED


def field_widget(document: PlanDocument, spec: FieldSpec, language: str) -> RecordList | FieldRow:
    if spec.kind in (Kind.ITEMS, Kind.RECORDS):
        return RecordList(document, spec, language)
    return FieldRow(document, spec.path, spec, language)


class SectionPage(QScrollArea):
    """Every field of a section, top to bottom, in a scroll area that reflows at large fonts."""

    def __init__(self, document: PlanDocument, section: SectionSpec, language: str) -> None:
        super().__init__()
        self.section = section
        self.setObjectName("page:" + section.key)
        self.setAccessibleName(field_label(section.key, language))  # a Tab stop: it scrolls the section
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Text reflows to the width; only vertical scrolling, never a sideways one.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        title = QLabel(field_label(section.key, language))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        layout.addWidget(enlarge(title, 1.4))
        self.widgets: dict[Path, QWidget] = {}
        for spec in section.fields:
            widget = field_widget(document, spec, language)
            if isinstance(widget, RecordList) and widget.title == title.text():
                widget.heading.setVisible(False)  # the section title already says it
            layout.addWidget(widget)
            self.widgets[spec.path] = widget
        layout.addStretch(1)
        self.setWidget(body)
        body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
