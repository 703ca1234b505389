"""Qt-free work on a worker thread, its outcome delivered on the GUI thread.

Opening a card needs the model (pydantic) and the store (cryptography): a noticeable part of a
second of imports and, for a card file, the passphrase's deliberate cost. Done on the GUI thread,
that time freezes a window the person already sees; on a worker thread the event loop keeps
painting and answering meanwhile. Only work without Qt objects goes to the thread: a QObject made
there would belong to it.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal


class BackgroundCall(QObject):
    """Runs ``work()`` once on a daemon thread; then ``finished(result)`` or ``failed(error)``."""

    finished = Signal(object)
    failed = Signal(object)
    # Emitted on the worker thread only, so Qt queues it to this object's thread by itself (an
    # automatic connection; naming the queued kind would make the Qt namespace, ui/qt_names.py).
    _outcome = Signal(object, object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None,
                 name: str = "crisiskaart-background") -> None:
        super().__init__(parent)
        self._outcome.connect(self._deliver)
        self.thread_ = threading.Thread(target=self._run, args=(work,), name=name, daemon=True)
        _running.add(self.thread_)
        self.thread_.start()

    def _run(self, work: Callable[[], object]) -> None:
        try:
            result, error = work(), None
        except BaseException as problem:  # told on the GUI thread; nobody may wait for ever
            result, error = None, problem
        finally:
            _running.discard(threading.current_thread())
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile: nobody waits
            self._outcome.emit(result, error)

    def _deliver(self, result: object, error: object) -> None:
        if error is None:
            self.finished.emit(result)
        else:
            self.failed.emit(error)
        self.deleteLater()


_running: set[threading.Thread] = set()  # the workers of calls not finished yet


def finish_background_work(app: QCoreApplication, timeout_s: float = 30.0) -> None:
    """When the program ends with work still running beside it (a new card being made, a card being
    opened and its edit lock taken), let that work end and deliver its outcome first: a card that
    nobody waits for any more is then closed properly. Cut off at the interpreter's exit, it would
    leave its edit lock and a half-written temporary file behind."""
    deadline = time.monotonic() + timeout_s
    for thread in list(_running):
        thread.join(max(0.0, deadline - time.monotonic()))
    app.sendPostedEvents()  # the outcomes, queued to the GUI thread
    app.processEvents()


def raise_if_fault(error: BaseException) -> None:
    """Raise ``error`` again when it is a fault of the program, so the crash guard tells it calmly;
    a store or disk problem (a wrong passphrase, a damaged card) is the caller's to put in words."""
    from crisiskaart.store import StoreError

    if not isinstance(error, (StoreError, OSError)):
        raise error
