"""The distribution list of one card: who has which version, who still needs the active one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.model import CrisisPlan, Language, choice_label, format_date
from crisiskaart.model.workspace_records import DeliveryMethod, DistributionEntry
from crisiskaart.store import VersionInfo
from crisiskaart.store.lifecycle import current_active
from crisiskaart.workspace import pending_recipients


class DistributionDialog(QDialog):
    """Shows the list; OK records one new copy of the active version (``new_entry()``)."""

    def __init__(self, plan: CrisisPlan, versions: Sequence[VersionInfo], today: dt.date | None = None,
                 language: Language = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.active = current_active(versions)
        self.setWindowTitle(self.tr("Distribution list"))
        self.resize(720, 480)
        entries = plan.case_records.distribution if plan.case_records else []
        self.table = QTableWidget(len(entries), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Recipient"), self.tr("Version"),
                                              self.tr("Given on"), self.tr("How")])
        self.table.setAccessibleName(self.tr("Who received which version"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(entries):
            who = entry.recipient + (f" ({entry.organisation})" if entry.organisation else "")
            values = [who, str(entry.version),
                      format_date(entry.given_on, language) if entry.given_on else "—",
                      choice_label(entry.method, language)]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        pending = pending_recipients(plan, versions)
        if self.active is None:
            text = self.tr("There is no active version yet: nobody needs a new copy.")
        elif pending:
            text = self.tr("These people still need version %1: %2").replace(
                "%1", str(self.active.number)).replace("%2", ", ".join(e.recipient for e in pending))
        else:
            text = self.tr("Everyone on the list has the active version %1.").replace(
                "%1", str(self.active.number))
        self.pending = QLabel(text)
        self.pending.setTextFormat(Qt.TextFormat.PlainText)  # names typed by people
        self.pending.setWordWrap(True)
        self.pending.setAccessibleName(self.tr("Who still needs the new version"))

        self.recipient = QLineEdit()
        self.organisation = QLineEdit()
        today = today or dt.date.today()
        self.given_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("d-M-yyyy")
        self.method = QComboBox()
        for method in DeliveryMethod:
            self.method.addItem(choice_label(method, language), method.value)
        for widget, name in ((self.recipient, self.tr("Recipient")),
                             (self.organisation, self.tr("Organisation or relation")),
                             (self.given_on, self.tr("Given on")), (self.method, self.tr("How"))):
            widget.setAccessibleName(name)
        add = QGroupBox(self.tr("Record a copy of the active version"))
        form = QFormLayout(add)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Recipient:"), self.recipient)
        form.addRow(self.tr("&Organisation or relation:"), self.organisation)
        form.addRow(self.tr("&Given on:"), self.given_on)
        form.addRow(self.tr("Ho&w:"), self.method)
        add.setEnabled(self.active is not None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Re&cord copy"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.pending)
        layout.addWidget(add)
        layout.addWidget(self.buttons)
        self.recipient.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _update(self) -> None:
        ready = self.active is not None and bool(self.recipient.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def new_entry(self) -> DistributionEntry | None:
        if self.active is None or not self.recipient.text().strip():
            return None
        day = self.given_on.date()
        return DistributionEntry(
            recipient=self.recipient.text().strip()[:100],
            organisation=self.organisation.text().strip()[:100],
            version=self.active.number, given_on=dt.date(day.year(), day.month(), day.day()),
            method=DeliveryMethod(self.method.currentData()),
        )
