"""The writing screen: sections with their state, the two ways of writing, and the card preview."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.model import Issue, field_label, validate_plan
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.editor.guided import GuidedView
from crisiskaart.ui.editor.preview import CardPreview
from crisiskaart.ui.editor.section_page import SectionPage, section_state
from crisiskaart.ui.editor.spec import SECTIONS, SectionSpec, guided_questions
from crisiskaart.ui.session import CardSession
from crisiskaart.ui.translations import tr

VALIDATION_DELAY_MS = 800

# Other documents over the same plan (the eigen plan van aanpak) add a page of their own:
# ``factory(document, language) -> (key, title, widget)``. The page appears after the crisisplan's
# sections in the navigation; the widget handles its own guided writing.
ExtraPageFactory = Callable[[PlanDocument, str], tuple[str, str, QWidget]]
EXTRA_PAGES: list[ExtraPageFactory] = []



def document_path(plan: Any, issue_path: tuple) -> tuple[str, ...]:
    """Turn a validation path with list positions into a document path with item ids."""
    node, steps = plan, []
    for step in issue_path:
        if isinstance(step, int):
            node = node[step]
            steps.append("#" + node.id)
        else:
            node = getattr(node, step)
            steps.append(step)
    return tuple(steps)


class EditorPage(QWidget):
    mode_changed = Signal(str)

    GUIDED, OVERVIEW = "guided", "overview"

    def __init__(self, session: CardSession, language: str,
                 sections: tuple[SectionSpec, ...] = SECTIONS, context_factory: object = None) -> None:
        super().__init__()
        self.setObjectName("editorPage")
        self.session, self.language, self.sections = session, language, sections
        document = session.document
        # --- navigation
        self.navigation = QListWidget()
        self.navigation.setObjectName("sectionList")
        self.navigation.setAccessibleName(tr("Sections"))
        self.navigation.setAccessibleDescription(
            tr("The parts of your crisis plan, with how far each one is"))
        for section in sections:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.navigation.addItem(item)
        # Long section names wrap instead of being cut off, at any font size.
        self.navigation.setWordWrap(True)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setMinimumWidth(self.navigation.fontMetrics().horizontalAdvance("M" * 10))
        # --- mode switch
        self.guided_button = QRadioButton(tr("Step &by step"))
        self.overview_button = QRadioButton(tr("Overvie&w"))
        self.guided_button.setAccessibleDescription(tr("One question at a time, with examples"))
        self.overview_button.setAccessibleDescription(tr("All questions of a section at once"))
        group = QButtonGroup(self)
        group.addButton(self.guided_button)
        group.addButton(self.overview_button)
        self.overview_button.setChecked(True)
        modes = QHBoxLayout()
        modes.addWidget(QLabel(tr("Write:")))
        modes.addWidget(self.guided_button)
        modes.addWidget(self.overview_button)
        modes.addStretch(1)
        # --- the two views
        self.guided = GuidedView(document, guided_questions(sections), language)
        self.pages = QStackedWidget()
        self.pages.setObjectName("sectionPages")
        self.section_pages: dict[str, SectionPage] = {}
        for section in sections:
            page = SectionPage(document, section, language)
            self.pages.addWidget(page)
            self.section_pages[section.key] = page
        self.extra_pages: dict[str, QWidget] = {}
        for factory in EXTRA_PAGES:
            key, title, widget = factory(document, language)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
            self.pages.addWidget(widget)
            self.extra_pages[key] = widget
        self.views = QStackedWidget()
        self.views.addWidget(self.guided)
        self.views.addWidget(self.pages)
        self.views.setCurrentWidget(self.pages)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(modes)
        middle_layout.addWidget(self.views, 1)
        self.preview = CardPreview(document, language, context_factory)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([200, 500, 300])  # proportions; the splitter scales them to the window
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        # --- wiring
        self.navigation.currentRowChanged.connect(self._section_chosen)
        self.guided_button.toggled.connect(lambda on: self.set_mode(self.GUIDED if on else self.OVERVIEW))
        self.guided.section_entered.connect(self._follow_guided)
        self._validation_timer = QTimer(self)
        self._validation_timer.setSingleShot(True)
        self._validation_timer.setInterval(VALIDATION_DELAY_MS)
        self._validation_timer.timeout.connect(self.validate)
        document.changed.connect(self._validation_timer.start)
        document.changed.connect(self.refresh_states)
        self.issues: list[Issue] = []
        self.refresh_states()
        self.navigation.setCurrentRow(0)
        self.validate()

    # --- navigation and modes ------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        guided = mode == self.GUIDED
        (self.guided_button if guided else self.overview_button).setChecked(True)
        self.views.setCurrentWidget(self.guided if guided else self.pages)
        if guided:
            self.guided.show_section(self.current_section())
            self.guided.focus_input()
        self.mode_changed.emit(mode)

    def current_section(self) -> str:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else self.sections[0].key

    def show_section(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)

    def _section_chosen(self, row: int) -> None:
        if row < 0:
            return
        key = self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        if key in self.extra_pages:  # its own page, whichever way of writing is chosen
            self.pages.setCurrentWidget(self.extra_pages[key])
            self.views.setCurrentWidget(self.pages)
            return
        self.pages.setCurrentWidget(self.section_pages[key])
        if self.guided_button.isChecked():  # back from another document's page: keep the chosen way
            self.views.setCurrentWidget(self.guided)
            self.guided.show_section(key)

    def _follow_guided(self, key: str) -> None:
        if self.current_section() != key:
            self.navigation.blockSignals(True)
            self.show_section(key)
            self.pages.setCurrentWidget(self.section_pages[key])
            self.navigation.blockSignals(False)

    def refresh_states(self) -> None:
        for row, section in enumerate(self.sections):
            state = section_state(self.session.document, section)
            title = field_label(section.key, self.language)  # type: ignore[arg-type]
            item = self.navigation.item(row)
            item.setText(f"{state.symbol()} {title}\n    {state.words()}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {state.words()}")
            item.setData(Qt.ItemDataRole.UserRole + 1, state.value)

    # --- validation beside the fields ----------------------------------------------------------
    def validate(self) -> None:
        plan = self.session.document.plan
        self.issues = validate_plan(plan, dt.date.today())
        by_path: dict[tuple, Issue] = {}
        for issue in self.issues:
            try:
                by_path.setdefault(document_path(plan, issue.path), issue)
            except (IndexError, AttributeError, TypeError):
                continue
        for row in self.findChildren(FieldRow):
            issue = by_path.get(row.path)
            row.set_plan_message("" if issue is None else issue.message(self.language))  # type: ignore[arg-type]
