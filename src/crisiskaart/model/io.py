"""Reading and writing the interchange JSON: parse, migrate, check structure, report in words."""

from __future__ import annotations

import json
import math
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


# A real card is four levels deep (plan › contacts › contact › visibility); anything far deeper
# is a crafted file. Checking this ourselves keeps both Python's recursion limit and pydantic's
# own JSON depth limit (whose error would point at a column of our re-encoded text) out of reach.
MAX_DEPTH = 64
# No field of a card holds a number anywhere near this long. Python refuses to convert integers
# of more than 4300 digits at all; a shorter limit also keeps error lines readable.
MAX_INTEGER_DIGITS = 100


class _HostileNumber(Exception):
    """Raised from inside the JSON parser for a number no card can contain."""

    def __init__(self, code: str, literal: str) -> None:
        super().__init__(code)
        self.code = code
        self.literal = literal


def _parse_int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise _HostileNumber("json_number_too_large", literal)
    return int(literal)


def _parse_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):  # 1e999 and the like overflow to infinity
        raise _HostileNumber("json_number_too_large", literal)
    return value


def _parse_constant(literal: str) -> float:
    # Python's json module accepts NaN, Infinity and -Infinity, but they are not JSON (RFC 8259)
    # and no field of a card can hold them.
    raise _HostileNumber("json_not_a_number", literal)


def _short_literal(literal: str, limit: int = 24) -> str:
    return literal if len(literal) <= limit else literal[: limit - 1] + "…"


def _too_deep(data: Any, limit: int = MAX_DEPTH) -> bool:
    """True when lists and objects nest more than ``limit`` levels; iterative, so never recurses."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > limit:
                    return True
                stack.append((child, depth + 1))
    return False


def _parse(text: str | bytes) -> Any:
    """``json.loads`` that turns every way hostile input can fail into ``PlanInvalid``."""
    try:
        return json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                          parse_constant=_parse_constant)
    except json.JSONDecodeError as error:
        raise PlanInvalid([Issue("json_invalid", (), {"line": error.lineno,
                                                      "column": error.colno})]) from None
    except UnicodeDecodeError:
        raise PlanInvalid([Issue("json_invalid", (), {"line": 1, "column": 1})]) from None
    except _HostileNumber as error:
        raise PlanInvalid([Issue(error.code, (), {"value": _short_literal(error.literal)})]) from None
    except RecursionError:  # thousands of nested brackets: deeper than the parser's stack
        raise PlanInvalid([Issue("json_too_deep", (), {"limit": MAX_DEPTH})]) from None


def load_plan_json(text: str | bytes) -> CrisisPlan:
    """Read interchange JSON into a plan: migrate old schema versions, check every field.

    Structural problems (wrong types, impossible dates, texts too long, unknown fields) raise
    ``PlanInvalid``. Content rules (phone numbers, a contact on the card, date order) are not
    checked here, so drafts can be stored: call ``validate_plan`` for those. Hostile input
    (deep nesting, endless numbers, NaN) is a ``PlanInvalid`` too, never another exception.
    """
    data = _parse(text)
    if not isinstance(data, dict):
        raise PlanInvalid([Issue("not_an_object")])
    if _too_deep(data):
        raise PlanInvalid([Issue("json_too_deep", (), {"limit": MAX_DEPTH})])
    try:
        data = migrate(data)
    except SchemaVersionError as error:
        raise PlanInvalid([Issue("schema_version_unsupported", ("schema_version",),
                                 {"found": _short_literal(str(error.found)),
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
