"""The JSON inside the encrypted file: the summary with its status, or a tombstone after intrekken.

Section titles travel in both languages, so the viewer knows no sections of its own. The status
the viewer shows (geldig tot, VERLOPEN, INGETROKKEN) comes from here, never from the QR, so a
printed card follows what the organisation hosts now.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from crisiskaart.summary.selection import ResponderSummary
from crisiskaart.summary.texts import SECTION_TITLES

DOCUMENT_VERSION = 1


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def summary_document(summary: ResponderSummary, exported_on: dt.date) -> dict[str, Any]:
    sections = []
    for key, entries in summary.sections():
        title_nl, title_en = SECTION_TITLES.pair(key)
        items = []
        for entry in entries:
            item: dict[str, str] = {"text": entry.text}
            if entry.phone.strip():
                item["phone"] = entry.phone.strip()
            if entry.tel:
                item["tel"] = entry.tel
            items.append(item)
        sections.append({"key": key, "title": {"nl": title_nl, "en": title_en}, "items": items})
    return {
        "v": DOCUMENT_VERSION,
        "status": "active",
        "name": summary.name,
        "birth_date": _iso(summary.birth_date),
        "version": summary.version,
        "signed_on": _iso(summary.signed_on),
        "valid_until": _iso(summary.valid_until),
        "exported_on": exported_on.isoformat(),
        "sections": sections,
    }


def tombstone_document(withdrawn_on: dt.date) -> dict[str, Any]:
    """What replaces the summary after intrekken: a status and a date, no personal data."""
    return {"v": DOCUMENT_VERSION, "status": "withdrawn", "withdrawn_on": withdrawn_on.isoformat()}


def document_bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
