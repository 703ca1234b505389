"""Validation: one clear message per problem, in Dutch or English, never a raw pydantic trace.

Two layers: ``issues_from_pydantic`` turns structural errors (types, lengths, impossible dates)
found while reading JSON into ``Issue`` objects; ``validate_plan`` checks the content rules of a
plan that was read (phone numbers, date order, a contact person on the card). The editor keeps
drafts that break content rules, so those rules are not enforced by the classes themselves.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ValidationError

from crisiskaart.model.choice_words import choices_at, choices_in_words
from crisiskaart.model.formatting import format_date
from crisiskaart.model.labels import field_label
from crisiskaart.model.language import Language
from crisiskaart.model.messages import EXPECTED_KIND_TEXTS, message_text
from crisiskaart.model.migrations import CURRENT_SCHEMA_VERSION
from crisiskaart.model.phone import is_valid_phone
from crisiskaart.model.plan import CrisisPlan

Path = tuple[str | int, ...]

EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)
# Responders trust a card no older than 1.5 years (docs/domain.md §4); configurable by callers.
MAX_VALIDITY_MONTHS = 18


class Severity(StrEnum):
    ERROR = "error"  # the card is not valid until this is fixed
    WARNING = "warning"  # worth a look; the card is still valid


@dataclass(frozen=True)
class Issue:
    """One problem: a message code, where it is, and the values the message needs."""

    code: str
    path: Path = ()
    params: Mapping[str, Any] = field(default_factory=dict)
    severity: Severity = Severity.ERROR

    def location(self, language: Language = "nl") -> str:
        """Where the problem is, in words: "Contactpersonen › 2 › Telefoonnummer"."""
        return " › ".join(
            str(part + 1) if isinstance(part, int) else field_label(part, language)
            for part in self.path
        )

    def message(self, language: str = "nl") -> str:
        params: dict[str, Any] = {
            key: format_date(value, language) if isinstance(value, dt.date) else value
            for key, value in self.params.items()
        }
        if "expected" in params:
            params["expected"] = EXPECTED_KIND_TEXTS.label(str(params["expected"]), language)
        choices = params.get("choices")
        if isinstance(choices, tuple):  # the enumeration's members, named in words
            params["choices"] = choices_in_words(choices, language)
        elif isinstance(choices, str) and language != "en":
            params["choices"] = choices.replace(" or ", " of ")
        return message_text(self.code, language, **params)

    def render(self, language: Language = "nl") -> str:
        """One line for a terminal or a list: location and message."""
        where = self.location(language)
        return f"{where}: {self.message(language)}" if where else self.message(language)


def _short(value: Any, limit: int = 40) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TYPE_KINDS = {
    "string_type": "string",
    "list_type": "list",
    "bool_type": "bool",
    "bool_parsing": "bool",
    "int_type": "int",
    "int_parsing": "int",
    "int_from_float": "int",
    "model_type": "object",
    "model_attributes_type": "object",
    "dict_type": "object",
}


def _issue_from_error(error: Mapping[str, Any], root: type[BaseModel] | None = None) -> Issue:
    kind = error["type"]
    path: Path = tuple(error["loc"])
    value = error.get("input")
    context = error.get("ctx") or {}
    if kind == "json_invalid":
        found = re.search(r"line (\d+) column (\d+)", str(context.get("error", "")))
        line, column = found.groups() if found else ("?", "?")
        return Issue("json_invalid", (), {"line": line, "column": column})
    if kind == "extra_forbidden":
        return Issue("unknown_field", path[:-1], {"name": path[-1] if path else ""})
    if kind == "missing":
        return Issue("missing_field", path)
    if kind == "string_too_long":
        return Issue("text_too_long", path, {"length": len(error["input"]), "limit": context["max_length"]})
    if kind == "too_long":
        return Issue("too_many_items", path, {"length": context.get("actual_length", "?"),
                                              "limit": context["max_length"]})
    if kind.startswith("date"):
        looks_iso = isinstance(value, str) and _ISO_DATE.match(value)
        return Issue("date_impossible" if looks_iso else "date_format", path,
                     {"value": _short(value)})
    if kind in ("enum", "literal_error"):
        members = choices_at(root, path) if root is not None else ()
        choices = members or str(context.get("expected", "")).replace("'", "")
        return Issue("invalid_choice", path, {"value": _short(value), "choices": choices})
    if kind in _TYPE_KINDS:
        return Issue("wrong_type", path, {"value": _short(value), "expected": _TYPE_KINDS[kind]})
    if kind == "greater_than_equal" and path == ("schema_version",):
        return Issue("schema_version_unsupported", (), {"found": value, "supported": CURRENT_SCHEMA_VERSION})
    return Issue("invalid_value", path, {"value": _short(value)})


def issues_from_pydantic(error: ValidationError) -> list[Issue]:
    """One Issue per pydantic error, in the order pydantic found them."""
    root = CrisisPlan if error.title == CrisisPlan.__name__ else None  # paths are from a whole plan
    return [_issue_from_error(item, root) for item in error.errors(include_url=False)]


# --- content rules -------------------------------------------------------------------------


def _walk(node: Any, path: Path) -> Iterator[tuple[Path, str, Any]]:
    """Every (path, field name, value) in the document, depth first, in field order."""
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            value = getattr(node, name)
            yield (*path, name), name, value
            yield from _walk(value, (*path, name))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk(item, (*path, index))


def _date_issues(plan: CrisisPlan, today: dt.date) -> Iterator[Issue]:
    for path, name, value in _walk(plan, ()):
        if not isinstance(value, dt.date):
            continue
        if not EARLIEST_DATE <= value <= LATEST_DATE:
            yield Issue("date_out_of_range", path, {"value": value, "earliest": EARLIEST_DATE,
                                                    "latest": LATEST_DATE})
        elif name == "birth_date" and value > today:
            yield Issue("birth_date_in_future", path, {"value": value})
        elif name in ("signed_on", "drawn_up_on", "last_reviewed_on", "letter_sent_on",
                      "decision_on", "announced_on", "agreed_on") and value > today:
            yield Issue("date_in_future", path, {"value": value})


def _phone_issues(plan: CrisisPlan) -> Iterator[Issue]:
    for path, name, value in _walk(plan, ()):
        if name in ("phone", "phone_alternative", "full_plan_phone", "lawyer_phone") and value \
                and not is_valid_phone(value):
            yield Issue("phone_invalid", path, {"value": _short(value)})


def _months_between(start: dt.date, end: dt.date) -> float:
    return (end.year - start.year) * 12 + (end.month - start.month) + (end.day - start.day) / 31


def _management_issues(plan: CrisisPlan, max_validity_months: int) -> Iterator[Issue]:
    management = plan.management
    if management.signed_on and management.valid_until:
        if management.valid_until < management.signed_on:
            yield Issue("valid_until_before_signed", ("management", "valid_until"),
                        {"valid_until": management.valid_until,
                         "signed_on": management.signed_on})
        elif _months_between(management.signed_on, management.valid_until) > max_validity_months:
            yield Issue("valid_too_long", ("management", "valid_until"),
                        {"months": max_validity_months}, Severity.WARNING)
    if management.signed_on and management.drawn_up_on \
            and management.signed_on < management.drawn_up_on:
        yield Issue("signed_before_drawn_up", ("management", "signed_on"),
                    {"signed_on": management.signed_on, "drawn_up_on": management.drawn_up_on})


def _contact_issues(plan: CrisisPlan) -> Iterator[Issue]:
    on_card = [c for c in plan.contacts if c.visibility.on_card and not c.do_not_contact]
    if not any(contact.phone.strip() for contact in on_card):
        yield Issue("no_contact_person", ("contacts",))
    for index, contact in enumerate(plan.contacts):
        if contact in on_card and not contact.phone.strip():
            yield Issue("contact_without_phone", ("contacts", index),
                        {"name": contact.name or "?"}, Severity.WARNING)


def _plan_van_aanpak_issues(plan: CrisisPlan) -> Iterator[Issue]:
    own_plan = plan.plan_van_aanpak
    if own_plan is None:
        return
    base: Path = ("plan_van_aanpak",)
    if own_plan.announced_on and own_plan.letter_sent_on \
            and own_plan.letter_sent_on < own_plan.announced_on:
        yield Issue("letter_before_announcement", (*base, "letter_sent_on"),
                    {"letter_sent_on": own_plan.letter_sent_on,
                     "announced_on": own_plan.announced_on})
    if own_plan.letter_sent_on and own_plan.decision_on \
            and own_plan.decision_on < own_plan.letter_sent_on:
        yield Issue("decision_before_letter", (*base, "decision_on"),
                    {"decision_on": own_plan.decision_on,
                     "letter_sent_on": own_plan.letter_sent_on})


def _identity_issues(plan: CrisisPlan) -> Iterator[Issue]:
    seen: set[str] = set()
    for path, name, value in _walk(plan, ()):
        if name == "id" and isinstance(value, str):
            if value in seen:
                yield Issue("duplicate_id", path, {"value": value})
            seen.add(value)
    sections: set[str] = set()
    for index, section in enumerate(plan.card_order):
        if section in sections:
            yield Issue("duplicate_card_section", ("card_order", index), {"value": section.value})
        sections.add(section)


def validate_plan(
    plan: CrisisPlan,
    today: dt.date | None = None,
    max_validity_months: int = MAX_VALIDITY_MONTHS,
) -> list[Issue]:
    """All content problems of ``plan``, errors and warnings, in the plan's section order."""
    today = today or dt.date.today()
    checks: Iterable[Iterator[Issue]] = (
        iter([Issue("name_missing", ("personal", "full_name"))]
             if not plan.personal.full_name.strip() else []),
        _date_issues(plan, today),
        _phone_issues(plan),
        _contact_issues(plan),
        _management_issues(plan, max_validity_months),
        _plan_van_aanpak_issues(plan),
        _identity_issues(plan),
    )
    issues = [issue for check in checks for issue in check]
    return sorted(issues, key=lambda issue: _section_rank(issue.path))


_SECTION_ORDER = {name: rank for rank, name in enumerate(CrisisPlan.model_fields)}


def _section_rank(path: Path) -> int:
    return _SECTION_ORDER.get(path[0], -1) if path and isinstance(path[0], str) else -1


def errors_only(issues: Iterable[Issue]) -> list[Issue]:
    return [issue for issue in issues if issue.severity is Severity.ERROR]
