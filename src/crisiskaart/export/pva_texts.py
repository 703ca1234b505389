# ruff: noqa: E501 -- a data file of whole sentences; wrapping them would hurt translators
"""Fixed Dutch and English wording of the eigen plan van aanpak and the letter (B1), in one place.

Field names come from ``crisiskaart.model.labels``; this holds only what these two documents add.
Article numbers follow DOMAIN.md §5 (secondary sources, see docs/plan-van-aanpak.md).
"""

from __future__ import annotations

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
    "letter_step": ("Brief aan de geneesheer-directeur", "Letter to the medical director"),
    "decision_step": ("Besluit of ik het plan mag schrijven", "Decision whether I may write the plan"),
    "plan_step": ("Plan klaar", "Plan ready"),
    "due": ("uiterlijk {date}", "at the latest {date}"),
    "done_on": ("gedaan op {date}", "done on {date}"),
    "done": ("gedaan", "done"),
    "not_allowed": ("niet nodig: het besluit was een weigering", "not needed: permission was refused"),
    "counting": ("Dagen geteld als", "Days counted as"),
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
    "to_director": ("De geneesheer-directeur", "The medical director"),
    "subject": (
        "Betreft: eigen plan van aanpak (artikel 5:5 Wvggz)",
        "Re: own plan of action (article 5:5 Wvggz)",
    ),
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
        "Ik vraag u om binnen twee dagen te beslissen of ik het plan mag schrijven, dus uiterlijk "
        "{date}. Wilt u mij uw besluit schriftelijk laten weten?",
        "I ask you to decide within two days whether I may write the plan, that is by {date} at "
        "the latest. Please let me know your decision in writing.",
    ),
    "plan_due": (
        "Als ik het plan mag schrijven, heb ik daar 14 dagen voor. Het is dan uiterlijk {date} klaar.",
        "If I may write the plan, I have 14 days for it. It will then be ready by {date} at the latest.",
    ),
    "closing": ("Met vriendelijke groet,", "Kind regards,"),
    "and": ("en", "and"),
}


def pva_text(key: str, language: str, **params: object) -> str:
    """The text for ``key`` in ``language`` (``nl`` or ``en``), with ``params`` filled in."""
    dutch, english = _TEXTS[key]
    text = english if language == "en" else dutch
    return text.format(**params) if params else text


def join_names(names: list[str], language: str) -> str:
    """"Anna, Karel en Mo": a list as people write it."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {pva_text('and', language)} " + names[-1]
