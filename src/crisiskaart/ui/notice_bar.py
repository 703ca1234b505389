"""A calm message bar above the editor: what the person should know about the open card.

Opening a card can bring news that is no error (a sync service left another copy beside it, the
last save was cut off). A pop-up would stop the person before they see their card; the bar says
it in one sentence, offers the next step as a button, and can be put away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6 import QtCore  # its Qt namespace only after the first paint (ui/qt_names.py)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.ui.qt_names import show_as_plain_text


@dataclass(frozen=True)
class BarMessage:
    """One sentence, the buttons that act on it (text, action), and whether it needs attention."""

    text: str
    actions: tuple[tuple[str, Callable[[], object]], ...] = field(default=())
    warning: bool = True
    key: str = ""  # what the message is about (a store notice key), for finding it again


class NoticeRow(QFrame):
    """One message: a symbol, the sentence (wrapped, plain text), its buttons and "Verbergen".

    The buttons stand beside the sentence; when the window is too narrow for both (large text, a
    small screen), they move under it, so nothing is cut off and the window never has to grow.
    """

    MIN_TEXT_CHARACTERS = 28  # narrower than this, the sentence gets the whole width

    def __init__(self, message: BarMessage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.setObjectName("noticeRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Soft colours with dark text, readable in light and dark themes; the symbol and the words
        # carry the meaning, the colour only repeats it.
        background = "#fff1c2" if message.warning else "#e3effa"
        self.setStyleSheet(f"#noticeRow {{ background: {background}; border: 1px solid #c8b98a; "
                           "border-radius: 4px; } #noticeRow QLabel { color: #1a1a1a; }")
        self.symbol = QLabel("⚠" if message.warning else "ℹ")
        self.symbol.setAccessibleName(self.tr("Note") if message.warning else self.tr("Information"))
        self.label = QLabel(message.text)
        self.label.setObjectName("noticeText")
        show_as_plain_text(self.label)  # file names come from the folder, never markup
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMinimumWidth(self.label.fontMetrics().averageCharWidth() * 12)
        self.button_box = QWidget()
        buttons = QHBoxLayout(self.button_box)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        for text, action in message.actions:
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, action=action: action())
            buttons.addWidget(button)
            self.buttons.append(button)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setAccessibleName(self.tr("Hide this message"))
        self.hide_button.setAutoDefault(False)
        self.hide_button.clicked.connect(self.hide)
        buttons.addWidget(self.hide_button)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(10, 6, 6, 6)
        self._grid.addWidget(self.symbol, 0, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(self.label, 0, 1)
        self._grid.setColumnStretch(1, 1)
        self.narrow: bool | None = None
        self._arrange(narrow=False)
        self.setAccessibleName(message.text)

    def _arrange(self, narrow: bool) -> None:
        if narrow == self.narrow:
            return
        self.narrow = narrow
        self._grid.removeWidget(self.button_box)
        if narrow:
            self._grid.addWidget(self.button_box, 1, 1, QtCore.Qt.AlignmentFlag.AlignLeft)
        else:
            self._grid.addWidget(self.button_box, 0, 2, QtCore.Qt.AlignmentFlag.AlignVCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        text_room = self.width() - self.button_box.sizeHint().width() - self.symbol.sizeHint().width() - 40
        self._arrange(text_room < self.label.fontMetrics().averageCharWidth() * self.MIN_TEXT_CHARACTERS)
        super().resizeEvent(event)


class NoticeBar(QWidget):
    """The messages of the open card, one row each; invisible when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAccessibleName(self.tr("Messages about this card"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 0)
        self._layout.setSpacing(4)
        self.rows: list[NoticeRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_messages(self, messages: list[BarMessage]) -> None:
        self.clear()
        for message in messages:
            self.add(message)

    def add(self, message: BarMessage) -> NoticeRow:
        row = NoticeRow(message, self)
        self._layout.addWidget(row)
        row.show()  # a child added to a visible widget would otherwise appear only later
        self.rows.append(row)
        return row

    def remove(self, key: str) -> None:
        """Take away the messages about ``key`` (e.g. a copy that was just merged)."""
        for row in [row for row in self.rows if row.message.key == key]:
            self.rows.remove(row)
            row.setParent(None)
            row.deleteLater()

    def clear(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []

    def texts(self) -> list[str]:
        """The sentences now shown (what a screen reader reads too)."""
        return [row.message.text for row in self.rows if not row.isHidden()]
