"""The edit lock without ``flock`` (Windows, some network shares): exactly one writer, even in a race.

Without a kernel lock the lock file itself is the lock, so it must appear atomically and complete
(never empty) and a stale one may only be taken over by one process. The race test keeps two worker
processes alive and lets them start each race at the same wall-clock moment.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from store_support import PASSPHRASE

import crisiskaart.store as store
import crisiskaart.store.lock as lock_module
from crisiskaart.store import CardFile, CardLock, open_card

# One worker: per race it waits for the shared start time, tries the lock, reports, and keeps the
# lock until the parent says both have tried, so a second winner would really be a second writer.
WORKER = """
import errno, os, sys, time
import crisiskaart.store.lock as lock_module
from crisiskaart.store import CardLock, CardLocked
lock_module.fcntl = None  # as on Windows: no flock
if sys.argv[1] == "no-links":  # as on a FAT stick: no hard links either
    def no_link(*args, **kwargs):
        raise OSError(errno.EPERM, "no hard links here")
    os.link = no_link
print("ready", flush=True)
for line in sys.stdin:
    card, start = line.split("\\t")
    start = float(start)
    while time.time() < start:
        pass
    lock = CardLock(card)
    try:
        lock.acquire()
        print("won", flush=True)
    except CardLocked:
        print("lost", flush=True)
    sys.stdin.readline()  # both have tried
    lock.release()
    print("done", flush=True)
"""


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _lock_info(**fields: object) -> dict[str, object]:
    """A lock as another process would have written it; by default one of a dead process here."""
    info: dict[str, object] = {
        "host": socket.gethostname(),
        "user": "vorige",
        "since": "2020-01-01T00:00:00Z",
        "nonce": "0" * 32,
    }
    info.update(fields)
    if "pid" not in info:
        info["pid"] = _dead_pid()
    return info


@contextlib.contextmanager
def _workers(mode: str) -> Iterator[list[subprocess.Popen[str]]]:
    started = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, mode], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    try:
        for worker in started:
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        yield started
    finally:
        for worker in started:
            worker.kill()
            worker.wait()


def _tell(workers: list[subprocess.Popen[str]], line: str) -> None:
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write(line)
        worker.stdin.flush()


def _answers(workers: list[subprocess.Popen[str]]) -> list[str]:
    return [worker.stdout.readline().strip() for worker in workers if worker.stdout is not None]


@pytest.mark.parametrize(("mode", "races"), [("links", 200), ("no-links", 100)])
def test_race_of_two_processes_without_flock_lets_exactly_one_in(
    tmp_path: Path, mode: str, races: int
) -> None:
    """Half the races start with no lock file, half with a stale lock that both want to take over."""
    dead = _dead_pid()
    with _workers(mode) as workers:
        began = time.monotonic()
        for race in range(races):
            card = tmp_path / f"kaart-{race}.crisiskaart"
            if race % 2:
                stale = _lock_info(pid=dead, nonce=f"{race:032x}")
                store.lock_path(card).write_text(json.dumps(stale))
            _tell(workers, f"{card}\t{time.time() + 0.01}\n")
            results = _answers(workers)
            _tell(workers, "both have tried\n")
            assert _answers(workers) == ["done", "done"]
            assert sorted(results) == ["lost", "won"], (race, results)
            assert not store.lock_path(card).exists()  # the winner removed its own lock on release
        took = time.monotonic() - began
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no temp or stale files left behind
    assert took < 15


def test_stale_lock_of_dead_process_is_taken_over_without_flock(
    new_card: Callable[..., CardFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kaart.crisiskaart"
    new_card().close()
    monkeypatch.setattr(lock_module, "fcntl", None)
    store.lock_path(path).write_text(json.dumps(_lock_info()))
    with open_card(path, passphrase=PASSPHRASE):
        info = json.loads(store.lock_path(path).read_text())
        assert info["pid"] == os.getpid() and info["nonce"] != "0" * 32
        assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, store.lock_path(path).name]
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_a_live_lock_that_appears_during_takeover_is_put_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes judged the same lock stale; the other one was quicker and holds it now."""
    card = tmp_path / "kaart.crisiskaart"
    monkeypatch.setattr(lock_module, "fcntl", None)
    store.lock_path(card).write_text(json.dumps(_lock_info()))
    live = json.dumps(_lock_info(pid=os.getppid(), user="sneller", nonce="1" * 32))
    real_rename = os.rename

    def quicker_process_first(source: object, target: object) -> None:
        if Path(str(source)) == store.lock_path(card):
            Path(str(source)).unlink()
            Path(str(source)).write_text(live)
        real_rename(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(lock_module.os, "rename", quicker_process_first)
    with pytest.raises(store.CardLocked) as caught:
        CardLock(card).acquire()
    monkeypatch.setattr(lock_module.os, "rename", real_rename)
    assert store.lock_path(card).read_text() == live
    assert "sneller" in caught.value.message("nl")
    assert sorted(p.name for p in tmp_path.iterdir()) == [store.lock_path(card).name]


@pytest.mark.parametrize("with_flock", [True, False])
def test_without_hard_links_the_lock_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_flock: bool
) -> None:
    card = tmp_path / "kaart.crisiskaart"
    if not with_flock:
        monkeypatch.setattr(lock_module, "fcntl", None)

    def no_link(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "no hard links here")

    monkeypatch.setattr(lock_module.os, "link", no_link)
    store.lock_path(card).write_text(json.dumps(_lock_info()))  # stale: taken over
    with CardLock(card):
        assert json.loads(store.lock_path(card).read_text())["pid"] == os.getpid()
        assert sorted(p.name for p in tmp_path.iterdir()) == [store.lock_path(card).name]
        if with_flock:
            fcntl = pytest.importorskip("fcntl")
            fd = os.open(store.lock_path(card), os.O_RDWR)
            try:
                with pytest.raises(BlockingIOError):
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            finally:
                os.close(fd)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("with_flock", [True, False])
