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
