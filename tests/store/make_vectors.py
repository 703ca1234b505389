"""Regenerate the committed format-2 test vectors in ``tests/store/vectors`` (run from the repo root).

    .venv/bin/python tests/store/make_vectors.py

Everything is deterministic: randomness comes from a seeded SHA-256 counter stream and the clock
is fixed, so running this again must reproduce the committed bytes exactly (a test checks it).
If a change makes the bytes differ, that is a format change: bump the version and say so.

Known answer: ``format2/known.crisiskaart`` opens with ``KNOWN_PASSPHRASE`` (client), with the
recovery code in ``format2/recovery-code.txt``, or with ``ondersteuner-1.profile`` and
``PROFILE_PASSPHRASE``; ``ondersteuner-2`` was removed (the key changed twice since). Its history
holds a signed and an active version, a concept amended once (a superseded draft stays in the
file), three key generations and two appended commits.
Negative vectors: ``format2/negative/*.crisiskaart``, each listed in ``expected.json`` with the
error class opening it with ``KNOWN_PASSPHRASE`` must raise. The frozen format-1 vectors are in
``format1/`` (see its README).
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
    create_card,
    create_profile,
    open_card,
    open_profile,
    read_public_key,
)
from crisiskaart.store import format2 as f2  # noqa: E402
from crisiskaart.store.encoding import Writer  # noqa: E402

KNOWN_PASSPHRASE = "correct horse battery staple"
PROFILE_PASSPHRASE = "ondersteuner wachtwoord ß"
# Cheap but not the smallest possible, so memory/iterations/lanes are all exercised.
VECTOR_KDF = KdfParams(memory_kib=256, iterations=2, lanes=2)
PAYLOADS = (
    b'{"kaart":"fictief voorbeeld","versie":1,"marker":"KAT-PLAINTEXT-V1"}',
    b'{"kaart":"fictief voorbeeld","versie":2,"marker":"KAT-PLAINTEXT-V2"}',
    '{"kaart":"fictief voorbeeld","versie":3,"naam":"Ayşe","marker":"KAT-PLAINTEXT-V3"}'.encode(),
    b'{"kaart":"fictief voorbeeld","versie":4,"marker":"KAT-PLAINTEXT-V4-DRAFT"}',
    b'{"kaart":"fictief voorbeeld","versie":4,"marker":"KAT-PLAINTEXT-V4"}',
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
    """Returns the given moments one after the other, then keeps returning the last."""

    def __init__(self, *moments: datetime) -> None:
        self._moments = list(moments)

    def __call__(self) -> datetime:
        return self._moments.pop(0) if len(self._moments) > 1 else self._moments[0]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 3, day, hour, minute, 0, tzinfo=UTC)


def build_known(folder: Path) -> str:
    """known.crisiskaart (+ profiles) and other.crisiskaart; returns the recovery code's text."""
    for number in (1, 2):
        create_profile(
            folder / f"ondersteuner-{number}.profile", PROFILE_PASSPHRASE,
            ("Ayşe Yılmaz", "Piet Jansen")[number - 1],
            ("Cliëntenbelang Amsterdam (fictief)", "FACT-team Noord (fictief)")[number - 1],
            kdf=VECTOR_KDF, random=SeededRandom(f"profile-{number}"),
        )
    path = folder / "known.crisiskaart"
    with create_card(
        path, KNOWN_PASSPHRASE, PAYLOADS[0], summary=SUMMARY, note="Eerste opzet", kdf=VECTOR_KDF,
        backups=0, random=SeededRandom("known"), clock=FixedClock(at(1, 10), at(1, 11), at(1, 12)),
    ) as card:
        card.save_version(PAYLOADS[1], summary=SUMMARY, status=Status.ONDERTEKEND, note="Getekend")
        for number in (1, 2):
            card.add_ondersteuner(read_public_key(folder / f"ondersteuner-{number}.profile.pub"))
    profile = open_profile(folder / "ondersteuner-1.profile", PROFILE_PASSPHRASE)
    with open_card(
        path, profile=profile, backups=0, random=SeededRandom("known-v3"), clock=FixedClock(at(3, 14))
    ) as card:
        card.save_version(PAYLOADS[2], summary=SUMMARY, status=Status.ACTIEF, note="Jaarlijkse herziening")
    with open_card(
        path, passphrase=KNOWN_PASSPHRASE, backups=0, random=SeededRandom("known-access"),
        clock=FixedClock(at(3, 15), at(3, 16)),
    ) as card:
        card.remove_ondersteuner("Piet Jansen")
        code = card.make_recovery_code()
    with open_card(
        path, passphrase=KNOWN_PASSPHRASE, backups=0, random=SeededRandom("known-v4"),
        clock=FixedClock(at(4, 9), at(4, 9, 5)),
    ) as card:
        card.save_version(PAYLOADS[3], summary=SUMMARY, note="Nieuwe zin")  # first save: a rewrite
        card.amend_concept(PAYLOADS[4], summary=SUMMARY)  # appended; the draft is superseded
    # Another card with the same passphrase (material for slot swapping and splicing).
    create_card(
        folder / "other.crisiskaart", KNOWN_PASSPHRASE, PAYLOADS[0], summary=SUMMARY, kdf=VECTOR_KDF,
        backups=0, random=SeededRandom("other"), clock=FixedClock(at(1, 10)),
    ).close()
    return code.text


