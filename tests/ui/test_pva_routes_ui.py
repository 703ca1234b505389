"""Where people get stuck, in the editor, driven like a person: tick an agreement as agreed and see the
open ones go, share a draft marked CONCEPT, fill in the plan for the court hearing and save it, read
the zorgkaart, and prepare a zelfbinding worksheet under a banner that says it is not a declaration.
Only Qt's file dialog is answered by the test; the PDFs are read back with pypdf."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from keyboard_audit import mnemonic_clashes
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit, QPlainTextEdit, QWidget
from ui_helpers import PASSPHRASE, saved_plan, unlock

from crisiskaart.model import CrisisPlan, example_plan
from crisiskaart.model.plan_van_aanpak import CourtRequest, PermissionDecision
from crisiskaart.model.sections import CompulsoryMeasure
from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.help.context import Topic, topic_for
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.pva.page import PlanVanAanpakPage
from crisiskaart.ui.pva.zelfbinding import ZelfbindingPage

MARK = "CONCEPT — nog niet ondertekend"


def _pages(path: Path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages]


def _open(qtbot, window: MainWindow, card: Path, key: str = "plan_van_aanpak") -> QWidget:
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    editor = window.editor
    assert editor is not None
    editor.show_section(key)
    page = editor.extra_pages[key]
    assert editor.pages.currentWidget() is page
    return page


def _tab(page: PlanVanAanpakPage, view: QWidget) -> None:
    index = next(i for i in range(page.tabs.count()) if page.tabs.widget(i).isAncestorOf(view))
    page.tabs.setCurrentIndex(index)
    assert view.isVisible()


def _tick(qtbot, box: QCheckBox) -> None:
    """Click the check box where a person does: on its square, not in the empty width beside its text."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _row(root: QWidget, *path: str) -> FieldRow:
    return next(r for r in root.findChildren(FieldRow)
                if tuple(p for p in r.path if not p.startswith("#"))[-len(path):] == path)


