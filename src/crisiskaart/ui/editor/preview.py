"""The live wallet-card preview beside the editor.

It draws the very PDF the export writes (``crisiskaart.export.render_wallet_card``), rasterised with
pdfium, and lists what did not fit on the card in words. Rendering runs after a short pause in
typing, never per keystroke; it needs no encryption and no disk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from crisiskaart.model import CrisisPlan, field_label
from crisiskaart.model.plan import CardSection
from crisiskaart.ui.editor.document import PlanDocument

if TYPE_CHECKING:
    from crisiskaart.export.context import ExportContext
from crisiskaart.ui.translations import plain_tooltip, tr

PREVIEW_DELAY_MS = 600



def rasterise(pdf: bytes, width_px: int) -> list[QImage]:
    """Every page of a PDF as an image ``width_px`` wide (pdfium; no temporary files)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            scale = width_px / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                           else QImage.Format.Format_RGBA8888)
            images.append(image.copy())  # own the pixels before pdfium frees the bitmap
            page.close()
    finally:
        document.close()
    return images


def card_text_outline(plan: CrisisPlan, language: str) -> list[str]:
    """What goes on the card, in card order — shown when the renderer is not available."""
    lines = [plan.personal.full_name]
    for section in plan.card_order:
        value = getattr(plan, section.value, None)
        if section is CardSection.MY_CRISIS:
            texts = [plan.my_crisis.summary] if plan.my_crisis.summary_visibility.on_card else []
        elif section is CardSection.HEALTH:
            texts = [m.name for m in plan.health.medications if m.visibility.on_card]
            texts += [a.text for a in plan.health.allergies if a.visibility.on_card]
        else:
            texts = [getattr(i, "text", "") or getattr(i, "name", "") or getattr(i, "what", "")
                     for i in value or [] if i.visibility.on_card]
        if any(texts):
            lines.append("— " + field_label(section.value, language))  # type: ignore[arg-type]
            lines.extend(f"• {t}" for t in texts if t)
    return lines


class CardPreview(QWidget):
    def __init__(self, document: PlanDocument, language: str, context_factory: object = None) -> None:
        super().__init__()
        self.setObjectName("cardPreview")
        self.document, self.language = document, language
        self.context_factory = context_factory
        self.not_fitted: list = []
        self.qr_left_out: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        heading = QLabel(tr("Your card"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.images = QLabel()
        self.images.setObjectName("previewImages")
        self.images.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.images.setAccessibleName(tr("Preview of the wallet card"))
        self.images.setWordWrap(True)
        self.images.setTextFormat(Qt.TextFormat.PlainText)  # the outline is the person's own text
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.images)
        self.area.setAccessibleName(tr("Preview of the wallet card"))  # arrow keys scroll the card
        layout.addWidget(self.area, 1)
        self.problems = QLabel()
        self.problems.setObjectName("previewProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setAccessibleName(tr("What does not fit on the card"))
        layout.addWidget(self.problems)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render)
        document.changed.connect(self._timer.start)
        self.render()

    def context(self) -> ExportContext:
        """What the card is printed with (``app.context``, as every export): the responder QR, the
        version number and, for a version nobody signed, the CONCEPT mark."""
        from crisiskaart.app.context import prepare_context
        from crisiskaart.ui.session import session_of

        if callable(self.context_factory):
            return self.context_factory()
        session = session_of(self.document)
        version, status = session.shown_version() if session is not None else (None, None)
        prepared = prepare_context(self.document.plan, "wallet-card", language=self.language,
                                   version=version, status=status)
        self.qr_left_out = [entry.qr_text for entry in prepared.qr.left_out] if prepared.qr else []
        return prepared.context

    def render(self) -> None:
        plan = self.document.plan
        try:
            from crisiskaart.export import render_wallet_card
        except ImportError:
            self._show_outline(plan)
            return
        result = render_wallet_card(plan, self.context())
        width = max(200, self.area.viewport().width() - 8)
        ratio = self.devicePixelRatioF()  # a high-DPI screen: render its real pixels, stay sharp
        images = rasterise(result.pdf, round(width * ratio))
        self._show_images(images, ratio)
        self.not_fitted = list(result.not_fitted)
        if self.not_fitted:
            lines = [tr("Does not fit on the card (it stays in the plan):")]
            lines += [f"• {item.reason}: “{item.text}”" for item in self.not_fitted]
        else:
            lines = [tr("✓ Everything fits on the card.")]
        left_out = ""
        if self.qr_left_out:  # one line here; the list in the tooltip and for screen readers
            lines.append(self.tr("ⓘ %n lines do not fit in the QR code for emergency services; they are on "
                                 "the card.", "", len(self.qr_left_out)))  # "1 regel", "2 regels"
            left_out = "\n".join(f"• {text}" for text in self.qr_left_out)
        self.problems.setText("\n".join(lines))
        self.problems.setToolTip(plain_tooltip(left_out))
        self.problems.setAccessibleDescription(left_out)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._timer.start()  # re-render at the new width after resizing stops

    def _show_images(self, images: list[QImage], ratio: float = 1.0) -> None:
        if not images:
            return
        gap = round(12 * ratio)
        height = sum(i.height() for i in images) + gap * (len(images) - 1)
        total = QImage(max(i.width() for i in images), height, QImage.Format.Format_RGB888)
        total.fill(Qt.GlobalColor.lightGray)
        painter = QPainter(total)
        y = 0
        for image in images:
            painter.drawImage(0, y, image)
            y += image.height() + gap
        painter.end()
        pixmap = QPixmap.fromImage(total)
        pixmap.setDevicePixelRatio(ratio)  # shown at its size in screen points, with all its pixels
        self.images.setPixmap(pixmap)

    def _show_outline(self, plan: CrisisPlan) -> None:
        self.images.setText("\n".join(card_text_outline(plan, self.language)))
        self.problems.setText("")
