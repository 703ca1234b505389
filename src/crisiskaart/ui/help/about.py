"""Over crisiskaart: the version, the licence, the responder viewer's fingerprint, and where the
program keeps its own files.

The viewer's SHA-256 is here because an organisation that hosts the linked QR summary must be able
to check that its copy of the page is exactly the one this program made; the folders are here
because a person who worries about their privacy should be able to see what this computer keeps.
Every value is selectable text, to copy into a message or a file manager.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from crisiskaart.ui.settings import Settings
from crisiskaart.ui.titles import enlarge

LICENCE = "EUPL-1.2"  # as in pyproject.toml; the installed package's metadata says the same


@dataclass(frozen=True)
class AboutFacts:
    version: str
    licence: str
    viewer_sha256: str
    settings_file: Path
    state_folder: Path
    last_card_folder: Path | None
    new_card_folder: Path


def _licence() -> str:
    from importlib import metadata

    try:
        found = metadata.metadata("crisiskaart")
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return LICENCE
    return found["License-Expression"] or found["License"] or LICENCE  # None when absent


def last_card_folder(settings: Settings) -> Path | None:
    """The folder a card was last opened from or saved to; None when this computer has not used one."""
    if settings.last_card_folder is not None:  # remembered places (ui/places.py)
        return settings.last_card_folder
    recent = settings.recent_files
    return recent[0].parent if recent else None


def about_facts(settings: Settings) -> AboutFacts:
    import crisiskaart
    from crisiskaart.store.seen import state_folder
    from crisiskaart.summary.viewer import viewer_sha256

    return AboutFacts(crisiskaart.__version__, _licence(), viewer_sha256(), Path(settings.path),
                      state_folder(), last_card_folder(settings), settings.card_folder)


def _value(text: str, accessible_name: str, monospace: bool = False) -> QLabel:
    """A value the person may want to copy: selectable by mouse and keyboard, never markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    label.setAccessibleDescription(text)
    if monospace:  # hex digits that are easy to compare; at the size of the interface's font
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(label.font().pointSizeF())
        label.setFont(font)
    label.setContentsMargins(12, 0, 0, 6)
    return label


class AboutDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 show_last_folder: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About crisiskaart"))
        self.facts = facts = about_facts(settings)
        layout = QVBoxLayout(self)
        layout.addWidget(enlarge(QLabel("crisiskaart"), 1.8))
        layout.addWidget(self._text(self.tr(
            "Write your crisis plan, your crisis card and your own plan of action (Wvggz), in your "
            "own words. Everything is stored encrypted on your own computer.")))
        self.version = _value(self.tr("Version %1").replace("%1", facts.version), self.tr("Version"))
        self.licence = _value(self.tr("Licence: %1 (European Union Public Licence)").replace(
            "%1", facts.licence), self.tr("Licence"))
        layout.addWidget(self.version)
        layout.addWidget(self.licence)
        layout.addWidget(self._heading(self.tr("Page for emergency services")))
        layout.addWidget(self._text(self.tr(
            "With a linked QR code, a responder's phone opens this program's viewer page. An "
            "organisation that hosts it can check its copy against this fingerprint (SHA-256):")))
        self.viewer = _value(facts.viewer_sha256, self.tr("SHA-256 of the viewer page"), monospace=True)
        layout.addWidget(self.viewer)
        layout.addWidget(self._heading(self.tr("Where your files are")))
        layout.addWidget(self._text(self.tr(
            "Settings: language, recent cards, folders used, window size. Nothing from a card:")))
        self.settings_file = _value(str(facts.settings_file), self.tr("Settings file"))
        layout.addWidget(self.settings_file)
        layout.addWidget(self._text(self.tr(
            "Which card versions this computer has seen, to warn about an older copy. Nothing "
            "from a card:")))
        self.state_folder = _value(str(facts.state_folder), self.tr("State folder"))
        layout.addWidget(self.state_folder)
        layout.addWidget(self._text(self.tr(
            "Your cards are where you saved them. The program keeps no copy anywhere else.")))
        if facts.last_card_folder is not None and show_last_folder:
            layout.addWidget(self._text(self.tr("Folder of the card you used last:")))
            self.card_folder = _value(str(facts.last_card_folder), self.tr("Folder of the last card"))
        else:
            layout.addWidget(self._text(self.tr("New cards are suggested in:")))
            self.card_folder = _value(str(facts.new_card_folder), self.tr("Folder for new cards"))
        layout.addWidget(self.card_folder)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self._fit(layout)

    def _fit(self, layout: QVBoxLayout) -> None:
        """Wide enough for the longest value on one line (a path or the fingerprint is never broken),
        and tall enough for every wrapped sentence at that width, also with a large font."""
        values = (self.version, self.licence, self.viewer, self.settings_file, self.state_folder,
                  self.card_folder)
        margins = layout.contentsMargins()
        longest = max(value.fontMetrics().horizontalAdvance(value.text()) + value.contentsMargins().left()
                      for value in values)
        width = max(self.fontMetrics().horizontalAdvance("M") * 40, longest + 8)
        width += margins.left() + margins.right()
        self.setMinimumSize(width, layout.totalHeightForWidth(width))
        self.resize(width, layout.totalHeightForWidth(width))

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = AboutDialog._text(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        return label
