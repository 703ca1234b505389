"""What goes on the wallet card: the selection from the plan, before any layout.

Only items whose visibility includes the card, in the person's ``card_order``. No reportlab here:
the editor and tests can ask what the card says without drawing it. Items that are deliberately
not shown (a fourth contact, a contact without a phone number) are returned as notices, so nothing
is silently lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crisiskaart.export.context import ExportContext, NotFitted
from crisiskaart.export.texts import export_text
from crisiskaart.model.base import TextItem
from crisiskaart.model.formatting import format_date
from crisiskaart.model.labels import choice_label
from crisiskaart.model.organisation import NEUTRAL_CARD_TITLE
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.sections import CardSection, Contact, ContactRole

MAX_CONTACTS = 3
EXCERPT_LENGTH = 40


@dataclass(frozen=True)
class CardItem:
    """One statement on the card: an optional bold lead ("Anna Bakker (zus)") and its text."""

    lead: str
    text: str


@dataclass(frozen=True)
class CardBlock:
    section: CardSection
    title: str
    items: tuple[CardItem, ...]


@dataclass(frozen=True)
class Cover:
    title: str
    plea: str
    name: str
    born: str  # "geboren 12 juni 1988", or ""
    version_line: str  # "versie 3 · geldig tot 1 oktober 2027"
    found: str


@dataclass(frozen=True)
class BackPanel:
    qr_payload: str | None
    qr_heading: str
    qr_place: str
    full_plan_intro: str
    full_plan_lines: tuple[str, ...]  # where, phone, organisation


@dataclass
class CardContent:
    cover: Cover
    blocks: list[CardBlock]
    back: BackPanel
    notices: list[NotFitted] = field(default_factory=list)


def excerpt(text: str) -> str:
    """The start of a text, so the person recognises which item a notice is about."""
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1] + "…"


def _join(*parts: str, separator: str = " · ") -> str:
    return separator.join(p.strip() for p in parts if p and p.strip())


def _texts(items: list[TextItem]) -> list[CardItem]:
    return [CardItem("", i.text) for i in items if i.visibility.on_card and i.text.strip()]


def _labelled(lead: str, items: list[TextItem]) -> list[CardItem]:
    return [CardItem(lead, i.text) for i in items if i.visibility.on_card and i.text.strip()]


def _phone(*numbers: str) -> str:
    """Phone numbers with no-break spaces, so a number is never split over two lines."""
    return " / ".join(n.strip().replace(" ", "\u00a0") for n in numbers if n.strip())


def _provider_lead(kind: str, name: str) -> str:
    """ "Huisarts: Dokter Jansen", but not "FACT-team: FACT-team Oost"."""
    return name if name.lower().startswith(kind.lower()) else _join(kind, name, separator=": ")


def _person(name: str, relation: str) -> str:
    return f"{name} ({relation})" if relation.strip() else name


def _contacts(plan: CrisisPlan, language: str, notices: list[NotFitted]) -> list[CardItem]:
    section = CardSection.CONTACTS.value
    shown = [c for c in plan.contacts if c.visibility.on_card and (c.name.strip() or c.phone.strip())]
    callable_ = [c for c in shown if not c.do_not_contact]
    for contact in callable_:
        if not contact.phone.strip():
            notices.append(
                NotFitted(section, excerpt(contact.name), export_text("reason_no_phone", language))
            )
    with_phone = [c for c in callable_ if c.phone.strip()]

    def rank(contact: Contact) -> int:
        if ContactRole.FIRST_CONTACT in contact.roles:
            return 0
        return 1 if ContactRole.CONFIDANT in contact.roles else 2

    chosen = sorted(with_phone, key=rank)[:MAX_CONTACTS]  # sorted() is stable: the person's order
    for contact in with_phone:
        if contact not in chosen:
            notices.append(
                NotFitted(section, excerpt(contact.name), export_text("reason_max_contacts", language))
            )
    items = [
        CardItem(_person(c.name, c.relation), _join(_phone(c.phone, c.phone_alternative), c.note))
        for c in with_phone
        if c in chosen
    ]
    do_not_call = export_text("do_not_call", language)
    items += [
        CardItem(f"{do_not_call}: {_person(c.name, c.relation)}", c.note) for c in shown if c.do_not_contact
    ]
    return items


def _section_items(
    plan: CrisisPlan, section: CardSection, language: str, notices: list[NotFitted]
) -> list[CardItem]:
    if section is CardSection.MY_CRISIS:
        summary = plan.my_crisis
        return (
            [CardItem("", summary.summary)]
            if summary.summary_visibility.on_card and summary.summary.strip()
            else []
        )
    if section is CardSection.WHAT_HELPS:
        personal = plan.personal
        items = []
        if personal.communication_visibility.on_card and personal.language_and_communication.strip():
            items.append(
                CardItem(export_text("language", language) + ":", personal.language_and_communication)
            )
        return items + _texts(plan.what_helps)
    if section is CardSection.WHAT_DOES_NOT_HELP:
        return _texts(plan.what_does_not_help)
    if section is CardSection.FOR_RESPONDERS:
        return _texts(plan.for_responders)
    if section is CardSection.CONTACTS:
        return _contacts(plan, language, notices)
    if section is CardSection.CARE_PROVIDERS:
        return [
            CardItem(
                _provider_lead(choice_label(p.kind, language), p.name),
                _join(p.organisation, _phone(p.phone), p.note),
            )
            for p in plan.care_providers
            if p.visibility.on_card and (p.name.strip() or p.phone.strip())
        ]
    if section is CardSection.HEALTH:
        health = plan.health
        items = _labelled(export_text("allergy", language) + ":", health.allergies)
        items += [
            CardItem(_join(m.name, m.dose, separator=" "), _join(m.timing, m.purpose, m.instructions))
            for m in health.medications
            if m.visibility.on_card and m.name.strip()
        ]
        items += _labelled(export_text("does_not_work", language) + ":", health.does_not_work_for_me)
        items += _texts(health.works_for_me)
        items += _labelled(export_text("physical", language) + ":", health.physical_conditions)
        return items
    if section is CardSection.PRACTICAL:
        return [
            CardItem(choice_label(p.topic, language) + ":", _join(p.what, p.who, _phone(p.phone)))
            for p in plan.practical
            if p.visibility.on_card and (p.what.strip() or p.who.strip())
        ]
    return []


def card_order(plan: CrisisPlan) -> list[CardSection]:
    """The person's order; sections missing from it follow in the default order (never dropped)."""
    order = list(dict.fromkeys(plan.card_order))
    return order + [s for s in CardSection if s not in order]


