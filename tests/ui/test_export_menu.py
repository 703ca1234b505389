"""Bestand › Exporteren, driven like a person: the menu, the choice and its checks, Qt's own save
dialog answered by typing a path into it, the question before replacing a file, and the report.

Every format lands in a real file that is read back: PDF text with pypdf (the person's words, and
"CONCEPT — nog niet ondertekend" exactly while the version is a concept), the QR image decoded with
zxing-cpp, the SVG parsed, the summary read. Screens of the dialog and the report at 100 % and 150 %
go to /tmp/crisiskaart-export/ and are checked for clipped text.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox
from test_accessibility_layout import clipped
from ui_helpers import PASSPHRASE, saved_plan, unlock

from crisiskaart.app.exporting import proposed_file_name
from crisiskaart.model import CrisisPlan, example_plan
from crisiskaart.model.base import TextItem, Visibility
from crisiskaart.model.sections import Contact
from crisiskaart.store import Status
from crisiskaart.store.lifecycle import set_status
from crisiskaart.ui.exporting import current_export, start_export
from crisiskaart.ui.exporting.flow import ExportFlow
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.settings import Settings

MARK = "CONCEPT — nog niet ondertekend"
NAME = "Noor Bakker"
PHONE = "+31600000101"  # Anna's number, for emergency services: in the QR code
SHOTS = Path("/tmp/crisiskaart-export")
TODAY = dt.date.today()


# --- driving the dialogs ---------------------------------------------------------------------------
def _when_dialog(kind: type, act: Callable[[QDialog], None]) -> None:
    """Answer the next modal dialog of ``kind`` as soon as it is up (Qt's file dialogs wait)."""
    tries = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            tries[0] += 1
            if tries[0] < 500:
                QTimer.singleShot(10, look)
            return
        act(dialog)

    QTimer.singleShot(0, look)


def _answer_file_dialog(path: Path | None) -> dict[str, str]:
    """Type ``path`` into the next file dialog (or cancel it); returns what it offered first."""
    seen: dict[str, str] = {}

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        seen.update(folder=dialog.directory().absolutePath(), name=edit.text(), title=dialog.windowTitle())
        if path is None:
            dialog.reject()
            return
        edit.setText(str(path))
        dialog.accept()

    _when_dialog(QFileDialog, act)
    return seen


def _open_card(qtbot, window: MainWindow, make_card, plan: CrisisPlan | None = None) -> None:
    """The example plan in a card file of its own: version 1, a concept nobody signed yet."""
    unlock(qtbot, window, make_card(plan or example_plan()), PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None)


def _start(qtbot, window: MainWindow) -> ExportFlow:
    window.export_action.trigger()  # Bestand › Exporteren…
    flow = current_export(window)
    assert flow is not None and flow.dialog is not None
    qtbot.waitExposed(flow.dialog)
    return flow


def _export(qtbot, window: MainWindow, export_format: str, path: Path | None) -> tuple[ExportFlow, dict]:
    """Choose ``export_format``, press Opslaan… and type ``path`` into the save dialog."""
    flow = _start(qtbot, window)
    assert flow.dialog is not None
    flow.dialog.choose(export_format)
    offered = _answer_file_dialog(path)
    flow.dialog.save_button.click()
    return flow, offered


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


def _files(folder: Path) -> dict[Path, int]:
    """Every file under ``folder`` with its size: what an export could have written."""
    return {path: path.stat().st_size for path in folder.rglob("*") if path.is_file()
            and not path.name.endswith((".lock", ".ini"))}


def _close_done(flow: ExportFlow) -> None:
    if flow.done is not None:
        flow.done.accept()


# --- every format to a real file ---------------------------------------------------------------------
# Version 1 is a concept: the card and the plan say so. The Wvggz papers follow the plan van
# aanpak's own signature, which the example has; the letter never carries the mark.
PDFS = [("wallet-sheet", True), ("wallet-card", True), ("plan", True), ("plan-van-aanpak", False),
        ("letter", False)]


@pytest.mark.parametrize(("export_format", "marked"), PDFS)
def test_every_pdf_is_written_with_the_persons_words_and_the_concept_mark(
        qtbot, window: MainWindow, make_card, tmp_path: Path, export_format: str, marked: bool) -> None:
    _open_card(qtbot, window, make_card)
    out = tmp_path / "uit"
    out.mkdir()
    flow, offered = _export(qtbot, window, export_format, out / "bestand.pdf")
    assert flow.outcome == "saved", flow.message_box.text() if flow.message_box else ""
    # The proposed name says what it is and the day, never whose it is.
    assert offered["name"] == proposed_file_name(export_format, today=TODAY, language="nl")
    assert not any(part.lower() in offered["name"].lower() for part in NAME.split())
    text = _pdf_text(out / "bestand.pdf")
    assert (MARK in text) is marked and (marked or "CONCEPT" not in text)
    words = " ".join(text.split())
    assert NAME in words or (export_format == "plan-van-aanpak" and "Noor" in words)
    assert flow.result is not None and flow.result.concept is marked
    done = flow.done
    assert done is not None and done.folder_field.text() == str(out)
    assert done.name_field.text() == "bestand.pdf"
    said = "ℹ Er staat CONCEPT op, want deze versie is nog niet ondertekend."
    assert (said in done.lines) is marked
    assert window.statusBar().currentMessage() == f"Opgeslagen als {out / 'bestand.pdf'}."
    _close_done(flow)


def test_the_web_page_the_qr_code_and_the_summary(qtbot, window: MainWindow, make_card,
                                                   tmp_path: Path) -> None:
    _open_card(qtbot, window, make_card)
    out = tmp_path / "uit"
    out.mkdir()
    # The plan as a web page: a name typed without ".html" gets it.
    flow, offered = _export(qtbot, window, "html", out / "plan")
    assert offered["name"] == f"crisisplan-{TODAY.isoformat()}.html"
    page = (out / "plan.html").read_text("utf-8")
    assert NAME in page and MARK in page
    _close_done(flow)
    # The QR code as an image: a phone reads the person's name and whom to call.
    flow, offered = _export(qtbot, window, "qr-png", out / "qr.png")
    assert offered["name"] == f"qr-{TODAY.isoformat()}.png"
    found = zxingcpp.read_barcodes(Image.open(out / "qr.png"))
    assert len(found) == 1 and PHONE in found[0].text and NAME in found[0].text
    done = flow.done
    assert done is not None
    # What the QR left out, one statement a line, in the app layer's words.
    assert done.lines[0] == "Past er niet helemaal op (het blijft wel in je plan):"
    assert [f"• {line}" for line in flow.result.not_fitted_lines("nl")] == done.lines[1:-1]
    _close_done(flow)
    # The same QR code as SVG: a drawing of dark modules.
    flow, _ = _export(qtbot, window, "qr-svg", out / "qr.svg")
    root = ET.parse(out / "qr.svg").getroot()
    assert root.tag.endswith("svg") and len(list(root.iter())) > 2
    _close_done(flow)
    # The summary for emergency services, as text.
    flow, offered = _export(qtbot, window, "summary-text", out / "samenvatting.txt")
    assert offered["name"] == f"samenvatting-{TODAY.isoformat()}.txt"
    summary = (out / "samenvatting.txt").read_text("utf-8")
    assert NAME in summary and "06 0000 0101" in summary.replace("+31600000101", "06 0000 0101")
    _close_done(flow)
    # The next save dialog starts in the folder used last, also after a restart.
    assert window.settings.export_folder == out


def test_signing_takes_the_concept_mark_away(qtbot, window: MainWindow, make_card, tmp_path: Path) -> None:
    _open_card(qtbot, window, make_card)
    editor, session = window.editor, window.session
    assert editor is not None and session is not None and session.card is not None
    editor.preview.request_drawing()
    assert editor.preview.context().concept  # the live preview shows the mark, as the export does
    flow, _ = _export(qtbot, window, "wallet-sheet", tmp_path / "concept.pdf")
    assert MARK in _pdf_text(tmp_path / "concept.pdf")
    _close_done(flow)
    set_status(session.card, Status.ONDERTEKEND)  # version 2: signed
    assert session.shown_version() == (2, Status.ONDERTEKEND)
    assert not editor.preview.context().concept
    flow = _start(qtbot, window)
    assert flow.dialog is not None
    assert not any("concept" in line for line in flow.dialog.check_texts())
    offered = _answer_file_dialog(tmp_path / "getekend.pdf")
    flow.dialog.save_button.click()
    text = _pdf_text(tmp_path / "getekend.pdf")
    assert "CONCEPT" not in text and "versie 2" in text and NAME in text
    assert offered["folder"] == str(tmp_path)  # where the last export went
    assert flow.done is not None and not any("CONCEPT" in line for line in flow.done.lines)
    _close_done(flow)


# --- never overwriting silently ----------------------------------------------------------------------
def test_an_existing_file_is_replaced_only_after_one_question(
        qtbot, window: MainWindow, make_card, tmp_path: Path) -> None:
    _open_card(qtbot, window, make_card)
    target = tmp_path / "kaart.pdf"
    target.write_bytes(b"mijn eigen bestand")
    flow, _ = _export(qtbot, window, "wallet-sheet", target)
    question = flow.question
    assert question is not None and question.isVisible()
    assert question.text() == "Er is al een bestand ‘kaart.pdf’ in deze map. Wil je het vervangen?"
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes == [question]  # asked once: Qt's save dialog did not ask as well
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert flow.outcome == "cancelled" and target.read_bytes() == b"mijn eigen bestand"
    assert window.statusBar().currentMessage() == "Er is niets opgeslagen."
    # The second time the person says yes.
    flow, _ = _export(qtbot, window, "wallet-sheet", target)
    assert flow.question is not None
    flow.replace_button.click()
    assert flow.outcome == "saved" and MARK in _pdf_text(target)
    _close_done(flow)
    # A name typed without ".pdf" that exists with it is asked about too, by its full name.
    flow, _ = _export(qtbot, window, "wallet-sheet", tmp_path / "kaart")
    assert flow.question is not None and "‘kaart.pdf’" in flow.question.text()
    flow.question.button(QMessageBox.StandardButton.Cancel).click()
    # Cancelling the save dialog writes nothing.
    before = _files(tmp_path)
    flow, _ = _export(qtbot, window, "plan", None)
    assert flow.outcome == "cancelled" and _files(tmp_path) == before


def test_a_failure_is_one_sentence_without_a_class_name(qtbot, window: MainWindow, make_card,
                                                        tmp_path: Path) -> None:
    _open_card(qtbot, window, make_card)
    (tmp_path / "geen-map").write_text("een bestand, geen map")
    flow, _ = _export(qtbot, window, "plan", tmp_path / "geen-map" / "plan.pdf")
    assert flow.outcome == "failed"
    box = flow.message_box
    assert box is not None and box.isVisible()
    assert box.text().startswith("Opslaan is mislukt") and box.text().endswith("niet veranderd.")
    assert not any(word in box.text() for word in ("Error", "Traceback", "OSError", "NotADirectory"))
    box.accept()


def test_the_example_card_cannot_keep_a_new_qr_key_and_says_so(qtbot, window: MainWindow,
                                                               tmp_path: Path) -> None:
    window.open_example()
    assert window.session is not None
    window.session.document.plan.responder_link = None  # no QR key yet: the first linked export makes one
    profile = tmp_path / "organisatie.json"
    profile.write_text(json.dumps({"viewer_url": "https://kaart.voorbeeld.nl/"}))
    flow = start_export(window, profile)
    assert flow is not None and flow.dialog is not None
    _answer_file_dialog(tmp_path / "kaart.pdf")
    flow.dialog.save_button.click()
    assert flow.outcome == "failed" and not (tmp_path / "kaart.pdf").exists()
    assert flow.message_box is not None
    assert flow.message_box.text().startswith("Een gekoppelde QR-code heeft een versleuteld kaartbestand")
    flow.message_box.accept()
    # A profile that cannot be read is named before anything is chosen.
    profile.write_text("{ geen json")
    flow = start_export(window, profile)
    assert flow is not None and flow.outcome == "failed" and flow.message_box is not None
    assert flow.message_box.text().startswith("Kan het organisatieprofiel ")
    flow.message_box.accept()
    window.session.dirty = False


# --- the checks before exporting ---------------------------------------------------------------------
def _unready_plan() -> CrisisPlan:
    """A concept without geldig tot, whose only contact is not for emergency services."""
    plan = CrisisPlan()
    plan.personal.full_name = "Iris de Boer"
    plan.contacts = [Contact(name="Buurvrouw", phone="06 5512 7731", visibility=Visibility.CARD)]
    return plan


def test_the_checks_appear_and_go_away_with_their_cause(qtbot, window: MainWindow, make_card) -> None:
    _open_card(qtbot, window, make_card, _unready_plan())
    flow = _start(qtbot, window)
    dialog = flow.dialog
    assert dialog is not None
    assert [check.key for check in dialog.shown_checks()] == ["concept", "no_valid_until", "qr_no_phone"]
    texts = dialog.check_texts()
    assert texts[0] == ("⚠ Let op: Deze versie is nog een concept en niet ondertekend. "
                        "Er komt CONCEPT op te staan.")
    assert all(text.startswith("⚠ Let op: ") for text in texts)  # a symbol and a word, not colour alone
    assert dialog.checks_heading.isVisible()
    dialog.choose("plan")  # the A4 plan has no QR code
    assert [check.key for check in dialog.shown_checks()] == ["concept", "no_valid_until"]
    dialog.choose("qr-png")  # a QR code carries no CONCEPT mark
    assert [check.key for check in dialog.shown_checks()] == ["no_valid_until", "qr_no_phone"]
    dialog.reject()
    assert flow.outcome == "cancelled"
    # Fix each cause the way the editor does, then sign.
    session = window.session
    assert session is not None and session.card is not None
    document = session.document
    document.set_value(("management", "valid_until"), TODAY + dt.timedelta(days=365))
    contact = document.plan.contacts[0]
    document.set_value(("contacts", "#" + contact.id, "visibility"), Visibility.RESPONDERS)
    assert session.flush()
    set_status(session.card, Status.ONDERTEKEND)
    flow = _start(qtbot, window)
    assert flow.dialog is not None
    assert flow.dialog.shown_checks() == []
    assert flow.dialog.check_texts() == ["✓ Alles is klaar."] and not flow.dialog.checks_heading.isVisible()
    flow.dialog.reject()


# --- the summary as a folder for the website -----------------------------------------------------------
def test_the_website_folder_says_calmly_what_it_needs(qtbot, window: MainWindow, make_card,
                                                       tmp_path: Path) -> None:
    _open_card(qtbot, window, make_card)
    before = _files(tmp_path)
    flow = _start(qtbot, window)
    dialog = flow.dialog
    assert dialog is not None
    assert not dialog.needs_label.isVisible()
    dialog.choose("summary-site")
    assert dialog.needs_label.isVisible() and not dialog.save_button.isEnabled()
    needs = dialog.needs_label.text()
    assert "organisatieprofiel" in needs and "Vraag je ondersteuner" in needs
    assert not needs.startswith("⚠")  # nothing is wrong: something is needed
    dialog.choose("summary-text")
    assert not dialog.needs_label.isVisible() and dialog.save_button.isEnabled()
    dialog.reject()
    assert _files(tmp_path) == before


def test_with_an_organisation_the_folder_is_written_and_the_card_keeps_its_key(
        qtbot, window: MainWindow, make_card, tmp_path: Path) -> None:
    plan = example_plan()
    plan.responder_link = None  # the first linked export makes the card's QR key
    card = make_card(plan)
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None)
    profile = tmp_path / "organisatie.json"
    profile.write_text(json.dumps({"name": "Cliëntenbelang", "viewer_url": "https://kaart.voorbeeld.nl/"}))
    (tmp_path / "website").mkdir()
    flow = start_export(window, profile)
    assert flow is not None and flow.dialog is not None
    flow.dialog.choose("summary-site")
    assert flow.dialog.save_button.isEnabled() and not flow.dialog.needs_label.isVisible()
    offered = _answer_file_dialog(tmp_path / "website")
    flow.dialog.save_button.click()
    assert flow.outcome == "saved", flow.message_box.text() if flow.message_box else ""
    assert "samenvatting-" in offered["title"]  # the folder chooser says which folder is made in it
    folder = tmp_path / "website" / f"samenvatting-{TODAY.isoformat()}"
    assert (folder / "index.html").is_file() and (folder / "LEESMIJ.txt").is_file()
    assert len(list((folder / "s").glob("*.jwe"))) == 1
    assert flow.result is not None and flow.result.link_created_version == 1  # the concept, amended
    session = window.session
    assert session is not None and session.document.plan.responder_link is not None
    assert flow.done is not None
    assert "ℹ Nieuwe koppeling voor de QR-samenvatting gemaakt en bewaard als versie 1." in flow.done.lines
    _close_done(flow)
    # The key stays in the card through the next autosave and after closing.
    session.document.set_value(("personal", "preferred_name"), "Noor")
    assert session.flush() and window.close_card()
    assert saved_plan(card, PASSPHRASE).responder_link == flow.result.plan.responder_link


