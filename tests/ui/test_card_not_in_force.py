"""A withdrawn or replaced card opened in the editor: it says so on top, and Bestand › Afdrukken and
Bestand › Exporteren no longer offer it as a card (in a wallet it would read as valid, with old
phone numbers and medicines). The Wvggz papers still go; one change starts a concept that prints
again with the CONCEPT mark. Real encrypted cards, the real dialogs, a real CUPS printer."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdf
from PySide6.QtWidgets import QLabel
from test_accessibility_layout import clipped
from ui_helpers import PASSPHRASE, field_input, unlock
from ui_printer_helpers import CupsPdfPrinter

from crisiskaart.cards import encode_plan, plan_summary
from crisiskaart.model import CrisisPlan, example_plan
from crisiskaart.store import TEST_KDF, Status, create_card, open_card
from crisiskaart.store.lifecycle import save_draft, set_status
from crisiskaart.ui.exporting import current_export
from crisiskaart.ui.main_window import NOT_IN_FORCE, MainWindow
from crisiskaart.ui.not_in_force import refusal
from crisiskaart.ui.printing import current_flow
from crisiskaart.ui.printing.documents import Printable, PrintSource, render

ROOT = Path(__file__).resolve().parents[2]
SCREENS = Path(os.environ.get("CRISISKAART_ARTEFACTS", ROOT / "test-artefacts")) / "screens" / "not-in-force"
CARD_PAPERS = {"wallet-sheet", "wallet-card", "plan", "zorgkaart", "html", "qr-png", "qr-svg", "summary-text",
               "summary-site"}


def _card(tmp_path: Path, plan: CrisisPlan, *, withdraw: bool = True) -> Path:
    """Version 1 concept, 2 signed, 3 in force, then 4 withdrawn unless ``withdraw`` is False."""
    path = tmp_path / "noor.crisiskaart"
    create_card(path, PASSPHRASE, encode_plan(plan), summary=plan_summary(plan), kdf=TEST_KDF).close()
    with open_card(path, passphrase=PASSPHRASE) as card:
        set_status(card, Status.ONDERTEKEND)
        set_status(card, Status.ACTIEF)
        if withdraw:
            set_status(card, Status.INGETROKKEN)
    return path


def _open(qtbot, window: MainWindow, path: Path) -> None:
    unlock(qtbot, window, path, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None)


def _shot(widget, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SCREENS / f"{name}.png"))


def test_a_withdrawn_card_says_so_and_exports_only_the_wvggz_papers(qtbot, window: MainWindow,
                                                                    tmp_path: Path) -> None:
    _open(qtbot, window, _card(tmp_path, example_plan()))
    [notice] = [row for row in window.notice_bar.rows if row.message.key == NOT_IN_FORCE]
    assert notice.message.text.startswith("Versie 4 van deze kaart is ingetrokken en geldt niet meer")
    assert "Verander je iets in de kaart, dan begint een nieuw concept" in notice.message.text
    _shot(window, "window-withdrawn")
    window.export_action.trigger()
    flow = current_export(window)
    assert flow is not None and flow.dialog is not None
    qtbot.waitExposed(flow.dialog)
    offered = set(flow.dialog.buttons)
    assert offered and not offered & CARD_PAPERS  # the example has a plan van aanpak: its papers stay
    assert "plan-van-aanpak" in offered and "letter" in offered
    note = flow.dialog.findChild(QLabel, "exportNotInForce")
    assert note is not None and note.text() == notice.message.text
    _shot(flow.dialog, "export-dialog")
    assert not clipped(flow.dialog)
    flow.dialog.reject()


def test_without_a_plan_van_aanpak_there_is_nothing_to_print_and_it_says_why(
        qtbot, window: MainWindow, tmp_path: Path, cups_printer: CupsPdfPrinter) -> None:
    plan = example_plan()
    plan.plan_van_aanpak = plan.zelfbinding = None  # only the card's own papers
    _open(qtbot, window, _card(tmp_path, plan))
    before = cups_printer.pdfs()  # the printer serves the whole test session
    window.print_action.trigger()
    flow = current_flow(window)
    assert flow is not None and flow.outcome == "refused" and flow.chooser is None
    assert flow.message_box is not None
    assert flow.message_box.text().startswith("Versie 4 van deze kaart is ingetrokken")
    _shot(flow.message_box, "print-refused")
    flow.message_box.accept()
    window.export_action.trigger()
    export = current_export(window)
    assert export is not None and export.outcome == "refused" and export.dialog is None
    assert export.message_box is not None
    export.message_box.accept()
    assert cups_printer.pdfs() == before and not cups_printer.pending_jobs()


def test_a_replaced_version_is_refused_and_the_card_in_force_is_not(qtbot, window: MainWindow,
                                                                     tmp_path: Path) -> None:
    plan = example_plan()
    path = _card(tmp_path, plan, withdraw=False)
    with open_card(path, passphrase=PASSPHRASE) as card:
        plan.personal.preferred_name = "Noortje"
        save_draft(card, encode_plan(plan), summary=plan_summary(plan))  # 4: a new concept
        set_status(card, Status.ONDERTEKEND)  # 5
        set_status(card, Status.ACTIEF)  # 6: the newer card in force; 3 is replaced
    _open(qtbot, window, path)
    assert not [row for row in window.notice_bar.rows if row.message.key == NOT_IN_FORCE]
    session = window.session
    assert session is not None
    replaced = refusal(session, 3, "nl")
    assert replaced.startswith("Versie 3 van deze kaart is vervangen door een nieuwere kaart")
    assert refusal(session, 6, "nl") == "" and refusal(session, 7, "nl") == ""  # 7: the coming concept


def _preview_text(window: MainWindow) -> str:
    """The words of the card the preview draws, from the PDF it is drawn from (with its marks)."""
    from crisiskaart.export import render_wallet_card

    assert window.editor is not None and window.session is not None
    pdf = render_wallet_card(window.session.document.plan, window.editor.preview.context()).pdf
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_the_preview_of_a_withdrawn_card_says_across_it_that_it_no_longer_counts(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    _open(qtbot, window, _card(tmp_path, example_plan()))
    assert window.editor is not None
    window.editor.preview.request_drawing()
    assert window.editor.preview.wait_rendered()
    _shot(window, "window-withdrawn-preview")
    text = _preview_text(window)
    assert "INGETROKKEN" in text and "geldt niet meer" in text and "CONCEPT" not in text
    name = field_input(window, "personal", "preferred_name")
    name.setFocus()
    qtbot.keyClicks(name, "tje")  # one change: a new concept, which may be printed
    text = _preview_text(window)
    assert "CONCEPT" in text and "INGETROKKEN" not in text
    assert window.session is not None
    window.session.dirty = False


def test_a_card_in_force_has_no_mark_in_its_preview(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _open(qtbot, window, _card(tmp_path, example_plan(), withdraw=False))
    text = _preview_text(window)
    assert "INGETROKKEN" not in text and "CONCEPT" not in text and "Noor" in text


def test_one_change_makes_a_concept_that_prints_with_its_mark(qtbot, window: MainWindow, tmp_path: Path,
                                                              cups_printer: CupsPdfPrinter) -> None:
    _open(qtbot, window, _card(tmp_path, example_plan()))
    assert any(row.message.key == NOT_IN_FORCE for row in window.notice_bar.rows)
    name = field_input(window, "personal", "preferred_name")
    name.setFocus()
    name.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(name, "Noortje")
    session = window.session
    assert session is not None and session.dirty
    assert not any(row.message.key == NOT_IN_FORCE for row in window.notice_bar.rows)
    window.print_action.trigger()
    flow = current_flow(window)
    assert flow is not None and flow.chooser is not None
    qtbot.waitExposed(flow.chooser)
    assert Printable.CARD in flow.chooser.buttons
    assert flow.chooser.findChild(QLabel, "printNotInForce") is None
    printed = render(PrintSource.of(session, "nl"), Printable.CARD)  # what goes to the printer
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(printed)).pages)
    assert "CONCEPT" in text and "versie 5" in text
    before = cups_printer.pdfs()
    flow.chooser.buttons[Printable.CARD].click()
    flow.chooser.print_button.click()
    qtbot.waitUntil(lambda: flow.print_dialog is not None and flow.print_dialog.isVisible())
    assert flow.print_dialog is not None
    flow.print_dialog.accept()
    qtbot.waitUntil(lambda: flow.outcome != "", timeout=30_000)
    assert flow.outcome == "sent"
    assert cups_printer.wait_for_pdf(before).stat().st_size > 0
