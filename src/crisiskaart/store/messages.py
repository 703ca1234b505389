"""Dutch (B1) and English texts of the store's errors; the UI and the CLI show these as they are."""

from __future__ import annotations

from crisiskaart.catalogue import Catalogue

_TEXTS: dict[str, tuple[str, str]] = {
    "store_error": ("er ging iets mis met het kaartbestand", "something went wrong with the card file"),
    "no_access": (
        "geen toegang tot dit kaartbestand",
        "no access to this card file",
    ),
    "wrong_passphrase": (
        "het wachtwoord klopt niet (of het bestand is beschadigd)",
        "the passphrase is wrong (or the file is damaged)",
    ),
    "profile_wrong_passphrase": (
        "het wachtwoord van dit profiel klopt niet (of het profiel is beschadigd)",
        "the passphrase of this profile is wrong (or the profile is damaged)",
    ),
    "not_a_recipient": (
        "deze ondersteuner heeft geen toegang tot deze kaart",
        "this ondersteuner has no access to this card",
    ),
    "file_unreadable": (
        "kan het bestand niet lezen: geen toestemming ({path})",
        "cannot read the file: permission denied ({path})",
    ),
    "corrupt": (
        "het kaartbestand is beschadigd of onvolledig; open een reservekopie",
        "the card file is damaged or incomplete; open a backup",
    ),
    "profile_corrupt": (
        "dit bestand is geen ondersteunersprofiel, of het profiel is beschadigd of onvolledig; kies "
        "je profielbestand, of een reservekopie ervan",
        "this file is not an ondersteuner profile, or the profile is damaged or incomplete; choose "
        "your profile file, or a backup of it",
    ),
    "profile_is_public_key": (
        "dit is de openbare sleutel van een profiel (het .pub-bestand), niet het profiel zelf; kies "
        "het bestand met dezelfde naam zonder .pub",
        "this is the public key of a profile (the .pub file), not the profile itself; choose the "
        "file with the same name without .pub",
    ),
    "profile_is_card": (
        "dit is een kaartbestand, geen ondersteunersprofiel; kies je profielbestand",
        "this is a card file, not an ondersteuner profile; choose your profile file",
    ),
    "tampered": (
        "het kaartbestand is veranderd buiten dit programma om of beschadigd; "
        "open een reservekopie",
        "the card file was changed outside this program or is damaged; open a backup",
    ),
    "card_changed": (
        "het kaartbestand is vervangen of veranderd terwijl het hier open was; sluit de kaart en "
        "open hem opnieuw",
        "the card file was replaced or changed while it was open here; close the card and open it "
        "again",
    ),
    "unsafe_parameters": (
        "het kaartbestand vraagt onredelijk veel geheugen of rekentijd; het is niet geopend",
        "the card file asks for an unreasonable amount of memory or time; it was not opened",
    ),
    "unsupported_version": (
        "dit kaartbestand is gemaakt met een nieuwere versie van het programma "
        "(formaatversie {version}); werk het programma bij",
        "this card file was made by a newer version of the program "
        "(format version {version}); please update",
    ),
    "profile_unsupported_version": (
        "dit ondersteunersprofiel is gemaakt met een nieuwere versie van het programma "
        "(formaatversie {version}); werk het programma bij",
        "this ondersteuner profile was made by a newer version of the program "
        "(format version {version}); please update",
    ),
    "locked": (
        "deze kaart is al geopend op een andere computer ({host}, door {user}, sinds {since}); "
        "sluit hem daar eerst",
        "this card is open on another computer ({host}, by {user}, since {since}); close it there first",
    ),
    "locked_this_program": (
        "deze kaart is in dit programma al open om te bewerken, in een ander venster (sinds {since}); "
        "sluit hem daar eerst (Bestand › Kaart sluiten) en probeer het dan opnieuw",
        "this card is already open for editing in this program, in another window (since {since}); "
        "close it there first (File › Close card) and then try again",
    ),
    "locked_here": (
        "deze kaart is op deze computer al geopend, door {user} in een ander venster of programma "
        "(sinds {since}); sluit hem daar eerst",
        "this card is already open on this computer, by {user} in another window or program "
        "(since {since}); close it there first",
    ),
    "exists": (
        "er bestaat al een bestand met deze naam; er is niets overschreven ({path})",
        "a file with this name already exists; nothing was overwritten ({path})",
    ),
    "not_found": ("bestand niet gevonden: {path}", "file not found: {path}"),
    "invalid_request": (
        "dit kan niet met deze kaart",
        "this cannot be done with this card",
    ),
    "read_only_open": (
        "de kaart is alleen geopend om te lezen",
        "the card was opened for reading only",
    ),
    "not_a_concept": (
        "versie {number} is al ondertekend; wijzigingen komen in een nieuwe conceptversie",
        "version {number} is already signed; changes go into a new concept version",
    ),
    "unknown_ondersteuner": (
        "geen ondersteuner met de naam {name} in deze kaart",
        "no ondersteuner named {name} in this card",
    ),
    "unknown_version": (
        "versie {number} bestaat niet; deze kaart heeft versie 1 tot en met {count}",
        "version {number} does not exist; this card has versions 1 to {count}",
    ),
    "duplicate_ondersteuner": (
        "deze ondersteuner heeft al toegang tot deze kaart ({name})",
        "this ondersteuner already has access to this card ({name})",
    ),
    "bad_public_key": (
        "dit is geen geldig bestand met een openbare sleutel van een ondersteuner",
        "this is not a valid ondersteuner public key file",
    ),
    "empty_passphrase": (
        "het wachtwoord mag niet leeg zijn",
        "the passphrase must not be empty",
    ),
    "save_failed": (
        "opslaan is mislukt ({reason}); het bestand is niet veranderd",
        "saving failed ({reason}); the file was not changed",
    ),
    "disk_full": (
        "opslaan is mislukt: de schijf is vol; het bestand is niet veranderd. Maak ruimte vrij.",
        "saving failed: the disk is full; the file was not changed. Free some space.",
    ),
    "permission_denied": (
        "opslaan is mislukt: geen toestemming om in deze map te schrijven; "
        "het bestand is niet veranderd",
        "saving failed: no permission to write in this folder; the file was not changed",
    ),
    "read_only": (
        "opslaan is mislukt: deze schijf is alleen-lezen; het bestand is niet veranderd",
        "saving failed: this disk is read-only; the file was not changed",
    ),
    "file_replaced": (
        "opslaan is mislukt: een ander programma (bijvoorbeeld een synchronisatiedienst) heeft het "
        "kaartbestand vervangen terwijl het hier open was; sluit de kaart en open hem opnieuw",
        "saving failed: another program (a sync service, for example) replaced the card file while "
        "it was open here; close the card and open it again",
    ),
    "interrupted_save": (
        "de laatste keer opslaan is niet afgemaakt (de computer viel uit of de schijf was vol); de "
        "kaart opent zoals hij daarvoor was opgeslagen",
        "the last save did not finish (the computer stopped or the disk was full); the card opens "
        "as it was saved before that",
    ),
    "older_copy": (
        "dit is een oudere kopie van de kaart: deze computer heeft al versie {seen} gezien, dit "
        "bestand gaat tot versie {count}",
        "this is an older copy of the card: this computer has already seen version {seen}, this "
        "file goes up to version {count}",
    ),
    "fork": (
        "er is nog een kopie van deze kaart met eigen wijzigingen: {other}; voeg de twee samen "
        "(Kaart › Samenvoegen, of crisiskaart merge)",
        "there is another copy of this card with changes of its own: {other}; merge the two "
        "(Card › Merge, or crisiskaart merge)",
    ),
    "newer_copy": (
        "er is een nieuwere kopie van deze kaart: {other} (versie {count}); open liever die",
        "there is a newer copy of this card: {other} (version {count}); better open that one",
    ),
    "other_copy": (
        "er is nog een bestand van deze kaart: {other}; het is niet te vergelijken (ouder "
        "bestandsformaat of beschadigd)",
        "there is another file of this card: {other}; it cannot be compared (older file format or "
        "damaged)",
    ),
    "access_created": ("maakte de kaart", "made the card"),
    "access_format_upgraded": (
        "zette de kaart om naar het nieuwe bestandsformaat", "converted the card to the new file format"
    ),
    "access_passphrase_changed": (
        "veranderde het wachtwoord (nieuwe sleutel)", "changed the passphrase (new key)"
    ),
    "access_recovery_code_made": (
        "maakte een nieuwe herstelcode (nieuwe sleutel)", "made a new recovery code (new key)"
    ),
    "access_ondersteuner_added": ("gaf {subject} toegang", "gave {subject} access"),
    "access_ondersteuner_removed": (
        "nam {subject} de toegang af (nieuwe sleutel)", "took {subject}'s access away (new key)"
    ),
    "access_handed_over": (
        "droeg de kaart over aan {subject}; {detail} (nieuwe sleutel)",
        "handed the card over to {subject}; {detail} (new key)",
    ),
    "no_recovery_code": (
        "deze kaart heeft geen herstelcode; open hem met het wachtwoord",
        "this card has no recovery code; open it with the passphrase",
    ),
    "wrong_recovery_code": (
        "deze herstelcode hoort niet bij deze kaart (of er is later een nieuwe gemaakt)",
        "this recovery code does not belong to this card (or a newer one was made since)",
    ),
    "needs_client": (
        "deze kaart is nog in het oude bestandsformaat; de cliënt moet hem eerst één keer openen "
        "met haar wachtwoord, daarna kan dit",
        "this card is still in the old file format; the client must open it once with her "
        "passphrase first, then this can be done",
    ),
    "not_allowed_change": (
        "alleen de cliënt zelf kan dit veranderen",
        "only the client herself can change this",
    ),
    "not_allowed_change_passphrase": (
        "alleen de cliënt zelf kan het wachtwoord van de kaart veranderen",
        "only the client herself can change the passphrase of the card",
    ),
    "not_allowed_recovery_code": (
        "alleen de cliënt zelf kan een herstelcode maken",
        "only the client herself can make a recovery code",
    ),
    "not_allowed_add_ondersteuner": (
        "alleen de cliënt zelf kan iemand toegang geven; een ondersteuner kan de kaart wel "
        "overdragen met toestemming van de cliënt",
        "only the client herself can give someone access; an ondersteuner can hand the card over "
        "with the client's consent",
    ),
    "not_allowed_remove_ondersteuner": (
        "alleen de cliënt zelf kan iemand de toegang afnemen",
        "only the client herself can take someone's access away",
    ),
    "not_allowed_hand_over": (
        "alleen een ondersteuner kan de kaart overdragen aan een collega",
        "only an ondersteuner can hand the card over to a colleague",
    ),
    # the history rules (store.lifecycle): {current} and {target} are status names
    "transition_refused": (
        "versie {number} is {current}; die kan niet direct {target} worden",
        "version {number} is {current}; it cannot become {target} directly",
    ),
    "transition_refused_changed": (
        "versie {number} is {current} en kan niet meer veranderen; wijzigingen komen in een "
        "nieuwe conceptversie",
        "version {number} is {current} and cannot change; changes go into a new concept version",
    ),
    # a herstelcode typed back from the noodblad; the typed code itself is never repeated
    "recovery_code_incomplete": (
        "deze herstelcode is niet compleet: een herstelcode heeft 32 tekens in 8 groepjes van 4",
        "this recovery code is incomplete: a recovery code has 32 characters in 8 groups of 4",
    ),
    "recovery_code_too_long": (
        "deze herstelcode heeft te veel tekens: een herstelcode heeft 32 tekens in 8 groepjes van 4",
        "this recovery code has too many characters: a recovery code has 32 characters in 8 groups of 4",
    ),
    "recovery_code_character": (
        "in deze herstelcode staat een teken dat er niet in hoort: {character}; "
        "een herstelcode heeft alleen cijfers en letters (geen U); kijk het na op je noodblad",
        "this recovery code contains a character that does not belong in it: {character}; "
        "a recovery code has only digits and letters (no U); check it against your recovery sheet",
    ),
    # why a new passphrase is too easy to guess (store.strength), followed by the advice
    "passphrase_advice": (
        "maak het langer, bijvoorbeeld vier losse woorden",
        "make it longer, for example four separate words",
    ),
    "passphrase_too_easy": (
        "dit wachtwoord is te makkelijk te raden", "this passphrase is too easy to guess"
    ),
    "passphrase_personal": (
        "je naam of een ander gegeven over jou is makkelijk te raden",
        "your name or other details about you are easy to guess",
    ),
    "passphrase_common": ("dit is een veelgebruikt wachtwoord", "this is a commonly used password"),
    "passphrase_like_common": (
        "dit lijkt op een veelgebruikt wachtwoord", "this is similar to a commonly used password"
    ),
    "passphrase_one_word": ("één los woord is makkelijk te raden", "a single word is easy to guess"),
    "passphrase_names": ("namen zijn makkelijk te raden", "names are easy to guess"),
    "passphrase_keyboard": (
        "rijen toetsen zoals ‘qwerty’ zijn makkelijk te raden",
        "rows of keys like ‘qwerty’ are easy to guess",
    ),
    "passphrase_repeats": (
        "herhalingen zoals ‘aaa’ of ‘abcabc’ zijn makkelijk te raden",
        "repeats like ‘aaa’ or ‘abcabc’ are easy to guess",
    ),
    "passphrase_sequences": (
        "reeksen zoals ‘abc’ of ‘6543’ zijn makkelijk te raden",
        "sequences like ‘abc’ or ‘6543’ are easy to guess",
    ),
    "passphrase_dates": ("jaartallen en datums zijn makkelijk te raden", "years and dates are easy to guess"),
}


STORE_TEXTS = Catalogue("store", _TEXTS)
store_text = STORE_TEXTS.text  # a placeholder nobody passed shows as "?"
