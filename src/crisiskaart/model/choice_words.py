"""The choices of a field in words, for the message about a value that is not one of them.

Pydantic only knows the stored values ("pending, granted or refused"); the person reads the
names the editor shows ("Nog geen besluit"), and someone writing JSON needs the value as well.
So the message names both: ‘pending’ = Nog geen besluit; ‘granted’ = Toegestaan; …
"""

from __future__ import annotations

import types
from enum import StrEnum
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from crisiskaart.model.labels import choice_label


def _unwrap(annotation: Any) -> Any:
    """The type inside ``Annotated[...]``, ``list[...]`` and ``X | None``."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated or origin in (list, tuple, set, frozenset):
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def choices_at(root: type[BaseModel], path: tuple[str | int, ...]) -> tuple[StrEnum, ...]:
    """The members of the enumeration held at ``path`` under ``root``; () when it holds none."""
    node: Any = root
    for part in path:
        node = _unwrap(node)
        if isinstance(part, int):
            continue  # a list index: the item type is what was unwrapped
        fields = getattr(node, "model_fields", None) if isinstance(node, type) else None
        if not fields or part not in fields:
            return ()
        node = fields[part].annotation
    node = _unwrap(node)
    return tuple(node) if isinstance(node, type) and issubclass(node, StrEnum) else ()


def choices_in_words(choices: tuple[StrEnum, ...], language: str) -> str:
    """"‘pending’ = Nog geen besluit; ‘granted’ = Toegestaan; ‘refused’ = Geweigerd"."""
    return "; ".join(f"‘{member.value}’ = {choice_label(member, language)}" for member in choices)
