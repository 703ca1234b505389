"""Dutch and English names of every field, for messages, the editor and the exports.

Keyed by field name; a ``Class.field`` key overrides the plain one where the same name means
something else in another place. ``tests/model/test_labels.py`` fails when a field has no label.
"""

from __future__ import annotations

from enum import StrEnum

from crisiskaart.catalogue import Catalogue

FIELD_LABELS: dict[str, tuple[str, str]] = {
    # CrisisPlan
    "schema_version": ("Schemaversie", "Schema version"),
    "personal": ("Persoonlijke gegevens", "Personal details"),
    "my_crisis": ("Mijn crisis", "My crisis"),
    "signals": ("Signalen", "Warning signs"),
    "self_help": ("Wat ik zelf kan doen", "What I can do myself"),
    "what_helps": ("Wat helpt / hoe benader je mij", "What helps / how to approach me"),
    "what_does_not_help": ("Wat helpt niet / wat moet je laten", "What does not help / what to avoid"),
    "for_responders": ("Voor hulpdiensten", "For emergency services"),
    "contacts": ("Contactpersonen", "Contact persons"),
    "care_providers": ("Hulpverleners", "Care providers"),
    "health": ("Medicatie en gezondheid", "Medication and health"),
    "treatment": ("Behandelwensen en opname", "Treatment and admission wishes"),
    "practical": ("Praktische zaken", "Practical matters"),
    "diagnosis": ("Diagnose", "Diagnosis"),
    "sign_offs": ("Ondertekening en afspraken", "Signatures and agreements"),
    "management": ("Beheer", "Management"),
    "card_order": ("Volgorde op de kaart", "Order on the card"),
    # the card's panel for marked items of sections without a panel of their own
    "also_important": ("Ook belangrijk", "Also important"),
    "plan_van_aanpak": ("Eigen plan van aanpak", "Own plan of action"),
    # shared item fields
    "id": ("Kenmerk", "Identifier"),
    "text": ("Tekst", "Text"),
    "visibility": ("Wie mag het zien", "Who may see it"),
    "name": ("Naam", "Name"),
    "phone": ("Telefoonnummer", "Phone number"),
    "note": ("Toelichting", "Note"),
    "relation": ("Relatie", "Relationship"),
    "signed_on": ("Ondertekend op", "Signed on"),
    # PersonalData / Address
    "full_name": ("Naam", "Name"),
    "preferred_name": ("Roepnaam", "Preferred name"),
    "birth_date": ("Geboortedatum", "Date of birth"),
    "address": ("Adres", "Address"),
    "street": ("Straat en huisnummer", "Street and number"),
    "postcode": ("Postcode", "Postcode"),
    "city": ("Woonplaats", "Town"),
    "language_and_communication": ("Taal en communicatie", "Language and communication"),
    "communication_visibility": ("Wie mag taal en communicatie zien", "Who may see language"),
    # MyCrisis
    "summary": ("Mijn crisis in het kort", "My crisis in short"),
    "summary_visibility": ("Wie mag de korte beschrijving zien", "Who may see the short description"),
    "phases": ("Fases", "Phases"),
    "colour": ("Fase", "Phase"),
    "description": ("Hoe ziet het eruit", "What it looks like"),
    "what_i_do": ("Wat ik dan doe", "What I do then"),
    "what_others_can_do": ("Wat anderen dan kunnen doen", "What others can do then"),
    "triggers": ("Wat een crisis uitlokt", "Triggers"),
    "earlier_crises": ("Eerdere crises", "Earlier crises"),
    # Signals
    "noticed_by_me": ("Wat ik zelf merk", "What I notice myself"),
    "noticed_by_others": ("Wat anderen merken", "What others notice"),
    # Contact
    "phone_alternative": ("Ander telefoonnummer", "Other phone number"),
    "roles": ("Rol", "Role"),
    "do_not_contact": ("Niet bellen", "Do not contact"),
    # CareProvider
    "kind": ("Soort hulpverlener", "Kind of care provider"),
    "organisation": ("Organisatie", "Organisation"),
    # Health
    "medications": ("Medicijnen", "Medicines"),
    "dose": ("Dosis", "Dose"),
    "timing": ("Wanneer", "When"),
    "purpose": ("Waarvoor", "What for"),
    "instructions": ("Wat te doen met de medicijnen", "What to do with the medicines"),
    "works_for_me": ("Medicijnen die voor mij werken", "Medicines that work for me"),
    "does_not_work_for_me": ("Medicijnen die niet werken", "Medicines that do not work for me"),
    "allergies": ("Allergieën", "Allergies"),
    "physical_conditions": ("Lichamelijke gezondheid", "Physical health"),
    # Treatment
    "preferred_clinics": ("Waar ik liever heen ga", "Preferred clinics"),
    "refused_clinics": ("Waar ik niet heen wil", "Clinics I refuse"),
    "reason": ("Waarom", "Why"),
    "wishes": ("Behandelwensen", "Treatment wishes"),
    "compulsory_care": ("Als verplichte zorg nodig is", "If compulsory care is needed"),
    "measure": ("Vorm van verplichte zorg", "Form of compulsory care"),
    "stance": ("Mijn voorkeur", "My preference"),
    "explanation": ("Toelichting", "Explanation"),
    # Practical
    "topic": ("Onderwerp", "Topic"),
    "what": ("Wat", "What"),
    "who": ("Wie", "Who"),
    # SignOff
    "role": ("Rol", "Role"),
    "agreed_to": ("Wat is afgesproken", "What was agreed"),
    "consent_to_be_named": ("Toestemming om genoemd te worden", "Consent to be named"),
    # Management
    "drawn_up_on": ("Opgesteld op", "Drawn up on"),
    "last_reviewed_on": ("Laatst herzien op", "Last reviewed on"),
    "valid_until": ("Geldig tot", "Valid until"),
    "consultant": ("Consulent", "Consultant"),
    "full_plan_available_at": ("Waar het hele plan te vragen is", "Where to request the full plan"),
    "full_plan_phone": ("Telefoon voor het hele plan", "Phone for the full plan"),
    # Eigen plan van aanpak
    "announced_on": ("Datum bericht zorgmachtiging", "Date told about the care authorisation"),
    "letter_sent_on": ("Brief verstuurd op", "Letter sent on"),
    "day_counting": ("Dagen tellen als", "Count days as"),
    "addressee": ("Geneesheer-directeur", "Medical director"),
    "institution": ("Instelling", "Institution"),
    "email": ("E-mailadres", "Email address"),
    "sender": ("Afzender", "Sender"),
    "postal_address": ("Ander postadres (bijvoorbeeld je afdeling)",
                       "Other postal address (for example your ward)"),
    "decision": ("Besluit", "Decision"),
    "decision_on": ("Besluit genomen op", "Decision taken on"),
    "my_situation": ("Mijn situatie", "My situation"),
    "my_request_for_help": ("Mijn hulpvraag", "What I need help with"),
    "life_areas": ("Levensgebieden", "Areas of life"),
    "area": ("Levensgebied", "Area of life"),
    "situation": ("Hoe het nu gaat", "How it is now"),
    "support_needed": ("Welke steun ik nodig heb", "Support I need"),
    "solutions": ("Oplossingen die ik zie", "Solutions I see"),
    "family_wishes": ("Wensen van familie en naasten", "Wishes of family and loved ones"),
    "wish": ("Wens", "Wish"),
    "actions": ("Afspraken", "Agreements"),
    "when": ("Wanneer", "When"),
    "if_it_goes_wrong": ("Als het toch misgaat", "If it goes wrong anyway"),
    "refers_to_crisisplan": ("Verwijst naar mijn crisisplan", "Refers to my crisis plan"),
    "helpers": ("Wie hielp", "Who helped"),
    "agrees_to": ("Waar diegene mee instemt", "What they agree to"),
    "agreed": ("Toegezegd: wie genoemd is, doet mee", "Agreed: the people named take part"),
    "agreed_on": ("Toegezegd op", "Agreed on"),
    # HearingRoute (plan voor de zitting)
    "hearing": ("Plan voor de zitting", "Plan for the court hearing"),
    "court": ("Rechtbank", "Court"),
    "judge": ("Rechter", "Judge"),
    "hearing_on": ("Datum van de zitting", "Date of the hearing"),
    "hearing_time": ("Tijd", "Time"),
    "location": ("Waar", "Where"),
    "case_number": ("Zaaknummer", "Case number"),
    "lawyer": ("Advocaat", "Lawyer"),
    "lawyer_phone": ("Telefoon advocaat", "Lawyer's phone"),
    "requests": ("Wat ik de rechter vraag", "What I ask the court"),
    "request_to_court": ("Wat ik de rechter vraag, in mijn eigen woorden",
                         "What I ask the court, in my own words"),
    "why_now": ("Waarom mijn plan er nu pas is", "Why my plan comes only now"),
    # ZelfbindingWorksheet (model/zelfbinding.py)
    "zelfbinding": ("Werkblad zelfbindingsverklaring", "Self-binding declaration worksheet"),
    "zorgverantwoordelijke": ("Mijn zorgverantwoordelijke",
                              "My zorgverantwoordelijke (responsible clinician)"),
    "circumstances": ("Wanneer verplichte zorg nodig is", "When compulsory care is needed"),
    "care_then": ("Welke zorg en verplichte zorg ik dan wil", "Which care and compulsory care I then want"),
    "measures": ("Vormen van verplichte zorg", "Forms of compulsory care"),
    "maximum_duration": ("Hoe lang de verplichte zorg het langst mag duren",
                         "The longest the compulsory care may last"),
    "ending": ("Wanneer de verplichte zorg stopt", "When the compulsory care stops"),
    "validity": ("Hoe lang de verklaring geldt", "How long the declaration is valid"),
    "people_to_contact": ("Familie en naasten die gebeld worden", "Family and loved ones to contact"),
    "questions": ("Vragen voor het gesprek", "Questions for the conversation"),
    # ResponderLink (linked QR summary)
    "responder_link": ("Link naar de samenvatting voor hulpdiensten", "Link to the responder summary"),
    "key": ("Sleutel", "Key"),
    "created_on": ("Gemaakt op", "Created on"),
    # Ondertekening, verspreiding en overdracht (model/workspace_records.py)
    "person_id": ("Gaat over", "Refers to"),
    "signature_png": ("Getekende handtekening", "Drawn signature"),
    "case_records": ("Verspreiding en overdracht", "Distribution and handover"),
    "distribution": ("Verspreidingslijst", "Distribution list"),
    "handovers": ("Overdrachten", "Handovers"),
    "recipient": ("Ontvanger", "Recipient"),
    "DistributionEntry.version": ("Versie", "Version"),
    "Diagnosis.text": ("Diagnose", "Diagnosis"),
    "given_on": ("Gegeven op", "Given on"),
    "method": ("Hoe gegeven", "How it was given"),
    "from_ondersteuner": ("Van ondersteuner", "From ondersteuner"),
    "from_organisation": ("Van organisatie", "From organisation"),
    "to_ondersteuner": ("Naar ondersteuner", "To ondersteuner"),
    "to_organisation": ("Naar organisatie", "To organisation"),
    "to_fingerprint": ("Vingerafdruk van de sleutel", "Key fingerprint"),
    "client_consent_on": ("Toestemming van de cliënt op", "Client consent on"),
    "consent_note": ("Hoe toestemming is gegeven", "How consent was given"),
    "handed_over_on": ("Overgedragen op", "Handed over on"),
}


