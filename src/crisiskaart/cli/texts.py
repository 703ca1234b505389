"""Dutch and English texts of the command line (the model has its own catalogue, see docs/i18n.md).

What the editor says too (reading and exporting a card, the responder summary, errors) lives in
``crisiskaart.app.texts``; ``cli_text`` finds those keys there, so they are worded once.
"""

from __future__ import annotations

from crisiskaart.app.texts import APP_TEXTS
from crisiskaart.catalogue import Catalogue

_TEXTS: dict[str, tuple[str, str]] = {
    "internal_error": (
        "interne fout ({detail}); er is niets opgeslagen of gewijzigd. Meld dit bij de ontwikkelaars.",
        "internal error ({detail}); nothing was saved or changed. Please report this.",
    ),
    "valid": ("geldig: {path}", "valid: {path}"),
    "warning_prefix": ("let op", "note"),
    "no_display": (
        "geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn leeg); "
        "start de bewerker op een computer met een scherm",
        "no display found (DISPLAY and WAYLAND_DISPLAY are empty); "
        "start the editor on a computer with a screen",
    ),
    "missing_xcb": (
        "Qt kan geen venster openen: de systeembibliotheek {library} ontbreekt "
        "(installeer: sudo apt-get install {packages})",
        "Qt cannot open a window: the system library {library} is missing "
        "(install: sudo apt-get install {packages})",
    ),
    "smoke_test_demo_only": (
        "--smoke-test kan alleen met --demo: een foto van het venster met een echte kaart "
        "zou op de schijf komen",
        "--smoke-test works only with --demo: a picture of the window with a real card would land on disk",
    ),
    # encrypted cards (store_commands)
    "prompt": ("Wachtwoord: ", "Passphrase: "),
    "prompt_profile": ("Wachtwoord van het ondersteunersprofiel: ", "Ondersteuner profile passphrase: "),
    "prompt_new": ("Nieuw wachtwoord: ", "New passphrase: "),
    "prompt_again": ("Nieuw wachtwoord nog een keer: ", "New passphrase again: "),
    "prompt_name": ("Naam van de ondersteuner: ", "Name of the ondersteuner: "),
    "prompt_org": ("Organisatie (mag leeg): ", "Organisation (may be empty): "),
    "mismatch": ("de twee wachtwoorden zijn niet gelijk", "the two passphrases differ"),
    "no_passphrase": (
        "geen wachtwoord: typ het in een terminal, of gebruik CRISISKAART_PASSPHRASE "
        "of --passphrase-file",
        "no passphrase: type it in a terminal, or use CRISISKAART_PASSPHRASE or --passphrase-file",
    ),
    "no_new_passphrase": (
        "geen nieuw wachtwoord: typ het in een terminal, of gebruik CRISISKAART_NEW_PASSPHRASE "
        "of --new-passphrase-file",
        "no new passphrase: type it in a terminal, or use CRISISKAART_NEW_PASSPHRASE "
        "or --new-passphrase-file",
    ),
    "two_credentials": (
        "geef één manier om de kaart te openen: het wachtwoord, de herstelcode of een profiel",
        "give one way to open the card: the passphrase, the recovery code or a profile",
    ),
    "recovery_kit_done": (
        "nieuwe herstelcode gemaakt: {code}\nhet noodblad staat in {path}; print het en bewaar "
        "het op een veilige plek. Een eerdere herstelcode werkt niet meer.",
        "new recovery code made: {code}\nthe recovery sheet is in {path}; print it and keep it "
        "somewhere safe. Any earlier recovery code no longer works.",
    ),
    "output_exists": (
        "{path} bestaat al; er is niets overschreven en er is geen nieuwe herstelcode gemaakt",
        "{path} already exists; nothing was overwritten and no new recovery code was made",
    ),
    "output_unwritable": ("kan {path} niet schrijven: {reason}", "cannot write {path}: {reason}"),
    "updated": (
        "versie {number} (concept) opgeslagen in {path}", "version {number} (concept) saved in {path}"
    ),
    "merged": (
        "samengevoegd in versie {number} (concept) van {path}; de andere kopie is bewaard als {backup}",
        "merged into version {number} (concept) of {path}; the other copy is kept as {backup}",
    ),
    "merge_conflict": (
        "in beide kopieën veranderd, de nieuwste is bewaard: {label}",
        "changed in both copies, the newest was kept: {label}",
    ),
    "merge_same": (
        "de twee bestanden zijn gelijk; er is niets samengevoegd",
        "the two files are the same; nothing was merged",
    ),
    "merge_other_newer": (
        "{other} is gewoon nieuwer dan {path} (geen eigen wijzigingen in {path}); open {other}",
        "{other} is simply newer than {path} (no changes of its own in {path}); open {other}",
    ),
    "merge_other_older": (
        "{other} is een oudere kopie van {path}; er is niets samen te voegen",
        "{other} is an older copy of {path}; there is nothing to merge",
    ),
    "merge_unrelated": (
        "{other} is geen kopie van dezelfde kaart als {path}",
        "{other} is not a copy of the same card as {path}",
    ),
    "access_client": ("Jij (de cliënt), met je wachtwoord", "You (the client), with your passphrase"),
    "access_recovery_yes": ("Herstelcode: gemaakt op {date}", "Recovery code: made on {date}"),
    "access_recovery_no": ("Herstelcode: nog niet gemaakt", "Recovery code: not made yet"),
    "access_ondersteuner": (
        "Ondersteuner: {name} ({organisation}), vingerafdruk {fingerprint}",
        "Ondersteuner: {name} ({organisation}), fingerprint {fingerprint}",
    ),
    "access_key": (
        "Sleutel: generatie {generation}, laatst veranderd op {date}",
        "Key: generation {generation}, last changed on {date}",
    ),
    "access_event": ("{date}  {who}: {what}", "{date}  {who}: {what}"),
    "no_name": ("geef de naam met --name", "give the name with --name"),
    "created": ("kaart gemaakt: {path}", "card created: {path}"),
    # the linked responder summary on the organisation's WebDAV server (summary_commands)
    "prompt_webdav": ("WebDAV-wachtwoord voor {user} ({url}): ", "WebDAV password for {user} ({url}): "),
    "webdav_password_not_kept": (
        "{reason}; het wachtwoord dat je nu intypt, wordt één keer gebruikt en niet bewaard",
        "{reason}; the password you type now is used once and not kept",
    ),
    "webdav_password_kept": (
        "het WebDAV-wachtwoord staat nu in de sleutelbos van deze computer",
        "the WebDAV password is now kept in this computer's keyring",
    ),
    "passwd_done": ("wachtwoord gewijzigd: {path}", "passphrase changed: {path}"),
    "profile_created": (
        "profiel gemaakt: {path}; openbare sleutel: {public} (vingerafdruk {fingerprint})",
        "profile created: {path}; public key: {public} (fingerprint {fingerprint})",
    ),
    "added": (
        "toegang gegeven aan {name} ({organisation}), vingerafdruk {fingerprint}",
        "access given to {name} ({organisation}), fingerprint {fingerprint}",
    ),
    "removed": ("toegang ingetrokken voor {name}", "access removed for {name}"),
    # ondersteuner workspace (workspace_commands)
    "not_a_folder": ("dit is geen map: {path}", "not a folder: {path}"),
    "negative_days": ("--days mag niet negatief zijn", "--days must not be negative"),
    "caseload_total": (
        "{count} kaarten: {readable} met toegang, {other} zonder toegang of beschadigd",
        "{count} cards: {readable} with access, {other} without access or damaged",
    ),
    "diff_none": ("geen verschillen tussen versie {a} en versie {b}",
                  "no differences between version {a} and version {b}"),
    # export (export_commands)
    "export_exists": (
        "{path} bestaat al; gebruik --force om het te overschrijven",
        "{path} already exists; use --force to overwrite it",
    ),
    "exported": ("geschreven: {path}", "written: {path}"),
    # the eigen plan van aanpak (pva_commands)
    "pva_missing": (
        "deze kaart heeft nog geen eigen plan van aanpak; begin het in de bewerker "
        "(Eigen plan van aanpak)",
        "this card has no own plan of action yet; start it in the editor (Eigen plan van aanpak)",
    ),
    "pva_bad_date": (
        "‘{value}’ is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2026-11-27",
        "‘{value}’ is not a date; write year-month-day, for example 2026-11-27",
    ),
}


CLI_TEXTS = Catalogue("cli", _TEXTS, fallback=APP_TEXTS)
cli_text = CLI_TEXTS.text
