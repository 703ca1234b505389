"""What can be printed from the open card, and its PDF in memory (never on disk).

The bytes come from ``crisiskaart.app.exporting.render_pdf``, the same PDF an export writes, with
the CONCEPT mark on a version nobody signed. The version number and status are those of what is on
screen: changes after a signed version make a new concept, so the paper says so too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from crisiskaart.model.plan import CrisisPlan
from crisiskaart.store import Status

if TYPE_CHECKING:
    from crisiskaart.ui.session import CardSession


class Printable(StrEnum):
    """The export format of each thing a person can print at home."""

    CARD = "wallet-sheet"  # the A4 sheet with the card's two sides, to cut and fold
    PLAN = "plan"
    PLAN_VAN_AANPAK = "plan-van-aanpak"
    LETTER = "letter"
    HEARING = "hearing-plan"
    ZORGKAART = "zorgkaart"
    ZELFBINDING = "zelfbinding-worksheet"

    @property
    def is_card(self) -> bool:
        return self is Printable.CARD


@dataclass(frozen=True)
class PrintSource:
    """The plan as it is on screen, with the version number and status it will carry on paper."""

    plan: CrisisPlan
    language: str
    version: int | None
    status: Status | None
    today: dt.date
    organisation_file: Path | None = None  # the organisation profile the export uses too

    @classmethod
    def of(cls, session: CardSession, language: str, today: dt.date | None = None,
           organisation_file: Path | None = None) -> PrintSource:
        """What ``session`` shows now. The example card has no file: its own signing date decides."""
        version, status = session.shown_version()  # unsaved changes already count as the concept
        return cls(session.document.plan, language, version, status, today or dt.date.today(),
                   organisation_file)


def printables(plan: CrisisPlan) -> list[Printable]:
    """What this plan can be printed as: the plan van aanpak and its documents only once it has one,
    the zelfbinding worksheet only once it was started."""
    found = [Printable.CARD, Printable.PLAN, Printable.ZORGKAART]
    if plan.plan_van_aanpak is not None:
        found += [Printable.PLAN_VAN_AANPAK, Printable.LETTER, Printable.HEARING]
    if plan.zelfbinding is not None:
        found.append(Printable.ZELFBINDING)
    return found


def render(source: PrintSource, what: Printable) -> bytes:
    """The PDF of ``what``, exactly as the export would write it.

    With the organisation's title, colours and logo, and its linked QR once the card has its
    summary link; printing saves nothing, so before that the offline QR (``app.context.printed_context``,
    which the editor's live preview draws with too).
    """
    from crisiskaart.app.exporting import render_pdf

    return render_pdf(source.plan, what.value, language=source.language,
                      organisation_file=source.organisation_file, version=source.version,
                      status=source.status, today=source.today)


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()
