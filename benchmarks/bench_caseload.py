"""The caseload listing against the bare cryptography it cannot avoid, measured in turns.

    .venv/bin/python benchmarks/bench_caseload.py [--quick]

Makes cards of the example card with an ondersteuner slot (one in ten with someone else's slot
only, as in a shared folder: a "geen toegang" row), then measures in the same run:

caseload_1000  = ``scan_caseload`` of 1,000 cards (everything the window's worker does: list the
                 folder, group copies by card id, read each file's header and last commit, MACs,
                 unwrap, decrypt and parse the index, review state) / crypto alone for the same
                 cards: X25519 + HKDF + AES-GCM unwrap of the file key per slot tried (the
                 profile's public key, part of the HKDF salt, worked out once per scan as the
                 caseload does), HKDF + AES-GCM decrypt of the index record; files read and
                 parsed beforehand, no JSON, no MACs                                (goal <= 3)
caseload_10000 = the same for 10,000 cards (without --quick)
caseload_growth = time per card at 10,000 / at 1,000 (goal ~1: linear; without --quick)
bytes_per_card = what the caseload reads from each file (two small reads, whatever its history)
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import timing
from cards import example, payload

from crisiskaart.store import (
    TEST_KDF,
    Author,
    CardSummary,
    OndersteunerProfile,
    Role,
    Status,
    VersionInfo,
    create_profile,
    format2,
    keys,
)
from crisiskaart.store import card as card_module
from crisiskaart.store.format2 import Header
from crisiskaart.store.history import GENESIS, IndexRecord, _index_ad
from crisiskaart.store.keyring import AccessAction, AccessEvent, Keyring
from crisiskaart.store.slots_v2 import V2, ClientSlot, OndersteunerSlot
from crisiskaart.workspace import scan_caseload


def _generate(folder: Path, start: int, stop: int, profile: OndersteunerProfile,
              stranger: OndersteunerProfile) -> None:
    """Cards as ``create_card`` + ``add_ondersteuner`` write them (the store's own file builder),
    without their locks, fsyncs and per-card Argon2id: making them is not what is measured.
    Each card has its own id and file key; the client's passphrase key is shared."""
    data = payload(example())
    salt = os.urandom(16)
    passphrase_key = TEST_KDF.derive("wachtwoord", salt)
    when = datetime(2025, 6, 1, 10, tzinfo=UTC)
    for number in range(start, stop):
        summary = CardSummary(f"Cliënt {number:05d}", dt.date(2025, 6, 1), dt.date(2026, 6, 1))
        file_key, card_id = os.urandom(keys.FILE_KEY_LENGTH), os.urandom(16)
        who = (stranger if number % 10 == 9 else profile).recipient
        slots = [ClientSlot.create(passphrase_key, salt, TEST_KDF, file_key, os.urandom),
                 OndersteunerSlot.create(who, file_key, card_id, os.urandom)]
        header = Header(card_id, 1, slots)
        info = VersionInfo(1, when, Author(Role.CLIENT, summary.display_name), Status.CONCEPT, "")
        record = card_module._seal_record(file_key, card_id, 1, GENESIS, info, data, os.urandom)
        ring = Keyring({}, [AccessEvent(when, info.author, AccessAction.CREATED, 1),
                            AccessEvent(when, info.author, AccessAction.ONDERSTEUNER_ADDED, 1)])
        built, _ = card_module._build_file(header, file_key, ring, [record],
                                           IndexRecord.for_latest(summary, info), os.urandom)
        (folder / f"kaart-{number:05d}.crisiskaart").write_bytes(built)


def _prepared(paths: list[Path]) -> list[tuple[list[tuple[bytes, bytes]], bytes, bytes, bytes]]:
    """Per card: (ephemeral key, wrapped key) of each ondersteuner slot, index nonce, sealed, AD."""
    prepared = []
    for path in paths:
        parsed = format2.parse(path.read_bytes())
        header, commit = parsed.header, parsed.last_commit
        slots = [(s.ephemeral_public, s.wrapped) for s in header.slots if isinstance(s, OndersteunerSlot)]
        ad = _index_ad(header.card_id, commit.count, commit.head, V2)
        record = commit.index_record
        prepared.append((slots, record[: keys.NONCE_LENGTH], record[keys.NONCE_LENGTH :], ad))
    return prepared


def _crypto_alone(prepared: list, profile: OndersteunerProfile) -> None:
    slot_ad = V2 + b"ondersteuner slot"
    public = keys.public_bytes(profile.private_key.public_key())  # once, as the caseload does
    for slots, nonce, sealed, ad in prepared:
        for ephemeral, wrapped in slots:
            file_key = keys.unwrap_as_recipient(profile.private_key, ephemeral, wrapped, slot_ad, V2,
                                                recipient_public=public)
            if file_key is not None:
                if keys.open_sealed(keys.hkdf(file_key, "payload", label=V2), nonce, sealed, ad) is None:
                    raise AssertionError("the baseline must decrypt what the caseload decrypts")
                break


class _Reads:
    """Bytes read through the store's small index reader (``read_index``'s, which the caseload's
    ``CaseloadReader`` reads with too) while active."""

    def __init__(self) -> None:
        self.count = 0
        self._real = card_module.IndexReader.read

    def __enter__(self) -> _Reads:
        real = self._real

        def read(reader: object, offset: int, length: int) -> bytes:
            data = real(reader, offset, length)
            self.count += len(data)
            return data

        card_module.IndexReader.read = read  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        card_module.IndexReader.read = self._real  # type: ignore[method-assign]


def _measure(folder: Path, profile: OndersteunerProfile, repeat: int) -> tuple[float, float, float]:
    """(median of ours / crypto alone in pairs, median seconds of ours, median crypto alone)."""
    paths = sorted(folder.glob("*.crisiskaart"))
    prepared = _prepared(paths)
    ours: list[float] = []
    bare: list[float] = []
    for _ in range(repeat):
        bare.append(timing.seconds(lambda: _crypto_alone(prepared, profile)))
        entries: list = []
        ours.append(timing.seconds(lambda entries=entries: entries.extend(scan_caseload(folder, profile))))
        assert len(entries) == len(paths)
    ratios = [mine / base for mine, base in zip(ours, bare, strict=True)]
    return statistics.median(ratios), statistics.median(ours), statistics.median(bare)


def measure(quick: bool) -> dict[str, float]:
    repeat = 3 if quick else 7
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        profile = create_profile(root / "sam.profile", "wachtwoord", "Sam de Vries", kdf=TEST_KDF)
        stranger = create_profile(root / "kim.profile", "wachtwoord", "Kim Jansen", kdf=TEST_KDF)
        folder = root / "caseload"
        folder.mkdir()
        _generate(folder, 0, 1000, profile, stranger)
        ratio, ours, bare = _measure(folder, profile, repeat)
        results.update(caseload_1000=round(ratio, 3), caseload_1000_ms=ours * 1000,
                       caseload_1000_crypto_ms=bare * 1000)
        with _Reads() as reads:
            scan_caseload(folder, profile)
        results["bytes_per_card"] = reads.count / 1000
        if not quick:
            _generate(folder, 1000, 10_000, profile, stranger)
            ratio, big, bare = _measure(folder, profile, max(3, repeat // 2))
            results.update(caseload_10000=round(ratio, 3), caseload_10000_ms=big * 1000,
                           caseload_growth=round((big / 10_000) / (ours / 1000), 3))
    return results


def main() -> int:
    r = measure("--quick" in sys.argv)
    print(f" 1,000 cards: list {r['caseload_1000_ms']:6.0f} ms, crypto alone "
          f"{r['caseload_1000_crypto_ms']:5.0f} ms: ratio {r['caseload_1000']:.2f} (goal <= 3); "
          f"{r['bytes_per_card']:.0f} bytes read per card")
    if "caseload_10000" in r:
        print(f"10,000 cards: list {r['caseload_10000_ms']:6.0f} ms: ratio {r['caseload_10000']:.2f}; "
              f"time per card x{r['caseload_growth']:.2f} of 1,000 (goal ~1: linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