FIELD_LABEL_TEXTS = Catalogue("field labels", FIELD_LABELS)


def field_label(field: str, language: str = "nl", owner: str | None = None) -> str:
    """The label of ``field`` (optionally as used in the model class ``owner``)."""
    key = f"{owner}.{field}" if owner and f"{owner}.{field}" in FIELD_LABELS else field
    return FIELD_LABEL_TEXTS.label(key, language)


# Names of the choices in the model's enumerations, keyed by value (the same value means the
# same thing wherever it occurs, e.g. "other"); an ``EnumName.value`` key overrides that.
CHOICE_LABELS: dict[str, tuple[str, str]] = {
    # Visibility
    "plan": ("Alleen in het plan", "Only in the plan"),
    "card": ("Ook op de kaart", "Also on the card"),
    "responders": ("Ook voor hulpdiensten", "Also for emergency services"),
    # PhaseColour
    "green": ("Groen: het gaat goed", "Green: doing well"),
    "orange": ("Oranje: het gaat minder", "Orange: not so well"),
    "red": ("Rood: crisis", "Red: crisis"),
    # ContactRole
    "first_contact": ("Eerste contactpersoon", "First contact"),
    "confidant": ("Vertrouwenspersoon", "Confidant"),
    "family": ("Familie", "Family"),
    "friend": ("Vriend of vriendin", "Friend"),
    "neighbour": ("Buur", "Neighbour"),
    "other": ("Anders", "Other"),
    # ProviderKind
    "gp": ("Huisarts", "GP"),
    "practitioner": ("Behandelaar", "Practitioner"),
    "psychiatrist": ("Psychiater", "Psychiatrist"),
    "fact_team": ("FACT-team", "FACT team"),
    "crisis_service": ("Crisisdienst", "Crisis service"),
    "financial_administrator": ("Bewindvoerder", "Financial administrator"),
    "mentor": ("Mentor", "Mentor"),
    "patient_advocate": ("Patiëntenvertrouwenspersoon (PVP)", "Patient advocate"),
    "pharmacy": ("Apotheek", "Pharmacy"),
    # CompulsoryMeasure
    "medication": ("Medicijnen", "Medication"),
    "fluid_and_food": ("Vocht en voeding", "Fluid and food"),
    "restricted_movement": ("Minder bewegingsvrijheid", "Restricted movement"),
    "seclusion": ("Insluiten", "Seclusion"),
    "supervision": ("Toezicht", "Supervision"),
    "search": ("Onderzoek aan kleding of lichaam", "Search of clothing or body"),
    "admission": ("Opname", "Admission"),
    # MeasureStance
    "prefer": ("Als het moet, liever dit", "If it must, I prefer this"),
    "acceptable": ("Dit is goed", "This is acceptable"),
    "avoid": ("Liever niet", "Rather not"),
    # PracticalTopic
    "children": ("Kinderen", "Children"),
    "pets": ("Huisdieren", "Pets"),
    "plants": ("Planten", "Plants"),
    "post": ("Post", "Post"),
    "keys": ("Sleutels", "Keys"),
    "rent_and_finances": ("Huur en geldzaken", "Rent and finances"),
    "work": ("Werk", "Work"),
    # CardSection
    "my_crisis": ("Mijn crisis", "My crisis"),
    "what_helps": ("Wat helpt", "What helps"),
    "what_does_not_help": ("Wat helpt niet", "What does not help"),
    "for_responders": ("Voor hulpdiensten", "For emergency services"),
    "contacts": ("Wie bellen", "Who to call"),
    "care_providers": ("Hulpverleners", "Care providers"),
    "health": ("Medicatie en gezondheid", "Medication and health"),
    "practical": ("Praktische zaken", "Practical matters"),
    # PermissionDecision
    "pending": ("Nog geen besluit", "No decision yet"),
    "granted": ("Toegestaan", "Allowed"),
    "refused": ("Geweigerd", "Refused"),
    # DayCounting
    "calendar": ("Kalenderdagen (elke dag telt)", "Calendar days (every day counts)"),
    "working": ("Werkdagen (zonder weekend en feestdagen)", "Working days (no weekends or holidays)"),
    # LifeAreaKind
    "housing": ("Wonen", "Housing"),
    "finances": ("Financiën", "Finances"),
    "daytime_activities": ("Dagbesteding en werk", "Daytime activities and work"),
    "social_contacts": ("Sociale contacten", "Social contacts"),
    "LifeAreaKind.health": ("Gezondheid", "Health"),
    # ActionTopic
    "behaviour": ("Gedrag", "Behaviour"),
    "treatment": ("Behandeling", "Treatment"),
    "safety": ("Veiligheid", "Safety"),
    # CourtRequest (plan voor de zitting)
    "no_authorisation": ("Geen zorgmachtiging: dit plan is genoeg",
                         "No care authorisation: this plan is enough"),
    "shorter_authorisation": ("Als het toch moet: zo kort mogelijk",
                              "If it must anyway: as short as possible"),
    "fewer_measures": ("Als het toch moet: alleen de verplichte zorg die echt nodig is",
                       "If it must anyway: only the compulsory care that is really needed"),
    "my_preferences": ("Rekening houden met mijn zorgkaart", "Take my zorgkaart into account"),
    # DeliveryMethod
    "in_person": ("Persoonlijk gegeven", "Handed over in person"),
    "DeliveryMethod.post": ("Per post", "By post"),
    "DeliveryMethod.email": ("Per e-mail", "By email"),
}


CHOICE_LABEL_TEXTS = Catalogue("choice labels", CHOICE_LABELS)


def choice_label(choice: StrEnum, language: str = "nl") -> str:
    """The name of an enumeration member, e.g. ``ContactRole.FIRST_CONTACT`` → "Eerste contactpersoon"."""
    owned = f"{type(choice).__name__}.{choice.value}"
    return CHOICE_LABEL_TEXTS.label(owned if owned in CHOICE_LABEL_TEXTS else choice.value, language)
