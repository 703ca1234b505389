"""The first screen: a new card, open a card, the example card, and recent cards (paths only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from crisiskaart.ui.qt_names import USER_ROLE
from crisiskaart.ui.titles import enlarge


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, recent: list[Path]) -> None:
        super().__init__()
        self.setObjectName("welcomePage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(12)
        layout.addWidget(enlarge(QLabel(self.tr("Welcome")), 1.8))
        intro = QLabel(self.tr(
            "Here you write your crisis plan and your crisis card, in your own words. "
            "You decide what is on the card. Everything is stored encrypted on this computer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.new_button = QPushButton(self.tr("Write a &new card"))
        self.open_button = QPushButton(self.tr("&Open a card…"))
        self.example_button = QPushButton(self.tr("Look at the e&xample card"))
        for button, signal in ((self.new_button, self.new_requested), (self.open_button, self.open_requested),
                               (self.example_button, self.example_requested)):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
            button.clicked.connect(signal)
            layout.addWidget(button)
        self.recent_label = QLabel(self.tr("&Recent cards:"))
        layout.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(self.tr("Recent cards"))
        self.recent.setAccessibleDescription(self.tr("Press Enter to open the chosen card"))
        self.recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(Path(item.data(USER_ROLE))))
        layout.addWidget(self.recent, 1)
        self.set_recent(recent)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name}\n    {path.parent}")
            item.setData(USER_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))
