"""The edit lock: a second window or process is kept out; locks of dead processes are taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from store_support import PASSPHRASE

import crisiskaart.store as store
import crisiskaart.store.lock as lock_module
from crisiskaart.store import CardFile, open_card

HOLD = """
import sys, time
from crisiskaart.store import open_card
card = open_card(sys.argv[1], passphrase=sys.argv[2])
print("open", flush=True)
time.sleep(60)
"""


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_second_window_in_same_process_refused(new_card: Callable[..., CardFile]) -> None:
    with new_card() as card:
        with pytest.raises(store.CardLocked) as caught:
            open_card(card.path, passphrase=PASSPHRASE)
        message = caught.value.message("nl")
        assert message.startswith("deze kaart is in dit programma al open om te bewerken, in een ander "
                                  "venster")
        assert message.endswith("sluit hem daar eerst (Bestand › Kaart sluiten) en probeer het dan opnieuw")
        assert "proces" not in message and str(os.getpid()) not in message  # words, not a process id
        assert caught.value.params["pid"] == os.getpid()  # kept for whoever needs it
        assert caught.value.exit_code == 4
        # Reading alongside an editor is fine: saves are atomic.
        assert open_card(card.path, passphrase=PASSPHRASE, writable=False).payload() == b"payload-1"
    open_card(card.path, passphrase=PASSPHRASE).close()  # released on close


def test_second_process_refused_until_first_is_gone(
    new_card: Callable[..., CardFile], tmp_path: Path
) -> None:
    path = tmp_path / "kaart.crisiskaart"
    new_card().close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), PASSPHRASE], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(store.CardLocked) as caught:
            open_card(path, passphrase=PASSPHRASE)
        assert "already open on this computer" in caught.value.message("en")
        assert caught.value.params["pid"] == holder.pid
    finally:
        holder.kill()
        holder.wait()
    # Killed without cleaning up: the lock file is still there, but its process is gone.
    assert store.lock_path(path).exists()
    open_card(path, passphrase=PASSPHRASE).close()


def test_lock_file_holds_no_client_data(new_card: Callable[..., CardFile]) -> None:
    with new_card() as card:
        info = json.loads(store.lock_path(card.path).read_text())
    assert set(info) == {"pid", "host", "user", "since", "nonce"}


@pytest.mark.parametrize("with_flock", [True, False])
def test_stale_lock_of_dead_process_taken_over(
    new_card: Callable[..., CardFile],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    with_flock: bool,
) -> None:
    path = tmp_path / "kaart.crisiskaart"
    new_card().close()
    if not with_flock:
        monkeypatch.setattr(lock_module, "fcntl", None)
    stale = {"pid": _dead_pid(), "host": socket.gethostname(), "since": "2020-01-01T00:00:00Z"}
    store.lock_path(path).write_text(json.dumps(stale))
    with open_card(path, passphrase=PASSPHRASE):
        assert json.loads(store.lock_path(path).read_text())["pid"] == os.getpid()
    assert not store.lock_path(path).exists()


def test_without_flock_a_live_lock_is_respected(
    new_card: Callable[..., CardFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kaart.crisiskaart"
    new_card().close()
    monkeypatch.setattr(lock_module, "fcntl", None)
    parent = {"pid": os.getppid(), "host": socket.gethostname(), "since": "2020-01-01T00:00:00Z"}
    store.lock_path(path).write_text(json.dumps(parent))
    with pytest.raises(store.CardLocked):
        open_card(path, passphrase=PASSPHRASE)
    other_host = {"pid": 1, "host": "andere-computer", "since": "2020-01-01T00:00:00Z"}
    store.lock_path(path).write_text(json.dumps(other_host))
    with pytest.raises(store.CardLocked) as caught:
        open_card(path, passphrase=PASSPHRASE)
    opened = datetime(2020, 1, 1, tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")
    assert caught.value.message("nl") == (
        f"deze kaart is al geopend op een andere computer (andere-computer, door ?, sinds {opened}); "
        "sluit hem daar eerst")
