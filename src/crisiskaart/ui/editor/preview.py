"""The live wallet-card preview beside the editor.

It draws the very PDF the export writes (``crisiskaart.export.render_wallet_card``), rasterised with
pdfium, with the context printing uses (``app.context.printed_context``): the organisation's title,
colour and logo, and the QR the printed card carries — linked once the card has its summary link,
offline before. It lists what did not fit on the card in words, from that same drawing. Drawing
starts after a short pause in typing, never per keystroke, and never on the GUI thread: a snapshot
of the plan goes to one render process (``preview_render``), and the pixels come back. A drawing
that is older than the newest request is dropped, so the card always ends on what was typed last.
It needs no encryption and no disk: the snapshot, with the organisation profile read when it was
chosen, travels through the process's pipe.

Why a process and not a thread: the renderer is pure Python. In a thread it would hold the
interpreter lock for hundreds of milliseconds at a time, and the editor needs that lock for every
key and every signal, so typing would stutter exactly while the card is drawn. pdfium, moreover,
may only be used from one thread at a time: here it is used in the render process only. If that
process dies or cannot start, the preview says so in words, shows the card's text as an outline,
and the next change starts a new process; typing is never affected.
"""

from __future__ import annotations

import atexit
import os
import pickle
import sys
import weakref
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEventLoop,
    QObject,
    QProcess,
    QProcessEnvironment,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QStyle
from shiboken6 import isValid

from crisiskaart.model import CrisisPlan
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.editor.frame import PreviewFrame
from crisiskaart.ui.editor.preview_render import FLAG, HEADER, CardImage, PreviewJob, PreviewResult, frame
from crisiskaart.ui.translations import plain_tooltip, tr

if TYPE_CHECKING:
    from crisiskaart.export.context import ExportContext
    from crisiskaart.model.organisation import OrganisationProfile

PREVIEW_DELAY_MS = 600


def card_text_outline(plan: CrisisPlan, language: str) -> list[str]:
    """What goes on the card, in card order — shown when the renderer is not available.

    The card's own selection (``export.card_content``, which needs no reportlab), so the outline
    names exactly what the printed card would hold, "Ook belangrijk" included.
    """
    from crisiskaart.export.card_content import card_content
    from crisiskaart.export.context import ExportContext

    content = card_content(plan, ExportContext(language=language))
    lines = [content.cover.name]
    for block in content.blocks:
        lines.append("— " + block.title)
        lines.extend("• " + f"{item.lead} {item.text}".strip() for item in block.items)
    return lines


class PreviewFailed(RuntimeError):
    """The render process failed on a plan; the message is its traceback."""


def card_pixmap(image: CardImage, ratio: float) -> QPixmap:
    """The render process's pixels as a pixmap shown at its size in screen points."""
    picture = QImage(image.pixels, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888)
    pixmap = QPixmap.fromImage(picture)  # copies: the bytes from the render process can go
    pixmap.setDevicePixelRatio(ratio)  # with all its pixels on a high-DPI screen
    return pixmap


def renderer_command() -> tuple[str, list[str], QProcessEnvironment]:
    """How the render process is started: this Python with the module, or this bundled program."""
    environment = QProcessEnvironment.systemEnvironment()
    if getattr(sys, "frozen", False):  # a bundle: its launchers know FLAG (packaging/pyinstaller)
        return sys.executable, [FLAG], environment
    import crisiskaart

    package_root = str(Path(crisiskaart.__file__).resolve().parents[1])  # found as this process found it
    paths = [package_root, *filter(None, environment.value("PYTHONPATH", "").split(os.pathsep))]
    environment.insert("PYTHONPATH", os.pathsep.join(paths))
    # -P: not the current folder first on the module path (a downloaded "pypdfium2.py" beside a card
    # must not be what runs)
    return sys.executable, ["-P", "-m", "crisiskaart.ui.editor.preview_render"], environment


