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
# The eigen plan van aanpak and the plan voor de zitting: marked while the plan itself is unsigned.
PLAN_VAN_AANPAK_FORMATS = frozenset({"plan-van-aanpak", "hearing-plan"})
# Papers that never carry the mark: the letter is signed by hand and sent as it is (a request
# marked CONCEPT would not read as the person's request); the worksheet says on every page that
# it is not a valid declaration.
UNMARKED_FORMATS = frozenset({"letter", "letter-email", "zelfbinding-worksheet"})


def speaks_for_card(export_format: str) -> bool:
    """Whether ``export_format`` says what the crisiskaart holds: the card, the plan, the zorgkaart,
    the QR code and the summary. A version that no longer counts is never written as one of these.
    The Wvggz papers follow the plan van aanpak's own signature; the worksheet is no declaration."""
    return export_format not in PLAN_VAN_AANPAK_FORMATS | DRAFT_FORMATS | UNMARKED_FORMATS


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


def marks_concept(plan: CrisisPlan, status: Status | None, export_format: str) -> bool:
    """Whether the file ``export_format`` writes carries the CONCEPT mark.

    The card, the crisisplan and the zorgkaart follow the card's version (``is_concept``). The
    Wvggz papers follow the eigen plan van aanpak, whose own signing date
    (``plan_van_aanpak.signed_on``) is what the geneesheer-directeur and the court look at: the
    plan and the plan voor de zitting are marked until it is filled in, whatever the card's
    version; the letter is never marked; a draft to share always is.
    """
    if export_format in DRAFT_FORMATS:
        return True
    if export_format in UNMARKED_FORMATS:
        return False
    if export_format in PLAN_VAN_AANPAK_FORMATS:
        return plan.plan_van_aanpak is None or plan.plan_van_aanpak.signed_on is None
    return is_concept(plan, status)


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
        concept=marks_concept(plan, status, export_format),
    )
    if export_format not in QR_FORMATS:
        return PreparedContext(context, None)
    from crisiskaart.summary import responder_qr_text

    qr = responder_qr_text(plan, context)
    return PreparedContext(dataclasses.replace(context, responder_qr=qr.text), qr)


def printed_context(
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
    """The context a paper printed now is drawn with: by the print dialog and the editor's preview.

    As ``prepare_context``, with one difference: printing saves nothing, so it cannot make the
    card's responder link. A card without its link yet, or with a viewer address the linked QR
    cannot use, gets the offline QR, which works without any website; the organisation's title,
    colour and logo stay on it. Exporting makes the link (``exporting.export_plan``).
    """
    from crisiskaart.summary.link import LinkError

    def with_profile(profile: OrganisationProfile | None) -> PreparedContext:
        return prepare_context(plan, export_format, language=language, organisation=profile,
                               organisation_file=organisation_file, version=version, status=status,
                               today=today)

    try:
        return with_profile(organisation)
    except LinkError:
        assert organisation is not None  # only a viewer address asks for the link
        return with_profile(organisation.model_copy(update={"viewer_url": "", "summary_base_url": ""}))


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
