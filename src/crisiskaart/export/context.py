"""What every exporter receives besides the plan, and what it reports back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from crisiskaart.model.organisation import OrganisationProfile


@dataclass(frozen=True)
class ExportContext:
    """Everything an export needs that is not in the plan itself.

    ``version`` is the card file's version number printed on the card ("versie 3"); ``responder_qr``
    is the text the wallet card's back panel encodes (the summary package computes it; None leaves its place).
    ``concept`` prints "CONCEPT — nog niet ondertekend" across every panel and page: a version
    nobody has signed must not pass for the plan in force (``crisiskaart.app.context`` decides).
    ``mark``, other words drawn the same way instead: only the editor's own drawing of a withdrawn
    version has them ("INGETROKKEN — geldt niet meer"); printing and exporting refuse that version
    altogether (``ui/not_in_force.py``). The wallet card draws it.
    """

    language: str = "nl"
    organisation: OrganisationProfile | None = None
    organisation_file: Path | None = None  # to resolve a relative logo path
    version: int | None = None
    today: dt.date = field(default_factory=dt.date.today)
    responder_qr: str | None = None
    concept: bool = False
    mark: str | None = None


@dataclass(frozen=True)
class NotFitted:
    """One piece of the person's text that the card could not hold in full (shown in the editor)."""

    section: str  # CardSection value, or "cover" / "back"
    text: str  # the start of the item, so the person recognises it
    reason: str  # already worded for the user, in the context's language


@dataclass
class ExportReport:
    written: list[Path] = field(default_factory=list)
    not_fitted: list[NotFitted] = field(default_factory=list)
