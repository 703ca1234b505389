"""What a merge of two copies did not take: per field, the value now on the card and the other one.

Where both copies changed the same field, the copy saved last wins. The other value is in the
version note, but a note is easy to miss and shortens long texts; this window lists every one in
full, so the person can check each and put the other value back (select it, or *Kopiëren*). It
does not block the editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.workspace.fork import ForkMerge
from crisiskaart.workspace.merge import ConflictText


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the person's own text, never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def _typed(value: Any) -> bool:
    """Whether the value is something to type back in (not a removed item, a whole section, ja/nee)."""
    return isinstance(value, str | int | float) and not isinstance(value, bool) and value != ""


class ConflictItem(QFrame):
    """One field: where it is, the value now on the card, and the value that was not taken."""

    def __init__(self, text: ConflictText, copyable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.setObjectName("conflictItem")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        this, other = self.tr("this copy"), self.tr("the other copy")
        kept_from, other_from = (other, this) if text.kept_from_other_copy else (this, other)
        self.title = _label(text.label, "conflictLabel")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.kept = _label(self.tr("Now on the card (from %1): %2").replace("%1", kept_from)
                           .replace("%2", text.kept), "conflictKept")
        self.other = _label(self.tr("Not taken over (from %1): %2").replace("%1", other_from)
                            .replace("%2", text.other), "conflictOther")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.kept)
        row = QHBoxLayout()
        row.addWidget(self.other, 1)
        self.copy_button: QPushButton | None = None
        if copyable:
            self.copy_button = QPushButton(self.tr("Copy"))
            self.copy_button.setAccessibleName(self.tr("Copy the value that was not taken over"))
            self.copy_button.setAutoDefault(False)
            self.copy_button.clicked.connect(self.copy)
            row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.other)


class MergeConflictsDialog(QDialog):
    """A list of the fields both copies changed, with the value kept and the value not taken."""

    def __init__(self, merged: ForkMerge, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert merged.result is not None and merged.version is not None
        self.setObjectName("mergeConflicts")
        self.setWindowTitle(self.tr("What was not taken over"))
        self.setModal(False)
        conflicts = merged.result.conflicts
        intro = _label(self.tr(
            "In %n part(s) both copies were changed differently. The card now has the value that "
            "was saved last. Check each one; type the other value in if that one is right.",
            "", len(conflicts)), "conflictIntro")
        content = QWidget()
        content.setObjectName("conflictList")
        items = QVBoxLayout(content)
        self.items: list[ConflictItem] = []
        for conflict in conflicts:
            text = merged.result.conflict_text(conflict, "en" if language == "en" else "nl")
            item = ConflictItem(text, _typed(conflict.other))
            items.addWidget(item)
            self.items.append(item)
        items.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("conflictScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrap, not cut
        self.scroll_area.setWidget(content)
        self.scroll_area.setAccessibleName(self.tr("Fields changed in both copies"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)
        # As tall as the list needs (one field: a small window), at most a screenful; then it scrolls.
        width = 760
        wanted = (intro.heightForWidth(width - 40) + content.sizeHint().height()
                  + buttons.sizeHint().height() + 48)
        self.resize(width, max(220, min(wanted, 560)))

    def rows(self) -> list[tuple[str, str, str]]:
        """(where, now on the card, not taken over) as shown, for reading aloud and for tests."""
        return [(item.title.text(), item.kept.text(), item.other.text()) for item in self.items]
