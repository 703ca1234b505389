"""Regenerate the committed test vectors in ``tests/store/vectors`` (run from the repo root).

    .venv/bin/python tests/store/make_vectors.py

Everything is deterministic: randomness comes from a seeded SHA-256 counter stream and the clock
is fixed, so running this again must reproduce the committed bytes exactly (a test checks it).
If a format change makes the bytes differ, that is a format change: bump the version and say so.

Known answer: ``known.crisiskaart`` opens with ``KNOWN_PASSPHRASE`` (client) or with
``ondersteuner-1.profile`` / ``ondersteuner-2.profile`` and ``PROFILE_PASSPHRASE``.
Negative vectors: ``negative/*.crisiskaart``, each listed in ``negative/expected.json`` with the
error class opening it with ``KNOWN_PASSPHRASE`` must raise.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from crisiskaart.store import (  # noqa: E402
    CardSummary,
    KdfParams,
    Status,
    container,
    create_card,
    create_profile,
    open_card,
    open_profile,
    read_public_key,
)
from crisiskaart.store.encoding import Writer  # noqa: E402

KNOWN_PASSPHRASE = "correct horse battery staple"
PROFILE_PASSPHRASE = "ondersteuner wachtwoord ß"
OTHER_PASSPHRASE = "een ander wachtwoord"
# Cheap but not the smallest possible, so memory/iterations/lanes are all exercised.
VECTOR_KDF = KdfParams(memory_kib=256, iterations=2, lanes=2)
PAYLOADS = (
    b'{"kaart":"fictief voorbeeld","versie":1,"marker":"KAT-PLAINTEXT-V1"}',
    b'{"kaart":"fictief voorbeeld","versie":2,"marker":"KAT-PLAINTEXT-V2"}',
    '{"kaart":"fictief voorbeeld","versie":3,"naam":"Ayşe","marker":"KAT-PLAINTEXT-V3"}'.encode(),
)
SUMMARY = CardSummary(
    display_name="Sanne de Vries (fictief)",
    signed_on=datetime(2024, 3, 1).date(),
    valid_until=datetime(2025, 3, 1).date(),
    drawn_up_on=datetime(2024, 2, 14).date(),
)


class SeededRandom:
    """A deterministic byte stream standing in for ``os.urandom`` (test vectors only!)."""

    def __init__(self, seed: str) -> None:
        self._seed = seed.encode()
        self._counter = 0

    def __call__(self, count: int) -> bytes:
        out = b""
        while len(out) < count:
            self._counter += 1
            out += hashlib.sha256(self._seed + self._counter.to_bytes(8, "big")).digest()
        return out[:count]


class FixedClock:
    """Returns the given moments one after the other."""

    def __init__(self, *moments: datetime) -> None:
        self._moments = list(moments)

    def __call__(self) -> datetime:
        return self._moments.pop(0)


def _at(day: int, hour: int) -> datetime:
    return datetime(2024, 3, day, hour, 0, 0, tzinfo=UTC)


def build_known(folder: Path) -> None:
    """known.crisiskaart (+ profiles) and, as material for negatives, other.crisiskaart and fork."""
    for number in (1, 2):
        create_profile(
            folder / f"ondersteuner-{number}.profile",
            PROFILE_PASSPHRASE,
            ("Ayşe Yılmaz", "Piet Jansen")[number - 1],
            ("Cliëntenbelang Amsterdam (fictief)", "FACT-team Noord (fictief)")[number - 1],
            kdf=VECTOR_KDF,
            random=SeededRandom(f"profile-{number}"),
        )
    card_path = folder / "known.crisiskaart"
    clock = FixedClock(_at(1, 10), _at(1, 11))
    with create_card(
        card_path,
        KNOWN_PASSPHRASE,
        PAYLOADS[0],
        summary=SUMMARY,
        note="Eerste opzet",
        kdf=VECTOR_KDF,
        backups=0,
        random=SeededRandom("known"),
        clock=clock,
    ) as card:
        card.save_version(PAYLOADS[1], summary=SUMMARY, status=Status.ONDERTEKEND, note="Getekend")
        for number in (1, 2):
            card.add_ondersteuner(read_public_key(folder / f"ondersteuner-{number}.profile.pub"))
    # A diverged copy: same file key and card id, a different version 3 (material for splicing).
    shutil.copyfile(card_path, folder / "fork.crisiskaart")
    with open_card(
        folder / "fork.crisiskaart",
        passphrase=KNOWN_PASSPHRASE,
        backups=0,
        random=SeededRandom("fork"),
        clock=FixedClock(_at(2, 9)),
    ) as fork:
        fork.save_version(b'{"fork":true}', summary=SUMMARY, note="afgesplitst")
    profile = open_profile(folder / "ondersteuner-1.profile", PROFILE_PASSPHRASE)
    with open_card(
        card_path, profile=profile, backups=0, random=SeededRandom("known-v3"), clock=FixedClock(_at(3, 14))
    ) as card:
        card.save_version(PAYLOADS[2], summary=SUMMARY, status=Status.ACTIEF, note="Jaarlijkse herziening")
    # Another card with the same passphrase (material for slot swapping and splicing).
    create_card(
        folder / "other.crisiskaart",
        KNOWN_PASSPHRASE,
        PAYLOADS[0],
        summary=SUMMARY,
        kdf=VECTOR_KDF,
        backups=0,
        random=SeededRandom("other"),
        clock=FixedClock(_at(1, 10), _at(1, 11)),
    ).close()


def _flip(data: bytes, offset: int, bit: int = 0) -> bytes:
    return data[:offset] + bytes([data[offset] ^ (1 << bit)]) + data[offset + 1 :]


def _rebuild(parsed: container.ParsedFile, **changes: object) -> bytes:
    """Re-encode a parsed file with some parts replaced (the MAC is kept: it will not match)."""
    header = container.Header(
        card_id=changes.get("card_id", parsed.header.card_id),
        version_count=changes.get("version_count", parsed.header.version_count),
        head_digest=changes.get("head_digest", parsed.header.head_digest),
        slots=changes.get("slots", parsed.header.slots),
    )
    return container.build(
        header.encode(),
        changes.get("mac", parsed.mac),
        changes.get("index_record", parsed.index_record),
        changes.get("records", parsed.version_records),
    )


def negative_vectors(folder: Path) -> dict[str, tuple[bytes, str, str]]:
    """name -> (file bytes, expected error class, why)."""
    known = (folder / "known.crisiskaart").read_bytes()
    other = (folder / "other.crisiskaart").read_bytes()
    fork = (folder / "fork.crisiskaart").read_bytes()
    p = container.parse(known)
    po = container.parse(other)
    pf = container.parse(fork)
    magic_end = len(container.MAGIC) + 2
    slots_start = magic_end + container.CARD_ID_LENGTH + 4 + container.DIGEST_LENGTH + 1
    client_body = slots_start + 3  # type (1) + length (2)
    header_end = len(p.header_bytes)
    index_start = header_end + container.MAC_LENGTH
    first_record = index_start + 4 + len(p.index_record)
    second_record = first_record + 4 + len(p.version_records[0])
    last_record = len(known) - len(p.version_records[-1]) - 4
    client_slot, first, second = p.header.slots

    def kdf_slot(memory: int, iterations: int, lanes: int) -> bytes:
        slot = container.ClientSlot(
            client_slot.salt, KdfParams(memory, iterations, lanes), client_slot.wrapped
        )
        return _rebuild(p, slots=[slot, first, second])

    vectors: dict[str, tuple[bytes, str, str]] = {
        "empty": (b"", "CorruptFile", "zero bytes"),
        "truncated-in-magic": (known[:5], "CorruptFile", "cut inside the magic"),
        "truncated-in-format-version": (known[:9], "CorruptFile", "cut inside the version"),
        "truncated-in-header": (known[: slots_start - 3], "CorruptFile", "cut before the slots"),
        "truncated-in-client-slot": (known[: client_body + 20], "CorruptFile", "cut in slot 1"),
        "truncated-in-ondersteuner-slot": (known[: header_end - 5], "CorruptFile", "cut in slot 3"),
        "truncated-in-mac": (known[: header_end + 16], "CorruptFile", "cut in the header MAC"),
        "truncated-in-index": (known[: index_start + 30], "CorruptFile", "cut in the index"),
        "truncated-in-version-1": (known[: first_record + 50], "CorruptFile", "cut in version 1"),
        "truncated-after-version-2": (
            known[:last_record],
            "CorruptFile",
            "last version dropped cleanly at a record boundary (count says 3)",
        ),
        "truncated-last-byte": (known[:-1], "CorruptFile", "one byte short"),
        "rollback-count-lowered": (
            _rebuild(p, version_count=2, records=p.version_records[:2]),
            "Tampered",
            "last version dropped and the count lowered to match: header MAC fails",
        ),
        "trailing-garbage": (known + b"\0", "CorruptFile", "one byte too many"),
        "bad-magic": (_flip(known, 1), "CorruptFile", "not a card file"),
        "unknown-format-version": (
            known[: len(container.MAGIC)] + (2).to_bytes(2, "big") + known[magic_end:],
            "UnsupportedVersion",
            "format version 2",
        ),
        "flip-card-id": (_flip(known, magic_end + 3), "Tampered", "card id changed"),
        "flip-head-digest": (
            _flip(known, magic_end + container.CARD_ID_LENGTH + 4 + 7),
            "Tampered",
            "history digest in header changed",
        ),
        "flip-client-salt": (_flip(known, client_body + 2), "WrongPassphrase", "salt changed"),
        "flip-client-kdf-iterations": (
            _flip(known, client_body + 16 + 4 + 3),
            "WrongPassphrase",
            "iterations 2 -> 3: a different key, still within the caps",
        ),
        "flip-client-wrapped-key": (
            _flip(known, client_body + 16 + 12 + 5),
            "WrongPassphrase",
            "wrapped file key changed (indistinguishable from a wrong passphrase)",
        ),
        "flip-ondersteuner-label": (
            _flip(known, header_end - 3),
            "Tampered",
            "ondersteuner slot label changed: header MAC fails",
        ),
        "flip-mac": (_flip(known, header_end + 31, 7), "Tampered", "header MAC changed"),
        "flip-index": (_flip(known, index_start + 4 + 20), "Tampered", "index ciphertext changed"),
        "flip-version-1-nonce": (_flip(known, first_record + 4), "Tampered", "nonce changed"),
        "flip-version-2-payload": (
            _flip(known, second_record + 4 + 40),
            "Tampered",
            "version 2 ciphertext changed",
        ),
        "flip-last-tag": (_flip(known, len(known) - 1), "Tampered", "last AEAD tag changed"),
        "flip-record-length": (
            _flip(known, first_record, 7),
            "CorruptFile",
            "record length absurd (over 64 MiB)",
        ),
        "slot-swapped-from-other-file": (
            _rebuild(p, slots=[po.header.slots[0], first, second]),
            "Tampered",
            "client slot of another card with the same passphrase: opens its key, MAC fails",
        ),
        "slot-removed": (
            _rebuild(p, slots=[client_slot, first]),
            "Tampered",
            "an ondersteuner slot removed",
        ),
        "slots-reordered": (
            _rebuild(p, slots=[client_slot, second, first]),
            "Tampered",
            "the two ondersteuner slots swapped",
        ),
        "client-slot-not-first": (
            _rebuild(p, slots=[first, client_slot, second]),
            "CorruptFile",
            "slot table not canonical",
        ),
        "duplicate-client-slot": (
            _rebuild(p, slots=[client_slot, client_slot, first, second]),
            "CorruptFile",
            "two client slots",
        ),
        "no-slots": (_rebuild(p, slots=[]), "CorruptFile", "slot count 0"),
        "versions-reordered": (
            _rebuild(p, records=[p.version_records[1], p.version_records[0], p.version_records[2]]),
            "Tampered",
            "versions 1 and 2 swapped",
        ),
        "version-spliced-from-other-file": (
            _rebuild(p, records=[po.version_records[0], *p.version_records[1:]]),
            "Tampered",
            "version 1 taken from another card",
        ),
        "version-from-diverged-copy": (
            _rebuild(p, records=[*p.version_records[:2], pf.version_records[2]]),
            "Tampered",
            "version 3 of a diverged copy (same key, same card id): digest chain differs",
        ),
        "index-from-diverged-copy": (
            _rebuild(p, index_record=pf.index_record),
            "Tampered",
            "index record of a diverged copy",
        ),
        "huge-kdf-memory": (
            kdf_slot(4 * 1024 * 1024 * 1024 - 1, 2, 2),
            "UnsafeParameters",
            "asks for 4 TiB of memory: refused before running Argon2id",
        ),
        "huge-kdf-iterations": (
            kdf_slot(256, 4_000_000_000, 2),
            "UnsafeParameters",
            "asks for 4 billion passes",
        ),
        "huge-kdf-lanes": (kdf_slot(256 * 1024, 2, 2**24), "UnsafeParameters", "16M lanes"),
        "zero-kdf-iterations": (kdf_slot(256, 0, 2), "UnsafeParameters", "zero passes"),
    }
    # A slot of type 9: encode by hand (the encoder only knows real slot types).
    unknown = bytes(Writer().u8(9).blob16(b"\0" * 10))
    header = container.Header(p.header.card_id, 3, p.header.head_digest, [client_slot]).encode()
    vectors["unknown-slot-type"] = (
        container.build(
            _with_extra_slot(header, unknown), p.mac, p.index_record, p.version_records
        ),
        "CorruptFile",
        "slot type 9 is unknown in format version 1",
    )
    return vectors


def _with_extra_slot(header_with_one_slot: bytes, raw_slot: bytes) -> bytes:
    """Bump the slot count from 1 to 2 and append ``raw_slot``."""
    count_at = len(container.MAGIC) + 2 + container.CARD_ID_LENGTH + 4 + container.DIGEST_LENGTH
    data = bytearray(header_with_one_slot)
    data[count_at] = 2
    return bytes(data) + raw_slot


def generate(target: Path) -> None:
    """Write all vectors into ``target`` (known-answer files and the negative/ folder)."""
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        build_known(work)
        target.mkdir(parents=True, exist_ok=True)
        for name in (
            "known.crisiskaart",
            "ondersteuner-1.profile",
            "ondersteuner-1.profile.pub",
            "ondersteuner-2.profile",
            "ondersteuner-2.profile.pub",
        ):
            shutil.copyfile(work / name, target / name)
        negative = target / "negative"
        if negative.exists():
            shutil.rmtree(negative)
        negative.mkdir()
        expected = {}
        for name, (data, error, why) in sorted(negative_vectors(work).items()):
            (negative / f"{name}.crisiskaart").write_bytes(data)
            expected[f"{name}.crisiskaart"] = {"error": error, "why": why}
        (negative / "expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2, sort_keys=True) + "\n", "utf-8"
        )


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "vectors")
