"""The document model: one person's crisisplan and eigen plan van aanpak (pydantic, no Qt).

Each document the program produces (wallet card, A4 plan, responder summary, letter) is a view
over a ``CrisisPlan``. See docs/model.md.
"""

from crisiskaart.model.base import TextItem, Visibility, new_item_id
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
