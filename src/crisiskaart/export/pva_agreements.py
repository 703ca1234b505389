"""Is each agreement of the plan of action feasible? Facts the editor and the PDFs both show (no Qt).

A plan is only as good as its agreements, and an agreement only holds when everyone it names has
said yes. Each agreement (``PlannedAction``) has what / who / when and ``agreed``; it is *open*
while something is missing: nobody named, no moment, or people other than the person themself
who have not agreed yet. An agreement that names only the person ("ik", their own name) needs
nobody else's yes. Agreements without a "what" are not counted: they are empty rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from crisiskaart.export.pva_texts import join_names
from crisiskaart.export.route_texts import route_text
from crisiskaart.model.formatting import format_date
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak, PlannedAction

# "Noor en FACT-team Oost", "Anna/Karel", "ik; Anna belt": the ways people write several names.
SEPARATORS = re.compile(r"\s*(?:[,;/&+]|\ben\b|\band\b)\s*", re.IGNORECASE)
SELF_WORDS = frozenset({"ik", "ikzelf", "mij", "me", "zelf", "i", "myself"})


class Gap(StrEnum):
    NO_WHO = "no_who"
    NO_WHEN = "no_when"
    NOT_AGREED = "not_agreed"


class AgreementState(StrEnum):
    AGREED = "agreed"  # the people named have said yes
    OWN = "own"  # only the person themself is named: nobody else needs to agree
    OPEN = "open"


@dataclass(frozen=True)
class AgreementStatus:
    action: PlannedAction
    state: AgreementState
    gaps: tuple[Gap, ...]
    parties: tuple[str, ...]  # who must agree besides the person, as written in "who"

    @property
    def is_open(self) -> bool:
        return bool(self.gaps)


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"\W+", text.lower()) if w}


def own_names(plan: CrisisPlan) -> set[str]:
    """Words that mean the person themself: "ik", their roepnaam, their first and full name."""
    names = set(SELF_WORDS) | _words(plan.personal.preferred_name)
    full = plan.personal.full_name.strip().lower()
    if full:
        names |= {full, full.split()[0]}
    return names


def parties(plan: CrisisPlan, action: PlannedAction) -> list[str]:
    """The people an agreement names besides the person themself, as written."""
    mine = own_names(plan)
    found = []
    for part in (p.strip() for p in SEPARATORS.split(action.who)):
        if part and part.lower() not in mine and not (_words(part) <= mine):
            found.append(part)
    return found


def agreement_status(plan: CrisisPlan, action: PlannedAction) -> AgreementStatus:
    gaps: list[Gap] = []
    if not action.who.strip():
        gaps.append(Gap.NO_WHO)
    if not action.when.strip():
        gaps.append(Gap.NO_WHEN)
    others = parties(plan, action)
    if action.who.strip() and others and not action.agreed:
        gaps.append(Gap.NOT_AGREED)
    if gaps:
        state = AgreementState.OPEN
    elif others:
        state = AgreementState.AGREED
    else:
        state = AgreementState.AGREED if action.agreed else AgreementState.OWN
    return AgreementStatus(action, state, tuple(gaps), tuple(others))


def agreement_statuses(plan: CrisisPlan, pva: EigenPlanVanAanpak | None = None) -> list[AgreementStatus]:
    """Every agreement with a "what", in the plan's order."""
    pva = pva if pva is not None else plan.plan_van_aanpak
    if pva is None:
        return []
    return [agreement_status(plan, a) for a in pva.actions if a.what.strip()]


def open_agreements(plan: CrisisPlan, pva: EigenPlanVanAanpak | None = None) -> list[AgreementStatus]:
    return [s for s in agreement_statuses(plan, pva) if s.is_open]


def gap_words(status: AgreementStatus, language: str) -> str:
    """"nog niet toegezegd door FACT-team Oost, nog niet ingevuld wanneer"."""
    words = []
    for gap in status.gaps:
        if gap is Gap.NOT_AGREED:
            names = join_names(list(status.parties), language)
            words.append(route_text("gap_not_agreed_by", language, names=names))
        else:
            words.append(route_text(f"gap_{gap.value}", language))
    return ", ".join(words)


def status_words(status: AgreementStatus, language: str) -> str:
    """"toegezegd op 22 november 2026", "dit doe ik zelf", "nog open: nog niet toegezegd door …"."""
    if status.is_open:
        return route_text("open_prefix", language, gaps=gap_words(status, language))
    if status.state is AgreementState.OWN:
        return route_text("own", language)
    day = status.action.agreed_on
    return route_text("agreed_on", language, date=format_date(day, language)) if day \
        else route_text("agreed", language)
