"""The two UI languages of the model's own texts (labels, validation messages)."""

from __future__ import annotations

from typing import Literal

Language = Literal["nl", "en"]


def pick(texts: tuple[str, str], language: Language) -> str:
    """The Dutch or English text of a ``(dutch, english)`` pair; Dutch is the default."""
    return texts[1] if language == "en" else texts[0]