class PreviewRenderer(QObject):
    """The one render process of the editor, shared by every preview (one card open at a time).

    It starts with the first request, after the window is on screen, and stays for the rest of the
    run, so opening another card draws at once. Requests and answers are frames over its pipes,
    read by Qt's event loop (``QProcess``): no thread of this process waits for it. Answers come
    back in the order of the requests; an answer for a preview that was closed meanwhile is
    dropped. When the process ends unexpectedly, every waiting preview hears so, and the next
    request starts a new one.
    """

    def __init__(self) -> None:
        super().__init__()
        self._process: QProcess | None = None
        self._buffer = bytearray()
        self._waiting: deque[weakref.ref[CardPreview]] = deque()  # one per request sent, in order
        self._unsent: list[bytes] = []  # requests made while the process was starting
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def submit(self, job: PreviewJob, preview: CardPreview) -> None:
        process = self._started_process()
        self._waiting.append(weakref.ref(preview))
        data = frame(job)
        if process.state() == QProcess.ProcessState.Running:
            process.write(data)
        else:
            self._unsent.append(data)

    def pid(self) -> int | None:
        """The render process's id while it runs."""
        if self._process is None or self._process.state() != QProcess.ProcessState.Running:
            return None
        return int(self._process.processId())

    def _started_process(self) -> QProcess:
        if self._process is None:
            process = QProcess(self)
            program, arguments, environment = renderer_command()
            process.setProgram(program)
            process.setArguments(arguments)
            process.setProcessEnvironment(environment)
            process.setStandardErrorFile(QProcess.nullDevice())  # never the card's text in a log
            process.started.connect(lambda: self._send_unsent(process))
            process.readyReadStandardOutput.connect(lambda: self._read(process))
            process.errorOccurred.connect(lambda _error: self._lost(process))
            process.finished.connect(lambda _code, _status: self._lost(process))
            self._process = process
            process.start()
        return self._process

    def _send_unsent(self, process: QProcess) -> None:
        for data in self._unsent:
            process.write(data)
        self._unsent.clear()

    def _read(self, process: QProcess) -> None:
        if process is not self._process:
            return
        self._buffer += process.readAllStandardOutput().data()
        while len(self._buffer) >= HEADER.size:
            (size,) = HEADER.unpack_from(self._buffer)
            if len(self._buffer) < HEADER.size + size:
                return
            with memoryview(self._buffer) as view:  # our own render process, over its pipe
                answer = pickle.loads(view[HEADER.size:HEADER.size + size])
            del self._buffer[:HEADER.size + size]
            self._deliver(self._waiting.popleft() if self._waiting else None, answer)

    def _lost(self, process: QProcess) -> None:
        """The process ended or could not start: tell whoever waits, start anew next time."""
        if process is not self._process:
            return
        self._process = None
        self._buffer.clear()
        self._unsent.clear()
        waiting, self._waiting = list(self._waiting), deque()
        if isValid(process):
            process.deleteLater()
        for reference in waiting:
            self._deliver(reference, ("lost", ""))

    @staticmethod
    def _deliver(reference: weakref.ref[CardPreview] | None, answer: tuple[str, object]) -> None:
        preview = reference() if reference is not None else None
        if preview is not None and isValid(preview):
            preview._finished(answer)

    def shutdown(self) -> None:
        """Close the process's input: it ends by itself once its current drawing is done."""
        process, self._process = self._process, None
        self._waiting.clear()
        if process is not None and isValid(process) and process.state() != QProcess.ProcessState.NotRunning:
            process.closeWriteChannel()
            if not process.waitForFinished(2000):
                process.kill()
                process.waitForFinished(1000)


_renderer: PreviewRenderer | None = None


def renderer() -> PreviewRenderer:
    """The render process of this program (made on first use, on the GUI thread)."""
    global _renderer
    if _renderer is None or not isValid(_renderer):
        _renderer = PreviewRenderer()
        atexit.register(_shutdown)  # also without the event loop's end (scripts, tests)
    return _renderer


def _shutdown() -> None:
    if _renderer is not None and isValid(_renderer):
        _renderer.shutdown()