@pytest.fixture
def answer_save(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Answer Qt's save dialog with a file in tmp_path; returns the list of files asked for."""
    targets: list[Path] = []

    def answer(parent, caption, directory, file_filter):
        target = tmp_path / "uit" / f"{len(targets)}.pdf"
        target.parent.mkdir(exist_ok=True)
        targets.append(target)
        return str(target), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return targets


def test_tick_an_agreement_and_share_a_draft(qtbot, window: MainWindow, make_card, answer_save) -> None:
    page = _open(qtbot, window, make_card(example_plan()))
    assert isinstance(page, PlanVanAanpakPage)
    view = page.agreements
    _tab(page, view)
    summary = view.summary.text()
    assert summary.startswith("! 2 van de 3 afspraken zijn rond.")
    assert ("Twee keer per week een gesprek met het FACT-team. — nog niet toegezegd door FACT-team Oost"
            in summary)
    # The FACT-team said yes: tick it and write the day, in the tab itself.
    row = next(r for r in view.records.rows if "FACT-team" in r.fields[1].input.toPlainText())
    agreed = next(f for f in row.fields if f.spec.name == "agreed").input
    assert isinstance(agreed, QCheckBox) and not agreed.isChecked() and agreed.accessibleDescription()
    _tick(qtbot, agreed)
    day = next(f for f in row.fields if f.spec.name == "agreed_on").input
    qtbot.keyClicks(day, "30-11-2026")
    assert view.summary.text() == ("✓ 3 van de 3 afspraken zijn rond. "
                                   "Iedereen die genoemd is, heeft ja gezegd.")
    # A draft to share, from the button in the tab: CONCEPT on every page, the tick included.
    qtbot.mouseClick(view.share_button, Qt.MouseButton.LeftButton)
    [draft] = answer_save
    assert str(draft) in page.export_status.text()
    draft_pages = _pages(draft)
    assert all(MARK in text for text in draft_pages)
    assert "Stand: toegezegd op 30 november 2026" in " ".join(draft_pages)
    # And the same button under the tabs.
    qtbot.mouseClick(page.concept_button, Qt.MouseButton.LeftButton)
    assert len(answer_save) == 2 and all(MARK in text for text in _pages(answer_save[1]))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    card_path = window.session.path  # type: ignore[union-attr]
    assert window.close_card()
    pva = saved_plan(card_path, PASSPHRASE).plan_van_aanpak
    assert pva is not None and pva.actions[1].agreed and pva.actions[1].agreed_on.isoformat() == "2026-11-30"


def test_fill_in_the_plan_for_the_hearing_and_read_the_zorgkaart(qtbot, window: MainWindow, make_card,
                                                                   answer_save) -> None:
    plan = example_plan()
    assert plan.plan_van_aanpak is not None
    plan.plan_van_aanpak.decision = PermissionDecision.REFUSED
    page = _open(qtbot, window, make_card(plan))
    assert isinstance(page, PlanVanAanpakPage)
    view = page.hearing
    page.show_hearing_route()
    assert view.isVisible()
    assert view.situation.text().startswith("→ Je mocht je plan niet binnen de 14 dagen schrijven.")
    assert topic_for(view.pdf_button) == Topic("plan-van-aanpak", "zitting")
    court = _row(view, "hearing", "court").input
    assert isinstance(court, QLineEdit) and court.accessibleName() == "Rechtbank"
    qtbot.keyClicks(court, "Rechtbank Midden-Nederland")
    qtbot.keyClicks(_row(view, "hearing", "hearing_on").input, "10-12-2026")
    qtbot.keyClicks(_row(view, "hearing", "request_to_court").input, "Ik wil thuis blijven met Lotte.")
    requests = _row(view, "hearing", "requests").input
    boxes = dict(requests.boxes)  # type: ignore[attr-defined]
    _tick(qtbot, boxes[CourtRequest.MY_PREFERENCES])
    cover = view.cover.text()
    for expected in ("Rechtbank: Rechtbank Midden-Nederland", "Datum van de zitting: 10 december 2026",
                     "• Rekening houden met mijn zorgkaart", "Ik wil thuis blijven met Lotte.",
                     "De geneesheer-directeur heeft besloten"):
        assert expected in cover, expected
    qtbot.mouseClick(view.pdf_button, Qt.MouseButton.LeftButton)
    [hearing_pdf] = answer_save
    pages = _pages(hearing_pdf)
    assert "Plan voor de zitting van Noor Bakker" in pages[0] and "Rechtbank Midden-Nederland" in pages[0]
    assert "Eigen plan van aanpak van Noor Bakker" in pages[1]
    assert "Zorgkaart van Noor Bakker" in " ".join(pages[2:])  # asked for: the zorgkaart comes along
    # Undo the tick: the cover no longer promises the zorgkaart.
    document = window.session.document  # type: ignore[union-attr]
    while CourtRequest.MY_PREFERENCES in document.plan.plan_van_aanpak.hearing.requests:
        document.undo_stack.undo()
    assert "zorgkaart" not in view.cover.text().split("In dit plan", 1)[1]
    # The zorgkaart, from the crisisplan, and its own PDF.
    zorgkaart = page.zorgkaart
    _tab(page, zorgkaart)
    content = zorgkaart.content.text()
    assert "Als het moet, liever dit\n• Medicijnen: Als het moet, liever een tablet dan een prik." in content
    assert "Niet bellen\n• Mark Bakker (vader)" in content
    qtbot.mouseClick(zorgkaart.pdf_button, Qt.MouseButton.LeftButton)
    assert "Zorgkaart van Noor Bakker" in _pages(answer_save[1])[0]


def test_prepare_a_zelfbinding_worksheet_under_a_banner(qtbot, window: MainWindow, make_card,
                                                        answer_save) -> None:
    plan = example_plan()
    plan.zelfbinding = None
    page = _open(qtbot, window, make_card(plan), "zelfbinding")
    assert isinstance(page, ZelfbindingPage)
    banner = page.banner
    assert banner.isVisible() and "géén geldige zelfbindingsverklaring" in banner.text()
    assert "onafhankelijke arts of andere deskundige" in banner.text()
    assert not page.pdf_button.isEnabled()
    assert topic_for(page.start_button) == Topic("plan-van-aanpak", "zelfbinding")  # F1 explains it
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.form and banner.isVisible()  # the banner stays in view
    first = _row(page, "zelfbinding", "zorgverantwoordelijke").input
    assert first.hasFocus()
    qtbot.keyClicks(first, "Dr. P. Visser")
    circumstances = _row(page, "zelfbinding", "circumstances")
    assert circumstances.label.text().startswith("a. Wanneer moet je verplichte zorg krijgen")
    assert isinstance(circumstances.input, QPlainTextEdit)
    qtbot.keyClicks(circumstances.input, "Als ik drie nachten niet slaap.")
    measures = dict(_row(page, "zelfbinding", "measures").input.boxes)  # type: ignore[attr-defined]
    _tick(qtbot, measures[CompulsoryMeasure.ADMISSION])
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    [sheet] = answer_save
    assert str(sheet) in page.export_status.text()
    pages = _pages(sheet)
    foot = "Dit is géén geldige zelfbindingsverklaring (artikel 4:1 Wvggz)."
    assert pages and all(foot in page for page in pages)
    assert "Als ik drie nachten niet slaap." in pages[0] and "• Opname" in pages[0]
    document = window.session.document  # type: ignore[union-attr]
    assert document.plan.zelfbinding is not None
    assert document.plan.zelfbinding.measures == [CompulsoryMeasure.ADMISSION]
    while document.plan.zelfbinding is not None:  # undo everything, the start too
        document.undo_stack.undo()
    assert page.stack.currentWidget() is not page.form and banner.isVisible()
    assert not page.pdf_button.isEnabled()
    while document.undo_stack.canRedo():  # and back again: the answers return into their inputs
        document.undo_stack.redo()
    assert page.stack.currentWidget() is page.form and first.text() == "Dr. P. Visser"
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    card_path = window.session.path  # type: ignore[union-attr]
    assert window.close_card()
    saved = saved_plan(card_path, PASSPHRASE).zelfbinding
    assert saved is not None and saved.zorgverantwoordelijke == "Dr. P. Visser"
    assert saved.circumstances == "Als ik drie nachten niet slaap."


def test_the_new_tabs_and_buttons_take_no_alt_letter_twice(qtbot, window: MainWindow, make_card) -> None:
    page = _open(qtbot, window, make_card(CrisisPlan()))
    assert isinstance(page, PlanVanAanpakPage)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    mine = ("Afspraken", "Zorgkaart", "Voor de zitting", "Concept", "zitting als pdf", "Werkblad")
    for view in (page.agreements, page.zorgkaart, page.hearing):
        _tab(page, view)
        clashes = mnemonic_clashes(window)
        involved = [text for clash in clashes.values() for texts in clash.values() for text in texts
                    if any(word in text.replace("&", "") for word in mine)]
        assert involved == [], clashes
    assert window.editor is not None
    window.editor.show_section("zelfbinding")
    clashes = mnemonic_clashes(window)
    involved = [text for clash in clashes.values() for texts in clash.values() for text in texts
                if "erkblad" in text.replace("&", "")]
    assert involved == [], clashes
