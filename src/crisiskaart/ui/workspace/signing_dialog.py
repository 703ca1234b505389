"""Signing: per named person and professional, consent to be named, what they agreed to, the date,
and optionally a drawn signature. Works on a copy of the plan; ``plan()`` gives the result.

The date of a signature is the day it is ticked as signed, unless someone sets another date on
purpose: a date field that Qt starts at its own default (1 januari 2000) must never end up on paper
as "getekend op".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.model import CrisisPlan, Language, format_date
from crisiskaart.model.sections import SignOff
from crisiskaart.model.workspace_records import decode_signature, encode_signature
from crisiskaart.ui.workspace.signature_pad import SignaturePad


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def named_people(plan: CrisisPlan) -> list[SignOff]:
    """Sign-offs for everyone named in the plan who has none yet: the person, contacts, professionals."""
    known_ids = {s.person_id for s in plan.sign_offs if s.person_id}
    known_names = {s.name.strip().casefold() for s in plan.sign_offs}
    found: list[SignOff] = []

    def add(person_id: str, name: str, role: str) -> None:
        if name.strip() and person_id not in known_ids and name.strip().casefold() not in known_names:
            found.append(SignOff(person_id=person_id, name=name, role=role))
            known_names.add(name.strip().casefold())

    add("", plan.personal.full_name, "ikzelf")
    for contact in plan.contacts:
        if not contact.do_not_contact:
            add(contact.id, contact.name, contact.relation)
    for provider in plan.care_providers:
        add(provider.id, provider.name or provider.organisation, provider.organisation)
    return found


class SigningDialog(QDialog):
    """Left: everyone who signs. Right: the selected person's consent, agreement, date, signature."""

    def __init__(self, plan: CrisisPlan, today: Callable[[], dt.date] | dt.date | None = None,
                 language: Language = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan.model_copy(deep=True)
        # A callable is asked at the moment of ticking, so a dialog left open overnight is not a day off.
        if callable(today):
            self._today: Callable[[], dt.date] = today
        else:
            fixed = today or dt.date.today()
            self._today = lambda: fixed
        self.language = language
        self._current = -1
        self._filling = False  # while a person's values are put into the form: nothing is stored
        self.setWindowTitle(self.tr("Signatures and agreements"))
        self.resize(980, 600)

        self.people = QListWidget()
        self.people.setWordWrap(True)
        self.people.setAccessibleName(self.tr("People who sign"))
        self.people.setAccessibleDescription(
            self.tr("Everyone named in the plan signs for what they agreed to"))
        self.add_named = QPushButton(self.tr("&Add everyone named in the plan"))
        self.add_named.setAccessibleDescription(self.tr(
            "Adds the person, the contact persons and the care providers who are not in the list yet"))
        self.add_person = QPushButton(self.tr("Add a &person"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("Who signs")))
        left_layout.addWidget(self.people, 1)
        left_layout.addWidget(self.add_named)
        left_layout.addWidget(self.add_person)

        self.name = QLineEdit()
        self.role = QLineEdit()
        self.agreed_to = QPlainTextEdit()
        self.agreed_to.setTabChangesFocus(True)
        self.consent = QCheckBox(self.tr("Agrees to be na&med in the plan"))
        self.has_signed = QCheckBox(self.tr("Has &signed"))
        self.signed_on = QDateEdit(_qdate(self._today()))
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("d-M-yyyy")
        self.pad = SignaturePad()
        self.clear_pad = QPushButton(self.tr("&Clear signature"))
        for widget, name, description in (
            (self.name, self.tr("Name"), self.tr("Name of the person or professional")),
            (self.role, self.tr("Role"), self.tr("For example sister, GP or myself")),
            (self.agreed_to, self.tr("What was agreed"), self.tr("What this person will do")),
            (self.consent, self.tr("Consent to be named"), self.tr("This person agrees to be in the plan")),
            (self.has_signed, self.tr("Has signed"), self.tr("Tick when this person has signed")),
            (self.signed_on, self.tr("Signed on"), self.tr("The date of the signature")),
            (self.clear_pad, self.tr("Clear signature"), self.tr("Removes the drawn signature")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&What was agreed:"), self.agreed_to)
        form.addRow("", self.consent)
        dates = QHBoxLayout()
        dates.addWidget(self.has_signed)
        dates.addWidget(self.signed_on)
        dates.addStretch(1)
        form.addRow(self.tr("Signature:"), dates)
        pad_box = QGroupBox(self.tr("Drawn signature (optional, printed in the plan)"))
        pad_layout = QVBoxLayout(pad_box)
        pad_layout.addWidget(self.pad)
        pad_layout.addWidget(self.clear_pad, 0, Qt.AlignmentFlag.AlignLeft)
        self.details = QWidget()
        right_layout = QVBoxLayout(self.details)
        right_layout.addLayout(form)
        right_layout.addWidget(pad_box)
        right_layout.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 600])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.people.currentRowChanged.connect(self._select)
        self.add_named.clicked.connect(self.add_everyone_named)
        self.add_person.clicked.connect(self._add_empty)
        self.has_signed.toggled.connect(self.signed_on.setEnabled)
        self.has_signed.toggled.connect(self._signed_now)
        self.clear_pad.clicked.connect(self.pad.clear)
        self.name.textEdited.connect(lambda _text: self._store())
        self.consent.toggled.connect(lambda _on: self._store())
        self.has_signed.toggled.connect(lambda _on: self._store())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._refill(0)

    # --- list -------------------------------------------------------------------------------
    def _row_text(self, sign_off: SignOff) -> str:
        name = sign_off.name or self.tr("(no name)")
        if sign_off.signed_on is not None:
            state = self.tr("signed on %1").replace("%1", format_date(sign_off.signed_on, self.language))
        else:
            state = self.tr("not signed yet")
        consent = "" if sign_off.consent_to_be_named else " · " + self.tr("no consent to be named yet")
        return f"{name} ({sign_off.role or '—'}) — {state}{consent}"

    def _refill(self, row: int) -> None:
        self.people.blockSignals(True)
        self.people.clear()
        for sign_off in self._plan.sign_offs:
            self.people.addItem(QListWidgetItem(self._row_text(sign_off)))
        self.people.blockSignals(False)
        self._current = -1
        self.details.setEnabled(bool(self._plan.sign_offs))
        if self._plan.sign_offs:
            self.people.setCurrentRow(min(max(row, 0), len(self._plan.sign_offs) - 1))

    def add_everyone_named(self) -> int:
        self._store()
        found = named_people(self._plan)
        self._plan.sign_offs = [*self._plan.sign_offs, *found]
        self._refill(self.people.currentRow())
        return len(found)

    def _add_empty(self) -> None:
        self._store()
        self._plan.sign_offs = [*self._plan.sign_offs, SignOff()]
        self._refill(len(self._plan.sign_offs) - 1)
        self.name.setFocus()

    # --- form -------------------------------------------------------------------------------
    def _select(self, row: int) -> None:
        self._store()
        self._current = row
        if not 0 <= row < len(self._plan.sign_offs):
            return
        sign_off = self._plan.sign_offs[row]
        # Every widget first, then store: a check box that toggles half-way would otherwise store
        # this person with the previous person's date and drawn signature.
        self._filling = True
        try:
            self.name.setText(sign_off.name)
            self.role.setText(sign_off.role)
            self.agreed_to.setPlainText(sign_off.agreed_to)
            self.consent.setChecked(sign_off.consent_to_be_named)
            self.signed_on.setDate(_qdate(sign_off.signed_on or self._today()))
            self.has_signed.setChecked(sign_off.signed_on is not None)
            self.signed_on.setEnabled(sign_off.signed_on is not None)
            self.pad.set_png(decode_signature(sign_off.signature_png))
        finally:
            self._filling = False

    def _signed_now(self, signed: bool) -> None:
        """Ticked as signed: that happens today; the date can still be changed on purpose after."""
        if signed and not self._filling:
            self.signed_on.setDate(_qdate(self._today()))
            self._store()

    def _store(self) -> None:
        row = self._current
        if self._filling or not 0 <= row < len(self._plan.sign_offs):
            return
        day = self.signed_on.date()
        updated = self._plan.sign_offs[row].model_copy(update={
            "name": self.name.text().strip()[:100],
            "role": self.role.text().strip()[:100],
            "agreed_to": self.agreed_to.toPlainText()[:5000],
            "consent_to_be_named": self.consent.isChecked(),
            "signed_on": dt.date(day.year(), day.month(), day.day()) if self.has_signed.isChecked() else None,
            "signature_png": encode_signature(self.pad.to_png()) if not self.pad.is_empty() else "",
        })
        sign_offs = list(self._plan.sign_offs)
        sign_offs[row] = SignOff.model_validate(updated.model_dump())
        self._plan.sign_offs = sign_offs
        item = self.people.item(row)
        if item is not None:
            item.setText(self._row_text(sign_offs[row]))

    def accept(self) -> None:
        self._store()
        super().accept()

    def plan(self) -> CrisisPlan:
        """The plan with the sign-offs as entered (call after the dialog was accepted)."""
        self._store()
        return self._plan.model_copy(deep=True)
