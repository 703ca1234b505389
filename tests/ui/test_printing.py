"""Bestand › Afdrukken: the card goes to a real CUPS printer (CUPS-PDF) as our own PDF, at 100 %.

The menu action is driven as a person would (the chooser's buttons clicked, Qt's print dialog
answered); what the printer wrote is read back with pypdf and compared with the export's PDF.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QSpinBox
from ui_helpers import PASSPHRASE, unlock
from ui_printer_helpers import CupsPdfPrinter

from crisiskaart.cards import encode_plan, plan_summary
from crisiskaart.model import CrisisPlan, example_plan
from crisiskaart.store import TEST_KDF, Status, create_card
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.printing import current_flow
from crisiskaart.ui.printing.cups import CupsJob
from crisiskaart.ui.printing.documents import Printable, PrintSource, render
from crisiskaart.ui.printing.flow import PrintFlow
from crisiskaart.ui.printing.preview import PrintPreview
from crisiskaart.ui.printing.printer_choices import cups_job, new_printer, page_indexes
from crisiskaart.ui.printing.raster import paint_pdf

ROOT = Path(__file__).resolve().parents[2]
SCREENS = Path(os.environ.get("CRISISKAART_ARTEFACTS", ROOT / "test-artefacts")) / "screens" / "printing"
A4_POINTS = (595.28, 841.89)


def _open_card(qtbot, window: MainWindow, make_card, plan: CrisisPlan | None = None) -> None:
    """The example plan in a card file of its own: version 1, a concept nobody signed yet."""
    unlock(qtbot, window, make_card(plan or example_plan()), PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None)


def _open_signed_card(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """The example plan as version 1, signed: it prints without the CONCEPT mark."""
    plan = example_plan()
    path = tmp_path / "getekend.crisiskaart"
    create_card(path, PASSPHRASE, encode_plan(plan), summary=plan_summary(plan), kdf=TEST_KDF,
                status=Status.ONDERTEKEND).close()
    unlock(qtbot, window, path, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None)


def _start(qtbot, window: MainWindow) -> PrintFlow:
    window.print_action.trigger()  # Bestand › Afdrukken… (Ctrl+P)
    flow = current_flow(window)
    assert flow is not None
    return flow


def _choose(qtbot, flow: PrintFlow, what: Printable = Printable.CARD, *, preview: bool = False) -> None:
    chooser = flow.chooser
    assert chooser is not None
    qtbot.waitExposed(chooser)
    chooser.buttons[what].click()
    button = chooser.preview_button if preview else chooser.print_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _answer_print_dialog(qtbot, flow: PrintFlow, printer: str, copies: int = 1) -> None:
    qtbot.waitUntil(lambda: flow.print_dialog is not None and flow.print_dialog.isVisible())
    dialog = flow.print_dialog
    assert dialog is not None
    assert dialog.printer().printerName() == printer
    copies_box = next(box for box in dialog.findChildren(QSpinBox) if box.objectName() == "copies")
    copies_box.setValue(copies)
    dialog.accept()  # what the person's click on "Afdrukken" does


def _ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    """Where anything is printed on a page image (left, top, right, bottom)."""
    white = Image.new(image.mode, image.size, "white")
    box = ImageChops.difference(image, white).convert("L").point(lambda v: 255 if v > 40 else 0).getbbox()
    assert box is not None
    return box


def _page_images(pdf: bytes | Path, dpi: int = 50) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in document]
    finally:
        document.close()


# --- the real printer ----------------------------------------------------------------------------
def test_card_goes_to_cups_as_our_pdf_at_full_size(qtbot, window: MainWindow, tmp_path: Path,
                                                   cups_printer: CupsPdfPrinter) -> None:
    _open_signed_card(qtbot, window, tmp_path)
    flow = _start(qtbot, window)
    chooser = flow.chooser
    assert chooser is not None
    assert list(chooser.buttons) == [Printable.CARD, Printable.PLAN, Printable.ZORGKAART,
                                     Printable.PLAN_VAN_AANPAK, Printable.LETTER, Printable.HEARING,
                                     Printable.ZELFBINDING]
    assert chooser.choice() is Printable.CARD
    assert chooser.shown_checks() == []
    assert chooser.check_texts() == ["✓ Alles is klaar om af te drukken."]

    source = PrintSource.of(window.session, "nl")
    expected = render(source, Printable.CARD)
    before = cups_printer.pdfs()
    _choose(qtbot, flow)
    _answer_print_dialog(qtbot, flow, cups_printer.name)
    qtbot.waitUntil(lambda: flow.outcome != "", timeout=30_000)
    assert flow.outcome == "sent", flow.message_box.text() if flow.message_box else ""
    assert flow.sent_by == "cups"  # our own vector PDF, through lp's standard input
    assert window.statusBar().currentMessage().startswith("De kaart gaat naar de printer ‘CUPS-PDF’.")

    printed = cups_printer.wait_for_pdf(before)
    reader = pypdf.PdfReader(printed)
    assert len(reader.pages) == 2  # side A and, for long-edge duplex, side B
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(A4_POINTS[0], abs=1)
        assert float(page.mediabox.height) == pytest.approx(A4_POINTS[1], abs=1)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Noor Bakker" in reader.pages[0].extract_text()
    assert "Ik kan nu misschien niet goed praten." in " ".join(text.split())
    assert "versie 1" in text and "CONCEPT" not in text

    # 100 %: everything is where the export's own PDF puts it, and nothing is cut off.
    ours, theirs = _page_images(expected), _page_images(printed)
    SCREENS.mkdir(parents=True, exist_ok=True)
    for index, (mine, paper) in enumerate(zip(ours, theirs, strict=True)):
        assert paper.size == mine.size
        mine_box, paper_box = _ink_box(mine), _ink_box(paper)
        assert all(abs(a - b) <= 2 for a, b in zip(mine_box, paper_box, strict=True)), (mine_box, paper_box)
        _page_images(printed, dpi=100)[index].save(SCREENS / f"cups-pdf-page-{index + 1}.png")


def test_a_concept_is_checked_first_and_prints_with_its_mark(qtbot, window: MainWindow, make_card,
                                                             cups_printer: CupsPdfPrinter) -> None:
    _open_card(qtbot, window, make_card)
    flow = _start(qtbot, window)
    chooser = flow.chooser
    assert chooser is not None
    assert [check.key for check in chooser.shown_checks()] == ["concept"]  # version 1 is not signed
    assert chooser.check_texts() == ["⚠ Deze versie is nog een concept en niet ondertekend. "
                                     "Er komt CONCEPT op te staan."]
    qtbot.waitExposed(chooser)
    SCREENS.mkdir(parents=True, exist_ok=True)
    chooser.grab().save(str(SCREENS / "chooser.png"))
    expected = render(PrintSource.of(window.session, "nl"), Printable.CARD)
    assert "CONCEPT" in pypdf.PdfReader(io.BytesIO(expected)).pages[0].extract_text()
    before = cups_printer.pdfs()
    _choose(qtbot, flow)
    _answer_print_dialog(qtbot, flow, cups_printer.name)
    qtbot.waitUntil(lambda: flow.outcome != "", timeout=30_000)
    assert flow.outcome == "sent"
    # The translucent mark makes CUPS's PostScript filter print the page as an image: look for its red.
    front = _page_images(cups_printer.wait_for_pdf(before), dpi=100)[0]
    front.save(SCREENS / "cups-pdf-concept-page-1.png")
    pixels = front.tobytes()
    red = sum(1 for i in range(0, len(pixels), 3)
              if pixels[i] > 200 and pixels[i] - pixels[i + 1] > 30 and pixels[i] - pixels[i + 2] > 30)
    assert red > 500


def test_copies_chosen_in_the_dialog_reach_the_printer(qtbot, window: MainWindow, make_card,
                                                       cups_printer: CupsPdfPrinter) -> None:
    _open_card(qtbot, window, make_card)
    flow = _start(qtbot, window)
    before = cups_printer.pdfs()
    _choose(qtbot, flow)
    _answer_print_dialog(qtbot, flow, cups_printer.name, copies=2)
    qtbot.waitUntil(lambda: flow.outcome != "", timeout=30_000)
    assert flow.outcome == "sent"
    assert flow.printer is not None and cups_job(flow.printer).copies == 2
    printed = cups_printer.wait_for_pdf(before)
    assert len(pypdf.PdfReader(printed).pages) == 4  # two sheets, each with both sides


def test_the_whole_plan_prints_on_a4(qtbot, window: MainWindow, tmp_path: Path,
                                     cups_printer: CupsPdfPrinter) -> None:
    _open_signed_card(qtbot, window, tmp_path)
    flow = _start(qtbot, window)
    assert flow.chooser is not None
    flow.chooser.buttons[Printable.PLAN].click()
    assert "not_fitted" not in [c.key for c in flow.chooser.shown_checks()]  # card-only checks stay away
    before = cups_printer.pdfs()
    _choose(qtbot, flow, Printable.PLAN)
    _answer_print_dialog(qtbot, flow, cups_printer.name)
    qtbot.waitUntil(lambda: flow.outcome != "", timeout=30_000)
    assert flow.outcome == "sent"
    assert window.statusBar().currentMessage() == "Naar de printer ‘CUPS-PDF’ gestuurd."
    reader = pypdf.PdfReader(cups_printer.wait_for_pdf(before))
    assert len(reader.pages) >= 2
    assert "Noor Bakker" in reader.pages[0].extract_text()


def test_a_printer_that_refuses_the_job_is_one_calm_sentence(qtbot, window: MainWindow, make_card,
                                                             cups_printer: CupsPdfPrinter) -> None:
    _open_card(qtbot, window, make_card)
    env = {**os.environ, "CUPS_SERVER": cups_printer.server}
    subprocess.run(["cupsreject", cups_printer.name], env=env, check=True, capture_output=True)
    try:
        flow = _start(qtbot, window)
        _choose(qtbot, flow)
        _answer_print_dialog(qtbot, flow, cups_printer.name)
        qtbot.waitUntil(lambda: flow.outcome != "", timeout=30_000)
    finally:
        subprocess.run(["cupsaccept", cups_printer.name], env=env, check=True, capture_output=True)
    assert flow.outcome == "failed"
    box = flow.message_box
    assert box is not None and box.isVisible()
    assert box.text() == ("De printer ‘CUPS-PDF’ nam de opdracht niet aan. Kijk of de printer aan staat "
                          "en probeer het opnieuw.")
    assert box.detailedText().startswith("lp stopte met code 1:")  # for whoever helps
    box.accept()


def test_cancelling_the_print_dialog_prints_nothing(qtbot, window: MainWindow, make_card,
                                                    cups_printer: CupsPdfPrinter) -> None:
    _open_card(qtbot, window, make_card)
    flow = _start(qtbot, window)
    _choose(qtbot, flow)
    qtbot.waitUntil(lambda: flow.print_dialog is not None and flow.print_dialog.isVisible())
    flow.print_dialog.reject()
    assert flow.outcome == "cancelled"
    assert window.statusBar().currentMessage() == "Er is niets afgedrukt."
    assert not flow.active


def test_the_preview_shows_the_pages_and_then_prints(qtbot, window: MainWindow, make_card,
                                                     cups_printer: CupsPdfPrinter) -> None:
    _open_card(qtbot, window, make_card)
    flow = _start(qtbot, window)
    _choose(qtbot, flow, preview=True)
    qtbot.waitUntil(lambda: flow.preview is not None and flow.preview.isVisible())
    preview = flow.preview
    assert preview is not None
    assert preview.page_count() == 2
    preview.pages.fitInView()
    SCREENS.mkdir(parents=True, exist_ok=True)
    preview.grab().save(str(SCREENS / "preview.png"))
    before = cups_printer.pdfs()
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)  # on to the print dialog
    assert flow.preview is None  # closed first: one window with the card's text at a time
    _answer_print_dialog(qtbot, flow, cups_printer.name)
    qtbot.waitUntil(lambda: flow.outcome != "", timeout=30_000)
    assert flow.outcome == "sent"
    assert len(pypdf.PdfReader(cups_printer.wait_for_pdf(before)).pages) == 2


def test_locking_closes_the_printing_dialogs(qtbot, window: MainWindow, make_card,
                                             cups_printer: CupsPdfPrinter) -> None:
    _open_card(qtbot, window, make_card)
    flow = _start(qtbot, window)
    assert flow.chooser is not None
    qtbot.waitExposed(flow.chooser)
    window.lock()
    assert flow.chooser is None and flow.outcome == "cancelled"
    assert not window.print_action.isEnabled()


# --- no printer, no CUPS ---------------------------------------------------------------------------
def test_no_printer_is_said_calmly(qtbot, window: MainWindow, no_printer: None) -> None:
    window.open_example()
    flow = _start(qtbot, window)
    assert flow.outcome == "no_printer"
    assert flow.chooser is None
    box = flow.message_box
    assert box is not None
    qtbot.waitExposed(box)
    assert box.text() == ("Er is geen printer gevonden op deze computer. Je kunt de kaart ook opslaan als "
                          "PDF (Bestand › Exporteren) en die ergens anders printen.")
    box.accept()


def test_without_cups_on_linux_nothing_goes_through_a_temporary_file(
        qtbot, window: MainWindow, make_card, cups_printer: CupsPdfPrinter, monkeypatch) -> None:
    # Qt's own CUPS engine would spool the pages to a temporary PDF file first: not with a card.
    from crisiskaart.ui.printing import cups

    monkeypatch.setattr(cups, "knows", lambda _name: False)
    _open_card(qtbot, window, make_card)
    flow = _start(qtbot, window)
    _choose(qtbot, flow)
    _answer_print_dialog(qtbot, flow, cups_printer.name)
    assert flow.outcome == "failed"
    assert flow.message_box is not None
    assert flow.message_box.text().startswith("crisiskaart kan niet afdrukken op ‘CUPS-PDF’ zonder CUPS")


# --- the parts on their own -------------------------------------------------------------------------
def test_the_letter_is_offered_only_with_a_plan_van_aanpak(qtbot, window: MainWindow, make_card,
                                                           cups_printer: CupsPdfPrinter) -> None:
    _open_card(qtbot, window, make_card, CrisisPlan())
    flow = _start(qtbot, window)
    assert flow.chooser is not None
    assert list(flow.chooser.buttons) == [Printable.CARD, Printable.PLAN, Printable.ZORGKAART]
    keys = [check.key for check in flow.chooser.shown_checks()]
    assert keys == ["concept", "no_valid_until", "qr_no_phone"]
    assert len(flow.chooser.check_texts()) == 3
    flow.chooser.buttons[Printable.PLAN].click()  # an A4 plan has no QR code
    assert [text[:1] for text in flow.chooser.check_texts()] == ["⚠", "⚠"]
    assert flow.chooser.check_texts()[1].startswith("⚠ Er staat niet bij tot wanneer het plan geldt.")
    flow.chooser.reject()
    assert flow.outcome == "cancelled"


def test_lp_gets_the_dialog_choices_and_reads_the_pdf_from_stdin() -> None:
    job = CupsJob(printer="Kantoor", copies=3, sides="one-sided", collate=False, pages="1", monochrome=True)
    assert job.arguments() == [
        "lp", "-d", "Kantoor", "-n", "3", "-t", "crisiskaart", "-o", "sides=one-sided", "-o", "media=A4",
        "-o", "print-scaling=none", "-o", "collate=false", "-P", "1", "-o", "print-color-mode=monochrome",
        "-"]
    default = CupsJob(printer="Thuis").arguments()
    assert default[-1] == "-" and "sides=two-sided-long-edge" in default and "-P" not in default


def test_the_printer_starts_at_a4_full_page_duplex_long_edge(qapp) -> None:
    printer = new_printer()
    assert printer.pageLayout().pageSize().key() == "A4"
    assert printer.fullPage()
    assert printer.docName() == "crisiskaart"  # queues show it; never the person's name
    printer.setDuplex(QPrinter.DuplexMode.DuplexNone)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    job = cups_job(printer)
    assert job.sides == "one-sided" and job.pages == "2"
    assert page_indexes(printer, 2) == [1]


def test_painting_keeps_each_page_at_full_size(qapp, tmp_path: Path) -> None:
    """The raster path (Windows, and the preview): pages painted at 100 %, centred, nothing cut."""
    source = PrintSource(example_plan(), "nl", 3, None, dt.date(2026, 12, 1))
    pdf = render(source, Printable.CARD)
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))  # the test's own file, fictional plan
    printer.setResolution(300)
    assert paint_pdf(pdf, printer, 300)
    painted = tmp_path / "painted.pdf"
    assert len(pypdf.PdfReader(painted).pages) == 2
    for mine, paper in zip(_page_images(pdf), _page_images(painted), strict=True):
        assert paper.size == mine.size
        assert all(abs(a - b) <= 2 for a, b in zip(_ink_box(mine), _ink_box(paper), strict=True))


def test_the_preview_paints_every_page(qtbot) -> None:
    source = PrintSource(example_plan(), "nl", 3, None, dt.date(2026, 12, 1))
    preview = PrintPreview(render(source, Printable.PLAN), new_printer())
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.page_count() >= 2
    preview.reject()
    assert preview.pdf == b""  # the plan's text leaves with the window
