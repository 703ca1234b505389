# ruff: noqa: E501 -- a data file of whole sentences; wrapping them would hurt translators
"""What the editor asks, section by section: fields, guided questions, explanations and examples.

Pure data. The texts are English sources marked for Qt Linguist (``QT_TRANSLATE_NOOP``) and are
translated when shown; the Dutch wording is B1, like a conversation with a consulent. Field
*labels* come from the model's nl/en catalogue (``crisiskaart.model.labels``), shared with the
exports and the validation messages, so a field has one name everywhere.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, TypedDict, Unpack

from crisiskaart.model.choices import (
    CompulsoryMeasure,
    ContactRole,
    MeasureStance,
    PhaseColour,
    PracticalTopic,
    ProviderKind,
    Visibility,
)
from crisiskaart.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from crisiskaart.model.base import Model

CONTEXT = "Guide"


class Kind(Enum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # several lines
    PHONE = "phone"
    DATE = "date"
    CHOICE = "choice"  # one of an enum
    MULTI_CHOICE = "multi_choice"  # a set of an enum
    FLAG = "flag"  # yes / no
    VISIBILITY = "visibility"  # who may see a single text
    ITEMS = "items"  # list of TextItem, each with its visibility
    RECORDS = "records"  # list of structured records


@dataclass(frozen=True)
class RecordSpec:
    """How one kind of list item is edited: its class, its fields, and the field that names it.

    ``model`` is the item's class, or its place ``"module.Class"`` under ``crisiskaart.model``,
    loaded when an item is made: the sections' specs load without pydantic, for the first page
    drawn from a card's JSON (``early_page.py``)."""

    model: type[Model] | str
    fields: tuple[FieldSpec, ...]
    title_field: str
    add_label: str  # translatable: "Add a contact person"
    default_visibility: Visibility = Visibility.CARD

    @property
    def class_name(self) -> str:
        return self.model.rpartition(".")[2] if isinstance(self.model, str) else self.model.__name__

    def model_class(self) -> type[Model]:
        if isinstance(self.model, str):
            module, _dot, name = self.model.rpartition(".")
            return getattr(importlib.import_module("crisiskaart.model." + module), name)
        return self.model


@dataclass(frozen=True)
class FieldSpec:
    path: tuple[str, ...]  # attribute path inside the plan (or inside a record)
    kind: Kind
    question: str = ""  # guided mode; "" = only in the overview
    explanation: str = ""
    examples: tuple[str, ...] = ()
    choices: type[StrEnum] | None = None
    record: RecordSpec | None = None
    visibility_path: tuple[str, ...] | None = None  # VISIBILITY of a single text, shown beside it
    item_visibility: Visibility = Visibility.PLAN  # default for new items of an ITEMS list
    counts_for_complete: bool = False
    label_owner: str | None = None  # class name, for labels that differ per class

    @property
    def name(self) -> str:
        return self.path[-1]


@dataclass(frozen=True)
class SectionSpec:
    key: str  # the CrisisPlan attribute; also the label key
    fields: tuple[FieldSpec, ...]
    intro: str = ""
    optional_document: bool = False  # e.g. plan_van_aanpak: created on first use

    def complete_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.counts_for_complete)


class _Options(TypedDict, total=False):
    """The optional settings of a FieldSpec that ``F`` and ``R`` pass on by name."""

    choices: type[StrEnum] | None
    record: RecordSpec | None
    visibility_path: tuple[str, ...] | None
    item_visibility: Visibility
    counts_for_complete: bool
    label_owner: str | None


class _RecordOptions(_Options, total=False):
    """``R`` names every setting; ``F`` takes these three by position."""

    question: str
    explanation: str
    examples: tuple[str, ...]


def F(path: str, kind: Kind, question: str = "", explanation: str = "", examples: tuple[str, ...] = (),
      **options: Unpack[_Options]) -> FieldSpec:
    return FieldSpec(tuple(path.split(".")), kind, question, explanation, examples, **options)


