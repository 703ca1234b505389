"""What the pages of an optional part of the plan share: the plan of action and the zelfbinding worksheet.

Such a part does not exist until the person starts it (``PlanDocument.set_optional``, undoably).
Its page first shows what the part is and one button to start it; after that its views scroll, and
when the part is created or its creation undone, every input on the page reads the plan again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.editor.records import RecordList


def scrolling(widget: QWidget, *, sideways: bool = True) -> QScrollArea:
    """Every view scrolls, so nothing is cut off at 200 % font size; without ``sideways`` its text
    reflows to the width instead of getting a sideways scroll bar."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def start_view(above: Sequence[QWidget], start_button: QPushButton) -> QWidget:
    """Before the part exists: what it is (``above``), then the button that starts it."""
    view = QWidget()
    layout = QVBoxLayout(view)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in above:
        layout.addWidget(widget)
    layout.addWidget(start_button, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addStretch(1)
    return view


def reread_inputs(page: QWidget) -> None:
    """The part was created, or its creation undone: every input and list on ``page`` reads again."""
    for row in page.findChildren(FieldRow):
        row.refresh()
    for records in page.findChildren(RecordList):
        records.rebuild()
