"""What the editor says when the card on screen no longer counts, before it offers to print or export.

A withdrawn or replaced card must not go round again: in a wallet it reads as valid, with old
phone numbers and medicines. The papers that speak for the card (``app.context.speaks_for_card``)
are then not offered at all; the Wvggz papers, which follow the plan van aanpak's own signature,
still are. Changing anything starts a new concept, which prints with the CONCEPT mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from crisiskaart.ui.session import CardSession


def refusal(session: CardSession, version: int | None, language: str) -> str:
    """The sentences to show when ``version`` of the session's card no longer counts; else "".

    ``version`` None or past the last saved version is the coming concept, which always counts.
    """
    card = session.card
    if card is None or version is None or not 1 <= version <= len(card.versions):
        return ""
    from crisiskaart.app.errors import NotInForce, describe, sentence
    from crisiskaart.store import Status
    from crisiskaart.store.lifecycle import no_longer_counts

    reason = no_longer_counts(card.versions, version)
    if reason is None:
        return ""
    said = sentence(describe(NotInForce(number=version, withdrawn=reason is Status.INGETROKKEN), language))
    return said + " " + QCoreApplication.translate(
        "NotInForce", "Change something in the card and a new concept begins; that one you can print "
        "(it says CONCEPT on it until it is signed).")
