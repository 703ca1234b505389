"""Signing, activating, withdrawing and handing over each ask once, naming the person and the version.

The questions are the real message boxes, answered with the keyboard and the mouse as a person
would; "no" leaves the card file byte for byte as it was. The signing date is the test's today.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from crisiskaart.model import dump_plan_json, example_plan
from crisiskaart.model.sections import SignOff
from crisiskaart.store import (
    TEST_KDF,
    CardSummary,
    NotARecipient,
    OndersteunerProfile,
    Status,
    create_card,
    create_profile,
    open_card,
    public_key_path,
    read_index,
)
from crisiskaart.ui.workspace import CaseloadWindow
from crisiskaart.ui.workspace.signing_dialog import SigningDialog
from crisiskaart.ui.workspace.step_question import StepQuestion
from crisiskaart.ui.workspace.version_panel import VersionPanel
from crisiskaart.workspace.versions import edit, load_plan

TODAY = dt.date(2026, 6, 1)
CLIENT_PASS = "klant wachtwoord"
SCREENS = Path("test-artefacts/screens/workspace")


def _profile(folder: Path, name: str) -> OndersteunerProfile:
    folder.mkdir(exist_ok=True)
    return create_profile(folder / f"{name.split()[0].lower()}.profile", "ondersteuner wachtwoord", name,
                          "Cliëntenbelang", kdf=TEST_KDF)


@pytest.fixture
def today() -> list[dt.date]:
    return [TODAY]  # the caseload asks it each time; a test may move it on


@pytest.fixture
def noor(tmp_path: Path) -> tuple[Path, OndersteunerProfile, Path]:
    """Noor Bakker's card as a concept (version 1), with a slot for Sam; and Kim's profile file."""
    profiles = tmp_path / "profielen"
    sam = _profile(profiles, "Sam de Vries")
    _profile(profiles, "Kim Jansen")
    folder = tmp_path / "caseload"
    folder.mkdir()
    plan = example_plan()
    plan.personal.full_name = "Noor Bakker"
    plan.case_records = None
    plan.management.signed_on = plan.management.valid_until = None
    path = folder / "noor-bakker.crisiskaart"
    summary = CardSummary("Noor Bakker", None, None, plan.management.drawn_up_on)
    with create_card(path, CLIENT_PASS, dump_plan_json(plan).encode(), summary=summary, kdf=TEST_KDF) as card:
        card.add_ondersteuner(sam.recipient)
    return path, sam, profiles / "kim.profile"


@pytest.fixture
def panel(qtbot, noor, today: list[dt.date]) -> VersionPanel:
    path, sam, _ = noor
    window = CaseloadWindow(sam, path.parent, language="nl", today=lambda: today[0])
    qtbot.addWidget(window)
    window.show()
    window.select_path(path)
    return window.versions


def _question(qtbot, owner) -> StepQuestion:
    qtbot.waitUntil(lambda: owner.question is not None and owner.question.isVisible())
    question = owner.question
    assert question.isModal() and question.defaultButton() is question.cancel_button  # the safe one
    assert question.cancel_button.text() == "Annuleren"
    return question


def _save(question: StepQuestion, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    for folder in (SCREENS, Path("/tmp")):
        question.grab().save(str(folder / f"question-{name}.png"))


def _status(path: Path, sam: OndersteunerProfile) -> Status:
    return read_index(path, profile=sam).status


def test_signing_asks_once_and_only_yes_seals_it_with_todays_date(qtbot, panel: VersionPanel, noor) -> None:
    path, sam, _ = noor
    before = path.read_bytes()
    qtbot.mouseClick(panel.seal, Qt.MouseButton.LeftButton)
    question = _question(qtbot, panel)
    assert question.text() == ("Versie 1 van de kaart van Noor Bakker vastleggen als ondertekend? Daarna kan "
                               "deze versie niet meer veranderen; wijzigingen komen in een nieuwe versie.")
    assert question.yes_button.text() == "Vastleggen als ondertekend"
    assert question.windowTitle() == "Vastleggen als ondertekend"
    _save(question, "sign")
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert not question.isVisible() and path.read_bytes() == before

    qtbot.mouseClick(panel.seal, Qt.MouseButton.LeftButton)
    qtbot.keyClick(_question(qtbot, panel), Qt.Key.Key_Return)  # Enter is Annuleren too
    assert path.read_bytes() == before

    qtbot.mouseClick(panel.seal, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_question(qtbot, panel).cancel_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes() == before and _status(path, sam) is Status.CONCEPT

    qtbot.mouseClick(panel.seal, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_question(qtbot, panel).yes_button, Qt.MouseButton.LeftButton)
    assert _status(path, sam) is Status.ONDERTEKEND and panel.message.text() == "Opgeslagen."
    management = panel.plan().management
    assert (management.signed_on, management.valid_until) == (TODAY, dt.date(2027, 6, 1))


def test_activating_and_withdrawing_ask_once_naming_the_version(qtbot, panel: VersionPanel, noor) -> None:
    path, sam, _ = noor
    qtbot.mouseClick(panel.seal, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_question(qtbot, panel).yes_button, Qt.MouseButton.LeftButton)  # version 2

    before = path.read_bytes()
    qtbot.mouseClick(panel.activate, Qt.MouseButton.LeftButton)
    question = _question(qtbot, panel)
    assert question.text() == ("Versie 2 van de kaart van Noor Bakker actief maken? Dan is dit de kaart die "
                               "geldt.")
    assert question.yes_button.text() == "Actief maken"
    _save(question, "activate")
    qtbot.mouseClick(question.cancel_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes() == before and _status(path, sam) is Status.ONDERTEKEND
    qtbot.mouseClick(panel.activate, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_question(qtbot, panel).yes_button, Qt.MouseButton.LeftButton)
    assert _status(path, sam) is Status.ACTIEF  # version 3

    before = path.read_bytes()
    qtbot.mouseClick(panel.withdraw, Qt.MouseButton.LeftButton)
    question = _question(qtbot, panel)
    assert question.text() == ("Versie 3 van de kaart van Noor Bakker intrekken? Daarna geldt de kaart niet "
                               "meer. Wil je hem weer gebruiken, dan maak je een nieuwe versie en laat je "
                               "die opnieuw ondertekenen.")
    assert question.yes_button.text() == "Intrekken"
    _save(question, "withdraw")
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert path.read_bytes() == before and _status(path, sam) is Status.ACTIEF
    qtbot.mouseClick(panel.withdraw, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_question(qtbot, panel).yes_button, Qt.MouseButton.LeftButton)
    assert _status(path, sam) is Status.INGETROKKEN


def test_a_new_revision_is_signed_on_its_own_day_and_named_against_the_one_in_force(
    qtbot, panel: VersionPanel, noor, today: list[dt.date]
) -> None:
    path, sam, _ = noor
    for button in (panel.seal, panel.activate):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(_question(qtbot, panel).yes_button, Qt.MouseButton.LeftButton)
    plan = panel.plan()
    plan.what_helps[0].text = "Praat rustig tegen me."
    assert panel.apply_signatures(plan)  # version 4, a concept carrying version 2's dates
    today[0] = dt.date(2027, 3, 10)
    qtbot.mouseClick(panel.seal, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_question(qtbot, panel).yes_button, Qt.MouseButton.LeftButton)  # version 5
    management = panel.plan().management
    assert (management.signed_on, management.valid_until) == (dt.date(2027, 3, 10), dt.date(2028, 3, 10))

    qtbot.mouseClick(panel.activate, Qt.MouseButton.LeftButton)
    question = _question(qtbot, panel)
    assert question.text() == ("Versie 5 van de kaart van Noor Bakker actief maken? Dan is dit de kaart die "
                               "geldt en geldt versie 3 niet meer.")
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    qtbot.mouseClick(panel.withdraw, Qt.MouseButton.LeftButton)
    question = _question(qtbot, panel)
    assert question.text() == ("Versie 5 van de kaart van Noor Bakker intrekken? Deze versie wordt dan nooit "
                               "actief; versie 3 blijft de kaart die geldt.")
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert _status(path, sam) is Status.ONDERTEKEND


def test_a_yes_never_lands_on_a_version_nobody_was_asked_about(qtbot, panel: VersionPanel, noor) -> None:
    path, sam, _ = noor
    qtbot.mouseClick(panel.seal, Qt.MouseButton.LeftButton)
    question = _question(qtbot, panel)
    with open_card(path, passphrase=CLIENT_PASS) as card:  # the client's editor saves meanwhile
        plan = load_plan(card)
        plan.what_helps[0].text = "Ook: een deken."
        edit(card, plan)  # amends the concept: still version 1, other content
    before = path.read_bytes()
    qtbot.mouseClick(question.yes_button, Qt.MouseButton.LeftButton)
    assert path.read_bytes() == before and _status(path, sam) is Status.CONCEPT
    assert panel.message.text() == ("Er is niets gedaan: de kaart is intussen veranderd. Kijk de versies na "
                                    "en probeer het opnieuw.")
    assert panel.plan().what_helps[0].text == "Ook: een deken."  # the panel shows what is there now


def test_handover_asks_once_and_annuleren_goes_back_to_the_dialog(qtbot, panel: VersionPanel, noor) -> None:
    path, sam, kim_profile = noor
    dialog = panel.open_handover_dialog()
    assert dialog is not None
    assert dialog.set_public_key_file(public_key_path(kim_profile))
    dialog.fingerprint_checked.setChecked(True)
    dialog.consent.setChecked(True)
    qtbot.keyClicks(dialog.consent_note, "mondeling")
    before = path.read_bytes()
    hand_over = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert hand_over.text() == "&Overdragen"
    qtbot.mouseClick(hand_over, Qt.MouseButton.LeftButton)
    question = _question(qtbot, dialog)
    assert question.text() == ("Wil je de kaart van Noor Bakker (versie 1) overdragen aan Kim Jansen "
                               "(Cliëntenbelang)? Daarna kun jij deze kaart niet meer openen. Dit kun je "
                               "niet terugdraaien.")
    assert question.yes_button.text() == "Overdragen"
    _save(question, "handover")
    qtbot.mouseClick(question.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.consent_note.text() == "mondeling"  # nothing lost, nothing done
    assert path.read_bytes() == before
    qtbot.mouseClick(hand_over, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_question(qtbot, dialog).yes_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with pytest.raises(NotARecipient):
        read_index(path, profile=sam)
    assert "Kim Jansen" in panel.message.text()


def test_a_signature_is_dated_the_day_it_is_ticked_never_1_januari_2000(qtbot) -> None:
    plan = example_plan()
    plan.sign_offs = [SignOff(name="Anna Bakker", role="zus", signed_on=dt.date(2026, 5, 20)),
                      SignOff(name="Noor Bakker", role="ikzelf")]
    today = [TODAY]
    dialog = SigningDialog(plan, lambda: today[0])
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert rows[0].startswith("Anna Bakker (zus) — getekend op 20 mei 2026")  # not Qt's 1-1-2000
    assert not any("2000" in row for row in rows)
    dialog.people.setCurrentRow(1)
    assert not dialog.signed_on.isEnabled()
    today[0] = dt.date(2026, 6, 2)  # the dialog stayed open overnight
    qtbot.mouseClick(dialog.has_signed, Qt.MouseButton.LeftButton)
    assert dialog.signed_on.date().toPython() == dt.date(2026, 6, 2)
    assert dialog.people.item(1).text().startswith("Noor Bakker (ikzelf) — getekend op 2 juni 2026")
    assert dialog.people.item(0).text().startswith("Anna Bakker (zus) — getekend op 20 mei 2026")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert [s.signed_on for s in dialog.plan().sign_offs] == [dt.date(2026, 5, 20), dt.date(2026, 6, 2)]


def test_the_question_is_a_real_message_box(qtbot, panel: VersionPanel) -> None:
    qtbot.mouseClick(panel.seal, Qt.MouseButton.LeftButton)
    question = _question(qtbot, panel)
    assert isinstance(question, QMessageBox) and question.icon() == QMessageBox.Icon.Question
    assert question.escapeButton() is question.cancel_button
    qtbot.keyClick(question, Qt.Key.Key_Escape)
