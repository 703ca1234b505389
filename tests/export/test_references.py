"""Reproducible output compared byte for byte with the committed reference files.

After a deliberate layout change: ``.venv/bin/python tests/export/make_references.py``, look at
the new files, commit them with the change.
"""

from __future__ import annotations

import pytest
from export_support import REFERENCE
from make_references import references

GENERATED = references()


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_output_equals_reference(name: str) -> None:
    expected = (REFERENCE / name).read_bytes()
    assert GENERATED[name] == expected, f"{name} changed; see tests/export/make_references.py"


def test_output_is_reproducible() -> None:
    assert references() == GENERATED
