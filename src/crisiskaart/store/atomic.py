"""Saving without ever losing data: temp file in the same folder, fsync, rename, fsync the folder.

The previous file is kept as an encrypted backup (a hard link, so no copy and no extra plaintext
risk: backups are the same ciphertext the card file was). On any OS error before the rename the
temporary file is removed and the original is untouched; the error becomes a typed ``SaveError``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
from pathlib import Path

from crisiskaart.store.errors import (
    CardExists,
    DiskFull,
    PermissionDenied,
    ReadOnly,
    SaveError,
)

DEFAULT_BACKUPS = 3
TEMP_PREFIX = ".crisiskaart-"
TEMP_SUFFIX = ".tmp"


def backup_path(path: Path, number: int) -> Path:
    """``kaart.crisiskaart`` -> ``kaart.crisiskaart.1.bak`` (1 is the newest backup)."""
    return path.with_name(f"{path.name}.{number}.bak")


def translate(error: OSError) -> SaveError:
    """A typed save error for an OS error; the message never includes file contents."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(str(error))
    if error.errno in (errno.EACCES, errno.EPERM):
        return PermissionDenied(str(error))
    if error.errno == errno.EROFS:
        return ReadOnly(str(error))
    return SaveError(str(error), reason=error.strerror or type(error).__name__)


def fsync_directory(folder: Path) -> None:
    """Make the rename durable. Some platforms cannot open or fsync a folder; that is not fatal."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def temp_tag(path: Path) -> str:
    """A short tag per card file name, so temporary files can be traced to their card (no name in it)."""
    return hashlib.sha256(Path(path).name.encode()).hexdigest()[:8]


def remove_leftovers(path: Path) -> int:
    """Remove temporary files that killed saves of this card left behind; call with the lock held."""
    removed = 0
    prefix = f"{TEMP_PREFIX}{temp_tag(path)}-"
    try:
        entries = list(os.scandir(Path(path).parent))
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX):
            _remove_quietly(Path(entry.path))
            removed += 1
    return removed


def _write_temp(folder: Path, data: bytes, tag: str = "") -> Path:
    temp = folder / f"{TEMP_PREFIX}{tag}-{secrets.token_hex(8)}{TEMP_SUFFIX}"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        _remove_quietly(temp)
        raise
    os.close(fd)
    return temp


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _rotate_backups(path: Path, count: int) -> None:
    """Shift ``.1.bak`` .. ``.N-1.bak`` up by one, then hard-link the current file as ``.1.bak``."""
    if count <= 0 or not path.exists():
        return
    for number in range(count - 1, 0, -1):
        older = backup_path(path, number)
        if older.exists():
            os.replace(older, backup_path(path, number + 1))
    staging = path.with_name(f"{TEMP_PREFIX}{temp_tag(path)}-{secrets.token_hex(8)}.bak{TEMP_SUFFIX}")
    try:
        os.link(path, staging)
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        staging.write_bytes(path.read_bytes())  # no hard links here: copy the ciphertext
    try:
        os.replace(staging, backup_path(path, 1))
    except BaseException:
        _remove_quietly(staging)
        raise


def write_atomically(
    path: Path, data: bytes, *, backups: int = DEFAULT_BACKUPS, exclusive: bool = False
) -> None:
    """Replace ``path`` by ``data`` so that a crash leaves the old or the new file, never a mix.

    With ``exclusive`` the file must not exist yet (``CardExists``); nothing is overwritten.
    """
    path = Path(path)
    folder = path.parent
    try:
        temp = _write_temp(folder, data, temp_tag(path))
    except OSError as error:
        raise translate(error) from None
    try:
        if exclusive:
            try:
                os.link(temp, path)  # atomic create-if-absent
            except FileExistsError:
                raise CardExists(str(path), path=path) from None
            except OSError as error:
                if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EMLINK):
                    raise
                if path.exists():
                    raise CardExists(str(path), path=path) from None
                os.replace(temp, path)
        else:
            _rotate_backups(path, backups)
            os.replace(temp, path)
    except OSError as error:
        _remove_quietly(temp)
        raise translate(error) from None
    except BaseException:
        _remove_quietly(temp)
        raise
    _remove_quietly(temp)  # after os.link the temp name is a second link; after replace, gone
    try:
        fsync_directory(folder)
    except OSError as error:
        raise translate(error) from None


def remove_backups(path: Path) -> list[Path]:
    """Delete every backup of ``path`` (after a key change they hold the old access)."""
    removed = []
    for candidate in Path(path).parent.glob(f"{glob_escape(Path(path).name)}.*.bak"):
        if candidate.name[len(Path(path).name) + 1 : -4].isdigit():
            _remove_quietly(candidate)
            removed.append(candidate)
    return removed


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
