"""A complete, realistic, fictional example card: every section filled, an eigen plan van aanpak too.

Used by ``crisiskaart example``, the editor's demo mode and the tests. Everything is invented.
Phone numbers use the 06-0… and 0x0-000 ranges, which are not issued to subscribers, so nobody is
called by someone trying out the program. Ids are fixed so the output is the same on every run.
The example has no responder link: a key printed in every copy of the program would protect
nothing, so a card made from it gets a key of its own (``crisiskaart.app.cards.for_new_card``).
"""

from __future__ import annotations

import datetime as dt
from itertools import count

from crisiskaart.model.base import TextItem, Visibility
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.plan_van_aanpak import (
    ActionTopic,
    Addressee,
    EigenPlanVanAanpak,
    FamilyWish,
    Helper,
    LifeArea,
    LifeAreaKind,
    PermissionDecision,
    PlannedAction,
)
from crisiskaart.model.sections import (
    Address,
    CareProvider,
    Clinic,
    CompulsoryMeasure,
    CompulsoryPreference,
    Contact,
    ContactRole,
    CrisisPhase,
    Diagnosis,
    Health,
    Management,
    MeasureStance,
    Medication,
    MyCrisis,
    PersonalData,
    PhaseColour,
    PracticalMatter,
    PracticalTopic,
    ProviderKind,
    Signals,
    SignOff,
    TreatmentWishes,
)
from crisiskaart.model.workspace_records import CaseRecords, DeliveryMethod, DistributionEntry
from crisiskaart.model.zelfbinding import PersonToContact, ZelfbindingWorksheet

PLAN = Visibility.PLAN
CARD = Visibility.CARD
RESPONDERS = Visibility.RESPONDERS


