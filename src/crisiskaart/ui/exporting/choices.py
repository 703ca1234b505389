"""What the editor can export, in three columns, and which points to check matter for each (no Qt).

The checks come from ``crisiskaart.app.checks.before_printing``; a point is shown only where it is
true for that file (``app.checks.FORMAT_CHECKS``). The plan van aanpak and its letter are offered
only once the plan has one.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisiskaart.app.checks import Check, checks_for_format
from crisiskaart.export.formats import FORMATS
from crisiskaart.model.plan import CrisisPlan

# Formats that can carry the CONCEPT mark at all (whether this file does: ``app.context.marks_concept``).
MARKED_FORMATS = frozenset({"wallet-sheet", "wallet-card", "plan", "html", "plan-van-aanpak",
                            "plan-van-aanpak-concept", "hearing-plan", "zorgkaart"})


@dataclass(frozen=True)
class ExportChoice:
    """One thing to export: its format name (``crisiskaart.export.formats``) and what it needs."""

    format: str
    column: str  # "card": the card and the plan; "wvggz": the plan van aanpak and its papers; "files"
    needs_plan_van_aanpak: bool = False
    needs_viewer: bool = False  # an organisation profile with the viewer's web address
    needs_zelfbinding: bool = False  # a zelfbinding worksheet was started

    @property
    def writes_folder(self) -> bool:
        return FORMATS[self.format].writes_folder

    @property
    def suffix(self) -> str:
        return FORMATS[self.format].suffix

    @property
    def carries_mark(self) -> bool:
        """Whether a concept is printed with the CONCEPT mark in this format."""
        return self.format in MARKED_FORMATS


CHOICES: tuple[ExportChoice, ...] = (
    ExportChoice("wallet-sheet", column="card"),
    ExportChoice("wallet-card", column="card"),
    ExportChoice("plan", column="card"),
    ExportChoice("plan-van-aanpak", column="wvggz", needs_plan_van_aanpak=True),
    ExportChoice("letter", column="wvggz", needs_plan_van_aanpak=True),
    ExportChoice("plan-van-aanpak-concept", column="wvggz", needs_plan_van_aanpak=True),
    ExportChoice("hearing-plan", column="wvggz", needs_plan_van_aanpak=True),
    ExportChoice("zorgkaart", column="card"),
    ExportChoice("zelfbinding-worksheet", column="wvggz", needs_zelfbinding=True),
    ExportChoice("html", column="files"),
    ExportChoice("qr-png", column="files"),
    ExportChoice("qr-svg", column="files"),
    ExportChoice("summary-text", column="files"),
    ExportChoice("summary-site", column="files", needs_viewer=True),
)


def available(plan: CrisisPlan) -> list[ExportChoice]:
    """What this plan can be exported as: the plan van aanpak and its documents only once it has one,
    the zelfbinding worksheet only once it was started."""
    has_pva, has_worksheet = plan.plan_van_aanpak is not None, plan.zelfbinding is not None
    return [choice for choice in CHOICES if (has_pva or not choice.needs_plan_van_aanpak)
            and (has_worksheet or not choice.needs_zelfbinding)]


def checks_for(checks: list[Check], choice: ExportChoice) -> list[Check]:
    """The checks of ``checks`` that are true for the file ``choice`` writes."""
    return checks_for_format(checks, choice.format)
