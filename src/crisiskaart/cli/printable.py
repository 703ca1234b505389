"""Names from card files, made safe to print on a terminal.

A card's display name and its file name are chosen by whoever wrote the card. Printed raw, an
ESC sequence could recolour or clear the ondersteuner's terminal, a newline could fake an extra
row in the ``caseload`` list, and a bidi override could make "Noor" read as another name. Such
characters are shown as visible escapes instead (``\\x1b``, ``\\n``, ``\\u202e``); letters from
any script (ë, ş, Arabic, Cyrillic) stay as they are.
"""

from __future__ import annotations

_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}

_UNSAFE = [
    *range(0x00, 0x20),  # C0 controls: ESC, newline, carriage return, backspace, bell …
    0x7F,  # DEL
    *range(0x80, 0xA0),  # C1 controls: CSI (0x9b) starts an escape sequence on its own
    *range(0x202A, 0x202F),  # bidi embeddings and overrides (LRE, RLE, PDF, LRO, RLO)
    *range(0x2066, 0x206A),  # bidi isolates (LRI, RLI, FSI, PDI)
    0x2028, 0x2029,  # line and paragraph separator: a new line for many tools reading the output
]


def _escape(code: int) -> str:
    character = chr(code)
    if character in _NAMED:
        return _NAMED[character]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_TABLE = {code: _escape(code) for code in _UNSAFE}


def printable(text: str) -> str:
    """``text`` with terminal controls and bidi overrides written as visible escapes."""
    return text.translate(_TABLE)
