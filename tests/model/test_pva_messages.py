"""Every message about the eigen plan van aanpak is in the language chosen, Dutch by default: the
choices of an enumeration are named as the editor names them, with the value to write in JSON."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crisiskaart.model import PlanInvalid, dump_plan_json, example_plan, load_plan_json, validate_plan
from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak

ENGLISH_CHOICE_WORDS = ("pending, granted", " or ", "calendar or working")


def _data(pva: dict[str, Any]) -> dict[str, Any]:
    data = json.loads(dump_plan_json(example_plan()))
    data["plan_van_aanpak"] = pva
    return data


def _issues(pva: dict[str, Any]) -> list[str]:
    with pytest.raises(PlanInvalid) as caught:
        load_plan_json(json.dumps(_data(pva)))
    return [issue.render() for issue in caught.value.issues]


@pytest.mark.parametrize(
    ("pva", "line"),
    [
        ({"decision": "yes"},
         "Eigen plan van aanpak › Besluit: ‘yes’ is geen geldige keuze; kies uit: ‘pending’ = Nog geen "
         "besluit; ‘granted’ = Toegestaan; ‘refused’ = Geweigerd"),
        ({"day_counting": "weekdays"},
         "Eigen plan van aanpak › Dagen tellen als: ‘weekdays’ is geen geldige keuze; kies uit: ‘calendar’ = "
         "Kalenderdagen (elke dag telt); ‘working’ = Werkdagen (zonder weekend en feestdagen)"),
        ({"life_areas": [{"id": "a", "area": "wonen"}]},
         "Eigen plan van aanpak › Levensgebieden › 1 › Levensgebied: ‘wonen’ is geen geldige keuze; "
         "kies uit: ‘housing’ = Wonen; ‘finances’ = Financiën; ‘daytime_activities’ = Dagbesteding en werk; "
         "‘social_contacts’ = Sociale contacten; ‘health’ = Gezondheid; ‘other’ = Anders"),
        ({"actions": [{"id": "a", "topic": "food"}]},
         "Eigen plan van aanpak › Afspraken › 1 › Onderwerp: ‘food’ is geen geldige keuze; kies uit: "
         "‘behaviour’ = Gedrag; ‘medication’ = Medicijnen; ‘treatment’ = Behandeling; "
         "‘daytime_activities’ = Dagbesteding en werk; ‘safety’ = Veiligheid"),
    ],
)
def test_a_wrong_choice_names_the_choices_in_dutch(pva: dict[str, Any], line: str) -> None:
    (found,) = _issues(pva)
    assert found == line
    assert not any(word in found for word in ENGLISH_CHOICE_WORDS)


def test_the_same_in_english_when_asked() -> None:
    with pytest.raises(PlanInvalid) as caught:
        load_plan_json(json.dumps(_data({"decision": "yes"})))
    (issue,) = caught.value.issues
    assert issue.render("en") == ("Own plan of action › Decision: ‘yes’ is not a valid choice; choose from: "
                                  "‘pending’ = No decision yet; ‘granted’ = Allowed; ‘refused’ = Refused")


def test_every_structural_message_of_the_plan_is_dutch() -> None:
    lines = _issues({"announced_on": "gisteren", "letter_sent_on": "2026-02-30", "refers_to_crisisplan": "ja",
                     "addressee": {"name": 5, "fax": "1"}, "sender": {"phone": "0" * 80}, "helpers": "Anna"})
    assert lines == [
        "Eigen plan van aanpak › Datum bericht zorgmachtiging: ‘gisteren’ is geen datum; schrijf "
        "jaar-maand-dag, bijvoorbeeld 2026-03-14",
        "Eigen plan van aanpak › Brief verstuurd op: ‘2026-02-30’ is geen bestaande datum",
        "Eigen plan van aanpak › Geneesheer-directeur › Naam: verkeerde soort waarde ‘5’: hier hoort tekst",
        "Eigen plan van aanpak › Geneesheer-directeur: onbekend veld ‘fax’",
        "Eigen plan van aanpak › Afzender › Telefoonnummer: de tekst is 80 tekens lang; hier passen er "
        "hoogstens 40",
        "Eigen plan van aanpak › Verwijst naar mijn crisisplan: verkeerde soort waarde ‘ja’: hier hoort "
        "ja of nee (true/false)",
        "Eigen plan van aanpak › Wie hielp: verkeerde soort waarde ‘Anna’: hier hoort een lijst",
    ]


def test_the_content_rules_of_the_plan_are_dutch() -> None:
    plan = example_plan()
    plan.plan_van_aanpak = EigenPlanVanAanpak(announced_on=dt.date(2026, 11, 20),
                                              letter_sent_on=dt.date(2026, 11, 19),
                                              decision_on=dt.date(2026, 11, 18))
    plan.plan_van_aanpak.sender.phone = "bel me"
    lines = [issue.render() for issue in validate_plan(plan, today=dt.date(2026, 11, 25))]
    assert lines == [
        "Eigen plan van aanpak › Afzender › Telefoonnummer: ‘bel me’ is geen Nederlands of internationaal "
        "telefoonnummer (bijvoorbeeld 06-12345678 of +32 470 12 34 56)",
        "Eigen plan van aanpak › Brief verstuurd op: de brief (19 november 2026) is verstuurd vóór het "
        "bericht over de zorgmachtiging (20 november 2026)",
        "Eigen plan van aanpak › Besluit genomen op: het besluit (18 november 2026) ligt vóór de brief "
        "(19 november 2026)",
    ]


def test_crisiskaart_validate_says_it_in_dutch(tmp_path: Path) -> None:
    source = tmp_path / "kaart.json"
    source.write_text(json.dumps(_data({"decision": "yes"})), "utf-8")
    result = subprocess.run([sys.executable, "-m", "crisiskaart", "validate", str(source)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "kies uit: ‘pending’ = Nog geen besluit; ‘granted’ = Toegestaan; ‘refused’ = Geweigerd" \
        in result.stderr
