"""The ondersteuner workspace driven with pytest-qt: caseload (sort, filter, open), diff view,
signing with a drawn signature, distribution list and handover, on real encrypted cards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialogButtonBox

from crisiskaart.model import dump_plan_json, example_plan
from crisiskaart.model.workspace_records import decode_signature
from crisiskaart.store import (
    TEST_KDF,
    CardSummary,
    NotARecipient,
    OndersteunerProfile,
    Status,
    create_card,
    create_profile,
    open_card,
    open_profile,
    public_key_path,
    read_index,
)
from crisiskaart.ui.workspace import CaseloadWindow, CreateProfileDialog, UnlockProfileDialog
from crisiskaart.ui.workspace.caseload_model import Column
from crisiskaart.workspace.versions import load_plan

TODAY = dt.date(2026, 6, 1)
PROFILE_PASS = "ondersteuner wachtwoord"


def _profile(folder: Path, name: str) -> OndersteunerProfile:
    folder.mkdir(exist_ok=True)
    return create_profile(folder / f"{name.split()[0].lower()}.profile", PROFILE_PASS, name,
                          "Cliëntenbelang", kdf=TEST_KDF)


def _card(folder: Path, name: str, profile: OndersteunerProfile | None, *, signed_on=None,
          valid_until=None, status=Status.CONCEPT) -> Path:
    plan = example_plan()
    plan.personal.full_name = name
    plan.case_records = None
    plan.sign_offs = []  # the signing test collects them
    plan.management.signed_on, plan.management.valid_until = signed_on, valid_until
    path = folder / (name.lower().replace(" ", "-") + ".crisiskaart")
    summary = CardSummary(name, signed_on, valid_until, plan.management.drawn_up_on)
    with create_card(path, "klant wachtwoord", dump_plan_json(plan).encode(), summary=summary,
                     status=status, kdf=TEST_KDF) as card:
        if profile is not None:
            card.add_ondersteuner(profile.recipient)
    return path


@pytest.fixture
def setup(tmp_path: Path):
    profiles = tmp_path / "profielen"
    sam, kim = _profile(profiles, "Sam de Vries"), _profile(profiles, "Kim Jansen")
    folder = tmp_path / "caseload"
    folder.mkdir()
    _card(folder, "Noor Bakker", sam, signed_on=dt.date(2025, 6, 20), valid_until=dt.date(2026, 6, 20),
          status=Status.ACTIEF)
    _card(folder, "Bram Smit", sam, signed_on=dt.date(2025, 1, 1), valid_until=dt.date(2026, 1, 1),
          status=Status.ACTIEF)
    _card(folder, "Aylin Yilmaz", sam)
    _card(folder, "Iris de Boer", kim)
    return folder, sam, kim


@pytest.fixture
def window(qtbot, setup) -> CaseloadWindow:
    folder, sam, _ = setup
    window = CaseloadWindow(sam, folder, language="nl", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=60_000)  # read on the loading thread
    return window


def _column(window: CaseloadWindow, column: int) -> list[str]:
    proxy = window.proxy
    return [proxy.data(proxy.index(row, column)) for row in range(proxy.rowCount())]


def test_caseload_lists_sorts_and_filters(window: CaseloadWindow, qtbot) -> None:
    assert _column(window, Column.CLIENT) == ["Aylin Yilmaz", "Bram Smit", "Noor Bakker",
                                              "Geen toegang — iris-de-boer.crisiskaart"]
    assert _column(window, Column.STATUS) == ["Concept", "Actief", "Actief", "Geen toegang"]
    review = dict(zip(_column(window, Column.CLIENT), _column(window, Column.REVIEW), strict=True))
    assert review["Noor Bakker"] == "Herziening nodig (over 19 dagen)"
    assert review["Bram Smit"].startswith("Verlopen")
    # sort by review date by clicking the header
    header = window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(Column.REVIEW) + 5, 5))
    assert header.sortIndicatorSection() == Column.REVIEW
    order = _column(window, Column.CLIENT)
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        order.reverse()
    assert order == ["Bram Smit", "Noor Bakker", "Aylin Yilmaz", "Geen toegang — iris-de-boer.crisiskaart"]
    # filters: concept, review due, expired, no access
    for text, expected in (("Concepten", ["Aylin Yilmaz"]),
                           ("Herziening nodig of verlopen", ["Bram Smit", "Noor Bakker"]),
                           ("Verlopen", ["Bram Smit"]), ("Ingetrokken", []),
                           ("Geen toegang of beschadigd", ["Geen toegang — iris-de-boer.crisiskaart"])):
        window.filter.setCurrentIndex(window.filter.findText(text))
        assert _column(window, Column.CLIENT) == expected, text
    window.filter.setCurrentIndex(0)
    qtbot.keyClicks(window.search, "noor")
    assert _column(window, Column.CLIENT) == ["Noor Bakker"]
    assert "4 kaarten" in window.statusBar().currentMessage()


def test_opening_a_row_emits_the_card_and_profile(window: CaseloadWindow, qtbot, setup) -> None:
    folder, sam, _ = setup
    window.select_path(folder / "noor-bakker.crisiskaart")
    window.table.setFocus()
    with qtbot.waitSignal(window.open_card_requested) as signal:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert signal.args == [folder / "noor-bakker.crisiskaart", sam]
    window.select_path(folder / "iris-de-boer.crisiskaart")
    assert not window.open_button.isEnabled() and window.open_selected() is False
    assert window.versions.message.text() == "Deze ondersteuner heeft geen toegang tot deze kaart."


def test_versions_sign_activate_and_diff(window: CaseloadWindow, qtbot, setup) -> None:
    folder, _, _ = setup
    path = folder / "aylin-yilmaz.crisiskaart"
    window.select_path(path)
    panel = window.versions
    assert panel.seal.isEnabled() and not panel.activate.isEnabled()

    dialog = panel.open_signing_dialog()
    assert dialog is not None and dialog.people.count() == 0
    qtbot.mouseClick(dialog.add_named, Qt.MouseButton.LeftButton)
    names = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert names[0] == "Aylin Yilmaz (ikzelf) — nog niet getekend · nog geen toestemming om genoemd te worden"
    assert any(name.startswith("Anna Bakker (zus)") for name in names)
    assert not any(name.startswith("Mark Bakker") for name in names)  # marked: do not contact
    dialog.people.setCurrentRow(0)
    dialog.consent.setChecked(True)
    dialog.has_signed.setChecked(True)
    dialog.pad.add_stroke([QPointF(20, 60), QPointF(80, 30), QPointF(140, 70), QPointF(220, 40)])
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Opgeslagen."
    with open_card(path, passphrase="klant wachtwoord", writable=False) as card:
        assert len(card.versions) == 1  # signatures went into the concept
        signed = load_plan(card).sign_offs[0]
    assert (signed.name, signed.consent_to_be_named, signed.signed_on) == ("Aylin Yilmaz", True, TODAY)
    assert decode_signature(signed.signature_png).startswith(b"\x89PNG")

    for step in (panel.seal, panel.activate):  # each asks once (tests/ui/test_irreversible_steps.py)
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.question.yes_button, Qt.MouseButton.LeftButton)
    assert read_index(path, profile=window.profile).status is Status.ACTIEF
    assert [panel.timeline.topLevelItem(i).text(1) for i in range(3)] == ["Actief", "Ondertekend", "Concept"]
    row = _column(window, Column.CLIENT).index("Aylin Yilmaz")
    assert window.proxy.data(window.proxy.index(row, Column.STATUS)) == "Actief"

    # a change after signing makes a new concept; the diff shows it side by side
    plan = panel.plan()
    plan.contacts[0].phone = "06 1111 2222"
    assert panel.apply_signatures(plan)
    assert panel.timeline.topLevelItem(0).text(1) == "Concept"
    panel.select_version(4)
    qtbot.mouseClick(panel.compare, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.diff
    tree = window.diff.tree
    section = tree.topLevelItem(0)
    assert section.text(0) == "Contactpersonen"
    change = section.child(0)
    assert [change.text(c) for c in range(4)] == ["Anna Bakker › Telefoonnummer", "06 0000 0101",
                                                  "06 1111 2222", "Gewijzigd"]
    assert window.diff.summary.text() == "1 veld verschilt tussen versie 3 en versie 4."

    # restore version 3 as a new concept
    panel.select_version(3)
    qtbot.mouseClick(panel.restore, Qt.MouseButton.LeftButton)
    assert panel.timeline.topLevelItem(0).text(0) == "5"
    assert panel.plan(5).contacts[0].phone == "06 0000 0101"


def test_distribution_list_records_a_copy(window: CaseloadWindow, qtbot, setup) -> None:
    folder, _, _ = setup
    window.select_path(folder / "noor-bakker.crisiskaart")
    dialog = window.versions.open_distribution_dialog()
    assert "versie 1" in dialog.pending.text()
    qtbot.keyClicks(dialog.recipient, "Anna Bakker")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    plan = window.versions.plan()
    assert plan.case_records.distribution[0].recipient == "Anna Bakker"
    assert window.versions.card.latest.status is Status.ACTIEF


def test_handover_moves_the_client(window: CaseloadWindow, qtbot, setup, tmp_path: Path) -> None:
    folder, sam, kim = setup
    path = folder / "noor-bakker.crisiskaart"
    window.select_path(path)
    dialog = window.versions.open_handover_dialog()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.set_public_key_file(public_key_path(tmp_path / "profielen" / "kim.profile"))
    assert "Kim Jansen" in dialog.key_info.text()
    dialog.fingerprint_checked.setChecked(True)
    assert not ok.isEnabled()  # no consent yet
    dialog.consent.setChecked(True)
    qtbot.keyClicks(dialog.consent_note, "mondeling")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.question.yes_button, Qt.MouseButton.LeftButton)  # it asks once
    assert "Kim Jansen" in window.versions.message.text()
    with pytest.raises(NotARecipient):
        read_index(path, profile=sam)
    with open_card(path, profile=kim, writable=False) as card:
        record = load_plan(card).case_records.handovers[0]
    assert (record.from_ondersteuner, record.consent_note) == ("Sam de Vries", "mondeling")
    assert "Geen toegang — noor-bakker.crisiskaart" in _column(window, Column.CLIENT)


def test_export_reminders(window: CaseloadWindow, tmp_path: Path) -> None:
    target = tmp_path / "herzieningen.csv"
    assert window.export_reminders(target) == 2
    assert "Bram Smit" in target.read_text("utf-8-sig")


def test_profile_dialogs(qtbot, tmp_path: Path) -> None:
    create = CreateProfileDialog(tmp_path / "nieuw.profile", kdf=TEST_KDF)
    qtbot.addWidget(create)
    qtbot.keyClicks(create.name, "Sam de Vries")
    qtbot.keyClicks(create.passphrase, "geheim wachtwoord")
    qtbot.keyClicks(create.again, "ander wachtwoord")
    create.accept()
    assert create.message.text() == "De twee wachtwoorden zijn niet hetzelfde." and create.profile is None
    create.again.setText("geheim wachtwoord")
    create.accept()
    qtbot.waitUntil(lambda: not create.busy)  # the profile is made beside the event loop
    assert create.profile is not None and public_key_path(tmp_path / "nieuw.profile").exists()

    unlock = UnlockProfileDialog(tmp_path / "nieuw.profile")
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.passphrase, "fout")
    unlock.accept()
    qtbot.waitUntil(lambda: not unlock.busy)  # the passphrase is checked beside the event loop
    assert unlock.profile is None and unlock.message.text() == (
        "Het wachtwoord van dit profiel klopt niet (of het profiel is beschadigd).")
    unlock.passphrase.setText("geheim wachtwoord")
    unlock.accept()
    qtbot.waitUntil(lambda: not unlock.busy)
    expected = open_profile(tmp_path / "nieuw.profile", "geheim wachtwoord")
    assert unlock.profile.public_key == expected.public_key
    for widget in (unlock.path, unlock.passphrase, create.name, create.organisation):
        assert widget.accessibleName()


def test_a_card_open_in_the_editor_is_named_and_nothing_is_written(window: CaseloadWindow, qtbot,
                                                                  setup) -> None:
    """The editor of this same program holds the card's edit lock: the cliëntenlijst says to close
    it there (not "another window or program, by root"), and the card is left as it was."""
    folder, _, _ = setup
    path = folder / "aylin-yilmaz.crisiskaart"
    window.select_path(path)
    panel = window.versions
    with open_card(path, passphrase="klant wachtwoord") as editing:  # what the editor's session holds
        qtbot.mouseClick(panel.seal, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.question.yes_button, Qt.MouseButton.LeftButton)
        said = panel.message.text()
        assert said.startswith("Deze kaart is in dit programma al open om te bewerken, in een ander venster")
        assert said.endswith("sluit hem daar eerst (Bestand › Kaart sluiten) en probeer het dan opnieuw.")
        assert len(editing.versions) == 1
    with open_card(path, passphrase="klant wachtwoord", writable=False) as card:
        assert [v.status for v in card.versions] == [Status.CONCEPT]
    qtbot.mouseClick(panel.seal, Qt.MouseButton.LeftButton)  # closed in the editor: now it works
    qtbot.mouseClick(panel.question.yes_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "Opgeslagen."


def test_the_versions_panel_keeps_one_card_open_and_none_once_closed(window: CaseloadWindow, setup) -> None:
    """Each row shown opens its card read-only and closes the one before; closing the window closes
    the last. While a card is open its keys are in memory (and this process writes no core dump)."""
    from crisiskaart.store.process import core_dumps_allowed, open_card_count

    folder, _, _ = setup
    before = open_card_count()
    for name in ("noor-bakker", "bram-smit", "aylin-yilmaz", "noor-bakker"):
        window.select_path(folder / f"{name}.crisiskaart")
        assert window.versions.card is not None
        assert open_card_count() == before + 1 and not core_dumps_allowed()
    window.close()
    assert window.versions.card is None and open_card_count() == before  # none of the four forgotten
