"""The linked QR: its key, the address of the hosted file, and the link in the printed QR.

The form follows SMART Health Links (HL7): viewer URL + ``#`` + payload, a random 256-bit key that
exists only in the link, the file a JWE (``dir``, ``A256GCM``) fetched directly (flag ``U``).
The standard payload (base64url JSON ``{url, key, exp, flag, label, v}``) needs about 250 bytes,
QR version 11–13, while the card allows version 6 (106 bytes). So the printed QR carries the
*compact* form ``<viewer>#ck1.<key>``: ``url`` is derived from the key (``s/<id>.jwe`` beside the
viewer), ``flag`` is always ``U``, and ``exp`` and ``label`` live inside the encrypted file, which
is also where the status must come from. ``shlink_url`` gives the standard long form for sharing
by message; the viewer reads both. See docs/responder-summary.md.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import secrets
from collections.abc import Callable

from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.responder_link import ResponderLink, file_id_for_key
from crisiskaart.summary.jwe import KEY_BYTES, b64url_decode, b64url_encode
from crisiskaart.summary.qr import LINKED_MAX_VERSION, qr_version
from crisiskaart.summary.texts import word

COMPACT_PREFIX = "ck1."
FILE_FOLDER = "s"
FILE_SUFFIX = ".jwe"
SHL_LABEL = "Crisisplan: samenvatting voor hulpdiensten"


class LinkError(ValueError):
    """The linked QR cannot be made; ``details["reason"]`` says why, ``message()`` in words."""

    def __init__(self, message: str, **details: object) -> None:
        super().__init__(message)
        self.details = details

    def message(self, language: str = "nl") -> str:
        params = {k: v for k, v in self.details.items() if k != "reason"}
        return word(f"link_{self.details['reason']}", language, **params)


def new_responder_link(random: Callable[[int], bytes] = secrets.token_bytes,
                       today: dt.date | None = None) -> ResponderLink:
    key = b64url_encode(random(KEY_BYTES))
    return ResponderLink(id=file_id_for_key(key), key=key, created_on=today or dt.date.today())


def ensure_responder_link(plan: CrisisPlan, *, random: Callable[[int], bytes] = secrets.token_bytes,
                          today: dt.date | None = None) -> tuple[CrisisPlan, bool]:
    """``plan`` with a responder link, and whether a new one was made (then save a new version).

    An existing link is kept, so a new card version re-exports to the same file and key and the
    cards already printed keep working. ``plan`` itself is not changed.
    """
    if plan.responder_link is not None:
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
    """The text of the printed linked QR: ``<viewer_url>#ck1.<key>`` (at most version 6 at EC M)."""
    check_organisation(organisation)
    text = f"{organisation.viewer_url}#{COMPACT_PREFIX}{link.key}"
    version = qr_version(text)
    if version > LINKED_MAX_VERSION:
        limit = len(organisation.viewer_url) - (len(text.encode()) - 106)
        raise LinkError(f"viewer_url too long for a QR of version {LINKED_MAX_VERSION}: at most "
                        f"{limit} characters", reason="viewer_too_long", limit=limit, version=version)
    return text


def shl_payload(link: ResponderLink, organisation: OrganisationProfile,
                valid_until: dt.date | None) -> dict[str, object]:
    """The standard SMART Health Link payload of the same file (``exp`` is only a hint)."""
    payload: dict[str, object] = {"url": file_url(link, organisation), "key": link.key, "flag": "U",
                                  "label": SHL_LABEL, "v": 1}
    if valid_until is not None:
        end = dt.datetime.combine(valid_until + dt.timedelta(days=1), dt.time(), dt.UTC)
        payload["exp"] = int(end.timestamp())
    return payload


def shlink_url(link: ResponderLink, organisation: OrganisationProfile,
               valid_until: dt.date | None) -> str:
    """``<viewer_url>#shlink:/<base64url JSON>``: the standard long form, too large for the card."""
    check_organisation(organisation)
    data = json.dumps(shl_payload(link, organisation, valid_until), separators=(",", ":")).encode()
    return f"{organisation.viewer_url}#shlink:/{base64.urlsafe_b64encode(data).rstrip(b'=').decode()}"
