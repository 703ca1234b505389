"""The full crisisplan as a neutral document tree, shared by the A4 PDF and the HTML export.

Like novelWriter's tokenizer: one walk over the model decides what the plan says and in which
order; each output format only decides how it looks. Everything the person wrote is included,
whatever its card visibility. Texts stay plain strings here; each writer escapes them itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crisiskaart.export.context import ExportContext
from crisiskaart.export.texts import export_text
from crisiskaart.model.base import TextItem
from crisiskaart.model.formatting import format_date
from crisiskaart.model.labels import choice_label, field_label
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.sections import CardSection

# The plan's sections in document order. The card sections among them follow the person's
# card_order, in the places the card sections occupy here (docs/export-plan.md).
PLAN_ORDER = (
    "personal",
    "my_crisis",
    "signals",
    "self_help",
    "what_helps",
    "what_does_not_help",
    "for_responders",
    "contacts",
    "care_providers",
    "health",
    "treatment",
    "practical",
    "diagnosis",
    "sign_offs",
    "management",
)


@dataclass(frozen=True)
class Paragraph:
    text: str
    label: str = ""  # shown before the text, e.g. "Eerdere crises"


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    label: str = ""


@dataclass(frozen=True)
class Entry:
    """One person, medicine or arrangement: a title and labelled details."""

    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class SignatureBlock:
    name: str
    role: str
    agreed_to: str
    signed_on: str  # formatted date, or "" for a blank line


@dataclass(frozen=True)
class Notice:
    """A framed box that must not be overlooked: a heading, sentences, and points (A4 worksheets)."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    points: tuple[str, ...] = ()


@dataclass(frozen=True)
class WriteLines:
    """Ruled lines under a label, to write an answer on by hand (an empty question of a worksheet)."""

    label: str = ""
    lines: int = 3


# Notice and WriteLines appear only in the documents ``a4_document`` lays out; the plan itself and
# its HTML export use the first four.
Block = Paragraph | Bullets | Entry | SignatureBlock | Notice | WriteLines


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    blocks: tuple[Block, ...]


@dataclass
class PlanDocument:
    title: str
    name: str
    header: str  # "versie 3 · geldig tot 1 oktober 2027"
    language: str
    sections: list[Section] = field(default_factory=list)


def section_order(plan: CrisisPlan) -> list[str]:
    card_keys = {s.value for s in CardSection}
    person_order = list(dict.fromkeys(s.value for s in plan.card_order))
    person_order += [s.value for s in CardSection if s.value not in person_order]
    queue = iter(person_order)
    return [next(queue) if key in card_keys else key for key in PLAN_ORDER]


