"""The card's vocabularies: who may see an item, and the fixed choices a section offers.

Plain enums without pydantic, so what the editor shows of a card before the model has loaded
(its first page, drawn from the card's JSON) names things as the model does; the model's classes
use them as their field types (``base.py``, ``sections.py``).
"""

from __future__ import annotations

from enum import StrEnum


class Visibility(StrEnum):
    """Who may see an item. The levels are cumulative: the responder summary is part of the card.

    The person decides this per item (docs/domain.md §3).
    """

    PLAN = "plan"  # alleen in het plan
    CARD = "card"  # ook op de kaart
    RESPONDERS = "responders"  # ook voor hulpdiensten (QR-samenvatting)

    @property
    def on_card(self) -> bool:
        return self in (Visibility.CARD, Visibility.RESPONDERS)

    @property
    def in_summary(self) -> bool:
        return self is Visibility.RESPONDERS


class PhaseColour(StrEnum):
    GREEN = "green"
    ORANGE = "orange"
    RED = "red"


class ContactRole(StrEnum):
    FIRST_CONTACT = "first_contact"  # eerste aanspreekpunt
    CONFIDANT = "confidant"  # vertrouwenspersoon
    FAMILY = "family"
    FRIEND = "friend"
    NEIGHBOUR = "neighbour"
    OTHER = "other"


class ProviderKind(StrEnum):
    GP = "gp"  # huisarts
    PRACTITIONER = "practitioner"  # behandelaar
    PSYCHIATRIST = "psychiatrist"
    FACT_TEAM = "fact_team"
    CRISIS_SERVICE = "crisis_service"  # crisisdienst
    FINANCIAL_ADMINISTRATOR = "financial_administrator"  # bewindvoerder
    MENTOR = "mentor"
    PATIENT_ADVOCATE = "patient_advocate"  # PVP
    PHARMACY = "pharmacy"
    OTHER = "other"


class CompulsoryMeasure(StrEnum):
    """Forms of compulsory care named in Wvggz art. 3:2, plus a free choice."""

    MEDICATION = "medication"  # toedienen van medicatie
    FLUID_AND_FOOD = "fluid_and_food"
    RESTRICTED_MOVEMENT = "restricted_movement"  # beperken van de bewegingsvrijheid
    SECLUSION = "seclusion"  # insluiten
    SUPERVISION = "supervision"  # toezicht
    SEARCH = "search"  # onderzoek aan kleding of lichaam
    ADMISSION = "admission"  # opnemen in een accommodatie
    OTHER = "other"


class MeasureStance(StrEnum):
    PREFER = "prefer"  # als het moet, liever dit
    ACCEPTABLE = "acceptable"
    AVOID = "avoid"  # liever niet


class PracticalTopic(StrEnum):
    CHILDREN = "children"
    PETS = "pets"
    PLANTS = "plants"
    POST = "post"
    KEYS = "keys"
    RENT_AND_FINANCES = "rent_and_finances"
    WORK = "work"
    OTHER = "other"
