"""Reading and writing the interchange JSON: parse, migrate, check structure, report in words."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from crisiskaart.model.language import Language
from crisiskaart.model.migrations import CURRENT_SCHEMA_VERSION, SchemaVersionError, migrate
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.validation import Issue, issues_from_pydantic


class PlanInvalid(ValueError):
    """The JSON could not be read as a plan; ``issues`` says why, one Issue per problem."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("; ".join(issue.render("en") for issue in issues))
        self.issues = issues

    def lines(self, language: Language = "nl") -> list[str]:
        return [issue.render(language) for issue in self.issues]


def load_plan_json(text: str | bytes) -> CrisisPlan:
    """Read interchange JSON into a plan: migrate old schema versions, check every field.

    Structural problems (wrong types, impossible dates, texts too long, unknown fields) raise
    ``PlanInvalid``. Content rules (phone numbers, a contact on the card, date order) are not
    checked here, so drafts can be stored: call ``validate_plan`` for those.
    """
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise PlanInvalid([Issue("json_invalid", (), {"line": error.lineno,
                                                      "column": error.colno})]) from None
    except UnicodeDecodeError:
        raise PlanInvalid([Issue("json_invalid", (), {"line": 1, "column": 1})]) from None
    if not isinstance(data, dict):
        raise PlanInvalid([Issue("not_an_object")])
    try:
        data = migrate(data)
    except SchemaVersionError as error:
        raise PlanInvalid([Issue("schema_version_unsupported", ("schema_version",),
                                 {"found": error.found,
                                  "supported": CURRENT_SCHEMA_VERSION})]) from None
    try:
        # Validate from JSON (not from the dict) so dates are read in strict ISO form.
        return CrisisPlan.model_validate_json(json.dumps(data))
    except ValidationError as error:
        raise PlanInvalid(issues_from_pydantic(error)) from None


def dump_plan_json(plan: CrisisPlan, indent: int | None = 2) -> str:
    """The interchange JSON of ``plan`` (what ``crisiskaart show`` prints)."""
    return plan.model_dump_json(indent=indent)


def plan_json_schema() -> dict[str, Any]:
    """The JSON Schema of the interchange format."""
    schema = CrisisPlan.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
