"""Phone numbers: is this a Dutch or international number, and its E.164 form for tap-to-call.

Accepted (separators space, dash, dot, slash and parentheses are ignored):
- Dutch numbers of 10 digits starting with 0 (``06-12345678``, ``020 123 4567``);
- Dutch information numbers 0800 / 0900 / 0906 / 0909 with 4 or 7 digits after the prefix;
- short numbers 112 (alarm), 113 (zelfmoordpreventie), 144 (dieren) and 14 + area code (gemeente);
- international numbers ``+CC…`` or ``00CC…`` with 8 to 15 digits (E.164), where ``+31`` must be
  followed by 9 digits and an optional ``(0)`` after the country code is dropped.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s\-./()]")
_SHORT_NUMBERS = frozenset({"112", "113", "144"})
_INFO_PREFIXES = ("0800", "0900", "0906", "0909")


def normalise_phone(text: str) -> str | None:
    """The number in dialable form (``+31612345678``, ``0800-1234`` → ``08001234``), or None if invalid."""
    raw = text.strip()
    if not raw:
        return None
    raw = raw.replace("(0)", "", 1) if raw.startswith(("+", "00")) else raw
    compact = _SEPARATORS.sub("", raw)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if compact.startswith("+"):
        digits = compact[1:]
        if not digits.isdigit() or digits.startswith("0") or not 8 <= len(digits) <= 15:
            return None
        if digits.startswith("31") and len(digits) != 11:
            return None
        return compact
    if not compact.isdigit():
        return None
    if compact in _SHORT_NUMBERS:
        return compact
    if compact.startswith("14") and 5 <= len(compact) <= 6:
        return compact  # 14 + netnummer without 0: 14 020, 14 0575
    if compact.startswith(_INFO_PREFIXES):
        return compact if len(compact) in (8, 11) else None
    if compact.startswith("0") and len(compact) == 10 and compact[1] != "0":
        return "+31" + compact[1:]
    return None


def is_valid_phone(text: str) -> bool:
    return normalise_phone(text) is not None
