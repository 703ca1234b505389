"""Writing and printing every export of a plan: one path for the CLI and the editor.

``export_plan`` writes a file (or the summary-site folder) atomically through the writers of
``crisiskaart.export.formats``; ``render_pdf`` gives the same PDF bytes for printing without
touching the disk. Both build their context in ``app.context``, so a concept carries the CONCEPT
mark whichever way it leaves the program. A linked QR (an organisation with a viewer address)
needs the card's own key: the first export makes it and saves it as a new version, because printed
cards must keep working with every later version (docs/responder-summary.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crisiskaart.app.context import (
    CARD_FORMATS,
    QR_FORMATS,
    is_linked,
    prepare_context,
    printed_context,
    speaks_for_card,
)
from crisiskaart.app.errors import (
    DestinationExists,
    FormatUnavailable,
    LinkNeedsCard,
    LinkNeedsLatest,
    NeedsViewer,
    NotInForce,
)
from crisiskaart.app.file_names import proposed_file_name
from crisiskaart.app.organisation import load_organisation
from crisiskaart.app.texts import app_text
from crisiskaart.export.context import ExportContext, NotFitted
from crisiskaart.export.formats import FORMATS, Writer
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.store import CardFile, Status, VersionInfo

PDF_FORMATS = ("wallet-sheet", "wallet-card", "plan", "plan-van-aanpak", "letter", "plan-van-aanpak-concept",
               "hearing-plan", "zorgkaart", "zelfbinding-worksheet")
LINK_NOTE = "koppeling QR-samenvatting"  # the version note of the version that keeps the new key


@dataclass(frozen=True)
class ExportRequest:
    """What to write where. ``version`` is the number printed on the export ("versie 3")."""

    format: str
    destination: Path
    language: str = "nl"
    organisation_file: Path | None = None
    version: int | None = None
    overwrite: bool = False
    today: dt.date | None = None  # the day printed on the letter and the summary; default today


@dataclass(frozen=True)
class ExportOutcome:
    """What was written and what the person should know about it."""

    path: Path
    written: tuple[Path, ...]
    not_fitted: tuple[NotFitted, ...]  # the export's report: cut, left out, replaced characters
    qr_left_out: tuple[str, ...]  # card formats: statements that are on the card but not in its QR
    link_created_version: int | None  # the version saved with a new responder link, if one was made
    concept: bool  # printed with the CONCEPT mark
    plan: CrisisPlan = field(repr=False)  # the plan as exported (with the new link, if one was made)

    def not_fitted_lines(self, language: str = "nl") -> list[str]:
        """One line per piece that did not fit: ``SECTION: “TEXT”: REASON``."""
        return [not_fitted_line(notice, language) for notice in self.not_fitted]

    def qr_left_out_line(self, language: str = "nl") -> str:
        """``niet in de QR-code (wel op de kaart): …``, or "" when everything is in the QR."""
        if not self.qr_left_out:
            return ""
        return app_text("qr_left_out", language, items="; ".join(self.qr_left_out))


def _section_name(section: str, language: str) -> str:
    from crisiskaart.model.labels import choice_label, field_label
    from crisiskaart.model.sections import CardSection

    if section in ("cover", "back"):
        return app_text(f"export_{section}", language)
    if section in {s.value for s in CardSection}:
        return choice_label(CardSection(section), language)
    return field_label(section, language)


def not_fitted_line(notice: NotFitted, language: str = "nl") -> str:
    """``Wat helpt: “Ik spreek Nederlands…”: ingekort op de kaart; …``"""
    return app_text("not_fitted", language, section=_section_name(notice.section, language),
                    text=notice.text, reason=notice.reason)


def writer_for(export_format: str) -> Writer:
    """The format's writer, or ``FormatUnavailable`` when its module is not part of this version yet."""
    try:
        return FORMATS[export_format].writer()
    except (KeyError, ImportError, AttributeError):
        raise FormatUnavailable(format=export_format) from None


def check_request(request: ExportRequest) -> Writer:
    """Refuse what can be refused before a card is opened: an unknown format, an existing file."""
    writer = writer_for(request.format)
    if Path(request.destination).exists() and not request.overwrite:
        raise DestinationExists(path=request.destination)
    if request.format == "summary-site" and not is_linked(load_organisation(request.organisation_file)):
        raise NeedsViewer()  # the folder is the summary behind a viewer address: nothing without one
    return writer


def check_in_force(versions: Sequence[VersionInfo], number: int | None, export_format: str) -> None:
    """Refuse (``NotInForce``) to write version ``number`` as a card when it no longer counts.

    Only the papers that speak for the card (``app.context.speaks_for_card``); ``number`` None or
    past the last version is what is on screen before it is saved: the coming concept.
    """
    from crisiskaart.store.lifecycle import no_longer_counts

    if number is None or not 1 <= number <= len(versions) or not speaks_for_card(export_format):
        return
    reason = no_longer_counts(versions, number)
    if reason is not None:
        raise NotInForce(number=number, withdrawn=reason is Status.INGETROKKEN)


def needs_new_link(plan: CrisisPlan, request: ExportRequest) -> bool:
    """True when this export must first make the card's responder link (and save it in the card)."""
    if request.format not in QR_FORMATS or plan.responder_link is not None:
        return False
    return is_linked(load_organisation(request.organisation_file))


