"""Which parts of the plan make up the responder summary, and how important each is for the QR.

The selection is what the person marked "ook voor hulpdiensten" (``Visibility.in_summary``), plus
what a responder always needs: name, birth date, version, geldig tot and whom to call for the
full plan. Every section the editor offers that level for is here, so the choice always shows
in the QR and the viewer. The diagnosis only when the person chose that explicitly. At most
three contacts with a phone number are included; a contact who must not be called is named
under "Niet bellen", never with a phone number.

``priority`` decides what the offline QR keeps when not everything fits (docs/responder-summary.md):
lower is more important. The display order is the order of ``SECTION_ORDER``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crisiskaart.model.base import TextItem
from crisiskaart.model.labels import choice_label
from crisiskaart.model.phone import normalise_phone
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.sections import Contact, ContactRole

MAX_CONTACTS = 3

# Section keys are the model's field names, so ``field_label`` names them in reports.
SECTION_ORDER: tuple[str, ...] = (
    "for_responders", "what_helps", "what_does_not_help", "contacts", "do_not_contact", "allergies",
    "medications", "does_not_work_for_me", "works_for_me", "physical_conditions", "my_crisis",
    "noticed_by_others", "noticed_by_me", "triggers", "language_and_communication",
    "care_providers", "preferred_clinics", "refused_clinics", "compulsory_care", "wishes",
    "practical", "self_help", "diagnosis", "full_plan_available_at",
)

# Base priority per section; items within a section follow the person's order.
PRIORITY: dict[str, int] = {
    "first_contact": 10,
    "for_responders": 20,
    "allergies": 30,
    "medications": 35,  # name and dose: with the allergies, what an ambulance needs first
    "what_does_not_help": 40,
    "contacts": 45,  # the second and third whom to call: before "wat helpt" in the offline QR
    "what_helps": 50,
    "birth_date": 55,
    "full_plan_available_at": 60,
    "do_not_contact": 72,
    "care_providers": 75,
    "my_crisis": 80,
    "language_and_communication": 81,
    "noticed_by_others": 82,
    "triggers": 83,
    "does_not_work_for_me": 85,
    "physical_conditions": 86,
    "works_for_me": 87,
    "noticed_by_me": 88,
    "preferred_clinics": 90,
    "refused_clinics": 91,
    "compulsory_care": 92,
    "wishes": 93,
    "practical": 95,
    "self_help": 97,
    "diagnosis": 99,
}


@dataclass(frozen=True)
class SummaryEntry:
    """One statement of the summary, in the person's own words.

    ``phone`` is the number as written, ``tel`` its dialable form for tap-to-call (empty if the
    number is not valid). ``short`` is the text the QR uses where the full one is long (medicines).
    """

    section: str
    text: str
    priority: tuple[int, int]
    phone: str = ""
    tel: str = ""
    short: str = ""

    @property
    def qr_text(self) -> str:
        return self.short or self.text


@dataclass(frozen=True)
class ResponderSummary:
    name: str
    birth_date: dt.date | None
    version: int | None
    signed_on: dt.date | None
    valid_until: dt.date | None
    entries: tuple[SummaryEntry, ...]

    def section(self, key: str) -> tuple[SummaryEntry, ...]:
        return tuple(e for e in self.entries if e.section == key)

    def sections(self) -> list[tuple[str, tuple[SummaryEntry, ...]]]:
        """The non-empty sections in display order."""
        return [(key, found) for key in SECTION_ORDER if (found := self.section(key))]


def _texts(section: str, items: list[TextItem]) -> list[SummaryEntry]:
    chosen = [item.text.strip() for item in items if item.visibility.in_summary and item.text.strip()]
    return [SummaryEntry(section, text, (PRIORITY[section], i)) for i, text in enumerate(chosen)]


def _joined(*parts: str, separator: str = ", ") -> str:
    return separator.join(p.strip() for p in parts if p and p.strip())


def _contacts(plan: CrisisPlan) -> list[SummaryEntry]:
    chosen = [c for c in plan.contacts
              if c.visibility.in_summary and not c.do_not_contact and (c.phone or c.phone_alternative)]
    chosen.sort(key=lambda c: ContactRole.FIRST_CONTACT not in c.roles)  # stable: first contact first
    entries = []
    for index, contact in enumerate(chosen[:MAX_CONTACTS]):
        phone = contact.phone or contact.phone_alternative
        priority = (PRIORITY["first_contact"], 0) if index == 0 else (PRIORITY["contacts"], index)
        entries.append(SummaryEntry("contacts", _who(contact), priority, phone, normalise_phone(phone) or ""))
    return entries


def _who(contact: Contact) -> str:
    return contact.name.strip() + (f" ({contact.relation.strip()})" if contact.relation.strip() else "")


def _do_not_call(plan: CrisisPlan) -> list[SummaryEntry]:
    """Who must not be called: the name only, so no phone ever dials them from the summary."""
    chosen = [c for c in plan.contacts if c.visibility.in_summary and c.do_not_contact and c.name.strip()]
    return [SummaryEntry("do_not_contact", _joined(_who(c), c.note, separator=": "),
                         (PRIORITY["do_not_contact"], i), short=_who(c)) for i, c in enumerate(chosen)]


def _compulsory_care(plan: CrisisPlan, language: str) -> list[SummaryEntry]:
    """A preference about compulsory care, "Insluiten: liever niet. <explanation>"."""
    chosen = [p for p in plan.treatment.compulsory_care if p.visibility.in_summary]
    entries = []
    for index, preference in enumerate(chosen):
        stance = choice_label(preference.stance, language).lower()
        choice = f"{choice_label(preference.measure, language)}: {stance}"
        text = _joined(choice, preference.explanation, separator=". ")
        entries.append(SummaryEntry("compulsory_care", text, (PRIORITY["compulsory_care"], index)))
    return entries


def _care_providers(plan: CrisisPlan) -> list[SummaryEntry]:
    entries = []
    for index, provider in enumerate(p for p in plan.care_providers if p.visibility.in_summary):
        organisation = provider.organisation if provider.organisation != provider.name else ""
        text = provider.name + (f" ({organisation})" if organisation else "")
        entries.append(SummaryEntry("care_providers", text.strip(), (PRIORITY["care_providers"], index),
                                    provider.phone, normalise_phone(provider.phone) or ""))
    return [e for e in entries if e.text]


def _medications(plan: CrisisPlan) -> list[SummaryEntry]:
    entries = []
    chosen = [m for m in plan.health.medications if m.visibility.in_summary and m.name.strip()]
    for index, medicine in enumerate(chosen):
        short = _joined(medicine.name, medicine.dose, separator=" ")
        text = _joined(short, medicine.timing)
        if medicine.instructions.strip():
            text = f"{text}. {medicine.instructions.strip()}"
        entries.append(SummaryEntry("medications", text, (PRIORITY["medications"], index), short=short))
    return entries


def _clinics(section: str, clinics: list) -> list[SummaryEntry]:
    chosen = [c for c in clinics if c.visibility.in_summary and c.name.strip()]
    return [SummaryEntry(section, _joined(c.name, c.reason, separator=": "), (PRIORITY[section], i),
                         short=c.name.strip()) for i, c in enumerate(chosen)]


def _practical(plan: CrisisPlan) -> list[SummaryEntry]:
    chosen = [p for p in plan.practical if p.visibility.in_summary and (p.what.strip() or p.who.strip())]
    return [SummaryEntry("practical", _joined(p.what, p.who, separator=" — "), (PRIORITY["practical"], i),
                         p.phone, normalise_phone(p.phone) or "") for i, p in enumerate(chosen)]


def _single(section: str, text: str, chosen: bool) -> list[SummaryEntry]:
    return [SummaryEntry(section, text.strip(), (PRIORITY[section], 0))] if chosen and text.strip() else []


def build_summary(
    plan: CrisisPlan, version: int | None = None, language: str = "nl"
) -> ResponderSummary:
    """The responder summary of ``plan``; ``version`` is the card file's version number.

    ``language`` only words the fixed choices the person picked (a form of compulsory care and
    their preference about it); everything else is in the person's own words.
    """
    management = plan.management
    full_plan = []
    if management.full_plan_available_at.strip() or management.full_plan_phone.strip():
        full_plan = [SummaryEntry("full_plan_available_at", management.full_plan_available_at.strip(),
                                  (PRIORITY["full_plan_available_at"], 0), management.full_plan_phone,
                                  normalise_phone(management.full_plan_phone) or "")]
    entries = [
        *_texts("for_responders", plan.for_responders),
        *_texts("what_helps", plan.what_helps),
        *_texts("what_does_not_help", plan.what_does_not_help),
        *_contacts(plan),
        *_do_not_call(plan),
        *_texts("allergies", plan.health.allergies),
        *_medications(plan),
        *_texts("does_not_work_for_me", plan.health.does_not_work_for_me),
        *_texts("works_for_me", plan.health.works_for_me),
        *_texts("physical_conditions", plan.health.physical_conditions),
        *_single("my_crisis", plan.my_crisis.summary, plan.my_crisis.summary_visibility.in_summary),
        *_texts("noticed_by_others", plan.signals.noticed_by_others),
        *_texts("noticed_by_me", plan.signals.noticed_by_me),
        *_texts("triggers", plan.my_crisis.triggers),
        *_single("language_and_communication", plan.personal.language_and_communication,
                 plan.personal.communication_visibility.in_summary),
        *_care_providers(plan),
        *_clinics("preferred_clinics", plan.treatment.preferred_clinics),
        *_clinics("refused_clinics", plan.treatment.refused_clinics),
        *_compulsory_care(plan, language),
        *_texts("wishes", plan.treatment.wishes),
        *_practical(plan),
        *_texts("self_help", plan.self_help),
        *_single("diagnosis", plan.diagnosis.text, plan.diagnosis.visibility.in_summary),
        *full_plan,
    ]
    return ResponderSummary(
        name=plan.personal.full_name.strip(),
        birth_date=plan.personal.birth_date,
        version=version,
        signed_on=management.signed_on,
        valid_until=management.valid_until,
        entries=tuple(entries),
    )
