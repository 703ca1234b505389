"""Benchmark of the card store against its bare primitives, measured in the same run.

    .venv/bin/python benchmarks/bench_store.py [--quick]

Two cards with a long history: the example card with 500 versions, and a big card (about
340 kB per version, e.g. ten medicines and long texts) with 100 versions.

save ratio   = an autosave (``lifecycle.save_draft`` on a concept: seal, append the record and a
               commit, fsync) / a bare AES-256-GCM encrypt of the same payload appended to a file
               + one fsync, on the same disk                                          (goal <= 2)
bytes/save   = what one autosave writes (the history is never rewritten)
open ratio   = ``open_card`` writable (the editor's path: lock, verify every version, look for
               copies beside it) / bare Argon2id with the same parameters           (goal <= 1.5)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from crisiskaart.store import DEFAULT_KDF, TEST_KDF, CardSummary, create_card, open_card
from crisiskaart.store.lifecycle import save_draft

PASSPHRASE = "benchmark wachtwoord met woorden"


def _median(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _example_payload() -> bytes:
    from crisiskaart.model import dump_plan_json, example_plan

    return dump_plan_json(example_plan()).encode()


def _big_payload() -> bytes:
    """A big card's JSON: the example with every text long (ten medicines' worth of words)."""
    words = " ".join(f"woord{n}" for n in range(50_000))
    return (_example_payload()[:-1] + b', "extra": "' + words.encode() + b'"}')[:340_000]


class _Writes:
    """Counts bytes given to os.write while active."""

    def __init__(self) -> None:
        self.count = 0
        self._real = os.write

    def __enter__(self) -> _Writes:
        def write(fd: int, data: bytes) -> int:
            written = self._real(fd, data)
            self.count += written
            return written

        os.write = write  # type: ignore[assignment]  # measuring only, restored on exit
        return self

    def __exit__(self, *exc: object) -> None:
        os.write = self._real  # type: ignore[assignment]


def _case(folder: Path, name: str, payload: bytes, versions: int, kdf, repeat: int) -> dict[str, float]:
    path = folder / f"{name}.crisiskaart"
    summary = CardSummary("Benchmark")
    with create_card(path, PASSPHRASE, payload, summary=summary, kdf=kdf, backups=0) as card:
        for number in range(2, versions + 1):
            card.save_version(payload[:-1] + b" %d}" % number, summary=summary)
    key, nonce = os.urandom(32), os.urandom(12)
    target = folder / f"{name}-bare.bin"
    target.write_bytes(path.read_bytes())  # the same disk, a file of the same size

    def bare_append() -> None:
        data = nonce + AESGCM(key).encrypt(nonce, payload, b"")
        fd = os.open(target, os.O_WRONLY | os.O_APPEND)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)

    card = open_card(path, passphrase=PASSPHRASE, backups=0)
    try:
        save_draft(card, payload, summary=summary)  # the session's first save writes the file anew
        edited = [payload[:-1] + b" edit %d}" % n for n in range(repeat * 2 + 1)]
        saves = iter(edited)
        bare = []
        ours = []
        for _ in range(repeat):  # interleaved, so a noisy moment hits both alike
            bare.append(_median(bare_append, 1))
            ours.append(_median(lambda: save_draft(card, next(saves), summary=summary), 1))
        with _Writes() as writes:
            save_draft(card, next(saves), summary=summary)
    finally:
        card.close()
    salt = os.urandom(16)
    opens = []
    kdfs = []
    for _ in range(max(3, repeat // 10)):
        kdfs.append(_median(lambda: kdf.derive(PASSPHRASE, salt), 1))
        opens.append(_median(lambda: open_card(path, passphrase=PASSPHRASE).close(), 1))
    return {
        "save": statistics.median(ours), "bare": statistics.median(bare), "bytes": writes.count,
        "size": path.stat().st_size, "open": statistics.median(opens), "kdf": statistics.median(kdfs),
    }


def main() -> int:
    quick = "--quick" in sys.argv
    kdf = TEST_KDF if quick else DEFAULT_KDF
    repeat = 15 if quick else 40
    with tempfile.TemporaryDirectory(dir=Path.home()) as scratch:
        folder = Path(scratch)
        for name, payload, versions in (
            ("example", _example_payload(), 500), ("big", _big_payload(), 100)
        ):
            r = _case(folder, name, payload, versions, kdf, repeat)
            print(f"{name}: {versions} versions of {len(payload)} bytes, file {r['size'] / 1e6:.1f} MB")
            print(f"  save  {r['save'] * 1000:8.2f} ms   bare append+fsync {r['bare'] * 1000:8.2f} ms   "
                  f"ratio {r['save'] / r['bare']:.2f} (goal <= 2); {r['bytes']} bytes written per save")
            print(f"  open  {r['open'] * 1000:8.2f} ms   bare Argon2id     {r['kdf'] * 1000:8.2f} ms   "
                  f"ratio {r['open'] / r['kdf']:.2f} (KDF {kdf})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
