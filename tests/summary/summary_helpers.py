"""Independent readers for what the summary package writes: a vCard parser, a QR decoder, a web server.

They share no code with ``crisiskaart.summary``, so a test that round-trips through them checks
our output against a second implementation, not against itself.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import io
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import zxingcpp
from PIL import Image


@dataclass
class Decoded:
    text: str
    version: int
    ec_level: str


def decode_qr(image: Image.Image) -> Decoded:
    """Decode exactly one QR code with zxing-cpp; its version and error-correction level too."""
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1, f"expected one QR code, found {len(found)}"
    extra = found[0].extra
    return Decoded(found[0].text, int(extra["Version"]), extra["ECLevel"])


def decode_png(data: bytes) -> Decoded:
    return decode_qr(Image.open(io.BytesIO(data)))


def svg_to_image(svg: str, scale: int = 8) -> Image.Image:
    """Rasterise the SVGs we write (one rect background, one path of unit squares)."""
    size = int(re.search(r'viewBox="0 0 (\d+) (\d+)"', svg).group(1))  # type: ignore[union-attr]
    image = Image.new("L", (size * scale, size * scale), 255)
    path = re.search(r'<path fill="#000" d="([^"]*)"', svg).group(1)  # type: ignore[union-attr]
    pixels = image.load()
    for x, y in re.findall(r"M(\d+),(\d+)h1v1h-1z", path):
        for dx in range(scale):
            for dy in range(scale):
                pixels[int(x) * scale + dx, int(y) * scale + dy] = 0  # type: ignore[index]
    return image


@dataclass
class VCard:
    properties: list[tuple[str, dict[str, str], str]] = field(default_factory=list)

    def values(self, name: str) -> list[str]:
        return [value for prop, _, value in self.properties if prop == name.upper()]

    def grouped(self, name: str) -> dict[str, str]:
        """``itemN.NAME`` values by group."""
        return {group: value for prop, params, value in self.properties
                if prop == name.upper() and (group := params.get("group", ""))}


def _unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def parse_vcard(text: str) -> VCard:
    """A small RFC 2426 reader: unfold lines, split name;params:value, unescape text values."""
    text = re.sub(r"\r\n[ \t]", "", text)
    lines = [line for line in re.split(r"\r\n|\n", text) if line]
    assert lines[0] == "BEGIN:VCARD" and lines[-1] == "END:VCARD", "not one vCard"
    card = VCard()
    for line in lines[1:-1]:
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        info: dict[str, str] = {}
        if "." in name:
            info["group"], name = name.split(".", 1)
        for param in params:
            key, _, val = param.partition("=")
            info[key.upper()] = val
        card.properties.append((name.upper(), info, _unescape(value)))
    return card


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port) for the duration; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
