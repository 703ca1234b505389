"""Saves that never lose data: failing devices, and no plaintext in anything the store writes."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from store_support import PASSPHRASE, SUMMARY

import crisiskaart.store as store
from crisiskaart.store import TEST_KDF, CardFile, CardSummary, Status, open_card


class FailingDevice:
    """Makes one OS call fail with ``error`` for files inside ``folder`` (KeePassXC-style helper)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        self._monkeypatch = monkeypatch
        self._folder = str(folder)
        self._fds: set[int] = set()
        self._real_open = os.open
        monkeypatch.setattr(os, "open", self._open)
        self.fail_open: int | None = None

    def _open(self, path: object, flags: int, mode: int = 0o777, **kwargs: object) -> int:
        inside = str(path).startswith(self._folder)
        if inside and self.fail_open is not None and flags & os.O_CREAT:
            raise OSError(self.fail_open, os.strerror(self.fail_open), str(path))
        fd = self._real_open(path, flags, mode, **kwargs)
        if inside:
            self._fds.add(fd)
        return fd

    def _ours(self, fd: int) -> bool:
        """Opened in the folder: through us, or before us (a card keeps its file open between saves)."""
        if fd in self._fds:
            return True
        try:
            return os.readlink(f"/proc/self/fd/{fd}").startswith(self._folder)
        except OSError:
            return False

    def fail_write(self, error: int, after_bytes: int = 100) -> None:
        real_write = os.write
        budget = {"left": after_bytes}

        def write(fd: int, data: bytes) -> int:
            if self._ours(fd):
                if budget["left"] <= 0:
                    raise OSError(error, os.strerror(error))
                data = bytes(data)[: budget["left"]]
                budget["left"] -= len(data)
            return real_write(fd, data)

        self._monkeypatch.setattr(os, "write", write)

    def fail_fsync(self, error: int) -> None:
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            if self._ours(fd):
                raise OSError(error, os.strerror(error))
            real_fsync(fd)

        self._monkeypatch.setattr(os, "fsync", fsync)

    def fail_replace(self, error: int) -> None:
        def replace(*args: object, **kwargs: object) -> None:
            raise OSError(error, os.strerror(error))

        self._monkeypatch.setattr(os, "replace", replace)


@pytest.fixture
def saved_card(new_card: Callable[..., CardFile], tmp_path: Path) -> Iterator[CardFile]:
    card = new_card(b"v1")
    card.save_version(b"v2", summary=SUMMARY)
    yield card
    card.close()


def _only_expected_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


CASES = [
    ("write", errno.ENOSPC, store.DiskFull),
    ("write", errno.EDQUOT, store.DiskFull),
    ("fsync", errno.ENOSPC, store.DiskFull),
    ("fsync", errno.EIO, store.SaveError),
    ("open", errno.EACCES, store.PermissionDenied),
    ("open", errno.EROFS, store.ReadOnly),
    ("replace", errno.EACCES, store.PermissionDenied),
]


@pytest.mark.parametrize(("call", "error", "expected"), CASES)
def test_failed_save_leaves_original_untouched(
    saved_card: CardFile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    call: str,
    error: int,
    expected: type[store.SaveError],
) -> None:
    path = saved_card.path
    if call in ("open", "replace"):  # these fail the whole-file write of a session's first save
        saved_card.close()
        saved_card = open_card(path, passphrase=PASSPHRASE)
    before = path.read_bytes()
    files_before = _only_expected_files(tmp_path)
    with monkeypatch.context() as patch:
        device = FailingDevice(patch, tmp_path)
        if call == "write":
            device.fail_write(error)
        elif call == "fsync":
            device.fail_fsync(error)
        elif call == "open":
            device.fail_open = error
        else:
            device.fail_replace(error)
        with pytest.raises(store.SaveError) as caught:
            saved_card.save_version(b"v3", summary=SUMMARY)
    assert type(caught.value) is expected
    assert caught.value.message("nl").startswith("opslaan is mislukt")
    assert path.read_bytes() == before
    assert _only_expected_files(tmp_path) == files_before  # temp file cleaned up
    assert len(saved_card.versions) == 2
    # The card stays usable: the next save works and holds the right history.
    saved_card.save_version(b"v3", summary=SUMMARY)
    with open_card(path, passphrase=PASSPHRASE, writable=False) as again:
        assert [again.payload(n) for n in (1, 2, 3)] == [b"v1", b"v2", b"v3"]
    saved_card.close()


