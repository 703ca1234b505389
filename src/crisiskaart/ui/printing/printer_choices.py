"""The printer the person chose, with its settings, read back from Qt's print dialog.

The dialog starts at A4, full page (no margins of the printer's own, so nothing is scaled or
moved) and duplex over the long edge, which the wallet sheet needs to put each side of a panel
behind the other. What the person then changes — copies, one- or two-sided, pages, grey — is
honoured whichever way the pages reach the printer.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from crisiskaart.ui.printing.cups import CupsJob

_SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",  # every page we print is portrait
}


def new_printer() -> QPrinter:
    """A printer preset for our PDFs: A4 portrait, full page at 100 %, duplex on the long edge."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("crisiskaart")  # printer queues show it: never the person's name
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)  # a printer that cannot keeps its own
    return printer


def cups_job(printer: QPrinter) -> CupsJob:
    """The ``lp`` options for what was chosen in the dialog."""
    pages = ""
    if printer.printRange() == QPrinter.PrintRange.PageRange and not printer.pageRanges().isEmpty():
        pages = printer.pageRanges().toString()
    return CupsJob(
        printer=printer.printerName(),
        copies=max(1, printer.copyCount()),
        sides=_SIDES.get(printer.duplex(), "two-sided-long-edge"),
        collate=printer.collateCopies(),
        pages=pages,
        monochrome=printer.colorMode() == QPrinter.ColorMode.GrayScale,
    )


def page_indexes(printer: QPrinter, count: int) -> list[int]:
    """The pages (0-based) to paint: all, or the range chosen in the dialog."""
    if printer.printRange() != QPrinter.PrintRange.PageRange or printer.pageRanges().isEmpty():
        return list(range(count))
    ranges = printer.pageRanges()
    return [index for index in range(count) if ranges.contains(index + 1)]


def painting_is_private() -> bool:
    """Whether painting on a QPrinter keeps the pages out of files of ours.

    On Windows and macOS Qt hands the pages to the system's print spooler. Qt's CUPS engine (Linux,
    BSD) first writes the whole job to a temporary PDF file, which the card's plaintext must
    never be; there our PDF goes to ``lp`` instead (``cups``), or nothing is printed.
    """
    return sys.platform in ("win32", "darwin")
