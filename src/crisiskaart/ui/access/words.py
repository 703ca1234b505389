"""The access of a card in words: who, since when, and what changed (for the Toegang page).

Times are stored in UTC and shown in the computer's own time zone, with the date as people read
it ("1 december 2026 om 14:05"). Names come from the card and the ``.pub`` files: callers show them
as plain text, never as markup.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from crisiskaart.model.formatting import format_date
from crisiskaart.ui.access.common import fill

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls

if TYPE_CHECKING:
    from crisiskaart.store import AccessEvent, AccessList, Author, Recipient


def moment(time: dt.datetime, language: str) -> str:
    """A stored time as a local date and clock time."""
    local = time.astimezone()
    return fill(translate("AccessWords", "%1 at %2"),
                format_date(local.date(), "en" if language == "en" else "nl"), f"{local:%H:%M}")


def day(time: dt.datetime, language: str) -> str:
    return format_date(time.astimezone().date(), "en" if language == "en" else "nl")


def who_did(author: Author) -> str:
    """The person in an access event: the client by her name, an ondersteuner by hers."""
    from crisiskaart.store import Role

    if author.role is Role.ONDERSTEUNER:
        return fill(translate("AccessWords", "%1 (ondersteuner)"), author.name)
    if author.name.strip():
        return fill(translate("AccessWords", "%1 (client)"), author.name)
    return translate("AccessWords", "The client")


def ondersteuner_name(recipient: Recipient) -> str:
    """"Sam de Vries · Cliëntenbelang": the name and organisation from the public key file."""
    if recipient.organisation.strip():
        return f"{recipient.name} · {recipient.organisation}"
    return recipient.name


def client_line(for_client: bool) -> str:
    if for_client:
        return translate("AccessWords", "You, with your passphrase.")
    return translate("AccessWords", "The client, with the card's passphrase.")


def recovery_line(access: AccessList, language: str) -> str:
    if not access.recovery_code:
        return translate("AccessWords", "Recovery code: not made yet.")
    if access.recovery_made is None:
        return translate("AccessWords", "Recovery code: made.")
    return fill(translate("AccessWords", "Recovery code: made on %1."),
                day(access.recovery_made, language))


def key_line(access: AccessList, language: str) -> str:
    """When the file key last changed: the moment someone could last have lost access."""
    if access.key_changed is None:
        return ""
    when = moment(access.key_changed, language)
    if access.generation <= 1:
        return fill(translate("AccessWords", "The card was made on %1. Since then nobody's access was "
                              "taken away, and the passphrase and the recovery code did not change."), when)
    # The file key changed: a new passphrase, a new recovery code, an ondersteuner removed or handed over.
    return fill(translate("AccessWords", "Access last changed on %1 (a new passphrase, a new recovery "
                          "code, or someone who no longer has access). What was saved after that opens "
                          "only for whoever has access now."), when)


def event_line(event: AccessEvent, language: str) -> str:
    """One line of the access history: when, who, and what they did, in the store's own words."""
    what = event.describe(language)
    if event.fingerprint:  # which key was given or taken: the one the client compared aloud
        what += " " + fill(translate("AccessWords", "(fingerprint %1)"), event.fingerprint)
    return fill(translate("AccessWords", "%1 — %2 %3."), moment(event.time, language), who_did(event.by),
                what)


def no_ondersteuners() -> str:
    return translate("AccessWords", "No ondersteuner has access yet.")
