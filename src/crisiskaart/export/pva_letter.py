"""The letter to the geneesheer-directeur, as plain lines (pva_pdf lays them out on A4).

Within 3 days of hearing that a zorgmachtiging is being prepared, the person must say **in writing**
that they will write an eigen plan van aanpak (DOMAIN.md §5). This fills in everything the editor
knows: the person's name and address, the addressee, the dates, who helps; the person only signs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crisiskaart.export.context import ExportContext
from crisiskaart.export.pva_document import minor_sentence
from crisiskaart.export.pva_texts import join_names, pva_text
from crisiskaart.export.texts import export_text
from crisiskaart.model.deadlines import DECISION_DAYS, PLAN_DAYS, add_days, compute_deadlines
from crisiskaart.model.formatting import format_date
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak


@dataclass
class Letter:
    sender: list[str]
    recipient: list[str]
    place_and_date: str
    subject: str
    salutation: str
    paragraphs: list[str] = field(default_factory=list)
    closing: str = ""
    name: str = ""
    letter_date: dt.date | None = None


def letter_date(pva: EigenPlanVanAanpak, today: dt.date) -> dt.date:
    """The date on the letter: when it was sent, or else today (printed to be sent now)."""
    return pva.letter_sent_on or today


def build_letter(plan: CrisisPlan, context: ExportContext) -> Letter:
    language = context.language
    pva = plan.plan_van_aanpak or EigenPlanVanAanpak()
    person = plan.personal
    name = person.full_name.strip() or export_text("no_name", language)
    town = f"{person.address.postcode} {person.address.city}".strip()
    sender = [x for x in (name, person.address.street.strip(), town) if x]
    a = pva.addressee
    recipient = [x.strip() for x in (a.name or pva_text("to_director", language), a.institution, a.address,
                                      a.email) if x.strip()]
    day = letter_date(pva, context.today)
    place = person.address.city.strip()
    dated = format_date(day, language)
    salutation = (pva_text("salutation_named", language, name=a.name.strip()) if a.name.strip()
                  else pva_text("salutation", language))
    letter = Letter(sender, recipient, f"{place}, {dated}" if place else dated,
                    pva_text("subject", language), salutation, closing=pva_text("closing", language),
                    name=name, letter_date=day)
    told = (pva_text("told_on", language, date=format_date(pva.announced_on, language))
            if pva.announced_on else pva_text("told", language))
    letter.paragraphs += [told, pva_text("intent", language)]
    helpers = [f"{h.name.strip()} ({h.relation.strip()})" if h.relation.strip() else h.name.strip()
               for h in pva.helpers if h.name.strip()]
    if helpers:
        key = "helpers_one" if len(helpers) == 1 else "helpers_many"
        letter.paragraphs.append(pva_text(key, language, names=join_names(helpers, language)))
    if minor := minor_sentence(plan, context.today, language):
        letter.paragraphs.append(minor)
    if pva.announced_on:
        deadlines = compute_deadlines(pva.announced_on, pva.day_counting, day, pva.decision_on)
        decision_due, plan_due = deadlines.decision_due, deadlines.plan_due
    else:
        decision_due = add_days(day, DECISION_DAYS, pva.day_counting)
        plan_due = add_days(decision_due, PLAN_DAYS, pva.day_counting)
    letter.paragraphs.append(pva_text("ask_decision", language, date=format_date(decision_due, language)))
    letter.paragraphs.append(pva_text("plan_due", language, date=format_date(plan_due, language)))
    return letter
