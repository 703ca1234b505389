"""The edit lock: one writer per card, across processes and across windows of one process.

The lock file ``<card>.lock`` holds only pid, host name and start time (no client data). Where
the OS offers ``flock`` the kernel lock is authoritative, so a lock left by a killed process is
free again at once; the pid in the file is then only for the message. Without ``flock`` (or on a
file system that refuses it) the pid is checked: a lock of a dead process on this host is stale
and taken over. A lock written by another host cannot be checked and is respected.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import threading
from datetime import UTC, datetime
from pathlib import Path

from crisiskaart.store.atomic import translate
from crisiskaart.store.errors import CardLocked

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_HELD: set[str] = set()
_HELD_GUARD = threading.Lock()


def lock_path(card: Path) -> Path:
    return Path(card).with_name(Path(card).name + ".lock")


def _host() -> str:
    return socket.gethostname()


def _read(path: Path) -> dict:
    try:
        obj = json.loads(path.read_text("utf-8"))
        return obj if isinstance(obj, dict) else {}
    except (OSError, ValueError):
        return {}


def _pid_alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _locked(info: dict) -> CardLocked:
    return CardLocked(
        "card is locked",
        pid=info.get("pid", "?"),
        host=info.get("host", "?"),
        since=info.get("since", "?"),
    )


class CardLock:
    """A held edit lock; ``release()`` (or the context manager) gives it back."""

    def __init__(self, card: Path) -> None:
        self.path = lock_path(card)
        self._key = os.path.realpath(self.path)
        self._fd: int | None = None

    def acquire(self) -> CardLock:
        with _HELD_GUARD:
            if self._key in _HELD:  # a second window in this process
                raise _locked(_read(self.path))
            try:
                self._acquire()
            except OSError as error:
                raise translate(error) from None
            _HELD.add(self._key)
        return self

    def _acquire(self) -> None:
        for _ in range(10):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
            try:
                if not self._kernel_lock(fd):
                    raise _locked(_read(self.path))
                if os.fstat(fd).st_ino != os.stat(self.path).st_ino:
                    os.close(fd)  # released and removed while we opened it: try again
                    continue
            except FileNotFoundError:
                os.close(fd)
                continue
            except BaseException:
                os.close(fd)
                raise
            self._fd = fd
            self._write_info(fd)
            return
        raise _locked(_read(self.path))

    def _kernel_lock(self, fd: int) -> bool:
        """True when we now hold the lock; falls back to the pid check without flock."""
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                return False
            except OSError:
                pass  # flock unsupported here (some network file systems)
        info = _read(self.path)
        if not info:
            return True
        # stale when its process on this host is gone
        return info.get("host") == _host() and not _pid_alive(info.get("pid"))

    def _write_info(self, fd: int) -> None:
        info = {
            "pid": os.getpid(),
            "host": _host(),
            "since": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
        os.fsync(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        with _HELD_GUARD:
            with contextlib.suppress(OSError):
                os.unlink(self.path)  # unlink before unlocking: see the inode check above
            os.close(self._fd)
            self._fd = None
            _HELD.discard(self._key)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> CardLock:
        return self.acquire() if not self.held else self

    def __exit__(self, *exc: object) -> None:
        self.release()
