"""Tree views whose rows grow with their wrapped text, so a long value is read whole, never "…".

A tree view asks its delegate for an item's size without the width of its column, so a long text
stays one line and is cut off; and it keeps row heights when a column is resized. Both matter in
the lists of versions and differences, where a note or a field's old and new text can be long.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget


class _WrappingDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        if isinstance(view, QTreeWidget):
            option = QStyleOptionViewItem(option)
            option.rect = QRect(0, 0, view.header().sectionSize(index.column()), 1)
        return super().sizeHint(option, index)


def wrap_rows(tree: QTreeWidget) -> None:
    """Let ``tree``'s rows be as high as their text wrapped to the column, also after a resize."""
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setItemDelegate(_WrappingDelegate(tree))
    tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())
