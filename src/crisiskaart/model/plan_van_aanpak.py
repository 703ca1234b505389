"""The Wvggz eigen plan van aanpak (docs/plan-van-aanpak.md): what one writes to avoid compulsory care."""

from __future__ import annotations

from enum import StrEnum

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
    new_item_id,
)
from crisiskaart.model.deadlines import DayCounting


class PermissionDecision(StrEnum):
    """The geneesheer-directeur's decision whether the person may write the plan (within 2 days)."""

    PENDING = "pending"
    GRANTED = "granted"
    REFUSED = "refused"


class Addressee(Model):
    """The geneesheer-directeur the letter goes to."""

    name: Name = ""
    institution: Name = ""
    address: ShortText = ""  # post address; a comma starts a new line in the letter
    email: Name = ""


class LetterSender(Model):
    """How the geneesheer-directeur reaches the person about the letter, beside the home address.

    Name and address come from ``PersonalData``; a person who is admitted writes where post
    reaches them now (the ward) in ``postal_address``, which then replaces the home address.
    """

    postal_address: ShortText = ""
    phone: Phone = ""
    email: Name = ""


class LifeAreaKind(StrEnum):
    HOUSING = "housing"  # wonen
    FINANCES = "finances"  # financiën
    DAYTIME_ACTIVITIES = "daytime_activities"  # dagbesteding / werk
    SOCIAL_CONTACTS = "social_contacts"  # sociale contacten
    HEALTH = "health"  # gezondheid
    OTHER = "other"


class LifeArea(Model):
    """A life area where I need support, and what I need."""

    id: ItemId = Field(default_factory=new_item_id)
    area: LifeAreaKind = LifeAreaKind.OTHER
    situation: ItemText = ""
    support_needed: ItemText = ""


class FamilyWish(Model):
    """A wish of family or naasten, in their words."""

    id: ItemId = Field(default_factory=new_item_id)
    who: Name = ""
    wish: ItemText = ""


class ActionTopic(StrEnum):
    BEHAVIOUR = "behaviour"
    MEDICATION = "medication"
    TREATMENT = "treatment"
    DAYTIME_ACTIVITIES = "daytime_activities"
    SAFETY = "safety"


class PlannedAction(Model):
    """A concrete agreement: what, who, when (the heart of the plan)."""

    id: ItemId = Field(default_factory=new_item_id)
    topic: ActionTopic = ActionTopic.BEHAVIOUR
    what: ItemText = ""
    who: Name = ""
    when: ShortText = ""
    # Feasibility: the people named in "who" have said yes to doing this. Defaults to not yet,
    # so an agreement from an older file shows as still open (export/pva_agreements.py).
    agreed: bool = False
    agreed_on: Date | None = None


class Helper(Model):
    """Someone who helped write the plan (family, naaste, ondersteuner); may sign it."""

    id: ItemId = Field(default_factory=new_item_id)
    name: Name = ""
    relation: Name = ""
    agrees_to: ItemText = ""
    signed_on: Date | None = None


class CourtRequest(StrEnum):
    """What the person asks the court at the hearing about the zorgmachtiging (plan voor de zitting)."""

    NO_AUTHORISATION = "no_authorisation"  # geen zorgmachtiging: dit plan is genoeg
    SHORTER_AUTHORISATION = "shorter_authorisation"  # als het toch moet: zo kort mogelijk
    FEWER_MEASURES = "fewer_measures"  # als het toch moet: alleen de verplichte zorg die echt nodig is
    MY_PREFERENCES = "my_preferences"  # rekening houden met mijn voorkeuren (zorgkaart)


class HearingRoute(Model):
    """The plan brought to the court hearing (zitting) when the 14-day route was missed or refused.

    The same plan of action, with a cover for the rechter: when and where the hearing is, who
    the lawyer is, and what the person asks the court (docs/plan-van-aanpak.md).
    """

    court: Name = ""  # rechtbank
    judge: Name = ""  # rechter, when known
    hearing_on: Date | None = None
    hearing_time: Name = ""  # "10.30 uur"
    location: ShortText = ""  # the court, or the clinic or home where the judge comes
    case_number: Name = ""  # zaaknummer, from the letter of the court
    lawyer: Name = ""  # advocaat
    lawyer_phone: Phone = ""
    requests: list[CourtRequest] = Field(default_factory=list, max_length=len(CourtRequest))
    request_to_court: LongText = ""  # in the person's own words
    why_now: LongText = ""  # why the plan comes only now (told too late, no time, refused)


class EigenPlanVanAanpak(Model):
    """The eigen plan van aanpak; its deadlines are computed from ``announced_on`` (deadlines.py)."""

    announced_on: Date | None = None  # told that a zorgmachtiging is being prepared
    day_counting: DayCounting = DayCounting.CALENDAR  # how the deadlines count (docs/deadlines.md)
    letter_sent_on: Date | None = None
    addressee: Addressee = Field(default_factory=Addressee)
    sender: LetterSender = Field(default_factory=LetterSender)  # the letter's "from", beside name and address
    decision: PermissionDecision = PermissionDecision.PENDING
    decision_on: Date | None = None
    my_situation: LongText = ""
    my_request_for_help: LongText = ""  # mijn hulpvraag
    life_areas: list[LifeArea] = Field(default_factory=list, max_length=20)
    solutions: LongText = ""  # the solutions I see
    family_wishes: list[FamilyWish] = Field(default_factory=list, max_length=MAX_LIST_ITEMS)
    actions: list[PlannedAction] = Field(default_factory=list, max_length=MAX_LIST_ITEMS)
    if_it_goes_wrong: LongText = ""
    refers_to_crisisplan: bool = True  # "if it goes wrong anyway, follow my crisisplan"
    helpers: list[Helper] = Field(default_factory=list, max_length=50)
    signed_on: Date | None = None
    hearing: HearingRoute = Field(default_factory=HearingRoute)  # plan voor de zitting
