"""Review reminders as a CSV list, for the team's planning or a spreadsheet.

Semicolon-separated with a UTF-8 byte order mark, because that is what Dutch spreadsheet
programs open correctly. Cells that a spreadsheet would run as a formula (``=``, ``+``, ``-``,
``@`` at the start) are prefixed with a quote: a client's name must never become a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from crisiskaart.model import Language
from crisiskaart.workspace.caseload import CaseloadEntry, reminders
from crisiskaart.workspace.texts import CSV_HEADER, REVIEW_WORDS, STATUS_WORDS, word

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def reminder_rows(entries: Iterable[CaseloadEntry], language: Language = "nl") -> list[list[str]]:
    rows = [[word(CSV_HEADER, column, language) for column in CSV_HEADER]]
    for entry in reminders(entries):
        index = entry.index
        assert index is not None  # reminders only contain cards we could read
        rows.append([
            _cell(index.display_name),
            word(STATUS_WORDS, index.status.value, language),
            str(index.version_count),
            index.signed_on.isoformat() if index.signed_on else "",
            index.valid_until.isoformat() if index.valid_until else "",
            word(REVIEW_WORDS, entry.review.value, language),
            "" if entry.days_to_review is None else str(entry.days_to_review),
            index.last_change.strftime("%Y-%m-%d %H:%M"),
            _cell(entry.path.name),
        ])
    return rows


def reminders_csv(entries: Iterable[CaseloadEntry], language: Language = "nl") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(reminder_rows(entries, language))
    return buffer.getvalue()


def write_reminders_csv(path: Path, entries: Iterable[CaseloadEntry], language: Language = "nl") -> int:
    """Write the list to ``path``; returns the number of cards in it."""
    text = reminders_csv(entries, language)
    Path(path).write_text("\ufeff" + text, encoding="utf-8", newline="")
    return text.count("\r\n") - 1
