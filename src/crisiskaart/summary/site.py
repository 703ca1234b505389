"""The summary-site folder the organisation uploads, and intrekken (withdrawing the summary).

Folder layout (docs/responder-summary.md)::

    index.html        the viewer, the same file for everyone (its SHA-256 is in LEESMIJ.txt)
    s/<id>.jwe        one person's encrypted summary (or its tombstone)
    LEESMIJ.txt       how to upload, and the viewer's SHA-256

Nothing in the folder contains the key: the host can read none of it. ``summary_file`` and
``tombstone_file`` give the hosted file's path and bytes, so the folder and the WebDAV upload
(``summary.publish``) write exactly the same thing.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.responder_link import ResponderLink
from crisiskaart.store.atomic import write_atomically
from crisiskaart.summary.document import document_bytes, summary_document, tombstone_document
from crisiskaart.summary.jwe import encrypt
from crisiskaart.summary.link import LinkError, check_organisation, file_path, key_bytes
from crisiskaart.summary.selection import build_summary
from crisiskaart.summary.viewer import VIEWER_NAME, viewer_html, viewer_sha256

README_NAME = "LEESMIJ.txt"
MEDIA_TYPE = "application/jose"  # RFC 7515 §9.2.1: a JWS or JWE in compact serialisation

_README = """\
Samenvatting voor hulpdiensten — map om te uploaden
===================================================

Zet de inhoud van deze map op de webserver, op het adres {viewer}
(dus {viewer_file} en de map s/). Elke statische webserver is goed; gebruik https.

- {viewer_name} is de viewer. Hij is voor iedereen gelijk.
  SHA-256: {sha}
  Controleer met: sha256sum {viewer_name}
- s/{file} is de versleutelde samenvatting van één persoon. De server kan hem niet lezen:
  de sleutel staat alleen in de QR-code op de kaart.
- Bij een nieuwe versie van de kaart: vervang alleen s/{file}. De oude kaarten blijven werken.
- Intrekken: zet het ingetrokken bestand op dezelfde plek. De viewer toont dan INGETROKKEN.
- Met een WebDAV-adres in het organisatieprofiel zet het programma het bestand zelf op de
  server (crisiskaart publish, en direct bij intrekken).

Aanbevolen: laat de server deze kopregels meesturen:
  Content-Security-Policy: frame-ancestors 'none'
  Cache-Control: no-store
  Referrer-Policy: no-referrer
"""


@dataclass(frozen=True)
class HostedFile:
    """One file of the site: its path relative to the viewer's folder (``s/<id>.jwe``) and bytes."""

    path: str
    data: bytes


def _check_link(plan: CrisisPlan) -> ResponderLink:
    link = plan.responder_link
    if link is None:
        raise LinkError("the plan has no responder link yet", reason="no_link")
    if link.is_example:
        raise LinkError("the example's public key protects nothing", reason="example_key")
    return link


def summary_file(plan: CrisisPlan, *, version: int | None, today: dt.date) -> HostedFile:
    """The encrypted summary of ``plan`` as it is hosted: the compact JWE, no trailing newline.

    A newline after the token is no part of the JWE (RFC 7516 §7.1); strict readers refuse it.
    """
    link = _check_link(plan)
    document = summary_document(build_summary(plan, version), today)
    return HostedFile(file_path(link), encrypt(document_bytes(document), key_bytes(link)).encode("ascii"))


def tombstone_file(link: ResponderLink, *, today: dt.date) -> HostedFile:
    """The encrypted "ingetrokken" file that replaces ``link``'s summary: no personal data."""
    token = encrypt(document_bytes(tombstone_document(today)), key_bytes(link))
    return HostedFile(file_path(link), token.encode("ascii"))


def viewer_file() -> HostedFile:
    return HostedFile(VIEWER_NAME, viewer_html())


def _write(path: Path, data: bytes) -> Path:
    """Atomically, and readable for a web server (0644): the folder holds only ciphertext and the viewer."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data, backups=0)
    os.chmod(path, 0o644)
    return path


def _write_folder(folder: Path, hosted: HostedFile, link: ResponderLink,
                  organisation: OrganisationProfile | None) -> list[Path]:
    viewer = organisation.viewer_url if organisation and organisation.viewer_url else "(viewer_url)"
    readme = _README.format(viewer=viewer, viewer_file=VIEWER_NAME, viewer_name=VIEWER_NAME,
                            sha=viewer_sha256(), file=f"{link.id}.jwe")
    return [_write(folder / VIEWER_NAME, viewer_html()), _write(folder / hosted.path, hosted.data),
            _write(folder / README_NAME, readme.encode())]


def write_site(plan: CrisisPlan, folder: Path, *, version: int | None, today: dt.date,
               organisation: OrganisationProfile | None) -> list[Path]:
    """Write the viewer, the encrypted summary and LEESMIJ.txt into ``folder``; return the paths."""
    if organisation is not None and organisation.viewer_url:
        check_organisation(organisation)
    hosted = summary_file(plan, version=version, today=today)
    assert plan.responder_link is not None
    return _write_folder(folder, hosted, plan.responder_link, organisation)


def write_tombstone(link: ResponderLink, folder: Path, *, today: dt.date,
                    organisation: OrganisationProfile | None = None) -> list[Path]:
    """Write the encrypted "ingetrokken" file for ``link`` (and the viewer) into ``folder``."""
    return _write_folder(folder, tombstone_file(link, today=today), link, organisation)


def withdraw_link(plan: CrisisPlan, folder: Path, *, today: dt.date | None = None,
                  organisation: OrganisationProfile | None = None) -> tuple[CrisisPlan, list[Path]]:
    """Intrekken: write the tombstone into ``folder`` and return ``plan`` without its link.

    Upload the folder so the old QR shows INGETROKKEN, then save the returned plan as a new version
    (status ``ingetrokken``): the next card gets a new id and key. ``plan`` itself is not changed.
    """
    if plan.responder_link is None:
        raise LinkError("the plan has no responder link to withdraw", reason="no_link")
    written = write_tombstone(plan.responder_link, folder, today=today or dt.date.today(),
                              organisation=organisation)
    return plan.model_copy(update={"responder_link": None}), written