class _Builder:
    def __init__(self, plan: CrisisPlan, language: str) -> None:
        self.plan, self.language = plan, language

    def label(self, name: str) -> str:
        return field_label(name, self.language)

    def date(self, day: dt.date | None) -> str:
        return format_date(day, self.language) if day else ""

    def rows(self, *pairs: tuple[str, str]) -> tuple[tuple[str, str], ...]:
        return tuple((self.label(name), value.strip()) for name, value in pairs if value and value.strip())

    def bullets(self, items: list[TextItem], label: str = "") -> list[Block]:
        texts = tuple(i.text for i in items if i.text.strip())
        return [Bullets(texts, label)] if texts else []

    def paragraph(self, text: str, label: str = "") -> list[Block]:
        return [Paragraph(text, label)] if text.strip() else []

    # one method per section ------------------------------------------------------------------
    def personal(self) -> list[Block]:
        p = self.plan.personal
        address = ", ".join(
            x for x in (p.address.street, f"{p.address.postcode} {p.address.city}".strip()) if x
        )
        rows = self.rows(
            ("full_name", p.full_name),
            ("preferred_name", p.preferred_name),
            ("birth_date", self.date(p.birth_date)),
            ("address", address),
            ("language_and_communication", p.language_and_communication),
        )
        return [Entry("", rows)] if rows else []

    def my_crisis(self) -> list[Block]:
        crisis = self.plan.my_crisis
        blocks = self.paragraph(crisis.summary, self.label("summary"))
        for phase in crisis.phases:
            rows = self.rows(
                ("description", phase.description),
                ("what_i_do", phase.what_i_do),
                ("what_others_can_do", phase.what_others_can_do),
            )
            blocks.append(Entry(choice_label(phase.colour, self.language), rows))
        blocks += self.bullets(crisis.triggers, self.label("triggers"))
        blocks += self.paragraph(crisis.earlier_crises, self.label("earlier_crises"))
        return blocks

    def signals(self) -> list[Block]:
        signals = self.plan.signals
        return self.bullets(signals.noticed_by_me, self.label("noticed_by_me")) + self.bullets(
            signals.noticed_by_others, self.label("noticed_by_others")
        )

    def self_help(self) -> list[Block]:
        return self.bullets(self.plan.self_help)

    def what_helps(self) -> list[Block]:
        return self.bullets(self.plan.what_helps)

    def what_does_not_help(self) -> list[Block]:
        return self.bullets(self.plan.what_does_not_help)

    def for_responders(self) -> list[Block]:
        return self.bullets(self.plan.for_responders)

    def contacts(self) -> list[Block]:
        yes = export_text("yes", self.language)
        return [
            Entry(
                f"{c.name} ({c.relation})" if c.relation.strip() else c.name,
                self.rows(
                    ("phone", c.phone),
                    ("phone_alternative", c.phone_alternative),
                    ("roles", ", ".join(choice_label(r, self.language) for r in c.roles)),
                    ("do_not_contact", yes if c.do_not_contact else ""),
                    ("note", c.note),
                ),
            )
            for c in self.plan.contacts
        ]

    def care_providers(self) -> list[Block]:
        return [
            Entry(
                f"{choice_label(p.kind, self.language)}: {p.name}"
                if p.name.strip()
                else choice_label(p.kind, self.language),
                self.rows(("organisation", p.organisation), ("phone", p.phone), ("note", p.note)),
            )
            for p in self.plan.care_providers
        ]

    def health(self) -> list[Block]:
        health = self.plan.health
        blocks: list[Block] = [
            Entry(
                " ".join(x for x in (m.name, m.dose) if x.strip()),
                self.rows(("timing", m.timing), ("purpose", m.purpose), ("instructions", m.instructions)),
            )
            for m in health.medications
        ]
        for name in ("works_for_me", "does_not_work_for_me", "allergies", "physical_conditions"):
            blocks += self.bullets(getattr(health, name), self.label(name))
        return blocks

    def treatment(self) -> list[Block]:
        treatment = self.plan.treatment
        blocks: list[Block] = []
        for name in ("preferred_clinics", "refused_clinics"):
            clinics = tuple(
                f"{c.name} — {c.reason}" if c.reason.strip() else c.name for c in getattr(treatment, name)
            )
            if clinics:
                blocks.append(Bullets(clinics, self.label(name)))
        blocks += self.bullets(treatment.wishes, self.label("wishes"))
        for preference in treatment.compulsory_care:
            title = (
                f"{self.label('compulsory_care')}: {choice_label(preference.measure, self.language)} — "
                f"{choice_label(preference.stance, self.language)}"
            )
            blocks.append(Entry(title, self.rows(("explanation", preference.explanation))))
        return blocks

    def practical(self) -> list[Block]:
        return [
            Entry(
                choice_label(p.topic, self.language),
                self.rows(("what", p.what), ("who", p.who), ("phone", p.phone)),
            )
            for p in self.plan.practical
        ]

    def diagnosis(self) -> list[Block]:
        return self.paragraph(self.plan.diagnosis.text)

    def sign_offs(self) -> list[Block]:
        return list(signature_blocks(self.plan, self.language))

    def management(self) -> list[Block]:
        m = self.plan.management
        rows = self.rows(
            ("drawn_up_on", self.date(m.drawn_up_on)),
            ("last_reviewed_on", self.date(m.last_reviewed_on)),
            ("signed_on", self.date(m.signed_on)),
            ("valid_until", self.date(m.valid_until)),
            ("consultant", m.consultant),
            ("organisation", m.organisation),
            ("full_plan_available_at", m.full_plan_available_at),
            ("full_plan_phone", m.full_plan_phone),
        )
        return [Entry("", rows)] if rows else []


def signature_blocks(plan: CrisisPlan, language: str) -> list[SignatureBlock]:
    """The person first, then every sign-off, then every named contact and professional not yet there.

    Contacts marked "niet bellen" are not asked to sign: they are named so they are not called.
    """

    def key(name: str) -> str:
        return " ".join(name.lower().split())

    def date(day: dt.date | None) -> str:
        return format_date(day, language) if day else ""

    person = plan.personal.full_name.strip()
    own = [s for s in plan.sign_offs if person and key(s.name) == key(person)]
    blocks = [SignatureBlock(s.name, s.role, s.agreed_to, date(s.signed_on)) for s in own[:1]]
    if not blocks:
        blocks.append(
            SignatureBlock(person or export_text("no_name", language), export_text("me", language), "", "")
        )
    seen = {key(person)} if person else set()
    for sign_off in plan.sign_offs:
        if sign_off in own[:1] or not sign_off.name.strip():
            continue
        blocks.append(
            SignatureBlock(sign_off.name, sign_off.role, sign_off.agreed_to, date(sign_off.signed_on))
        )
        seen.add(key(sign_off.name))
    others = [(c.name, c.relation) for c in plan.contacts if not c.do_not_contact]
    others += [(p.name, choice_label(p.kind, language)) for p in plan.care_providers]
    for name, role in others:
        if name.strip() and key(name) not in seen:
            blocks.append(SignatureBlock(name, role, "", ""))
            seen.add(key(name))
    return blocks


def plan_document(plan: CrisisPlan, context: ExportContext) -> PlanDocument:
    """Every section in the person's order, with headings; empty sections say so."""
    language = context.language
    builder = _Builder(plan, language)
    name = plan.personal.full_name.strip() or export_text("no_name", language)
    valid = plan.management.valid_until
    header_parts = [name]
    if context.version:
        header_parts.append(f"{export_text('version', language)} {context.version}")
    valid_text = format_date(valid, language) if valid else export_text("unknown_date", language)
    header_parts.append(f"{export_text('valid_until', language)} {valid_text}")
    document = PlanDocument(
        export_text("plan_title", language, name=name), name, " · ".join(header_parts), language
    )
    for key in section_order(plan):
        blocks = getattr(builder, key)()
        if not blocks:
            blocks = [Paragraph(export_text("nothing_filled_in", language))]
        document.sections.append(Section(key, field_label(key, language), tuple(blocks)))
    return document
