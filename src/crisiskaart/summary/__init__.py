"""The responder summary: what a police officer or nurse sees after scanning the card's QR.

Two forms: an offline vCard QR (default, no network) and a linked QR (*gekoppelde samenvatting*)
that opens an end-to-end encrypted summary in a static viewer; ``publish`` puts it on the
organisation's WebDAV server. docs/responder-summary.md explains the decisions. No Qt here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# Each name is loaded from its module when first used: drawing a card's QR needs only ``qr`` and
# ``content``, not the website writer or the store behind it (a cold export starts faster).
_WHERE = {
    "QrContent": "content", "is_linked": "content", "responder_qr_text": "content",
    "LinkError": "link", "ensure_responder_link": "link", "linked_qr_text": "link",
    "new_responder_link": "link",
    "LINKED_MAX_VERSION": "qr", "OFFLINE_MAX_VERSION": "qr", "QUIET_ZONE": "qr", "qr_matrix": "qr",
    "qr_version": "qr",
    "ResponderSummary": "selection", "SummaryEntry": "selection", "build_summary": "selection",
    "withdraw_link": "site", "write_site": "site", "write_tombstone": "site",
    "viewer_html": "viewer", "viewer_sha256": "viewer",
}

if TYPE_CHECKING:
    from crisiskaart.summary.content import QrContent, is_linked, responder_qr_text
    from crisiskaart.summary.link import LinkError, ensure_responder_link, linked_qr_text, new_responder_link
    from crisiskaart.summary.qr import (
        LINKED_MAX_VERSION,
        OFFLINE_MAX_VERSION,
        QUIET_ZONE,
        qr_matrix,
        qr_version,
    )
    from crisiskaart.summary.selection import ResponderSummary, SummaryEntry, build_summary
    from crisiskaart.summary.site import withdraw_link, write_site, write_tombstone
    from crisiskaart.summary.viewer import viewer_html, viewer_sha256


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


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
