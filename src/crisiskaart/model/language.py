"""The two UI languages of the model's own texts (labels, validation messages)."""

from __future__ import annotations

from typing import Literal

from crisiskaart.catalogue import pick

Language = Literal["nl", "en"]


__all__ = ["Language", "pick"]  # ``pick`` is the text catalogue's (crisiskaart.catalogue)