def _ensure_link(
    plan: CrisisPlan, request: ExportRequest, organisation: OrganisationProfile | None,
    card: CardFile | None,
) -> tuple[CrisisPlan, VersionInfo | None]:
    """The plan with its responder link, and the version that saved a new one (None: nothing saved)."""
    from crisiskaart.app.cards import save_plan
    from crisiskaart.summary import ensure_responder_link

    if request.format not in QR_FORMATS or not is_linked(organisation):
        return plan, None
    linked, created = ensure_responder_link(plan)
    if not created:
        return plan, None
    if card is None:
        raise LinkNeedsCard()
    if request.version is not None and request.version != len(card.versions):
        raise LinkNeedsLatest()
    return linked, save_plan(card, linked, note=LINK_NOTE)


def export_plan(
    plan: CrisisPlan, request: ExportRequest, *, card: CardFile | None = None, status: Status | None = None,
    versions: Sequence[VersionInfo] | None = None,
) -> ExportOutcome:
    """Write ``plan`` as ``request`` asks; ``card`` (open for writing) keeps a new responder link.

    ``status`` is the status of the version being exported (None for a plan from a JSON file): a
    concept prints with the CONCEPT mark (``app.context.marks_concept``: the card's version for the card
    and the plan, the plan van aanpak's own signature for the Wvggz papers). ``versions``, the
    card's history (``card``'s when it is given): a version that no longer counts is refused as a
    card (``check_in_force``). Raises the errors of
    ``app.errors`` and the store's (a full disk, no permission); ``describe`` words them all.
    """
    writer = check_request(request)
    if versions is None and card is not None:
        versions = card.versions
    if versions is not None:
        check_in_force(versions, request.version, request.format)
    organisation = load_organisation(request.organisation_file)
    plan, saved = _ensure_link(plan, request, organisation, card)
    version, status = (saved.number, saved.status) if saved is not None else (request.version, status)
    prepared = prepare_context(
        plan, request.format, language=request.language, organisation=organisation,
        organisation_file=request.organisation_file, version=version, status=status, today=request.today,
    )
    destination = Path(request.destination)
    report = writer(plan, destination, prepared.context)
    left_out: tuple[str, ...] = ()
    if prepared.qr is not None and request.format in CARD_FORMATS:
        left_out = tuple(entry.qr_text for entry in prepared.qr.left_out)
    return ExportOutcome(
        path=destination,
        written=tuple(report.written),
        not_fitted=tuple(report.not_fitted),
        qr_left_out=left_out,
        link_created_version=saved.number if saved is not None else None,
        concept=prepared.context.concept,
        plan=plan,
    )


def _render(export_format: str, plan: CrisisPlan, context: ExportContext) -> bytes:
    if export_format == "wallet-sheet":
        from crisiskaart.export.wallet_pdf import render_wallet_sheet

        return render_wallet_sheet(plan, context)[0]
    if export_format == "wallet-card":
        from crisiskaart.export.wallet_pdf import render_wallet_card

        return render_wallet_card(plan, context).pdf
    if export_format == "plan":
        from crisiskaart.export.plan_pdf import render_plan_pdf

        return render_plan_pdf(plan, context)[0]
    if export_format == "plan-van-aanpak":
        from crisiskaart.export.pva_pdf import render_plan_van_aanpak

        return render_plan_van_aanpak(plan, context)[0]
    if export_format == "letter":
        from crisiskaart.export.pva_pdf import render_letter

        return render_letter(plan, context)[0]
    if export_format == "plan-van-aanpak-concept":
        from crisiskaart.export.pva_share import render_plan_van_aanpak_concept

        return render_plan_van_aanpak_concept(plan, context)[0]
    if export_format == "hearing-plan":
        from crisiskaart.export.pva_hearing import render_hearing_plan

        return render_hearing_plan(plan, context)[0]
    if export_format == "zorgkaart":
        from crisiskaart.export.zorgkaart import render_zorgkaart

        return render_zorgkaart(plan, context)[0]
    if export_format == "zelfbinding-worksheet":
        from crisiskaart.export.zelfbinding_pdf import render_zelfbinding_worksheet

        return render_zelfbinding_worksheet(plan, context)[0]
    raise FormatUnavailable(format=export_format)


def render_pdf(
    plan: CrisisPlan,
    export_format: str,
    *,
    language: str = "nl",
    organisation_file: Path | None = None,
    version: int | None = None,
    status: Status | None = None,
    today: dt.date | None = None,
) -> bytes:
    """The PDF that ``export_plan`` would write, in memory, for the print dialog.

    Only for ``PDF_FORMATS``. Nothing is saved, so a card without its responder link yet prints the
    offline QR (``app.context.printed_context``, which the editor's preview draws with too).
    """
    if export_format not in PDF_FORMATS:
        raise FormatUnavailable(format=export_format)
    prepared = printed_context(
        plan, export_format, language=language, organisation=load_organisation(organisation_file),
        organisation_file=organisation_file, version=version, status=status, today=today,
    )
    return _render(export_format, plan, prepared.context)


__all__ = [
    "PDF_FORMATS",
    "ExportOutcome",
    "ExportRequest",
    "check_request",
    "export_plan",
    "needs_new_link",
    "not_fitted_line",
    "proposed_file_name",
    "render_pdf",
    "writer_for",
]
