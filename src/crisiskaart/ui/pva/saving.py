"""Saving one of the plan's PDFs from a page of the editor: ask where, write, say the result in words.

Through the application layer, exactly as Bestand › Exporteren and the CLI do, so a concept gets
the CONCEPT mark and the file is written atomically. The proposed file name says what and when,
never whose (``app.file_names``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.places import Place, save_file
from crisiskaart.ui.translations import tr

if TYPE_CHECKING:
    from crisiskaart.app.exporting import ExportOutcome


class PdfSaver:
    """Writes ``export_format`` for the page's document and reports in ``status`` (a label)."""

    def __init__(self, widget: QWidget, document: PlanDocument, language: str,
                 today: Callable[[], dt.date], status: QLabel) -> None:
        self.widget, self.document, self.language, self.today, self.status = (
            widget, document, language, today, status)

    def export(self, export_format: str, path: Path, done: str, *, overwrite: bool = False
               ) -> ExportOutcome | None:
        """Write the file; ``done`` is the sentence to show, with %1 for the file."""
        from crisiskaart.app.errors import describe
        from crisiskaart.app.exporting import ExportRequest, export_plan
        from crisiskaart.ui.session import session_of

        session = session_of(self.document)
        version, status = session.shown_version() if session is not None else (None, None)
        request = ExportRequest(export_format, path, self.language, version=version, overwrite=overwrite,
                                today=self.today())
        try:
            outcome = export_plan(self.document.plan, request, status=status)
        except Exception as error:  # a full disk, no permission, a file that exists: said in words
            self.status.setText(tr("Could not save %1: %2").replace("%1", str(path))
                                .replace("%2", describe(error, self.language)))
            self.status.show()
            return None
        self.status.setText(done.replace("%1", str(path)))
        self.status.show()  # hidden until it has something to say (it takes a line under the buttons)
        return outcome

    def choose(self, export_format: str, caption: str, done: str) -> ExportOutcome | None:
        """Ask where (the save dialog), then write there."""
        asked = self.ask_path(export_format, caption)
        if asked is None:
            return None
        path, overwrite = asked
        return self.export(export_format, path, done, overwrite=overwrite)

    def ask_path(self, export_format: str, caption: str) -> tuple[Path, bool] | None:
        """The save dialog: the PDF file chosen, and whether replacing it was asked about (None
        when the person cancelled)."""
        from crisiskaart.app.exporting import proposed_file_name

        name = proposed_file_name(export_format, today=self.today(), language=self.language)
        chosen = save_file(self.widget, caption, Place.EXPORTS, name, tr("PDF files (*.pdf)"), Path.home())
        if chosen is None:
            return None
        path = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")
        # The save dialog asked before choosing an existing file; a ".pdf" added here was not asked
        # about, so that file is refused rather than replaced.
        return path, path == chosen
