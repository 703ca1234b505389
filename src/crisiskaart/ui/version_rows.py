"""Which version a row of a version list stands for: the number kept in the row's first column.

The client's Kaart › Versies and the ondersteuner's timeline list versions the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget


def chosen_version(tree: QTreeWidget) -> int | None:
    """The number of the version in the current row, or None."""
    item = tree.currentItem()
    return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))


def choose_version(tree: QTreeWidget, number: int) -> None:
    """Make the row of version ``number`` the current one (nothing changes if it is not listed)."""
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == number:
            tree.setCurrentItem(item)
            return
