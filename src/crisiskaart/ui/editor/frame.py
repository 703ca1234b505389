"""The writing screen's frame: the section list, the way of writing, a section's page, the card.

Shared by the editor bound to the model (``editor_page.py``) and the card's first page drawn
from its JSON before the model has loaded (``early_page.py``): both are built from these parts,
so the one takes the other's place without anything on screen moving. No pydantic here.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.model.labels import field_label
from crisiskaart.ui.editor.spec import SectionSpec
from crisiskaart.ui.qt_names import set_by_name, show_as_plain_text
from crisiskaart.ui.titles import enlarge
from crisiskaart.ui.translations import tr


def section_list() -> QListWidget:
    """The list of sections, each with its state; long names wrap, at any font size."""
    navigation = QListWidget()
    navigation.setObjectName("sectionList")
    navigation.setAccessibleName(tr("Sections"))
    navigation.setAccessibleDescription(tr("The parts of your crisis plan, with how far each one is"))
    navigation.setWordWrap(True)
    set_by_name(navigation, "textElideMode", "ElideNone")
    set_by_name(navigation, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    navigation.setMinimumWidth(navigation.fontMetrics().horizontalAdvance("M" * 10))
    return navigation


class WritingModes:
    """"Schrijven: Stap voor stap / Overzicht", the overview chosen."""

    def __init__(self) -> None:
        self.guided_button = QRadioButton(tr("Step &by step"))
        self.overview_button = QRadioButton(tr("Overvie&w"))
        self.guided_button.setAccessibleDescription(tr("One question at a time, with examples"))
        self.overview_button.setAccessibleDescription(tr("All questions of a section at once"))
        self.overview_button.setChecked(True)  # exclusive: both have the same parent widget
        self.row = QHBoxLayout()
        self.row.addWidget(QLabel(tr("Write:")))
        self.row.addWidget(self.guided_button)
        self.row.addWidget(self.overview_button)
        self.row.addStretch(1)


def middle_column(modes: WritingModes, views: QWidget) -> QWidget:
    middle = QWidget()
    layout = QVBoxLayout(middle)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(modes.row)
    layout.addWidget(views, 1)
    return middle


def writing_splitter(navigation: QWidget, middle: QWidget, preview: QWidget) -> QSplitter:
    splitter = QSplitter()
    splitter.addWidget(navigation)
    splitter.addWidget(middle)
    splitter.addWidget(preview)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 5)
    splitter.setStretchFactor(2, 3)
    splitter.setSizes([200, 500, 300])  # proportions; the splitter scales them to the window
    splitter.setChildrenCollapsible(False)
    return splitter


class SectionScroll(QScrollArea):
    """A section's page: its title and its fields top to bottom, scrolling only vertically."""

    def __init__(self, section: SectionSpec, language: str) -> None:
        super().__init__()
        self.section = section
        self.setObjectName("page:" + section.key)
        self.setAccessibleName(field_label(section.key, language))  # a Tab stop: it scrolls the section
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Text reflows to the width; only vertical scrolling, never a sideways one.
        set_by_name(self, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.body = QWidget()
        self.fields = QVBoxLayout(self.body)
        self.fields.setContentsMargins(16, 12, 16, 16)
        self.fields.setSpacing(12)
        self.title = QLabel(field_label(section.key, language))
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.fields.addWidget(enlarge(self.title, 1.4))

    def finish(self) -> None:
        """After the last field: the rest of the page stays empty."""
        self.fields.addStretch(1)
        self.setWidget(self.body)
        set_by_name(self.body, "focusPolicy", "NoFocus")


def field_frame(owner: QWidget, label: QLabel) -> tuple[QVBoxLayout, QHBoxLayout]:
    """A field's label above its line (the input, and who may see it beside it); the caller adds
    the input to the line, and its message under it."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    label.setWordWrap(True)
    layout.addWidget(label)
    line = QHBoxLayout()
    line.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(line)
    return layout, line


def add_beside_input(line: QHBoxLayout, widget: QWidget) -> None:
    """``widget`` at the end of a field's line, level with the top of the input, also beside a
    long text: in a column with room below it (Qt's alignment flag would need the ``Qt``
    namespace before the first paint, ``ui/qt_names.py``)."""
    column = QVBoxLayout()
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(widget)
    column.addStretch(1)
    line.addLayout(column)


def size_long_text(editor: QPlainTextEdit) -> QPlainTextEdit:
    """Room for three lines at least and seven at most, in the person's font."""
    editor.setTabChangesFocus(True)  # Tab moves on, as in every other field
    editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * 3 + 12)
    editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * 7 + 12)
    return editor


class PreviewFrame(QWidget):
    """"Je kaart": where the card's drawing goes, and under it what did not fit."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("cardPreview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        heading = QLabel(tr("Your card"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.images = QLabel(tr("The card is being drawn…"))
        self.images.setObjectName("previewImages")
        set_by_name(self.images, "alignment", "AlignHCenter|AlignTop")
        self.images.setAccessibleName(tr("Preview of the wallet card"))
        self.images.setWordWrap(True)
        show_as_plain_text(self.images)  # the outline is the person's own text
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.images)
        self.area.setAccessibleName(tr("Preview of the wallet card"))  # arrow keys scroll the card
        layout.addWidget(self.area, 1)
        self.problems = QLabel()
        self.problems.setObjectName("previewProblems")
        self.problems.setWordWrap(True)
        show_as_plain_text(self.problems)
        self.problems.setAccessibleName(tr("What does not fit on the card"))
        layout.addWidget(self.problems)
