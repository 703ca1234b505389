"""The caseload as a Qt item model, and a proxy that filters it (concept, review, …).

Status and review state are always spelled out in words; the row colour only repeats them. A card
with other files in the folder (sync conflict copies) says so in its status: "twee versies:
samenvoegen" when two of them each have their own changes.

A caseload can hold thousands of cards, and a view asks ``data()`` many times per cell (to paint,
to size, to sort, to filter). So every row's words and sort keys are worked out once, when the
cards are read (``CaseloadModel.rows_for``, on the loading thread), and ``data()`` only looks them up.
Sorting happens here too, with Python's sort over those keys, instead of in the proxy one
comparison (two ``data()`` calls) at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from crisiskaart.model import Language, format_date
from crisiskaart.store import Status
from crisiskaart.ui.workspace.status_words import status_text
from crisiskaart.workspace import Access, CaseloadEntry, ReviewState

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

_DUE = QColor("#fff1c2")  # soft yellow: review soon
_EXPIRED = QColor("#ffd6d1")  # soft red: expired
_NO_ACCESS = QColor("#eeeeee")
_DISPLAY, _ACCESSIBLE = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)
_BACKGROUND, _FOREGROUND = int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP, _SORT, _ENTRY = int(Qt.ItemDataRole.ToolTipRole), int(SORT_ROLE), int(ENTRY_ROLE)


class Column:
    CLIENT, STATUS, VERSION, SIGNED, VALID, REVIEW, CHANGED = range(7)
    COUNT = 7


class Shade:
    """The row's background, which only repeats what its words say."""

    NONE, DUE, EXPIRED, NO_ACCESS = range(4)


# --- rows -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CaseloadRow:
    """One card's row, worked out once: its words and sort key per column, and its shade."""

    entry: CaseloadEntry
    texts: tuple[str, ...]
    keys: tuple[tuple[int, Any], ...]  # (0, value) for a readable card, (1, file name) after them
    shade: int


_BRUSHES: dict[int, QBrush | None] = {}


def _brushes() -> dict[int, QBrush | None]:
    if not _BRUSHES:  # made on the GUI thread, at the first paint
        _BRUSHES.update({Shade.NONE: None, Shade.DUE: QBrush(_DUE), Shade.EXPIRED: QBrush(_EXPIRED),
                         Shade.NO_ACCESS: QBrush(_NO_ACCESS), -1: QBrush(QColor("#1a1a1a"))})
    return _BRUSHES


