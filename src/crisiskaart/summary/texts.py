"""Dutch and English words of the responder summary: section titles and the QR's short labels.

The titles travel inside the encrypted summary in both languages, so the viewer needs no list of
sections of its own and its language toggle also switches them.
"""

from __future__ import annotations

# key: (full title nl, full title en, short label nl, short label en); the short labels start
# the lines of the offline QR's note, where every byte counts.
SECTIONS: dict[str, tuple[str, str, str, str]] = {
    "for_responders": ("Voor hulpdiensten", "For emergency services", "Let op", "Note"),
    "my_crisis": ("Mijn crisis", "My crisis", "Crisis", "Crisis"),
    "language_and_communication": ("Taal en communicatie", "Language and communication",
                                   "Taal", "Language"),
    "what_helps": ("Wat helpt", "What helps", "Wel doen", "Do"),
    "what_does_not_help": ("Wat je moet laten", "What to avoid", "Niet doen", "Don't"),
    "contacts": ("Wie bellen", "Who to call", "Bel", "Call"),
    "care_providers": ("Hulpverleners", "Care providers", "Hulp", "Care"),
    "allergies": ("Allergieën", "Allergies", "Allergie", "Allergy"),
    "medications": ("Medicijnen", "Medicines", "Medicijnen", "Medicines"),
    "does_not_work_for_me": ("Medicijnen die niet werken", "Medicines that do not work",
                             "Werkt niet", "Does not work"),
    "physical_conditions": ("Lichamelijke gezondheid", "Physical health", "Lichamelijk", "Physical"),
    "preferred_clinics": ("Liever naar", "Preferred clinic", "Liever naar", "Preferred"),
    "refused_clinics": ("Niet naar", "Clinic I refuse", "Niet naar", "Not to"),
    "practical": ("Praktische zaken", "Practical matters", "Regelen", "Arrange"),
    "diagnosis": ("Diagnose", "Diagnosis", "Diagnose", "Diagnosis"),
    "full_plan_available_at": ("Het hele crisisplan", "The full crisis plan", "Heel plan", "Full plan"),
    "birth_date": ("Geboortedatum", "Date of birth", "Geboren", "Born"),
}

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Samenvatting voor hulpdiensten", "Summary for emergency services"),
    "name": ("Naam", "Name"),
    "version": ("Versie", "Version"),
    "valid_until": ("Geldig tot", "Valid until"),
    "valid_until_short": ("Geldig tot {date}", "Valid until {date}"),
    "version_short": ("versie {number}", "version {number}"),
    "no_valid_until": ("geen datum 'geldig tot' ingevuld", "no 'valid until' date filled in"),
    "qr_heading": ("In de QR-code", "In the QR code"),
    "qr_offline": (
        "Offline QR-code (vCard, versie {version}, foutcorrectie M): de camera van de telefoon toont "
        "dit als contactkaart, zonder internet.",
        "Offline QR code (vCard, version {version}, error correction M): the phone camera shows "
        "this as a contact card, without internet.",
    ),
    "qr_linked": (
        "Gekoppelde QR-code (versie {version}, foutcorrectie M): opent de versleutelde samenvatting "
        "op {viewer}.",
        "Linked QR code (version {version}, error correction M): opens the encrypted summary at "
        "{viewer}.",
    ),
    "qr_included": ("Staat in de QR-code:", "In the QR code:"),
    "qr_left_out": ("Past niet in de QR-code (staat wel op de kaart):",
                    "Did not fit in the QR code (it is on the card):"),
    "qr_nothing_left_out": ("Alles past in de QR-code.", "Everything fits in the QR code."),
    "not_fitted_reason": ("past niet in de QR-code", "does not fit in the QR code"),
    "call": ("Bel: {who}", "Call: {who}"),
    "withdrawn": ("ingetrokken", "withdrawn"),
    # LinkError reasons
    "link_no_viewer": ("het organisatieprofiel heeft geen viewer_url",
                       "the organisation profile has no viewer_url"),
    "link_viewer_fragment": ("viewer_url mag geen # of ? bevatten", "viewer_url must not contain # or ?"),
    "link_base_url": (
        "summary_base_url moet leeg zijn of {expected}: de viewer haalt bestanden alleen van zijn "
        "eigen adres",
        "summary_base_url must be empty or {expected}: the viewer fetches files from its own address only",
    ),
    "link_viewer_too_long": (
        "viewer_url is te lang voor een QR-code die op 25 mm leesbaar blijft: hoogstens {limit} tekens",
        "viewer_url is too long for a QR code that stays readable at 25 mm: at most {limit} characters",
    ),
    "link_no_link": (
        "deze kaart heeft nog geen link voor de samenvatting voor hulpdiensten",
        "this card has no link for the responder summary yet",
    ),
}


def word(key: str, language: str, **params: object) -> str:
    dutch, english = _WORDS[key]
    return (english if language == "en" else dutch).format(**params)


def section_title(key: str, language: str) -> str:
    texts = SECTIONS[key]
    return texts[1] if language == "en" else texts[0]


def section_short(key: str, language: str) -> str:
    texts = SECTIONS[key]
    return texts[3] if language == "en" else texts[2]
