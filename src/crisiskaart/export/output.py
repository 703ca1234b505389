"""Writing an export: the whole file at once, atomically, so no export is ever half-written."""

from __future__ import annotations

from pathlib import Path

from crisiskaart.export.context import ExportReport, NotFitted
from crisiskaart.store.atomic import write_atomically

PDF_LANGUAGES = {"nl": "nl-NL", "en": "en-GB"}


def pdf_language(language: str) -> str:
    """The document language tag for PDF and HTML metadata."""
    return PDF_LANGUAGES.get(language, "nl-NL")


def write_output(destination: Path, data: bytes, notices: list[NotFitted]) -> ExportReport:
    """Replace ``destination`` by ``data`` (no backups: an export can always be made again)."""
    write_atomically(Path(destination), data, backups=0)
    return ExportReport(written=[Path(destination)], not_fitted=list(notices))
