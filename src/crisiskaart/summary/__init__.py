"""The responder summary: what a police officer or nurse sees after scanning the card's QR.

Two forms: an offline vCard QR (default, no network) and a linked QR (*gekoppelde samenvatting*)
that opens an end-to-end encrypted summary in a static viewer; ``publish`` puts it on the
organisation's WebDAV server. docs/responder-summary.md explains the decisions. No Qt here.
"""

from crisiskaart.summary.content import QrContent, is_linked, responder_qr_text
from crisiskaart.summary.link import (
    LinkError,
    ensure_responder_link,
    linked_qr_text,
    new_responder_link,
)
from crisiskaart.summary.qr import LINKED_MAX_VERSION, OFFLINE_MAX_VERSION, QUIET_ZONE, qr_matrix, qr_version
from crisiskaart.summary.selection import ResponderSummary, SummaryEntry, build_summary
from crisiskaart.summary.site import withdraw_link, write_site, write_tombstone
from crisiskaart.summary.viewer import viewer_html, viewer_sha256

__all__ = [
    "LINKED_MAX_VERSION",
    "OFFLINE_MAX_VERSION",
    "QUIET_ZONE",
    "LinkError",
    "QrContent",
    "ResponderSummary",
    "SummaryEntry",
    "build_summary",
    "ensure_responder_link",
    "is_linked",
    "linked_qr_text",
    "new_responder_link",
    "qr_matrix",
    "qr_version",
    "responder_qr_text",
    "viewer_html",
    "viewer_sha256",
    "withdraw_link",
    "write_site",
    "write_tombstone",
]
