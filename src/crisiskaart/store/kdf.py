"""Argon2id passphrase stretching: parameters stored per slot, calibrated on write, capped on read.

A file is untrusted input: its KDF parameters are checked against ``KdfLimits`` *before* the KDF
runs, so a crafted file cannot make us allocate gigabytes or spin for minutes (age's lesson).
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from crisiskaart.store.errors import UnsafeParameters, WrongPassphrase

KEY_LENGTH = 32
SALT_LENGTH = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over memory, parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        """The 256-bit key for ``passphrase`` (NFC-normalised UTF-8, so é typed either way works)."""
        if not passphrase:
            raise WrongPassphrase("empty passphrase")
        secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
        kdf = Argon2id(
            salt=salt,
            length=KEY_LENGTH,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret)


@dataclass(frozen=True)
class KdfLimits:
    """What a file may ask of us when read: a crafted file costs a few seconds, never minutes.

    Measured on the 2-core development machine: the costliest file these caps allow (512 MiB,
    4 passes, 1 lane) takes 3-5 s, about six times the written default (128 MiB, 6 passes,
    4 lanes: 0.5-0.8 s); the caps leave room for ``calibrate`` to give a faster machine 2.5x
    more passes, so cards written there still open here.
    """

    max_memory_kib: int = 512 * 1024  # 512 MiB
    max_iterations: int = 32
    max_lanes: int = 16
    max_work_kib: int = 2 * 1024 * 1024  # memory x iterations: bounds time

    def check(self, params: KdfParams) -> None:
        """Raise ``UnsafeParameters`` unless ``params`` are sane and within these caps."""
        ok = (
            1 <= params.lanes <= self.max_lanes
            and 1 <= params.iterations <= self.max_iterations
            and 8 * params.lanes <= params.memory_kib <= self.max_memory_kib
            and params.memory_kib * params.iterations <= self.max_work_kib
        )
        if not ok:
            raise UnsafeParameters(f"KDF parameters refused: {params}")


# Calibrated on the development machine (2 cores) to about half a second; RFC 9106 second
# recommended option (64 MiB, t=3, p=4) doubled in memory and passes.
DEFAULT_KDF = KdfParams(memory_kib=128 * 1024, iterations=6, lanes=4)
DEFAULT_LIMITS = KdfLimits()
# For tests and known-answer vectors only: instant, and still a real Argon2id computation.
TEST_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)


def calibrate(
    target_seconds: float = 0.5,
    memory_kib: int = DEFAULT_KDF.memory_kib,
    lanes: int = DEFAULT_KDF.lanes,
    limits: KdfLimits = DEFAULT_LIMITS,
) -> KdfParams:
    """Parameters taking about ``target_seconds`` here: fixed memory, passes scaled to the time.

    Never goes below ``iterations=2`` and stays within ``limits`` so the file opens elsewhere.
    """
    probe = KdfParams(memory_kib=memory_kib, iterations=1, lanes=lanes)
    start = time.perf_counter()
    probe.derive("calibration", b"\0" * SALT_LENGTH)
    per_pass = max(time.perf_counter() - start, 1e-6)
    iterations = max(2, round(target_seconds / per_pass))
    iterations = min(iterations, limits.max_iterations, limits.max_work_kib // memory_kib)
    params = KdfParams(memory_kib=memory_kib, iterations=iterations, lanes=lanes)
    limits.check(params)
    return params
