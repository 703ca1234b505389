"""Visibility defaults chosen for a responder; a stored choice is never changed by a new default."""

from __future__ import annotations

import json

from crisiskaart.model import CrisisPlan, Visibility
from crisiskaart.model.io import dump_plan_json, load_plan_json, plan_json_schema
from crisiskaart.model.sections import Contact, Diagnosis


def test_new_contacts_are_for_emergency_services_and_the_diagnosis_stays_in_the_plan() -> None:
    assert Contact().visibility is Visibility.RESPONDERS
    assert Diagnosis().visibility is Visibility.PLAN
    schema = plan_json_schema()
    health = schema["$defs"]["Health"]["properties"]
    assert health["allergies"]["defaultItemVisibility"] == "responders"


def test_a_stored_visibility_is_kept() -> None:
    plan = CrisisPlan(contacts=[Contact(name="Sem", phone="06 0000 0102", visibility=Visibility.CARD)])
    data = json.loads(dump_plan_json(plan))
    assert data["contacts"][0]["visibility"] == "card"  # every file stores the choice itself
    assert load_plan_json(json.dumps(data)).contacts[0].visibility is Visibility.CARD
