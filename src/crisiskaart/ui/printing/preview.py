"""Looking at the pages before printing: the real PDF, painted as the printer would get it.

The preview uses the raster path (``raster.paint_pdf``) at a screen-friendly resolution; the
pages have their real size, so what fits here fits on paper. *Afdrukken…* goes on to the print
dialog (this window closes first: only one window with the card's text is open at a time, and the
lock screen closes it).
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from crisiskaart.ui.printing.raster import PREVIEW_DPI, paint_pdf


class PrintPreview(QDialog):
    """The pages of one PDF, with zoom buttons, *Afdrukken…* (accept) and *Sluiten* (reject)."""

    def __init__(self, pdf: bytes, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Preview"))
        self.pdf = pdf
        self.printer = printer  # the widget keeps only a pointer to it: it must live as long
        self.pages = QPrintPreviewWidget(printer, self)
        self.pages.setObjectName("printPreviewPages")
        self.pages.setAccessibleName(self.tr("The pages as they will be printed"))
        self.pages.paintRequested.connect(self._paint)
        layout = QVBoxLayout(self)
        zoom = QHBoxLayout()
        for text, slot in ((self.tr("&Smaller"), self.pages.zoomOut), (self.tr("&Larger"), self.pages.zoomIn),
                           (self.tr("&Whole page"), self.pages.fitInView)):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            zoom.addWidget(button)
        zoom.addStretch(1)
        layout.addLayout(zoom)
        layout.addWidget(self.pages, 1)
        box = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setDefault(True)
        box.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(QDialogButtonBox.StandardButton.Close)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(760, 900)

    def _paint(self, printer: QPrinter) -> None:
        paint_pdf(self.pdf, printer, PREVIEW_DPI)

    def page_count(self) -> int:
        self.pages.updatePreview()  # painting happens on show; tests and screen readers ask earlier
        return self.pages.pageCount()

    def done(self, result: int) -> None:
        self.pdf = b""  # the card's text leaves with the window
        super().done(result)
