"""One round of printing: chooser, preview, Qt's print dialog, then the pages to the printer.

Every dialog is opened with ``open()`` (window-modal, no nested event loop) and kept as an
attribute, so the lock screen can close it and tests can answer it. Only one of them is on screen
at a time. Whatever happens ends in one calm sentence: in the status bar when nothing went wrong
(sent, or nothing printed), in a small message box when the person has to do something.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox

from crisiskaart.app.context import speaks_for_card
from crisiskaart.ui.flow_steps import busy, dropped
from crisiskaart.ui.not_in_force import refusal
from crisiskaart.ui.printing import cups
from crisiskaart.ui.printing.documents import Printable, PrintSource, page_count, printables, render
from crisiskaart.ui.printing.printer_choices import cups_job, new_printer, page_indexes, painting_is_private

if TYPE_CHECKING:
    from crisiskaart.ui.main_window import MainWindow
    from crisiskaart.ui.printing.chooser import PrintChooser
    from crisiskaart.ui.printing.preview import PrintPreview

STATUS_SECONDS = 15


class PrintFlow(QObject):
    """Print the open card of ``window``; ``finished`` says how it ended."""

    finished = Signal(str)  # "sent", "cancelled", "no_printer", "failed", "refused" (no longer counts)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("printFlow")
        self.window, self.language = window, window.language
        self.active = False
        self.outcome = ""
        self.chooser: PrintChooser | None = None
        self.preview: PrintPreview | None = None
        self.print_dialog: QPrintDialog | None = None
        self.message_box: QMessageBox | None = None
        self.printer: QPrinter | None = None
        self.what: Printable | None = None
        self.sent_by = ""  # "cups" or "raster": how the pages went to the printer
        self.lp_answer = ""
        self._pdf = b""
        self._source: PrintSource | None = None

    # --- the steps -----------------------------------------------------------------------------
    def start(self) -> None:
        from crisiskaart.ui.printing.checks import card_checks
        from crisiskaart.ui.printing.chooser import PrintChooser

        session = self.window.session
        assert session is not None
        self.active = True
        if not QPrinterInfo.availablePrinters():
            self._tell(self.tr("There is no printer on this computer. You can also save the card as a PDF "
                               "(File › Export) and print it somewhere else."), "no_printer", warning=False)
            return
        if not session.is_example:
            session.flush()  # the paper carries the version number of what is on screen
        self._source = PrintSource.of(session, self.language,
                                      organisation_file=self.window.settings.organisation_file)
        with busy():
            checks = card_checks(self._source)
        choices = printables(self._source.plan)
        refused = refusal(session, self._source.version, self.language)
        if refused:  # a withdrawn or replaced card: only the Wvggz papers, if there are any
            choices = [what for what in choices if not speaks_for_card(what.value)]
            if not choices:
                self._tell(refused, "refused")
                return
        self.chooser = PrintChooser(choices, checks, self.language, self.window, note=refused)
        self.chooser.accepted.connect(self._chosen)
        self.chooser.rejected.connect(self._cancelled)
        self.chooser.open()

    def _chosen(self) -> None:
        from crisiskaart.app.errors import describe, sentence

        chooser, source = self.chooser, self._source
        assert chooser is not None and source is not None
        self.what = chooser.choice()
        dropped(chooser)
        self.chooser = None
        try:
            with busy():
                self._pdf = render(source, self.what)
        except Exception as error:  # a bug or a damaged profile: said in words, never a traceback
            self._tell(sentence(describe(error, self.language)), "failed")
            return
        self.printer = new_printer()
        if chooser.wants_preview:
            self._show_preview()
        else:
            self._show_print_dialog()

    def _show_preview(self) -> None:
        from crisiskaart.ui.printing.preview import PrintPreview

        self.preview = PrintPreview(self._pdf, new_printer(), self.window)
        self.preview.accepted.connect(self._previewed)
        self.preview.rejected.connect(self._cancelled)
        self.preview.open()

    def _previewed(self) -> None:
        dropped(self.preview)
        self.preview = None
        self._show_print_dialog()

    def _show_print_dialog(self) -> None:
        assert self.printer is not None
        options = QAbstractPrintDialog.PrintDialogOption
        dialog = QPrintDialog(self.printer, self.window)
        dialog.setObjectName("printDialog")
        # No "print to file": a PDF is saved with File › Export, which never overwrites by accident.
        dialog.setOptions(options.PrintPageRange | options.PrintShowPageSize | options.PrintCollateCopies)
        dialog.setMinMax(1, page_count(self._pdf))
        dialog.accepted.connect(self._print)
        dialog.rejected.connect(self._cancelled)
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() wants a slot to call; the signals do that here

    def _print(self) -> None:
        printer = self.printer
        assert printer is not None
        dropped(self.print_dialog)
        self.print_dialog = None
        name = printer.printerName()
        with busy():
            if cups.knows(name):
                self._send_to_cups(printer)
                return
            if not painting_is_private():
                text = self.tr("crisiskaart cannot print on “%1” without CUPS (the lp command). Save the "
                               "card as a PDF (File › Export) and print that.")
                self._tell(text.replace("%1", name), "failed")
                return
            self._paint(printer)

    def _send_to_cups(self, printer: QPrinter) -> None:
        job = cups_job(printer)
        try:
            self.lp_answer = cups.submit(self._pdf, job)
        except cups.NotSent as error:
            detail = (self.tr("lp stopped with code %1: %2").replace("%1", str(error.exit_code))
                      .replace("%2", error.detail) if error.exit_code is not None else error.detail)
            self._tell(self.tr("The printer “%1” did not take the job. Check that the printer is on, "
                               "and try again.").replace("%1", job.printer), "failed", detail=detail)
            return
        self.sent_by = "cups"
        self._sent(job.printer)

    def _paint(self, printer: QPrinter) -> None:
        from crisiskaart.ui.printing.raster import paint_pdf, print_dpi

        pages = page_indexes(printer, page_count(self._pdf))
        if not paint_pdf(self._pdf, printer, print_dpi(printer), pages):
            self._tell(self.tr("Printing on “%1” did not start. Check that the printer is on, and try "
                               "again.").replace("%1", printer.printerName()), "failed")
            return
        self.sent_by = "raster"
        self._sent(printer.printerName())

    # --- endings -------------------------------------------------------------------------------
    def _sent(self, printer: str) -> None:
        if self.what is Printable.CARD:
            text = self.tr("The card is on its way to the printer “%1”. Then cut it out at the corner marks "
                           "and fold it at the dashed lines.")
        else:
            text = self.tr("Sent to the printer “%1”.")
        self._status(text.replace("%1", printer), "sent")

    def _cancelled(self) -> None:
        if not self.active:
            return
        dropped(self.chooser)
        self.chooser = None
        dropped(self.preview)
        self.preview = None
        dropped(self.print_dialog)
        self.print_dialog = None
        self._status(self.tr("Nothing was printed."), "cancelled")

    def _status(self, text: str, outcome: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_SECONDS * 1000)
        self._end(outcome)

    def _tell(self, text: str, outcome: str, *, warning: bool = True, detail: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                          self.tr("Print"), text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("printMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if detail:
            box.setDetailedText(detail)  # lp's own words, for whoever helps; never the card's text
        box.finished.connect(box.deleteLater)
        self.message_box = box
        box.open()
        self._end(outcome)

    def _end(self, outcome: str) -> None:
        self.active = False
        self.outcome = outcome
        self._pdf = b""  # the card's text leaves memory with the job
        self._source = None
        self.finished.emit(outcome)

