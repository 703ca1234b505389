"""Publishing and withdrawing the linked responder summary (the QR's hosted file).

Publishing writes the folder an organisation uploads: the viewer and the card's encrypted summary
(making and saving the card's key the first time). Withdrawing (*intrekken*) writes the encrypted
tombstone to upload over that file, so every printed card then shows INGETROKKEN, and saves a
version with status ``ingetrokken`` without the link, so the next card gets a new key and file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from crisiskaart.app.cards import encode_plan, plan_summary, read_plan, version_info, version_number
from crisiskaart.app.errors import NoLinkToWithdraw
from crisiskaart.app.exporting import ExportOutcome, ExportRequest, export_plan
from crisiskaart.app.organisation import load_organisation
from crisiskaart.app.texts import app_text
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


@dataclass(frozen=True)
class Withdrawal:
    """The tombstone files written, and the new ``ingetrokken`` version without the link."""

    folder: Path
    written: tuple[Path, ...]
    version: VersionInfo

    def done_line(self, language: str = "nl") -> str:
        """``ingetrokken: versie N opgeslagen zonder link. Zet de map … op de server; …``"""
        return app_text("summary_withdrawn", language, number=self.version.number, folder=self.folder)


def withdraw_summary(
    card: CardFile,
    folder: Path,
    *,
    organisation_file: Path | None = None,
    language: str = "nl",
    today: dt.date | None = None,
) -> Withdrawal:
    """Intrekken: the tombstone into ``folder`` and a new version without the link (open for writing)."""
    from crisiskaart.summary import withdraw_link

    organisation = load_organisation(organisation_file)
    plan = read_plan(card)
    if plan.responder_link is None:
        raise NoLinkToWithdraw(path=card.path)
    withdrawn, written = withdraw_link(plan, Path(folder), today=today or dt.date.today(),
                                       organisation=organisation)
    info = card.save_version(encode_plan(withdrawn), summary=plan_summary(withdrawn),
                             status=Status.INGETROKKEN, note=app_text("summary_withdrawn_note", language))
    return Withdrawal(Path(folder), tuple(written), info)
