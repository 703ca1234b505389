"""Validation messages in Dutch (B1) and English, one template per problem code.

The model has no Qt dependency, so its texts live here rather than in Qt Linguist files
(docs/i18n.md). ``tests/model/test_messages.py`` checks every code has both languages.
"""

from __future__ import annotations

from crisiskaart.catalogue import Catalogue

MESSAGES: dict[str, tuple[str, str]] = {
    # structure (reported while reading JSON)
    "json_invalid": (
        "dit is geen geldige JSON (regel {line}, kolom {column})",
        "this is not valid JSON (line {line}, column {column})",
    ),
    "json_too_deep": (
        "het bestand is te diep genest (meer dan {limit} lagen in elkaar); zo ziet een kaart er "
        "niet uit",
        "the file is nested too deeply (more than {limit} levels inside each other); a card does "
        "not look like this",
    ),
    "json_number_too_large": (
        "het getal ‘{value}’ is te groot; zo'n getal hoort niet in een kaart",
        "the number ‘{value}’ is too large; a card holds no such number",
    ),
    "json_not_a_number": (
        "‘{value}’ is geen getal en geen geldige JSON; schrijf een gewoon getal of tekst",
        "‘{value}’ is not a number and not valid JSON; write an ordinary number or text",
    ),
    "not_an_object": (
        "het bestand moet één kaart bevatten (een JSON-object)",
        "the file must contain one card (a JSON object)",
    ),
    "schema_version_unsupported": (
        "schemaversie {found} wordt niet ondersteund; dit programma kent versie 1 tot en met "
        "{supported}. Gebruik een nieuwere versie van crisiskaart.",
        "schema version {found} is not supported; this program knows versions 1 to {supported}. "
        "Use a newer version of crisiskaart.",
    ),
    "unknown_field": ("onbekend veld ‘{name}’", "unknown field ‘{name}’"),
    "missing_field": ("dit veld ontbreekt", "this field is missing"),
    "text_too_long": (
        "de tekst is {length} tekens lang; hier passen er hoogstens {limit}",
        "the text is {length} characters long; at most {limit} fit here",
    ),
    "too_many_items": (
        "er staan {length} onderdelen in deze lijst; het maximum is {limit}",
        "this list has {length} entries; the maximum is {limit}",
    ),
    "date_impossible": ("‘{value}’ is geen bestaande datum", "‘{value}’ is not an existing date"),
    "date_format": (
        "‘{value}’ is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2026-03-14",
        "‘{value}’ is not a date; write year-month-day, for example 2026-03-14",
    ),
    "invalid_choice": (
        "‘{value}’ is geen geldige keuze; kies uit: {choices}",
        "‘{value}’ is not a valid choice; choose from: {choices}",
    ),
    "wrong_type": (
        "verkeerde soort waarde ‘{value}’: hier hoort {expected}",
        "wrong kind of value ‘{value}’: expected {expected}",
    ),
    "invalid_value": ("ongeldige waarde ‘{value}’", "invalid value ‘{value}’"),
    # content rules (validate_plan)
    "name_missing": (
        "vul je naam in; hulpverleners moeten weten van wie de kaart is",
        "fill in your name; responders need to know whose card this is",
    ),
    "phone_invalid": (
        "‘{value}’ is geen Nederlands of internationaal telefoonnummer "
        "(bijvoorbeeld 06-12345678 of +32 470 12 34 56)",
        "‘{value}’ is not a Dutch or international phone number "
        "(for example 06-12345678 or +32 470 12 34 56)",
    ),
    "no_contact_person": (
        "er staat geen contactpersoon op de kaart; zet minstens één persoon met een "
        "telefoonnummer op de kaart",
        "the card has no contact person; put at least one person with a phone number on the card",
    ),
    "contact_without_phone": (
        "{name} staat op de kaart maar heeft geen telefoonnummer",
        "{name} is on the card but has no phone number",
    ),
    "date_out_of_range": (
        "{value} kan niet kloppen; kies een datum tussen {earliest} en {latest}",
        "{value} cannot be right; choose a date between {earliest} and {latest}",
    ),
    "birth_date_in_future": (
        "de geboortedatum {value} ligt in de toekomst",
        "the date of birth {value} is in the future",
    ),
    "date_in_future": ("{value} ligt in de toekomst", "{value} is in the future"),
    "valid_until_before_signed": (
        "geldig tot ({valid_until}) ligt vóór de datum van ondertekening ({signed_on})",
        "valid until ({valid_until}) is before the date of signing ({signed_on})",
    ),
    "signed_before_drawn_up": (
        "ondertekend op ({signed_on}) ligt vóór opgesteld op ({drawn_up_on})",
        "signed on ({signed_on}) is before drawn up on ({drawn_up_on})",
    ),
    "valid_too_long": (
        "geldig tot ligt meer dan {months} maanden na ondertekening; hulpverleners vertrouwen "
        "een kaart van hoogstens anderhalf jaar oud",
        "valid until is more than {months} months after signing; responders trust a card that is "
        "at most one and a half years old",
    ),
    "duplicate_id": (
        "het kenmerk ‘{value}’ komt twee keer voor",
        "the identifier ‘{value}’ occurs twice",
    ),
    "duplicate_card_section": (
        "‘{value}’ staat twee keer in de volgorde van de kaart",
        "‘{value}’ occurs twice in the order of the card",
    ),
    "letter_before_announcement": (
        "de brief ({letter_sent_on}) is verstuurd vóór het bericht over de zorgmachtiging "
        "({announced_on})",
        "the letter ({letter_sent_on}) was sent before the notice of the care authorisation "
        "({announced_on})",
    ),
    "decision_before_letter": (
        "het besluit ({decision_on}) ligt vóór de brief ({letter_sent_on})",
        "the decision ({decision_on}) is before the letter ({letter_sent_on})",
    ),
}

# Words used inside messages ("hier hoort {expected}").
EXPECTED_KINDS: dict[str, tuple[str, str]] = {
    "string": ("tekst", "text"),
    "list": ("een lijst", "a list"),
    "bool": ("ja of nee (true/false)", "yes or no (true/false)"),
    "int": ("een heel getal", "a whole number"),
    "object": ("een groep velden (JSON-object)", "a group of fields (JSON object)"),
}


MESSAGE_TEXTS = Catalogue("model messages", MESSAGES)
EXPECTED_KIND_TEXTS = Catalogue("model expected kinds", EXPECTED_KINDS)


def message_text(code: str, language: str = "nl", **params: object) -> str:
    """The message for ``code`` in ``language`` with ``params`` filled in."""
    return MESSAGE_TEXTS.text(code, language, **params)
