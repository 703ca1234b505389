"""A card version's status in words: the caseload and the card's own timeline name it alike.

``QCoreApplication.translate`` is thread-safe, so the caseload's loading thread words its rows
with this too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crisiskaart.store import Status


def status_text(status: Status) -> str:
    return {
        Status.CONCEPT: QCoreApplication.translate("CardStatus", "Draft"),
        Status.ONDERTEKEND: QCoreApplication.translate("CardStatus", "Signed"),
        Status.ACTIEF: QCoreApplication.translate("CardStatus", "Active"),
        Status.INGETROKKEN: QCoreApplication.translate("CardStatus", "Withdrawn"),
        Status.VERVANGEN: QCoreApplication.translate("CardStatus", "Superseded"),
    }[status]