def R(name: str, kind: Kind = Kind.TEXT, **options: Unpack[_RecordOptions]) -> FieldSpec:
    return FieldSpec((name,), kind, **options)


TEXT_ITEM = RecordSpec("base.TextItem", (R("text", Kind.LONG_TEXT),), "text",
                       QT_TRANSLATE_NOOP("Guide", "Add a line"), Visibility.PLAN)

CONTACT = RecordSpec(
    "sections.Contact",
    (R("name"), R("relation"), R("phone", Kind.PHONE), R("phone_alternative", Kind.PHONE),
     R("roles", Kind.MULTI_CHOICE, choices=ContactRole), R("note", Kind.LONG_TEXT),
     R("do_not_contact", Kind.FLAG)),
    "name", QT_TRANSLATE_NOOP("Guide", "Add a contact person"), Visibility.RESPONDERS)
CARE_PROVIDER = RecordSpec(
    "sections.CareProvider",
    (R("kind", Kind.CHOICE, choices=ProviderKind), R("name"), R("organisation"), R("phone", Kind.PHONE),
     R("note", Kind.LONG_TEXT)),
    "name", QT_TRANSLATE_NOOP("Guide", "Add a care provider"))
MEDICATION = RecordSpec(
    "sections.Medication",
    (R("name"), R("dose"), R("timing"), R("purpose"), R("instructions", Kind.LONG_TEXT)),
    "name", QT_TRANSLATE_NOOP("Guide", "Add a medicine"))
PHASE = RecordSpec(
    "sections.CrisisPhase",
    (R("colour", Kind.CHOICE, choices=PhaseColour), R("description", Kind.LONG_TEXT),
     R("what_i_do", Kind.LONG_TEXT), R("what_others_can_do", Kind.LONG_TEXT)),
    "description", QT_TRANSLATE_NOOP("Guide", "Add a phase"), Visibility.PLAN)
CLINIC = RecordSpec("sections.Clinic", (R("name"), R("reason", Kind.LONG_TEXT)), "name",
                    QT_TRANSLATE_NOOP("Guide", "Add a clinic"))
COMPULSORY = RecordSpec(
    "sections.CompulsoryPreference",
    (R("measure", Kind.CHOICE, choices=CompulsoryMeasure), R("stance", Kind.CHOICE, choices=MeasureStance),
     R("explanation", Kind.LONG_TEXT)),
    "explanation", QT_TRANSLATE_NOOP("Guide", "Add a preference"), Visibility.PLAN)
PRACTICAL = RecordSpec(
    "sections.PracticalMatter",
    (R("topic", Kind.CHOICE, choices=PracticalTopic), R("what", Kind.LONG_TEXT), R("who"),
     R("phone", Kind.PHONE)),
    "what", QT_TRANSLATE_NOOP("Guide", "Add a practical matter"))
SIGN_OFF = RecordSpec(
    "sections.SignOff",
    (R("name"), R("role"), R("agreed_to", Kind.LONG_TEXT), R("consent_to_be_named", Kind.FLAG),
     R("signed_on", Kind.DATE)),
    "name", QT_TRANSLATE_NOOP("Guide", "Add a person who signs"), Visibility.PLAN)


