"""The document model: one person's crisisplan and eigen plan van aanpak (pydantic, no Qt).

Each document the program produces (wallet card, A4 plan, responder summary, letter) is a view
over a ``CrisisPlan``. See docs/model.md.

The names below load on first use (PEP 562): the vocabulary of the card (labels, choices, dates)
needs no pydantic, so the editor can draw a card's first page from its JSON before the model,
about a fifth of a second of imports, has loaded (docs/editor.md, "Starting").
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crisiskaart.model.base import TextItem, new_item_id
    from crisiskaart.model.choices import Visibility
    from crisiskaart.model.deadlines import DayCounting, PlanDeadlines, compute_deadlines, days_left
    from crisiskaart.model.example import example_plan
    from crisiskaart.model.formatting import format_date
    from crisiskaart.model.io import PlanInvalid, dump_plan_json, load_plan_json, plan_json_schema
    from crisiskaart.model.labels import choice_label, field_label
    from crisiskaart.model.language import Language
    from crisiskaart.model.migrations import CURRENT_SCHEMA_VERSION, migrate, migration
    from crisiskaart.model.phone import is_valid_phone, normalise_phone
    from crisiskaart.model.plan import CrisisPlan
    from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak
    from crisiskaart.model.validation import Issue, Severity, errors_only, validate_plan

_WHERE = {
    "TextItem": "base", "Visibility": "choices", "new_item_id": "base",
    "DayCounting": "deadlines", "PlanDeadlines": "deadlines", "compute_deadlines": "deadlines",
    "days_left": "deadlines", "example_plan": "example", "format_date": "formatting",
    "PlanInvalid": "io", "dump_plan_json": "io", "load_plan_json": "io", "plan_json_schema": "io",
    "choice_label": "labels", "field_label": "labels", "Language": "language",
    "CURRENT_SCHEMA_VERSION": "migrations", "migrate": "migrations", "migration": "migrations",
    "is_valid_phone": "phone", "normalise_phone": "phone", "CrisisPlan": "plan",
    "EigenPlanVanAanpak": "plan_van_aanpak", "Issue": "validation", "Severity": "validation",
    "errors_only": "validation", "validate_plan": "validation",
}

__all__ = [
    "CURRENT_SCHEMA_VERSION",
    "CrisisPlan",
    "DayCounting",
    "EigenPlanVanAanpak",
    "Issue",
    "Language",
    "PlanDeadlines",
    "PlanInvalid",
    "Severity",
    "TextItem",
    "Visibility",
    "choice_label",
    "compute_deadlines",
    "days_left",
    "dump_plan_json",
    "errors_only",
    "example_plan",
    "field_label",
    "format_date",
    "is_valid_phone",
    "load_plan_json",
    "migrate",
    "migration",
    "new_item_id",
    "normalise_phone",
    "plan_json_schema",
    "validate_plan",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next look-up is an ordinary one
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
