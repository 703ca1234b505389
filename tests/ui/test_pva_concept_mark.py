"""The CONCEPT mark on the Wvggz papers, driven like a person: the card's version is a concept in every
case here, yet the letter to the geneesheer-directeur never says CONCEPT, and the plan van aanpak and
the plan voor de zitting say it exactly while the plan van aanpak itself is not signed. The export
dialog, its report afterwards and the print chooser say the same; the PDFs are read back with pypdf.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from ui_helpers import PASSPHRASE, unlock
from ui_printer_helpers import CupsPdfPrinter

from crisiskaart.model import CrisisPlan, example_plan
from crisiskaart.ui.exporting import current_export
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.printing import current_flow
from crisiskaart.ui.printing.documents import Printable, PrintSource, render

MARK = "CONCEPT — nog niet ondertekend"
PVA_CHECK = ("Het plan van aanpak is nog niet ondertekend. Er komt CONCEPT op te staan. Vul de datum van "
             "ondertekenen in als je het plan hebt getekend.")
PVA_SAID = ("ℹ Er staat CONCEPT op, want het plan van aanpak is nog niet ondertekend. Vul de datum van "
            "ondertekenen in als je het hebt getekend, en sla het opnieuw op.")
READY_EXPORT, READY_PRINT = "✓ Alles is klaar.", "✓ Alles is klaar om af te drukken."


def _plan(signed: bool) -> CrisisPlan:
    plan = example_plan()
    assert plan.plan_van_aanpak is not None
    plan.plan_van_aanpak.signed_on = dt.date(2026, 11, 24) if signed else None
    return plan


def _open(qtbot, window: MainWindow, make_card, plan: CrisisPlan) -> None:
    """A card file of its own: version 1, a concept nobody signed yet (the card's own status)."""
    unlock(qtbot, window, make_card(plan), PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None)


def _answer_file_dialog(path: Path) -> None:
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, look)
            return
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        dialog.accept()

    QTimer.singleShot(0, look)


def _pdf_pages(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def _pages(path: Path) -> list[str]:
    return _pdf_pages(path.read_bytes())


def _export_dialog_says(qtbot, window: MainWindow) -> dict[str, list[str]]:
    """What the export dialog says under each Wvggz paper, and under the card's own A4 plan."""
    window.export_action.trigger()  # Bestand › Exporteren…
    flow = current_export(window)
    assert flow is not None and flow.dialog is not None
    qtbot.waitExposed(flow.dialog)
    said = {}
    for export_format in ("plan-van-aanpak", "hearing-plan", "letter", "plan"):
        flow.dialog.choose(export_format)
        said[export_format] = flow.dialog.check_texts()
    flow.dialog.reject()
    return said


def _export(qtbot, window: MainWindow, export_format: str, path: Path) -> tuple[list[str], list[str]]:
    """Export through Bestand › Exporteren; the PDF's pages and the report's lines."""
    window.export_action.trigger()
    flow = current_export(window)
    assert flow is not None and flow.dialog is not None
    qtbot.waitExposed(flow.dialog)
    flow.dialog.choose(export_format)
    _answer_file_dialog(path)
    flow.dialog.save_button.click()
    assert flow.outcome == "saved", flow.message_box.text() if flow.message_box else ""
    assert flow.done is not None
    lines = list(flow.done.lines)
    flow.done.accept()
    return _pages(path), lines


def _print_chooser_says(qtbot, window: MainWindow) -> dict[Printable, list[str]]:
    window.print_action.trigger()  # Bestand › Afdrukken…
    flow = current_flow(window)
    assert flow is not None and flow.chooser is not None
    qtbot.waitExposed(flow.chooser)
    said = {}
    for what in (Printable.PLAN_VAN_AANPAK, Printable.HEARING, Printable.LETTER, Printable.PLAN):
        flow.chooser.buttons[what].click()
        said[what] = flow.chooser.check_texts()
    flow.chooser.reject()
    qtbot.waitUntil(lambda: flow.outcome != "")
    return said


def test_an_unsigned_plan_van_aanpak_is_marked_but_its_letter_never(
        qtbot, window: MainWindow, make_card, tmp_path: Path, cups_printer: CupsPdfPrinter) -> None:
    _open(qtbot, window, make_card, _plan(signed=False))
    said = _export_dialog_says(qtbot, window)
    assert said["plan-van-aanpak"] == said["hearing-plan"] == [f"⚠ Let op: {PVA_CHECK}"]
    assert said["letter"] == [READY_EXPORT]
    assert said["plan"][0].startswith("⚠ Let op: Deze versie is nog een concept")  # the card's own version

    printed = _print_chooser_says(qtbot, window)
    assert printed[Printable.PLAN_VAN_AANPAK] == printed[Printable.HEARING] == [f"⚠ {PVA_CHECK}"]
    assert printed[Printable.LETTER] == [READY_PRINT]
    assert printed[Printable.PLAN][0].startswith("⚠ Deze versie is nog een concept")

    pages, lines = _export(qtbot, window, "plan-van-aanpak", tmp_path / "plan.pdf")
    assert pages and all(MARK in page for page in pages)
    assert PVA_SAID in lines
    pages, lines = _export(qtbot, window, "hearing-plan", tmp_path / "zitting.pdf")
    assert pages and all(MARK in page for page in pages) and PVA_SAID in lines
    pages, lines = _export(qtbot, window, "letter", tmp_path / "brief.pdf")
    assert pages and not any("CONCEPT" in page for page in pages) and "geneesheer-directeur" in pages[0]
    assert not any("CONCEPT" in line for line in lines)
    pages, lines = _export(qtbot, window, "plan-van-aanpak-concept", tmp_path / "concept.pdf")
    assert all(MARK in page for page in pages)
    assert "ℹ Er staat CONCEPT op elke bladzijde: het is een concept om te delen." in lines

    # What is printed is what was exported.
    assert window.session is not None
    source = PrintSource.of(window.session, "nl")
    letter = _pdf_pages(render(source, Printable.LETTER))
    plan = _pdf_pages(render(source, Printable.PLAN_VAN_AANPAK))
    assert not any("CONCEPT" in page for page in letter) and all(MARK in page for page in plan)
    window.session.dirty = False


@pytest.mark.parametrize("export_format", ["plan-van-aanpak", "hearing-plan"])
def test_a_signed_plan_van_aanpak_is_not_marked_though_the_card_is_a_concept(
        qtbot, window: MainWindow, make_card, tmp_path: Path, export_format: str) -> None:
    _open(qtbot, window, make_card, _plan(signed=True))
    said = _export_dialog_says(qtbot, window)
    assert said[export_format] == said["letter"] == [READY_EXPORT]
    pages, lines = _export(qtbot, window, export_format, tmp_path / "plan.pdf")
    assert pages and not any("CONCEPT" in page for page in pages)
    assert not any("CONCEPT" in line for line in lines)
    # The draft to share says CONCEPT all the same: that is what it is for.
    pages, lines = _export(qtbot, window, "plan-van-aanpak-concept", tmp_path / "concept.pdf")
    assert pages and all(MARK in page for page in pages)
    assert window.session is not None
    window.session.dirty = False
