"""The zorgkaart (Wvggz): the person's preferences about care and compulsory care, from the crisisplan.

When a zorgmachtiging is made, it must say how the person's preferences were taken into account
(docs/plan-van-aanpak.md, "Zorgkaart"). Those preferences are already in the crisisplan, written
when the person was well, so the zorgkaart is a view over it, never a second copy to keep up to
date: forms of compulsory care (as it must, rather this / acceptable / rather not), treatment
wishes and clinics, medicines that do and do not work, allergies, how to approach the person, who
to involve and who must not be called, and what must be arranged at home. Everything is included
whatever its card visibility (it is a document for the care professionals, like the A4 plan); the
diagnosis is not, because it is not a preference. Empty parts are left out, except the one about
compulsory care, which says when nothing was written.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from crisiskaart.export.a4_document import Part, render_parts
from crisiskaart.export.context import ExportContext, ExportReport, NotFitted
from crisiskaart.export.output import write_output
from crisiskaart.export.plan_document import Block, Bullets, Entry, Paragraph, PlanDocument, Section
from crisiskaart.export.route_texts import route_text
from crisiskaart.export.texts import export_text
from crisiskaart.model.base import TextItem
from crisiskaart.model.formatting import format_date
from crisiskaart.model.labels import choice_label, field_label
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.sections import MeasureStance


def unbroken(phone: str) -> str:
    """A phone number that never breaks over two lines (non-breaking spaces)."""
    return phone.strip().replace(" ", "\u00a0")


def _join(*parts: str, separator: str = " — ") -> str:
    return separator.join(p.strip() for p in parts if p and p.strip())


class _Builder:
    def __init__(self, plan: CrisisPlan, language: str) -> None:
        self.plan, self.language = plan, language

    def label(self, name: str) -> str:
        return field_label(name, self.language)

    def choice(self, value: StrEnum) -> str:
        return choice_label(value, self.language)

    def bullets(self, items: list[TextItem], label: str) -> list[Block]:
        texts = tuple(i.text.strip() for i in items if i.text.strip())
        return [Bullets(texts, label)] if texts else []

    def about(self) -> list[Block]:
        p = self.plan.personal
        rows = tuple((self.label(n), v) for n, v in (
            ("full_name", p.full_name), ("preferred_name", p.preferred_name),
            ("birth_date", format_date(p.birth_date, self.language) if p.birth_date else ""),
            ("language_and_communication", p.language_and_communication)) if v.strip())
        return [Entry("", rows)] if rows else []

    def compulsory(self) -> list[Block]:
        blocks: list[Block] = []
        for stance in (MeasureStance.PREFER, MeasureStance.ACCEPTABLE, MeasureStance.AVOID):
            items = tuple(f"{self.choice(p.measure)}: {p.explanation.strip()}" if p.explanation.strip()
                          else self.choice(p.measure)
                          for p in self.plan.treatment.compulsory_care if p.stance is stance)
            if items:
                blocks.append(Bullets(items, self.choice(stance)))
        return blocks or [Paragraph(export_text("nothing_filled_in", self.language))]

    def treatment(self) -> list[Block]:
        treatment = self.plan.treatment
        blocks = self.bullets(treatment.wishes, self.label("wishes"))
        for name in ("preferred_clinics", "refused_clinics"):
            clinics = tuple(_join(c.name, c.reason) for c in getattr(treatment, name) if c.name.strip())
            if clinics:
                blocks.append(Bullets(clinics, self.label(name)))
        return blocks

    def medication(self) -> list[Block]:
        health = self.plan.health
        blocks: list[Block] = [
            Entry(_join(m.name, m.dose, separator=" "),
                  tuple((self.label(n), getattr(m, n).strip()) for n in ("timing", "purpose", "instructions")
                        if getattr(m, n).strip()))
            for m in health.medications if m.name.strip()]
        for name in ("works_for_me", "does_not_work_for_me", "allergies", "physical_conditions"):
            blocks += self.bullets(getattr(health, name), self.label(name))
        return blocks

    def approach(self) -> list[Block]:
        return self.bullets(self.plan.what_helps, self.label("what_helps")) + \
            self.bullets(self.plan.what_does_not_help, self.label("what_does_not_help"))

    def people(self) -> list[Block]:
        plan = self.plan
        involve = tuple(
            _join(f"{c.name} ({c.relation})" if c.relation.strip() else c.name, unbroken(c.phone),
                  ", ".join(self.choice(r) for r in c.roles))
            for c in plan.contacts if c.name.strip() and not c.do_not_contact)
        involve += tuple(_join(f"{self.choice(p.kind)}: {p.name or p.organisation}", unbroken(p.phone))
                         for p in plan.care_providers if (p.name or p.organisation).strip())
        never = tuple(_join(f"{c.name} ({c.relation})" if c.relation.strip() else c.name, c.note)
                      for c in plan.contacts if c.name.strip() and c.do_not_contact)
        blocks: list[Block] = []
        if involve:
            blocks.append(Bullets(involve, route_text("zk_involve", self.language)))
        if never:
            blocks.append(Bullets(never, route_text("zk_do_not_contact", self.language)))
        return blocks

    def practical(self) -> list[Block]:
        items = tuple(_join(f"{self.choice(m.topic)}: {m.what.strip()}", m.who, unbroken(m.phone))
                      for m in self.plan.practical if m.what.strip())
        return [Bullets(items, "")] if items else []


SECTIONS = ("about", "compulsory", "treatment", "medication", "approach", "people", "practical")


def has_preferences(plan: CrisisPlan) -> bool:
    """Whether the crisisplan holds anything the zorgkaart is about (beyond name and language)."""
    builder = _Builder(plan, "nl")
    return bool(plan.treatment.compulsory_care) or any(
        getattr(builder, key)() for key in SECTIONS if key not in ("about", "compulsory"))


def zorgkaart_document(plan: CrisisPlan, context: ExportContext) -> PlanDocument:
    language = context.language
    builder = _Builder(plan, language)
    name = plan.personal.full_name.strip() or export_text("no_name", language)
    header = [name, route_text("zorgkaart_header", language)]
    if context.version:
        header.append(f"{export_text('version', language)} {context.version}")
    valid = plan.management.valid_until
    valid_text = format_date(valid, language) if valid else export_text("unknown_date", language)
    header.append(f"{export_text('valid_until', language)} {valid_text}")
    document = PlanDocument(route_text("zorgkaart_title", language, name=name), name, " · ".join(header),
                            language)
    for key in SECTIONS:
        blocks = getattr(builder, key)()
        if key == "about":
            intro = "zorgkaart_intro" if has_preferences(plan) else "zk_empty"
            blocks = [Paragraph(route_text(intro, language)), *blocks]
        if blocks:
            document.sections.append(Section(key, route_text(f"zk_{key}", language), tuple(blocks)))
    return document


def render_zorgkaart(plan: CrisisPlan, context: ExportContext) -> tuple[bytes, list[NotFitted]]:
    document = zorgkaart_document(plan, context)
    return render_parts([Part(document, route_text("zorgkaart_subtitle", context.language))], context)


def write_zorgkaart(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    data, notices = render_zorgkaart(plan, context)
    return write_output(destination, data, notices)
