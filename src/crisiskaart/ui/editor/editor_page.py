"""The writing screen: sections with their state, the two ways of writing, and the card preview.

Only what is on screen is built when a card opens: the section list, the first section's page and
the preview's frame. The other section pages, the plan van aanpak and "Stap voor stap" are built
the first time they are shown (or asked for, ``section_pages[key]``); the preview draws itself in
its render process once the window is on screen (``preview.py``). A card with 16 sections and 183
fields thus opens as quickly as a window with one page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.model import Issue, Severity, field_label, validate_plan
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.editor.frame import WritingModes, middle_column, section_list, writing_splitter
from crisiskaart.ui.editor.guided import GuidedView
from crisiskaart.ui.editor.preview import CardPreview
from crisiskaart.ui.editor.section_page import SectionPage
from crisiskaart.ui.editor.section_state import STATE_ROLE, SectionState, section_state, show_state
from crisiskaart.ui.editor.spec import SECTIONS, SectionSpec, guided_questions
from crisiskaart.ui.editor.tab_order import place_in_tab_order
from crisiskaart.ui.session import CardSession

VALIDATION_DELAY_MS = 800

# Other documents over the same plan (the eigen plan van aanpak) add a page of their own:
# ``factory(document, language) -> (key, title, widget)``, where ``widget`` may also be a function
# without arguments that builds it: it is then built when the page is first shown. The page appears
# after the crisisplan's sections in the navigation; the widget handles its own guided writing.
ExtraPageFactory = Callable[[PlanDocument, str], tuple[str, str, QWidget | Callable[[], QWidget]]]
EXTRA_PAGES: list[ExtraPageFactory] = []

Page = TypeVar("Page", bound=QWidget)



def _ready(widget: QWidget) -> Callable[[], QWidget]:
    """A page that is already built, as a builder that hands it over."""
    return lambda: widget

class LazyPages(Mapping[str, Page], Generic[Page]):
    """Pages by key, each built the first time it is asked for; ``built()`` says which exist."""

    def __init__(self, keys: list[str], build: Callable[[str], Page]) -> None:
        self._keys, self._build = keys, build
        self._pages: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._pages.get(key)
        if page is None:
            if key not in self._keys:
                raise KeyError(key)
            page = self._pages[key] = self._build(key)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self) -> dict[str, Page]:
        """The pages that exist now, without building any."""
        return dict(self._pages)



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
                 sections: tuple[SectionSpec, ...] = SECTIONS) -> None:
        super().__init__()
        self.setObjectName("editorPage")
        self.session, self.language, self.sections = session, language, sections
        document = session.document
        # --- navigation
        self.navigation = section_list()
        for section in sections:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.navigation.addItem(item)
        # --- mode switch
        self.modes = WritingModes()
        self.guided_button, self.overview_button = self.modes.guided_button, self.modes.overview_button
        group = QButtonGroup(self)
        group.addButton(self.guided_button)
        group.addButton(self.overview_button)
        # --- the two views; pages are built when first shown
        self.guided = GuidedView(document, guided_questions(sections), language)
        self.pages = QStackedWidget()
        self.pages.setObjectName("sectionPages")
        self.section_pages: LazyPages[SectionPage] = LazyPages(
            [section.key for section in sections], self._build_section_page)
        builders: dict[str, Callable[[], QWidget]] = {}
        for factory in EXTRA_PAGES:
            key, title, widget = factory(document, language)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
            builders[key] = widget if callable(widget) and not isinstance(widget, QWidget) \
                else _ready(widget)
        self.extra_pages: LazyPages[QWidget] = LazyPages(
            list(builders), lambda key: self._add_page(builders[key]()))
        self.views = QStackedWidget()
        self.views.addWidget(self.guided)
        self.views.addWidget(self.pages)
        self.views.setCurrentWidget(self.pages)
        self.preview = CardPreview(document, language)
        self.splitter = writing_splitter(self.navigation, middle_column(self.modes, self.views), self.preview)
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
        self._messages: dict[tuple, Issue] = {}  # the plan's content rules, by document path
        self.refresh_states()
        self.navigation.setCurrentRow(0)
        QTimer.singleShot(0, self, self.validate)  # the markers beside the fields follow the first paint

    def _build_section_page(self, key: str) -> SectionPage:
        section = next(section for section in self.sections if section.key == key)
        page = SectionPage(self.session.document, section, self.language)
        self._add_page(page)
        self._mark(page.findChildren(FieldRow))
        return page

    def _add_page(self, page: Page) -> Page:
        """Put a page built late into the stack, and into the Tab order where it is on screen."""
        self.pages.addWidget(page)
        place_in_tab_order(page, before=self.preview.area)
        return page

    # --- navigation and modes ------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        guided = mode == self.GUIDED
        (self.guided_button if guided else self.overview_button).setChecked(True)
        if not guided and self.current_section() in self.section_pages:
            self.pages.setCurrentWidget(self.section_pages[self.current_section()])
        self.views.setCurrentWidget(self.guided if guided else self.pages)
        if guided:
            if not self.guided.show_section(self.current_section()):  # its refused answer stays
                self._follow_guided(self.guided.current_section())
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
        if self.guided_button.isChecked():  # back from another document's page: keep the chosen way
            self.views.setCurrentWidget(self.guided)
            if not self.guided.show_section(key):  # a refused answer stays: so does the list
                QTimer.singleShot(0, lambda: self._follow_guided(self.guided.current_section()))
            return  # its overview page is built when the overview is chosen
        self.pages.setCurrentWidget(self.section_pages[key])

    def _follow_guided(self, key: str) -> None:
        if self.current_section() != key:
            self.navigation.blockSignals(True)
            self.show_section(key)
            page = self.section_pages.built().get(key)
            if page is not None:
                self.pages.setCurrentWidget(page)
            self.navigation.blockSignals(False)

    def refresh_states(self) -> None:
        """Each section's state in the list; an item is only touched when its state changed."""
        wrong = {issue.path[0] for issue in self.issues if issue.severity is Severity.ERROR and issue.path}
        for row, section in enumerate(self.sections):
            state = section_state(self.session.document.get, section)
            if state is not SectionState.EMPTY and any(spec.path[0] in wrong for spec in section.fields):
                state = SectionState.ATTENTION  # never "klaar" while a value in it is wrong
            item = self.navigation.item(row)
            if item.data(STATE_ROLE) != state.value:
                show_state(item, field_label(section.key, self.language), state)

    # --- validation beside the fields ----------------------------------------------------------
    def validate(self) -> None:
        """The plan's content rules (a phone number, a date), under the fields they are about."""
        plan = self.session.document.plan
        self.issues = validate_plan(plan, dt.date.today())
        by_path: dict[tuple, Issue] = {}
        for issue in self.issues:
            try:
                by_path.setdefault(document_path(plan, issue.path), issue)
            except (IndexError, AttributeError, TypeError):
                continue
        self._messages = by_path
        self._mark(self.findChildren(FieldRow))
        self.refresh_states()

    def _mark(self, rows: list[FieldRow]) -> None:
        for row in rows:
            issue = self._messages.get(row.path)
            row.set_plan_message("" if issue is None else issue.message(self.language))
