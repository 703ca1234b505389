"""Reading the caseload off the GUI thread: every card's index record, then its row's words.

Opening a thousand cards (a key agreement and a decryption each) takes a while; meanwhile the
window stays on screen and answers. One loading thread serves the program; a reading that a newer
one overtook (another folder chosen, Vernieuwen pressed again) is dropped when it ends. Results
reach the window through a queued signal of an object that lives as long as the application, so
a window closed during a reading is simply skipped.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import isValid

from crisiskaart.ui.workspace.caseload_model import CaseloadModel, CaseloadRow
from crisiskaart.workspace import scan_caseload

if TYPE_CHECKING:
    from crisiskaart.store import OndersteunerProfile


def read_rows(folder: Path, profile: OndersteunerProfile, today: dt.date, window_days: int,
              model: CaseloadModel) -> list[CaseloadRow]:
    """The caseload of ``folder`` as ``model``'s rows (runs on the loading thread)."""
    entries = scan_caseload(folder, profile, today=today, window_days=window_days)
    return model.rows_for(entries)


class _Delivery(QObject):
    done = Signal(object, object)  # (callback, Future), emitted on the loading thread

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _deliver(callback: Callable[[Future], None], future: Future) -> None:
        callback(future)


_delivery: _Delivery | None = None
_loader: ThreadPoolExecutor | None = None


def load(owner: QObject, work: Callable[[], list[CaseloadRow]],
         finished: Callable[[QObject, Future], None]) -> Future:
    """Run ``work`` on the loading thread; ``finished(owner, future)`` follows on the GUI thread,
    unless ``owner`` is gone by then. Call on the GUI thread."""
    global _delivery, _loader
    if _delivery is None:
        _delivery = _Delivery()
        _loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crisiskaart-caseload")
    assert _loader is not None
    reference = weakref.ref(owner)
    delivery = _delivery

    def deliver(future: Future) -> None:
        target = reference()
        if target is not None and isValid(target):
            finished(target, future)

    future = _loader.submit(work)
    future.add_done_callback(lambda done: delivery.done.emit(deliver, done))
    return future
