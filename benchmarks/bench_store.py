"""The card store against its bare primitives, measured in turns in the same run.

    .venv/bin/python benchmarks/bench_store.py [--quick]

Cards: the example card with 20 versions, and the huge card (``cards.huge_plan``: ten medicines,
every text 1,500 characters, 124 kB of JSON) with 500 versions (a 62 MB file). Both use the real
passphrase cost (``DEFAULT_KDF``): a cheaper one would only make the fixed costs look large.

unlock, unlock_500  = what the editor does when the passphrase is given: ``open_card`` writable
                      (edit lock, leftovers cleared, header, keyring, every commit, the latest
                      version, copies beside it, the seen-cards registry) and ``read_plan`` of the
                      latest version / bare Argon2id with the card's parameters   (goal <= 1.1)
save                = an autosave of the huge card's payload bytes (``save_draft``: seal the
                      record, append it and a commit, one fsync, as the editor's save worker does
                      after encoding the plan) / AES-256-GCM of the same payload appended to an
                      open file on the same disk, then fsync. Our append neither renames nor
                      fsyncs the folder, so neither does the baseline                  (goal <= 2)
save_with_encode    = the same, ours including the JSON encoding of the plan (``save_plan``); the
                      baseline is still handed the encoded bytes
save_example        = ``save`` on the example card (without --quick)
save_bytes_ratio    = bytes written by one autosave / the payload's size              (goal <= 2)
first_save_s        = the first save of a session, which writes the file anew so that
                      ``.1.bak`` keeps the card as it was opened (seconds, on the save worker)
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import timing
from cards import example, huge_plan, payload, variant
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from crisiskaart.app.cards import plan_summary, read_plan, save_plan
from crisiskaart.model import load_plan_json
from crisiskaart.store import DEFAULT_KDF, CardSummary, KdfParams, create_card, open_card
from crisiskaart.store.lifecycle import save_draft

PASSPHRASE = "benchmark wachtwoord met vier woorden"


@contextlib.contextmanager
def _no_fsync() -> Iterator[None]:
    """Making the benchmark cards is not measured: skip its fsyncs."""
    real = os.fsync
    os.fsync = lambda fd: None
    try:
        yield
    finally:
        os.fsync = real


class _Writes:
    """Counts the bytes handed to os.write while active."""

    def __init__(self) -> None:
        self.count = 0
        self._real = os.write

    def __enter__(self) -> _Writes:
        def write(fd: int, data: bytes) -> int:
            written = self._real(fd, data)
            self.count += written
            return written

        os.write = write  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        os.write = self._real


def _make(path: Path, data: bytes, versions: int, kdf: KdfParams) -> None:
    summary = CardSummary("Benchmark")
    with _no_fsync(), create_card(path, PASSPHRASE, data, summary=summary, kdf=kdf, backups=0) as card:
        for number in range(2, versions + 1):
            card.save_version(variant(data, number), summary=summary)


def _unlock(path: Path, kdf: KdfParams, repeat: int) -> tuple[float, float, float]:
    """(median ratio of each open to the Argon2id just before it, median open, median Argon2id).

    Pairs, not medians of each side: on a shared machine Argon2id's time swings with the load, and
    an open is best compared with the derivation right next to it. Cards close outside the clock.
    """
    salt = os.urandom(16)
    opens: list[float] = []
    kdfs: list[float] = []
    for _ in range(repeat):
        kdfs.append(timing.seconds(lambda: kdf.derive(PASSPHRASE, salt)))
        opened: list = []

        def unlock(opened: list = opened) -> None:
            card = open_card(path, passphrase=PASSPHRASE, writable=True)
            opened.append(card)
            read_plan(card)

        opens.append(timing.seconds(unlock))
        opened[0].close()
    ratios = [mine / base for mine, base in zip(opens, kdfs, strict=True)]
    return round(_median(ratios), 3), _median(opens), _median(kdfs)


def _median(values: list[float]) -> float:
    import statistics

    return statistics.median(values)


def _save(path: Path, data: bytes, repeat: int) -> dict[str, float]:
    plans = [load_plan_json(variant(data, 10_000 + n)) for n in range(2 * repeat + 2)]
    records = [payload(plan) for plan in plans]
    summary = plan_summary(plans[0])
    key, nonce = os.urandom(32), os.urandom(12)
    bare_path = path.with_name(path.stem + "-bare.bin")
    with _no_fsync():
        bare_path.write_bytes(path.read_bytes())  # the same disk, a file of the same size
    fd = os.open(bare_path, os.O_WRONLY)
    os.fsync(fd)  # on disk before the clock starts, as the first save below leaves our file
    card = open_card(path, passphrase=PASSPHRASE, writable=True, backups=1)
    try:
        first = timing.seconds(lambda: save_plan(card, plans[-1]))  # writes the file anew
        ours: list[float] = []
        bare: list[float] = []
        encoded: list[float] = []
        for number in range(repeat):
            record = records[number]

            def append(record: bytes = record) -> None:
                sealed = nonce + AESGCM(key).encrypt(nonce, record, b"")
                os.lseek(fd, 0, os.SEEK_END)
                view = memoryview(sealed)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)

            def autosave(record: bytes = record) -> None:
                save_draft(card, record, summary=summary)

            def autosave_plan(number: int = number) -> None:
                save_plan(card, plans[repeat + number])

            bare.append(timing.seconds(append))
            ours.append(timing.seconds(autosave))
            encoded.append(timing.seconds(autosave_plan))
        with _Writes() as writes:
            save_draft(card, records[-1], summary=summary)
    finally:
        card.close()
        os.close(fd)
    return {"save": _median(ours), "bare": _median(bare), "encoded": _median(encoded),
            "bytes": writes.count, "payload": len(records[-1]), "first": first}


def measure(quick: bool) -> dict[str, float]:
    kdf = DEFAULT_KDF
    unlock_repeat, save_repeat = (3, 12) if quick else (11, 40)
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(dir=Path.home()) as scratch, _state_folder(scratch):
        folder = Path(scratch)
        small, huge = folder / "voorbeeld.crisiskaart", folder / "groot.crisiskaart"
        small_data, huge_data = payload(example()), payload(huge_plan())
        _make(small, small_data, 20, kdf)
        _make(huge, huge_data, 500, kdf)
        paired, ours, base = _unlock(small, kdf, unlock_repeat)
        results.update(unlock=paired, unlock_ms=ours * 1000, argon2id_ms=base * 1000)
        paired, ours, base = _unlock(huge, kdf, unlock_repeat if quick else unlock_repeat + 2)
        results.update(unlock_500=paired, unlock_500_ms=ours * 1000,
                       unlock_500_file_mb=huge.stat().st_size / 1e6)
        saved = _save(huge, huge_data, save_repeat)
        results.update(save=timing.ratio(saved["save"], saved["bare"]), save_ms=saved["save"] * 1000,
                       save_with_encode=timing.ratio(saved["encoded"], saved["bare"]),
                       save_bare_ms=saved["bare"] * 1000,
                       save_bytes_ratio=round(saved["bytes"] / saved["payload"], 3),
                       first_save_s=round(saved["first"], 3))
        if not quick:
            saved = _save(small, small_data, save_repeat)
            results.update(save_example=timing.ratio(saved["save"], saved["bare"]))
    return results


@contextlib.contextmanager
def _state_folder(scratch: str) -> Iterator[None]:
    """Opening records what this computer has seen: keep that out of the user's own registry."""
    before = os.environ.get("CRISISKAART_STATE_DIR")
    os.environ["CRISISKAART_STATE_DIR"] = os.path.join(scratch, "state")
    try:
        yield
    finally:
        if before is None:
            del os.environ["CRISISKAART_STATE_DIR"]
        else:
            os.environ["CRISISKAART_STATE_DIR"] = before


def main() -> int:
    quick = "--quick" in sys.argv
    r = measure(quick)
    print(f"Argon2id ({DEFAULT_KDF})  {r['argon2id_ms']:8.0f} ms")
    print(f"unlock, example card, 20 versions        {r['unlock_ms']:8.0f} ms   ratio {r['unlock']:.3f}"
          " (goal <= 1.1)")
    print(f"unlock, huge card, 500 versions ({r['unlock_500_file_mb']:.0f} MB) "
          f"{r['unlock_500_ms']:6.0f} ms   ratio {r['unlock_500']:.3f} (goal <= 1.1)")
    print(f"autosave, huge card  {r['save_ms']:7.2f} ms   bare append+fsync {r['save_bare_ms']:7.2f} ms   "
          f"ratio {r['save']:.2f} (goal <= 2); written / payload {r['save_bytes_ratio']:.3f} (goal <= 2)")
    print(f"autosave with the plan's JSON encoding: ratio {r['save_with_encode']:.2f}")
    if "save_example" in r:
        print(f"autosave, example card: ratio {r['save_example']:.2f}")
    print("first save of a session (writes the huge card anew, on the save worker) "
          f"{r['first_save_s']:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
