"""The letter to the geneesheer-directeur: its address block read back from the PDF, the sender typed
on the letter tab, the e-mail text copied from its dialog, and printing it at once through
Bestand › Afdrukken with the letter already chosen."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from ui_helpers import PASSPHRASE, saved_plan, unlock
from ui_printer_helpers import CupsPdfPrinter

from crisiskaart.export.context import ExportContext
from crisiskaart.export.pva_facts import Step, long_date
from crisiskaart.export.pva_pdf import render_letter
from crisiskaart.model import CrisisPlan
from crisiskaart.model.plan_van_aanpak import Addressee, EigenPlanVanAanpak, Helper, LetterSender
from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.printing import current_flow
from crisiskaart.ui.printing.documents import Printable
from crisiskaart.ui.pva.letter_email import LetterEmailDialog
from crisiskaart.ui.pva.page import PlanVanAanpakPage

D = dt.date


def _plan(**sender: str) -> CrisisPlan:
    plan = CrisisPlan()
    plan.personal.full_name = "Noor Bakker"
    plan.personal.address.street = "Lindenlaan 4"
    plan.personal.address.postcode = "3511 AA"
    plan.personal.address.city = "Utrecht"
    plan.plan_van_aanpak = EigenPlanVanAanpak(
        announced_on=D(2026, 11, 27),
        addressee=Addressee(name="mw. dr. S. de Vries", institution="GGZ Centraal",
                            address="Postbus 3051, 3800 DB Amersfoort", email="gd@ggzcentraal.example"),
        sender=LetterSender(**sender), helpers=[Helper(name="Anna Bakker", relation="zus")])
    return plan


def _lines(pdf: bytes) -> list[str]:
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    return [line.strip() for line in page.extract_text().splitlines() if line.strip()]


def test_the_address_block_reads_back_from_the_pdf() -> None:
    pdf, _ = render_letter(_plan(phone="06 1234 5678", email="noor@example.nl"),
                           ExportContext(today=D(2026, 11, 27)))
    lines = _lines(pdf)
    assert lines[:11] == [
        "Noor Bakker", "Lindenlaan 4", "3511 AA Utrecht", "Telefoon: 06 1234 5678", "E-mail: noor@example.nl",
        "Aan de geneesheer-directeur van GGZ Centraal", "t.a.v. mw. dr. S. de Vries", "Postbus 3051",
        "3800 DB Amersfoort", "Utrecht, 27 november 2026",
        "Betreft: Eigen plan van aanpak (artikel 5:5 Wvggz)"]
    text = " ".join(lines)
    assert "Geachte mw. dr. S. de Vries," in text
    assert "Bij het schrijven helpt mij: Anna Bakker (zus)." in text
    assert "Handtekening" in text and lines[-1] == "Noor Bakker"  # the name under the line to sign
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1


def test_a_ward_address_replaces_the_home_address_and_no_institution_reads_plainly() -> None:
    plan = _plan(postal_address="Kliniek De Linde, afdeling 3\nParnassialaan 3, 2544 AA Den Haag")
    plan.plan_van_aanpak.addressee = Addressee(name="dr. P. Visser")  # type: ignore[union-attr]
    lines = _lines(render_letter(plan, ExportContext(today=D(2026, 11, 27)))[0])
    assert lines[:8] == ["Noor Bakker", "Kliniek De Linde", "afdeling 3", "Parnassialaan 3",
                         "2544 AA Den Haag", "Aan de geneesheer-directeur", "t.a.v. dr. P. Visser",
                         "27 november 2026"]
    english = _lines(render_letter(plan, ExportContext(language="en", today=D(2026, 11, 27)))[0])
    assert "To the medical director" in english and "attn. dr. P. Visser" in english


def _open(qtbot, window: MainWindow, card: Path) -> PlanVanAanpakPage:
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    editor = window.editor
    assert editor is not None
    editor.show_section("plan_van_aanpak")
    page = editor.extra_pages["plan_van_aanpak"]
    assert isinstance(page, PlanVanAanpakPage)
    return page


def _row(page: PlanVanAanpakPage, *path: str) -> FieldRow:
    return next(r for r in page.findChildren(FieldRow) if r.path == path)


def test_the_sender_is_typed_on_the_letter_tab_and_the_email_is_copied(qtbot, window: MainWindow, make_card,
                                                                       tmp_path: Path) -> None:
    card = make_card(_plan())
    page = _open(qtbot, window, card)
    # Name and address are the same values as in Persoonlijke gegevens; phone is the letter's own.
    street = _row(page, "personal", "address", "street")
    assert street.input.text() == "Lindenlaan 4" and street.label.text() == "Straat en huisnummer"
    phone = _row(page, "plan_van_aanpak", "sender", "phone")
    qtbot.keyClicks(phone.input, "06 1234 5678")
    qtbot.mouseClick(page.email_button, Qt.MouseButton.LeftButton)
    dialog = page.email_dialog
    assert isinstance(dialog, LetterEmailDialog)
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "brief-als-e-mail.png"))
    assert dialog.windowTitle() == "Brief als e-mail"
    assert dialog.to.text() == "gd@ggzcentraal.example"
    assert dialog.subject.text() == "Eigen plan van aanpak (artikel 5:5 Wvggz)"
    body = dialog.body.toPlainText()
    today = dt.date.today()
    assert body.startswith("Geachte mw. dr. S. de Vries,\n")
    assert body.rstrip().endswith("Lindenlaan 4\n3511 AA Utrecht\nTelefoon: 06 1234 5678")
    # The e-mail asks for the same decision date as the tracker and the printed letter.
    letter_text = " ".join(_lines(render_letter(window.session.document.plan,  # type: ignore[union-attr]
                                                ExportContext(today=today))[0]))
    status = page.tracker.status
    assert status is not None
    asked = f"dus uiterlijk {long_date(status.step(Step.DECISION).legal, 'nl')}"
    assert asked in " ".join(body.split()) and asked in letter_text
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == body
    assert dialog.copied.text() == "De tekst staat op het klembord. Plak hem in je e-mail."
    qtbot.mouseClick(dialog.copy_to, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "gd@ggzcentraal.example"
    dialog.reject()
    assert page.email_dialog is None
    # The phone typed on the letter tab is in the card after saving.
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.close_card()
    pva = saved_plan(card, PASSPHRASE).plan_van_aanpak
    assert pva is not None and pva.sender.phone == "06 1234 5678"


@pytest.mark.usefixtures("cups_printer")
def test_print_the_letter_at_once(qtbot, window: MainWindow, make_card, cups_printer: CupsPdfPrinter) -> None:
    page = _open(qtbot, window, make_card(_plan()))
    before = cups_printer.pdfs()
    qtbot.mouseClick(page.print_letter_button, Qt.MouseButton.LeftButton)
    flow = current_flow(window)
    assert flow is not None and flow.chooser is not None
    assert flow.chooser.choice() is Printable.LETTER  # already chosen: one click on Afdrukken…
    qtbot.mouseClick(flow.chooser.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.print_dialog is not None and flow.print_dialog.isVisible())
    dialog = flow.print_dialog
    assert dialog is not None
    dialog.printer().setPrinterName(cups_printer.name)
    dialog.accept()
    qtbot.waitUntil(lambda: flow.outcome != "", timeout=30_000)
    assert flow.outcome == "sent", flow.message_box.text() if flow.message_box else ""
    printed = pypdf.PdfReader(cups_printer.wait_for_pdf(before))
    text = " ".join(printed.pages[0].extract_text().split())
    assert "Aan de geneesheer-directeur van GGZ Centraal" in text and "t.a.v. mw. dr. S. de Vries" in text
