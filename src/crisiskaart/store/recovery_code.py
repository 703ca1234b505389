"""The herstelcode: a printed secret that opens the card when the client has forgotten her passphrase.

The code is 160 random bits written in Crockford base32 (digits and capitals without I, L, O, U), so
it can be read aloud and typed back without confusing 0 with O or 1 with I. 160 bits are exactly 32
characters, shown as 8 groups of 4: ``K7QF-3M9X-…``. The code is typed back from paper, often under
stress, so parsing forgives what people get wrong when retyping (case, spaces, dashes, O for 0, I or
L for 1) and only refuses what cannot be a code: a wrong number of characters or a character that
is not in the alphabet at all. The error never repeats the typed code, only the offending character.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from crisiskaart.store.errors import InvalidRequest

SECRET_BYTES = 20  # 160 bits: far beyond guessing, and exactly 32 base32 characters (no padding bits)
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
CODE_LENGTH = SECRET_BYTES * 8 // 5
GROUP_SIZE = 4
GROUPS = CODE_LENGTH // GROUP_SIZE

_VALUE = {char: value for value, char in enumerate(ALPHABET)}
# Letters that look like digits are read as those digits (Crockford's decoding rules); U is left
# out of the alphabet on purpose and stays an error.
_VALUE.update({"O": 0, "I": 1, "L": 1})
# What people put between groups when they retype a code: dashes of every kind and any whitespace.
_SEPARATORS = frozenset("-‐‑‒–—―−_")


class BadRecoveryCode(InvalidRequest):
    """What was typed cannot be a herstelcode; the message says why without repeating the code."""

    key = "recovery_code_incomplete"

    def __init__(self, key: str = "recovery_code_incomplete", **params: object) -> None:
        super().__init__(key, **params)
        self.key = key  # its text is in the store's catalogue (store.messages)


@dataclass(frozen=True, repr=False)
class RecoveryCode:
    """The 20 secret bytes of a herstelcode; ``text`` is the grouped form printed on the noodblad.

    Its repr (and so str, logging and tracebacks) never shows the secret: whoever has the code can
    open the card.
    """

    secret: bytes

    def __post_init__(self) -> None:
        if not isinstance(self.secret, bytes) or len(self.secret) != SECRET_BYTES:
            raise ValueError(f"a recovery code holds exactly {SECRET_BYTES} bytes")

    @property
    def text(self) -> str:
        """The code as printed: 8 groups of 4 Crockford base32 characters joined by "-"."""
        number = int.from_bytes(self.secret, "big")
        chars = [ALPHABET[(number >> (5 * shift)) & 31] for shift in reversed(range(CODE_LENGTH))]
        plain = "".join(chars)
        return "-".join(plain[start : start + GROUP_SIZE] for start in range(0, CODE_LENGTH, GROUP_SIZE))

    @property
    def groups(self) -> tuple[str, ...]:
        """The 8 groups of 4, for layouts that place them separately (the noodblad's grid)."""
        return tuple(self.text.split("-"))

    def __repr__(self) -> str:
        return "RecoveryCode(<hidden>)"


def new_recovery_code(random: Callable[[int], bytes] = os.urandom) -> RecoveryCode:
    """A fresh code from the operating system's cryptographic random source (``random`` for tests)."""
    secret = random(SECRET_BYTES)
    if len(secret) != SECRET_BYTES:
        raise ValueError(f"the random source gave {len(secret)} bytes instead of {SECRET_BYTES}")
    return RecoveryCode(bytes(secret))


def _shown(char: str) -> str:
    """The offending character as the message shows it: quoted, or by code point if invisible."""
    return f'"{char}"' if char.isprintable() else f"U+{ord(char):04X}"


def parse_recovery_code(typed: str) -> RecoveryCode:
    """The code the user typed, forgiving the mistakes of retyping it from paper.

    Raises ``BadRecoveryCode`` for a character outside the alphabet (checked first, so the user
    hears about the U she typed rather than a count that is off) or a wrong number of characters.
    """
    number = 0
    count = 0
    # NFKC turns full-width and other look-alike forms (from a phone keyboard) into plain ASCII;
    # invisible format characters (soft hyphens, zero-width spaces) come along when pasting.
    for char in unicodedata.normalize("NFKC", typed):
        if char.isspace() or char in _SEPARATORS or unicodedata.category(char) == "Cf":
            continue
        value = _VALUE.get(char.upper())
        if value is None:
            raise BadRecoveryCode("recovery_code_character", character=_shown(char))
        number = (number << 5) | value
        count += 1
    if count < CODE_LENGTH:
        raise BadRecoveryCode("recovery_code_incomplete")
    if count > CODE_LENGTH:
        raise BadRecoveryCode("recovery_code_too_long")
    return RecoveryCode(number.to_bytes(SECRET_BYTES, "big"))
