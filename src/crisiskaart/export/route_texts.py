# ruff: noqa: E501 -- a data file of whole sentences; wrapping them would hurt translators
"""Fixed Dutch and English wording (B1) of the documents that help where people get stuck.

The open agreements in the plan of action, the plan for the court hearing, the zorgkaart and the
zelfbinding worksheet. Field names come from ``crisiskaart.model.labels``. What the law says is
summarised cautiously and with its source in docs/plan-van-aanpak.md.
"""

from __future__ import annotations

from crisiskaart.catalogue import Catalogue

_TEXTS: dict[str, tuple[str, str]] = {
    # feasibility of the agreements (plan of action, editor)
    "status": ("Stand", "Status"),
    "agreed_on": ("toegezegd op {date}", "agreed on {date}"),
    "agreed": ("toegezegd", "agreed"),
    "own": ("dit doe ik zelf", "I do this myself"),
    "gap_not_agreed_by": ("nog niet toegezegd door {names}", "not yet agreed by {names}"),
    "gap_no_who": ("nog niet ingevuld wie het doet", "who does it is not filled in yet"),
    "gap_no_when": ("nog niet ingevuld wanneer", "when is not filled in yet"),
    "open_prefix": ("nog open: {gaps}", "still open: {gaps}"),
    "open_heading": ("Nog open afspraken", "Agreements still open"),
    "open_intro": (
        "Deze afspraken zijn nog niet rond. Wie genoemd is, heeft nog niet gezegd dat diegene meedoet, of er mist nog iets.",
        "These agreements are not settled yet. The people named have not yet said they take part, or something is missing.",
    ),
    "all_agreed": ("Alle afspraken zijn toegezegd.", "All agreements have been agreed."),
    # the plan for the court hearing
    "hearing_title": ("Plan voor de zitting van {name}", "Plan for the court hearing of {name}"),
    "hearing_header": ("plan voor de zitting (Wvggz)", "plan for the court hearing (Wvggz)"),
    "hearing_subtitle": ("Mijn eigen plan van aanpak, voor de rechter", "My own plan of action, for the judge"),
    "hearing_to_court": ("Aan de rechter", "To the judge"),
    "hearing_intro": (
        "Er is een zorgmachtiging voor mij gevraagd. Hierbij geef ik u mijn eigen plan van aanpak. Daarin staat hoe ik, samen met mijn naasten, de zorg en steun regel die ik nodig heb.",
        "A care authorisation has been requested for me. With this I give you my own plan of action. It says how I, together with the people close to me, arrange the care and support I need.",
    ),
    "hearing_details": ("De zitting", "The hearing"),
    "hearing_person": ("Over mij", "About me"),
    "hearing_why": ("Waarom mijn plan er nu is", "Why my plan is here now"),
    "why_refused": (
        "De geneesheer-directeur heeft besloten dat ik mijn plan niet binnen de gewone termijn mocht schrijven. Ik heb het toch geschreven, zodat u het kunt lezen.",
        "The medical director decided that I could not write my plan within the usual term. I have written it anyway, so that you can read it.",
    ),
    "why_late": (
        "De termijn voor mijn eigen plan van aanpak is voorbij. Ik heb mijn plan toch geschreven, zodat u het kunt lezen.",
        "The term for my own plan of action has passed. I have written my plan anyway, so that you can read it.",
    ),
    "hearing_contents": ("In dit plan", "In this plan"),
    "hearing_plan_follows": (
        "Na deze bladzijde volgt mijn hele eigen plan van aanpak: {parts}.",
        "After this page follows my whole own plan of action: {parts}.",
    ),
    "hearing_zorgkaart_follows": (
        "Daarna volgt mijn zorgkaart: mijn voorkeuren over zorg en verplichte zorg.",
        "Then follows my zorgkaart: my preferences about care and compulsory care.",
    ),
    "hearing_date_unknown": ("nog niet bekend", "not known yet"),
    # the zorgkaart
    "zorgkaart_title": ("Zorgkaart van {name}", "Zorgkaart (care preferences) of {name}"),
    "zorgkaart_header": ("zorgkaart (Wvggz)", "zorgkaart (Wvggz)"),
    "zorgkaart_subtitle": (
        "Mijn voorkeuren over zorg en verplichte zorg, uit mijn crisisplan",
        "My preferences about care and compulsory care, from my crisis plan",
    ),
    "zorgkaart_intro": (
        "Dit zijn mijn voorkeuren over zorg en verplichte zorg. Als er een zorgmachtiging voor mij komt, moet daarin staan hoe met deze voorkeuren rekening is gehouden.",
        "These are my preferences about care and compulsory care. If a care authorisation is made for me, it must say how these preferences were taken into account.",
    ),
    "zk_about": ("Over mij", "About me"),
    "zk_compulsory": ("Als verplichte zorg nodig is", "If compulsory care is needed"),
    "zk_treatment": ("Behandeling en opname", "Treatment and admission"),
    "zk_medication": ("Medicijnen en gezondheid", "Medicines and health"),
    "zk_approach": ("Hoe je mij benadert", "How to approach me"),
    "zk_people": ("Wie je betrekt, en wie niet", "Who to involve, and who not"),
    "zk_practical": ("Wat geregeld moet worden", "What must be arranged"),
    "zk_do_not_contact": ("Niet bellen", "Do not call"),
    "zk_involve": ("Betrek deze mensen", "Involve these people"),
    "zk_source": ("Uit mijn crisisplan", "From my crisis plan"),
    "zk_empty": (
        "In je crisisplan staan nog geen voorkeuren over zorg. Vul bijvoorbeeld Behandelwensen en opname in, of Wat helpt.",
        "Your crisis plan has no preferences about care yet. Fill in, for example, Treatment and admission wishes, or What helps.",
    ),
    # the zelfbinding worksheet
    "zb_title": ("Werkblad zelfbindingsverklaring van {name}", "Self-binding declaration worksheet of {name}"),
    "zb_header": ("werkblad, geen geldige zelfbindingsverklaring", "worksheet, not a valid self-binding declaration"),
    "zb_mark": ("WERKBLAD — GEEN GELDIGE VERKLARING", "WORKSHEET — NOT A VALID DECLARATION"),
    "zb_page_label": (
        "Werkblad om je voor te bereiden. Dit is géén geldige zelfbindingsverklaring (artikel 4:1 Wvggz).",
        "A worksheet to prepare. This is not a valid self-binding declaration (article 4:1 Wvggz).",
    ),
    "zb_subtitle": (
        "Voorbereiding op het gesprek met je zorgverantwoordelijke (artikel 4:1 Wvggz)",
        "Preparing the conversation with your zorgverantwoordelijke (article 4:1 Wvggz)",
    ),
    "zb_not_valid": ("Dit is géén geldige zelfbindingsverklaring", "This is not a valid self-binding declaration"),
    "zb_what": (
        "In een zelfbindingsverklaring spreek je van tevoren af dat je verplichte zorg krijgt als het slecht met je gaat, ook als je je er dan tegen verzet. Met dit werkblad zet je je eigen gedachten op papier. Neem het mee naar het gesprek.",
        "In a self-binding declaration you agree in advance that you receive compulsory care when things go badly, even if you resist it then. With this worksheet you put your own thoughts on paper. Take it to the conversation.",
    ),
    "zb_needed_heading": ("Wat nodig is voor een geldige verklaring", "What a valid declaration needs"),
    "zb_needed": (
        "Je stelt de verklaring op samen met je zorgverantwoordelijke: de hulpverlener die verantwoordelijk is voor je zorg, vaak je psychiater.|"
        "Een onafhankelijke arts of andere deskundige verklaart op papier dat je, toen je de verklaring opstelde, goed kon overzien wat die voor je betekent (wilsbekwaam).|"
        "Je bent 16 jaar of ouder. Bij de verklaring hoort een zorgplan.|"
        "Een familielid, een naaste of de patiëntenvertrouwenspersoon (PVP) mag je helpen.|"
        "Ook met een geldige verklaring mag verplichte zorg alleen met een zorgmachtiging van de rechter of een crisismaatregel.",
        "You draw up the declaration together with your zorgverantwoordelijke: the professional responsible for your care, often your psychiatrist.|"
        "An independent doctor or other expert states in writing that, when you drew it up, you could oversee what it means for you (decision-making capacity).|"
        "You are 16 or older. A care plan goes with the declaration.|"
        "A family member, someone close to you or the patient advocate (PVP) may help you.|"
        "Even with a valid declaration, compulsory care is only allowed with a care authorisation from the court or a crisis measure.",
    ),
    "zb_ask": (
        "Dit is een korte uitleg. Vraag je zorgverantwoordelijke of de PVP wat er precies nodig is.",
        "This is a short explanation. Ask your zorgverantwoordelijke or the PVP what exactly is needed.",
    ),
    "zb_a": (
        "a. Wanneer moet je verplichte zorg krijgen, om ernstig nadeel te voorkomen?",
        "a. When must you receive compulsory care, to prevent serious harm?",
    ),
    "zb_b": (
        "b. Welke zorg en verplichte zorg wil je dan, en hoe lang het langst?",
        "b. Which care and compulsory care do you then want, and for how long at most?",
    ),
    "zb_c": ("c. Wanneer stopt de verplichte zorg?", "c. When does the compulsory care stop?"),
    "zb_d": ("d. Hoe lang moet de verklaring gelden?", "d. How long should the declaration be valid?"),
    "zb_e": (
        "e. Welke familie en naasten moeten dan gebeld worden?",
        "e. Which family and loved ones must then be contacted?",
    ),
    "zb_conversation": ("Het gesprek", "The conversation"),
    "zb_from_crisisplan": (
        "Wat je in je crisisplan schreef over verplichte zorg",
        "What you wrote in your crisis plan about compulsory care",
    ),
    "zb_contacts_from_crisisplan": ("Contactpersonen in je crisisplan", "Contact persons in your crisis plan"),
}


ROUTE_TEXTS = Catalogue("routes", _TEXTS)
route_text = ROUTE_TEXTS.text
