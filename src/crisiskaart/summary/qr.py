"""QR codes at error correction M: the smallest version that holds a text, and PNG/SVG images.

The limits come from DOMAIN.md §7: printed at >= 25 mm a QR stays readable by phones with modules
of about 0.4 mm, which allows version 6 for the linked QR and, with a 4-module quiet zone, version
10 for the offline vCard. PNG and SVG are written here without Pillow (a small zlib PNG writer),
so exports need no imaging library at run time.
"""

from __future__ import annotations

import struct
import zlib

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.exceptions import DataOverflowError

OFFLINE_MAX_VERSION = 10
LINKED_MAX_VERSION = 6
QUIET_ZONE = 4  # modules
PRINT_SIZE_MM = 25.0  # smallest printed size, quiet zone included


class QrTooLarge(ValueError):
    """The text needs a QR version above the limit (or above 40)."""


def qr_version(text: str) -> int:
    """The smallest QR version (1–40) at error correction M that holds ``text`` (UTF-8, byte mode)."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(text)
    try:
        return code.best_fit()
    except (DataOverflowError, ValueError):  # qrcode ≥ 8 says "Invalid version (was 41 …)"
        return 41


def fits(text: str, max_version: int) -> bool:
    return qr_version(text) <= max_version


def qr_matrix(text: str, max_version: int = 40, quiet_zone: int = QUIET_ZONE) -> list[list[bool]]:
    """The modules of the QR (True = dark), including ``quiet_zone`` light modules on every side."""
    version = qr_version(text)
    if version > max_version:
        raise QrTooLarge(f"needs QR version {version}, at most {max_version} allowed")
    code = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=quiet_zone)
    code.add_data(text)
    code.make(fit=False)
    return [list(row) for row in code.get_matrix()]


def png_bytes(matrix: list[list[bool]], scale: int = 10) -> bytes:
    """A 1-bit greyscale PNG of ``matrix`` with ``scale`` pixels per module."""
    size = len(matrix) * scale
    rows = []
    for row in matrix:
        bits = "".join("0" if dark else "1" for dark in row for _ in range(scale))
        bits += "0" * (-len(bits) % 8)
        line = b"\x00" + int(bits, 2).to_bytes(len(bits) // 8, "big")
        rows.extend([line] * scale)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 1, 0, 0, 0, 0)  # 1 bit, greyscale
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def svg_text(matrix: list[list[bool]], size_mm: float = PRINT_SIZE_MM, title: str = "") -> str:
    """An SVG of ``matrix`` that prints at ``size_mm`` (quiet zone included), one path, crisp edges."""
    n = len(matrix)
    path = "".join(f"M{x},{y}h1v1h-1z" for y, row in enumerate(matrix) for x, dark in enumerate(row) if dark)
    escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    heading = f"<title>{escaped}</title>" if title else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size_mm:g}mm" height="{size_mm:g}mm" '
        f'viewBox="0 0 {n} {n}" shape-rendering="crispEdges">{heading}'
        f'<rect width="{n}" height="{n}" fill="#fff"/><path fill="#000" d="{path}"/></svg>\n'
    )