def example_plan() -> CrisisPlan:
    """The fictional crisisplan of Noor Bakker."""
    numbers = count(1)

    def next_id() -> str:
        return f"voorbeeld-{next(numbers):03d}"

    def items(visibility: Visibility, *texts: str) -> list[TextItem]:
        return [TextItem(id=next_id(), text=text, visibility=visibility) for text in texts]

    return CrisisPlan(
        personal=PersonalData(
            full_name="Noor Bakker",
            preferred_name="Noor",
            birth_date=dt.date(1988, 6, 12),
            address=Address(street="Voorbeeldstraat 12-2", postcode="1012 AB", city="Amsterdam"),
            language_and_communication=(
                "Ik spreek Nederlands en Engels. Als ik in paniek ben, kan ik soms niet praten. "
                "Geef me dan pen en papier."
            ),
        ),
        my_crisis=MyCrisis(
            summary=(
                "Ik raak in een psychose. Ik hoor stemmen en denk dat mensen mij willen "
                "achtervolgen. Ik ben dan bang, niet gevaarlijk."
            ),
            phases=[
                CrisisPhase(
                    id=next_id(),
                    colour=PhaseColour.GREEN,
                    description="Ik slaap goed, ga naar mijn werk en zie vrienden.",
                    what_i_do="Ik houd mijn vaste ritme vast en neem mijn medicijnen.",
                    what_others_can_do="Gewoon contact houden; vragen hoe het gaat.",
                ),
                CrisisPhase(
                    id=next_id(),
                    colour=PhaseColour.ORANGE,
                    description="Ik slaap slecht, trek me terug en laat de post liggen.",
                    what_i_do="Ik bel mijn zus en mijn behandelaar. Ik neem extra rust.",
                    what_others_can_do="Vraag of ik geslapen heb. Help me met boodschappen.",
                ),
                CrisisPhase(
                    id=next_id(),
                    colour=PhaseColour.RED,
                    description="Ik hoor stemmen, ben achterdochtig en loop soms 's nachts buiten.",
                    what_i_do="Ik probeer naar mijn zus te gaan.",
                    what_others_can_do="Bel mijn zus Anna en de crisisdienst. Blijf rustig bij me.",
                ),
            ],
            triggers=items(PLAN, "Te weinig slaap", "Ruzie met mijn huisbaas",
                           "Drukte en harde geluiden"),
            earlier_crises=(
                "In 2019 en 2023 ben ik opgenomen geweest. In 2023 kwam de politie met "
                "sirenes; dat maakte me veel banger."
            ),
        ),
        signals=Signals(
            noticed_by_me=items(PLAN, "Ik slaap minder dan vijf uur", "Geluiden lijken harder"),
            noticed_by_others=items(PLAN, "Ik praat snel en springe van de hak op de tak",
                                    "Ik neem de telefoon niet meer op"),
        ),
        self_help=items(PLAN, "Wandelen in het park", "Muziek luisteren met koptelefoon",
                        "Mijn zus bellen"),
        what_helps=items(RESPONDERS, "Praat rustig en zeg wie je bent",
                         "Geef me ruimte en tijd om te antwoorden",
                         "Bel mijn zus Anna; zij kan me geruststellen"),
        what_does_not_help=items(RESPONDERS, "Raak me niet onverwacht aan",
                                 "Geen sirenes of zwaailicht als het niet hoeft",
                                 "Niet met veel mensen tegelijk op me af komen"),
        for_responders=items(RESPONDERS,
                             "Ik ben bang, niet agressief. Ik kan weglopen als ik me bedreigd voel.",
                             "Bel de crisisdienst van mijn behandelteam, zij kennen mij."),
        contacts=[
            Contact(id=next_id(), name="Anna Bakker", relation="zus", phone="06 0000 0101",
                    roles=[ContactRole.FIRST_CONTACT, ContactRole.CONFIDANT, ContactRole.FAMILY],
                    note="Bel haar eerst. Zij weet wat ik wil.", visibility=RESPONDERS),
            Contact(id=next_id(), name="Sem de Wit", relation="buurman", phone="06 0000 0102",
                    roles=[ContactRole.NEIGHBOUR], note="Heeft een sleutel van mijn huis.",
                    visibility=CARD),
            Contact(id=next_id(), name="Mark Bakker", relation="vader",
                    roles=[ContactRole.FAMILY], do_not_contact=True,
                    note="Wil ik niet betrekken bij een crisis.", visibility=PLAN),
        ],
        care_providers=[
            CareProvider(id=next_id(), kind=ProviderKind.GP, name="Dokter E. Jansen",
                         organisation="Huisartsenpraktijk Voorbeeldplein", phone="020 000 1234"),
            CareProvider(id=next_id(), kind=ProviderKind.FACT_TEAM, name="FACT-team Oost",
                         organisation="GGZ Voorbeeld", phone="020 000 5678",
                         note="24 uur per dag bereikbaar via de crisisdienst.",
                         visibility=RESPONDERS),
            CareProvider(id=next_id(), kind=ProviderKind.FINANCIAL_ADMINISTRATOR,
                         name="R. Öztürk", organisation="Bewindvoering Voorbeeld",
                         phone="020 000 9012", visibility=PLAN),
        ],
        health=Health(
            medications=[
                Medication(id=next_id(), name="Aripiprazol", dose="10 mg", timing="elke ochtend",
                           purpose="tegen psychose",
                           instructions="Neem mee bij een opname. Niet plotseling stoppen.",
                           visibility=RESPONDERS),
                Medication(id=next_id(), name="Melatonine", dose="1 mg",
                           timing="voor het slapen", purpose="om te slapen"),
            ],
            works_for_me=items(PLAN, "Aripiprazol helpt mij goed"),
            does_not_work_for_me=items(CARD, "Haloperidol: ik krijg er erge stijfheid van"),
            allergies=items(RESPONDERS, "Allergisch voor penicilline"),
            physical_conditions=items(CARD, "Astma; mijn puffer zit in mijn jaszak"),
        ),
        treatment=TreatmentWishes(
            preferred_clinics=[Clinic(id=next_id(), name="Kliniek Voorbeeld-Oost",
                                      reason="Daar kennen ze mij en is het rustig.")],
            refused_clinics=[Clinic(id=next_id(), name="Kliniek Voorbeeld-Centrum",
                                    reason="Daar ben ik gesepareerd; dat wil ik nooit meer.")],
            wishes=items(PLAN, "Liever een vrouwelijke behandelaar",
                         "Eerst een gesprek, daarna pas medicijnen"),
            compulsory_care=[
                CompulsoryPreference(id=next_id(), measure=CompulsoryMeasure.MEDICATION,
                                     stance=MeasureStance.PREFER,
                                     explanation="Als het moet, liever een tablet dan een prik."),
                CompulsoryPreference(id=next_id(), measure=CompulsoryMeasure.SECLUSION,
                                     stance=MeasureStance.AVOID,
                                     explanation="Insluiten maakt mij veel banger. Blijf liever "
                                                 "bij me in een rustige kamer."),
            ],
        ),
        practical=[
            PracticalMatter(id=next_id(), topic=PracticalTopic.CHILDREN,
                            what="Mijn zus Anna haalt mijn dochter Lotte (7) van school.",
                            who="Anna Bakker", phone="06 0000 0101", visibility=RESPONDERS),
            PracticalMatter(id=next_id(), topic=PracticalTopic.PETS,
                            what="Mijn kat Pip krijgt eten van de buurman.", who="Sem de Wit",
                            phone="06 0000 0102"),
            PracticalMatter(id=next_id(), topic=PracticalTopic.RENT_AND_FINANCES,
                            what="Mijn bewindvoerder regelt de huur.", who="R. Öztürk",
                            visibility=PLAN),
        ],
        diagnosis=Diagnosis(text="Schizoaffectieve stoornis", visibility=PLAN),
        sign_offs=[
            SignOff(id=next_id(), name="Noor Bakker", role="ikzelf",
                    agreed_to="Dit is mijn crisisplan.", consent_to_be_named=True,
                    signed_on=dt.date(2026, 10, 1)),
            SignOff(id=next_id(), name="Anna Bakker", role="zus",
                    agreed_to="Ik ben eerste contactpersoon en haal Lotte van school.",
                    consent_to_be_named=True, signed_on=dt.date(2026, 10, 1)),
            SignOff(id=next_id(), name="Sem de Wit", role="buurman",
                    agreed_to="Ik zorg voor de kat en open de deur met de reservesleutel.",
                    consent_to_be_named=True, signed_on=dt.date(2026, 10, 2)),
            SignOff(id=next_id(), name="FACT-team Oost", role="behandelteam",
                    agreed_to="Wij lezen het plan bij een crisis en houden rekening met Noors "
                              "wensen.",
                    consent_to_be_named=True, signed_on=dt.date(2026, 10, 3)),
        ],
        management=Management(
            drawn_up_on=dt.date(2026, 9, 14),
            last_reviewed_on=dt.date(2026, 9, 28),
            signed_on=dt.date(2026, 10, 1),
            valid_until=dt.date(2027, 10, 1),
            consultant="Jamila Haddou",
            organisation="Cliëntenorganisatie Voorbeeldstad",
            full_plan_available_at="Crisisdienst GGZ Voorbeeld (24 uur per dag)",
            full_plan_phone="020 000 5678",
        ),
        plan_van_aanpak=EigenPlanVanAanpak(
            announced_on=dt.date(2026, 11, 16),
            letter_sent_on=dt.date(2026, 11, 17),
            addressee=Addressee(name="Dr. P. Visser", institution="GGZ Voorbeeld",
                                address="Postbus 0000, 1000 AA Amsterdam"),
            decision=PermissionDecision.GRANTED,
            decision_on=dt.date(2026, 11, 18),
            my_situation=(
                "Ik woon alleen met mijn dochter. Sinds de ruzie met mijn huisbaas slaap ik slecht "
                "en ben ik twee keer 's nachts door de politie thuisgebracht."
            ),
            my_request_for_help=(
                "Ik wil hulp om weer goed te slapen en rust te krijgen, zonder opname."
            ),
            life_areas=[
                LifeArea(id=next_id(), area=LifeAreaKind.HOUSING,
                         situation="Ruzie met de huisbaas over lekkage.",
                         support_needed="Hulp van het Juridisch Loket."),
                LifeArea(id=next_id(), area=LifeAreaKind.HEALTH,
                         situation="Ik slaap slecht en vergeet mijn medicijnen.",
                         support_needed="Mijn zus herinnert mij elke ochtend."),
            ],
            solutions="Vaker contact met het FACT-team en een vast dagritme.",
            family_wishes=[FamilyWish(id=next_id(), who="Anna Bakker (zus)",
                                      wish="Ik wil dat Noor thuis kan blijven met Lotte.")],
            actions=[
                PlannedAction(id=next_id(), topic=ActionTopic.MEDICATION,
                              what="Ik neem elke ochtend mijn Aripiprazol.",
                              who="Noor; Anna belt elke ochtend", when="elke dag om 8 uur",
                              agreed=True, agreed_on=dt.date(2026, 11, 22)),
                PlannedAction(id=next_id(), topic=ActionTopic.TREATMENT,
                              what="Twee keer per week een gesprek met het FACT-team.",
                              who="Noor en FACT-team Oost", when="dinsdag en vrijdag"),
                PlannedAction(id=next_id(), topic=ActionTopic.SAFETY,
                              what="Als ik 's nachts niet kan slapen, bel ik Anna in plaats "
                                   "van naar buiten te gaan.",
                              who="Noor en Anna", when="vanaf nu", agreed=True,
                              agreed_on=dt.date(2026, 11, 22)),
            ],
            if_it_goes_wrong="Dan geldt mijn crisisplan en bellen ze eerst Anna.",
            helpers=[Helper(id=next_id(), name="Anna Bakker", relation="zus",
                            agrees_to="Ik bel Noor elke ochtend.",
                            signed_on=dt.date(2026, 11, 24))],
            signed_on=dt.date(2026, 11, 24),
        ),
        case_records=CaseRecords(distribution=[
            DistributionEntry(id=next_id(), recipient="Anna Bakker", organisation="zus", version=1,
                              given_on=dt.date(2026, 10, 5)),
            DistributionEntry(id=next_id(), recipient="Dokter E. Jansen", organisation="huisarts",
                              version=1, given_on=dt.date(2026, 10, 6), method=DeliveryMethod.EMAIL),
        ]),
        zelfbinding=ZelfbindingWorksheet(
            zorgverantwoordelijke="Dr. P. Visser",
            circumstances="Als ik drie nachten niet slaap, stemmen hoor en niet meer eet.",
            care_then="Eerst een gesprek met het FACT-team thuis. Daarna een opname van een paar "
                      "dagen in Kliniek Voorbeeld-Oost.",
            measures=[CompulsoryMeasure.MEDICATION, CompulsoryMeasure.ADMISSION],
            maximum_duration="twee weken",
            ending="Als ik weer vijf nachten goed slaap en zelf mijn medicijnen neem.",
            validity="een jaar",
            people_to_contact=[PersonToContact(id=next_id(), name="Anna Bakker", relation="zus",
                                               phone="06 0000 0101")],
            questions="Mag mijn zus bij het gesprek zijn?",
        ),
    )
