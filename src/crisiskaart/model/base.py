"""Shared building blocks of the document model: the pydantic base class, text limits, item ids."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from crisiskaart.model.choices import Visibility

# Text limits. They protect the editor, the file and the exports from runaway input; what fits on
# the wallet card is decided by the card renderer, not here (see docs/model.md).
NAME_LENGTH = 100
PHONE_LENGTH = 40
SHORT_TEXT_LENGTH = 300
ITEM_TEXT_LENGTH = 5_000
LONG_TEXT_LENGTH = 20_000
MAX_LIST_ITEMS = 200

Name = Annotated[str, Field(max_length=NAME_LENGTH)]
Phone = Annotated[str, Field(max_length=PHONE_LENGTH)]
ShortText = Annotated[str, Field(max_length=SHORT_TEXT_LENGTH)]
ItemText = Annotated[str, Field(max_length=ITEM_TEXT_LENGTH)]
LongText = Annotated[str, Field(max_length=LONG_TEXT_LENGTH)]
# Dates in the interchange JSON are ISO strings (2026-03-14) only: strict mode refuses numbers
# (which pydantic would otherwise read as Unix timestamps) and date-times.
Date = Annotated[dt.date, Field(strict=True)]


def new_item_id() -> str:
    """A random id that keeps an item recognisable across reordering and versions (for diffs)."""
    return uuid.uuid4().hex[:12]


# Declared on each field as ``id: ItemId = Field(default_factory=new_item_id)``: a default inside
# ``Annotated`` works in pydantic, but type checkers only see one written after the ``=`` (PEP 681).
ItemId = Annotated[str, Field(min_length=1, max_length=40)]


class Model(BaseModel):
    """Base of every model class.

    ``extra="forbid"`` so a typo in imported JSON is reported instead of silently dropped;
    ``validate_assignment`` so the editor cannot put a wrong type into the document.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False)



class TextItem(Model):
    """One statement in a list ("blijf tegen me praten"), with its own visibility."""

    id: ItemId = Field(default_factory=new_item_id)
    text: ItemText = ""
    visibility: Visibility = Visibility.PLAN


def items_field(visibility: Visibility = Visibility.PLAN):
    """A list-of-TextItem field; ``visibility`` documents the default for new items of that list."""
    return Field(
        default_factory=list,
        max_length=MAX_LIST_ITEMS,
        json_schema_extra={"defaultItemVisibility": visibility.value},
    )
