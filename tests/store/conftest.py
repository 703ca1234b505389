"""Fixtures for the store tests: cheap KDF parameters and a helper to create cards."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from crisiskaart.store import TEST_KDF, CardFile, create_card

HERE = Path(__file__).resolve().parent
VECTORS = HERE / "vectors"
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from store_support import PASSPHRASE, SUMMARY  # noqa: E402


@pytest.fixture
def vectors() -> Path:
    return VECTORS


@pytest.fixture
def new_card(tmp_path: Path) -> Callable[..., CardFile]:
    """Create a card in ``tmp_path`` with cheap KDF parameters; returns it open (locked)."""

    def make(
        payload: bytes = b"payload-1", name: str = "kaart.crisiskaart", **kwargs: object
    ) -> CardFile:
        kwargs.setdefault("summary", SUMMARY)
        kwargs.setdefault("kdf", TEST_KDF)
        return create_card(tmp_path / name, PASSPHRASE, payload, **kwargs)

    return make
