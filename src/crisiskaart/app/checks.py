"""What to look at before printing or exporting, in words: the editor shows these, the CLI may too.

A printed card lives in a wallet for a year and is read by strangers at the worst moment, so
before it is printed the person hears — calmly, not as an error — what would make it less useful:
a concept nobody signed (it prints with CONCEPT on it), no *geldig tot* or one that has passed,
text that did not fit on the card, and a QR code without any phone number to call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from crisiskaart.app.context import is_concept, is_linked
from crisiskaart.app.texts import app_text
from crisiskaart.export.context import ExportContext, NotFitted
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.store.history import Status

# Which checks are true for the file each format writes: the A4 documents carry the CONCEPT mark
# but no QR code and need not fit on a card; the QR code and the summary carry geldig tot and the
# phone numbers but no mark; the plan van aanpak and the plan voor de zitting follow the plan van
# aanpak's own signature (``app.context.marks_concept``); the letter, the draft to share and the
# worksheet have nothing here to check.
CARD_CHECKS = frozenset({"concept", "no_valid_until", "expired", "not_fitted", "qr_no_phone"})
DOCUMENT_CHECKS = frozenset({"concept", "no_valid_until", "expired"})
QR_CHECKS = frozenset({"no_valid_until", "expired", "qr_no_phone"})
PLAN_VAN_AANPAK_CHECKS = frozenset({"pva_concept"})
FORMAT_CHECKS: dict[str, frozenset[str]] = {
    "wallet-sheet": CARD_CHECKS, "wallet-card": CARD_CHECKS,
    "plan": DOCUMENT_CHECKS, "zorgkaart": DOCUMENT_CHECKS, "html": DOCUMENT_CHECKS,
    "plan-van-aanpak": PLAN_VAN_AANPAK_CHECKS, "hearing-plan": PLAN_VAN_AANPAK_CHECKS,
    "qr-png": QR_CHECKS, "qr-svg": QR_CHECKS, "summary-text": QR_CHECKS, "summary-site": QR_CHECKS,
}


def checks_for_format(checks: Iterable[Check], export_format: str) -> list[Check]:
    """The checks of ``checks`` that are true for the file ``export_format`` writes."""
    wanted = FORMAT_CHECKS.get(export_format, frozenset())
    return [check for check in checks if check.key in wanted]


class Severity(StrEnum):
    WARN = "warn"  # worth fixing before printing
    INFO = "info"  # good to know; nothing is lost


@dataclass(frozen=True)
class Check:
    """One point to look at: ``key`` names it for code, ``message`` says it for people."""

    key: str
    severity: Severity
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, language: str = "nl") -> str:
        from crisiskaart.model.formatting import format_date

        params = {key: format_date(value, language) if isinstance(value, dt.date) else value
                  for key, value in self.params.items()}
        if self.key == "not_fitted":
            key = "check_not_fitted_one" if params.get("count") == 1 else "check_not_fitted_many"
            return app_text(key, language, **params)
        return app_text(f"check_{self.key}", language, **params)


def _notices(report: object) -> list[NotFitted]:
    """The NotFitted entries of an export report, an export outcome, a card render or a plain list."""
    found = getattr(report, "not_fitted", report)
    return list(found) if isinstance(found, Iterable) else []


def _card_fit(plan: CrisisPlan, organisation: OrganisationProfile | None, language: str) -> list[NotFitted]:
    """What would not fit on the wallet card (the QR does not change what fits inside)."""
    from crisiskaart.export.wallet_pdf import render_wallet_card

    context = ExportContext(language=language, organisation=organisation)
    return list(render_wallet_card(plan, context).not_fitted)


def _qr_has_phone(plan: CrisisPlan, organisation: OrganisationProfile | None, language: str) -> bool:
    """Whether a responder can call someone from the QR: a TEL in the offline vCard.

    A linked QR opens the hosted summary, which holds every phone entry of the summary.
    """
    from crisiskaart.summary import build_summary, responder_qr_text
    from crisiskaart.summary.vcard import is_phone_entry

    if is_linked(organisation):
        return any(is_phone_entry(entry) for entry in build_summary(plan).entries)
    vcard = responder_qr_text(plan, ExportContext(language=language)).text
    return any(_property_name(line) == "TEL" for line in vcard.splitlines() if not line[:1].isspace())


def _property_name(line: str) -> str:
    """The name of a vCard content line, ``[group.]NAME[;params]:value`` (RFC 2426 §4)."""
    return line.partition(":")[0].partition(";")[0].rpartition(".")[2].upper()


def before_printing(
    plan: CrisisPlan,
    *,
    status: Status | None,
    today: dt.date,
    report: object = None,
    organisation: OrganisationProfile | None = None,
    language: str = "nl",
) -> list[Check]:
    """The checks for printing or exporting ``plan`` today; an empty list means nothing to mention.

    ``status`` is the version's status (None for a plan from a JSON file, see ``is_concept``);
    ``report`` is what the export or preview said did not fit — without it the wallet card is
    laid out here to find out. ``language`` is the language the card will be printed in.
    """
    checks: list[Check] = []
    if is_concept(plan, status):
        checks.append(Check("concept", Severity.WARN))
    if plan.plan_van_aanpak is not None and plan.plan_van_aanpak.signed_on is None:
        checks.append(Check("pva_concept", Severity.WARN))  # its papers follow its own signature
    valid_until = plan.management.valid_until
    if valid_until is None:
        checks.append(Check("no_valid_until", Severity.WARN))
    elif valid_until < today:
        checks.append(Check("expired", Severity.WARN, {"date": valid_until}))
    notices = _card_fit(plan, organisation, language) if report is None else _notices(report)
    if notices:
        checks.append(Check("not_fitted", Severity.INFO, {"count": len(notices)}))
    if not _qr_has_phone(plan, organisation, language):
        checks.append(Check("qr_no_phone", Severity.WARN))
    return checks
