"""The points to look at before printing, in words, for the document the person chose.

``crisiskaart.app.checks.before_printing`` decides them for the card (the CLI says the same); the
A4 documents carry no QR code and do not have to fit on a card, so only the checks about the
version itself (concept, geldig tot) are shown for them.
"""

from __future__ import annotations

from crisiskaart.app.checks import Check, Severity, before_printing
from crisiskaart.ui.printing.documents import Printable, PrintSource

CARD_ONLY = frozenset({"not_fitted", "qr_no_phone"})


def card_checks(source: PrintSource) -> list[Check]:
    """Every check for printing the wallet card (laying the card out once to see what fits)."""
    return before_printing(source.plan, status=source.status, today=source.today, language=source.language)


def checks_for(all_checks: list[Check], what: Printable) -> list[Check]:
    """The checks of ``all_checks`` that matter for printing ``what``."""
    if what is Printable.ZELFBINDING:
        return []  # it carries its own "not a valid declaration" on every page, never CONCEPT
    return [check for check in all_checks if what.is_card or check.key not in CARD_ONLY]


def is_warning(check: Check) -> bool:
    return Severity(check.severity) is Severity.WARN
