"""The caseload as a Qt item model, and a proxy that sorts and filters it (concept, review, …).

Status and review state are always spelled out in words; the row colour only repeats them. A card
with other files in the folder (sync conflict copies) says so in its status: "twee versies:
samenvoegen" when two of them each have their own changes.
"""

from __future__ import annotations

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
from crisiskaart.workspace import Access, CaseloadEntry, ReviewState

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

_DUE = QColor("#fff1c2")  # soft yellow: review soon
_EXPIRED = QColor("#ffd6d1")  # soft red: expired
_NO_ACCESS = QColor("#eeeeee")


class Column:
    CLIENT, STATUS, VERSION, SIGNED, VALID, REVIEW, CHANGED = range(7)
    COUNT = 7


class CaseloadModel(QAbstractTableModel):
    """Rows are ``CaseloadEntry`` objects from ``workspace.scan_caseload``."""

    def __init__(self, language: Language = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._entries: list[CaseloadEntry] = []

    def set_entries(self, entries: list[CaseloadEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> CaseloadEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Client"), self.tr("Status"), self.tr("Version"), self.tr("Signed on"),
                self.tr("Valid until"), self.tr("Review"), self.tr("Last change"))[section]

    # --- words ------------------------------------------------------------------------------
    def status_text(self, status: Status) -> str:
        return {
            Status.CONCEPT: self.tr("Draft"),
            Status.ONDERTEKEND: self.tr("Signed"),
            Status.ACTIEF: self.tr("Active"),
            Status.INGETROKKEN: self.tr("Withdrawn"),
            Status.VERVANGEN: self.tr("Superseded"),
        }[status]

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

    def _date(self, value: Any) -> str:
        return format_date(value, self.language) if value is not None else "—"

    # --- data -------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = {ReviewState.DUE: _DUE, ReviewState.EXPIRED: _EXPIRED}.get(entry.review)
            if entry.access is not Access.OK:
                colour = _NO_ACCESS
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and (entry.review in (ReviewState.DUE, ReviewState.EXPIRED)
                                                       or entry.access is not Access.OK):
            return QBrush(QColor("#1a1a1a"))  # readable on the light backgrounds in dark themes too
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [str(entry.path), *(str(path) for path in entry.copies)]
            return "\n".join(lines) + ("\n" + entry.problem(self.language) if entry.error else "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry, column)
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        return None

    def _status(self, status: str, entry: CaseloadEntry) -> str:
        copies = self.copies_text(entry)
        return f"{status} · {copies}" if copies else status

    def _display(self, entry: CaseloadEntry, column: int) -> str:
        index = entry.index
        if index is None:
            if column == Column.CLIENT:
                return f"{self.access_text(entry)} — {entry.path.name}"
            return self._status(self.access_text(entry), entry) if column == Column.STATUS else "—"
        return {
            Column.CLIENT: index.display_name or self.tr("(no name)"),
            Column.STATUS: self._status(self.status_text(index.status), entry),
            Column.VERSION: str(index.version_count),
            Column.SIGNED: self._date(index.signed_on),
            Column.VALID: self._date(index.valid_until),
            Column.REVIEW: self.review_text(entry),
            Column.CHANGED: index.last_change.astimezone().strftime("%Y-%m-%d %H:%M"),
        }[column]

    def _sort_key(self, entry: CaseloadEntry, column: int) -> Any:
        index = entry.index
        if index is None:  # unreadable cards sort after the readable ones
            return "\uffff" + entry.path.name if column == Column.CLIENT else "\uffff"
        return {
            Column.CLIENT: index.display_name.casefold(),
            Column.STATUS: list(Status).index(index.status),
            Column.VERSION: index.version_count,
            Column.SIGNED: index.signed_on.isoformat() if index.signed_on else "9999",
            Column.VALID: index.valid_until.isoformat() if index.valid_until else "9999",
            Column.REVIEW: entry.days_to_review if entry.days_to_review is not None else 10**6,
            Column.CHANGED: index.last_change.isoformat(),
        }[column]


class CaseloadFilter(StrEnum):
    ALL = "all"
    CONCEPT = "concept"
    REVIEW_DUE = "review_due"  # due soon or expired: both need action
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    NO_ACCESS = "no_access"


class CaseloadProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and filters by one ``CaseloadFilter`` plus a text in the client's name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = CaseloadFilter.ALL
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(Column.CLIENT)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

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
        status = entry.index.status if entry.index else None
        accepted = {
            CaseloadFilter.ALL: True,
            CaseloadFilter.CONCEPT: status is Status.CONCEPT,
            CaseloadFilter.REVIEW_DUE: entry.review in (ReviewState.DUE, ReviewState.EXPIRED),
            CaseloadFilter.EXPIRED: entry.review is ReviewState.EXPIRED,
            CaseloadFilter.WITHDRAWN: status is Status.INGETROKKEN,
            CaseloadFilter.NO_ACCESS: entry.access is not Access.OK,
        }[self.mode]
        return accepted and super().filterAcceptsRow(source_row, source_parent)