def test_lock_of_another_host_is_respected_and_names_user_and_host(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_flock: bool
) -> None:
    card = tmp_path / "kaart.crisiskaart"
    if not with_flock:
        monkeypatch.setattr(lock_module, "fcntl", None)
    other = _lock_info(pid=1, host="andere-computer", user="jdevries", since="2024-05-01T09:30:00Z")
    store.lock_path(card).write_text(json.dumps(other))
    with contextlib.ExitStack() as held:
        if with_flock:  # the share passes the other computer's kernel lock on to us
            fcntl = pytest.importorskip("fcntl")
            fd = os.open(store.lock_path(card), os.O_RDWR)
            held.callback(os.close, fd)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(store.CardLocked) as caught:
            CardLock(card).acquire()
    for language in ("nl", "en"):
        text = caught.value.message(language)
        opened = datetime(2024, 5, 1, 9, 30, tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")
        assert "jdevries" in text and "andere-computer" in text and opened in text  # this computer's clock
    assert "al geopend op een andere computer" in caught.value.message("nl")
    assert json.loads(store.lock_path(card).read_text()) == other


def test_empty_lock_file_is_busy_at_first_and_stale_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty lock file is one being written (where hard links are missing) or a crash while writing."""
    card = tmp_path / "kaart.crisiskaart"
    monkeypatch.setattr(lock_module, "fcntl", None)
    store.lock_path(card).write_text("")
    with pytest.raises(store.CardLocked):
        CardLock(card).acquire()
    old = time.time() - 2 * lock_module.UNFINISHED_GRACE_SECONDS
    os.utime(store.lock_path(card), (old, old))
    with CardLock(card):
        assert json.loads(store.lock_path(card).read_text())["pid"] == os.getpid()


@pytest.mark.parametrize("with_flock", [True, False])
def test_lock_info_names_user_and_release_keeps_a_lock_that_is_not_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_flock: bool
) -> None:
    card = tmp_path / "kaart.crisiskaart"
    if not with_flock:
        monkeypatch.setattr(lock_module, "fcntl", None)
    lock = CardLock(card).acquire()
    info = json.loads(store.lock_path(card).read_text())
    assert set(info) == {"pid", "host", "user", "since", "nonce"}  # who and when; nothing of the card
    assert info["user"] == lock_module._user() and len(info["nonce"]) == 32
    foreign = json.dumps(_lock_info(pid=os.getppid(), nonce="2" * 32))
    store.lock_path(card).unlink()
    store.lock_path(card).write_text(foreign)  # someone else's now, however that happened
    lock.release()
    assert store.lock_path(card).read_text() == foreign


def test_own_pid_in_a_lock_this_process_does_not_hold_is_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a restart the new process can get the old pid (containers, Windows): still stale."""
    card = tmp_path / "kaart.crisiskaart"
    monkeypatch.setattr(lock_module, "fcntl", None)
    store.lock_path(card).write_text(json.dumps(_lock_info(pid=os.getpid())))
    with CardLock(card):
        assert json.loads(store.lock_path(card).read_text())["nonce"] != "0" * 32
