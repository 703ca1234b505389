"""Kaart › Versies: the client sees every version of her own card in the editor, which one is in
force, and what changed between two — on a real encrypted card with several versions, signed and
made active by her ondersteuner, opened with her passphrase."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from keyboard_audit import mnemonic_clashes, nameless, tab_chain
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QTreeWidget, QTreeWidgetItemIterator, QWidget
from test_accessibility_layout import clipped
from ui_helpers import PASSPHRASE, UNLOCK_MS, field_input, unlock

from crisiskaart.app.errors import describe, sentence
from crisiskaart.cards import encode_plan, plan_summary
from crisiskaart.model import example_plan, format_date
from crisiskaart.model.validity import default_valid_until
from crisiskaart.store import TEST_KDF, OndersteunerProfile, create_card, create_profile, open_card
from crisiskaart.store.chain import EAGER_BYTES
from crisiskaart.store.errors import CardChanged
from crisiskaart.ui.access import words
from crisiskaart.ui.card_versions import CardVersionsDialog
from crisiskaart.ui.help.window import HelpWindow
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.workspace.versions import activate, edit, load_plan, sign, withdraw

TODAY = dt.date.today()
SHOT = Path("/tmp/client_versions.png")


@pytest.fixture
def sam(tmp_path: Path) -> OndersteunerProfile:
    return create_profile(tmp_path / "sam.profiel", "ondersteuner wachtwoord", "Sam de Vries",
                          "Cliëntenbelang", kdf=TEST_KDF)


def _signed_card(tmp_path: Path, sam: OndersteunerProfile) -> Path:
    """Noor's card: 1 her draft, 2 signed and 3 made active by Sam."""
    plan = example_plan()
    plan.personal.full_name = "Noor Bakker"
    plan.management.signed_on = plan.management.valid_until = None  # signing sets them
    plan.case_records = None
    path = tmp_path / "noor.crisiskaart"
    with create_card(path, PASSPHRASE, encode_plan(plan), summary=plan_summary(plan), kdf=TEST_KDF) as card:
        card.add_ondersteuner(sam.recipient)
        card.amend_concept(encode_plan(plan), summary=plan_summary(plan), note="eerste opzet")
    with open_card(path, profile=sam) as card:
        sign(card, TODAY, note="samen getekend")
        activate(card)
    return path


@pytest.fixture
def card(tmp_path: Path, sam: OndersteunerProfile) -> Path:
    """Noor's card with a fourth version: her own draft with a new call name."""
    path = _signed_card(tmp_path, sam)
    with open_card(path, passphrase=PASSPHRASE) as opened:
        plan = load_plan(opened)
        plan.personal.preferred_name = "Noortje"
        edit(opened, plan, note="roepnaam aangepast")
    return path


def _open_versions(qtbot, window: MainWindow) -> CardVersionsDialog:
    assert window.versions_action.isEnabled()
    window.versions_action.trigger()
    dialog = window.findChild(CardVersionsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(dialog.versions) and not dialog.loading and not dialog.comparing,
                    timeout=UNLOCK_MS)
    return dialog


def _rows(dialog: CardVersionsDialog) -> list[list[str]]:
    tree = dialog.timeline
    return [[tree.topLevelItem(row).text(column) for column in range(5)]
            for row in range(tree.topLevelItemCount())]


def _cut_off_cells(tree: QTreeWidget) -> list[str]:
    """Cells whose text does not fit their place: a word wider than the cell, or wrapped lines
    taller than the row (the view would show "…"). A section's name spans its row."""
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    problems = []
    iterator = QTreeWidgetItemIterator(tree)
    while (item := iterator.value()) is not None:
        iterator += 1
        for column in range(1 if item.isFirstColumnSpanned() else tree.columnCount()):
            text = item.text(column)
            cell = tree.visualRect(tree.indexFromItem(item, column))
            width = (tree.viewport().width() if item.isFirstColumnSpanned() else cell.width()) - 2 * margin
            metrics = QFontMetrics(item.font(column))
            needed = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
            if needed.width() > width or needed.height() > cell.height():
                problems.append(f"{text[:30]!r}: needs {needed.width()}x{needed.height()}, "
                                f"has {width}x{cell.height()}")
    return problems


def _opened(qtbot, window: MainWindow, path: Path) -> None:
    unlock(qtbot, window, path, PASSPHRASE)
    assert window.session is not None and window.session.card is not None


