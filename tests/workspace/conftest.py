"""Fixtures for the workspace tests: real encrypted cards with cheap KDF parameters, no Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from crisiskaart.model import CrisisPlan, dump_plan_json, example_plan
from crisiskaart.store import (
    TEST_KDF,
    CardFile,
    CardSummary,
    OndersteunerProfile,
    Status,
    create_card,
    create_profile,
)

PASSPHRASE = "klant wachtwoord"
PROFILE_PASSPHRASE = "ondersteuner wachtwoord"


def summary_of(plan: CrisisPlan) -> CardSummary:
    return CardSummary(plan.personal.full_name, plan.management.signed_on,
                       plan.management.valid_until, plan.management.drawn_up_on)


def plan_bytes(plan: CrisisPlan) -> bytes:
    return dump_plan_json(plan).encode()


@pytest.fixture
def profile(tmp_path: Path) -> OndersteunerProfile:
    (tmp_path / "profielen").mkdir(exist_ok=True)
    return create_profile(tmp_path / "profielen" / "sam.profile", PROFILE_PASSPHRASE, "Sam de Vries",
                          "Cliëntenbelang", kdf=TEST_KDF)


@pytest.fixture
def other_profile(tmp_path: Path) -> OndersteunerProfile:
    (tmp_path / "profielen").mkdir(exist_ok=True)
    return create_profile(tmp_path / "profielen" / "kim.profile", PROFILE_PASSPHRASE, "Kim Jansen",
                          "Cliëntenbelang Oost", kdf=TEST_KDF)


@pytest.fixture
def make_card(tmp_path: Path) -> Callable[..., CardFile]:
    """A card in ``tmp_path/caseload`` for ``name``; optionally with a slot for ``profile``."""

    def make(name: str = "Noor Bakker", *, profile: OndersteunerProfile | None = None,
             signed_on: dt.date | None = None, valid_until: dt.date | None = None,
             status: Status = Status.CONCEPT, file: str | None = None) -> CardFile:
        folder = tmp_path / "caseload"
        folder.mkdir(exist_ok=True)
        plan = example_plan()
        plan.personal.full_name = name
        plan.case_records = None  # each test builds its own distribution list
        plan.management.signed_on = signed_on
        plan.management.valid_until = valid_until
        path = folder / (file or f"{name.lower().replace(' ', '-')}.crisiskaart")
        card = create_card(path, PASSPHRASE, plan_bytes(plan), summary=summary_of(plan),
                           status=status, kdf=TEST_KDF)
        if profile is not None:
            card.add_ondersteuner(profile.recipient)
        return card

    return make
