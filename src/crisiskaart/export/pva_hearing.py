"""Format ``hearing-plan``: the plan of action for the court hearing, when the 14-day route did not work.

The 14-day route is often missed (the person was told too late, or could not write it alone in
time) or refused by the geneesheer-directeur. Then the request for a zorgmachtiging goes to the
court, and the person can still bring their own plan to the hearing (zitting). This is the same
plan of action, behind a cover for the judge: who the person is, when and where the hearing is,
the lawyer, why the plan comes now, and what the person asks the court. When the person asks the
court to take their preferences into account, their zorgkaart is added at the end.
(docs/plan-van-aanpak.md, "Plan voor de zitting")
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from crisiskaart.export.a4_document import Part, render_parts
from crisiskaart.export.context import ExportContext, ExportReport, NotFitted
from crisiskaart.export.output import write_output
from crisiskaart.export.plan_document import Block, Bullets, Entry, Paragraph, PlanDocument, Section
from crisiskaart.export.pva_document import pva_document, subtitle
from crisiskaart.export.pva_facts import StepState, progress
from crisiskaart.export.route_texts import route_text
from crisiskaart.export.texts import export_text
from crisiskaart.export.zorgkaart import unbroken, zorgkaart_document
from crisiskaart.model.formatting import format_date
from crisiskaart.model.labels import choice_label, field_label
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.plan_van_aanpak import CourtRequest, EigenPlanVanAanpak, PermissionDecision


def _label(name: str, language: str) -> str:
    return field_label(name, language)


def why_now(pva: EigenPlanVanAanpak, context: ExportContext) -> str:
    """The sentence that says why the plan comes now: refused, or a term passed; "" otherwise."""
    if pva.decision is PermissionDecision.REFUSED:
        return route_text("why_refused", context.language)
    status = progress(pva, context.today)
    if status is not None and any(step.state is StepState.LATE for step in status.steps):
        return route_text("why_late", context.language)
    return ""


def attaches_zorgkaart(pva: EigenPlanVanAanpak) -> bool:
    return CourtRequest.MY_PREFERENCES in pva.hearing.requests


def hearing_cover(plan: CrisisPlan, context: ExportContext) -> PlanDocument:
    """The cover for the judge, as a document tree (the editor shows the same text)."""
    language = context.language
    pva = plan.plan_van_aanpak or EigenPlanVanAanpak()
    hearing = pva.hearing
    name = plan.personal.full_name.strip() or export_text("no_name", language)
    header = f"{name} · {route_text('hearing_header', language)}"
    cover = PlanDocument(route_text("hearing_title", language, name=name), name, header, language)

    def section(key: str, title: str, blocks: Sequence[Block]) -> None:
        cover.sections.append(Section(key, title, tuple(blocks)))

    section("to_court", route_text("hearing_to_court", language),
            [Paragraph(route_text("hearing_intro", language))])
    when = (format_date(hearing.hearing_on, language) if hearing.hearing_on
            else route_text("hearing_date_unknown", language))
    if hearing.hearing_time.strip():
        when = f"{when}, {hearing.hearing_time.strip()}"
    lawyer = " — ".join(x for x in (hearing.lawyer.strip(), unbroken(hearing.lawyer_phone)) if x)
    rows = [(_label("hearing_on", language), when)]
    rows += [(_label(n, language), v.strip()) for n, v in (
        ("court", hearing.court), ("judge", hearing.judge), ("location", hearing.location),
        ("case_number", hearing.case_number), ("lawyer", lawyer)) if v.strip()]
    section("hearing", route_text("hearing_details", language), [Entry("", tuple(rows))])
    person = plan.personal
    town = f"{person.address.postcode} {person.address.city}".strip()
    address = ", ".join(x for x in (person.address.street.strip(), town) if x)
    about = tuple((_label(n, language), v) for n, v in (
        ("full_name", person.full_name.strip()),
        ("birth_date", format_date(person.birth_date, language) if person.birth_date else ""),
        ("address", address)) if v)
    if about:
        section("person", route_text("hearing_person", language), [Entry("", about)])
    asks: list[Block] = []
    if hearing.requests:
        asks.append(Bullets(tuple(choice_label(r, language) for r in CourtRequest
                                  if r in hearing.requests)))
    if hearing.request_to_court.strip():
        asks.append(Paragraph(hearing.request_to_court.strip()))
    section("requests", _label("requests", language),
            asks or [Paragraph(export_text("nothing_filled_in", language))])
    why = [Paragraph(text) for text in (why_now(pva, context), hearing.why_now.strip()) if text]
    if why:
        section("why_now", route_text("hearing_why", language), why)
    parts = ", ".join(s.title[:1].lower() + s.title[1:] for s in pva_document(plan, context).sections)
    contents = [Paragraph(route_text("hearing_plan_follows", language, parts=parts))]
    if attaches_zorgkaart(pva):
        contents.append(Paragraph(route_text("hearing_zorgkaart_follows", language)))
    section("contents", route_text("hearing_contents", language), contents)
    return cover


def render_hearing_plan(plan: CrisisPlan, context: ExportContext) -> tuple[bytes, list[NotFitted]]:
    pva = plan.plan_van_aanpak or EigenPlanVanAanpak()
    parts = [Part(hearing_cover(plan, context), route_text("hearing_subtitle", context.language)),
             Part(pva_document(plan, context), subtitle(plan, context))]
    if attaches_zorgkaart(pva):
        parts.append(Part(zorgkaart_document(plan, context),
                          route_text("zorgkaart_subtitle", context.language)))
    return render_parts(parts, context)


def write_hearing_plan(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    data, notices = render_hearing_plan(plan, context)
    return write_output(destination, data, notices)
