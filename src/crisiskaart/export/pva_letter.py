"""The letter to the geneesheer-directeur, as plain lines (pva_pdf lays them out on A4) or as an e-mail.

Within 3 days of hearing that a zorgmachtiging is being prepared, the person must say **in writing**
that they will write an eigen plan van aanpak (Wvggz art. 5:5, docs/plan-van-aanpak.md). This fills
in everything the editor knows: the sender (name, address, phone, e-mail), "Aan de
geneesheer-directeur van [instelling]" with "t.a.v." the person named, place and date, the subject,
the request with its dates, who helps; the person only signs.

The dates it asks for are the legal last days of ``pva_facts.letter_terms``, counted from the day
on the letter: the same dates the tracker, the plan PDF and the command line show.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from crisiskaart.export.context import ExportContext
from crisiskaart.export.pva_document import minor_sentence
from crisiskaart.export.pva_facts import STEP_DAYS, Step, letter_terms, long_date
from crisiskaart.export.pva_texts import join_names, pva_text, unit_text
from crisiskaart.export.texts import export_text
from crisiskaart.model.formatting import format_date
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak

_ADDRESS_BREAKS = re.compile(r"\s*[,\n]\s*")


@dataclass
class Letter:
    sender: list[str]
    recipient: list[str]
    place_and_date: str
    subject: str  # without "Betreft:", so an e-mail can use it as its subject
    salutation: str
    paragraphs: list[str] = field(default_factory=list)
    closing: str = ""
    name: str = ""
    letter_date: dt.date | None = None
    decision_due: dt.date | None = None  # the legal last day asked for the decision
    plan_due: dt.date | None = None  # the legal last day of the plan, if it is allowed
    email: str = ""  # the geneesheer-directeur's e-mail address, for the e-mail version


@dataclass(frozen=True)
class LetterEmail:
    """The same letter as an e-mail: who it goes to, its subject and its text."""

    to: str
    subject: str
    body: str


def letter_date(pva: EigenPlanVanAanpak, today: dt.date) -> dt.date:
    """The date on the letter: when it was sent, or else today (printed to be sent now)."""
    return letter_terms(pva, today)[0]


def address_lines(address: str) -> list[str]:
    """"Postbus 3051, 3800 DB Amersfoort" on two lines, as an envelope has it."""
    return [part for part in _ADDRESS_BREAKS.split(address.strip()) if part]


def sender_lines(plan: CrisisPlan, language: str) -> list[str]:
    """Name, address (the ward's, when one is filled in for this letter), phone and e-mail."""
    person, sender = plan.personal, (plan.plan_van_aanpak or EigenPlanVanAanpak()).sender
    name = person.full_name.strip() or export_text("no_name", language)
    if sender.postal_address.strip():
        address = address_lines(sender.postal_address)
    else:
        town = f"{person.address.postcode.strip()} {person.address.city.strip()}".strip()
        address = [x for x in (person.address.street.strip(), town) if x]
    contact = [pva_text(key, language, **{key.removeprefix("sender_"): value.strip()})
               for key, value in (("sender_phone", sender.phone), ("sender_email", sender.email))
               if value.strip()]
    return [name, *address, *contact]


def recipient_lines(pva: EigenPlanVanAanpak, language: str) -> list[str]:
    """"Aan de geneesheer-directeur van GGZ Centraal", "t.a.v. mw. dr. S. de Vries", the address."""
    a = pva.addressee
    first = (pva_text("to_director_of", language, institution=a.institution.strip()) if a.institution.strip()
             else pva_text("to_director", language))
    attention = [pva_text("attention", language, name=a.name.strip())] if a.name.strip() else []
    return [first, *attention, *address_lines(a.address)]


def build_letter(plan: CrisisPlan, context: ExportContext) -> Letter:
    language = context.language
    pva = plan.plan_van_aanpak or EigenPlanVanAanpak()
    person = plan.personal
    name = person.full_name.strip() or export_text("no_name", language)
    day, decision, plan_term = letter_terms(pva, context.today)
    # "Utrecht, 27 november 2026"; written from a ward elsewhere, the home town would be wrong.
    place = "" if pva.sender.postal_address.strip() else person.address.city.strip()
    dated = format_date(day, language)
    named = pva.addressee.name.strip()
    salutation = (pva_text("salutation_named", language, name=named) if named
                  else pva_text("salutation", language))
    letter = Letter(sender_lines(plan, language), recipient_lines(pva, language),
                    f"{place}, {dated}" if place else dated, pva_text("subject", language), salutation,
                    closing=pva_text("closing", language), name=name, letter_date=day,
                    decision_due=decision.legal, plan_due=plan_term.legal, email=pva.addressee.email.strip())
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
    unit = unit_text(pva.day_counting, language)
    letter.paragraphs.append(pva_text("ask_decision", language, days=STEP_DAYS[Step.DECISION], unit=unit,
                                      date=long_date(decision.legal, language)))
    letter.paragraphs.append(pva_text("plan_due", language, days=STEP_DAYS[Step.PLAN], unit=unit,
                                      date=long_date(plan_term.legal, language)))
    return letter


def letter_email(letter: Letter) -> LetterEmail:
    """The letter as an e-mail text: salutation, the paragraphs, the greeting and the sender."""
    body = [letter.salutation, "", *(p for paragraph in letter.paragraphs for p in (paragraph, "")),
            letter.closing, "", *letter.sender]
    return LetterEmail(letter.email, letter.subject, "\n".join(body) + "\n")
