"""The edit lock: one writer per card, across processes and across windows of one process.

The lock file ``<card>.lock`` holds only pid, host, OS user, start time and a random nonce (no
client data). It is written completely to a private temp file first and then put in place with an
exclusive, atomic step (a hard link), so nobody ever sees a half-written lock as free, and of two
processes starting at once exactly one gets it.

Where the OS offers ``flock`` the kernel lock is authoritative, so a lock left by a killed process
is free again at once; the file is then only for the message. Without ``flock`` (Windows, or a
network share that refuses it) the lock file itself is the lock: a lock of a dead process on this
host is stale, and it is taken over by renaming it aside (only one process can) and checking that
what was moved is the stale lock that was judged, not a live one that replaced it meanwhile. A
lock written by another host cannot be checked and is respected. The nonce tells our own lock from
any other, also on release.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import secrets
import socket
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from crisiskaart.store.atomic import translate
from crisiskaart.store.errors import CardLocked

if sys.platform != "win32":  # a platform check, not try/except, so type checkers follow it too
    import fcntl
else:  # pragma: no cover - Windows has no flock
    fcntl = None

# An empty or unreadable lock file is one still being written (where hard links are missing) or
# left by a crash while writing; only after this long is it treated as stale.
UNFINISHED_GRACE_SECONDS = 10.0
_ATTEMPTS = 20  # each lost round means another process just took or gave back the lock
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
# Errors of a file system without hard links (FAT, some shares); Windows reports EINVAL there.
_NO_LINKS = {errno.EPERM, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS}
if os.name == "nt":  # pragma: no cover - Windows
    _NO_LINKS.add(errno.EINVAL)

_HELD: set[str] = set()
_HELD_NONCES: set[str] = set()
_HELD_GUARD = threading.Lock()


def lock_path(card: Path) -> Path:
    return Path(card).with_name(Path(card).name + ".lock")


def _host() -> str:
    return socket.gethostname()


def _user() -> str:
    """The OS login name: on a shared folder the host alone often does not say who to ask."""
    try:
        return getpass.getuser()
    except (ImportError, KeyError, OSError):  # no login name in this environment
        return "?"


def _parse(raw: bytes | None) -> dict:
    try:
        obj = json.loads(raw or b"")
        return obj if isinstance(obj, dict) else {}
    except (ValueError, UnicodeDecodeError):
        return {}


def _read(path: Path) -> dict:
    try:
        return _parse(path.read_bytes())
    except OSError:
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
    """Who has the card open, in words a person reads: the computer (or "this computer") and the
    local time it was opened; the process id stays in the lock file for whoever needs it."""
    host = str(info.get("host", "?"))
    error = CardLocked("card is locked", host=host, user=info.get("user", "?"),
                       since=_local_time(str(info.get("since", ""))), pid=info.get("pid", "?"))
    if host == socket.gethostname():
        # This very program (another of its windows: the editor, the cliëntenlijst) says so: the
        # person only has to close it there; "another window or program" would send her looking.
        ours = info.get("pid") == os.getpid() and info.get("nonce") in _HELD_NONCES
        error.key = "locked_this_program" if ours else "locked_here"
    return error


def _local_time(stamp: str) -> str:
    """``2026-12-02T19:26:38Z`` as ``02-12-2026 20:26`` on this computer's clock; "?" if unreadable."""
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return "?"
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def _unique(path: Path, kind: str) -> Path:
    """A private name next to the lock (same folder, so links and renames stay on one disk)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(8)}.{kind}")


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _same_file(one: os.stat_result, other: os.stat_result) -> bool:
    if not one.st_ino or not other.st_ino:  # some shares report no inode numbers
        return True
    return (one.st_dev, one.st_ino) == (other.st_dev, other.st_ino)


def _write_new(path: Path, data: bytes) -> int:
    """Create ``path`` exclusively with ``data`` on disk; returns the open descriptor."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _CLOEXEC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        _remove_quietly(path)
        raise
    return fd


def _place(source: Path, target: Path, data: bytes) -> bool:
    """Give ``source`` (holding ``data``) the name ``target`` unless it exists; False when it does.

    A hard link is atomic and exclusive, and the file is complete the moment it appears. Without
    hard links Windows' rename refuses an existing target too; elsewhere an exclusive create is the
    only exclusive step left, and readers treat its short empty moment as taken (see the grace).
    """
    try:
        os.link(source, target)
        return True
    except FileExistsError:
        return False
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
    if os.name == "nt":  # pragma: no cover - Windows
        try:
            os.rename(source, target)
            return True
        except FileExistsError:
            return False
    try:
        os.close(_write_new(target, data))
    except FileExistsError:
        return False
    return True


def _put_back(source: Path, target: Path) -> bool:
    """Return a live lock moved aside by mistake to its name; False when a newer lock is there."""
    try:
        os.link(source, target)
        return True
    except FileExistsError:
        return False
    except OSError as error:
        if error.errno not in _NO_LINKS:
            raise
    # Moving keeps the file itself: its owner may still be writing it (exclusive create above).
    # Windows refuses an existing target; elsewhere this is the one step that cannot refuse.
    try:
        os.rename(source, target)
    except FileExistsError:  # pragma: no cover - Windows
        return False
    return True


def _flock_works(fd: int) -> bool:
    """Lock ``fd`` (a file only we know) with flock; False where the OS or the share has none."""
    if fcntl is None:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # flock unsupported here (some network file systems)
    return True


