"""A field to draw a signature with the mouse, a pen or a finger; saved as a small PNG.

The PNG is greyscale and at most 600 × 200 pixels, well below the model's size cap, so the A4
plan can print it in the signature block (``SignOff.signature_png``).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

PNG_SIZE = QSize(600, 200)


class SignaturePad(QWidget):
    """Draw with the left mouse button or a pen; ``clear()`` starts again."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[QPainterPath] = []
        self._image: QImage | None = None  # a stored signature being shown
        self.setMinimumSize(300, 100)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(120)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Signature"))
        self.setAccessibleDescription(self.tr(
            "Draw the signature here with the mouse or a pen. A drawn signature is optional."))
        self.setCursor(Qt.CursorShape.CrossCursor)

    # --- content ----------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._strokes and self._image is None

    def clear(self) -> None:
        self._strokes.clear()
        self._image = None
        self.update()
        self.changed.emit()

    def set_png(self, data: bytes) -> None:
        self._strokes.clear()
        image = QImage()
        self._image = image if data and image.loadFromData(data, "PNG") else None
        self.update()

    def to_png(self) -> bytes:
        """The signature as PNG bytes (b"" when nothing is drawn)."""
        if self.is_empty():
            return b""
        image = QImage(PNG_SIZE, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_content(painter, QRectF(0, 0, PNG_SIZE.width(), PNG_SIZE.height()))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stub types the format as bytes, but at run time QImage.save accepts only a str.
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # stub wrong: format is str at run time
        return bytes(data.data())

    def add_stroke(self, points: list[QPointF]) -> None:
        """Add one stroke in widget coordinates (used by tests and by the input events)."""
        if not points:
            return
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        if len(points) == 1:
            path.lineTo(points[0] + QPointF(0.5, 0.5))
        self._strokes.append(path)
        self.update()
        self.changed.emit()

    # --- drawing ----------------------------------------------------------------------------
    def _paint_content(self, painter: QPainter, target: QRectF) -> None:
        if self._image is not None:
            painter.drawImage(target, self._image)
        scale_x = target.width() / max(1, self.width())
        scale_y = target.height() / max(1, self.height())
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(scale_x, scale_y)
        painter.setPen(QPen(QColor("black"), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        for stroke in self._strokes:
            painter.drawPath(stroke)
        painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#888888"), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        self._paint_content(painter, QRectF(self.rect()))
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        else:
            painter.setPen(QPen(QColor("#777777"), 1))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    # --- input ------------------------------------------------------------------------------
    def _start(self, point: QPointF) -> None:
        self._strokes.append(QPainterPath(point))
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._strokes:
            self._strokes[-1].lineTo(point)
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position())
            self.changed.emit()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._start(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self.changed.emit()
        event.accept()
