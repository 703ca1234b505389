"""Schema versions of the interchange JSON and the migrations between them.

Every stored card carries ``schema_version``. When the model changes incompatibly, raise
``CURRENT_SCHEMA_VERSION`` and register a function that turns version N data into version N+1:

    @migration(from_version=1)
    def _rename_phone(data: dict) -> dict: ...

Migrations work on plain JSON data (dicts), never on model classes, so old migrations keep
working however the classes change later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_SCHEMA_VERSION = 1

JsonDict = dict[str, Any]
Migration = Callable[[JsonDict], JsonDict]

# from_version -> function producing data of from_version + 1
MIGRATIONS: dict[int, Migration] = {}


class SchemaVersionError(ValueError):
    """The data's schema version is missing, malformed or newer than this program understands."""

    def __init__(self, found: object, supported: int) -> None:
        super().__init__(f"schema_version {found!r} not supported (this program: {supported})")
        self.found = found
        self.supported = supported


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register a migration from ``from_version`` to ``from_version + 1``."""

    def register(function: Migration) -> Migration:
        if from_version in MIGRATIONS:
            raise ValueError(f"two migrations from schema version {from_version}")
        MIGRATIONS[from_version] = function
        return function

    return register


def migrate(data: JsonDict, target: int | None = None) -> JsonDict:
    """Bring ``data`` up to ``target`` (default: the current schema version), step by step."""
    target = CURRENT_SCHEMA_VERSION if target is None else target
    version = data.get("schema_version", 1)  # documents without the field predate versioning
    if not isinstance(version, int) or isinstance(version, bool) or version < 1 or version > target:
        raise SchemaVersionError(version, target)
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SchemaVersionError(version, target)
        data = step(dict(data))
        version += 1
        data["schema_version"] = version
    return data