class CardLock:
    """A held edit lock; ``release()`` (or the context manager) gives it back."""

    def __init__(self, card: Path) -> None:
        self.path = lock_path(card)
        self._key = os.path.realpath(self.path)
        self._fd: int | None = None  # with flock: the descriptor that carries the kernel lock
        self._nonce: str | None = None

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
        nonce = secrets.token_hex(16)
        info = {
            "pid": os.getpid(),
            "host": _host(),
            "user": _user(),
            "since": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "nonce": nonce,
        }
        data = json.dumps(info).encode()
        temp = _unique(self.path, "tmp")
        written = _write_new(temp, data)
        fd: int | None = written
        try:
            if not _flock_works(written):
                os.close(written)  # the file alone is the lock now, and Windows cannot move an open file
                fd = None
            for _ in range(_ATTEMPTS):
                if fd is not None:
                    held = self._round_with_flock(temp, fd, data)
                    if held is not None:
                        fd = held
                        break
                elif self._round_without_flock(temp, data):
                    break
            else:
                raise _locked(_read(self.path))
        except BaseException:
            if fd is not None:
                os.close(fd)
            raise
        finally:
            _remove_quietly(temp)
        self._fd, self._nonce = fd, nonce
        _HELD_NONCES.add(nonce)

    def _round_with_flock(self, temp: Path, fd: int, data: bytes) -> int | None:
        """The descriptor holding the kernel lock on our lock file, or None to try again."""
        try:
            os.link(temp, self.path)  # our file, already locked through ``fd``
            return fd
        except FileExistsError:
            pass
        except OSError as error:
            if error.errno not in _NO_LINKS:
                raise
            return self._round_with_flock_in_place(fd, data)
        try:
            old = os.open(self.path, os.O_RDONLY | _CLOEXEC)  # flock needs no write access
        except FileNotFoundError:
            return None  # given back meanwhile
        except PermissionError:  # another user's lock that we may not even read: respect it
            raise _locked({}) from None
        try:
            try:
                fcntl.flock(old, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise _locked(_read(self.path)) from None
            if os.fstat(old).st_ino != os.stat(self.path).st_ino:
                return None  # given back and taken again while we opened it
            # Its process is gone (the kernel dropped its lock). Swap our complete file in while
            # still holding the old one, so anyone who opened the old file sees it replaced.
            os.replace(temp, self.path)
            return fd
        except FileNotFoundError:
            return None
        finally:
            os.close(old)

    def _round_with_flock_in_place(self, fd: int, data: bytes) -> int | None:
        """Without hard links: lock the lock file itself, then fill it (the kernel lock guards it)."""
        lock_fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _CLOEXEC, 0o600)
        try:
            try:
                fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise _locked(_read(self.path)) from None
            if os.fstat(lock_fd).st_ino != os.stat(self.path).st_ino:
                os.close(lock_fd)  # given back and removed while we opened it
                return None
            os.ftruncate(lock_fd, 0)
            os.pwrite(lock_fd, data, 0)
            os.fsync(lock_fd)
        except FileNotFoundError:
            os.close(lock_fd)
            return None
        except BaseException:
            os.close(lock_fd)
            raise
        os.close(fd)  # the temp file's lock is no longer needed
        return lock_fd

    def _round_without_flock(self, temp: Path, data: bytes) -> bool:
        """True when our lock file is in place; raises CardLocked for a live lock of someone else."""
        if _place(temp, self.path, data):
            return True
        try:
            with open(self.path, "rb") as existing:  # content and identity of one and the same file
                raw, judged = existing.read(), os.fstat(existing.fileno())
        except FileNotFoundError:
            return False  # given back meanwhile
        except PermissionError:  # another user's lock that we may not even read: respect it
            raise _locked({}) from None
        if not self._is_stale(raw, judged):
            raise _locked(_parse(raw))
        self._move_stale_aside(raw, judged)
        return False  # now race for the free name like any newcomer

    @staticmethod
    def _is_stale(raw: bytes, judged: os.stat_result) -> bool:
        info = _parse(raw)
        if "host" not in info or "pid" not in info:  # being written, or broken by a crash then
            return abs(time.time() - judged.st_mtime) > UNFINISHED_GRACE_SECONDS
        if info.get("host") != _host():
            return False  # another computer: its processes cannot be checked from here
        pid = info.get("pid")
        if pid == os.getpid():  # an earlier process got the same pid (after a restart, containers)
            return info.get("nonce") not in _HELD_NONCES
        return not _pid_alive(pid)

    def _move_stale_aside(self, raw: bytes, judged: os.stat_result) -> None:
        """Remove the stale lock judged from ``raw``, never a live one that took its place."""
        aside = _unique(self.path, "stale")
        try:
            os.rename(self.path, aside)  # of several processes only one moves any given file
        except FileNotFoundError:
            return  # another process moved it first
        except PermissionError:  # a reader has it open (Windows), or only its owner may move it
            time.sleep(0.01)
            return
        try:
            moved = aside.read_bytes()
            same = moved == raw and _same_file(judged, os.stat(aside))
        except OSError:
            moved, same = b"", False
        if same:
            _remove_quietly(aside)
            return
        # Another process took the stale lock over first: what we moved is its live lock.
        try:
            _put_back(aside, self.path)
        finally:
            _remove_quietly(aside)
        raise _locked(_parse(moved))

    def release(self) -> None:
        if self._nonce is None:
            return
        with _HELD_GUARD:
            # Remove the file only while it is still ours; unlink before unlocking (see the inode
            # check in the rounds above).
            if _read(self.path).get("nonce") == self._nonce:
                _remove_quietly(self.path)
            if self._fd is not None:
                os.close(self._fd)
            _HELD.discard(self._key)
            _HELD_NONCES.discard(self._nonce)
            self._fd, self._nonce = None, None

    @property
    def held(self) -> bool:
        return self._nonce is not None

    def __enter__(self) -> CardLock:
        return self.acquire() if not self.held else self

    def __exit__(self, *exc: object) -> None:
        self.release()
