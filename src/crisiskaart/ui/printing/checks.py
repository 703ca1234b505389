"""The points to look at before printing, in words, for the document the person chose.

``crisiskaart.app.checks.before_printing`` decides them; ``app.checks.FORMAT_CHECKS`` says which
are true for each paper, as in the export dialog (the A4 documents carry no QR code and need not
fit on a card; the Wvggz papers follow the plan van aanpak's own signature).
"""

from __future__ import annotations

from crisiskaart.app.checks import Check, Severity, before_printing, checks_for_format
from crisiskaart.ui.printing.documents import Printable, PrintSource


def card_checks(source: PrintSource) -> list[Check]:
    """Every check for printing the wallet card (laying the card out once to see what fits)."""
    return before_printing(source.plan, status=source.status, today=source.today, language=source.language)


def checks_for(all_checks: list[Check], what: Printable) -> list[Check]:
    """The checks of ``all_checks`` that matter for printing ``what``."""
    return checks_for_format(all_checks, what.value)


def is_warning(check: Check) -> bool:
    return Severity(check.severity) is Severity.WARN
