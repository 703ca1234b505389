"""The editor's answer to a bug: save the card, tell the person calmly, keep running.

An exception that nobody catches — in a Qt slot, a paint event, a background thread — ends up in
``sys.excepthook`` or ``threading.excepthook``. Python's default prints a traceback to stderr, with
the exception's message, which can hold what she wrote (and stderr of a desktop program often
lands in the system journal, on disk). The guard replaces both hooks while the editor runs:

1. It saves what is on screen through the session's normal path (a draft version in the
   encrypted card, ``CardSession.flush``). A failure while saving is caught, and a crash inside
   the guard itself is only counted, so the guard never calls itself without end.
2. It shows one message that says honestly whether the card is saved. While that message (or
   the report) is open, and for ``QUIET_SECONDS`` after, further crashes only add to the report
   and are mentioned in the status bar: a bug that repeats cannot stack windows.
3. The report (``report``, ``scrub``) is kept in memory for this run, shown and copyable; the
   program never writes it anywhere. stderr gets one line with the exception's type.

The event loop goes on; a Qt slot that raised has simply not finished its work.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QAbstractButton

if TYPE_CHECKING:
    from crisiskaart.ui.crash.dialogs import CrashMessage, ReportDialog
    from crisiskaart.ui.crash.scrub import Scrubber
    from crisiskaart.ui.main_window import MainWindow

# What a crash needs (its message, the report, the scrubbing) loads after the window's first
# paint (``CrashGuard.load_parts``, from ``ui/app.py``), not before it: a crash before then
# loads it on the spot.
_PARTS = ("crisiskaart.ui.crash.dialogs", "crisiskaart.ui.crash.reason", "crisiskaart.ui.crash.report",
          "crisiskaart.ui.crash.scrub")

QUIET_SECONDS = 30.0  # after the message closes, a new crash is told in the status bar only
MAX_REPORTS = 10  # crashes kept in this run's report: the first ones and the latest
MAX_STDERR_LINES = 5  # a bug that repeats in every paint event must not fill the journal
STATUS_MS = 15_000

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class Outcome(Enum):
    SAVED = "saved"  # a card is open and everything on screen is in it
    NOT_SAVED = "not_saved"  # a card is open; the last changes may be missing from it
    NO_CARD = "no_card"  # nothing was open: nothing to lose
    EXAMPLE = "example"  # the example card, which is never saved


def _type_name(kind: type[BaseException]) -> str:
    """The exception's type as the report names it; without an import, so that it still works
    while the interpreter shuts down (an error while cleaning up comes through here then)."""
    report = sys.modules.get("crisiskaart.ui.crash.report")
    if report is not None:
        return str(report.type_name(kind))
    return getattr(kind, "__qualname__", "error")


@dataclass(frozen=True)
class Saving:
    outcome: Outcome
    reason: str = ""  # why it was not saved, one sentence (may name the card's file)


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if not text or text.endswith((".", "!", "?")) else ".")


class CrashGuard(QObject):
    """Installed once per editor window (``install_crash_guard``); ``uninstall`` gives the hooks back."""

    crashed = Signal(object)  # Outcome, after saving and telling
    _from_thread = Signal(object, object, object)  # an exception of another thread, to the GUI thread

    def __init__(self, window: MainWindow, language: str = "nl",
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()  # no parent: the hooks keep it alive; ``uninstall`` lets it go
        self.window, self.language, self._clock = window, language, clock
        self.reports: list[str] = []  # scrubbed, in memory only
        self.crashes = 0
        self.message: CrashMessage | None = None
        self.report_dialog: ReportDialog | None = None
        self._busy = False
        self._nested = 0
        self._stderr_lines = 0
        self._quiet_until = 0.0
        self._previous: tuple[ExceptHook, Any, Any] | None = None
        # emitted on other threads only, so Qt queues it to this one by itself (ui/qt_names.py)
        self._from_thread.connect(self.handle)

    # --- the hooks -----------------------------------------------------------------------------
    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook, sys.unraisablehook)
            sys.excepthook = self._excepthook
            threading.excepthook = self._threading_hook
            sys.unraisablehook = self._unraisable_hook
        self.window.destroyed.connect(self.uninstall)

    def uninstall(self) -> None:
        if self._previous is None:
            return
        excepthook, thread_hook, unraisable = self._previous
        if sys.excepthook == self._excepthook:
            sys.excepthook = excepthook
        if threading.excepthook == self._threading_hook:
            threading.excepthook = thread_hook
        if sys.unraisablehook == self._unraisable_hook:
            sys.unraisablehook = unraisable
        self._previous = None

    def _excepthook(self, kind: type[BaseException], error: BaseException,
                    tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous is not None:
            self._previous[0](kind, error, tb)  # Ctrl+C in a terminal: Python's usual way out
            return
        if QThread.currentThread() is not self.thread():  # a slot run by another Qt thread
            self._from_thread.emit(kind, error, tb)
            return
        self.handle(kind, error, tb)

    def _threading_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return  # a thread that ends itself is no crash (Python's default says nothing either)
        self._from_thread.emit(args.exc_type, args.exc_value, args.exc_traceback)

    def _unraisable_hook(self, unraisable: Any) -> None:
        """An error while cleaning up (``__del__``): not worth a window, never its object's text."""
        self._say(unraisable.exc_type, "ignored while cleaning up")

    @staticmethod
    def load_parts() -> None:
        """Load what a crash needs, so that telling one never waits for an import."""
        for module in _PARTS:
            importlib.import_module(module)

    def _say(self, kind: type[BaseException], what: str) -> None:
        """One line on stderr for whoever started the editor from a terminal: the type, never text."""
        if self._stderr_lines >= MAX_STDERR_LINES or sys.stderr is None:
            return
        self._stderr_lines += 1
        with contextlib.suppress(OSError, ValueError):  # stderr closed
            print(f"crisiskaart: unexpected error {_type_name(kind)} ({what}; no card text is shown)",
                  file=sys.stderr, flush=True)

    # --- handling one crash --------------------------------------------------------------------
    def handle(self, kind: type[BaseException], error: BaseException | None,
               tb: TracebackType | None) -> Outcome | None:
        """Save, keep a report, tell the person. None when this crash happened inside the guard."""
        self._say(kind, "a report is in the window")
        if self._busy:
            self._nested += 1  # a failure while saving or showing: counted, never handled again
            return None
        self._busy = True
        try:
            # Python keeps the last uncaught exception, with its frames and their local variables
            # (the card's texts), in sys.last_*: it is in the report now, and need not stay in memory.
            sys.last_type = sys.last_value = sys.last_traceback = None
            self.crashes += 1
            saving = self._save()
            self._keep_report(kind, error, tb)
            self._tell(saving)
            self.crashed.emit(saving.outcome)
            return saving.outcome
        except BaseException:  # the last resort: the guard itself must not crash
            return None
        finally:
            self._busy = False
            del error, tb  # the frames hold the card's texts in their locals: let them go

    def _save(self) -> Saving:
        session = getattr(self.window, "session", None)
        if session is None:
            return Saving(Outcome.NO_CARD)
        if session.is_example:
            return Saving(Outcome.EXAMPLE)
        try:
            if session.flush():  # the autosave's own path: a draft in the encrypted card
                return Saving(Outcome.SAVED)
            return Saving(Outcome.NOT_SAVED, _sentence(session.last_error))
        except Exception as failure:  # e.g. the plan could not be encoded
            from crisiskaart.ui.crash.reason import why_not_saved

            return Saving(Outcome.NOT_SAVED, why_not_saved(failure, self.language))

    def _keep_report(self, kind: type[BaseException], error: BaseException | None,
                     tb: TracebackType | None) -> None:
        from crisiskaart.ui.crash.report import crash_report

        text = crash_report(kind, error, tb, when=f"{dt.datetime.now():%H:%M:%S}")
        if self._nested:
            text += f"\n[{self._nested} more error(s) while saving or showing a message]"
            self._nested = 0
        self.reports.append(self._scrubber()(text))
        if len(self.reports) > MAX_REPORTS:
            del self.reports[MAX_REPORTS // 2]  # keep the first crashes (the cause) and the latest

    def _scrubber(self) -> Scrubber:
        """Everything of the open card and the person that could be in a report, to take out."""
        from crisiskaart.ui.crash.scrub import Scrubber, path_strings, personal_strings, plan_strings

        secrets = personal_strings()
        window = self.window
        session = getattr(window, "session", None)
        paths: list[Path | None] = []
        if session is not None:
            secrets |= plan_strings(session.document.plan)
            paths += [session.path, session.profile_path]
        settings = getattr(window, "settings", None)
        if settings is not None:
            paths += [*settings.recent_files, settings.profile_path, settings.last_card_folder,
                      settings.export_folder, settings.caseload_folder]
        caseload = getattr(window, "caseload", None)
        if caseload is not None:  # other clients' names and files
            for entry in caseload.entries():
                secrets.add(entry.name)
                paths += [entry.path, *entry.copies]
        return Scrubber(secrets | path_strings(paths))

    def report_text(self) -> str:
        """All crashes of this run, numbered, under a header; scrubbed once more as a whole."""
        from crisiskaart.ui.crash.report import header

        lines = [*header(), "Where in the program each error happened; no messages, values, card texts",
                 "or paths outside the program.", ""]
        count = len(self.reports)
        for number, report in enumerate(self.reports, 1):
            lines.append(f"{number}. {report}" if count > 1 else report)
            lines.append("")
        if self.crashes > count:
            lines.append(f"[{self.crashes - count} more error(s) in this run left out]")
        return self._scrubber()("\n".join(lines).rstrip() + "\n")

    # --- telling the person --------------------------------------------------------------------
    def _texts(self, saving: Saving) -> tuple[str, str]:
        reason = "" if getattr(self.window, "locked", False) else saving.reason  # may name the file
        if saving.outcome is Outcome.SAVED:
            return (self.tr("Something went wrong in crisiskaart. Your card is saved."),
                    self.tr("You can go on writing. If it keeps happening, close crisiskaart and "
                            "start it again."))
        if saving.outcome is Outcome.NOT_SAVED:
            details = self.tr("The card itself is safe: it holds everything that was saved before. "
                              "Keep this window open and try Save now (Ctrl+S) in a little while.")
            return (self.tr("Something went wrong in crisiskaart. Your last changes may not be saved."),
                    f"{reason} {details}" if reason else details)
        if saving.outcome is Outcome.EXAMPLE:
            return (self.tr("Something went wrong in crisiskaart. The example card is never saved; "
                            "your own cards are safe."), self.tr("You can go on."))
        return (self.tr("Something went wrong in crisiskaart. No card was open, so nothing is lost."),
                self.tr("You can go on."))

    def _status_text(self, saving: Saving) -> str:
        if saving.outcome is Outcome.SAVED:
            return self.tr("Something went wrong again. Your card is saved.")
        if saving.outcome is Outcome.NOT_SAVED:
            return self.tr("Something went wrong again. Your last changes may not be saved.")
        return self.tr("Something went wrong again.")

    def _tell(self, saving: Saving) -> None:
        if self.report_dialog is not None:
            self.report_dialog.set_report(self.report_text())
        if self.message is not None or self.report_dialog is not None:
            return  # one window at a time; the report now holds this crash too
        if self._clock() < self._quiet_until:
            self.window.statusBar().showMessage(self._status_text(saving), STATUS_MS)
            return
        from crisiskaart.ui.crash.dialogs import CrashMessage

        text, details = self._texts(saving)
        box = CrashMessage(text, details, saving.outcome is Outcome.NOT_SAVED, self.window)
        box.buttonClicked.connect(lambda button: self._clicked(box, button))
        box.finished.connect(lambda _result: self._message_closed(box))
        self.message = box
        box.open()

    def _clicked(self, box: CrashMessage, button: QAbstractButton) -> None:
        if button is box.report_button:
            self.show_report()

    def _message_closed(self, box: CrashMessage) -> None:
        if self.message is box:
            self.message = None
        box.deleteLater()
        self._quiet_until = self._clock() + QUIET_SECONDS

    def show_report(self) -> ReportDialog:
        """The report of this run's crashes, to read and copy."""
        if self.report_dialog is None:
            from crisiskaart.ui.crash.dialogs import ReportDialog

            dialog = ReportDialog(self.report_text(), self.window)
            dialog.finished.connect(lambda _result: self._report_closed(dialog))
            self.report_dialog = dialog
            dialog.open()
        return self.report_dialog

    def _report_closed(self, dialog: ReportDialog) -> None:
        if self.report_dialog is dialog:
            self.report_dialog = None
        dialog.deleteLater()
        self._quiet_until = self._clock() + QUIET_SECONDS


def install_crash_guard(window: MainWindow, language: str = "nl") -> CrashGuard:
    """Take over the exception hooks for ``window``'s lifetime (``ui/app.py`` calls this)."""
    guard = CrashGuard(window, language)
    guard.install()
    return guard
