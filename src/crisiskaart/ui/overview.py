"""A read-only HTML overview of one section of the plan, for the editor's overview page.

User text is escaped: it is shown literally, never interpreted as markup.
"""

from __future__ import annotations

import datetime as dt
import html
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from crisiskaart.model import CrisisPlan, Language, choice_label, field_label, format_date

# Fields that are bookkeeping, not content.
_HIDDEN_FIELDS = frozenset({"id", "schema_version"})
# The top-level sections in plan order, as shown in the navigation list.
SECTION_FIELDS: tuple[str, ...] = tuple(
    name for name in CrisisPlan.model_fields if name not in ("schema_version", "card_order")
)


def _is_empty(value: Any) -> bool:
    if value is None or value == "" or value == []:
        return True
    if isinstance(value, BaseModel):
        return all(
            _is_empty(getattr(value, name)) or isinstance(getattr(value, name), (bool, StrEnum))
            for name in type(value).model_fields if name not in _HIDDEN_FIELDS
        )
    return False


def _scalar(value: Any, language: Language) -> str:
    if isinstance(value, bool):
        return ("ja" if value else "nee") if language == "nl" else ("yes" if value else "no")
    if isinstance(value, StrEnum):
        return html.escape(choice_label(value, language))
    if isinstance(value, dt.date):
        return html.escape(format_date(value, language))
    return html.escape(str(value)).replace("\n", "<br>")


def _render(value: Any, language: Language) -> str:
    if isinstance(value, BaseModel):
        rows = []
        for name in type(value).model_fields:
            item = getattr(value, name)
            if name in _HIDDEN_FIELDS or _is_empty(item):
                continue
            label = html.escape(field_label(name, language, owner=type(value).__name__))
            inline = not isinstance(item, (BaseModel, list)) or all(
                isinstance(element, StrEnum) for element in item)
            rows.append(f"<p><b>{label}:</b> {_render(item, language)}</p>" if inline
                        else f"<p><b>{label}</b></p>{_render(item, language)}")
        return "".join(rows)
    if isinstance(value, list):
        if all(isinstance(item, StrEnum) for item in value):
            return ", ".join(_scalar(item, language) for item in value)
        return "<ol>" + "".join(f"<li>{_render(item, language)}</li>" for item in value) + "</ol>"
    return _scalar(value, language)


def section_html(plan: CrisisPlan, section: str, language: Language, empty_text: str) -> str:
    """The content of ``section`` as simple HTML, or ``empty_text`` when nothing is written yet."""
    value = getattr(plan, section)
    title = html.escape(field_label(section, language))
    body = f"<p><i>{html.escape(empty_text)}</i></p>" if _is_empty(value) else _render(value, language)
    return f"<h2>{title}</h2>{body}"