def test_the_client_sees_every_version_newest_first_and_which_one_is_in_force(
        qtbot, window: MainWindow, card: Path) -> None:
    _opened(qtbot, window, card)
    dialog = _open_versions(qtbot, window)
    assert dialog.windowTitle() == "Versies van deze kaart"
    assert dialog.isModal()  # the lock screen closes it with the other dialog on top
    versions = window.session.card.versions  # type: ignore[union-attr]
    when = [words.moment(info.time, "nl") for info in reversed(versions)]
    assert _rows(dialog) == [
        ["4", when[0], "Concept · op je scherm", "Noor Bakker (cliënt)", "roepnaam aangepast"],
        ["3", when[1], "Actief · geldt nu", "Sam de Vries (ondersteuner)", "—"],
        ["2", when[2], "Ondertekend", "Sam de Vries (ondersteuner)", "samen getekend"],
        # Signing put the signing dates into the draft first: Sam saved it last.
        ["1", when[3], "Concept", "Sam de Vries (ondersteuner)", "eerste opzet"],
    ]
    assert " om " in when[0]  # a date as people read it, and the local clock time
    assert dialog.in_force.text() == (
        f"Actief: versie 3, ondertekend op {format_date(TODAY)}. "
        f"Geldig tot {format_date(default_valid_until(TODAY))}. "
        "Dit is de kaart die hulpdiensten en anderen moeten hebben.")
    assert dialog.on_screen.text() == "Op je scherm: versie 4 (concept)."
    assert dialog.read_only.text().startswith("Hier kun je alleen kijken. Je ondersteuner legt de "
                                              "handtekeningen vast")
    assert "Cliëntenlijst" in dialog.read_only.text()
    assert dialog.timeline.currentItem().text(0) == "4"
    assert dialog.timeline.hasFocus()
    # Read-only: nothing in the dialog signs, activates, withdraws or restores.
    texts = [button.text().replace("&", "") for button in dialog.findChildren(QWidget)
             if hasattr(button, "clicked") and hasattr(button, "text")]
    assert not any(word in text for text in texts for word in ("Onderteken", "Actief", "Intrek", "Herstel"))


def test_the_difference_view_shows_the_changed_field(qtbot, window: MainWindow, card: Path) -> None:
    _opened(qtbot, window, card)
    dialog = _open_versions(qtbot, window)
    # It starts at the newest version beside the one before it, read beside the event loop.
    assert (dialog.diff.version_a.currentData(), dialog.diff.version_b.currentData()) == (3, 4)
    changes = [(c.old, c.new) for c in dialog.diff.changes]
    assert changes == [("Noor", "Noortje")]
    # Version 2 in the list, Enter: it beside version 1 (signing seals the draft as it is).
    dialog.select_version(2)
    dialog.timeline.setFocus()
    QTest.keyClick(dialog.timeline, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the list compares; it does not close the dialog
    assert dialog.tabs.currentWidget() is dialog.diff
    qtbot.waitUntil(lambda: not dialog.comparing, timeout=UNLOCK_MS)
    assert (dialog.diff.version_a.currentData(), dialog.diff.version_b.currentData()) == (1, 2)
    assert dialog.diff.changes == []
    assert dialog.diff.summary.text() == "Geen verschillen tussen versie 1 en versie 2."
    # Any two versions: choose them in the difference view.
    dialog.diff.version_a.setCurrentIndex(dialog.diff.version_a.findData(1))
    dialog.diff.version_b.setCurrentIndex(dialog.diff.version_b.findData(4))
    qtbot.waitUntil(lambda: not dialog.comparing, timeout=UNLOCK_MS)
    assert [(c.old, c.new) for c in dialog.diff.changes] == [("Noor", "Noortje")]
    assert dialog.diff.summary.text() == "1 veld verschilt tussen versie 1 en versie 4."
    # Version 1 has none before it.
    dialog.tabs.setCurrentIndex(0)
    dialog.select_version(1)
    assert not dialog.compare_button.isEnabled()


def test_a_card_of_drafts_only_says_nothing_is_signed_yet(qtbot, window: MainWindow, make_card) -> None:
    _opened(qtbot, window, make_card())
    dialog = _open_versions(qtbot, window)
    assert dialog.in_force.text() == "Nog geen versie ondertekend: alles is nog concept."
    assert [row[0] for row in _rows(dialog)] == ["1"]
    assert _rows(dialog)[0][2] == "Concept · op je scherm"
    assert not dialog.compare_button.isEnabled()
    assert dialog.diff.summary.text() == "Geen verschillen tussen versie 1 en versie 1."


def test_changes_after_the_active_version_show_as_the_coming_draft_and_appear_when_saved(
        qtbot, window: MainWindow, tmp_path: Path, sam: OndersteunerProfile) -> None:
    _opened(qtbot, window, _signed_card(tmp_path, sam))
    session = window.session
    assert session is not None
    edit_field = field_input(window, "personal", "preferred_name")
    edit_field.setFocus()
    edit_field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit_field, "Noortje")
    assert session.dirty
    dialog = _open_versions(qtbot, window)
    assert dialog.on_screen.text() == ("Op je scherm: je wijzigingen. Als ze zijn bewaard, zijn ze versie 4 "
                                       "(concept).")
    assert [row[0] for row in _rows(dialog)] == ["3", "2", "1"]
    assert _rows(dialog)[0][2] == "Actief · geldt nu"
    session.save()  # what autosave does a few seconds after typing stops
    qtbot.waitUntil(lambda: dialog.timeline.topLevelItemCount() == 4 and not dialog.loading
                    and not dialog.comparing, timeout=UNLOCK_MS)
    assert _rows(dialog)[0][:3] == ["4", _rows(dialog)[0][1], "Concept · op je scherm"]
    assert _rows(dialog)[1][2] == "Actief · geldt nu"
    assert dialog.on_screen.text() == "Op je scherm: versie 4 (concept)."
    # The comparison follows the newest version: the new draft beside the active version.
    assert (dialog.diff.version_a.currentData(), dialog.diff.version_b.currentData()) == (3, 4)
    assert [(c.old, c.new) for c in dialog.diff.changes] == [("Noor", "Noortje")]


