"""The sections of the crisisplan (docs/domain.md §3). Each item carries its own visibility."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from crisiskaart.model.base import (
    MAX_LIST_ITEMS,
    Date,
    ItemId,
    ItemText,
    LongText,
    Model,
    Name,
    Phone,
    ShortText,
    TextItem,
    Visibility,
    items_field,
    new_item_id,
)
from crisiskaart.model.choices import (
    CompulsoryMeasure,
    ContactRole,
    MeasureStance,
    PhaseColour,
    PracticalTopic,
    ProviderKind,
)
from crisiskaart.model.workspace_records import SignaturePng


class Address(Model):
    street: ShortText = ""
    postcode: Name = ""
    city: Name = ""
    visibility: Visibility = Visibility.PLAN


class PersonalData(Model):
    """Persoonlijke gegevens. Deliberately no BSN (citizen service number): the card does not need it."""

    full_name: Name = ""
    preferred_name: Name = ""  # roepnaam: how to address me
    birth_date: Date | None = None
    address: Address = Field(default_factory=Address)
    language_and_communication: ItemText = ""  # e.g. "Ik spreek Nederlands en Turks; ik hoor slecht"
    communication_visibility: Visibility = Visibility.CARD



class CrisisPhase(Model):
    """One phase of how a crisis builds up (groen / oranje / rood)."""

    id: ItemId = Field(default_factory=new_item_id)
    colour: PhaseColour
    description: ItemText = ""  # hoe zie ik eruit, wat merk ik
    what_i_do: ItemText = ""
    what_others_can_do: ItemText = ""


class MyCrisis(Model):
    """Mijn crisis: what a crisis looks like for me, how it builds up, what triggers it."""

    summary: ItemText = ""  # the short description that may go on the card
    summary_visibility: Visibility = Visibility.CARD
    phases: list[CrisisPhase] = Field(default_factory=list, max_length=10)
    triggers: list[TextItem] = items_field()
    earlier_crises: LongText = ""


class Signals(Model):
    """Signalen: what I notice myself and what others notice when a crisis is coming."""

    noticed_by_me: list[TextItem] = items_field()
    noticed_by_others: list[TextItem] = items_field()



class Contact(Model):
    """A person from my network. ``do_not_contact`` marks someone who must NOT be called."""

    id: ItemId = Field(default_factory=new_item_id)
    name: Name = ""
    relation: Name = ""  # e.g. "zus", "buurman"
    phone: Phone = ""
    phone_alternative: Phone = ""
    roles: list[ContactRole] = Field(default_factory=list, max_length=len(ContactRole))
    do_not_contact: bool = False
    note: ItemText = ""  # e.g. "bel haar eerst; zij weet wat ik wil"
    # Who to call is what a responder needs first, so a new contact is in the QR and the viewer
    # too (only contacts with a phone number are: docs/responder-summary.md).
    visibility: Visibility = Visibility.RESPONDERS



class CareProvider(Model):
    """Hulpverlener: a professional or service involved in my care."""

    id: ItemId = Field(default_factory=new_item_id)
    kind: ProviderKind = ProviderKind.OTHER
    name: Name = ""
    organisation: Name = ""
    phone: Phone = ""
    note: ItemText = ""
    visibility: Visibility = Visibility.CARD


class Medication(Model):
    """A medicine I use: name, dose, when, and what to do with it in a crisis."""

    id: ItemId = Field(default_factory=new_item_id)
    name: Name = ""
    dose: Name = ""  # "5 mg"
    timing: ShortText = ""  # "'s avonds voor het slapen"
    purpose: ShortText = ""
    instructions: ItemText = ""  # "neem mee bij opname; niet plotseling stoppen"
    visibility: Visibility = Visibility.CARD


class Health(Model):
    """Medicatie en gezondheid."""

    medications: list[Medication] = Field(default_factory=list, max_length=MAX_LIST_ITEMS)
    works_for_me: list[TextItem] = items_field()  # medicines that work for me
    does_not_work_for_me: list[TextItem] = items_field(Visibility.CARD)
    allergies: list[TextItem] = items_field(Visibility.RESPONDERS)
    physical_conditions: list[TextItem] = items_field(Visibility.CARD)


class Clinic(Model):
    id: ItemId = Field(default_factory=new_item_id)
    name: Name = ""
    reason: ItemText = ""
    visibility: Visibility = Visibility.CARD




class CompulsoryPreference(Model):
    """A preference about a form of compulsory care: "als het moet, dan liever …" (least burdensome)."""

    id: ItemId = Field(default_factory=new_item_id)
    measure: CompulsoryMeasure = CompulsoryMeasure.OTHER
    stance: MeasureStance = MeasureStance.ACCEPTABLE
    explanation: ItemText = ""
    visibility: Visibility = Visibility.PLAN


class TreatmentWishes(Model):
    """Behandelwensen en opname."""

    preferred_clinics: list[Clinic] = Field(default_factory=list, max_length=20)
    refused_clinics: list[Clinic] = Field(default_factory=list, max_length=20)
    wishes: list[TextItem] = items_field()
    compulsory_care: list[CompulsoryPreference] = Field(default_factory=list, max_length=50)



class PracticalMatter(Model):
    """Praktische zaken: who picks up the children, feeds the cat, has the keys."""

    id: ItemId = Field(default_factory=new_item_id)
    topic: PracticalTopic = PracticalTopic.OTHER
    what: ItemText = ""
    who: Name = ""
    phone: Phone = ""
    visibility: Visibility = Visibility.CARD


class Diagnosis(Model):
    """Optional and sensitive: stays off the card and the QR unless the person explicitly chooses."""

    text: ItemText = ""
    visibility: Visibility = Visibility.PLAN


class SignOff(Model):
    """Agreement and sign-off of one named person or professional (docs/domain.md §3, Ondertekening).

    Everyone named in the plan must agree to be named and signs what they will do.
    """

    id: ItemId = Field(default_factory=new_item_id)
    name: Name = ""
    role: Name = ""  # "zus", "huisarts", "ikzelf"
    agreed_to: ItemText = ""  # what they will do
    consent_to_be_named: bool = False
    signed_on: Date | None = None
    person_id: Annotated[str, Field(max_length=40)] = ""  # id of the Contact or CareProvider, if any
    signature_png: SignaturePng = ""  # drawn signature for the PDF signature block (base64 PNG)


class Management(Model):
    """Beheer: dates and who can give the full plan."""

    drawn_up_on: Date | None = None  # opgesteld op
    last_reviewed_on: Date | None = None
    signed_on: Date | None = None  # ondertekend op (by the person)
    valid_until: Date | None = None  # geldig tot
    consultant: Name = ""  # consulent / ondersteuner
    organisation: Name = ""
    full_plan_available_at: ShortText = ""  # where the full plan can be requested 24/7
    full_plan_phone: Phone = ""


class CardSection(StrEnum):
    """The inside panels of the wallet card, in default order."""

    MY_CRISIS = "my_crisis"
    WHAT_HELPS = "what_helps"
    WHAT_DOES_NOT_HELP = "what_does_not_help"
    FOR_RESPONDERS = "for_responders"
    CONTACTS = "contacts"
    CARE_PROVIDERS = "care_providers"
    HEALTH = "health"
    PRACTICAL = "practical"


DEFAULT_CARD_ORDER: tuple[CardSection, ...] = tuple(CardSection)


def default_card_order() -> list[CardSection]:
    return list(DEFAULT_CARD_ORDER)


__all__ = [
    "Address",
    "CardSection",
    "CareProvider",
    "Clinic",
    "CompulsoryMeasure",
    "CompulsoryPreference",
    "Contact",
    "ContactRole",
    "CrisisPhase",
    "Diagnosis",
    "Health",
    "Management",
    "MeasureStance",
    "Medication",
    "MyCrisis",
    "PersonalData",
    "PhaseColour",
    "PracticalMatter",
    "PracticalTopic",
    "ProviderKind",
    "SignOff",
    "Signals",
    "TextItem",
    "TreatmentWishes",
    "default_card_order",
]
