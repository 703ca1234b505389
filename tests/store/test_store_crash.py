"""Crash test: savers are SIGKILLed at random moments; the file always opens and keeps every
acknowledged save.

Each saver is a forked child of the test process (the store is imported once, so 200+ kills take
seconds). A child opens the card, then appends versions and amends concepts in a loop — its first
save of the session writes the whole file anew, later ones append — and reports each save on a
pipe only after the store returned (after the fsync). The parent kills it after a random delay and
checks that the file opens, that no acknowledged save is lost and that the history is intact.
"""

from __future__ import annotations

import os
import random
import select
import signal
import time
from pathlib import Path

import pytest
from store_support import PASSPHRASE

from crisiskaart.store import TEST_KDF, CardSummary, Status, create_card, open_card

KILLS = 210
SUMMARY = CardSummary("Crash")


def _saver(path: Path, report: int, seed: int) -> None:  # pragma: no cover - runs in the child
    rng = random.Random(seed)
    card = open_card(path, passphrase=PASSPHRASE, backups=2)
    number = len(card.versions)
    os.write(report, b"open %d\n" % number)
    while True:
        body = b"x" * rng.randrange(0, 1500)
        if card.latest.status is Status.CONCEPT and rng.random() < 0.8:
            card.amend_concept(b"version %d amended " % number + body, summary=SUMMARY)
            os.write(report, b"amend %d\n" % number)
        else:
            number += 1
            card.save_version(b"version %d " % number + body, summary=SUMMARY)
            os.write(report, b"save %d\n" % number)


def _read_reports(fd: int) -> list[tuple[str, int]]:
    data = b""
    while chunk := os.read(fd, 65536):
        data += chunk
    return [(kind.decode(), int(n)) for kind, n in (line.split() for line in data.splitlines() if line)]


@pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL"
)
def test_sigkill_during_saves_never_loses_an_acknowledged_save(tmp_path: Path) -> None:
    path = tmp_path / "kaart.crisiskaart"
    create_card(path, PASSPHRASE, b"version 1 ", summary=SUMMARY, kdf=TEST_KDF).close()
    rng = random.Random(20240301)
    acknowledged = 1
    operations = 0  # saves and amends the savers reported, so the test is never vacuous
    for kill in range(KILLS):
        read_end, write_end = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - the child never returns
            os.close(read_end)
            try:
                _saver(path, write_end, kill)
            finally:
                os._exit(0)
        os.close(write_end)
        select.select([read_end], [], [], 10)  # the child has the card open (or failed)
        time.sleep(rng.uniform(0.0, 0.02))
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        reports = _read_reports(read_end)
        os.close(read_end)
        assert reports and reports[0][0] == "open", f"kill {kill}: the saver did not open the card"
        assert reports[0][1] >= acknowledged, f"kill {kill}: an acknowledged save was lost"
        saves = [n for kind, n in reports if kind == "save"]
        operations += len(reports) - 1
        acknowledged = max([acknowledged, *saves])
        with open_card(path, passphrase=PASSPHRASE, writable=False) as card:
            count = len(card.versions)
            assert count in (acknowledged, acknowledged + 1), (kill, count, acknowledged)
            assert card.payload().startswith(b"version %d " % count)
            assert [v.number for v in card.versions] == list(range(1, count + 1))
        acknowledged = count
    assert operations > KILLS // 10  # on a busy machine many savers die before their first save
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    open_card(path, passphrase=PASSPHRASE).close()  # a writable open clears killed saves' temp files
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")], leftovers
