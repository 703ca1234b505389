"""What is exported: the plan on screen, with the version number and status it carries, or a saved
version of the card (Kaart › Versies).

What is on screen is saved before exporting, so the file says the version the card holds; the
status is that version's, so a concept gets the CONCEPT mark (``CardSession.shown_version``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from crisiskaart.app.checks import Check, before_printing
from crisiskaart.app.organisation import load_organisation
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.store import Status

if TYPE_CHECKING:
    from crisiskaart.ui.session import CardSession


@dataclass(frozen=True)
class ExportSource:
    """The plan with its version, status, day and organisation profile, as the export uses them."""

    plan: CrisisPlan
    language: str
    version: int | None
    status: Status | None
    today: dt.date
    organisation_file: Path | None = None
    organisation: OrganisationProfile | None = None

    @classmethod
    def of(cls, session: CardSession, language: str, organisation_file: Path | None = None,
           today: dt.date | None = None) -> ExportSource:
        """What ``session`` shows now; ``OrganisationInvalid`` when the profile cannot be used."""
        version, status = session.shown_version()
        return cls(session.document.plan, language, version, status, today or dt.date.today(),
                   organisation_file, load_organisation(organisation_file))

    @classmethod
    def of_version(cls, session: CardSession, number: int, language: str,
                   organisation_file: Path | None = None, today: dt.date | None = None) -> ExportSource:
        """A saved version of the session's card, with its own number and status (an active card
        printed while a new concept is being written, say). Read from the card, not the screen."""
        from crisiskaart.app.cards import read_plan, version_info

        card = session.card
        assert card is not None
        info = version_info(card, number)
        return cls(read_plan(card, info.number), language, info.number, info.status, today or dt.date.today(),
                   organisation_file, load_organisation(organisation_file))

    @property
    def viewer_ready(self) -> bool:
        """Whether the summary can be put on a website: the organisation has a viewer address."""
        return self.organisation is not None and bool(self.organisation.viewer_url)

    def checks(self) -> list[Check]:
        """Every check for the wallet card (laid out once to see what fits); ``choices`` filters them."""
        return before_printing(self.plan, status=self.status, today=self.today,
                               organisation=self.organisation, language=self.language)