class CaseloadModel(QAbstractTableModel):
    """Rows are ``CaseloadRow`` objects made from ``workspace.scan_caseload``'s entries."""

    def __init__(self, language: Language = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._rows: list[CaseloadRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_entries(self, entries: list[CaseloadEntry]) -> None:
        self.set_rows(self.rows_for(entries))

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def rows(self) -> list[CaseloadRow]:
        return list(self._rows)

    def entry(self, row: int) -> CaseloadEntry:
        return self._rows[row].entry

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.titles()[section]

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Client"), self.tr("Status"), self.tr("Version"), self.tr("Signed on"),
                self.tr("Valid until"), self.tr("Review"), self.tr("Last change"))

    # --- words (``tr`` is thread-safe: the loading thread words the rows with these) ------------
    def review_text(self, entry: CaseloadEntry) -> str:
        days = entry.days_to_review
        if entry.review is ReviewState.EXPIRED:
            return self.tr("Expired (%n day(s) ago)", "", -(days or 0))
        if entry.review is ReviewState.DUE:
            return self.tr("Review due (in %n day(s))", "", days or 0)
        if entry.review is ReviewState.OK:
            return self.tr("On time")
        return self.tr("No review date")

    def copies_text(self, entry: CaseloadEntry) -> str:
        """What the other files of this card are: versions to merge, or older copies."""
        if entry.forks:
            versions = len(entry.forks) + 1
            if versions == 2:
                return self.tr("two versions: merge")
            return self.tr("%n versions: merge", "", versions)
        if not entry.copies:
            return ""
        if len(entry.copies) == 1:
            return self.tr("also an older copy")
        return self.tr("also %n older copies", "", len(entry.copies))

    def access_text(self, entry: CaseloadEntry) -> str:
        return {
            Access.NO_ACCESS: self.tr("No access"),
            Access.DAMAGED: self.tr("Damaged file"),
            Access.UNREADABLE: self.tr("Cannot read file"),
        }.get(entry.access, "")

    # --- rows ----------------------------------------------------------------------------------
    def rows_for(self, entries: list[CaseloadEntry]) -> list[CaseloadRow]:
        """The rows of ``entries``; no widgets, so it runs on the loading thread."""
        return [self.row_for(entry) for entry in entries]

    def row_for(self, entry: CaseloadEntry) -> CaseloadRow:
        copies = self.copies_text(entry)

        def with_copies(status: str) -> str:
            return f"{status} · {copies}" if copies else status

        index = entry.index
        if index is None:  # unreadable cards sort after the readable ones
            texts = tuple(f"{self.access_text(entry)} — {entry.path.name}" if column == Column.CLIENT
                          else with_copies(self.access_text(entry)) if column == Column.STATUS else "—"
                          for column in range(Column.COUNT))
            keys: tuple[tuple[int, str | int], ...] = tuple((1, entry.path.name) for _ in range(Column.COUNT))
            return CaseloadRow(entry, texts, keys, Shade.NO_ACCESS)

        def date(value: Any) -> str:
            return format_date(value, self.language) if value is not None else "—"

        texts = (
            index.display_name or self.tr("(no name)"),
            with_copies(status_text(index.status)),
            str(index.version_count),
            date(index.signed_on),
            date(index.valid_until),
            self.review_text(entry),
            index.last_change.astimezone().strftime("%Y-%m-%d %H:%M"),
        )
        keys = tuple((0, key) for key in (
            index.display_name.casefold(),
            list(Status).index(index.status),
            index.version_count,
            index.signed_on.isoformat() if index.signed_on else "9999",
            index.valid_until.isoformat() if index.valid_until else "9999",
            entry.days_to_review if entry.days_to_review is not None else 10**6,
            index.last_change.isoformat(),
        ))
        shade = {ReviewState.DUE: Shade.DUE, ReviewState.EXPIRED: Shade.EXPIRED}.get(entry.review, Shade.NONE)
        if entry.access is not Access.OK:
            shade = Shade.NO_ACCESS
        return CaseloadRow(entry, texts, keys, shade)

    # --- data: look-ups only ---------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._rows[index.row()].texts[index.column()] if index.isValid() else None
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == _BACKGROUND:
            return _brushes()[row.shade]
        if role == _FOREGROUND:  # readable on the light backgrounds in dark themes too
            return _brushes()[-1] if row.shade != Shade.NONE else None
        if role == _SORT:
            return row.keys[index.column()]
        if role == _ENTRY:
            return row.entry
        if role == _TOOLTIP:
            entry = row.entry
            lines = [str(entry.path), *(str(path) for path in entry.copies)]
            return "\n".join(lines) + ("\n" + entry.problem(self.language) if entry.error else "")
        return None

    # --- sorting: here, over the keys worked out once ----------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        position = {id(row): number for number, row in enumerate(self._rows)}
        self._rows = self._sorted(self._rows)
        new_place = {position[id(row)]: number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(before, [self.index(new_place[index.row()], index.column())
                                                for index in before])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[CaseloadRow]) -> list[CaseloadRow]:
        if self._sort is None:
            return rows
        column, order = self._sort
        if column < 0 or column >= Column.COUNT:
            return rows
        return sorted(rows, key=lambda row: row.keys[column],
                      reverse=order == Qt.SortOrder.DescendingOrder)


class CaseloadFilter(StrEnum):
    ALL = "all"
    CONCEPT = "concept"
    REVIEW_DUE = "review_due"  # due soon or expired: both need action
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    NO_ACCESS = "no_access"


class CaseloadProxy(QSortFilterProxyModel):
    """Filters by one ``CaseloadFilter`` plus a text in the client's name; the model sorts itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = CaseloadFilter.ALL
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(Column.CLIENT)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks; the source model sorts (one Python sort, not a comparison per
        pair of rows here), and this proxy keeps the source's order."""
        model = self.sourceModel()
        if isinstance(model, CaseloadModel):
            model.sort(column, order)
        else:  # pragma: no cover - any other model sorts here as usual
            super().sort(column, order)

    def set_mode(self, mode: CaseloadFilter) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self.mode = CaseloadFilter(mode)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.mode = CaseloadFilter(mode)
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CaseloadModel)
        entry = model.entry(source_row)
        if self.mode is not CaseloadFilter.ALL:
            status = entry.index.status if entry.index else None
            accepted = {
                CaseloadFilter.CONCEPT: status is Status.CONCEPT,
                CaseloadFilter.REVIEW_DUE: entry.review in (ReviewState.DUE, ReviewState.EXPIRED),
                CaseloadFilter.EXPIRED: entry.review is ReviewState.EXPIRED,
                CaseloadFilter.WITHDRAWN: status is Status.INGETROKKEN,
                CaseloadFilter.NO_ACCESS: entry.access is not Access.OK,
            }[self.mode]
            if not accepted:
                return False
        return not self.filterRegularExpression().pattern() or super().filterAcceptsRow(source_row,
                                                                                          source_parent)
