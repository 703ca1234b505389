"""Where file dialogs start: the folder the person used last for that kind of file.

Someone who keeps her card on a USB stick, or an ondersteuner with a caseload on a network share,
should not click through folders every time. Only paths are remembered (``ui/settings.py``), never
what a card contains. A window that remembers places has a ``places`` attribute; dialogs and pages
inside it find it through their parents (``places_of``), so a widget shown on its own (tests, the
caseload without the editor) simply starts in its fallback folder.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from crisiskaart.ui.settings import Settings


class Place(StrEnum):
    CARDS = "last_card_folder"  # opening and saving cards
    EXPORTS = "export_folder"  # PDFs, the review list
    CASELOAD = "caseload_folder"  # the ondersteuner's folder with client cards


def _existing(folder: Path | None) -> Path | None:
    """The folder, or the nearest folder above it that still exists (a USB stick may be gone)."""
    while folder is not None and not folder.is_dir():
        folder = folder.parent if folder.parent != folder else None
    return folder


class Places:
    """The remembered folders and the ondersteuner's profile file, over the editor's settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def folder(self, place: Place) -> Path | None:
        """The remembered folder if it (or a folder above it) still exists."""
        remembered: Path | None = getattr(self.settings, place.value)
        return _existing(remembered) if remembered is not None else None

    def remember(self, place: Place, chosen: Path) -> None:
        """Remember the folder of ``chosen`` (a file) or ``chosen`` itself (a folder)."""
        chosen = Path(chosen)
        setattr(self.settings, place.value, chosen if chosen.is_dir() else chosen.parent)
        self.settings.sync()

    @property
    def profile(self) -> Path | None:
        path = self.settings.profile_path
        return path if path is not None and path.is_file() else None

    def remember_profile(self, path: Path) -> None:
        self.settings.profile_path = Path(path)
        self.settings.sync()


def places_of(widget: QWidget | None) -> Places | None:
    """The places of the window ``widget`` is in, or None when it is not in such a window."""
    while widget is not None:
        places = getattr(widget, "places", None)
        if isinstance(places, Places):
            return places
        widget = widget.parentWidget()
    return None


def _start(widget: QWidget, place: Place, fallback: Path | None) -> Path:
    places = places_of(widget)
    remembered = places.folder(place) if places is not None else None
    return remembered or _existing(fallback) or Path.home()


def _keep(widget: QWidget, place: Place, chosen: str) -> Path | None:
    if not chosen:
        return None
    places = places_of(widget)
    if places is not None:
        places.remember(place, Path(chosen))
    return Path(chosen)


def open_file(widget: QWidget, caption: str, place: Place, file_filter: str = "",
              fallback: Path | None = None) -> Path | None:
    """Ask for an existing file, starting in the remembered folder; remembers the choice."""
    chosen, _ = QFileDialog.getOpenFileName(widget, caption, str(_start(widget, place, fallback)),
                                            file_filter)
    return _keep(widget, place, chosen)


def save_file(widget: QWidget, caption: str, place: Place, name: str, file_filter: str = "",
              fallback: Path | None = None) -> Path | None:
    """Ask where to save ``name``, starting in the remembered folder; remembers the choice."""
    start = _start(widget, place, fallback) / name
    chosen, _ = QFileDialog.getSaveFileName(widget, caption, str(start), file_filter)
    return _keep(widget, place, chosen)


def choose_folder(widget: QWidget, caption: str, place: Place, fallback: Path | None = None) -> Path | None:
    """Ask for a folder, starting in the remembered one; remembers the choice."""
    chosen = QFileDialog.getExistingDirectory(widget, caption, str(_start(widget, place, fallback)))
    return _keep(widget, place, chosen)
