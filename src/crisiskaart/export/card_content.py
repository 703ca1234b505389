"""What goes on the wallet card: the selection from the plan, before any layout.

Every item whose visibility includes the card is on it: in its own section's panel, or — for the
sections that have no panel of their own (signals, triggers, self-help, treatment wishes, clinics,
compulsory care, diagnosis) — in a short "Ook belangrijk" panel at the end. "Voor hulpdiensten"
and "Wie bellen" come first, whatever ``card_order`` says: a responder opens the card and finds
them on the front side (docs/export-wallet-card.md). No reportlab here: the editor and tests can
ask what the card says without drawing it. Items that are deliberately not shown (a fourth
contact, a contact without a phone number) are returned as notices, so nothing is silently lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crisiskaart.export.context import ExportContext, NotFitted
from crisiskaart.export.texts import export_text
from crisiskaart.model.base import TextItem
from crisiskaart.model.formatting import format_date
from crisiskaart.model.labels import choice_label, field_label
from crisiskaart.model.organisation import neutral_card_title
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.sections import CardSection, Clinic, Contact, ContactRole

MAX_CONTACTS = 3
EXCERPT_LENGTH = 40
ALSO_IMPORTANT = "also_important"  # the block for marked items of sections without a panel
FRONT_SECTIONS = (CardSection.FOR_RESPONDERS, CardSection.CONTACTS)  # first inside, on side A
SHORT_DOSE = 24  # a dose up to this length never breaks over two lines ("2 x 500 mg")


@dataclass(frozen=True)
class CardItem:
    """One statement on the card: an optional bold lead ("Anna Bakker (zus)") and its text.

    ``name`` is how a notice names the item when the lead and text start with fixed words
    ("Verplichte zorg: Insluiten: …"); by default the notice quotes the start of lead and text.
    """

    lead: str
    text: str
    name: str = ""


@dataclass(frozen=True)
class CardBlock:
    """One section on the card. ``section`` is a ``CardSection`` value or ``ALSO_IMPORTANT``;
    ``front`` asks the layout to keep the whole block on side A (the responder's first look)."""

    section: str
    title: str
    items: tuple[CardItem, ...]
    front: bool = False


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


def _dose(dose: str) -> str:
    """A short dose with no-break spaces: "2 x 500 mg" stays on one line."""
    dose = " ".join(dose.split())
    return dose.replace(" ", "\u00a0") if len(dose) <= SHORT_DOSE else dose


def _provider_lead(kind: str, name: str) -> str:
    """ "Huisarts: Dokter Jansen", but not "FACT-team: FACT-team Oost" (nor "FACT team: FACT-team …")."""

    def plain(text: str) -> str:
        return "".join(char for char in text.lower() if char.isalnum())

    return name if plain(name).startswith(plain(kind)) else _join(kind, name, separator=": ")


def _person(name: str, relation: str) -> str:
    return f"{name} ({relation})" if relation.strip() else name


def _contacts(plan: CrisisPlan, language: str, notices: list[NotFitted]) -> list[CardItem]:
    section = CardSection.CONTACTS.value
    shown = [c for c in plan.contacts if c.visibility.on_card and _any(c.name, c.phone, c.phone_alternative)]
    callable_ = [c for c in shown if not c.do_not_contact]
    for contact in callable_:
        if not _any(contact.phone, contact.phone_alternative):
            notices.append(
                NotFitted(section, excerpt(contact.name), export_text("reason_no_phone", language))
            )
    with_phone = [c for c in callable_ if _any(c.phone, c.phone_alternative)]

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
        # Everything marked is printed: a provider with only an organisation or a note too.
        return [
            CardItem(
                _provider_lead(choice_label(p.kind, language), p.name),
                _join(p.organisation, _phone(p.phone), p.note),
            )
            for p in plan.care_providers
            if p.visibility.on_card and _any(p.name, p.organisation, p.phone, p.note)
        ]
    if section is CardSection.HEALTH:
        health = plan.health
        items = _labelled(export_text("allergy", language) + ":", health.allergies)
        items += [
            CardItem(_join(m.name, _dose(m.dose), separator=" "), _join(m.timing, m.purpose, m.instructions))
            for m in health.medications
            if m.visibility.on_card and _any(m.name, m.dose, m.timing, m.purpose, m.instructions)
        ]
        items += _labelled(export_text("does_not_work", language) + ":", health.does_not_work_for_me)
        items += _labelled(export_text("works_well", language) + ":", health.works_for_me)
        items += _labelled(export_text("physical", language) + ":", health.physical_conditions)
        return items
    if section is CardSection.PRACTICAL:
        return [
            CardItem(choice_label(p.topic, language) + ":", _join(p.what, p.who, _phone(p.phone)))
            for p in plan.practical
            if p.visibility.on_card and _any(p.what, p.who, p.phone)
        ]
    return []


def _any(*texts: str) -> bool:
    return any(text.strip() for text in texts)


def _clinics(lead: str, clinics: list[Clinic]) -> list[CardItem]:
    return [
        CardItem(lead, _join(c.name, c.reason))
        for c in clinics
        if c.visibility.on_card and _any(c.name, c.reason)
    ]


def _also_important(plan: CrisisPlan, language: str) -> list[CardItem]:
    """Marked items of the sections that have no panel of their own, most useful to a responder first.

    Each starts with a short bold lead that names its section ("Niet naar:", "Ik merk:"), so a
    stranger reads what the line is about.
    """

    def lead(key: str) -> str:
        return export_text(key, language) + ":"

    treatment = plan.treatment
    items = _clinics(lead("also_refused_clinic"), treatment.refused_clinics)
    items += _clinics(lead("also_preferred_clinic"), treatment.preferred_clinics)
    items += [
        CardItem(
            lead("also_compulsory_care"),
            _join(f"{choice_label(p.measure, language)}: {choice_label(p.stance, language).lower()}",
                  p.explanation),
            p.explanation.strip() or choice_label(p.measure, language),
        )
        for p in treatment.compulsory_care
        if p.visibility.on_card
    ]
    items += _labelled(lead("also_wish"), treatment.wishes)
    items += _labelled(lead("also_noticed_by_others"), plan.signals.noticed_by_others)
    items += _labelled(lead("also_noticed_by_me"), plan.signals.noticed_by_me)
    items += _labelled(lead("also_trigger"), plan.my_crisis.triggers)
    items += _labelled(lead("also_self_help"), plan.self_help)
    diagnosis = plan.diagnosis
    if diagnosis.visibility.on_card and diagnosis.text.strip():  # only when the person chose it
        items.append(CardItem(lead("also_diagnosis"), diagnosis.text))
    return items


def card_order(plan: CrisisPlan) -> list[CardSection]:
    """"Voor hulpdiensten" and "Wie bellen" first, then the person's order of the other sections;
    sections missing from it follow in the default order (never dropped)."""
    order = list(dict.fromkeys([*FRONT_SECTIONS, *plan.card_order]))
    return order + [s for s in CardSection if s not in order]


def _cover(plan: CrisisPlan, context: ExportContext) -> Cover:
    language = context.language
    if context.organisation is not None:
        title = context.organisation.title(language)
    else:
        title = neutral_card_title(language)
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
            front = section is CardSection.CONTACTS
            blocks.append(CardBlock(section, choice_label(section, language), tuple(items), front))
    also = _also_important(plan, language)
    if also:
        blocks.append(CardBlock(ALSO_IMPORTANT, field_label(ALSO_IMPORTANT, language), tuple(also)))
    return CardContent(_cover(plan, context), blocks, _back(plan, context), notices)


__all__ = [
    "ALSO_IMPORTANT", "BackPanel", "CardBlock", "CardContent", "CardItem", "Cover", "card_content",
]
