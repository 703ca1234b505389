"""The ondersteuner's workspace window: caseload list, version timeline and differences.

Self-contained: the editor connects ``open_card_requested(path, profile)`` to open a card. The
review window (days) and the remembered places (the folder, the profile file, where exports go;
``ui/places.py``) are constructor parameters so the caller can wire them to the settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import cast

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.app.errors import sentence
from crisiskaart.model import Language
from crisiskaart.store import OndersteunerProfile
from crisiskaart.ui.places import Place, Places, choose_folder, save_file
from crisiskaart.ui.workspace.caseload_loader import load, read_rows
from crisiskaart.ui.workspace.caseload_model import (
    ENTRY_ROLE,
    CaseloadFilter,
    CaseloadModel,
    CaseloadProxy,
    CaseloadRow,
    Column,
)
from crisiskaart.ui.workspace.diff_view import DiffView
from crisiskaart.ui.workspace.profile_dialogs import UnlockProfileDialog
from crisiskaart.ui.workspace.version_panel import VersionPanel
from crisiskaart.workspace import (
    DEFAULT_REVIEW_WINDOW_DAYS,
    Access,
    CaseloadEntry,
    ReviewState,
    scan_caseload,
    write_reminders_csv,
)

# Wider than this, the list and the versions of a card are stacked instead of side by side, so that
# at large text everything fits the common laptop screen of 1440 × 900 without cutting buttons off.
SIDE_BY_SIDE_MAX_PX = 1400


class CaseloadWindow(QMainWindow):
    """Left: the caseload (sortable, filterable). Right: versions and differences of the chosen card."""

    open_card_requested = Signal(object, object)  # (pathlib.Path, OndersteunerProfile)
    # (profile file, OndersteunerProfile): unlocked here, so the editor keeps it for this run
    profile_unlocked = Signal(object, object)
    loaded = Signal()  # a reading of the folder is in the list

    def __init__(self, profile: OndersteunerProfile | None = None, folder: Path | None = None, *,
                 review_days: int = DEFAULT_REVIEW_WINDOW_DAYS, language: Language = "nl",
                 today: Callable[[], dt.date] = dt.date.today, places: Places | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places = places  # its dialogs start in the remembered folders (ui/places.py)
        self.profile = profile
        self.profile_path: Path | None = None  # the file ``profile`` came from, once unlocked here
        self._readings = 0  # number of the newest reading of the folder
        self._reading: tuple[int, Future] | None = None  # the one under way
        self.folder = Path(folder) if folder else None
        self.review_days = review_days
        self.language = language
        self._today = today
        self.setObjectName("caseloadWindow")
        self.setWindowTitle(self.tr("Caseload — crisiskaart"))
        self.resize(1200, 720)

        self.who = QLabel()
        self.who.setWordWrap(True)
        self.choose_folder = QPushButton(self.tr("Choose &folder…"))
        self.unlock = QPushButton(self.tr("&Unlock profile…"))
        self.filter = QComboBox()
        for mode, text in (
            (CaseloadFilter.ALL, self.tr("All cards")),
            (CaseloadFilter.CONCEPT, self.tr("Drafts")),
            (CaseloadFilter.REVIEW_DUE, self.tr("Review due or expired")),
            (CaseloadFilter.EXPIRED, self.tr("Expired")),
            (CaseloadFilter.WITHDRAWN, self.tr("Withdrawn")),
            (CaseloadFilter.NO_ACCESS, self.tr("No access or damaged")),
        ):
            self.filter.addItem(text, mode.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("Show o&nly:"))
        filter_label.setBuddy(self.filter)
        search_label = QLabel(self.tr("S&earch:"))
        search_label.setBuddy(self.search)

        self.model = CaseloadModel(language, self)
        self.proxy = CaseloadProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.CLIENT, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Widths from the rows' words, worked out once per reading (``_fit_columns``): a header that
        # resizes to its contents asks every cell its size again at every change.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # names are never squeezed; the list scrolls sideways instead
        rows = self.table.verticalHeader()  # one line per card: every row as high, none asked its size
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setAccessibleDescription(self.tr(
            "One row per card. Press Enter to open the card in the editor."))
        self.open_button = QPushButton(self.tr("&Open in editor"))
        self.export_button = QPushButton(self.tr("E&xport review list…"))
        self.refresh_button = QPushButton(self.tr("Re&load"))
        for widget, name, description in (
            (self.choose_folder, self.tr("Choose folder"), self.tr("The folder with the card files")),
            (self.unlock, self.tr("Unlock profile"), self.tr("Unlock your ondersteuner profile")),
            (self.filter, self.tr("Show"), self.tr("Which cards the list shows")),
            (self.search, self.tr("Search"), self.tr("Shows only clients whose name contains this text")),
            (self.open_button, self.tr("Open in editor"), self.tr("Opens the chosen card in the editor")),
            (self.export_button, self.tr("Export review list"),
             self.tr("Saves the cards whose review is due or expired as a CSV file")),
            (self.refresh_button, self.tr("Refresh"), self.tr("Reads the folder again")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

        top = QHBoxLayout()
        top.addWidget(self.who, 1)
        top.addWidget(self.unlock)
        top.addWidget(self.choose_folder)
        top.addWidget(self.refresh_button)
        filters = QHBoxLayout()
        filters.addWidget(filter_label)
        filters.addWidget(self.filter)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(top)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(bottom)

        self.versions = VersionPanel(language, today)
        self.diff = DiffView(language)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Versions and differences"))
        self.tabs.addTab(self.versions, self.tr("&Versions"))
        self.tabs.addTab(self.diff, self.tr("D&ifferences"))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 440])
        self.splitter = splitter
        if splitter.minimumSizeHint().width() > SIDE_BY_SIDE_MAX_PX:
            splitter.setOrientation(Qt.Orientation.Vertical)  # large text: the list above its versions
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(splitter)
        self.setTabOrder(self.unlock, self.choose_folder)
        self.setTabOrder(self.choose_folder, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.filter)
        self.setTabOrder(self.filter, self.search)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.open_button)
        self.setTabOrder(self.open_button, self.export_button)

        find = QAction(self.tr("Search"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus())
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        self.addActions([find, refresh])

        self.filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_mode(CaseloadFilter(self.filter.currentData())))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self._export)
        self.refresh_button.clicked.connect(self.refresh)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.unlock.clicked.connect(self._unlock)
        self.versions.card_changed.connect(self.refresh_card)
        self.versions.compare_requested.connect(self.show_diff)
        self.refresh()

    # --- state ------------------------------------------------------------------------------
    def set_profile(self, profile: OndersteunerProfile | None) -> None:
        self.profile = profile
        self.refresh()

    def set_folder(self, folder: Path | None) -> None:
        self.folder = Path(folder) if folder else None
        self.refresh()

    def entries(self) -> list[CaseloadEntry]:
        """The cards listed; while the folder is being read, after the reading."""
        self.wait_loaded()
        return [row.entry for row in self.model.rows()]

    @property
    def loading(self) -> bool:
        return self._reading is not None

    def wait_loaded(self) -> None:
        """Finish a reading of the folder now (also for whoever needs its result at once)."""
        reading = self._reading
        if reading is not None:
            self._read_done(reading[0], reading[1])

    def refresh(self) -> None:
        """Read the folder again (index records only), on the loading thread."""
        profile, folder = self.profile, self.folder
        if profile is None:
            self.who.setText(self.tr("Unlock your ondersteuner profile to see your caseload."))
        else:
            who = profile.name + (f" ({profile.organisation})" if profile.organisation else "")
            where = str(folder) if folder else self.tr("no folder chosen")
            self.who.setText(self.tr("Profile: %1 · Folder: %2").replace("%1", who).replace("%2", where))
        self.unlock.setVisible(profile is None)
        self._readings += 1
        number = self._readings
        if profile is None or folder is None or not folder.is_dir():
            self._reading = None
            self._show_rows([])
            return
        today, days, model = self._today(), self.review_days, self.model
        # load() hands the callback back this window, typed as the QObject it was given.
        future = load(self, lambda: read_rows(folder, profile, today, days, model),
                      lambda window, done: cast(CaseloadWindow, window)._read_done(number, done))
        self._reading = (number, future)
        self.statusBar().showMessage(self.tr("Reading the cards in the folder…"))

    def _read_done(self, number: int, future: Future) -> None:
        if self._reading is None or self._reading[0] != number:
            return  # a newer reading overtook this one, or it was already shown
        self._reading = None
        try:
            rows = future.result()
        except OSError as error:  # the folder itself (gone, no permission); a card's own error is its row
            self._show_rows([])
            self.statusBar().showMessage(self.tr("The folder cannot be read: %1").replace(
                "%1", error.strerror or type(error).__name__))
            return
        self._show_rows(rows)

    def _show_rows(self, rows: list[CaseloadRow]) -> None:
        current = self.current_entry()
        self.model.set_rows(rows)
        self._fit_columns()
        if current is not None:
            self.select_path(current.path)
        self._update_status()
        self._row_changed()
        self.loaded.emit()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest words (the header's included), once per reading."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        pad = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 8
        arrow = header.fontMetrics().height() + 8  # room for the sort arrow beside the title
        rows = self.model.rows()
        for column, title in enumerate(self.model.titles()):
            words = {row.texts[column] for row in rows}
            widest = max((metrics.horizontalAdvance(text) for text in words), default=0)
            header.resizeSection(column, max(widest + pad, header.fontMetrics().horizontalAdvance(title)
                                             + pad + arrow))

    def refresh_card(self, path: Path) -> None:
        """Re-read one card's row after it was changed."""
        if self.profile is None:
            return
        for row, entry in enumerate(self.entries()):
            if entry.path == path:
                # Its copies are read again with it: a merge moves one away, a save changes the fork.
                files = [file for file in (path, *entry.copies) if file.exists()]
                new = scan_caseload(path.parent, self.profile, today=self._today(),
                                    window_days=self.review_days, paths=files)
                rows = self.model.rows()
                rows[row : row + 1] = self.model.rows_for(new)
                current = self.current_entry()
                self.model.set_rows(rows)
                if current is not None:
                    self.select_path(current.path)
                self._update_status()
                return

    def _update_status(self) -> None:
        entries = self.entries()
        due = sum(e.review in (ReviewState.DUE, ReviewState.EXPIRED) for e in entries)
        closed = sum(e.access is not Access.OK for e in entries)
        text = self.tr("%n card(s)", "", len(entries))
        text += " · " + self.tr("%n need(s) a review", "", due)
        text += " · " + self.tr("%n without access or damaged", "", closed)
        self.statusBar().showMessage(text)

    # --- selection --------------------------------------------------------------------------
    def current_entry(self) -> CaseloadEntry | None:
        index = self.table.currentIndex()
        return None if not index.isValid() else self.proxy.data(index, ENTRY_ROLE)

    def select_path(self, path: Path) -> bool:
        self.wait_loaded()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ENTRY_ROLE).path == path:
                self.table.setCurrentIndex(index)
                return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        """The card shown in the versions panel is closed with the window (its keys leave memory);
        showing the window again reads the selected row afresh."""
        self.versions.show_card(None, None)
        self.diff.set_versions([], self.versions.plan)
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.versions.card is None and self.current_entry() is not None:
            self._row_changed()

    def _row_changed(self, *_: object) -> None:
        entry = self.current_entry()
        readable = entry is not None and entry.access is Access.OK
        self.open_button.setEnabled(readable)
        self.versions.show_card(entry.path if entry is not None and readable else None,
                                self.profile if readable else None)
        if readable and self.versions.card is not None:
            self.diff.set_versions(self.versions.card.versions, self.versions.plan)
        else:
            self.diff.set_versions([], self.versions.plan)
        if entry is not None and not readable:
            self.versions.message.setText(sentence(entry.problem(self.language)))  # a sentence, as elsewhere

    def _activated(self, index: QModelIndex) -> None:
        self.open_selected()

    def open_selected(self) -> bool:
        entry = self.current_entry()
        if entry is None or entry.access is not Access.OK or self.profile is None:
            return False
        self.open_card_requested.emit(entry.path, self.profile)
        return True

    def _tab_changed(self, _index: int) -> None:
        """Side-by-side texts need room: the differences tab takes most of the width."""
        width = max(1, sum(self.splitter.sizes()))
        share = 0.68 if self.tabs.currentWidget() is self.diff else 0.37
        self.splitter.setSizes([int(width * (1 - share)), int(width * share)])

    def show_diff(self, a: int, b: int) -> None:
        self.diff.compare(a, b)
        self.tabs.setCurrentWidget(self.diff)

    # --- dialogs ----------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = choose_folder(self, self.tr("Folder with card files"), Place.CASELOAD, self.folder)
        if folder is not None:
            self.set_folder(folder)

    def _unlock(self) -> None:
        remembered = self.places.profile if self.places is not None else None
        dialog = UnlockProfileDialog(remembered, language=self.language, parent=self)
        if dialog.exec() and dialog.profile is not None:
            self.profile_path = Path(dialog.path.text().strip())  # the editor's lock screen re-checks it
            self.set_profile(dialog.profile)
            self.profile_unlocked.emit(self.profile_path, dialog.profile)

    def export_reminders(self, path: Path) -> int:
        return write_reminders_csv(path, self.entries(), self.language)

    def _export(self) -> None:
        path = save_file(self, self.tr("Export review list"), Place.EXPORTS, "herzieningen.csv",
                         self.tr("CSV file (*.csv)"), self.folder)
        if path is not None:
            count = self.export_reminders(path)
            self.statusBar().showMessage(self.tr("%n card(s) exported", "", count))
