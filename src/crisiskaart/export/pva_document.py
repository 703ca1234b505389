"""The eigen plan van aanpak as the same neutral document tree as the A4 crisisplan.

It reuses ``plan_document``'s blocks, so the PDF looks like the crisisplan and needs no layout code
of its own. What the crisisplan already holds (network, signals, what helps, agreements) is
included from there, never retyped. Signature blocks: the person, everyone who helped, and every
other party to an agreement (named in an action's "who").
"""

from __future__ import annotations

import datetime as dt
import re

from crisiskaart.export.context import ExportContext
from crisiskaart.export.plan_document import (
    Block,
    Bullets,
    Entry,
    Paragraph,
    PlanDocument,
    Section,
    SignatureBlock,
)
from crisiskaart.export.pva_agreements import agreement_status, agreement_statuses, gap_words, status_words
from crisiskaart.export.pva_deadline_rows import deadline_notes, deadline_rows
from crisiskaart.export.pva_facts import AgeGroup, Step, StepState, age_group, age_on, progress
from crisiskaart.export.pva_texts import pva_text
from crisiskaart.export.route_texts import route_text
from crisiskaart.export.texts import export_text
from crisiskaart.model.base import TextItem
from crisiskaart.model.formatting import format_date
from crisiskaart.model.labels import choice_label, field_label
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.plan_van_aanpak import ActionTopic, EigenPlanVanAanpak

_SEPARATORS = re.compile(r"\s*(?:[,;/&+]|\ben\b|\band\b)\s*", re.IGNORECASE)
_ME = {"ik", "ikzelf", "mij", "me", "i", "myself"}


def minor_sentence(plan: CrisisPlan, day: dt.date, language: str) -> str:
    """What the plan says about the person's age, or "" for adults and unknown birth dates."""
    birth = plan.personal.birth_date
    if birth is None:
        return ""
    group = age_group(birth, day)
    if group is AgeGroup.UNDER_12:
        return pva_text("minor_under_12", language)
    if group in (AgeGroup.CHILD_12_15, AgeGroup.YOUTH_16_17):
        key = "minor_12_15" if group is AgeGroup.CHILD_12_15 else "minor_16_17"
        return pva_text(key, language, age=age_on(birth, day))
    return ""


def _date(day: dt.date | None, language: str) -> str:
    return format_date(day, language) if day else ""


