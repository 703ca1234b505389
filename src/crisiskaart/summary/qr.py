"""QR codes at error correction M: the version a text needs, its printed size, PNG and SVG images.

The print rule (docs/responder-summary.md §2, "Size"): modules of at least 0.5 mm, so a phone
reads a worn card in poor light, and a symbol of at least 25 mm; around it a white quiet zone of
4 modules, *outside* the stated symbol size. The offline vCard may use the largest version whose
symbol still fits the height of the card's back panel at 0.5 mm modules: the quiet zone lies in
the panel's margin. PNG and SVG are written here without Pillow (a small zlib PNG writer), so
exports need no imaging library at run time.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import BIT_LIMIT_TABLE, MODE_8BIT_BYTE, QRData, length_in_bits
from reportlab.lib.units import mm

from crisiskaart.export.card_geometry import CONTENT_HEIGHT

QUIET_ZONE = 4  # modules, on every side (ISO/IEC 18004)
MIN_MODULE_MM = 0.5
MIN_SYMBOL_MM = 25.0
CARD_SYMBOL_MM = CONTENT_HEIGHT / mm  # the back panel's safe height: the largest printed symbol
LINKED_MAX_VERSION = 6


def modules(version: int) -> int:
    """Modules per side of a QR symbol of ``version``, without the quiet zone."""
    return 17 + 4 * version


def largest_version(side_mm: float, module_mm: float = MIN_MODULE_MM) -> int:
    """The largest version whose symbol, at ``module_mm`` per module, fits in ``side_mm``."""
    return min(40, int((side_mm / module_mm - 17) // 4))


OFFLINE_MAX_VERSION = largest_version(CARD_SYMBOL_MM)  # 19 on an ID-1 panel with 3.5 mm margins


@dataclass(frozen=True)
class PrintSize:
    """How large a QR prints: the symbol itself and the quiet zone around it, in mm."""

    modules: int  # per side, without the quiet zone
    module_mm: float

    @property
    def symbol_mm(self) -> float:
        return self.modules * self.module_mm

    @property
    def quiet_zone_mm(self) -> float:
        return QUIET_ZONE * self.module_mm

    @property
    def total_mm(self) -> float:
        return self.symbol_mm + 2 * self.quiet_zone_mm


def print_size(symbol_modules: int) -> PrintSize:
    """The card's size for a symbol of ``symbol_modules``: at least 25 mm, modules at least 0.5 mm."""
    return PrintSize(symbol_modules, max(MIN_SYMBOL_MM / symbol_modules, MIN_MODULE_MM))


class QrTooLarge(ValueError):
    """The text needs a QR version above the limit (or above 40)."""


def _segment(text: str) -> QRData:
    """``text`` as one byte-mode segment of UTF-8, the mode every decoder reads the same way."""
    return QRData(text.encode("utf-8"), mode=MODE_8BIT_BYTE, check_data=False)


def qr_version(text: str) -> int:
    """The smallest QR version (1–40) at error correction M that holds ``text`` (UTF-8, byte mode), or 41.

    Counted with the ``qrcode`` library's own tables (mode indicator, character count, 8 bits a
    byte), as its ``best_fit`` does, without building the bit stream: ``fit_vcard`` asks this
    dozens of times for every preview.
    """
    data_bits = 8 * len(text.encode("utf-8"))
    for version in range(1, 41):
        needed = 4 + length_in_bits(MODE_8BIT_BYTE, version) + data_bits  # mode, count, data
        if needed <= BIT_LIMIT_TABLE[ERROR_CORRECT_M][version]:
            return version
    return 41


def fits(text: str, max_version: int) -> bool:
    return qr_version(text) <= max_version


def qr_matrix(text: str, max_version: int = 40, quiet_zone: int = QUIET_ZONE) -> list[list[bool]]:
    """The modules of the QR (True = dark), including ``quiet_zone`` light modules on every side."""
    version = qr_version(text)
    if version > max_version:
        raise QrTooLarge(f"needs QR version {version}, at most {max_version} allowed")
    code = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=quiet_zone)
    code.add_data(_segment(text))
    code.make(fit=False)
    return [list(row) for row in code.get_matrix()]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(matrix: list[list[bool]], scale: int = 10, module_mm: float | None = None,
              description: str = "") -> bytes:
    """A 1-bit greyscale PNG of ``matrix`` with ``scale`` pixels per module.

    With ``module_mm`` the PNG says its physical resolution (pHYs), so a program that honours it
    prints the modules at that size; ``description`` goes into a tEXt "Description" chunk.
    """
    size = len(matrix) * scale
    rows = []
    for row in matrix:
        bits = "".join("0" if dark else "1" for dark in row for _ in range(scale))
        bits += "0" * (-len(bits) % 8)
        line = b"\x00" + int(bits, 2).to_bytes(len(bits) // 8, "big")
        rows.extend([line] * scale)
    header = struct.pack(">IIBBBBB", size, size, 1, 0, 0, 0, 0)  # 1 bit, greyscale
    extra = b""
    if module_mm:
        per_metre = round(scale / module_mm * 1000)
        extra += _chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))  # unit 1: metre
    if description:  # tEXt is Latin-1; anything else becomes "?" rather than a broken chunk
        extra += _chunk(b"tEXt", b"Description\x00" + description.encode("latin-1", "replace"))
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + extra
            + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + _chunk(b"IEND", b""))


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def svg_text(matrix: list[list[bool]], module_mm: float, title: str = "", description: str = "") -> str:
    """An SVG of ``matrix`` (quiet zone included) at ``module_mm`` per module, one path, crisp edges.

    Width and height are those of the whole drawing, quiet zone included, so it prints white;
    the symbol inside is ``(len(matrix) - 8) × module_mm`` wide, as ``description`` states.
    """
    n = len(matrix)
    path = "".join(f"M{x},{y}h1v1h-1z" for y, row in enumerate(matrix) for x, dark in enumerate(row) if dark)
    heading = f"<title>{_xml(title)}</title>" if title else ""
    heading += f"<desc>{_xml(description)}</desc>" if description else ""
    side = f"{round(n * module_mm, 3):g}mm"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{side}" height="{side}" '
        f'viewBox="0 0 {n} {n}" shape-rendering="crispEdges">{heading}'
        f'<rect width="{n}" height="{n}" fill="#fff"/><path fill="#000" d="{path}"/></svg>\n'
    )
