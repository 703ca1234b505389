"""Independent readers for what the summary package writes: vCard parsers, QR decoders, a web server.

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
from dataclasses import dataclass
from pathlib import Path

import vobject
import zxingcpp
from PIL import Image
from pyzbar import pyzbar
from pyzbar.pyzbar import ZBarSymbol


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


def decode_zbar(image: Image.Image) -> str:
    """Decode exactly one QR code with zbar (Debian's libzbar0 through pyzbar): a second decoder."""
    found = pyzbar.decode(image.convert("L"), symbols=[ZBarSymbol.QRCODE])
    assert len(found) == 1, f"zbar: expected one QR code, found {len(found)}"
    return found[0].data.decode("utf-8")


def read_vcard(text: str) -> vobject.base.Component:
    """Parse with vobject, a vCard library independent of ours; exactly one card."""
    cards = list(vobject.readComponents(text))
    assert len(cards) == 1 and cards[0].name == "VCARD"
    return cards[0]


def vcard_phones(card: vobject.base.Component) -> list[tuple[str, str, list[str]]]:
    """(group, number, TYPE values) of every TEL, grouped or not, in order."""
    return [(tel.group or "", tel.value, [t.upper() for t in tel.params.get("TYPE", [])])
            for tel in card.contents.get("tel", [])]


def vcard_labels(card: vobject.base.Component) -> dict[str, str]:
    """Apple's ``itemN.X-ABLabel`` values by group."""
    return {label.group: label.value for label in card.contents.get("x-ablabel", [])}


def zxing_phones(text: str) -> list[tuple[str, str | None]]:
    """The numbers as ZXing's VCardResultParser finds them: (number, type).

    ZXing (core/src/main/java/com/google/zxing/client/result/VCardResultParser.java) matches
    ``(?:^|\\n)TEL(?:;([^:]*))?:`` in the raw text, so a grouped ``item1.TEL`` is not seen; the
    value runs to the next line break not followed by a space or tab; the type is the first
    ``TYPE=`` value, or a parameter without ``=``.
    """
    found = []
    for match in re.finditer(r"(?:^|\n)TEL(?:;([^:]*))?:", text, flags=re.IGNORECASE):
        value_start, end = match.end(), match.end()
        while (end := text.find("\n", end)) >= 0 and end + 1 < len(text) and text[end + 1] in " \t":
            end += 2
        value = text[value_start: end if end >= 0 else len(text)]
        value = re.sub(r"\r\n[ \t]", "", value).strip()
        kind = None
        for metadatum in match.group(1).split(";") if match.group(1) else []:
            key, equals, rest = metadatum.partition("=")
            if not equals or key.upper() == "TYPE":
                kind = rest if equals else metadatum
                break
        found.append((value, kind))
    return found


def android_phone_type(types: list[str]) -> str:
    """How Android's vCard importer files a number, after AOSP's VCardUtils.getPhoneTypeFromStrings.

    A known TYPE wins (VOICE is "Other", CELL "Mobile"); an unknown one, without X-, becomes a
    custom label; nothing at all makes it the person's "Home" number.
    """
    known = {"HOME": "Home", "WORK": "Work", "CELL": "Mobile", "VOICE": "Other", "OTHER": "Other",
             "PAGER": "Pager", "CAR": "Car", "ISDN": "ISDN"}
    kind: str | None = None
    for raw in types:
        upper = raw.upper()
        if upper in ("PREF", "FAX"):
            continue
        if upper.startswith("X-") and kind is None:
            upper, raw = upper[2:], raw[2:]
        if upper in known and (kind is None or kind.startswith("label:")):
            kind = known[upper]
        elif kind is None:
            kind = f"label:{raw}"
    return kind or "Home"


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


@contextlib.contextmanager
def serve_webdav(folder: Path, user: str, password: str, *, digest: bool = False) -> Iterator[str]:
    """A real WebDAV server (WsgiDAV on cheroot) for ``folder`` on 127.0.0.1; yields its base URL.

    Writing needs ``user`` and ``password`` (Basic, or Digest only with ``digest``), as on a
    Nextcloud or Apache mod_dav server. It shares no code with ``crisiskaart.summary.publish``.
    """
    from cheroot import wsgi
    from wsgidav.wsgidav_app import WsgiDAVApp

    app = WsgiDAVApp({
        "provider_mapping": {"/": str(folder)},
        "simple_dc": {"user_mapping": {"*": {user: {"password": password}}}},
        "http_authenticator": {"accept_basic": not digest, "accept_digest": True,
                               "default_to_digest": digest},
        "verbose": 1,
        "logging": {"enable_loggers": []},
        "dir_browser": {"enable": False},
    })
    server = wsgi.Server(("127.0.0.1", 0), app)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.bind_addr[1]}/"
    finally:
        server.stop()
        thread.join(timeout=5)