class _Builder:
    def __init__(self, plan: CrisisPlan, pva: EigenPlanVanAanpak, context: ExportContext) -> None:
        self.plan, self.pva, self.language, self.today = plan, pva, context.language, context.today

    def label(self, name: str, owner: str | None = None) -> str:
        return field_label(name, self.language, owner)

    def paragraph(self, text: str, label: str = "") -> list[Block]:
        return [Paragraph(text, label)] if text.strip() else []

    def bullets(self, items: list[TextItem], label: str = "") -> list[Block]:
        texts = tuple(i.text for i in items if i.text.strip())
        return [Bullets(texts, label)] if texts else []

    def about(self) -> list[Block]:
        p, a = self.plan.personal, self.pva.addressee
        town = f"{p.address.postcode} {p.address.city}".strip()
        address = ", ".join(x for x in (p.address.street, town) if x)
        director = ", ".join(x for x in (a.name, a.institution) if x.strip())
        rows = tuple((label, value) for label, value in (
            (self.label("full_name"), p.full_name),
            (self.label("birth_date"), _date(p.birth_date, self.language)),
            (self.label("address"), address),
            (self.label("addressee"), director),
        ) if value.strip())
        blocks: list[Block] = [Paragraph(pva_text("about_text", self.language))]
        blocks += self.paragraph(minor_sentence(self.plan, self.today, self.language))
        return blocks + ([Entry("", rows)] if rows else [])

    def deadlines(self) -> list[Block]:
        status = progress(self.pva, self.today)
        if status is None:
            return [Paragraph(pva_text("no_announcement", self.language))]
        rows = deadline_rows(self.pva, status, self.language)
        notes = [Paragraph(note) for note in deadline_notes(self.pva, status, self.language)]
        return [Entry("", tuple(rows)), *notes]

    def life_areas(self) -> list[Block]:
        return [Entry(choice_label(area.area, self.language),
                      tuple((self.label(n), getattr(area, n)) for n in ("situation", "support_needed")
                            if getattr(area, n).strip()))
                for area in self.pva.life_areas]

    def family_wishes(self) -> list[Block]:
        return [Paragraph(w.wish, w.who) for w in self.pva.family_wishes if w.wish.strip() or w.who.strip()]

    def actions(self) -> list[Block]:
        blocks: list[Block] = []
        for topic in ActionTopic:
            for action in (a for a in self.pva.actions if a.topic is topic):
                rows = tuple((self.label(n), getattr(action, n)) for n in ("what", "who", "when")
                             if getattr(action, n).strip())
                if action.what.strip():  # feasibility: agreed, my own, or what is still open
                    status = agreement_status(self.plan, action)
                    rows += ((route_text("status", self.language), status_words(status, self.language)),)
                blocks.append(Entry(choice_label(topic, self.language), rows))
        missing = [choice_label(t, self.language).lower() for t in ActionTopic
                   if not any(a.topic is t and a.what.strip() for a in self.pva.actions)]
        if missing and len(missing) < len(ActionTopic):
            blocks.append(Paragraph(pva_text("no_agreements", self.language, topics=", ".join(missing))))
        return blocks + open_agreement_blocks(self.plan, self.pva, self.language)

    def if_it_goes_wrong(self) -> list[Block]:
        blocks = self.paragraph(self.pva.if_it_goes_wrong)
        if self.pva.refers_to_crisisplan:
            blocks.append(Paragraph(pva_text("follow_crisisplan", self.language)))
        return blocks

    def from_crisisplan(self) -> list[Block]:
        plan = self.plan
        blocks: list[Block] = []
        blocks += self.bullets(plan.signals.noticed_by_me, self.label("noticed_by_me"))
        blocks += self.bullets(plan.signals.noticed_by_others, self.label("noticed_by_others"))
        blocks += self.bullets(plan.self_help, self.label("self_help"))
        blocks += self.bullets(plan.what_helps, self.label("what_helps"))
        blocks += self.bullets(plan.what_does_not_help, self.label("what_does_not_help"))
        network = tuple(
            " — ".join(x for x in (_named(c.name, c.relation), c.phone) if x)
            for c in plan.contacts if c.name.strip() and not c.do_not_contact)
        network += tuple(
            " — ".join(x for x in (f"{choice_label(p.kind, self.language)}: {p.name or p.organisation}",
                                   p.phone) if x.strip())
            for p in plan.care_providers if (p.name or p.organisation).strip())
        if network:
            blocks.append(Bullets(network, pva_text("network", self.language)))
        agreements = tuple(f"{s.name}: {s.agreed_to}" for s in plan.sign_offs
                           if s.name.strip() and s.agreed_to.strip())
        agreements += tuple(f"{choice_label(m.topic, self.language)}: {_named(m.what, m.who)}"
                            for m in plan.practical if m.what.strip())
        if agreements:
            blocks.append(Bullets(agreements, pva_text("crisis_agreements", self.language)))
        if blocks:
            blocks.insert(0, Paragraph(pva_text("from_crisisplan_text", self.language)))
        return blocks

    def helpers(self) -> list[Block]:
        return [Entry(_named(h.name, h.relation),
                      ((self.label("agrees_to"), h.agrees_to),) if h.agrees_to.strip() else ())
                for h in self.pva.helpers if h.name.strip()]

    def signatures(self) -> list[Block]:
        return [Paragraph(pva_text("signatures_intro", self.language)),
                *signature_blocks(self.plan, self.pva, self.language)]


def open_agreement_blocks(plan: CrisisPlan, pva: EigenPlanVanAanpak, language: str) -> list[Block]:
    """The agreements not settled yet, each with what is missing; or that all are agreed."""
    statuses = agreement_statuses(plan, pva)
    if not statuses:
        return []
    still_open = [s for s in statuses if s.is_open]
    if not still_open:
        return [Paragraph(route_text("all_agreed", language))]
    items = tuple(f"{s.action.what.strip()} — {gap_words(s, language)}" for s in still_open)
    heading = route_text("open_heading", language)
    return [Paragraph(route_text("open_intro", language)), Bullets(items, heading)]


def _named(name: str, detail: str) -> str:
    """"Anna Bakker (zus)", or just the name when there is no detail."""
    return f"{name} ({detail})" if detail.strip() else name


