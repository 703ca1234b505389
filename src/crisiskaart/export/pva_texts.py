# ruff: noqa: E501 -- a data file of whole sentences; wrapping them would hurt translators
"""Fixed Dutch and English wording of the eigen plan van aanpak and the letter (B1), in one place.

Field names come from ``crisiskaart.model.labels``; this holds only what these two documents add.
Article numbers follow secondary sources (see docs/plan-van-aanpak.md). Every sentence with a number
of days has a ``{unit}``: "dagen" or "werkdagen", as the plan counts (``unit_text``).
"""

from __future__ import annotations

from crisiskaart.catalogue import Catalogue
from crisiskaart.model.deadlines import DayCounting

_TEXTS: dict[str, tuple[str, str]] = {
    # the plan
    "plan_title": ("Eigen plan van aanpak van {name}", "Own plan of action of {name}"),
    "plan_header": ("eigen plan van aanpak (Wvggz)", "own plan of action (Wvggz)"),
    "law": ("Wvggz, artikel 5:4 en 5:5", "Wvggz, articles 5:4 and 5:5"),
    "about": ("Over dit plan", "About this plan"),
    "about_text": (
        "Dit is mijn eigen plan van aanpak (artikel 5:4 en 5:5 Wvggz). Hierin staat hoe ik, samen "
        "met mijn naasten, de zorg en steun regel die ik nodig heb, zodat verplichte zorg niet nodig is.",
        "This is my own plan of action (articles 5:4 and 5:5 Wvggz). It says how I, together with "
        "the people close to me, arrange the care and support I need, so that compulsory care is not needed.",
    ),
    "deadlines": ("Termijnen", "Deadlines"),
    "announced": ("Bericht dat een zorgmachtiging wordt voorbereid", "Told that a care authorisation is being prepared"),
    "letter_step": ("Brief aan de geneesheer-directeur (binnen {days} {unit})",
                    "Letter to the medical director (within {days} {unit})"),
    "decision_step": ("Besluit of ik het plan mag schrijven (binnen {days} {unit})",
                      "Decision whether I may write the plan (within {days} {unit})"),
    "plan_step": ("Plan klaar (binnen {days} {unit})", "Plan ready (within {days} {unit})"),
    "plan_ready": ("Plan klaar", "Plan ready"),
    "unit_days": ("dagen", "days"),
    "unit_working_days": ("werkdagen", "working days"),
    "due": ("uiterlijk {date}", "at the latest {date}"),
    "advised": ("het liefst uiterlijk {date}", "preferably by {date}"),
    "legal": ("wettelijk uiterlijk {date}", "by law at the latest {date}"),
    "passed": ("deze termijn is voorbij", "this term has passed"),
    "done_on": ("gedaan op {date}", "done on {date}"),
    "done": ("gedaan", "done"),
    "not_allowed": ("niet nodig: het besluit was een weigering", "not needed: permission was refused"),
    "counting": ("Dagen geteld als", "Days counted as"),
    "atw_note": (
        "‘Wettelijk uiterlijk’ volgt de Algemene termijnenwet: eindigt een termijn op een zaterdag, "
        "zondag of feestdag, dan loopt hij door tot en met de eerstvolgende werkdag. Een termijn van "
        "3 dagen of meer heeft altijd minstens 2 werkdagen. Houd het liefst de eerste datum aan.",
        "‘By law at the latest’ follows the Algemene termijnenwet (General Time Limits Act): a term "
        "that ends on a Saturday, Sunday or public holiday runs on to the next working day, and a term "
        "of 3 days or more always holds at least 2 working days. Preferably keep the first date.",
    ),
    "expected_letter": (
        "Nog niet alles is gebeurd. De latere data gaan ervan uit dat de brief op {date} verstuurd "
        "wordt; ze veranderen als dat een andere dag wordt.",
        "Not everything has happened yet. The later dates assume the letter is sent on {date}; "
        "they change if it is sent on another day.",
    ),
    "expected_decision": (
        "De datum van het besluit is nog niet bekend. Het besluit kan snel komen. Daarom is ‘het "
        "liefst uiterlijk’ gerekend vanaf de dag dat je brief verstuurd is, en ‘wettelijk uiterlijk’ "
        "vanaf de laatste dag waarop het besluit mag komen. Vul de datum van het besluit in zodra je "
        "die weet.",
        "The date of the decision is not known yet. The decision can come quickly. So ‘preferably "
        "by’ counts from the day your letter was sent, and ‘by law at the latest’ from the last day "
        "on which the decision may come. Fill in the date of the decision as soon as you know it.",
    ),
    "unpublished": (
        "Voor {years} heeft de overheid nog niet bekendgemaakt welke extra dagen als feestdag tellen. "
        "De wettelijke data tellen die dagen niet mee: zo zijn ze nooit te laat, hooguit een dag te "
        "vroeg. Twijfel je? Vraag het je patiëntenvertrouwenspersoon (PVP) of advocaat.",
        "For {years} the government has not yet published which extra days count as public holidays. "
        "The legal dates leave those days out: that way they are never too late, at most a day early. "
        "In doubt? Ask your patient advocate (PVP) or lawyer.",
    ),
    "deadlines_on": ("Termijnen op {date}", "Deadlines on {date}"),
    "late_decision": (
        "Er had uiterlijk {date} een besluit moeten zijn. Vraag de geneesheer-directeur om het besluit, "
        "en vraag je patiëntenvertrouwenspersoon (PVP) of advocaat om hulp. Schrijf je plan verder: je "
        "kunt het ook aan de rechter geven bij de zitting.",
        "The decision should have come by {date}. Ask the medical director for it, and ask your patient "
        "advocate (PVP) or lawyer for help. Go on writing your plan: you can also give it to the judge at "
        "the court hearing.",
    ),
    "late_plan": (
        "De termijn voor je plan liep tot en met {date}. Geef je plan toch aan de geneesheer-directeur, en "
        "neem het mee naar de zitting bij de rechter: de rechter kan het meewegen.",
        "The term for your plan ended on {date}. Give your plan to the medical director anyway, and take "
        "it to the court hearing: the judge can take it into account.",
    ),
    "refused_advice": (
        "Het besluit was een weigering. Je kunt je plan toch schrijven en het aan de rechter geven bij de "
        "zitting over de zorgmachtiging. Vraag je patiëntenvertrouwenspersoon (PVP) of advocaat om hulp.",
        "Permission was refused. You can still write your plan and give it to the judge at the court "
        "hearing about the care authorisation. Ask your patient advocate (PVP) or lawyer for help.",
    ),
    "email_to": ("Aan: {to}", "To: {to}"),
    "email_subject": ("Onderwerp: {subject}", "Subject: {subject}"),
    "no_email": ("(geen e-mailadres ingevuld)", "(no e-mail address filled in)"),
    "late_letter": (
        "De termijn voor de brief is voorbij. Schrijf je plan toch. Je kunt het aan de rechter geven "
        "bij de zitting over de zorgmachtiging. Vraag je patiëntenvertrouwenspersoon (PVP) of advocaat om hulp.",
        "The term for the letter has passed. Write your plan anyway. You can give it to the judge at "
        "the court hearing about the care authorisation. Ask your patient advocate (PVP) or lawyer for help.",
    ),
    "no_announcement": (
        "De datum van het bericht over de zorgmachtiging is nog niet ingevuld.",
        "The date of the message about the care authorisation has not been filled in yet.",
    ),
    "from_crisisplan": ("Uit mijn crisisplan", "From my crisis plan"),
    "from_crisisplan_text": (
        "Dit komt uit mijn crisisplan. Het hoort bij dit plan van aanpak.",
        "This comes from my crisis plan. It is part of this plan of action.",
    ),
    "network": ("Mijn netwerk", "My network"),
    "crisis_agreements": ("Afspraken uit mijn crisisplan", "Agreements from my crisis plan"),
    "follow_crisisplan": (
        "Als het toch misgaat, volg dan mijn crisisplan.",
        "If it goes wrong anyway, please follow my crisis plan.",
    ),
    "signatures": ("Ondertekening", "Signatures"),
    "signatures_intro": (
        "Wie hieronder tekent, heeft geholpen bij dit plan of doet mee aan een afspraak.",
        "Those who sign below helped write this plan or take part in an agreement.",
    ),
    "agrees_actions": ("Doet mee aan", "Takes part in"),
    "no_agreements": ("Er zijn nog geen afspraken over: {topics}.", "No agreements yet about: {topics}."),
    # minors, in the plan and in the letter
    "minor_12_15": (
        "Ik ben {age} jaar. Mijn ouders met gezag moeten bij dit plan betrokken zijn.",
        "I am {age} years old. My parents with parental authority must be involved in this plan.",
    ),
    "minor_16_17": (
        "Ik ben {age} jaar. Ik mag dit plan zelf schrijven.",
        "I am {age} years old. I may write this plan myself.",
    ),
    "minor_under_12": (
        "Ik ben jonger dan 12 jaar. Dan beslissen mijn ouders met gezag; de Wvggz werkt dan anders.",
        "I am younger than 12. My parents with parental authority decide; the Wvggz works differently then.",
    ),
    # the letter
    "letter_title": ("Brief: ik wil een eigen plan van aanpak opstellen", "Letter: I want to write my own plan of action"),
    "to_director": ("Aan de geneesheer-directeur", "To the medical director"),
    "to_director_of": ("Aan de geneesheer-directeur van {institution}", "To the medical director of {institution}"),
    "attention": ("t.a.v. {name}", "attn. {name}"),
    "sender_phone": ("Telefoon: {phone}", "Phone: {phone}"),
    "sender_email": ("E-mail: {email}", "Email: {email}"),
    "subject": ("Eigen plan van aanpak (artikel 5:5 Wvggz)", "Own plan of action (article 5:5 Wvggz)"),
    "subject_line": ("Betreft: {subject}", "Re: {subject}"),
    "salutation_named": ("Geachte {name},", "Dear {name},"),
    "salutation": ("Geachte geneesheer-directeur,", "Dear medical director,"),
    "told_on": (
        "Op {date} heb ik gehoord dat er een zorgmachtiging voor mij wordt voorbereid.",
        "On {date} I was told that a care authorisation is being prepared for me.",
    ),
    "told": (
        "Ik heb gehoord dat er een zorgmachtiging voor mij wordt voorbereid.",
        "I was told that a care authorisation is being prepared for me.",
    ),
    "intent": (
        "Ik laat u weten dat ik een eigen plan van aanpak wil opstellen. Dat mag volgens artikel 5:5 "
        "van de Wet verplichte geestelijke gezondheidszorg (Wvggz).",
        "I am letting you know that I want to write my own plan of action, as article 5:5 of the "
        "Compulsory Mental Health Care Act (Wvggz) allows.",
    ),
    "helpers_one": ("Bij het schrijven helpt mij: {names}.", "{names} helps me to write it."),
    "helpers_many": ("Bij het schrijven helpen mij: {names}.", "{names} help me to write it."),
    "ask_decision": (
        "Ik vraag u om binnen {days} {unit} te beslissen of ik het plan mag schrijven, dus uiterlijk "
        "{date}. Wilt u mij uw besluit schriftelijk laten weten?",
        "I ask you to decide within {days} {unit} whether I may write the plan, that is by {date} at "
        "the latest. Please let me know your decision in writing.",
    ),
    "plan_due": (
        "Als ik het plan mag schrijven, heb ik daar {days} {unit} voor. Het is dan uiterlijk {date} klaar.",
        "If I may write the plan, I have {days} {unit} for it. It will then be ready by {date} at the latest.",
    ),
    "closing": ("Met vriendelijke groet,", "Kind regards,"),
    "and": ("en", "and"),
}


PVA_TEXTS = Catalogue("plan van aanpak", _TEXTS)
pva_text = PVA_TEXTS.text


def unit_text(counting: DayCounting, language: str) -> str:
    """"dagen" or "werkdagen": the unit of every number of days, as the plan counts them."""
    return pva_text("unit_working_days" if counting is DayCounting.WORKING else "unit_days", language)


def join_names(names: list[str], language: str) -> str:
    """"Anna, Karel en Mo": a list as people write it."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {pva_text('and', language)} " + names[-1]