def _cover(plan: CrisisPlan, context: ExportContext) -> Cover:
    language = context.language
    if context.organisation is not None:
        title = context.organisation.title(language)
    else:
        title = NEUTRAL_CARD_TITLE.get(language, NEUTRAL_CARD_TITLE["nl"])
    personal = plan.personal
    born = (
        f"{export_text('born', language)} {format_date(personal.birth_date, language)}"
        if personal.birth_date
        else ""
    )
    valid = plan.management.valid_until
    valid_text = format_date(valid, language) if valid else export_text("unknown_date", language)
    version = f"{export_text('version', language)} {context.version}" if context.version else ""
    return Cover(
        title=title,
        plea=export_text("plea", language),
        name=personal.full_name.strip() or export_text("no_name", language),
        born=born,
        version_line=_join(version, f"{export_text('valid_until', language)} {valid_text}"),
        found=export_text("found", language),
    )


def _back(plan: CrisisPlan, context: ExportContext) -> BackPanel:
    language = context.language
    management = plan.management
    phone = (
        f"{export_text('phone', language)} {_phone(management.full_plan_phone)}"
        if management.full_plan_phone.strip()
        else ""
    )
    lines = tuple(
        line
        for line in (management.full_plan_available_at.strip(), phone, management.organisation.strip())
        if line
    )
    return BackPanel(
        qr_payload=context.responder_qr,
        qr_heading=export_text("qr_heading", language),
        qr_place=export_text("qr_place", language),
        full_plan_intro=export_text("full_plan", language) if lines else "",
        full_plan_lines=lines,
    )


def card_content(plan: CrisisPlan, context: ExportContext) -> CardContent:
    """The card's words, section by section, in the person's order; empty sections are left out."""
    language = context.language
    notices: list[NotFitted] = []
    blocks = []
    for section in card_order(plan):
        items = _section_items(plan, section, language, notices)
        if items:
            blocks.append(CardBlock(section, choice_label(section, language), tuple(items)))
    return CardContent(_cover(plan, context), blocks, _back(plan, context), notices)


__all__ = ["BackPanel", "CardBlock", "CardContent", "CardItem", "Cover", "card_content"]
