"""Noodblad maken: a new herstelcode and its one-page sheet, saved before the code works.

The order matters. A code that works but is on no sheet would lock the client out of her own way
back, so the sheet is written first, as a new file (an existing file, perhaps the old sheet, is
never overwritten), and only then does the card get the code (``make_recovery_code(code=…)``).
If the card cannot be changed, the new sheet is removed again: its code never worked. The code is
then shown once. An earlier code stops working, and the page says so.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from crisiskaart.app.file_names import recovery_sheet_file_name
from crisiskaart.ui.access.changes import NotChanged, change_access
from crisiskaart.ui.access.common import AccessQuestion, ask_once
from crisiskaart.ui.places import Place, places_of

if TYPE_CHECKING:
    from crisiskaart.store import RecoveryCode
    from crisiskaart.ui.access.recovery_code_dialog import RecoveryCodeDialog
    from crisiskaart.ui.session import CardSession


def sheet_name(today: dt.date, language: str) -> str:
    """``noodblad-2026-12-01.pdf``: the day, never the client's name (names show up in file lists)."""
    return recovery_sheet_file_name(today=today, language=language)


def free_name(folder: Path, name: str) -> str:
    """``name``, or ``noodblad-2026-12-01-2.pdf`` when the first is taken, as a suggestion."""
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 1
    while (folder / name).exists():
        number += 1
        name = f"{stem}-{number}{suffix}"
    return name


class NoodbladFlow(QObject):
    """One round: ask once, choose where the sheet goes, write it, make the code work, show it.

    ``finished(message)``: a sentence for the Toegang page ("" when nothing happened).
    """

    finished = Signal(str)

    def __init__(self, session: CardSession, language: str, parent: QWidget,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.session, self.language, self.parent_widget = session, language, parent
        self.today = today or dt.date.today()
        self.question: AccessQuestion | None = None
        self.code_dialog: RecoveryCodeDialog | None = None
        self.sheet: Path | None = None

    def start(self) -> None:
        card = self.session.card
        assert card is not None
        had_code = card.access().recovery_code
        text = self.tr(
            "You make a new recovery code and the recovery sheet it is printed on. With the recovery "
            "code you open your card when you have forgotten your passphrase.\n\n"
            "First you save the sheet as a PDF file. Only then does the new code work.")
        if had_code:
            text += " " + self.tr("Your earlier recovery code then stops working.")
        text += "\n\n" + self.tr(
            "Your card gets a new key. The backups beside your card are deleted, because they still "
            "open the old way.")
        self.question = ask_once(self.parent_widget, self.tr("Make a recovery sheet"), text,
                                 self.tr("&Make the recovery sheet"), self._answered, default_yes=True)

    def _answered(self, yes: bool) -> None:
        self.question = None
        if not yes:
            self.finished.emit("")
            return
        self._make()

    def _make(self) -> None:
        from crisiskaart.export.recovery_sheet import recovery_sheet_pdf
        from crisiskaart.store import new_recovery_code

        card = self.session.card
        if card is None:
            self.finished.emit("")
            return
        code = new_recovery_code()
        pdf = recovery_sheet_pdf(code.text, card_file_name=card.path.name, made_on=self.today,
                                 language=self.language)
        had_code = card.access().recovery_code
        path = self._write(pdf)
        if path is None:
            self.finished.emit(self.tr("Nothing was changed: the recovery sheet was not saved."))
            return
        try:
            change_access(self.session, lambda opened: opened.make_recovery_code(code=code), self.language)
        except NotChanged as failed:
            path.unlink(missing_ok=True)  # its code never worked: the sheet must not look valid
            self.finished.emit(str(failed))
            return
        self.sheet = path
        self._show(code, path, replaced=had_code)

    def _write(self, pdf: bytes) -> Path | None:
        """Ask where the sheet goes until a new file is written there; None when cancelled."""
        from crisiskaart.app.errors import describe, sentence
        from crisiskaart.store import CardExists, StoreError, write_atomically

        places = places_of(self.parent_widget)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        remembered = places.folder(Place.EXPORTS) if places is not None else None
        folder = remembered or Path(documents or Path.home())
        caption = self.tr("Save the recovery sheet")
        while True:
            start = folder / free_name(folder, sheet_name(self.today, self.language))
            chosen, _ = QFileDialog.getSaveFileName(
                self.parent_widget, caption, str(start), self.tr("PDF file (*.pdf)"),
                options=QFileDialog.Option.DontConfirmOverwrite)  # we refuse an existing file ourselves
            if not chosen or not self.parent_widget.isVisible():
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            try:
                write_atomically(path, pdf, exclusive=True)
            except CardExists:
                folder = path.parent
                caption = self.tr("There is already a file with that name: choose another name")
                continue
            except (StoreError, OSError) as error:
                folder = path.parent
                caption = sentence(describe(error, self.language))
                continue
            if places is not None:
                places.remember(Place.EXPORTS, path)
            return path

    def _show(self, code: RecoveryCode, path: Path, *, replaced: bool) -> None:
        from crisiskaart.ui.access.recovery_code_dialog import RecoveryCodeDialog

        self.code_dialog = RecoveryCodeDialog(code.groups, path, replaced=replaced, parent=self.parent_widget)
        self.code_dialog.finished.connect(self._shown)
        self.code_dialog.open()

    def _shown(self, _result: int) -> None:
        dialog, self.code_dialog = self.code_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.finished.emit(self.tr("There is a new recovery code. Print the recovery sheet and keep it in a "
                                   "safe place."))