def _draft_card(tmp_path: Path, sam: OndersteunerProfile) -> Path:
    plan = example_plan()
    plan.management.signed_on = plan.management.valid_until = None
    path = tmp_path / "noor.crisiskaart"
    with create_card(path, PASSPHRASE, encode_plan(plan), summary=plan_summary(plan), kdf=TEST_KDF) as card:
        card.add_ondersteuner(sam.recipient)
    return path


def _new_revision(card) -> None:
    plan = load_plan(card)
    plan.personal.preferred_name = "Noortje"
    edit(card, plan)


@pytest.mark.parametrize(("steps", "line", "statuses"), [
    ((sign,), "Nog geen versie actief. Versie 2 is ondertekend, maar nog niet actief gemaakt.",
     ["Ondertekend", "Concept"]),
    ((sign, activate, withdraw), "Er geldt nu geen versie: de kaart is ingetrokken.",
     ["Ingetrokken", "Actief", "Ondertekend", "Concept"]),
    # A new revision signed and withdrawn before it became active: version 3 stays in force.
    ((sign, activate, _new_revision, sign, withdraw), "Actief: versie 3, ondertekend op ",
     ["Ingetrokken", "Ondertekend", "Concept", "Actief · geldt nu", "Ondertekend", "Concept"]),
    # A new revision made active: the one before is superseded.
    ((sign, activate, _new_revision, sign, activate), "Actief: versie 6, ondertekend op ",
     ["Actief · geldt nu", "Ondertekend", "Concept", "Vervangen", "Vervangen", "Concept"]),
], ids=["signed", "withdrawn", "revision-withdrawn", "superseded"])
def test_the_top_line_says_which_version_is_in_force_also_for_the_ondersteuner(
        qtbot, window: MainWindow, tmp_path: Path, sam: OndersteunerProfile, steps, line: str,
        statuses: list[str]) -> None:
    path = _draft_card(tmp_path, sam)
    with open_card(path, profile=sam) as card:
        for step in steps:
            if step is sign:
                sign(card, TODAY)
            else:
                step(card)
    assert window.open_with_profile(path, sam)  # Sam opens the card in the editor
    dialog = _open_versions(qtbot, window)
    assert dialog.in_force.text().startswith(line)
    rows = _rows(dialog)
    assert rows[0][2].endswith("op je scherm")  # the newest version is what the editor shows
    assert [row[2].replace(", op je scherm", "").replace(" · op je scherm", "") for row in rows] == statuses
    assert dialog.read_only.text() == ("Hier kun je alleen kijken. Handtekeningen vastleggen, een versie "
                                       "actief maken en intrekken doe je in Ondersteuner › Cliëntenlijst.")
    dialog.reject()