# --- negative vectors ----------------------------------------------------------------------------
def _flip(data: bytes, offset: int, bit: int = 0) -> bytes:
    return data[:offset] + bytes([data[offset] ^ (1 << bit)]) + data[offset + 1 :]


class Layout:
    """Offsets of the parts of a parsed format-2 file, to aim changes at them."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.parsed = f2.parse(data)
        header = self.parsed.header
        self.header_length = len(self.parsed.header_bytes)
        self.keyring_at = self.header_length + 32 + 4
        self.frames_at = self.keyring_at + len(self.parsed.keyring)
        self.slot_offsets = []
        position = len(f2.MAGIC) + 2 + 16 + 4 + 1
        for slot in header.slots:
            self.slot_offsets.append(position)
            position += len(slot.encode())
        self.frames: list[tuple[int, int, bytes]] = []  # (offset, kind, body)
        position = self.frames_at
        while position < len(data):
            kind = data[position]
            length = int.from_bytes(data[position + 1 : position + 5], "big")
            self.frames.append((position, kind, data[position + 5 : position + 5 + length]))
            position += 5 + length

    def frame_bytes(self, number: int) -> bytes:
        offset, _, body = self.frames[number]
        return self.data[offset : offset + 5 + len(body)]

    def with_frames(self, frames: list[bytes]) -> bytes:
        return self.data[: self.frames_at] + b"".join(frames)

    def with_header(self, header_bytes: bytes) -> bytes:
        return header_bytes + self.data[self.header_length :]


def negative_vectors(folder: Path) -> dict[str, tuple[bytes, str, str]]:
    """name -> (file bytes, expected error class, why)."""
    data = (folder / "known.crisiskaart").read_bytes()
    other = (folder / "other.crisiskaart").read_bytes()
    known = Layout(data)
    alien = Layout(other)
    frames = [known.frame_bytes(i) for i in range(len(known.frames))]
    kinds = [kind for _, kind, _ in known.frames]
    records = [i for i, kind in enumerate(kinds) if kind == f2.RECORD]
    commits = [i for i, kind in enumerate(kinds) if kind == f2.COMMIT]
    client_at = known.slot_offsets[0] + 3  # type + length
    header = known.parsed.header_bytes
    vectors: dict[str, tuple[bytes, str, str]] = {
        "empty": (b"", "CorruptFile", "zero bytes"),
        "bad-magic": (b"\x89CKAARX\n" + data[8:], "CorruptFile", "not a card file"),
        "unknown-format-version": (data[:8] + b"\x00\x03" + data[10:], "UnsupportedVersion", "format 3"),
        "truncated-in-magic": (data[:5], "CorruptFile", "cut inside the magic"),
        "truncated-in-format-version": (data[:9], "CorruptFile", "cut inside the version"),
        "truncated-in-header": (data[:20], "CorruptFile", "cut inside the card id"),
        "truncated-in-client-slot": (data[: client_at + 20], "CorruptFile", "cut inside a slot"),
        "truncated-in-mac": (data[: known.header_length + 10], "CorruptFile", "cut inside the MAC"),
        "truncated-in-keyring": (data[: known.keyring_at + 30], "CorruptFile", "cut inside the keyring"),
        "truncated-before-first-commit": (
            data[: known.frames[commits[0]][0]], "CorruptFile", "no complete commit at all"
        ),
        "flip-card-id": (_flip(data, 12), "Tampered", "card id changed: header MAC fails"),
        "flip-generation": (_flip(data, 8 + 2 + 16 + 3), "Tampered", "key generation changed"),
        "flip-mac": (_flip(data, known.header_length + 5), "Tampered", "header MAC changed"),
        "flip-keyring": (_flip(data, known.keyring_at + 40), "Tampered", "keyring ciphertext changed"),
        "flip-client-salt": (_flip(data, client_at + 2), "WrongPassphrase", "salt changed"),
        "flip-client-public": (_flip(data, client_at + 16 + 12 + 3), "WrongPassphrase", "public key changed"),
        "flip-client-sealed-identity": (
            _flip(data, client_at + 16 + 12 + 32 + 7), "WrongPassphrase", "sealed private key changed"
        ),
        "flip-client-wrapped-key": (_flip(data, client_at + 16 + 12 + 32 + 48 + 32 + 5), "WrongPassphrase",
                                    "wrapped file key changed"),
        "flip-client-kdf-iterations": (
            _flip(data, client_at + 16 + 7), "WrongPassphrase", "iterations 2 -> 3: another key"
        ),
        "zero-kdf-iterations": (
            data[: client_at + 20] + b"\0\0\0\0" + data[client_at + 24 :], "UnsafeParameters", "t = 0"
        ),
        "huge-kdf-iterations": (
            data[: client_at + 20] + (10**6).to_bytes(4, "big") + data[client_at + 24 :],
            "UnsafeParameters", "a million passes",
        ),
        "huge-kdf-memory": (
            data[: client_at + 16] + (64 * 1024 * 1024).to_bytes(4, "big") + data[client_at + 20 :],
            "UnsafeParameters", "64 GiB",
        ),
        "huge-kdf-lanes": (
            data[: client_at + 24] + (255).to_bytes(4, "big") + data[client_at + 28 :], "UnsafeParameters",
            "255 lanes",
        ),
        "unknown-slot-type": (
            data[: known.slot_offsets[1]] + b"\x09" + data[known.slot_offsets[1] + 1 :], "CorruptFile",
            "slot type 9",
        ),
        "flip-version-1-payload": (
            _flip(data, known.frames[records[0]][0] + 5 + 40 + 12 + 20), "Tampered", "version 1 changed"
        ),
        "flip-version-2-number": (
            _flip(data, known.frames[records[1]][0] + 5 + 7), "Tampered", "a clear field of version 2"
        ),
        "flip-superseded-draft": (
            _flip(data, known.frames[records[-2]][0] + 5 + 60), "Tampered", "the superseded draft changed"
        ),
        "flip-last-commit-mac": (
            _flip(data, known.frames[commits[-1]][0] + 5 + 4 + 4 + 32 + 4 + 5), "Tampered",
            "the last commit's index changed",
        ),
        "flip-first-commit-count": (
            _flip(data, known.frames[commits[0]][0] + 5 + 7), "Tampered", "an earlier commit changed"
        ),
        "versions-reordered": (
            known.with_frames([frames[records[1]], frames[records[0]], *frames[records[1] + 1 :]]),
            "Tampered", "version 2 before version 1",
        ),
        "commit-replayed": (
            data + frames[commits[0]], "Tampered", "an old commit copied to the end (rollback)"
        ),
        "commits-swapped": (
            known.with_frames([*frames[: commits[-2]], frames[commits[-1]], frames[commits[-2]]]),
            "Tampered", "the last two commits swapped",
        ),
        "record-spliced-from-other-card": (
            known.with_frames([alien.frame_bytes(0), *frames[1:]]), "Tampered", "version 1 of another card"
        ),
        "trailing-garbage": (data + b"\xffgarbage", "CorruptFile", "bytes that are no frame"),
        "slot-swapped-from-other-file": (
            known.with_header(header[:known.slot_offsets[0]] + alien.parsed.header.slots[0].encode()
                              + header[known.slot_offsets[1]:]),
            "Tampered", "another card's client slot: opens that card's key, MAC fails",
        ),
        "slots-reordered": (
            known.with_header(
                header[: known.slot_offsets[0]] + header[known.slot_offsets[1] : known.slot_offsets[2]]
                + header[known.slot_offsets[0] : known.slot_offsets[1]] + header[known.slot_offsets[2] :]
            ),
            "CorruptFile", "recovery slot before the client slot",
        ),
        "slot-removed": (
            known.with_header(_slot_count(header[: known.slot_offsets[2]], 2)), "Tampered",
            "the ondersteuner slot dropped: header MAC fails",
        ),
        "no-slots": (
            known.with_header(_slot_count(header[: known.slot_offsets[0]], 0)), "CorruptFile", "zero slots"
        ),
    }
    return vectors


def _slot_count(header_prefix: bytes, count: int) -> bytes:
    at = len(f2.MAGIC) + 2 + 16 + 4
    return header_prefix[:at] + bytes([count]) + header_prefix[at + 1 :]


def generate(target: Path) -> None:
    """Write all vectors into ``target`` (profiles, format2/known + recovery code, format2/negative)."""
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        code = build_known(work)
        target.mkdir(parents=True, exist_ok=True)
        for name in ("ondersteuner-1.profile", "ondersteuner-1.profile.pub", "ondersteuner-2.profile",
                     "ondersteuner-2.profile.pub"):
            shutil.copyfile(work / name, target / name)
        format2 = target / "format2"
        format2.mkdir(exist_ok=True)
        shutil.copyfile(work / "known.crisiskaart", format2 / "known.crisiskaart")
        (format2 / "recovery-code.txt").write_text(code + "\n", "utf-8")
        negative = format2 / "negative"
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


__all__ = ["KNOWN_PASSPHRASE", "PAYLOADS", "PROFILE_PASSPHRASE", "Writer", "generate"]

if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "vectors")