def test_read_only_folder_refuses_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.create_card(tmp_path / "k.crisiskaart", PASSPHRASE, b"x", summary=SUMMARY, kdf=TEST_KDF).close()
    FailingDevice(monkeypatch, tmp_path).fail_open = errno.EROFS
    with pytest.raises(store.ReadOnly):
        open_card(tmp_path / "k.crisiskaart", passphrase=PASSPHRASE)
    # Reading still works on read-only media.
    assert open_card(tmp_path / "k.crisiskaart", passphrase=PASSPHRASE, writable=False).payload() == b"x"


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_real_read_only_folder(saved_card: CardFile, tmp_path: Path) -> None:
    before = saved_card.path.read_bytes()
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(store.PermissionDenied):
            saved_card.save_version(b"v3", summary=SUMMARY)
    finally:
        tmp_path.chmod(0o700)
    assert saved_card.path.read_bytes() == before


MARKERS = ("MARKER-PAYLOAD-7Q", "MARKER-NAAM-8R", "MARKER-NOTITIE-9S", "Zeldzame-Naam-Ørjan")


def _variants(marker: str) -> list[bytes]:
    return [
        marker.encode("utf-8"),
        marker.encode("utf-16-le"),
        marker.encode("utf-8").hex().encode(),
        marker.lower().encode("utf-8"),
    ]


def test_no_plaintext_in_any_file_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Search every byte and every file name the store left (temp folder included) for markers."""
    folder = tmp_path / "cards"
    temp = tmp_path / "tmp"
    folder.mkdir()
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    payload, name, note, rare = MARKERS
    summary = CardSummary(f"{name} {rare}")
    seen_while_open: dict[str, bytes] = {}
    path = folder / store.default_file_name()
    profile = store.create_profile(folder / "o.profile", "geheim", "Ondersteuner", kdf=TEST_KDF)
    with store.create_card(
        path, PASSPHRASE, f"{payload} {rare}".encode(), summary=summary, note=note, kdf=TEST_KDF
    ) as card:
        for number in range(2, 6):
            card.save_version(
                f'{{"v":{number},"t":"{payload}"}}'.encode(), summary=summary, note=note,
                status=Status.ACTIEF,
            )
        card.add_ondersteuner(profile.recipient)
        card.change_passphrase("nieuw", kdf=TEST_KDF)
        with monkeypatch.context() as patch:
            FailingDevice(patch, folder).fail_write(errno.ENOSPC, after_bytes=300)
            with pytest.raises(store.DiskFull):
                card.save_version(payload.encode() * 50, summary=summary, note=note)
        for file in folder.iterdir():  # the lock file exists now
            seen_while_open[file.name] = file.read_bytes()
    with open_card(path, profile=profile) as card:
        card.save_version(payload.encode(), summary=summary, note=note)
    with open_card(path, passphrase="nieuw") as card:
        card.make_recovery_code()
        card.remove_ondersteuner("Ondersteuner")  # a new key: the backups so far are deleted
    with open_card(path, passphrase="nieuw") as card:
        card.save_version(payload.encode() + b"!", summary=summary, note=note)  # a new backup
    written = {str(p.relative_to(tmp_path)): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    written.update({f"open:{k}": v for k, v in seen_while_open.items()})
    assert any(".lock" in k for k in written)
    assert any(".bak" in k for k in written)
    for file_name, data in written.items():
        for marker in MARKERS:
            assert marker.lower() not in file_name.lower()
            for variant in _variants(marker):
                assert variant not in data, (file_name, marker)
