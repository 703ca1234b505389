"""The checks before printing: each one appears with its cause and goes away when the cause does."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from app_support import unsigned_plan

from crisiskaart.app.checks import Check, Severity, before_printing
from crisiskaart.export.context import ExportContext, NotFitted
from crisiskaart.model import Visibility, example_plan
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.store import Status
from crisiskaart.summary import responder_qr_text

TODAY = dt.date(2026, 12, 1)


def keys(plan, status=Status.ONDERTEKEND, **kwargs) -> list[str]:
    return [check.key for check in before_printing(plan, status=status, today=TODAY, **kwargs)]


def test_a_signed_complete_card_needs_no_word() -> None:
    assert before_printing(example_plan(), status=Status.ACTIEF, today=TODAY) == []


def test_a_concept_says_it_will_print_with_concept_on_it() -> None:
    [check] = before_printing(example_plan(), status=Status.CONCEPT, today=TODAY)
    assert (check.key, check.severity) == ("concept", Severity.WARN)
    assert check.message("nl") == (
        "Deze versie is nog een concept en niet ondertekend. Er komt CONCEPT op te staan.")
    assert "DRAFT" in check.message("en")
    assert keys(unsigned_plan(), status=None) == ["concept"]  # a JSON plan nobody signed
    assert keys(example_plan(), status=None) == []  # a JSON plan with its signing date


def test_geldig_tot_missing_or_past() -> None:
    plan = example_plan()
    plan.management.valid_until = None
    assert keys(plan) == ["no_valid_until"]
    plan.management.valid_until = TODAY - dt.timedelta(days=1)
    [check] = before_printing(plan, status=Status.ONDERTEKEND, today=TODAY)
    assert check.key == "expired" and "30 november 2026" in check.message("nl")
    assert "30 November 2026" in check.message("en")
    plan.management.valid_until = TODAY  # geldig tot and with that day
    assert keys(plan) == []


def test_what_did_not_fit_on_the_card() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
    from export_support import stress_plan

    checks = before_printing(stress_plan(), status=Status.ONDERTEKEND, today=TODAY)
    [check] = [c for c in checks if c.key == "not_fitted"]
    assert check.severity is Severity.INFO and check.params["count"] > 10
    assert check.message("nl").startswith(f"{check.params['count']} stukjes tekst passen niet")
    one = [NotFitted("what_helps", "Ik spreek", "ingekort")]
    [check] = before_printing(example_plan(), status=Status.ACTIEF, today=TODAY, report=one)
    assert check.message("nl").startswith("Eén stukje tekst") and check.message("en").startswith("One piece")
    assert keys(stress_plan(), report=[]) == []  # the report given is what counts


def test_a_qr_without_any_phone_number() -> None:
    plan = example_plan()
    for person in (*plan.contacts, *plan.care_providers):
        person.visibility = Visibility.CARD  # on the card, but not in the summary for responders
    plan.management.full_plan_phone = ""
    assert keys(plan) == ["qr_no_phone"]
    assert "telefoonnummer" in before_printing(plan, status=Status.ACTIEF, today=TODAY)[0].message("nl")
    plan.contacts[0].visibility = Visibility.RESPONDERS
    assert keys(plan) == []
    plan.contacts[0].visibility = Visibility.CARD
    plan.management.full_plan_phone = "020 000 5678"  # the summary's first number always goes in the QR
    assert "\r\nTEL;TYPE=VOICE:+31200005678\r\n" in responder_qr_text(plan, ExportContext()).text
    assert keys(plan) == []  # what counts is a number a responder can tap


def test_a_linked_qr_looks_at_the_hosted_summary() -> None:
    plan = example_plan()
    for person in [*plan.contacts, *plan.care_providers]:
        person.visibility = Visibility.CARD
    plan.management.full_plan_phone = ""
    linked = OrganisationProfile(viewer_url="https://kaart.example.org/v/")
    assert keys(plan, organisation=linked) == ["qr_no_phone"]
    plan.contacts[0].visibility = Visibility.RESPONDERS
    assert keys(plan, organisation=linked) == []


@pytest.mark.parametrize("key", ["concept", "no_valid_until", "expired", "not_fitted", "qr_no_phone"])
def test_every_check_has_words_in_both_languages(key: str) -> None:
    check = Check(key, Severity.WARN, {"date": TODAY, "count": 3})
    dutch, english = check.message("nl"), check.message("en")
    assert dutch and english and dutch != english
    assert "\n" not in dutch and "{" not in dutch + english and dutch.endswith(".")


def test_marked_items_that_the_card_cannot_hold_are_counted_and_named() -> None:
    """Items from sections without a panel of their own count too: none vanishes without notice."""
    from crisiskaart.app.exporting import not_fitted_line
    from crisiskaart.export import render_wallet_card
    from crisiskaart.model.base import TextItem

    plan = example_plan()
    plan.treatment.wishes = [TextItem(text=f"Wens {n}: " + "overleg eerst met mij en met Anna. " * 3,
                                      visibility=Visibility.CARD) for n in range(90)]
    assert keys(example_plan()) == []  # as printed today: every marked item is on the card
    notices = render_wallet_card(plan, ExportContext()).not_fitted
    [check] = [c for c in before_printing(plan, status=Status.ACTIEF, today=TODAY) if c.key == "not_fitted"]
    assert check.params["count"] == len(notices) > 0
    left_out = [n for n in notices if n.section == "also_important" and "past niet meer" in n.reason]
    assert left_out and left_out[0].text.startswith("Behandelwens: Wens 89")  # the last ones go first
    assert not_fitted_line(left_out[0]).startswith("Ook belangrijk: “Behandelwens: Wens 89")
