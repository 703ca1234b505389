"""The root document: one person's crisisplan, with the card and summaries as views over it."""

from __future__ import annotations

from pydantic import Field

from crisiskaart.model.base import MAX_LIST_ITEMS, Model, TextItem, Visibility, items_field
from crisiskaart.model.migrations import CURRENT_SCHEMA_VERSION
from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak
from crisiskaart.model.responder_link import ResponderLink
from crisiskaart.model.sections import (
    CardSection,
    CareProvider,
    Contact,
    Diagnosis,
    Health,
    Management,
    MyCrisis,
    PersonalData,
    PracticalMatter,
    Signals,
    SignOff,
    TreatmentWishes,
    default_card_order,
)
from crisiskaart.model.workspace_records import CaseRecords
from crisiskaart.model.zelfbinding import ZelfbindingWorksheet


class CrisisPlan(Model):
    """Everything one person wrote, written once.

    The wallet card, the A4 plan and the responder summary are views selected by each item's
    ``visibility``; the eigen plan van aanpak reuses the network, signals and what helps from here.
    """

    schema_version: int = Field(default=CURRENT_SCHEMA_VERSION, ge=1)
    personal: PersonalData = Field(default_factory=PersonalData)
    my_crisis: MyCrisis = Field(default_factory=MyCrisis)
    signals: Signals = Field(default_factory=Signals)
    self_help: list[TextItem] = items_field()  # wat ik zelf kan doen
    what_helps: list[TextItem] = items_field(Visibility.RESPONDERS)  # hoe benader je mij
    what_does_not_help: list[TextItem] = items_field(Visibility.RESPONDERS)
    for_responders: list[TextItem] = items_field(Visibility.RESPONDERS)
    contacts: list[Contact] = Field(default_factory=list, max_length=MAX_LIST_ITEMS)
    care_providers: list[CareProvider] = Field(default_factory=list, max_length=MAX_LIST_ITEMS)
    health: Health = Field(default_factory=Health)
    treatment: TreatmentWishes = Field(default_factory=TreatmentWishes)
    practical: list[PracticalMatter] = Field(default_factory=list, max_length=MAX_LIST_ITEMS)
    diagnosis: Diagnosis = Field(default_factory=Diagnosis)
    sign_offs: list[SignOff] = Field(default_factory=list, max_length=MAX_LIST_ITEMS)
    management: Management = Field(default_factory=Management)
    card_order: list[CardSection] = Field(default_factory=default_card_order, max_length=20)
    plan_van_aanpak: EigenPlanVanAanpak | None = None
    responder_link: ResponderLink | None = None  # linked QR summary (docs/responder-summary.md)
    case_records: CaseRecords | None = None  # ondersteuner: distribution list, handovers (docs/workspace.md)
    zelfbinding: ZelfbindingWorksheet | None = None  # preparation only (model/zelfbinding.py)
