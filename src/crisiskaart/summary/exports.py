"""The four responder-summary formats of the export registry (``crisiskaart.export.formats``).

Each writer builds its output in memory and writes only its destination, atomically. None of
them changes the plan: the linked formats need ``plan.responder_link`` to exist already (the
caller runs ``ensure_responder_link`` and saves the new version first).
"""

from __future__ import annotations

from pathlib import Path

from crisiskaart.export.context import ExportContext, ExportReport, NotFitted
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.store.atomic import write_atomically
from crisiskaart.summary.content import QrContent, responder_qr_text
from crisiskaart.summary.qr import QUIET_ZONE, PrintSize, png_bytes, print_size, qr_matrix, svg_text
from crisiskaart.summary.site import write_site
from crisiskaart.summary.text import size_statement, summary_text
from crisiskaart.summary.texts import word


def _report(content: QrContent, written: list[Path], language: str) -> ExportReport:
    reason = word("not_fitted_reason", language)
    not_fitted = [NotFitted(entry.section, entry.qr_text, reason) for entry in content.left_out]
    shortened = word("shortened_reason", language)
    not_fitted += [NotFitted(entry.section, entry.text, shortened) for entry in content.shortened]
    if content.summary.birth_date and not content.birth_date_included:
        not_fitted.insert(0, NotFitted("birth_date", content.summary.birth_date.isoformat(), reason))
    if content.name_shortened:
        not_fitted.insert(0, NotFitted("name", content.summary.name, reason))
    return ExportReport(written=written, not_fitted=not_fitted)


def _write(destination: Path, data: bytes) -> None:
    write_atomically(destination, data, backups=0)


def _matrix_and_size(content: QrContent) -> tuple[list[list[bool]], PrintSize]:
    """The QR with its quiet zone, and the size it has on the card (quiet zone outside it)."""
    matrix = qr_matrix(content.text, content.max_version)
    return matrix, print_size(len(matrix) - 2 * QUIET_ZONE)


def write_qr_png(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    """The card's QR as a PNG: 10 pixels per module, the 4-module quiet zone around the symbol.

    Its resolution (pHYs) makes it print at the card's size, and its description says that size,
    the symbol without the quiet zone.
    """
    content = responder_qr_text(plan, context)
    matrix, size = _matrix_and_size(content)
    description = size_statement(content.version, size, context.language)
    _write(destination, png_bytes(matrix, module_mm=size.module_mm, description=description))
    return _report(content, [destination], context.language)


def write_qr_svg(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    """The card's QR as an SVG: the symbol at the card's size, the white quiet zone around it."""
    content = responder_qr_text(plan, context)
    matrix, size = _matrix_and_size(content)
    svg = svg_text(matrix, size.module_mm, title=word("title", context.language),
                   description=size_statement(content.version, size, context.language))
    _write(destination, svg.encode())
    return _report(content, [destination], context.language)


def write_summary_text(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    """The summary as plain text, followed by exactly what the QR holds and what it left out."""
    content = responder_qr_text(plan, context)
    viewer = context.organisation.viewer_url if context.organisation else ""
    text = summary_text(content.summary, content, context.language, viewer)
    _write(destination, text.encode("utf-8"))
    return _report(content, [destination], context.language)


def write_summary_site(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    """A folder with the viewer and the encrypted summary, ready to upload to any static server."""
    written = write_site(plan, destination, version=context.version, today=context.today,
                         organisation=context.organisation)
    return ExportReport(written=written)