def test_a_history_that_cannot_be_read_is_said_in_words(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """A card past EAGER_BYTES is read from its file as needed, so a file that a sync service put in
    its place while it was open is found when the list is read: one sentence, no crash."""
    plan = example_plan()
    path = tmp_path / "lang.crisiskaart"
    with create_card(path, PASSPHRASE, encode_plan(plan), summary=plan_summary(plan), kdf=TEST_KDF) as opened:
        while path.stat().st_size <= EAGER_BYTES:
            plan.personal.preferred_name = f"Noor {opened.version_count}"
            opened.save_version(encode_plan(plan), summary=plan_summary(plan))
    _opened(qtbot, window, path)
    replacement = path.with_name("elders.crisiskaart")
    replacement.write_bytes(path.read_bytes())
    os.replace(replacement, path)
    window.versions_action.trigger()
    dialog = window.findChild(CardVersionsDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.loading, timeout=UNLOCK_MS)
    assert dialog.message.text() == sentence(describe(CardChanged(str(path)), "nl"))
    assert dialog.message.text().startswith("Het kaartbestand is vervangen")
    assert dialog.in_force.text() == "" and dialog.timeline.topLevelItemCount() == 0
    assert dialog.isVisible()
    dialog.reject()


def test_an_expired_card_says_it_is_time_to_review(qtbot, window: MainWindow, card: Path) -> None:
    _opened(qtbot, window, card)
    later = default_valid_until(TODAY) + dt.timedelta(days=1)
    dialog = CardVersionsDialog(window, today=lambda: later)
    dialog.open()
    qtbot.waitUntil(lambda: bool(dialog.versions) and not dialog.comparing, timeout=UNLOCK_MS)
    assert dialog.in_force.text().endswith("De kaart is niet meer geldig: bekijk het plan samen opnieuw.")
    dialog.reject()


def test_the_menu_item_needs_a_card_file_and_an_unlocked_window(
        qtbot, window: MainWindow, card: Path) -> None:
    assert window.versions_action.text() == "&Versies…"
    assert window.versions_action in window.menuBar().actions()[3].menu().actions()  # Kaart
    assert not window.versions_action.isEnabled()  # no card open
    assert window.show_versions() is None
    window.open_example()
    assert not window.versions_action.isEnabled()  # the example card has no versions
    assert window.show_versions() is None
    assert window.close_card()
    _opened(qtbot, window, card)
    assert window.versions_action.isEnabled()
    assert mnemonic_clashes(window) == {}
    dialog = _open_versions(qtbot, window)
    window.lock()
    assert not dialog.isVisible()  # names, notes and dates are not left over the lock screen
    assert not window.versions_action.isEnabled()
    assert window.show_versions() is None


def test_keyboard_only_escape_closes_and_f1_explains_versions(qtbot, window: MainWindow, card: Path) -> None:
    _opened(qtbot, window, card)
    dialog = _open_versions(qtbot, window)
    chain = tab_chain(dialog)
    assert dialog.timeline in chain and dialog.compare_button in chain
    assert nameless(chain, dialog) == []
    assert mnemonic_clashes(dialog) == {}
    dialog.tabs.setCurrentWidget(dialog.diff)
    chain = tab_chain(dialog)
    assert dialog.diff.version_a in chain and dialog.diff.tree in chain
    assert nameless(chain, dialog) == [] and mnemonic_clashes(dialog) == {}
    dialog.timeline.setFocus()
    QTest.keyClick(dialog.timeline, Qt.Key.Key_F1)
    QApplication.processEvents()
    guide = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow) and w.isVisible())
    assert (guide.current_page, guide.current_anchor) == ("schrijven", "versies")
    guide.close()
    dialog.activateWindow()
    dialog.timeline.setFocus()
    QTest.keyClick(dialog.timeline, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert not dialog.isVisible()


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100pct", "200pct"])
def test_nothing_is_clipped_at_1100_px_and_large_text(qtbot, qapp, window: MainWindow, card: Path,
                                                       scale: float) -> None:
    original = QFont(qapp.font())
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * scale)
    qapp.setFont(font)
    with open_card(card, passphrase=PASSPHRASE) as opened:  # a long text changed: it wraps
        plan = load_plan(opened)
        plan.my_crisis.summary += " Dan wil ik dat mijn zus Anna wordt gebeld en dat niemand mij alleen laat."
        edit(opened, plan, note="wat ik dan wil, uitgebreid opgeschreven met Sam erbij")  # amends draft 4
    try:
        window.resize(1100, 850)
        _opened(qtbot, window, card)
        dialog = _open_versions(qtbot, window)
        assert dialog.width() <= window.width()
        QApplication.processEvents()
        assert clipped(dialog) == []
        assert _cut_off_cells(dialog.timeline) == []
        assert not dialog.timeline.horizontalScrollBar().isVisible()
        shot = SHOT if scale == 1.0 else SHOT.with_name(f"client_versions_{int(scale * 100)}pct.png")
        dialog.grab().save(str(shot))
        dialog.tabs.setCurrentWidget(dialog.diff)
        QApplication.processEvents()
        assert len(dialog.diff.changes) == 2 and "Noortje" in dialog.diff.changes[0].new
        assert clipped(dialog) == []
        assert _cut_off_cells(dialog.diff.tree) == []
        dialog.grab().save(str(shot.with_name(shot.stem + "_diff.png")))
        dialog.reject()
    finally:
        qapp.setFont(original)