# --- the plan van aanpak page and the preview go through the same layer -------------------------------
def test_the_plan_van_aanpak_buttons_export_the_letter_unmarked_with_a_neutral_name(
        qtbot, window: MainWindow, make_card, tmp_path: Path) -> None:
    _open_card(qtbot, window, make_card)
    editor = window.editor
    assert editor is not None
    editor.show_section("plan_van_aanpak")
    page = editor.extra_pages["plan_van_aanpak"]
    offered = _answer_file_dialog(tmp_path / "brief.pdf")
    page.letter_button.click()
    assert offered["name"] == f"brief-geneesheer-directeur-{TODAY.isoformat()}.pdf"
    text = _pdf_text(tmp_path / "brief.pdf")
    # the card is a concept, but the letter is signed by hand and sent as it is: never CONCEPT
    assert "CONCEPT" not in text and NAME in " ".join(text.split())
    # A file that exists is refused, not replaced, when the dialog was not asked about it.
    (tmp_path / "plan.pdf").write_bytes(b"oud")
    _answer_file_dialog(tmp_path / "plan")
    page.plan_button.click()
    assert (tmp_path / "plan.pdf").read_bytes() == b"oud"
    assert "bestaat al; er is niets overschreven" in page.export_status.text()


# --- the folder button ---------------------------------------------------------------------------------
class _FolderOpener(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_open_folder_shows_where_the_file_went(qtbot, window: MainWindow, make_card, tmp_path: Path) -> None:
    _open_card(qtbot, window, make_card)
    flow, _ = _export(qtbot, window, "plan", tmp_path / "plan.pdf")
    assert flow.done is not None
    opener = _FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        flow.done.open_folder_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opener.opened] == [str(tmp_path)]
    _close_done(flow)