def items(path: str, question: str, explanation: str, examples: tuple[str, ...],
          visibility: Visibility = Visibility.PLAN, complete: bool = False) -> FieldSpec:
    return F(path, Kind.ITEMS, question, explanation, examples, record=TEXT_ITEM,
             item_visibility=visibility, counts_for_complete=complete)


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("personal", (
        F("personal.full_name", Kind.TEXT,
          QT_TRANSLATE_NOOP("Guide", "What is your name?"),
          QT_TRANSLATE_NOOP("Guide", "Your full name, as it is on your ID. It goes on the front of the card."),
          (QT_TRANSLATE_NOOP("Guide", "Noor Bakker"), QT_TRANSLATE_NOOP("Guide", "Mehmet Yılmaz")),
          counts_for_complete=True),
        F("personal.preferred_name", Kind.TEXT,
          QT_TRANSLATE_NOOP("Guide", "What do you like to be called?"),
          QT_TRANSLATE_NOOP("Guide", "The name people should use when they talk to you."),
          (QT_TRANSLATE_NOOP("Guide", "Noor"), QT_TRANSLATE_NOOP("Guide", "Mem"))),
        F("personal.birth_date", Kind.DATE,
          QT_TRANSLATE_NOOP("Guide", "What is your date of birth?"),
          QT_TRANSLATE_NOOP("Guide", "Responders use it to be sure the card is yours. Write it as day-month-year."),
          (QT_TRANSLATE_NOOP("Guide", "14-03-1990"),), counts_for_complete=True),
        F("personal.address.street", Kind.TEXT),
        F("personal.address.postcode", Kind.TEXT),
        F("personal.address.city", Kind.TEXT),
        F("personal.language_and_communication", Kind.LONG_TEXT,
          QT_TRANSLATE_NOOP("Guide", "Is there anything about language or talking that others should know?"),
          QT_TRANSLATE_NOOP("Guide", "For example which language you speak, or how people can best talk with you."),
          (QT_TRANSLATE_NOOP("Guide", "I speak Dutch and Turkish."),
           QT_TRANSLATE_NOOP("Guide", "I hear badly on my left side. Talk to me from the right.")),
          visibility_path=("personal", "communication_visibility")),
    )),
    SectionSpec("my_crisis", (
        F("my_crisis.summary", Kind.LONG_TEXT,
          QT_TRANSLATE_NOOP("Guide", "What does a crisis look like for you, in a few sentences?"),
          QT_TRANSLATE_NOOP("Guide", "Write what others see when it goes wrong. Keep it short: this can go on the card."),
          (QT_TRANSLATE_NOOP("Guide", "I stop talking and stare ahead. I may walk away without saying where."),
           QT_TRANSLATE_NOOP("Guide", "I hear voices and get very scared. I may not understand what you say.")),
          visibility_path=("my_crisis", "summary_visibility"), counts_for_complete=True),
        F("my_crisis.phases", Kind.RECORDS,
          QT_TRANSLATE_NOOP("Guide", "How does a crisis build up for you?"),
          QT_TRANSLATE_NOOP("Guide", "Many people describe phases: green (going well), orange (it is starting) and red (crisis)."),
          (QT_TRANSLATE_NOOP("Guide", "Orange: I sleep badly and stay in my room."),
           QT_TRANSLATE_NOOP("Guide", "Red: I no longer eat and I do not answer the phone.")),
          record=PHASE),
        items("my_crisis.triggers",
              QT_TRANSLATE_NOOP("Guide", "What can set off a crisis?"),
              QT_TRANSLATE_NOOP("Guide", "Situations or events that make it more likely that things go wrong."),
              (QT_TRANSLATE_NOOP("Guide", "Too little sleep"),
               QT_TRANSLATE_NOOP("Guide", "Conflict at home"),
               QT_TRANSLATE_NOOP("Guide", "Stopping my medication"))),
        F("my_crisis.earlier_crises", Kind.LONG_TEXT,
          QT_TRANSLATE_NOOP("Guide", "What happened in earlier crises?"),
          QT_TRANSLATE_NOOP("Guide", "What went well and what did not. This stays in the plan."),
          (QT_TRANSLATE_NOOP("Guide", "In 2023 I was admitted. Being picked up by my sister helped a lot."),)),
    )),
    SectionSpec("signals", (
        items("signals.noticed_by_me",
              QT_TRANSLATE_NOOP("Guide", "What do you notice yourself when a crisis is coming?"),
              QT_TRANSLATE_NOOP("Guide", "Early signs you feel or notice in yourself."),
              (QT_TRANSLATE_NOOP("Guide", "I cannot sleep"), QT_TRANSLATE_NOOP("Guide", "My thoughts race")),
              complete=True),
        items("signals.noticed_by_others",
              QT_TRANSLATE_NOOP("Guide", "What do others notice?"),
              QT_TRANSLATE_NOOP("Guide", "Signs that people around you see, sometimes before you do."),
              (QT_TRANSLATE_NOOP("Guide", "I talk very fast"), QT_TRANSLATE_NOOP("Guide", "I do not open the door"))),
    )),
    SectionSpec("self_help", (
        items("self_help",
              QT_TRANSLATE_NOOP("Guide", "What can you do yourself when you notice these signs?"),
              QT_TRANSLATE_NOOP("Guide", "Things that help you to stay calm or to ask for help in time."),
              (QT_TRANSLATE_NOOP("Guide", "Go for a walk with my dog"),
               QT_TRANSLATE_NOOP("Guide", "Call my sister"),
               QT_TRANSLATE_NOOP("Guide", "Take my extra medicine as agreed")),
              complete=True),
    )),
    SectionSpec("what_helps", (
        items("what_helps",
              QT_TRANSLATE_NOOP("Guide", "What helps you in a crisis? How should people approach you?"),
              QT_TRANSLATE_NOOP("Guide", "Tell others what they can do. This is the most important part of the card."),
              (QT_TRANSLATE_NOOP("Guide", "Keep talking to me calmly"),
               QT_TRANSLATE_NOOP("Guide", "Give me space and time"),
               QT_TRANSLATE_NOOP("Guide", "Call my sister Anna")),
              Visibility.RESPONDERS, complete=True),
    )),
    SectionSpec("what_does_not_help", (
        items("what_does_not_help",
              QT_TRANSLATE_NOOP("Guide", "What does not help? What should people not do?"),
              QT_TRANSLATE_NOOP("Guide", "Things that make it worse, so that others can avoid them."),
              (QT_TRANSLATE_NOOP("Guide", "Do not touch me without asking"),
               QT_TRANSLATE_NOOP("Guide", "No sirens or flashing lights if possible")),
              Visibility.RESPONDERS, complete=True),
    )),
    SectionSpec("for_responders", (
        items("for_responders",
              QT_TRANSLATE_NOOP("Guide", "What should police or ambulance staff know?"),
              QT_TRANSLATE_NOOP("Guide", "Short, practical notes for emergency services."),
              (QT_TRANSLATE_NOOP("Guide", "I am not aggressive, I am scared"),
               QT_TRANSLATE_NOOP("Guide", "I may not answer; that does not mean I am ignoring you")),
              Visibility.RESPONDERS, complete=True),
    )),
    SectionSpec("contacts", (
        F("contacts", Kind.RECORDS,
          QT_TRANSLATE_NOOP("Guide", "Who may be called when you are in a crisis?"),
          QT_TRANSLATE_NOOP("Guide", "Write name, relation and phone number. At most three go on the card. You can also name someone who must not be called."),
          (QT_TRANSLATE_NOOP("Guide", "Anna Bakker, sister, 06 1234 5678"),
           QT_TRANSLATE_NOOP("Guide", "Karel, neighbour, has a key")),
          record=CONTACT, counts_for_complete=True),
    )),
    SectionSpec("care_providers", (
        F("care_providers", Kind.RECORDS,
          QT_TRANSLATE_NOOP("Guide", "Which care providers are involved?"),
          QT_TRANSLATE_NOOP("Guide", "For example your GP, your practitioner or FACT team, the crisis service, a financial administrator or patient advocate."),
          (QT_TRANSLATE_NOOP("Guide", "GP: dr. Jansen, 020 123 4567"),
           QT_TRANSLATE_NOOP("Guide", "FACT team Noord, 020 765 4321")),
          record=CARE_PROVIDER, counts_for_complete=True),
    )),
    SectionSpec("health", (
        F("health.medications", Kind.RECORDS,
          QT_TRANSLATE_NOOP("Guide", "Which medicines do you use?"),
          QT_TRANSLATE_NOOP("Guide", "Name, dose and when you take it. Also what others should do with it in a crisis."),
          (QT_TRANSLATE_NOOP("Guide", "Quetiapine 50 mg, in the evening"),
           QT_TRANSLATE_NOOP("Guide", "Take it with me if I am admitted")),
          record=MEDICATION, counts_for_complete=True),
        items("health.allergies",
              QT_TRANSLATE_NOOP("Guide", "Are you allergic to anything?"),
              QT_TRANSLATE_NOOP("Guide", "Allergies to medicines or food. Responders need to know this."),
              (QT_TRANSLATE_NOOP("Guide", "Penicillin"), QT_TRANSLATE_NOOP("Guide", "Peanuts")),
              Visibility.RESPONDERS),
        items("health.works_for_me",
              QT_TRANSLATE_NOOP("Guide", "Which medicines work well for you?"),
              QT_TRANSLATE_NOOP("Guide", "From experience: what helps you in a crisis."),
              (QT_TRANSLATE_NOOP("Guide", "Lorazepam helps me to calm down"),)),
        items("health.does_not_work_for_me",
              QT_TRANSLATE_NOOP("Guide", "Which medicines do not work for you, or give bad side effects?"),
              QT_TRANSLATE_NOOP("Guide", "So that nobody gives them to you again without good reason."),
              (QT_TRANSLATE_NOOP("Guide", "Haloperidol: I get very stiff"),), Visibility.CARD),
        items("health.physical_conditions",
              QT_TRANSLATE_NOOP("Guide", "Do you have physical conditions others should know about?"),
              QT_TRANSLATE_NOOP("Guide", "For example diabetes, epilepsy or a heart condition."),
              (QT_TRANSLATE_NOOP("Guide", "Diabetes type 1"), QT_TRANSLATE_NOOP("Guide", "Asthma")),
              Visibility.CARD),
    )),
    SectionSpec("treatment", (
        F("treatment.preferred_clinics", Kind.RECORDS,
          QT_TRANSLATE_NOOP("Guide", "If you have to be admitted: where would you prefer to go?"),
          QT_TRANSLATE_NOOP("Guide", "A clinic or ward, and why."),
          (QT_TRANSLATE_NOOP("Guide", "Clinic De Linde, because I know the staff"),), record=CLINIC),
        F("treatment.refused_clinics", Kind.RECORDS,
          QT_TRANSLATE_NOOP("Guide", "Is there a place where you do not want to go?"),
          QT_TRANSLATE_NOOP("Guide", "And why, so others understand."),
          (QT_TRANSLATE_NOOP("Guide", "Not to ward 3, I had a bad experience there"),), record=CLINIC),
        items("treatment.wishes",
              QT_TRANSLATE_NOOP("Guide", "What are your wishes about treatment?"),
              QT_TRANSLATE_NOOP("Guide", "What you want or do not want when you are treated."),
              (QT_TRANSLATE_NOOP("Guide", "Talk with me before changing my medication"),
               QT_TRANSLATE_NOOP("Guide", "Let my sister visit me"))),
        F("treatment.compulsory_care", Kind.RECORDS,
          QT_TRANSLATE_NOOP("Guide", "If compulsory care is needed: what is least bad for you?"),
          QT_TRANSLATE_NOOP("Guide", "Under the Wvggz, care providers must take your preferences into account."),
          (QT_TRANSLATE_NOOP("Guide", "Rather medication than seclusion"),), record=COMPULSORY),
    )),
    SectionSpec("practical", (
        F("practical", Kind.RECORDS,
          QT_TRANSLATE_NOOP("Guide", "What needs to be arranged if you cannot be at home?"),
          QT_TRANSLATE_NOOP("Guide", "Children, pets, plants, post, keys, rent or work: what, and who takes care of it."),
          (QT_TRANSLATE_NOOP("Guide", "My neighbour Karel feeds the cat"),
           QT_TRANSLATE_NOOP("Guide", "My mother picks up the children from school")),
          record=PRACTICAL, counts_for_complete=True),
    )),
    SectionSpec("diagnosis", (
        F("diagnosis.text", Kind.LONG_TEXT,
          QT_TRANSLATE_NOOP("Guide", "Do you want to write down a diagnosis?"),
          QT_TRANSLATE_NOOP("Guide", "This is optional. It stays in the plan only, unless you choose otherwise."),
          (QT_TRANSLATE_NOOP("Guide", "Bipolar disorder"),),
          visibility_path=("diagnosis", "visibility"), label_owner="Diagnosis"),
    )),
    SectionSpec("sign_offs", (
        F("sign_offs", Kind.RECORDS,
          QT_TRANSLATE_NOOP("Guide", "Who signs the plan, and what do they agree to do?"),
          QT_TRANSLATE_NOOP("Guide", "Everyone named in the plan must agree to be named. You sign too."),
          (QT_TRANSLATE_NOOP("Guide", "Anna Bakker, sister: picks up the children"),
           QT_TRANSLATE_NOOP("Guide", "Me: I keep this plan up to date")),
          record=SIGN_OFF, counts_for_complete=True),
    )),
    SectionSpec("management", (
        F("management.drawn_up_on", Kind.DATE,
          QT_TRANSLATE_NOOP("Guide", "On which date was this plan drawn up?"),
          QT_TRANSLATE_NOOP("Guide", "Write it as day-month-year."), (QT_TRANSLATE_NOOP("Guide", "25-11-2026"),),
          counts_for_complete=True),
        F("management.last_reviewed_on", Kind.DATE),
        F("management.signed_on", Kind.DATE,
          QT_TRANSLATE_NOOP("Guide", "On which date did you sign the plan?"),
          QT_TRANSLATE_NOOP("Guide", "The card is valid from this date. It says CONCEPT until your "
                                     "ondersteuner has recorded the signatures (Card › Versions)."), ()),
        F("management.valid_until", Kind.DATE,
          QT_TRANSLATE_NOOP("Guide", "Until when is the card valid?"),
          QT_TRANSLATE_NOOP("Guide", "Usually one year after signing. Responders trust a card for at most 1.5 years."),
          (), counts_for_complete=True),
        F("management.consultant", Kind.TEXT),
        F("management.organisation", Kind.TEXT),
        F("management.full_plan_available_at", Kind.TEXT,
          QT_TRANSLATE_NOOP("Guide", "Where can responders ask for the full plan, day and night?"),
          QT_TRANSLATE_NOOP("Guide", "A service or person who can be reached 24 hours a day."),
          (QT_TRANSLATE_NOOP("Guide", "Crisis service Amsterdam"),), counts_for_complete=True),
        F("management.full_plan_phone", Kind.PHONE,
          QT_TRANSLATE_NOOP("Guide", "On which number can they ask for it, day and night?"),
          QT_TRANSLATE_NOOP("Guide", "This is the number a responder calls for the full plan."),
          (QT_TRANSLATE_NOOP("Guide", "020 000 5678"),)),
    )),
)

# The pages other documents add after the sections, by key (the eigen plan van aanpak and the
# zelfbinding worksheet, ``ui/pva``): the card's first page, drawn before they load, lists them too.
PAGES_AFTER_SECTIONS = ("plan_van_aanpak", "zelfbinding")

SECTION_BY_KEY: dict[str, SectionSpec] = {s.key: s for s in SECTIONS}


def guided_questions(sections: tuple[SectionSpec, ...] = SECTIONS) -> list[tuple[SectionSpec, FieldSpec]]:
    """The questions of "Stap voor stap", in order: every field that has a question."""
    return [(section, spec) for section in sections for spec in section.fields if spec.question]


