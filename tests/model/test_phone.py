"""Dutch and international phone numbers, and their dialable E.164 form."""

from __future__ import annotations

import pytest

from crisiskaart.model import normalise_phone


@pytest.mark.parametrize(
    ("text", "dialable"),
    [
        ("06-12345678", "+31612345678"),
        ("06 1234 5678", "+31612345678"),
        ("020 - 123 45 67", "+31201234567"),
        ("(020) 1234567", "+31201234567"),
        ("+31 6 12345678", "+31612345678"),
        ("+31 (0)6 12345678", "+31612345678"),
        ("0031 6 12345678", "+31612345678"),
        ("+32 470 12 34 56", "+32470123456"),
        ("+49 30 1234567", "+49301234567"),
        ("+1 (212) 555-0100", "+12125550100"),
        ("0800-1234", "08001234"),
        ("0900 1234567", "09001234567"),
        ("112", "112"),
        ("113", "113"),
        ("14 020", "14020"),
        ("14 0575", "140575"),
    ],
)
def test_accepted_numbers(text: str, dialable: str) -> None:
    assert normalise_phone(text) == dialable


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "06", "06-1234567", "06-123456789", "0012", "+31 6 1234567",
     "+0 123 456 789", "+123", "+1234567890123456", "0800-12345", "00 31 6 1234 5678 9",
     "911", "06-1234567a", "+31 20 123 456 789"],
)
def test_rejected_numbers(text: str) -> None:
    assert normalise_phone(text) is None
