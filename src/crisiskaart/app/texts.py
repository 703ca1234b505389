"""Dutch (B1) and English words of the application layer: what the CLI and the editor both say.

Errors of reading and exporting a card, the checks before printing and the lines about what did
not fit live here once, so the command line and the editor never word the same thing twice. The
CLI's own catalogue (``crisiskaart.cli.texts``) falls back to this one.
"""

from __future__ import annotations

from crisiskaart.catalogue import Catalogue

_TEXTS: dict[str, tuple[str, str]] = {
    # reading a plan from a file
    "file_not_found": ("bestand niet gevonden: {path}", "file not found: {path}"),
    "file_unreadable": ("kan {path} niet lezen: {reason}", "cannot read {path}: {reason}"),
    "not_text": (
        "{path} is geen tekstbestand (verwacht UTF-8 JSON)",
        "{path} is not a text file (expected UTF-8 JSON)",
    ),
    "invalid_json": ("{path} is geen geldige kaart: {issue}", "{path} is not a valid card: {issue}"),
    "stored_invalid": (
        "versie {number} in het bestand is geen geldige kaart: {issue}",
        "version {number} in the file is not a valid card: {issue}",
    ),
    "plan_invalid": ("dit is geen geldige kaart", "this is not a valid card"),
    # exporting
    "format_unavailable": (
        "het formaat {format} zit nog niet in deze versie van crisiskaart",
        "the format {format} is not part of this version of crisiskaart yet",
    ),
    "destination_exists": (
        "{path} bestaat al; er is niets overschreven",
        "{path} already exists; nothing was overwritten",
    ),
    "version_withdrawn": (
        "versie {number} van deze kaart is ingetrokken en geldt niet meer; daarom wordt hij niet als "
        "kaart afgedrukt of geëxporteerd, zodat er geen oude kaart rondgaat",
        "version {number} of this card was withdrawn and no longer counts, so it is not printed or "
        "exported as a card: no old card goes round",
    ),
    "version_replaced": (
        "versie {number} van deze kaart is vervangen door een nieuwere kaart en geldt niet meer; daarom "
        "wordt hij niet als kaart afgedrukt of geëxporteerd, zodat er geen oude kaart rondgaat",
        "version {number} of this card was replaced by a newer card and no longer counts, so it is not "
        "printed or exported as a card: no old card goes round",
    ),
    "organisation_invalid": (
        "kan het organisatieprofiel {path} niet gebruiken: {reason}",
        "cannot use the organisation profile {path}: {reason}",
    ),
    "not_fitted": ("{section}: “{text}”: {reason}", "{section}: “{text}”: {reason}"),
    "export_cover": ("voorkant", "cover"),
    "export_back": ("achterkant", "back panel"),
    "qr_left_out": (
        "niet in de QR-code (wel op de kaart): {items}",
        "not in the QR code (but on the card): {items}",
    ),
    # the linked responder summary
    "link_needs_card": (
        "een gekoppelde QR-code heeft een versleuteld kaartbestand nodig (de sleutel wordt daarin "
        "bewaard); exporteer vanuit het kaartbestand, niet vanuit JSON",
        "a linked QR code needs an encrypted card file (the key is kept in it); export from the "
        "card file, not from JSON",
    ),
    "link_needs_latest": (
        "deze kaart heeft nog geen koppeling voor de QR-code; exporteer eerst de nieuwste versie",
        "this card has no link for the QR code yet; export the latest version first",
    ),
    "link_created": (
        "nieuwe koppeling voor de QR-samenvatting gemaakt en bewaard als versie {number}",
        "new link for the QR summary made and saved as version {number}",
    ),
    "summary_no_link": (
        "{path} heeft geen gekoppelde samenvatting voor hulpdiensten om in te trekken",
        "{path} has no linked responder summary to withdraw",
    ),
    "summary_withdrawn_note": ("samenvatting voor hulpdiensten ingetrokken", "responder summary withdrawn"),
    "summary_withdrawn": (
        "ingetrokken: versie {number} opgeslagen zonder link. Zet de map {folder} op de server; "
        "de QR-code op oude kaarten toont dan INGETROKKEN",
        "withdrawn: version {number} saved without the link. Upload the folder {folder}; "
        "the QR code on old cards then shows WITHDRAWN",
    ),
    "needs_viewer": (
        "hiervoor is een organisatieprofiel met een vieweradres (viewer_url) nodig; je krijgt het "
        "van de organisatie die de samenvatting op haar website zet",
        "this needs an organisation profile with a viewer address (viewer_url); you get it from the "
        "organisation that puts the summary on its website",
    ),
    "withdraw_needs_target": (
        "intrekken moet de server bereiken: geef een map om te uploaden, of een organisatieprofiel "
        "met een WebDAV-adres",
        "withdrawing must reach the server: give a folder to upload, or an organisation profile with "
        "a WebDAV address",
    ),
    "upload_failed": ("uploaden is niet gelukt", "the upload failed"),
    "summary_published": (
        "gepubliceerd: {url}",
        "published: {url}",
    ),
    "summary_withdrawn_online": (
        "ingetrokken: versie {number} opgeslagen zonder link, en het ingetrokken bestand staat op "
        "{url}; de QR-code op oude kaarten toont nu INGETROKKEN",
        "withdrawn: version {number} saved without the link, and the withdrawn file is at {url}; "
        "the QR code on old cards now shows WITHDRAWN",
    ),
    "key_example_replaced": (
        "de sleutel van de gekoppelde samenvatting was die van het voorbeeld, en die is openbaar; "
        "deze kaart heeft nu een eigen, nieuwe sleutel. Een QR-code die al met de oude sleutel "
        "geprint is, hoort niet meer bij deze kaart",
        "the linked summary's key was the example's, which is public; this card now has a new key "
        "of its own. A QR code already printed with the old key no longer belongs to this card",
    ),
    "key_foreign_replaced": (
        "de sleutel van de gekoppelde samenvatting in het JSON-bestand is niet overgenomen: deze "
        "kaart heeft een eigen, nieuwe sleutel. Een QR-code die met die sleutel geprint is, hoort "
        "bij de kaart waar het bestand vandaan kwam",
        "the linked summary's key in the JSON file was not taken over: this card has a new key of "
        "its own. A QR code printed with that key belongs to the card the file came from",
    ),
    "key_kept_own": (
        "de sleutel van de gekoppelde samenvatting in het JSON-bestand is niet gebruikt: de kaart "
        "houdt haar eigen sleutel, zodat geprinte QR-codes blijven werken",
        "the linked summary's key in the JSON file was not used: the card keeps its own key, so "
        "printed QR codes keep working",
    ),
    # operating-system errors, in words (never the system's own English text alone)
    "os_permission": (
        "geen toestemming om {path} te openen of te schrijven",
        "no permission to open or write {path}",
    ),
    "os_disk_full": (
        "de schijf is vol; {path} is niet geschreven. Maak ruimte vrij",
        "the disk is full; {path} was not written. Free some space",
    ),
    "os_read_only": (
        "deze schijf is alleen-lezen; {path} is niet geschreven",
        "this disk is read-only; {path} was not written",
    ),
    "os_is_folder": ("{path} is een map, geen bestand", "{path} is a folder, not a file"),
    "os_not_folder": (
        "een deel van {path} is geen map",
        "part of {path} is not a folder",
    ),
    "os_name_too_long": ("de naam {path} is te lang", "the name {path} is too long"),
    "os_other": (
        "lezen of schrijven van {path} lukte niet; er is niets veranderd",
        "reading or writing {path} did not work; nothing was changed",
    ),
    "os_no_path": ("het bestand", "the file"),
    "not_utf8": ("het bestand is geen tekstbestand", "the file is not a text file"),
    "unknown_error": (
        "er ging iets mis in het programma; er is niets veranderd. Meld het bij de makers als het "
        "vaker gebeurt",
        "something went wrong in the program; nothing was changed. Please tell the makers if it "
        "happens again",
    ),
    # checks before printing
    "check_concept": (
        "Deze versie is nog een concept en niet ondertekend. Er komt CONCEPT op te staan.",
        "This version is still a draft and has not been signed. It will say DRAFT on it.",
    ),
    "check_pva_concept": (
        "Het plan van aanpak is nog niet ondertekend. Er komt CONCEPT op te staan. Vul de datum "
        "van ondertekenen in als je het plan hebt getekend.",
        "The plan van aanpak has not been signed yet. It will say DRAFT on it. Fill in the signing "
        "date once you have signed the plan.",
    ),
    "check_no_valid_until": (
        "Er staat niet bij tot wanneer het plan geldt. Vul bij Beheer ‘geldig tot’ in.",
        "The plan does not say until when it is valid. Fill in ‘valid until’ under Management.",
    ),
    "check_expired": (
        "Het plan was geldig tot {date}. Die datum is voorbij. Kijk het plan na en vul een nieuwe "
        "datum in.",
        "The plan was valid until {date}. That date has passed. Review the plan and fill in a new "
        "date.",
    ),
    "check_not_fitted_one": (
        "Eén stukje tekst past niet helemaal op de kaart. In het crisisplan staat het wel.",
        "One piece of text does not fit on the card in full. It is in the crisis plan.",
    ),
    "check_not_fitted_many": (
        "{count} stukjes tekst passen niet helemaal op de kaart. In het crisisplan staan ze wel.",
        "{count} pieces of text do not fit on the card in full. They are in the crisis plan.",
    ),
    "check_qr_no_phone": (
        "In de QR-code staat geen telefoonnummer. Hulpdiensten kunnen dan niet meteen iemand bellen. "
        "Geef een contactpersoon een nummer en zet ‘ook voor hulpdiensten’ aan.",
        "The QR code has no phone number. Emergency services then cannot call anyone straight away. "
        "Give a contact person a number and switch on ‘also for emergency services’.",
    ),
}


APP_TEXTS = Catalogue("app", _TEXTS)
app_text = APP_TEXTS.text


def has_text(key: str) -> bool:
    return key in APP_TEXTS