def test_locking_closes_the_export_and_nothing_is_written(qtbot, window: MainWindow, make_card,
                                                          tmp_path: Path) -> None:
    _open_card(qtbot, window, make_card)
    target = tmp_path / "kaart.pdf"
    target.write_bytes(b"oud")
    flow, _ = _export(qtbot, window, "wallet-sheet", target)
    assert flow.question is not None
    window.lock()  # the question closes without an answer: that is no yes
    assert flow.outcome == "cancelled" and target.read_bytes() == b"oud"


# --- screens at 100 % and 150 % --------------------------------------------------------------------------
@pytest.fixture(params=[1.0, 1.5], ids=["100pct", "150pct"])
def scaled(request, qapp) -> Iterator[float]:
    original = QFont(qapp.font())
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(original)


def test_the_dialog_and_the_report_are_photographed_and_nothing_is_clipped(
        qtbot, settings: Settings, make_card, tmp_path: Path, scaled: float) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    suffix = f"{int(scaled * 100)}pct"
    window = MainWindow(settings, "nl")
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    plan = example_plan()
    plan.management.valid_until = None
    for person in (*plan.contacts, *plan.care_providers):
        person.visibility = Visibility.CARD  # no phone number in the QR code
    plan.management.full_plan_phone = ""
    long = "Dit is een heel lange zin die de persoon zelf schreef en die niet op de kaart past. " * 3
    plan.for_responders = [TextItem(text=f"Punt {n}: {long}", visibility=Visibility.CARD) for n in range(30)]
    _open_card(qtbot, window, make_card, plan)
    flow = _start(qtbot, window)
    dialog = flow.dialog
    assert dialog is not None and len(dialog.check_texts()) == 4
    assert dialog.check_texts()[2].startswith("ℹ Goed om te weten: 30 stukjes tekst passen niet")
    QApplication.processEvents()
    dialog.grab().save(str(SHOTS / f"export-dialog-{suffix}.png"))
    problems = {"dialog": clipped(dialog)}
    dialog.choose("summary-site")
    QApplication.processEvents()
    dialog.grab().save(str(SHOTS / f"export-dialog-website-{suffix}.png"))
    problems["dialog website"] = clipped(dialog)
    dialog.choose("wallet-sheet")
    _answer_file_dialog(tmp_path / "kaart.pdf")
    dialog.save_button.click()
    done = flow.done
    assert done is not None
    qtbot.waitExposed(done)
    QApplication.processEvents()
    done.grab().save(str(SHOTS / f"export-done-{suffix}.png"))
    problems["report"] = clipped(done)
    assert done.area is not None and done.area.isVisible()
    assert "Past er niet helemaal op (het blijft wel in je plan):" in done.lines
    assert any(line.startswith("• Voor hulpdiensten: “Punt 0: Dit is") for line in done.lines), done.lines
    assert {key: value for key, value in problems.items() if value} == {}
    _close_done(flow)
    window.session.document.undo_stack.clear()  # type: ignore[union-attr]
    window.close()


def test_f1_in_the_export_dialog_opens_the_guide_at_exporting(qtbot, window: MainWindow, make_card) -> None:
    from test_help import press_f1, shows

    _open_card(qtbot, window, make_card)
    flow = _start(qtbot, window)
    assert flow.dialog is not None
    guide = press_f1(flow.dialog.buttons["wallet-sheet"])
    assert shows(guide, "printen", "exporteren")
    guide.close()
    flow.dialog.reject()
