"""Dutch and English words of the responder summary: section titles and the QR's short labels.

The titles travel inside the encrypted summary in both languages, so the viewer needs no list of
sections of its own and its language toggle also switches them.
"""

from __future__ import annotations

from crisiskaart.catalogue import Catalogue

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
    "do_not_contact": ("Niet bellen", "Do not call", "Niet bellen", "Do not call"),
    "care_providers": ("Hulpverleners", "Care providers", "Hulp", "Care"),
    "allergies": ("Allergieën", "Allergies", "Allergie", "Allergy"),
    "medications": ("Medicijnen", "Medicines", "Medicijnen", "Medicines"),
    "does_not_work_for_me": ("Medicijnen die niet werken", "Medicines that do not work",
                             "Werkt niet", "Does not work"),
    "works_for_me": ("Medicijnen die goed werken", "Medicines that work well", "Werkt goed", "Works well"),
    "physical_conditions": ("Lichamelijke gezondheid", "Physical health", "Lichamelijk", "Physical"),
    "noticed_by_others": ("Wat anderen merken", "What others notice", "Signaal", "Sign"),
    "noticed_by_me": ("Wat ik zelf merk", "What I notice myself", "Ik merk", "I notice"),
    "triggers": ("Wat een crisis uitlokt", "What can set off a crisis", "Uitlokker", "Trigger"),
    "preferred_clinics": ("Liever naar", "Preferred clinic", "Liever naar", "Preferred"),
    "refused_clinics": ("Niet naar", "Clinic I refuse", "Niet naar", "Not to"),
    "compulsory_care": ("Als verplichte zorg nodig is", "If compulsory care is needed",
                        "Verplichte zorg", "Compulsory care"),
    "wishes": ("Behandelwensen", "Treatment wishes", "Wens", "Wish"),
    "practical": ("Praktische zaken", "Practical matters", "Regelen", "Arrange"),
    "self_help": ("Wat ik zelf kan doen", "What I can do myself", "Zelf", "Myself"),
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
    "shortened_reason": ("naam ingekort in de QR-code", "name shortened in the QR code"),
    "qr_print_size": (
        "QR-code versie {version}, foutcorrectie M. Afmeting van de code zelf: {symbol} mm "
        "(modules van {module} mm). Laat er rondom {quiet} mm wit omheen.",
        "QR code version {version}, error correction M. Size of the code itself: {symbol} mm "
        "(modules of {module} mm). Leave {quiet} mm of white around it.",
    ),
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
    # putting the summary on the organisation's WebDAV server (summary/publish.py)
    "publish_no_webdav": (
        "het organisatieprofiel heeft geen WebDAV-adres; zet de map van de samenvatting dan zelf "
        "op de server",
        "the organisation profile has no WebDAV address; put the summary folder on the server yourself",
    ),
    "publish_no_password": (
        "er staat geen WebDAV-wachtwoord voor {user} ({url}) in de sleutelbos van deze computer; "
        "vul het in bij Ondersteuner › Organisatie…",
        "there is no WebDAV password for {user} ({url}) in this computer's keyring; enter it in "
        "Ondersteuner › Organisation…",
    ),
    "publish_no_keyring": (
        "deze computer heeft geen sleutelbos (keyring) voor het WebDAV-wachtwoord",
        "this computer has no keyring for the WebDAV password",
    ),
    "publish_keyring_plaintext": (
        "de sleutelbos van deze computer bewaart wachtwoorden onversleuteld; daar komt het "
        "WebDAV-wachtwoord niet in",
        "this computer's keyring keeps passwords unencrypted; the WebDAV password is not put there",
    ),
    "publish_auth": (
        "de server neemt gebruikersnaam {user} of het wachtwoord niet aan ({url})",
        "the server does not accept user name {user} or the password ({url})",
    ),
    "publish_forbidden": (
        "{user} mag niet schrijven op {url}",
        "{user} may not write to {url}",
    ),
    "publish_no_folder": (
        "de map {url} bestaat niet op de server; controleer het WebDAV-adres",
        "the folder {url} does not exist on the server; check the WebDAV address",
    ),
    "publish_full": ("de server is vol ({url})", "the server is full ({url})"),
    "publish_refused": (
        "de server weigert {url} (HTTP {status})",
        "the server refuses {url} (HTTP {status})",
    ),
    "publish_certificate": (
        "het certificaat van {host} is niet te vertrouwen; er is niets verstuurd",
        "the certificate of {host} cannot be trusted; nothing was sent",
    ),
    "publish_unreachable": (
        "{host} is nu niet bereikbaar; controleer de internetverbinding en probeer het opnieuw",
        "{host} cannot be reached now; check the internet connection and try again",
    ),
    "link_example_key": (
        "deze kaart heeft nog de openbare sleutel van het voorbeeld; daarmee kan iedereen de "
        "samenvatting lezen. Maak eerst een eigen sleutel (open de kaart in het programma)",
        "this card still has the example's public key, with which anyone can read the summary. "
        "Make a key of its own first (open the card in the program)",
    ),
}


SUMMARY_WORDS = Catalogue("summary", _WORDS)
word = SUMMARY_WORDS.text


SECTION_TITLES = Catalogue("summary section titles", {key: (t[0], t[1]) for key, t in SECTIONS.items()})
SECTION_SHORTS = Catalogue("summary section shorts", {key: (t[2], t[3]) for key, t in SECTIONS.items()})


def section_title(key: str, language: str) -> str:
    return SECTION_TITLES.label(key, language)


def section_short(key: str, language: str) -> str:
    return SECTION_SHORTS.label(key, language)
