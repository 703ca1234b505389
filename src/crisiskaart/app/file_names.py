"""The file name proposed when saving an export: what it is and the day, never whose it is.

File names end up in recent-file lists, sync services, mail attachments and print queues, where
anyone may see them; a crisis plan's owner must not be named there. So a name says what the file
is (``crisiskaart-portemonnee``, ``crisisplan``) and the date, and nothing about the person.
"""

from __future__ import annotations

import datetime as dt

from crisiskaart.catalogue import Catalogue
from crisiskaart.export.formats import FORMATS

# What the file is, per export format (and the noodblad), as the start of its name.
_STEMS: dict[str, tuple[str, str]] = {
    "wallet-sheet": ("crisiskaart-portemonnee", "crisis-card-wallet"),
    "wallet-card": ("crisiskaart-drukkerij", "crisis-card-print-shop"),
    "plan": ("crisisplan", "crisis-plan"),
    "html": ("crisisplan", "crisis-plan"),
    "qr-png": ("qr", "qr"),
    "qr-svg": ("qr", "qr"),
    "summary-text": ("samenvatting", "summary"),
    "summary-site": ("samenvatting", "summary"),
    "plan-van-aanpak": ("plan-van-aanpak", "plan-of-action"),
    "letter": ("brief-geneesheer-directeur", "letter-geneesheer-directeur"),
    "plan-van-aanpak-concept": ("plan-van-aanpak-concept", "plan-of-action-draft"),
    "hearing-plan": ("plan-voor-de-zitting", "plan-for-the-hearing"),
    "zorgkaart": ("zorgkaart", "zorgkaart"),
    "zelfbinding-worksheet": ("werkblad-zelfbinding", "self-binding-worksheet"),
    "recovery-sheet": ("noodblad", "recovery-sheet"),
}
FILE_NAME_STEMS = Catalogue("file names", _STEMS)


def proposed_file_name(export_format: str, *, today: dt.date, language: str = "nl") -> str:
    """``crisiskaart-portemonnee-2026-12-01.pdf``, ``crisisplan-2026-12-01.pdf``, ``qr-2026-12-01.png``.

    A format that writes a folder (``summary-site``) gets a folder name without a suffix.
    """
    if export_format not in FILE_NAME_STEMS or export_format not in FORMATS:
        raise ValueError(f"unknown export format {export_format!r}")
    stem = FILE_NAME_STEMS.label(export_format, language)
    return f"{stem}-{today.isoformat()}{FORMATS[export_format].suffix}"


def recovery_sheet_file_name(*, today: dt.date, language: str = "nl") -> str:
    """``noodblad-2026-12-01.pdf``: the noodblad is no export of the plan, but is named the same way."""
    return f"{FILE_NAME_STEMS.label('recovery-sheet', language)}-{today.isoformat()}.pdf"
