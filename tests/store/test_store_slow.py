"""Real Argon2id parameters, once: the defaults work, stay within the read caps, and take time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from crisiskaart.store import (
    DEFAULT_KDF,
    DEFAULT_LIMITS,
    CardSummary,
    KdfParams,
    calibrate,
    create_card,
    open_card,
)


@pytest.mark.slow
def test_default_kdf_round_trip(tmp_path: Path) -> None:
    DEFAULT_LIMITS.check(DEFAULT_KDF)
    path = tmp_path / "echt.crisiskaart"
    create_card(path, "echt wachtwoord", b"inhoud", summary=CardSummary("X"), kdf=DEFAULT_KDF).close()
    start = time.perf_counter()
    with open_card(path, passphrase="echt wachtwoord", writable=False) as card:
        assert card.payload() == b"inhoud"
    assert time.perf_counter() - start > 0.05  # really stretched


@pytest.mark.slow
def test_calibrate_fits_the_target() -> None:
    params = calibrate(target_seconds=0.1, memory_kib=16 * 1024, lanes=2)
    assert params.memory_kib == 16 * 1024 and params.iterations >= 2
    DEFAULT_LIMITS.check(params)
    start = time.perf_counter()
    params.derive("x", b"\0" * 16)
    assert 0.02 < time.perf_counter() - start < 1.0
    assert isinstance(params, KdfParams)


@pytest.mark.slow
def test_the_costliest_file_the_caps_allow_costs_a_few_normal_opens_and_more_is_refused() -> None:
    """A crafted file cannot make opening take long: the caps bound Argon2id before it runs.

    Timed against the default parameters in the same run (a busy machine slows both alike): the
    worst allowed file does 2.7x the work on one lane instead of four, about six normal opens.
    """
    from crisiskaart.store import UnsafeParameters

    worst = KdfParams(memory_kib=DEFAULT_LIMITS.max_memory_kib,
                      iterations=DEFAULT_LIMITS.max_work_kib // DEFAULT_LIMITS.max_memory_kib, lanes=1)
    DEFAULT_LIMITS.check(worst)

    def seconds(params: KdfParams) -> float:
        start = time.perf_counter()
        params.derive("x", b"\0" * 16)
        return time.perf_counter() - start

    normal = min(seconds(DEFAULT_KDF) for _ in range(2))
    crafted = seconds(worst)
    assert crafted < 12 * normal, (crafted, normal)
    for too_much in (
        KdfParams(worst.memory_kib * 2, 1, 1), KdfParams(worst.memory_kib, worst.iterations + 1, 1),
        KdfParams(1024, 33, 1), KdfParams(1024, 1, 17),
    ):
        start = time.perf_counter()
        with pytest.raises(UnsafeParameters):
            DEFAULT_LIMITS.check(too_much)
        assert time.perf_counter() - start < 0.01
