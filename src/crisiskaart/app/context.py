"""Everything an export needs besides the plan: language, organisation, version, QR and CONCEPT mark.

The CLI, the editor's preview and printing all build the export context here, so a card printed
from the command line and one printed from the editor say the same, including whether it carries
the CONCEPT mark.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from crisiskaart.app.organisation import load_organisation
from crisiskaart.export.context import ExportContext
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.store.history import Status

if TYPE_CHECKING:
    from crisiskaart.summary import QrContent

# Formats that print the responder QR, or that are the linked summary itself.
QR_FORMATS = frozenset({"wallet-sheet", "wallet-card", "qr-png", "qr-svg", "summary-text", "summary-site"})
# Formats that print the QR on the card itself (the qr-* writers report what the QR left out).
CARD_FORMATS = frozenset({"wallet-sheet", "wallet-card"})
# Drafts to share (with the behandelaar, with family): always the CONCEPT mark, whatever the status.
DRAFT_FORMATS = frozenset({"plan-van-aanpak-concept"})


def is_concept(plan: CrisisPlan, status: Status | None) -> bool:
    """Whether this version prints with the CONCEPT mark.

    A version in a card file is a concept exactly when its status is ``concept``: signed, active,
    withdrawn and superseded versions were all signed once. A plan without a card version (an
    interchange JSON file, ``status`` None) is a concept unless the person's signing date
    (``management.signed_on``) is filled in.
    """
    if status is not None:
        return Status(status) is Status.CONCEPT
    return plan.management.signed_on is None


def is_linked(organisation: OrganisationProfile | None) -> bool:
    """An organisation with a viewer address prints a linked QR; otherwise the QR is an offline vCard."""
    return organisation is not None and bool(organisation.viewer_url)


@dataclass(frozen=True)
class PreparedContext:
    """The context to export with, and the QR it prints (None for formats without a QR)."""

    context: ExportContext
    qr: QrContent | None


def prepare_context(
    plan: CrisisPlan,
    export_format: str,
    *,
    language: str = "nl",
    organisation: OrganisationProfile | None = None,
    organisation_file: Path | None = None,
    version: int | None = None,
    status: Status | None = None,
    today: dt.date | None = None,
) -> PreparedContext:
    """The export context for ``plan`` in ``export_format``, with the QR the card prints.

    A linked QR needs ``plan.responder_link`` (``ensure_link`` in ``exporting`` makes and saves
    it); without it ``LinkError`` is raised, as it is for an unusable viewer address.
    """
    context = ExportContext(
        language=language,
        organisation=organisation,
        organisation_file=organisation_file,
        version=version,
        today=today or dt.date.today(),
        concept=is_concept(plan, status) or export_format in DRAFT_FORMATS,
    )
    if export_format not in QR_FORMATS:
        return PreparedContext(context, None)
    from crisiskaart.summary import responder_qr_text

    qr = responder_qr_text(plan, context)
    return PreparedContext(dataclasses.replace(context, responder_qr=qr.text), qr)


def export_context(
    plan: CrisisPlan,
    export_format: str = "wallet-card",
    *,
    language: str = "nl",
    organisation_file: Path | None = None,
    version: int | None = None,
    status: Status | None = None,
    today: dt.date | None = None,
) -> ExportContext:
    """The context the editor's preview renders the card with: exactly what printing would use."""
    return prepare_context(
        plan, export_format, language=language, organisation=load_organisation(organisation_file),
        organisation_file=organisation_file, version=version, status=status, today=today,
    ).context