def test_differences_name_their_section_across_the_row_and_wrap_long_texts(qtbot) -> None:
    from crisiskaart.model import CrisisPlan
    from crisiskaart.store import Role, Status, VersionInfo
    from crisiskaart.store.history import Author
    from crisiskaart.ui.workspace.diff_view import DiffView

    before, after = CrisisPlan(), CrisisPlan()
    after.my_crisis.earlier_crises = "In 2019 werd ik opgenomen na weken zonder slaap. " * 12
    plans = {1: before, 2: after}
    view = DiffView("nl")
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    noor = Author(Role.CLIENT, "Noor")
    versions = [VersionInfo(number=n, time=dt.datetime(2026, 12, n, tzinfo=dt.UTC), author=noor,
                            status=Status.CONCEPT, note="") for n in plans]
    view.set_versions(versions, plans.__getitem__, 1, 2)
    tree = view.tree
    section = tree.topLevelItem(0)
    assert section is not None and section.text(0) == "Mijn crisis"
    assert tree.isFirstColumnSpanned(0, tree.rootIndex())
    row = section.child(0)
    height = tree.visualItemRect(row).height()
    assert height > 3 * tree.fontMetrics().lineSpacing()  # the whole text, wrapped, not one line with "…"
    view.grab().save("/tmp/diff_view_wrapped.png")


def _export_version(qtbot, window: MainWindow, number: int, path: Path) -> str:
    """Kaart › Versies, choose version ``number``, export it as the whole plan; the PDF's text."""
    from test_export_menu import _answer_file_dialog, _close_done, _pdf_text

    from crisiskaart.ui.exporting import current_export

    dialog = _open_versions(qtbot, window)
    dialog.select_version(number)
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()  # it makes way for the export
    flow = current_export(window)
    assert flow is not None and flow.dialog is not None and flow.version == number
    qtbot.waitExposed(flow.dialog)
    flow.dialog.choose("plan")
    _answer_file_dialog(path)
    flow.dialog.save_button.click()
    qtbot.waitUntil(lambda: flow.outcome == "saved", timeout=UNLOCK_MS)
    _close_done(flow)
    return _pdf_text(path)


def test_the_active_version_is_exported_as_it_was_signed_while_a_new_concept_is_on_screen(
        qtbot, window: MainWindow, card: Path, tmp_path: Path) -> None:
    _opened(qtbot, window, card)
    assert window.session is not None and window.session.document.plan.personal.preferred_name == "Noortje"
    active = _export_version(qtbot, window, 3, tmp_path / "actief.pdf")
    assert "CONCEPT" not in active and "Noortje" not in active and "Noor" in active  # as signed
    dialog = _open_versions(qtbot, window)
    dialog.select_version(2)  # signed, but version 3 is the card in force now: no old card goes round
    assert not dialog.export_button.isEnabled() and "geldt niet meer" in dialog.export_button.toolTip()
    dialog.reject()
    concept = _export_version(qtbot, window, 4, tmp_path / "concept.pdf")
    assert "CONCEPT — nog niet ondertekend" in concept and "Noortje" in concept
    assert window.session.document.plan.personal.preferred_name == "Noortje"  # the screen is untouched
