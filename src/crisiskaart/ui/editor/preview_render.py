"""Drawing the card preview, away from the editor: what the render process runs.

No Qt here. The editor sends a *snapshot* of the plan (pickled bytes, taken on the GUI thread, so
later typing cannot change what is drawn) with the organisation profile it prints with, and gets
back the card's pages as raw pixels plus what did not fit — both from the one drawing, made with
the context printing uses (``app.context.printed_context``). It runs in a process of its own
(``python -m crisiskaart.ui.editor.preview_render``, started by ``ui/editor/preview.py``) because
the renderer is pure Python — in a thread it would hold the interpreter lock that the editor needs
for every key — and because pdfium may only be used from one thread at a time. The plan travels
through the process's pipes, never the disk.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from crisiskaart.app.context import PreparedContext
    from crisiskaart.export import NotFitted
    from crisiskaart.model import CrisisPlan
    from crisiskaart.model.organisation import OrganisationProfile


@dataclass(frozen=True)
class PreviewJob:
    """One request: the plan as it was on screen, and how the card is to be drawn."""

    plan: bytes  # pickle of the CrisisPlan: a copy, never the object the editor changes
    language: str
    version: int | None  # the version number and status the card carries (CardSession.shown_version)
    status: str | None
    width_px: int  # the width of the card's pages, in device pixels
    gap_px: int = 12  # grey space between side A and side B
    # The organisation profile as read when it was chosen (title, colour, logo, viewer address),
    # and its file, which a relative logo path is found beside.
    organisation: OrganisationProfile | None = None
    organisation_file: Path | None = None


@dataclass(frozen=True)
class CardImage:
    """All pages of the card one under the other, as 8-bit RGB rows of ``width * 3`` bytes.

    Composed here, so the editor turns it into a picture in one step."""

    width: int
    height: int
    pixels: bytes


@dataclass(frozen=True)
class PreviewResult:
    image: CardImage | None  # None: nothing to show (no pages)
    not_fitted: tuple[NotFitted, ...]
    qr_left_out: tuple[str, ...]  # the QR's statements that only the card itself holds
    available: bool  # False: the export libraries are not installed; the editor shows an outline
    pid: int  # which process and thread drew it (the editor never draws on its own GUI thread)
    thread: int
    seconds: float = 0.0  # how long the drawing took (what typing would have waited for)


def preview_context(plan: CrisisPlan, language: str, version: int | None, status: str | None,
                    organisation: OrganisationProfile | None = None, organisation_file: Path | None = None,
                    ) -> PreparedContext:
    """What the card is printed with (``app.context.printed_context``, as the print dialog): the
    organisation's title, colour and logo, its responder QR, the version number and, for a version
    nobody signed, the CONCEPT mark. A withdrawn version is marked as such: it is shown, so the
    person can read what it said and start a new concept from it, but never printed
    (``ui/not_in_force.py``), and on screen it must not look like a card in force either."""
    import dataclasses

    from crisiskaart.app.context import printed_context
    from crisiskaart.export.texts import export_text
    from crisiskaart.store.history import Status

    shown = Status(status) if status is not None else None
    prepared = printed_context(plan, "wallet-card", language=language, organisation=organisation,
                               organisation_file=organisation_file, version=version, status=shown)
    if shown is Status.INGETROKKEN:
        withdrawn = dataclasses.replace(prepared.context, mark=export_text("withdrawn_mark", language))
        prepared = dataclasses.replace(prepared, context=withdrawn)
    return prepared


GAP_GREY = 192  # Qt's light grey, as around the card in the editor


def rasterise(pdf: bytes, width_px: int, gap_px: int = 12) -> CardImage | None:
    """Every page of a PDF ``width_px`` wide, one under the other (pdfium; no temporary files)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    pages: list[tuple[int, int, int, bytes]] = []  # width, height, stride, RGB rows
    try:
        for page in document:
            bitmap = page.render(scale=width_px / page.get_width(), rev_byteorder=True)
            if bitmap.n_channels != 3:  # pdfium draws opaque pages as RGB; anything else is a bug
                raise ValueError(f"{bitmap.n_channels} channels")
            pages.append((bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
            page.close()
    finally:
        document.close()
    if not pages:
        return None
    width = max(page[0] for page in pages)
    rows: list[bytes] = []
    gap = bytes([GAP_GREY]) * (width * 3)
    for number, (page_width, height, stride, buffer) in enumerate(pages):
        if number:
            rows.extend([gap] * gap_px)
        pad = bytes([GAP_GREY]) * ((width - page_width) * 3)
        rows.extend(buffer[row * stride:row * stride + page_width * 3] + pad for row in range(height))
    return CardImage(width, len(rows), b"".join(rows))


def render_preview(job: PreviewJob) -> PreviewResult:
    """Draw the wallet card of ``job.plan`` as the export writes it (``render_wallet_card``)."""
    here = os.getpid(), threading.get_ident()
    start = time.perf_counter()
    plan = pickle.loads(job.plan)
    try:
        import pypdfium2  # noqa: F401 - both, or the outline

        from crisiskaart.export import render_wallet_card
    except ImportError:
        return PreviewResult(None, (), (), False, *here)
    prepared = preview_context(plan, job.language, job.version, job.status, job.organisation,
                               job.organisation_file)
    result = render_wallet_card(plan, prepared.context)
    left_out = tuple(entry.qr_text for entry in prepared.qr.left_out) if prepared.qr else ()
    image = rasterise(result.pdf, job.width_px, job.gap_px)
    return PreviewResult(image, tuple(result.not_fitted), left_out, True, *here,
                         seconds=time.perf_counter() - start)



# --- the render process ---------------------------------------------------------------------------
# Frames over the process's standard input and output: a 4-byte big-endian length, then a pickle.
# In: a PreviewJob. Out: ("ok", PreviewResult) or ("error", the failure's traceback as text).
HEADER = struct.Struct(">I")
FLAG = "--preview-renderer"  # how a bundled program is told to be the render process


def frame(message: object) -> bytes:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(data)) + data


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def serve(requests: BinaryIO, answers: BinaryIO) -> None:
    """Draw every job that comes in, until the editor closes its end (then the process ends)."""
    while (header := _read_exactly(requests, HEADER.size)) is not None:
        data = _read_exactly(requests, HEADER.unpack(header)[0])
        if data is None:
            return
        try:
            answer: tuple[str, object] = ("ok", render_preview(pickle.loads(data)))
        except Exception:  # a bug in the renderer: the editor says so; this process goes on
            answer = ("error", traceback.format_exc())
        answers.write(frame(answer))
        answers.flush()


def main() -> int:
    serve(sys.stdin.buffer, sys.stdout.buffer)
    return 0


if __name__ == "__main__":  # run as a module: answer with this module's classes, not __main__'s
    from crisiskaart.ui.editor.preview_render import main as serve_under_own_name

    sys.exit(serve_under_own_name())
