"""The main window. For now a calm, read-only overview of every section of a plan; the guided
editor (issue 4) grows from here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
)

from crisiskaart.model import CrisisPlan, Language, PlanInvalid, example_plan, field_label, load_plan_json
from crisiskaart.ui.overview import SECTION_FIELDS, section_html


class MainWindow(QMainWindow):
    """Section list on the left, the chosen section on the right."""

    def __init__(self, language: Language = "nl") -> None:
        super().__init__()
        self.language = language
        self.plan: CrisisPlan | None = None
        self.setObjectName("mainWindow")
        self.resize(1000, 700)

        self.sections = QListWidget()
        self.sections.setObjectName("sectionList")
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setAccessibleDescription(self.tr("The parts of your crisis plan"))
        self.view = QTextBrowser()
        self.view.setObjectName("sectionView")
        self.view.setAccessibleName(self.tr("Section content"))
        self.view.setOpenLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 720])
        self.setCentralWidget(splitter)
        self.sections.currentRowChanged.connect(self._show_section)
        self._build_menus()
        self.show_plan(None)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open card…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_file)
        example_action = QAction(self.tr("Open the &example card"), self)
        example_action.triggered.connect(lambda: self.show_plan(example_plan(), example=True))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (open_action, example_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def show_plan(self, plan: CrisisPlan | None, example: bool = False) -> None:
        self.plan = plan
        self.sections.clear()
        if plan is None:
            self.setWindowTitle(self.tr("crisiskaart"))
            self.view.setHtml(
                "<h2>" + self.tr("Welcome") + "</h2><p>"
                + self.tr("Open a card with File › Open card, or look at the example card first.")
                + "</p>")
            return
        name = plan.personal.full_name or self.tr("new card")
        title = self.tr("%1 — example — crisiskaart") if example else self.tr("%1 — crisiskaart")
        self.setWindowTitle(title.replace("%1", name))
        for section in SECTION_FIELDS:
            if getattr(plan, section) is None:
                continue
            item = QListWidgetItem(field_label(section, self.language))
            item.setData(Qt.ItemDataRole.UserRole, section)
            self.sections.addItem(item)
        self.sections.setCurrentRow(0)

    def _show_section(self, row: int) -> None:
        if self.plan is None or row < 0:
            return
        section = self.sections.item(row).data(Qt.ItemDataRole.UserRole)
        self.view.setHtml(section_html(self.plan, section, self.language,
                                       self.tr("Nothing written here yet.")))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open card"), "",
                                              self.tr("Card in JSON (*.json)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Open an interchange JSON file; a clear message instead of a traceback when it fails."""
        try:
            with open(path, "rb") as stream:
                plan = load_plan_json(stream.read())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Cannot open card"),
                                self.tr("The file could not be read: %1").replace(
                                    "%1", error.strerror or str(error)))
            return False
        except PlanInvalid as invalid:
            lines = "\n".join(invalid.lines(self.language)[:10])
            QMessageBox.warning(self, self.tr("Cannot open card"),
                                self.tr("This file is not a readable card:") + "\n\n" + lines)
            return False
        self.show_plan(plan)
        return True
