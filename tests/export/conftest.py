"""Fixtures of the export tests; helpers live in export_support.py (a unique module name, so the
test folders' helpers never shadow each other when the whole suite runs in one process)."""

from __future__ import annotations

import pytest
from export_support import stress_plan  # noqa: F401  (re-exported for older imports)

from crisiskaart.model import CrisisPlan, example_plan


@pytest.fixture
def plan() -> CrisisPlan:
    return example_plan()
