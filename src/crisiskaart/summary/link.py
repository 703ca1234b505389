"""The linked QR: its key, the address of the hosted file, and the link in the printed QR.

The printed QR carries ``<viewer>#ck2.<key>``: a random 256-bit key that exists only in the link
(a URL fragment is never sent to a server) and from which the viewer derives the file's address,
``s/<id>.jwe`` beside it. The file is a JWE (``dir``, ``A256GCM``) holding our own summary JSON.

This is *not* a SMART Health Link, although the transport is modelled on one: an SHL receiver
expects FHIR content (a SMART Health Card or a FHIR bundle) and would show nothing of ours, so
the program offers no ``shlink:/`` form and calls this a *gekoppelde samenvatting* (linked
summary). The viewer still opens ``#shlink:/`` links made by earlier versions, and ``#ck1.``
links (72-bit file ids) of cards already printed. See docs/responder-summary.md.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable

from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.responder_link import ResponderLink, id_format, new_responder_link
from crisiskaart.summary.jwe import b64url_decode
from crisiskaart.summary.qr import LINKED_MAX_VERSION, qr_version
from crisiskaart.summary.texts import word

COMPACT_PREFIX = {1: "ck1.", 2: "ck2."}  # by the link's file-id format
FILE_FOLDER = "s"
FILE_SUFFIX = ".jwe"


class LinkError(ValueError):
    """The linked QR cannot be made; ``details["reason"]`` says why, ``message()`` in words."""

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.details = details

    def message(self, language: str = "nl") -> str:
        params = {k: v for k, v in self.details.items() if k != "reason"}
        return word(f"link_{self.details['reason']}", language, **params)


def ensure_responder_link(plan: CrisisPlan, *, random: Callable[[int], bytes] = secrets.token_bytes,
                          today: dt.date | None = None) -> tuple[CrisisPlan, bool]:
    """``plan`` with a responder link, and whether a new one was made (then save a new version).

    An existing link is kept, so a new card version re-exports to the same file and key and the
    cards already printed keep working — except the example's public key, which is replaced.
    ``plan`` itself is not changed.
    """
    if plan.responder_link is not None and not plan.responder_link.is_example:
        return plan, False
    return plan.model_copy(update={"responder_link": new_responder_link(random, today)}), True


def key_bytes(link: ResponderLink) -> bytes:
    return b64url_decode(link.key)


def viewer_base(viewer_url: str) -> str:
    """The folder of the viewer page: ``https://x.nl/kaart/index.html`` -> ``https://x.nl/kaart/``."""
    return viewer_url[: viewer_url.rfind("/") + 1]


def file_path(link: ResponderLink) -> str:
    """The file's path inside the summary-site folder and relative to the viewer: ``s/<id>.jwe``."""
    return f"{FILE_FOLDER}/{link.id}{FILE_SUFFIX}"


def file_url(link: ResponderLink, organisation: OrganisationProfile) -> str:
    return viewer_base(organisation.viewer_url) + file_path(link)


def check_organisation(organisation: OrganisationProfile) -> None:
    """Refuse settings the viewer cannot work with (explained in docs/responder-summary.md)."""
    url = organisation.viewer_url
    if not url:
        raise LinkError("the organisation profile has no viewer_url", reason="no_viewer")
    if "#" in url or "?" in url:
        raise LinkError("viewer_url must not contain # or ?", reason="viewer_fragment")
    base = viewer_base(url) + FILE_FOLDER + "/"
    if organisation.summary_base_url and organisation.summary_base_url.rstrip("/") + "/" != base:
        # The viewer's Content Security Policy allows fetching from its own origin only, and the
        # compact QR has no room for a second address: the files sit in s/ beside the viewer.
        raise LinkError(f"summary_base_url must be empty or {base}", reason="base_url", expected=base)


def linked_qr_text(link: ResponderLink, organisation: OrganisationProfile) -> str:
    """The text of the printed linked QR: ``<viewer_url>#ck2.<key>`` (at most version 6 at EC M)."""
    check_organisation(organisation)
    if link.is_example:
        raise LinkError("the example's public key protects nothing", reason="example_key")
    text = f"{organisation.viewer_url}#{COMPACT_PREFIX[id_format(link.id)]}{link.key}"
    version = qr_version(text)
    if version > LINKED_MAX_VERSION:
        limit = len(organisation.viewer_url) - (len(text.encode()) - 106)
        raise LinkError(f"viewer_url too long for a QR of version {LINKED_MAX_VERSION}: at most "
                        f"{limit} characters", reason="viewer_too_long", limit=limit, version=version)
    return text


__all__ = [
    "COMPACT_PREFIX",
    "LinkError",
    "check_organisation",
    "ensure_responder_link",
    "file_path",
    "file_url",
    "key_bytes",
    "linked_qr_text",
    "new_responder_link",
    "viewer_base",
]
