"""Side-by-side differences between two versions: section, field, version A, version B, what changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.model import CrisisPlan, Language
from crisiskaart.store import VersionInfo
from crisiskaart.ui.translations import plain_tooltip
from crisiskaart.ui.wrapping_rows import wrap_rows
from crisiskaart.workspace import Change, FieldChange, diff_plans

_COLOURS = {Change.ADDED: QColor("#dff3df"), Change.CHANGED: QColor("#fff1c2"),
            Change.REMOVED: QColor("#ffd6d1")}


class DiffView(QWidget):
    """Choose versions A and B; every changed field is a row, grouped under its section."""

    def __init__(self, language: Language = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._load: Callable[[int], CrisisPlan] | None = None
        self.changes: list[FieldChange] = []
        self.version_a = QComboBox()
        self.version_b = QComboBox()
        for combo, name in ((self.version_a, self.tr("Version A (older)")),
                            (self.version_b, self.tr("Version B (newer)"))):
            combo.setAccessibleName(name)
            combo.setAccessibleDescription(self.tr("The version to compare"))
        label_a = QLabel(self.tr("Compare version &A:"))
        label_a.setBuddy(self.version_a)
        label_b = QLabel(self.tr("with version &B:"))
        label_b.setBuddy(self.version_b)
        choose = QHBoxLayout()
        for widget in (label_a, self.version_a, label_b, self.version_b):
            choose.addWidget(widget)
        choose.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Version A"), self.tr("Version B"),
                                   self.tr("Change")])
        self.tree.setAccessibleName(self.tr("Differences"))
        self.tree.setAccessibleDescription(self.tr("Each changed field with its old and new text"))
        wrap_rows(self.tree)  # a long old or new text wraps instead of ending in "…"
        self.tree.setAlternatingRowColors(False)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.version_a.currentIndexChanged.connect(self.refresh)
        self.version_b.currentIndexChanged.connect(self.refresh)

    def change_text(self, change: Change) -> str:
        return {Change.ADDED: self.tr("Added"), Change.CHANGED: self.tr("Changed"),
                Change.REMOVED: self.tr("Removed")}[change]

    def set_versions(self, versions: Sequence[VersionInfo], load: Callable[[int], CrisisPlan],
                     a: int | None = None, b: int | None = None) -> None:
        """Offer ``versions``; ``load(number)`` gives the plan of a version."""
        self._load = load
        for combo in (self.version_a, self.version_b):
            combo.blockSignals(True)
            combo.clear()
            for info in versions:
                combo.addItem(self.tr("Version %1").replace("%1", str(info.number)), info.number)
            combo.blockSignals(False)
        count = len(versions)
        self.version_a.setCurrentIndex(max(0, (a or count - 1) - 1))
        self.version_b.setCurrentIndex(max(0, (b or count) - 1))
        self.refresh()

    def compare(self, a: int, b: int) -> None:
        self.version_a.setCurrentIndex(self.version_a.findData(a))
        self.version_b.setCurrentIndex(self.version_b.findData(b))
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        a, b = self.version_a.currentData(), self.version_b.currentData()
        if self._load is None or a is None or b is None:
            self.changes = []
            self.summary.setText("")
            return
        self.changes = diff_plans(self._load(a), self._load(b), self.language)
        self.summary.setText(self._summary_text(a, b))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        section_item: QTreeWidgetItem | None = None
        section = None
        for change in self.changes:
            if change.section_label != section:
                section = change.section_label
                section_item = QTreeWidgetItem([section])
                section_item.setFont(0, bold)
                self.tree.addTopLevelItem(section_item)
                section_item.setFirstColumnSpanned(True)  # across the row: only once in the tree
            row = QTreeWidgetItem([change.label, change.old or "—", change.new or "—",
                                   self.change_text(change.change)])
            for column in range(4):
                row.setBackground(column, QBrush(_COLOURS[change.change]))
                row.setForeground(column, QBrush(QColor("#1a1a1a")))
                tip = f"{change.label}\n{change.old or '—'}\n→ {change.new or '—'}"
                row.setToolTip(column, plain_tooltip(tip))
            assert section_item is not None
            section_item.addChild(row)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        widest = max(160, self.tree.viewport().width() // 3)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), widest))

    def _summary_text(self, a: int, b: int) -> str:
        if not self.changes:
            text = self.tr("No differences between version %1 and version %2.")
        else:
            text = self.tr("%n field(s) differ between version %1 and version %2.", "", len(self.changes))
        return text.replace("%1", str(a)).replace("%2", str(b))
