"""Benchmark of the caseload listing against the bare cryptography it cannot avoid.

    .venv/bin/python benchmarks/bench_caseload.py [--quick]

Generates cards with an ondersteuner slot in a temporary folder (one in ten without a slot for
this profile, as in a shared folder), then measures in the same run:

per-card ratio = scan_caseload time per card / bare X25519 unwrap + AES-GCM decrypt of the same
                 index record (key derivation included, file reading and parsing excluded)
                 (goal <= 3)
growth         = time per card at 1,000 cards / time per card at 100 cards (goal: ~1, linear)
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from crisiskaart.model import dump_plan_json, example_plan
from crisiskaart.store import TEST_KDF, CardSummary, create_card, create_profile, format2, keys
from crisiskaart.store.history import open_index
from crisiskaart.store.slots_v2 import V2, OndersteunerSlot
from crisiskaart.workspace import scan_caseload


def _generate(folder: Path, count: int, profile, stranger) -> None:
    payload = dump_plan_json(example_plan()).encode()
    for number in range(count):
        summary = CardSummary(f"Cliënt {number:04d}", dt.date(2025, 6, 1), dt.date(2026, 6, 1))
        path = folder / f"kaart-{number:04d}.crisiskaart"
        with create_card(path, "wachtwoord", payload, summary=summary, kdf=TEST_KDF, backups=0) as card:
            # (the client gives access; a caseload folder holds cards of many clients)
            card.add_ondersteuner((stranger if number % 10 == 9 else profile).recipient)


def _bare(paths: list[Path], profile) -> float:
    """X25519 + HKDF + AES-GCM unwrap of the file key, HKDF + AES-GCM decrypt of the index."""
    prepared = []
    for path in paths:
        parsed = format2.parse(path.read_bytes())
        prepared.append((parsed.header, parsed.last_commit))
    start = time.perf_counter()
    for header, commit in prepared:
        for slot in header.slots:
            if not isinstance(slot, OndersteunerSlot):
                continue
            file_key = keys.unwrap_as_recipient(profile.private_key, slot.ephemeral_public, slot.wrapped,
                                                V2 + b"ondersteuner slot", V2)
            if file_key is not None:
                open_index(keys.hkdf(file_key, "payload", label=V2), header.card_id, commit.count,
                           commit.head, commit.index_record, V2)
                break
    return time.perf_counter() - start


def _scan(folder: Path, profile, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        entries = scan_caseload(folder, profile)
        times.append(time.perf_counter() - start)
    assert entries
    return statistics.median(times)


def main() -> int:
    quick = "--quick" in sys.argv
    sizes = (20, 200) if quick else (100, 1000)
    repeat = 3 if quick else 5
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        profile = create_profile(root / "sam.profile", "wachtwoord", "Sam de Vries", kdf=TEST_KDF)
        stranger = create_profile(root / "kim.profile", "wachtwoord", "Kim Jansen", kdf=TEST_KDF)
        results = {}
        for size in sizes:
            folder = root / f"caseload-{size}"
            folder.mkdir()
            start = time.perf_counter()
            _generate(folder, size, profile, stranger)
            made = time.perf_counter() - start
            total = _scan(folder, profile, repeat)
            paths = sorted(folder.glob("*.crisiskaart"))
            bare = statistics.median(_bare(paths, profile) for _ in range(repeat))
            results[size] = total / size
            print(f"{size:>5} cards: generated in {made:.1f} s; list {total * 1000:.0f} ms "
                  f"({total / size * 1e6:.0f} µs/card); bare unwrap+decrypt {bare / size * 1e6:.0f} µs/card; "
                  f"ratio {total / bare:.2f} (goal <= 3)")
        small, large = sizes
        print(f"growth {small} -> {large}: time per card x{results[large] / results[small]:.2f} "
              f"(goal ~1: linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
