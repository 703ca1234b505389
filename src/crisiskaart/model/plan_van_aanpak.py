"""The Wvggz eigen plan van aanpak (DOMAIN.md §5): what the person writes to avoid compulsory care."""

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
    ShortText,
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
    address: ShortText = ""
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

    id: ItemId
    area: LifeAreaKind = LifeAreaKind.OTHER
    situation: ItemText = ""
    support_needed: ItemText = ""


class FamilyWish(Model):
    """A wish of family or naasten, in their words."""

    id: ItemId
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

    id: ItemId
    topic: ActionTopic = ActionTopic.BEHAVIOUR
    what: ItemText = ""
    who: Name = ""
    when: ShortText = ""


class Helper(Model):
    """Someone who helped write the plan (family, naaste, ondersteuner); may sign it."""

    id: ItemId
    name: Name = ""
    relation: Name = ""
    agrees_to: ItemText = ""
    signed_on: Date | None = None


class EigenPlanVanAanpak(Model):
    """The eigen plan van aanpak; its deadlines are computed from ``announced_on`` (deadlines.py)."""

    announced_on: Date | None = None  # told that a zorgmachtiging is being prepared
    day_counting: DayCounting = DayCounting.CALENDAR  # how the deadlines count (docs/deadlines.md)
    letter_sent_on: Date | None = None
    addressee: Addressee = Field(default_factory=Addressee)
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
