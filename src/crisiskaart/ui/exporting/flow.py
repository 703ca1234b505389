"""One export: the choice and its checks, where it goes, one question before replacing a file, the
file written through the application layer, and what came of it.

Every dialog of our own opens with ``open()`` and is kept as an attribute, so the lock screen can
close it (that counts as "no") and tests can answer it; the save dialog is Qt's own. Whatever
happens ends in one calm sentence: the report after saving, the status bar after a cancel, a small
message box when something went wrong — worded by ``crisiskaart.app.errors.describe``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from crisiskaart.app.context import speaks_for_card
from crisiskaart.app.errors import describe, sentence
from crisiskaart.ui.exporting import destination
from crisiskaart.ui.exporting.choices import ExportChoice, available
from crisiskaart.ui.flow_steps import busy, dropped
from crisiskaart.ui.not_in_force import refusal

if TYPE_CHECKING:
    from crisiskaart.app.exporting import ExportOutcome
    from crisiskaart.ui.exporting.dialog import ExportDialog
    from crisiskaart.ui.exporting.done import ExportDone
    from crisiskaart.ui.exporting.source import ExportSource
    from crisiskaart.ui.main_window import MainWindow
    from crisiskaart.ui.session import CardSession

STATUS_SECONDS = 15


class ExportFlow(QObject):
    """Export from the card open in ``window``; ``finished`` says how it ended."""

    finished = Signal(str)  # "saved", "cancelled", "failed", "refused" (the card no longer counts)

    def __init__(self, window: MainWindow, organisation_file: Path | None = None,
                 version: int | None = None) -> None:
        super().__init__(window)
        self.version = version  # a saved version of the card; None: what is on screen
        self.setObjectName("exportFlow")
        self.window, self.language = window, window.language
        self.organisation_file = organisation_file
        self.active = False
        self.outcome = ""
        self.dialog: ExportDialog | None = None
        self.question: QMessageBox | None = None
        self.done: ExportDone | None = None
        self.message_box: QMessageBox | None = None
        self.choice: ExportChoice | None = None
        self.destination: Path | None = None
        self.result: ExportOutcome | None = None
        self._session: CardSession | None = None
        self._source: ExportSource | None = None

    # --- the steps -------------------------------------------------------------------------------
    def start(self) -> None:
        from crisiskaart.ui.exporting.dialog import ExportDialog
        from crisiskaart.ui.exporting.source import ExportSource

        session = self.window.session
        assert session is not None
        self.active = True
        self._session = session
        if not session.is_example:
            session.flush()  # the file carries the version number of what is on screen
        try:
            with busy():
                if self.version is None or session.card is None:
                    self._source = ExportSource.of(session, self.language, self.organisation_file)
                else:
                    self._source = ExportSource.of_version(session, self.version, self.language,
                                                           self.organisation_file)
                checks = self._source.checks()
        except Exception as error:  # a damaged organisation profile, or a bug: in words
            self._tell(sentence(describe(error, self.language)), "failed")
            return
        choices, refused = available(self._source.plan), refusal(session, self._source.version, self.language)
        if refused:  # a withdrawn or replaced card: only the Wvggz papers, if there are any
            choices = [choice for choice in choices if not speaks_for_card(choice.format)]
            if not choices:
                self._tell(refused, "refused")
                return
        self.dialog = ExportDialog(choices, checks, self._source.viewer_ready, self.language, self.window,
                                   note=refused)
        self.dialog.accepted.connect(self._chosen)
        self.dialog.rejected.connect(self._cancelled)
        self.dialog.open()

    def _chosen(self) -> None:
        from crisiskaart.app.exporting import proposed_file_name

        dialog, source = self.dialog, self._source
        assert dialog is not None and source is not None
        self.choice = choice = dialog.choice()
        dropped(dialog)
        self.dialog = None
        if choice.needs_viewer and not source.viewer_ready:
            self._tell(dialog.needs_text().removeprefix("ℹ "), "cancelled", warning=False)
            return
        name = proposed_file_name(choice.format, today=source.today, language=self.language)
        path = destination.ask(self.window, choice, name)  # Qt's own dialog: it waits here
        if path is None or not self._still_open():
            self._cancelled()
            return
        self.destination = path
        if destination.exists(path):
            self._ask_to_replace(path, choice)
        else:
            self._write(path, overwrite=False)

    def _ask_to_replace(self, path: Path, choice: ExportChoice) -> None:
        if choice.writes_folder:
            text = self.tr("There is already a folder “%1” here. Replace the files in it?")
        else:
            text = self.tr("There is already a file “%1” in this folder. Replace it?")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Export"), text.replace("%1", path.name),
                          parent=self.window)
        box.setObjectName("exportReplace")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter keeps the old file
        self.question = box
        self.replace_button = replace
        # Locking the screen closes the question without a button: that is no yes.
        box.finished.connect(lambda _result: self._replace_answered(path, box.clickedButton() is replace))
        box.open()

    def _replace_answered(self, path: Path, yes: bool) -> None:
        self.question = None
        if yes and self._still_open():
            self._write(path, overwrite=True)
        else:
            self._cancelled()

    def _write(self, path: Path, *, overwrite: bool) -> None:
        from crisiskaart.app.exporting import ExportRequest, export_plan
        from crisiskaart.ui.exporting.done import ExportDone

        session, source, choice = self._session, self._source, self.choice
        assert session is not None and source is not None and choice is not None
        request = ExportRequest(choice.format, path, self.language, source.organisation_file,
                                version=source.version, overwrite=overwrite, today=source.today)
        try:
            with busy():
                if not session.is_example:
                    session.flush()  # a new QR link is saved in the card: nothing else may write now
                outcome = export_plan(source.plan, request, card=session.card, status=source.status)
        except Exception as error:  # a full disk, no permission, a bug: said in words, never a traceback
            self._tell(sentence(describe(error, self.language)), "failed")
            return
        if outcome.link_created_version is not None:  # only ever for the latest version, the one on screen
            # The card now keeps the QR's key; the plan on screen must keep it too, or the next
            # autosave would save the plan without it and printed cards would stop working.
            session.document.plan.responder_link = outcome.plan.responder_link
        self.result = outcome
        self.window.statusBar().showMessage(self.tr("Saved as %1.").replace("%1", str(path)),
                                            STATUS_SECONDS * 1000)
        self.done = ExportDone(outcome, choice, self.language, self.window)
        self.done.finished.connect(lambda _result: self._closed_done())
        self.done.open()
        self._end("saved")

    # --- endings ---------------------------------------------------------------------------------
    def _still_open(self) -> bool:
        """The card is still open and unlocked (a lock or close while a dialog was up means stop)."""
        return self.window.session is self._session and not self.window.locked

    def _closed_done(self) -> None:
        if self.done is not None:
            self.done.deleteLater()
            self.done = None

    def _cancelled(self) -> None:
        if not self.active:
            return
        dropped(self.dialog)
        self.dialog = None
        self.window.statusBar().showMessage(self.tr("Nothing was saved."), STATUS_SECONDS * 1000)
        self._end("cancelled")

    def _tell(self, text: str, outcome: str, *, warning: bool = True) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                          self.tr("Export"), text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("exportMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.finished.connect(box.deleteLater)
        self.message_box = box
        box.open()
        self._end(outcome)

    def _end(self, outcome: str) -> None:
        self.active = False
        self.outcome = outcome
        self._source, self._session = None, None  # the plan is not kept past the export
        self.finished.emit(outcome)

