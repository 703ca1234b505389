"""Crash test: a process saving in a loop is SIGKILLed at random moments; the file always opens."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_support import PASSPHRASE

from crisiskaart.store import TEST_KDF, CardSummary, create_card, open_card

SAVER = """
import sys
from crisiskaart.store import CardSummary, open_card
card = open_card(sys.argv[1], passphrase=sys.argv[2], backups=2)
summary = CardSummary("Crash")
number = len(card.versions)
print(number, flush=True)
while True:
    number += 1
    card.save_version(b"version %d " % number + b"x" * (number * 97 % 5000), summary=summary)
    print(number, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_saves_never_loses_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kaart.crisiskaart"
    create_card(path, PASSPHRASE, b"version 1 ", summary=CardSummary("Crash"), kdf=TEST_KDF).close()
    rng = random.Random(20240301)
    kills = 0
    for _ in range(12):
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert saver.stdout is not None
        started = saver.stdout.readline()  # it has opened the card and holds the lock
        assert started.strip().isdigit(), started
        time.sleep(rng.uniform(0.0, 0.25))
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        kills += 1
        acknowledged = [int(line) for line in saver.stdout.read().split() if line.isdigit()]
        last_acknowledged = acknowledged[-1] if acknowledged else int(started)
        # Opening also takes over the lock the killed saver left behind.
        with open_card(path, passphrase=PASSPHRASE) as card:
            count = len(card.versions)
            assert count in (last_acknowledged, last_acknowledged + 1)
            assert card.payload().startswith(b"version %d " % count)
    assert kills == 12 and count > 12
