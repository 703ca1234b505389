"""Where an export goes: a save dialog (a folder chooser for the website folder) in the remembered
export folder, with a proposed name that says what the file is and the day, never whose it is.

The dialog itself does not ask about an existing file: a suffix may still be added afterwards, so
the flow asks once, about the very path that will be written (``exists``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from crisiskaart.ui.exporting.choices import ExportChoice
from crisiskaart.ui.places import Place, places_of
from crisiskaart.ui.translations import QT_TRANSLATE_NOOP

_FILTERS = {
    ".pdf": QT_TRANSLATE_NOOP("ExportDestination", "PDF files (*.pdf)"),
    ".html": QT_TRANSLATE_NOOP("ExportDestination", "Web pages (*.html)"),
    ".png": QT_TRANSLATE_NOOP("ExportDestination", "PNG images (*.png)"),
    ".svg": QT_TRANSLATE_NOOP("ExportDestination", "SVG images (*.svg)"),
    ".txt": QT_TRANSLATE_NOOP("ExportDestination", "Text files (*.txt)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDestination", text)


def start_folder(widget: QWidget) -> Path:
    """The remembered export folder (or one above it that still exists), else the home folder."""
    places = places_of(widget)
    remembered = places.folder(Place.EXPORTS) if places is not None else None
    return remembered or Path.home()


def remember(widget: QWidget, folder: Path) -> None:
    """The next export starts in ``folder``."""
    places = places_of(widget)
    if places is not None:
        places.remember(Place.EXPORTS, folder)


def file_filter(choice: ExportChoice) -> str:
    """``PDF-bestanden (*.pdf)`` for the format, in the interface language."""
    return _tr(_FILTERS[choice.suffix])


def with_suffix(path: Path, choice: ExportChoice) -> Path:
    """``path`` ending in the format's suffix (a name typed without one gets it)."""
    if choice.writes_folder or path.suffix.lower() == choice.suffix:
        return path
    return path.with_name(path.name + choice.suffix)


def ask(widget: QWidget, choice: ExportChoice, name: str) -> Path | None:
    """The path to write ``choice`` to, or None when the person cancelled.

    For the website folder she chooses where it goes; the folder ``name`` is made inside it.
    """
    folder = start_folder(widget)
    options = QFileDialog.Option.DontConfirmOverwrite  # the flow asks once, about the final path
    if choice.writes_folder:
        where = QCoreApplication.translate("ExportDestination", "Choose where the folder “%1” goes")
        chosen = QFileDialog.getExistingDirectory(widget, where.replace("%1", name), str(folder))
        if not chosen:
            return None
        remember(widget, Path(chosen))
        return Path(chosen) / name
    title = QCoreApplication.translate("ExportDestination", "Save as")
    chosen, _ = QFileDialog.getSaveFileName(widget, title, str(folder / name), file_filter(choice),
                                            options=options)
    if not chosen:
        return None
    path = with_suffix(Path(chosen), choice)
    remember(widget, path.parent)
    return path


def exists(path: Path) -> bool:
    """Whether something is at ``path`` already; a path the system cannot even look at (a name too
    long) counts as free, and writing it then fails with its reason in words."""
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return False
