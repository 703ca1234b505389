"""The "Eigen plan van aanpak" page of the editor: deadlines and letter, guided writing, overview,
what comes from the crisisplan, and the two PDFs.

The plan of action is an optional part of the card's plan (``CrisisPlan.plan_van_aanpak``): the page
offers to start it and creates it undoably. Its inputs address the plan by path, like every other
input of the editor, so undo, autosave and validation work as for the crisisplan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.export.pva_facts import AgeGroup, age_group, age_on
from crisiskaart.model import field_label
from crisiskaart.model.plan_van_aanpak import EigenPlanVanAanpak
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.editor.guided import GuidedView
from crisiskaart.ui.editor.section_page import SectionPage
from crisiskaart.ui.editor.spec import guided_questions
from crisiskaart.ui.flow_layout import FlowLayout
from crisiskaart.ui.pva.agreements import AgreementsView
from crisiskaart.ui.pva.from_crisisplan import FromCrisisplan
from crisiskaart.ui.pva.hearing import HearingView
from crisiskaart.ui.pva.optional_part import reread_inputs, scrolling, start_view
from crisiskaart.ui.pva.questions import ADDRESSEE_SECTION, KEY, PLAN_SECTION, SENDER_SECTION
from crisiskaart.ui.pva.saving import PdfSaver
from crisiskaart.ui.pva.tracker import DeadlineTracker
from crisiskaart.ui.pva.zorgkaart import ZorgkaartView
from crisiskaart.ui.titles import enlarge

if TYPE_CHECKING:
    from crisiskaart.app.exporting import ExportOutcome


class PlanVanAanpakPage(QWidget):
    """The whole eigen plan van aanpak on one page of the editor."""

    def __init__(self, document: PlanDocument, language: str,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.setObjectName("page:" + KEY)
        self.document, self.language, self.today = document, language, today
        self.email_dialog: QDialog | None = None  # the letter as e-mail, while it is open
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(field_label(KEY, language))
        title.setObjectName("sectionTitle")
        layout.addWidget(enlarge(title, 1.4))
        self.age_label = QLabel()
        self.age_label.setObjectName("pvaAge")
        self.age_label.setWordWrap(True)
        self.age_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.age_label)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.start_panel = scrolling(self._start_view())
        self.stack.addWidget(self.start_panel)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pvaTabs")
        self.tracker = DeadlineTracker(document, language, today)
        self.tabs.addTab(scrolling(self._deadlines_tab()), self.tr("&Deadlines and letter"))
        self.guided = GuidedView(document, guided_questions((PLAN_SECTION,)), language)
        self.tabs.addTab(self.guided, self.tr("&Write step by step"))
        self.overview = SectionPage(document, PLAN_SECTION, language)
        self.tabs.addTab(self.overview, self.tr("All &parts"))
        self.from_crisisplan = FromCrisisplan(document, language)
        self.tabs.addTab(scrolling(self.from_crisisplan), self.tr("From your &crisis plan"))
        # Where people get stuck: agreements nobody confirmed, the zorgkaart, the route via the court.
        self.agreements = AgreementsView(document, language, self.choose_concept_file)
        self.tabs.addTab(scrolling(self.agreements), self.tr("A&greements"))
        self.zorgkaart = ZorgkaartView(document, language, today, self.choose_zorgkaart_file)
        self.tabs.addTab(scrolling(self.zorgkaart), self.tr("&Zorgkaart"))
        self.hearing = HearingView(document, language, today, self.choose_hearing_file)
        self.hearing_tab = scrolling(self.hearing)
        self.tabs.addTab(self.hearing_tab, self.tr("For the hear&ing"))
        self.stack.addWidget(self.tabs)
        layout.addLayout(self._export_bar())
        self.saver = PdfSaver(self, document, language, today, self.export_status)
        document.list_changed.connect(self._on_list_changed)
        document.changed.connect(self.refresh)
        self.refresh()

    # --- building ------------------------------------------------------------------------------
    def _intro(self) -> QLabel:
        intro = QLabel(self.tr(
            "Were you told that a care authorisation (zorgmachtiging) is being prepared? Then you may "
            "write your own plan of action. In it you show how you arrange the care you need, together "
            "with the people close to you, so that compulsory care is not needed. Time is short: "
            "keep an eye on the deadlines."))
        intro.setWordWrap(True)
        return intro

    def _start_view(self) -> QWidget:
        intro = self._intro()
        self.start_button = QPushButton(self.tr("&Start my own plan of action"))
        self.start_button.setAccessibleDescription(self.tr(
            "Adds an eigen plan van aanpak to this card, with a deadline tracker and a ready letter"))
        self.start_button.clicked.connect(self.start)
        return start_view([intro], self.start_button)

    def _deadlines_tab(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        layout.addWidget(self._intro())
        layout.addWidget(self.tracker)
        sender = QGroupBox(self.tr("The letter comes from you"))
        sender.setObjectName("pvaSender")
        sender_layout = QVBoxLayout(sender)
        for spec in SENDER_SECTION.fields:
            owner = "LetterSender" if spec.path[0] == KEY else None
            sender_layout.addWidget(FieldRow(document=self.document, path=spec.path, spec=spec,
                                             language=self.language, owner=owner))
        layout.addWidget(sender)
        group = QGroupBox(self.tr("The letter goes to"))
        group.setObjectName("pvaAddressee")
        group_layout = QVBoxLayout(group)
        for spec in ADDRESSEE_SECTION.fields:
            row = FieldRow(document=self.document, path=spec.path, spec=spec, language=self.language,
                           owner="Addressee")
            group_layout.addWidget(row)
        layout.addWidget(group)
        letter_buttons = FlowLayout()
        self.letter_button_inline = QPushButton(self.tr("Save the &letter as PDF…"))
        self.letter_button_inline.setAccessibleDescription(self.tr(
            "The letter to the geneesheer-directeur saying that you want to write your own plan, "
            "filled in and ready to print and sign"))
        self.letter_button_inline.clicked.connect(self.choose_letter_file)
        self.print_letter_button = QPushButton(self.tr("P&rint the letter…"))
        self.print_letter_button.setAccessibleDescription(self.tr(
            "Print the letter at once, to sign it and hand it in or post it"))
        self.print_letter_button.clicked.connect(self.print_letter)
        self.email_button = QPushButton(self.tr("Letter as &e-mail…"))
        self.email_button.setAccessibleDescription(self.tr(
            "The same letter as a text to copy into an e-mail to the geneesheer-directeur"))
        self.email_button.clicked.connect(self.show_letter_email)
        for button in (self.letter_button_inline, self.print_letter_button, self.email_button):
            letter_buttons.addWidget(button)
        layout.addLayout(letter_buttons)
        layout.addStretch(1)
        return body

    def _export_bar(self) -> QVBoxLayout:
        """The three PDFs of the plan, wrapping onto a next line on a narrow page; what became of
        the last one below them."""
        bar = QVBoxLayout()
        buttons = FlowLayout()
        self.letter_button = QPushButton(self.tr("Letter as PDF…"))
        self.letter_button.setAccessibleName(self.tr("Save the letter to the geneesheer-directeur as PDF"))
        self.plan_button = QPushButton(self.tr("Plan of action as PDF…"))
        self.plan_button.setAccessibleName(self.tr("Save the plan of action as PDF, with signature blocks"))
        self.letter_button.clicked.connect(self.choose_letter_file)
        self.plan_button.clicked.connect(self.choose_plan_file)
        self.export_status = QLabel()
        self.export_status.setObjectName("pvaExportStatus")
        self.export_status.setWordWrap(True)
        self.export_status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_status.hide()  # shown once a PDF was saved or could not be (pva/saving.py)
        self.concept_button = QPushButton(self.tr("Draft to share as PDF…"))
        self.concept_button.setAccessibleName(self.tr(
            "Save the plan of action as a draft to share, with CONCEPT on every page"))
        self.concept_button.clicked.connect(self.choose_concept_file)
        buttons.addWidget(self.letter_button)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.concept_button)
        bar.addLayout(buttons)
        bar.addWidget(self.export_status)
        return bar

    # --- state ---------------------------------------------------------------------------------
    def start(self) -> None:
        if self.document.plan.plan_van_aanpak is None:
            self.document.set_optional((KEY,), EigenPlanVanAanpak())
        self.tabs.setCurrentIndex(0)
        self.tracker.rows["announced_on"].input.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_list_changed(self, path: tuple) -> None:
        if path != (KEY,):
            return
        reread_inputs(self)  # the whole plan of action was created, or its creation undone

    def refresh(self) -> None:
        started = self.document.plan.plan_van_aanpak is not None
        self.stack.setCurrentWidget(self.tabs if started else self.start_panel)
        for button in (self.letter_button, self.plan_button, self.concept_button):
            button.setEnabled(started)
        self.age_label.setText(self.age_text())
        self.age_label.setVisible(bool(self.age_label.text()))

    def age_text(self) -> str:
        birth = self.document.plan.personal.birth_date
        if birth is None:
            return ""
        today = self.today()
        group = age_group(birth, today)
        if group is AgeGroup.UNDER_12:
            return self.tr("You are younger than 12. The Wvggz works differently then: your parents "
                           "with parental authority decide. Ask your care provider or a patient advocate "
                           "for help.")
        if group is AgeGroup.CHILD_12_15:
            return self.tr("You are %1 years old. Because you are 12 to 15 years old, your parents "
                           "with parental authority must be involved in your plan.") \
                .replace("%1", str(age_on(birth, today)))
        if group is AgeGroup.YOUTH_16_17:
            return self.tr("You are %1 years old. At 16 or 17 you may write your own plan yourself.") \
                .replace("%1", str(age_on(birth, today)))
        return ""

    # --- exports ---------------------------------------------------------------------------------
    def export_letter(self, path: Path, *, overwrite: bool = False) -> ExportOutcome | None:
        """Write the letter to ``path`` (the button asks where first); says the result in words."""
        return self._export("letter", path, overwrite, self.tr(
            "The letter is saved as %1. Print it, sign it and send it to the geneesheer-directeur."))

    def export_plan(self, path: Path, *, overwrite: bool = False) -> ExportOutcome | None:
        return self._export("plan-van-aanpak", path, overwrite, self.tr(
            "The plan of action is saved as %1. Print it and sign it with the people who helped."))

    def _export(self, export_format: str, path: Path, overwrite: bool, done: str) -> ExportOutcome | None:
        """Through the application layer, as Bestand › Exporteren: a concept gets the CONCEPT mark."""
        return self.saver.export(export_format, path, done, overwrite=overwrite)

    def print_letter(self) -> None:
        """Bestand › Afdrukken with the letter already chosen: print it, sign it, hand it in."""
        from crisiskaart.ui.main_window import MainWindow
        from crisiskaart.ui.printing import start_printing
        from crisiskaart.ui.printing.documents import Printable

        window = self.window()
        if self.document.plan.plan_van_aanpak is None or not isinstance(window, MainWindow):
            return
        flow = start_printing(window)
        if flow is not None and flow.chooser is not None and Printable.LETTER in flow.chooser.buttons:
            flow.chooser.buttons[Printable.LETTER].setChecked(True)

    def show_letter_email(self) -> None:
        """The letter as an e-mail text with copy buttons (window-modal, no nested event loop)."""
        from crisiskaart.export.context import ExportContext
        from crisiskaart.export.pva_letter import build_letter, letter_email
        from crisiskaart.ui.pva.letter_email import LetterEmailDialog

        if self.document.plan.plan_van_aanpak is None:
            return
        context = ExportContext(language=self.language, today=self.today())
        if self.email_dialog is not None:
            self.email_dialog.close()
        dialog = LetterEmailDialog(letter_email(build_letter(self.document.plan, context)), self)
        dialog.finished.connect(lambda _result: self._email_closed(dialog))
        self.email_dialog = dialog
        dialog.open()

    def _email_closed(self, dialog: QDialog) -> None:
        if self.email_dialog is dialog:
            self.email_dialog = None
        dialog.deleteLater()

    def choose_letter_file(self) -> None:
        self._choose("letter", self.tr("Save the letter as PDF"), self.export_letter)

    def choose_plan_file(self) -> None:
        self._choose("plan-van-aanpak", self.tr("Save the plan of action as PDF"), self.export_plan)

    def _choose(self, export_format: str, caption: str, export: Callable[..., ExportOutcome | None]) -> None:
        if self.document.plan.plan_van_aanpak is None:
            return
        asked = self.saver.ask_path(export_format, caption)
        if asked is not None:
            path, overwrite = asked
            export(path, overwrite=overwrite)

    # --- where people get stuck: a draft to share, the zorgkaart, the plan for the hearing ---------
    def export_concept(self, path: Path, *, overwrite: bool = False) -> ExportOutcome | None:
        return self._export("plan-van-aanpak-concept", path, overwrite, self.tr(
            "The draft is saved as %1. Every page says CONCEPT. Send it to whoever you want to read along."))

    def export_zorgkaart(self, path: Path, *, overwrite: bool = False) -> ExportOutcome | None:
        return self._export("zorgkaart", path, overwrite, self.tr(
            "Your zorgkaart is saved as %1."))

    def export_hearing(self, path: Path, *, overwrite: bool = False) -> ExportOutcome | None:
        return self._export("hearing-plan", path, overwrite, self.tr(
            "The plan for the hearing is saved as %1. Give it to your lawyer, or bring it to the hearing."))

    def choose_concept_file(self) -> None:
        self._choose("plan-van-aanpak-concept", self.tr("Save the draft as PDF"), self.export_concept)

    def choose_zorgkaart_file(self) -> None:
        self._choose("zorgkaart", self.tr("Save the zorgkaart as PDF"), self.export_zorgkaart)

    def choose_hearing_file(self) -> None:
        self._choose("hearing-plan", self.tr("Save the plan for the hearing as PDF"), self.export_hearing)

    def show_hearing_route(self) -> None:
        """Open the tab for the court hearing (when the deadlines passed or permission was refused)."""
        self.tabs.setCurrentWidget(self.hearing_tab)
