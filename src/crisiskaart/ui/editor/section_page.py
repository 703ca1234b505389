"""The "Overzicht" page of one section: all its fields at once, and its state in words."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crisiskaart.ui.editor.document import Path, PlanDocument
from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.editor.frame import SectionScroll
from crisiskaart.ui.editor.records import RecordList
from crisiskaart.ui.editor.spec import FieldSpec, Kind, SectionSpec


def field_widget(document: PlanDocument, spec: FieldSpec, language: str) -> RecordList | FieldRow:
    if spec.kind in (Kind.ITEMS, Kind.RECORDS):
        return RecordList(document, spec, language)
    return FieldRow(document, spec.path, spec, language)


class SectionPage(SectionScroll):
    """Every field of a section, top to bottom, in a scroll area that reflows at large fonts."""

    def __init__(self, document: PlanDocument, section: SectionSpec, language: str) -> None:
        super().__init__(section, language)
        self.widgets: dict[Path, QWidget] = {}
        for spec in section.fields:
            widget = field_widget(document, spec, language)
            if isinstance(widget, RecordList) and widget.title == self.title.text():
                widget.heading.setVisible(False)  # the section title already says it
            self.fields.addWidget(widget)
            self.widgets[spec.path] = widget
        self.finish()
