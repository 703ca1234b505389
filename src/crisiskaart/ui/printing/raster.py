"""Painting a PDF onto a printer (or the print preview) as images, each page full size at 100 %.

Used where no CUPS queue takes our PDF (Windows) and always for the preview. Each page is rendered
by pdfium in memory at the printer's resolution (at least 300 dpi, so small card text stays
sharp) and drawn at its real size, centred on the paper: an A4 page on A4 paper fills it exactly,
and the mirrored back of the wallet sheet stays behind its front.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

if TYPE_CHECKING:
    from pypdfium2 import PdfPage  # imported when painting: it loads the pdfium library

MIN_DPI = 300  # card text is 6.5 pt: below this it blurs
MAX_DPI = 600  # an A4 page at 600 dpi is already ~100 MB of pixels; the printer scales finer itself
PREVIEW_DPI = 150


def print_dpi(printer: QPrinter) -> int:
    """The resolution to render at for ``printer``: its own, kept between 300 and 600 dpi."""
    return max(MIN_DPI, min(MAX_DPI, printer.resolution()))


def _page_image(page: PdfPage, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                   QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888)
    return image.copy()  # own the pixels before pdfium frees the bitmap


def paint_pdf(pdf: bytes, printer: QPrinter, dpi: int, pages: Sequence[int] | None = None) -> bool:
    """Paint the pages (0-based; all by default) of ``pdf`` onto ``printer``; False if it cannot start.

    The printer must be set to full page (no margins of its own), so 100 % means 100 %.
    """
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            return False
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        device_dpi = printer.resolution()
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        indexes = list(range(len(document))) if pages is None else list(pages)
        for number, index in enumerate(indexes):
            if number:
                printer.newPage()
            page = document[index]
            width_pt, height_pt = page.get_size()
            image = _page_image(page, dpi)
            page.close()
            target = QRectF(0, 0, width_pt * device_dpi / 72, height_pt * device_dpi / 72)
            target.moveCenter(QRectF(0, 0, paper.width(), paper.height()).center())
            painter.drawImage(target, image)
        return True
    finally:
        if painter.isActive():
            painter.end()
        document.close()
