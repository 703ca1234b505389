"""Process hardening while a card is open: no core dump may write its plaintext to disk."""

from __future__ import annotations

import sys
import threading

if sys.platform != "win32":  # a platform check, not try/except, so type checkers follow it too
    import resource
else:  # pragma: no cover - Windows writes no core files by default
    resource = None

_GUARD = threading.Lock()
_OPEN = 0
_SAVED: tuple[int, int] | None = None


class CoreDumpGuard:
    """Core dumps are off from the first open card until the last one is closed."""

    def __init__(self) -> None:
        self._held = False
        _adjust(+1)
        self._held = True

    def release(self) -> None:
        if self._held:
            self._held = False
            _adjust(-1)


def _adjust(step: int) -> None:
    global _OPEN, _SAVED
    with _GUARD:
        _OPEN += step
        if resource is None:
            return
        if step > 0 and _OPEN == 1:
            _SAVED = resource.getrlimit(resource.RLIMIT_CORE)
            resource.setrlimit(resource.RLIMIT_CORE, (0, _SAVED[1]))
        elif step < 0 and _OPEN == 0 and _SAVED is not None:
            resource.setrlimit(resource.RLIMIT_CORE, _SAVED)
            _SAVED = None


def no_core_dumps() -> CoreDumpGuard:
    return CoreDumpGuard()


def open_card_count() -> int:
    """How many cards this process holds open now: each keeps its keys in memory until closed."""
    return _OPEN


def core_dumps_allowed() -> bool:
    """True when this process may write a core file (for tests and the About page)."""
    return resource is None or resource.getrlimit(resource.RLIMIT_CORE)[0] != 0
