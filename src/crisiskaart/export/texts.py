"""Fixed Dutch and English wording of the exports (card, A4 plan, HTML, noodblad), in plain language (B1).

Field and section names come from ``crisiskaart.model.labels``; only what the documents add
themselves lives here, so translators find it in one place.
"""

from __future__ import annotations

from crisiskaart.catalogue import Catalogue

_TEXTS: dict[str, tuple[str, str]] = {
    # wallet card: cover
    "plea": (
        "Ik kan nu misschien niet goed praten. Lees deze kaart.",
        "I may not be able to talk right now. Please read this card.",
    ),
    "found": ("Kaart gevonden? Kijk aan de binnenkant.", "Found this card? Look inside."),
    "born": ("geboren", "born"),
    "version": ("versie", "version"),
    "valid_until": ("geldig tot", "valid until"),
    "unknown_date": ("onbekend", "unknown"),
    # wallet card: inside
    "more_in_plan": ("… zie crisisplan", "… see crisis plan"),
    "do_not_call": ("Niet bellen", "Do not call"),
    "allergy": ("Allergie", "Allergy"),
    "does_not_work": ("Werkt niet", "Does not work"),
    "physical": ("Lichamelijk", "Physical"),
    "language": ("Taal", "Language"),
    "works_well": ("Werkt goed", "Works well"),
    "continued": ("vervolg", "continued"),
    # wallet card: "Ook belangrijk", the leads of items from sections without a panel of their own
    "also_refused_clinic": ("Niet naar", "Not to"),
    "also_preferred_clinic": ("Liever naar", "Preferably to"),
    "also_compulsory_care": ("Verplichte zorg", "Compulsory care"),
    "also_wish": ("Behandelwens", "Treatment wish"),
    "also_noticed_by_others": ("Anderen merken", "Others notice"),
    "also_noticed_by_me": ("Ik merk", "I notice"),
    "also_trigger": ("Lokt crisis uit", "Can set off a crisis"),
    "also_self_help": ("Zelf doe ik", "What I do myself"),
    "also_diagnosis": ("Diagnose", "Diagnosis"),
    # wallet card: back panel
    "qr_heading": ("Scan voor hulpdiensten", "Scan for emergency services"),
    "qr_place": ("Plaats voor de QR-code", "Place for the QR code"),
    "full_plan": ("Het hele crisisplan is te vragen bij", "The full crisis plan is available from"),
    "phone": ("tel.", "phone"),
    # report reasons (shown in the editor and on stderr)
    "reason_shortened": (
        "ingekort op de kaart; de hele tekst staat in het crisisplan",
        "shortened on the card; the full text is in the crisis plan",
    ),
    "reason_left_out": (
        "past niet meer op de kaart; staat wel in het crisisplan",
        "no room left on the card; it is in the crisis plan",
    ),
    "reason_max_contacts": (
        "er passen maximaal drie contactpersonen op de kaart",
        "at most three contact persons fit on the card",
    ),
    "reason_no_phone": (
        "staat niet bij 'wie bellen' omdat er geen telefoonnummer is",
        "not under 'who to call' because there is no phone number",
    ),
    "reason_glyph": (
        "een teken (bijvoorbeeld een emoji) kan niet worden afgedrukt en is vervangen door �",
        "a character (for example an emoji) cannot be printed and was replaced by �",
    ),
    "reason_logo": (
        "het logo van de organisatie kan niet worden gelezen; de kaart is zonder logo gemaakt",
        "the organisation's logo cannot be read; the card was made without it",
    ),
    # printing instructions
    "sheet_instruction": (
        "Afdrukken op A4 op ware grootte (100 %, niet 'passend maken'), dubbelzijdig, omslaan "
        "langs de lange kant. Knip langs de snijtekens, vouw langs de stippellijnen als een harmonica.",
        "Print on A4 at actual size (100 %, not 'fit to page'), double-sided, flip on the long "
        "edge. Cut along the crop marks, fold along the dashed lines like an accordion.",
    ),
    "sheet_back": ("Achterkant", "Back"),
    # a version nobody has signed yet (every panel and page)
    "concept_mark": ("CONCEPT — nog niet ondertekend", "DRAFT — not signed"),
    # a withdrawn version, as the editor's preview shows it (printing and exporting refuse it)
    "withdrawn_mark": ("INGETROKKEN — geldt niet meer", "WITHDRAWN — no longer valid"),
    # A4 plan
    "plan_title": ("Crisisplan van {name}", "Crisis plan of {name}"),
    "page_of": ("pagina {page} van {pages}", "page {page} of {pages}"),
    "signature": ("Handtekening", "Signature"),
    "date": ("Datum", "Date"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "nothing_filled_in": ("(niets ingevuld)", "(nothing filled in)"),
    "phase": ("Fase", "Phase"),
    "preferred_clinics_short": ("Liever naar", "Preferably to"),
    "signatures_intro": (
        "Iedereen die in dit plan genoemd wordt, is het eens met wat hieronder staat.",
        "Everyone named in this plan agrees with what is written below.",
    ),
    "me": ("ikzelf", "myself"),
    "no_name": ("(naam)", "(name)"),
    # the noodblad with the herstelcode; markup (<b>) only in these fixed texts, never in user text
    "recovery_kicker": ("crisiskaart · herstelcode", "crisiskaart · recovery code"),
    "recovery_title": ("Noodblad van je crisiskaart", "Crisis card recovery sheet"),
    "recovery_intro": (
        "Op dit blad staat de herstelcode van je crisiskaart. Ben je je wachtwoord vergeten? "
        "Met deze code kun je je kaart toch openen. Daarna kies je een nieuw wachtwoord.",
        "This sheet holds the recovery code of your crisis card. Have you forgotten your passphrase? "
        "With this code you can still open your card. Then you choose a new passphrase.",
    ),
    "recovery_code_heading": ("Je herstelcode", "Your recovery code"),
    "recovery_code_note": (
        "32 tekens in 8 groepjes van 4. Er staat nooit een O of I in: dat is altijd een 0 (nul) of 1 (een).",
        "32 characters in 8 groups of 4. There is never an O or I in it: "
        "that is always a 0 (zero) or 1 (one).",
    ),
    "recovery_file_label": ("Hoort bij kaartbestand", "Belongs to card file"),
    "recovery_made_label": ("Gemaakt op", "Made on"),
    "recovery_keep_heading": ("Bewaar dit blad goed", "Keep this sheet safe"),
    "recovery_keep_place": (
        "Bewaar dit blad op een veilige plek thuis. Niet bij je kaart en niet bij je laptop.",
        "Keep this sheet in a safe place at home. Not with your card and not with your laptop.",
    ),
    "recovery_keep_photo": (
        "Maak geen foto van dit blad. Mail het niet en stuur het niet door.",
        "Do not take a photo of this sheet. Do not email it or send it on.",
    ),
    "recovery_keep_anyone": (
        "<b>Wie dit blad heeft, kan je kaart openen.</b>",
        "<b>Anyone who has this sheet can open your card.</b>",
    ),
    "recovery_keep_new": (
        "Maak je een nieuwe herstelcode? Dan werkt deze code niet meer. Vernietig dan dit blad.",
        "Did you make a new recovery code? Then this code no longer works. Destroy this sheet.",
    ),
    "recovery_use_heading": ("Zo gebruik je de herstelcode", "How to use the recovery code"),
    "recovery_use_open": (
        "Start crisiskaart en kies <b>Een kaart openen…</b>",
        "Start crisiskaart and choose <b>Open a card…</b>",
    ),
    "recovery_use_forgot": (
        "Kies <b>Wachtwoord vergeten?</b>",
        "Choose <b>Forgot passphrase?</b>",
    ),
    "recovery_use_type": (
        "Typ de herstelcode. Kleine letters, spaties en streepjes mogen.",
        "Type the recovery code. Lower-case letters, spaces and dashes are fine.",
    ),
    "recovery_use_new": (
        "Daarna kies je een nieuw wachtwoord.",
        "Then you choose a new passphrase.",
    ),
    "recovery_no_name": (
        "Op dit blad staat met opzet geen naam. Zo weet iemand die het vindt niet van wie het is.",
        "This sheet deliberately has no name on it, so someone who finds it cannot tell whose it is.",
    ),
}


EXPORT_TEXTS = Catalogue("export", _TEXTS)
export_text = EXPORT_TEXTS.text