class CardPreview(PreviewFrame):
    """The card as it will be printed, redrawn after each pause in typing.

    ``request_drawing()`` asks for a new drawing of what is on screen now; ``rendered`` fires when a drawing
    is shown. At most one request is on its way at a time: one asked for meanwhile is sent when the
    running one comes back, and that running one is then dropped unseen. ``use_organisation`` sets
    the organisation profile the card is printed with (Ondersteuner › Organisatie…) and draws anew.
    """

    rendered = Signal()

    def __init__(self, document: PlanDocument, language: str) -> None:
        super().__init__()
        self.document, self.language = document, language
        self.not_fitted: list = []
        self.qr_left_out: list[str] = []
        self.last_result: PreviewResult | None = None
        self.organisation: OrganisationProfile | None = None
        self.organisation_file: Path | None = None
        self.organisation_problem = ""  # why the profile cannot be used, in words ("" when it can)
        self._wanted = 0  # number of the newest request
        self._running: int | None = None  # number of the request the render process is drawing
        self._shown = 0  # number of the request whose drawing is on screen
        self._painted = False
        self._ratio = 1.0  # device pixel ratio of the drawing asked for
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.request_drawing)
        document.changed.connect(self._timer.start)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the first drawing is asked for once the window is on screen
            self._painted = True
            if self._wanted == 0:
                QTimer.singleShot(0, self.request_drawing)

    def use_organisation(self, path: Path | None) -> None:
        """Draw the card with the organisation profile at ``path`` (None: none), as printing does.

        The file is read here, once: every drawing then gets the same profile in its snapshot. A
        profile that cannot be used is said below the card, which is drawn without it meanwhile;
        printing and exporting refuse it with the same words.
        """
        profile: OrganisationProfile | None = None
        problem = ""
        if path is not None:
            from crisiskaart.app.errors import describe, sentence
            from crisiskaart.app.organisation import load_organisation

            try:
                profile = load_organisation(path)
            except Exception as error:  # a damaged or missing file: in words, never a traceback
                problem = sentence(describe(error, self.language))
        self.organisation, self.organisation_file, self.organisation_problem = profile, path, problem
        if self._wanted:  # already drawn (or on its way): draw again with the new profile
            self.request_drawing()

    def context(self) -> ExportContext:
        """The context the card is drawn with: the one printing what is on screen would use."""
        from crisiskaart.ui.editor.preview_render import preview_context

        version, status = self._version()
        return preview_context(self.document.plan, self.language, version, status, self.organisation,
                               self.organisation_file).context

    def _version(self) -> tuple[int | None, str | None]:
        from crisiskaart.ui.session import session_of

        session = session_of(self.document)
        version, status = session.shown_version() if session is not None else (None, None)
        return version, (str(status.value) if status is not None else None)

    # --- asking for a drawing, and showing it ------------------------------------------------------
    def request_drawing(self) -> None:
        """Ask for a drawing of the plan as it is now (it appears when the render process is done)."""
        self._timer.stop()
        self._wanted += 1
        if self._running is None:
            self._submit()

    def drawn(self) -> bool:
        """Whether the newest request's drawing (or the outline instead) is on screen."""
        return self._shown > 0 and self.is_current()

    def is_current(self) -> bool:
        """Whether the drawing on screen is of the newest request."""
        return self._running is None and self._shown == self._wanted

    def wait_rendered(self, timeout_ms: int = 60_000) -> bool:
        """Let the event loop run until the newest request is on screen (scripts, screenshots)."""
        clock = QElapsedTimer()
        clock.start()
        loop = QEventLoop()
        while not self.is_current() and clock.elapsed() < timeout_ms:
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        return self.is_current()

    def _submit(self) -> None:
        # the card is taller than the area: leave room for the vertical scroll bar, never a sideways one
        bar = self.area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max(200, self.area.width() - 2 * self.area.frameWidth() - bar - 8)
        ratio = self.devicePixelRatioF()  # a high-DPI screen: render its real pixels, stay sharp
        version, status = self._version()
        self._ratio = ratio
        job = PreviewJob(pickle.dumps(self.document.plan, protocol=pickle.HIGHEST_PROTOCOL),
                         self.language, version, status, round(width * ratio), round(12 * ratio),
                         self.organisation, self.organisation_file if self.organisation is not None else None)
        self._running = self._wanted
        renderer().submit(job, self)

    def _finished(self, answer: tuple[str, object]) -> None:
        number, self._running = self._running, None
        if number is None:
            return
        if number < self._wanted:  # typed on meanwhile: this drawing is already out of date
            self._submit()
            return
        self._shown = number
        kind, content = answer
        if kind == "lost":  # the render process stopped; the next change starts a new one
            self._show_outline(self.document.plan, tr("The card could not be drawn just now. It is drawn "
                                                      "again after your next change."))
            self.rendered.emit()
            return
        if kind == "error":
            self._show_outline(self.document.plan)
            self.rendered.emit()
            raise PreviewFailed(str(content))  # a bug: the crash guard saves the card and says so
        result = content
        assert isinstance(result, PreviewResult)
        self.last_result = result
        if not result.available:
            self._show_outline(self.document.plan)
            self.rendered.emit()
            return
        if result.image is not None:
            self.images.setPixmap(card_pixmap(result.image, self._ratio))
        self.not_fitted = list(result.not_fitted)
        self.qr_left_out = list(result.qr_left_out)
        if self.not_fitted:
            lines = [tr("Does not fit on the card (it stays in the plan):")]
            lines += [f"• {item.reason}: “{item.text}”" for item in self.not_fitted]
        else:
            lines = [tr("✓ Everything fits on the card.")]
        if self.organisation_problem:
            lines.append(self.organisation_problem)
        left_out = ""
        if self.qr_left_out:  # one line here; the list in the tooltip and for screen readers
            lines.append(self.tr("ℹ %n lines do not fit in the QR code for emergency services; they are on "
                                 "the card.", "", len(self.qr_left_out)))  # "1 regel", "2 regels"
            left_out = "\n".join(f"• {text}" for text in self.qr_left_out)
        self.problems.setText("\n".join(lines))
        self.problems.setToolTip(plain_tooltip(left_out))
        self.problems.setAccessibleDescription(left_out)
        self.rendered.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._wanted:
            self._timer.start()  # re-render at the new width after resizing stops

    def _show_outline(self, plan: CrisisPlan, problem: str = "") -> None:
        self.images.setText("\n".join(card_text_outline(plan, self.language)))
        self.problems.setText(problem)
