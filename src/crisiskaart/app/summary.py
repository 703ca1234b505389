"""Publishing and withdrawing the linked responder summary (the QR's hosted file).

Two ways to reach the host. With a WebDAV address in the organisation profile, ``publish_online``
puts the encrypted summary on the server at once, and ``withdraw_summary`` puts the encrypted
tombstone there before anything in the card changes, so every printed card shows INGETROKKEN the
moment it is done. Without one, ``publish_summary`` writes the folder an organisation uploads and
``withdraw_summary`` writes the tombstone into a folder. Either way the first publication makes
and saves the card's key, and withdrawing saves a version with status ``ingetrokken`` without the
link, so the next card gets a new key and file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from crisiskaart.app.cards import (
    encode_plan,
    plan_summary,
    read_plan,
    save_plan,
    version_info,
    version_number,
)
from crisiskaart.app.errors import (
    LinkNeedsLatest,
    NeedsViewer,
    NoLinkToWithdraw,
    NoWithdrawTarget,
    UploadFailed,
)
from crisiskaart.app.exporting import LINK_NOTE, ExportOutcome, ExportRequest, check_in_force, export_plan
from crisiskaart.app.organisation import load_organisation
from crisiskaart.app.texts import app_text
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.store import CardFile, Status, VersionInfo


def publish_summary(
    card: CardFile,
    folder: Path,
    *,
    organisation_file: Path | None,
    language: str = "nl",
    number: int | None = None,
    overwrite: bool = False,
    today: dt.date | None = None,
) -> ExportOutcome:
    """Write the summary-site folder of version ``number`` (default the latest) into ``folder``.

    The first time, the card's responder link is made and saved as a new version; ``card`` must
    then be open for writing.
    """
    info = version_info(card, number)
    request = ExportRequest("summary-site", Path(folder), language, organisation_file,
                            version=version_number(card, number), overwrite=overwrite, today=today)
    return export_plan(read_plan(card, info.number), request, card=card, status=info.status)


def uploading_organisation(organisation_file: Path | None) -> OrganisationProfile:
    """The profile to publish with: a viewer address and a WebDAV address, else one calm refusal."""
    from crisiskaart.summary.publish import PublishError

    organisation = load_organisation(organisation_file)
    if organisation is None or not organisation.viewer_url:
        raise NeedsViewer()
    if not organisation.webdav_url:
        raise UploadFailed(PublishError("no_webdav"))
    return organisation


@dataclass(frozen=True)
class Publication:
    """What ``publish_online`` put on the server, and the version that saved a new key (if any)."""

    urls: tuple[str, ...]
    link_created_version: int | None
    plan: CrisisPlan = field(repr=False)  # as published, with its link

    def done_lines(self, language: str = "nl") -> list[str]:
        """``gepubliceerd: URL`` for every file written, the summary last."""
        return [app_text("summary_published", language, url=url) for url in self.urls]


def publish_online(
    card: CardFile,
    *,
    organisation_file: Path | None,
    number: int | None = None,
    today: dt.date | None = None,
    password: str | None = None,
) -> Publication:
    """Put version ``number`` (default the latest) of the card's summary on the WebDAV server.

    The first time, the card's key is made and saved as a new version (``card`` open for writing),
    before anything leaves the computer. ``password`` None: the one in the system keyring.
    """
    from crisiskaart.summary import ensure_responder_link
    from crisiskaart.summary.publish import PublishError, upload
    from crisiskaart.summary.site import summary_file

    organisation = uploading_organisation(organisation_file)
    info = version_info(card, number)
    check_in_force(card.versions, info.number, "summary-site")  # a withdrawn card is not put online
    plan = read_plan(card, info.number)
    linked, created = ensure_responder_link(plan)
    version, saved = info.number, None
    if created:
        if info.number != len(card.versions):
            raise LinkNeedsLatest()
        saved = save_plan(card, linked, note=LINK_NOTE)
        version = saved.number
    hosted = summary_file(linked, version=version, today=today or dt.date.today())
    try:
        published = upload(organisation, hosted, password=password)
    except PublishError as error:
        raise UploadFailed(error) from None
    return Publication(published.urls, saved.number if saved is not None else None, linked)


@dataclass(frozen=True)
class Withdrawal:
    """Where the tombstone went (files written, addresses uploaded) and the new ``ingetrokken`` version."""

    folder: Path | None
    written: tuple[Path, ...]
    version: VersionInfo
    urls: tuple[str, ...] = ()

    def done_line(self, language: str = "nl") -> str:
        """``ingetrokken: versie N opgeslagen zonder link …`` with where the tombstone is now."""
        if self.urls:
            return app_text("summary_withdrawn_online", language, number=self.version.number,
                            url=self.urls[-1])
        return app_text("summary_withdrawn", language, number=self.version.number, folder=self.folder)


def withdraw_summary(
    card: CardFile,
    folder: Path | None = None,
    *,
    organisation_file: Path | None = None,
    language: str = "nl",
    today: dt.date | None = None,
    password: str | None = None,
) -> Withdrawal:
    """Intrekken: the tombstone to the server (WebDAV) and/or into ``folder``, then a new version
    without the link (``card`` open for writing).

    With a WebDAV address the tombstone is uploaded first: if the server cannot be reached, the
    card keeps its link and nothing changes, so the person can try again.
    """
    from crisiskaart.summary.publish import PublishError, upload
    from crisiskaart.summary.site import tombstone_file, write_tombstone

    organisation = load_organisation(organisation_file)
    plan = read_plan(card)
    link = plan.responder_link
    if link is None:
        raise NoLinkToWithdraw(path=card.path)
    online = organisation is not None and bool(organisation.webdav_url)
    if not online and folder is None:
        raise NoWithdrawTarget()
    day = today or dt.date.today()
    urls: tuple[str, ...] = ()
    if online:
        assert organisation is not None
        if not organisation.viewer_url:
            raise NeedsViewer()
        try:
            urls = upload(organisation, tombstone_file(link, today=day), password=password).urls
        except PublishError as error:
            raise UploadFailed(error) from None
    written: list[Path] = []
    if folder is not None:
        written = write_tombstone(link, Path(folder), today=day, organisation=organisation)
    withdrawn = plan.model_copy(update={"responder_link": None})
    info = card.save_version(encode_plan(withdrawn), summary=plan_summary(withdrawn),
                             status=Status.INGETROKKEN, note=app_text("summary_withdrawn_note", language))
    return Withdrawal(Path(folder) if folder is not None else None, tuple(written), info, urls)
