"""Format ``zelfbinding-worksheet``: preparation for a zelfbindingsverklaring, never the declaration.

The worksheet follows what art. 4:1 lid 2 Wvggz says a zelfbindingsverklaring describes (a–e) and
puts the person's own answers under each question, with ruled lines where nothing is written yet,
so it can also be filled in by hand. Because a program cannot make a valid declaration, every page
says so three times: in the running header, in a red line at the foot, and in a diagonal mark
under the text ("WERKBLAD — GEEN GELDIGE VERKLARING"); the first page says what a valid one
needs. There are no signature lines: a signed worksheet could pass for a declaration. The
CONCEPT mark is not used, since the worksheet's own mark says more. (docs/plan-van-aanpak.md)
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crisiskaart.export.a4_document import Notice, Part, WriteLines, render_parts
from crisiskaart.export.concept_mark import COLOUR, PAGE, draw_concept_mark
from crisiskaart.export.context import ExportContext, ExportReport, NotFitted
from crisiskaart.export.fonts import BOLD, printable
from crisiskaart.export.output import write_output
from crisiskaart.export.plan_document import Block, Bullets, Paragraph, PlanDocument, Section
from crisiskaart.export.plan_pdf import MARGIN, page_box
from crisiskaart.export.route_texts import route_text
from crisiskaart.export.texts import export_text
from crisiskaart.model.labels import choice_label, field_label
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.sections import CompulsoryMeasure
from crisiskaart.model.zelfbinding import ZelfbindingWorksheet


def needed_points(language: str) -> tuple[str, ...]:
    """What a valid zelfbindingsverklaring needs, one point each (the editor shows the same)."""
    return tuple(route_text("zb_needed", language).split("|"))


def _answer(text: str, lines: int, label: str = "") -> list[Block]:
    """The person's answer, or lines to write it on."""
    return [Paragraph(text.strip(), label)] if text.strip() else [WriteLines(label, lines)]


def worksheet_document(plan: CrisisPlan, context: ExportContext) -> PlanDocument:
    language = context.language
    sheet = plan.zelfbinding or ZelfbindingWorksheet()
    name = plan.personal.full_name.strip() or export_text("no_name", language)
    header = f"{name} · {route_text('zb_header', language)}"
    document = PlanDocument(route_text("zb_title", language, name=name), name, header, language)

    def label(field: str) -> str:
        return field_label(field, language)

    def section(key: str, title: str, blocks: list[Block]) -> None:
        document.sections.append(Section(key, title, tuple(blocks)))

    section("not_valid", route_text("zb_not_valid", language), [
        Paragraph(route_text("zb_what", language)),
        Notice(route_text("zb_needed_heading", language), (), needed_points(language)),
        Paragraph(route_text("zb_ask", language)),
    ])
    section("conversation", route_text("zb_conversation", language),
            _answer(sheet.zorgverantwoordelijke, 1, label("zorgverantwoordelijke")))
    section("a", route_text("zb_a", language), _answer(sheet.circumstances, 4))
    b = _answer(sheet.care_then, 4)
    if sheet.measures:
        b.append(Bullets(tuple(choice_label(m, language) for m in CompulsoryMeasure
                               if m in sheet.measures), label("measures")))
    b += _answer(sheet.maximum_duration, 1, label("maximum_duration"))
    earlier = tuple(
        f"{choice_label(p.measure, language)} — {choice_label(p.stance, language)}"
        + (f": {p.explanation.strip()}" if p.explanation.strip() else "")
        for p in plan.treatment.compulsory_care)
    if earlier:
        b.append(Bullets(earlier, route_text("zb_from_crisisplan", language)))
    section("b", route_text("zb_b", language), b)
    section("c", route_text("zb_c", language), _answer(sheet.ending, 3))
    section("d", route_text("zb_d", language), _answer(sheet.validity, 1))
    people = tuple(" — ".join(x for x in (f"{p.name} ({p.relation})" if p.relation.strip() else p.name,
                                          p.phone) if x.strip())
                   for p in sheet.people_to_contact if p.name.strip())
    e: list[Block] = [Bullets(people)] if people else [WriteLines("", 3)]
    if not people:
        known = tuple(f"{c.name} ({c.relation})" if c.relation.strip() else c.name
                      for c in plan.contacts if c.name.strip() and not c.do_not_contact)
        if known:
            e.append(Bullets(known, route_text("zb_contacts_from_crisisplan", language)))
    section("e", route_text("zb_e", language), e)
    section("questions", label("questions"), _answer(sheet.questions, 3))
    return document


def _decoration(language: str):
    """Every page: the diagonal "not a valid declaration" mark under the text, and the red foot line."""
    mark = route_text("zb_mark", language)
    foot = printable(route_text("zb_page_label", language))[0]

    def decorate(canvas: Canvas, _document: object) -> None:
        draw_concept_mark(canvas, page_box(), language, PAGE, text=mark)
        canvas.saveState()
        canvas.setFont(BOLD, 8.5)
        canvas.setFillColor(COLOUR)
        canvas.drawString(MARGIN + 6, 15 * mm, foot)
        canvas.restoreState()

    return decorate


def render_zelfbinding_worksheet(plan: CrisisPlan, context: ExportContext) -> tuple[bytes, list[NotFitted]]:
    part = Part(worksheet_document(plan, context), route_text("zb_subtitle", context.language))
    return render_parts([part], context, decoration=_decoration(context.language))


def write_zelfbinding_worksheet(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    data, notices = render_zelfbinding_worksheet(plan, context)
    return write_output(destination, data, notices)
