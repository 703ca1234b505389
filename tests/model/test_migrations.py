"""The schema version and the migration hook."""

from __future__ import annotations

import json

import pytest

from crisiskaart.model import (
    CURRENT_SCHEMA_VERSION,
    PlanInvalid,
    dump_plan_json,
    example_plan,
    load_plan_json,
    migrations,
)
from crisiskaart.model.migrations import MIGRATIONS, SchemaVersionError, migrate, migration


def test_plans_carry_the_current_schema_version() -> None:
    data = json.loads(dump_plan_json(example_plan()))
    assert data["schema_version"] == CURRENT_SCHEMA_VERSION == 1


def test_document_without_version_is_read_as_version_one() -> None:
    assert load_plan_json('{"personal": {"full_name": "Noor"}}').schema_version == 1


@pytest.mark.parametrize("version", [CURRENT_SCHEMA_VERSION + 1, 0, -3, "1", None, True])
def test_unsupported_versions_are_refused_in_words(version: object) -> None:
    with pytest.raises(PlanInvalid) as caught:
        load_plan_json(json.dumps({"schema_version": version}))
    (issue,) = caught.value.issues
    assert issue.code == "schema_version_unsupported"
    assert "Gebruik een nieuwere versie van crisiskaart" in issue.message()


def test_migrations_run_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", {})

    @migration(from_version=1)
    def rename(data: dict) -> dict:
        data["renamed"] = data.pop("old")
        return data

    @migration(from_version=2)
    def double(data: dict) -> dict:
        data["renamed"] *= 2
        return data

    assert migrate({"schema_version": 1, "old": 21}, target=3) == {"schema_version": 3, "renamed": 42}
    assert migrate({"schema_version": 2, "renamed": 5}, target=3) == {"schema_version": 3, "renamed": 10}


def test_missing_step_and_double_registration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    with pytest.raises(SchemaVersionError):
        migrate({"schema_version": 1}, target=2)
    migration(1)(lambda data: data)
    with pytest.raises(ValueError, match="two migrations"):
        migration(1)(lambda data: data)


def test_no_migrations_are_registered_for_version_one() -> None:
    assert MIGRATIONS == {}
