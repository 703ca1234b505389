"""Benchmark of the card store against its bare primitives, measured in the same run.

    .venv/bin/python benchmarks/bench_store.py [--quick]

unlock ratio = open_card (read-only) / bare Argon2id with the same parameters   (goal <= 1.1)
save ratio   = save_version / bare AES-256-GCM encrypt + write + fsync of the same bytes
               (goal <= 2; a save also fsyncs the folder and hard-links a backup)
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

from crisiskaart.store import (
    DEFAULT_KDF,
    TEST_KDF,
    CardSummary,
    create_card,
    open_card,
)


def _median(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _payload() -> bytes:
    try:
        from crisiskaart.model import dump_plan_json, example_plan

        return dump_plan_json(example_plan()).encode()
    except Exception:
        return os.urandom(8000)


def main() -> int:
    quick = "--quick" in sys.argv
    kdf = TEST_KDF if quick else DEFAULT_KDF
    payload = _payload()
    summary = CardSummary("Benchmark")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        path = folder / "bench.crisiskaart"
        create_card(path, "wachtwoord", payload, summary=summary, kdf=kdf).close()
        with open_card(path, passphrase="wachtwoord") as card:
            for _ in range(9):  # a realistic history of ten versions
                card.save_version(payload, summary=summary)
        salt = os.urandom(16)
        repeat = 5 if not quick else 20
        bare_kdf = _median(lambda: kdf.derive("wachtwoord", salt), repeat)
        unlock = _median(
            lambda: open_card(path, passphrase="wachtwoord", writable=False), repeat
        )

        key, nonce = os.urandom(32), os.urandom(12)
        target = folder / "bare.bin"

        file_bytes = path.read_bytes()  # what a save writes: the whole file

        def bare_save(plain: bytes = file_bytes) -> None:
            data = AESGCM(key).encrypt(nonce, plain, b"")
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)

        def bare_save_new_file(plain: bytes = file_bytes) -> None:
            # The same, into a fresh file: what any crash-safe save (temp file + rename) must do.
            data = AESGCM(key).encrypt(nonce, plain, b"")
            fresh = folder / f"bare-{os.urandom(4).hex()}.bin"
            fd = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(fresh, target)

        card = open_card(path, passphrase="wachtwoord")
        try:
            bare = _median(bare_save, 30)
            bare_new_file = _median(bare_save_new_file, 30)
            bare_payload = _median(lambda: bare_save(payload), 30)
            save = _median(lambda: card.save_version(payload, summary=summary), 30)
        finally:
            card.close()
    print(f"KDF parameters: {kdf}; payload {len(payload)} bytes")
    print(f"unlock: {unlock * 1000:8.2f} ms   bare Argon2id: {bare_kdf * 1000:8.2f} ms   "
          f"ratio {unlock / bare_kdf:.3f} (goal <= 1.1)")
    print(f"save:   {save * 1000:8.2f} ms   bare AEAD+fsync: {bare * 1000:8.2f} ms   "
          f"ratio {save / bare:.3f} (goal <= 2; same bytes = the whole {len(file_bytes)}-byte file)")
    print(f"        (against AEAD+fsync of the new payload only, {bare_payload * 1000:.2f} ms: "
          f"ratio {save / bare_payload:.3f})")
    print(f"        (against AEAD+fsync of the same bytes into a fresh file + rename, "
          f"{bare_new_file * 1000:.2f} ms: ratio {save / bare_new_file:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
