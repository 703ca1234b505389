"""What the card's QR holds: the offline vCard, or the linked address when a viewer is configured.

``responder_qr_text`` is what the wallet card and the QR exports encode, and what the editor shows
as "in de QR-code / niet in de QR-code".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from crisiskaart.export.context import ExportContext
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.summary.link import LinkError, linked_qr_text
from crisiskaart.summary.qr import LINKED_MAX_VERSION, OFFLINE_MAX_VERSION, qr_version
from crisiskaart.summary.selection import ResponderSummary, SummaryEntry, build_summary
from crisiskaart.summary.vcard import fit_vcard


@dataclass(frozen=True)
class QrContent:
    """The exact text to encode, its QR version at EC M, and which summary entries it carries.

    In linked mode everything is in the hosted file, so nothing is left out; in offline mode
    ``left_out`` lists what did not fit (it is still printed on the card).
    """

    text: str
    mode: Literal["offline", "linked"]
    version: int
    max_version: int
    summary: ResponderSummary
    included: tuple[SummaryEntry, ...]
    left_out: tuple[SummaryEntry, ...]
    birth_date_included: bool = True
    name_shortened: bool = False
    shortened: tuple[SummaryEntry, ...] = ()  # in the QR with the name of whom to call shortened


def is_linked(context: ExportContext) -> bool:
    return context.organisation is not None and bool(context.organisation.viewer_url)


def responder_qr_text(plan: CrisisPlan, context: ExportContext) -> QrContent:
    """The QR for ``plan``: linked when ``context.organisation.viewer_url`` is set, else offline.

    Linked mode needs ``plan.responder_link`` (call ``ensure_responder_link`` first and save the
    new version); without it, or with an unusable viewer address, ``LinkError`` is raised.
    """
    summary = build_summary(plan, context.version, context.language)
    if is_linked(context):
        assert context.organisation is not None
        if plan.responder_link is None:
            raise LinkError("the plan has no responder link yet", reason="no_link")
        text = linked_qr_text(plan.responder_link, context.organisation)
        return QrContent(text, "linked", qr_version(text), LINKED_MAX_VERSION, summary,
                         summary.entries, ())
    fitted = fit_vcard(summary, context.language, OFFLINE_MAX_VERSION)
    return QrContent(fitted.text, "offline", fitted.version, OFFLINE_MAX_VERSION, summary,
                     fitted.included, fitted.left_out, fitted.birth_date_included, fitted.name_shortened,
                     fitted.shortened)
