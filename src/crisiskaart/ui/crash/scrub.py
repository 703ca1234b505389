"""A second line of defence for the crash report: remove every text the open card holds.

``report`` already writes no messages, values or source lines, so nothing of the card should be in
it. But a report is meant to be sent to someone, and a class or function name could one day be
built from data; so every string of the open plan (names, phone numbers, free texts, dates), the
card's path and file name, the profile path, recent file names, the home folder and the user name
are taken out of the text as well, whatever the case.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import re
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path

MIN_LENGTH = 3  # shorter strings ("ja", "1") say nothing about a person and would shred the report
REMOVED = "[…]"
# Folder names cards often live in; they name no one, and "crisiskaart" is every module path's start.
COMMON_WORDS = frozenset({"crisiskaart", "documents", "documenten", "desktop", "bureaublad", "home", "tmp"})


def _values(node: object) -> Iterator[object]:
    """Every leaf value of a plan (pydantic models, lists, dicts), read from the fields themselves.

    Models are recognised by their field list, so the editor starts without importing pydantic.
    """
    fields = getattr(type(node), "model_fields", None)
    if isinstance(fields, dict):
        for name in fields:
            yield from _values(getattr(node, name, None))
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _values(key)
            yield from _values(value)
    elif isinstance(node, list | tuple | set | frozenset):
        for value in node:
            yield from _values(value)
    elif node is not None:
        yield node


def _forms(value: object) -> Iterator[str]:
    """The ways a value can be written: a text and its lines, a phone number's digits, a date."""
    if isinstance(value, Enum | bool | int | float):
        return  # choices and numbers are the program's own words, not the person's
    if isinstance(value, dt.date):
        yield value.isoformat()
        yield value.strftime("%d-%m-%Y")
        return
    if isinstance(value, Path):
        yield str(value)
        yield value.name
        yield value.stem
        return
    if not isinstance(value, str):
        return
    yield value.strip()
    for line in value.splitlines():
        yield line.strip()
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 6 and len(digits) >= len(value) // 2:  # a phone or BSN written with spaces or dashes
        yield digits


def plan_strings(plan: object) -> set[str]:
    """Every text of the plan, in the forms it may appear in."""
    return {form for value in _values(plan) for form in _forms(value)}


def path_strings(paths: Iterable[Path | None]) -> set[str]:
    """A path as a whole and its last parts: the file name, its stem and the folder's name."""
    found: set[str] = set()
    for path in paths:
        if path is None:
            continue
        path = Path(path)
        found.update({str(path), path.name, path.stem, path.parent.name})
    return found


def personal_strings() -> set[str]:
    """The home folder and the user's login name."""
    found = {str(Path.home())}
    with contextlib.suppress(KeyError, OSError):  # no user name known to the system
        found.add(getpass.getuser())
    found.add(Path.home().name)
    return found


class Scrubber:
    """Removes a fixed set of strings from texts, longest first and ignoring case."""

    def __init__(self, secrets: Iterable[str]) -> None:
        kept = sorted({s for s in secrets if len(s.strip()) >= MIN_LENGTH and s.lower() not in COMMON_WORDS},
                      key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(s) for s in kept), re.IGNORECASE) if kept else None

    def __call__(self, text: str) -> str:
        return self._pattern.sub(REMOVED, text) if self._pattern is not None else text