def _words(name: str) -> set[str]:
    return {w for w in re.split(r"\W+", name.lower()) if w}


def signature_blocks(plan: CrisisPlan, pva: EigenPlanVanAanpak, language: str) -> list[SignatureBlock]:
    """The person, then each helper (with the agreements naming them), then other parties to actions.

    An action's "who" is free text ("Noor en Anna", "FACT-team Oost"); it is split at commas, "en"
    and the like, and a part that names nobody known yet gets a block of its own.
    """
    person = plan.personal.full_name.strip()
    own_names = _ME | _words(plan.personal.preferred_name)
    if person:
        own_names |= {person.lower(), person.lower().split()[0]}
    parts = [(action, part.strip()) for action in pva.actions
             for part in _SEPARATORS.split(action.who) if part.strip()]

    def names_helper(part: str, helper_name: str) -> bool:
        helper_words = _words(helper_name)
        first = helper_name.lower().split()[0] if helper_name.strip() else ""
        return part.lower() == helper_name.lower().strip() or (first and first in _words(part)) \
            or bool(helper_words and helper_words <= _words(part))

    blocks = [SignatureBlock(person or export_text("no_name", language), export_text("me", language), "",
                             _date(pva.signed_on, language))]
    known = set(own_names)
    for helper in (h for h in pva.helpers if h.name.strip()):
        joined = [a.what for a, part in parts if names_helper(part, helper.name) and a.what.strip()]
        agreed = helper.agrees_to.strip()
        if joined:
            listed = "".join(f"\n• {what}" for what in dict.fromkeys(joined))
            actions = f"{pva_text('agrees_actions', language)}:{listed}"
            agreed = f"{agreed}\n{actions}" if agreed else actions
        blocks.append(SignatureBlock(helper.name, helper.relation, agreed, _date(helper.signed_on, language)))
        known |= {helper.name.lower().strip(), helper.name.lower().split()[0]}
    others: dict[str, list[str]] = {}
    for action, part in parts:
        words = _words(part)
        if part.lower() in known or (words & known) or words & own_names:
            continue
        others.setdefault(part, []).append(action.what)
    for name, whats in others.items():
        blocks.append(SignatureBlock(name, "", "; ".join(w for w in dict.fromkeys(whats) if w.strip()), ""))
    return blocks


SECTIONS = (
    ("about", None),
    ("deadlines", None),
    ("my_situation", "my_situation"),
    ("my_request_for_help", "my_request_for_help"),
    ("life_areas", None),
    ("solutions", "solutions"),
    ("family_wishes", None),
    ("actions", None),
    ("if_it_goes_wrong", None),
    ("from_crisisplan", None),
    ("helpers", None),
    ("signatures", None),
)


def subtitle(plan: CrisisPlan, context: ExportContext) -> str:
    """Under the title: the law, and by when the plan must be ready (the date that matters most)."""
    status = progress(plan.plan_van_aanpak or EigenPlanVanAanpak(), context.today)
    law = pva_text("law", context.language)
    if status is None:
        return law
    plan_step = status.step(Step.PLAN)
    if plan_step.state in (StepState.DONE, StepState.NOT_ALLOWED):
        return law
    return f"{law} · {pva_text('plan_ready', context.language)} " + \
        pva_text("due", context.language, date=_date(plan_step.legal, context.language))


def pva_document(plan: CrisisPlan, context: ExportContext) -> PlanDocument:
    """Every part of the plan with a heading; an empty part says so, so nothing is silently missing."""
    language = context.language
    pva = plan.plan_van_aanpak or EigenPlanVanAanpak()
    builder = _Builder(plan, pva, context)
    name = plan.personal.full_name.strip() or export_text("no_name", language)
    header = " · ".join((name, pva_text("plan_header", language)))
    document = PlanDocument(pva_text("plan_title", language, name=name), name, header, language)
    for key, text_field in SECTIONS:
        blocks = builder.paragraph(getattr(pva, text_field)) if text_field else getattr(builder, key)()
        if not blocks:
            blocks = [Paragraph(export_text("nothing_filled_in", language))]
        title = pva_text(key, language) if key in ("about", "deadlines", "from_crisisplan", "signatures") \
            else field_label(key, language)
        document.sections.append(Section(key, title, tuple(blocks)))
    return document
