"""The timeline of one card, and the actions on it: sign, activate, withdraw, restore, distribute, hand over.

Reading keeps a read-only ``CardFile`` (no lock); every action opens the card for writing, does
one thing through ``workspace.versions`` and closes it again, so the lock is held for a moment only.
Problems are shown in words in the panel, not in a blocking message box. Signing, activating,
withdrawing and handing over cannot be undone: each asks once first, naming the person and the
version (``step_question``), and does nothing when the card moved on to another version meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.app.errors import describe, sentence
from crisiskaart.model import CrisisPlan, Language, PlanInvalid
from crisiskaart.store import CardFile, OndersteunerProfile, Status, StoreError, VersionInfo, open_card
from crisiskaart.store.lifecycle import current_active, effective_statuses
from crisiskaart.ui.version_rows import choose_version, chosen_version
from crisiskaart.ui.workspace.distribution_dialog import DistributionDialog
from crisiskaart.ui.workspace.handover_dialog import HandoverDialog
from crisiskaart.ui.workspace.signing_dialog import SigningDialog
from crisiskaart.ui.workspace.status_words import status_text
from crisiskaart.ui.workspace.step_question import StepQuestion, ask_once, card_words, fill
from crisiskaart.workspace import pending_recipients
from crisiskaart.workspace.versions import (
    activate,
    edit,
    hand_over,
    load_plan,
    record_delivery,
    restore_version,
    sign,
    withdraw,
)


class VersionPanel(QWidget):
    """Shows the versions of the selected card, newest first, with their status in words."""

    card_changed = Signal(object)  # Path of the card that was written
    compare_requested = Signal(int, int)  # version numbers A, B

    def __init__(self, language: Language = "nl", today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._today = today
        self.path: Path | None = None
        self.profile: OndersteunerProfile | None = None
        self.card: CardFile | None = None
        self.signing_dialog: SigningDialog | None = None
        self.handover_dialog: HandoverDialog | None = None
        self.distribution_dialog: DistributionDialog | None = None
        self.question: StepQuestion | None = None  # the last "are you sure" of sign, activate, withdraw
        self.title = QLabel(self.tr("Choose a card in the list."))
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # shows the client's name
        self.title.setWordWrap(True)
        self.timeline = QTreeWidget()
        self.timeline.setColumnCount(5)
        self.timeline.setHeaderLabels([self.tr("Version"), self.tr("Status"), self.tr("Date"),
                                       self.tr("By"), self.tr("Note")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAccessibleName(self.tr("Versions of this card"))
        self.timeline.setAccessibleDescription(self.tr("Newest version first, with its status"))
        self.timeline.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.pending = QLabel()
        self.pending.setTextFormat(Qt.TextFormat.PlainText)
        self.pending.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.compare = QPushButton(self.tr("&Compare with previous"))
        self.restore = QPushButton(self.tr("&Restore as new draft"))
        self.signatures = QPushButton(self.tr("&Signatures…"))
        self.seal = QPushButton(self.tr("Record as si&gned"))
        self.activate = QPushButton(self.tr("Make ac&tive"))
        self.withdraw = QPushButton(self.tr("&Withdraw"))
        self.distribution = QPushButton(self.tr("&Distribution list…"))
        self.handover = QPushButton(self.tr("&Hand over…"))
        descriptions = {
            self.compare: self.tr("Shows what changed between the chosen version and the one before"),
            self.restore: self.tr("The chosen version becomes the newest version, as a draft"),
            self.signatures: self.tr("Consent, agreements, dates and drawn signatures of everyone named"),
            self.seal: self.tr("The draft is signed: it can no longer change"),
            self.activate: self.tr("The signed version becomes the card in use"),
            self.withdraw: self.tr("The card is no longer valid"),
            self.distribution: self.tr("Who received which version"),
            self.handover: self.tr("Another ondersteuner takes over this client"),
        }
        grid = QGridLayout()
        for position, (button, description) in enumerate(descriptions.items()):
            button.setAccessibleDescription(description)
            button.setToolTip(description)
            grid.addWidget(button, position // 2, position % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.pending)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        self.compare.clicked.connect(self._compare_selected)
        self.restore.clicked.connect(self._restore_selected)
        self.signatures.clicked.connect(self.open_signing_dialog)
        self.seal.clicked.connect(self.ask_to_sign)
        self.activate.clicked.connect(self.ask_to_activate)
        self.withdraw.clicked.connect(self.ask_to_withdraw)
        self.distribution.clicked.connect(self.open_distribution_dialog)
        self.handover.clicked.connect(self.open_handover_dialog)
        self.timeline.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.show_card(None, None)

    # --- reading ----------------------------------------------------------------------------
    def show_card(self, path: Path | None, profile: OndersteunerProfile | None) -> None:
        if self.card is not None:  # the card shown before: its keys leave memory now, not at exit
            self.card.close()
        self.path, self.profile, self.card = path, profile, None
        self.timeline.clear()
        self.pending.setText("")
        self.message.setText("")
        if path is not None and profile is not None:
            try:
                self.card = open_card(path, profile=profile, writable=False)
                self.card.verify_history()  # the whole list is shown: every version is checked
            except (StoreError, OSError) as error:
                if self.card is not None:
                    self.card.close()
                    self.card = None
                self.message.setText(sentence(describe(error, self.language)))
        self._fill()

    def plan(self, number: int | None = None) -> CrisisPlan:
        assert self.card is not None
        return load_plan(self.card, number)

    def _fill(self) -> None:
        card = self.card
        if card is None:
            self.title.setText(self.tr("Choose a card in the list."))
            self._update_buttons()
            return
        self.title.setText(self.tr("Versions of the card of %1").replace("%1", card.index.display_name))
        statuses = effective_statuses(card.versions)
        for info, status in reversed(list(zip(card.versions, statuses, strict=True))):
            when = info.time.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([str(info.number), status_text(status), when,
                                    info.author.name or "—", info.note])
            item.setData(0, Qt.ItemDataRole.UserRole, info.number)
            self.timeline.addTopLevelItem(item)
        newest = self.timeline.topLevelItem(0)
        if newest is not None:
            self.timeline.setCurrentItem(newest)
        for column in range(4):
            self.timeline.resizeColumnToContents(column)
        try:
            pending = pending_recipients(self.plan(), card.versions)
        except PlanInvalid:
            pending = []
        if pending:
            self.pending.setText(self.tr("Still needs the active version: %1").replace(
                "%1", ", ".join(entry.recipient for entry in pending)))
        self._update_buttons()

    def selected_number(self) -> int | None:
        return chosen_version(self.timeline)

    def select_version(self, number: int) -> None:
        choose_version(self.timeline, number)

    def _update_buttons(self) -> None:
        card = self.card
        latest = card.latest.status if card else None
        selected = self.selected_number()
        self.compare.setEnabled(selected is not None and selected > 1)
        self.restore.setEnabled(card is not None and selected is not None)
        self.signatures.setEnabled(card is not None)
        self.seal.setEnabled(latest is Status.CONCEPT)
        self.activate.setEnabled(latest is Status.ONDERTEKEND)
        self.withdraw.setEnabled(latest in (Status.ONDERTEKEND, Status.ACTIEF))
        self.distribution.setEnabled(card is not None)
        self.handover.setEnabled(card is not None)

    # --- asking once before a step that cannot be undone ---------------------------------------
    def ask_to_sign(self) -> StepQuestion | None:
        """Vastleggen als ondertekend: after this the concept never changes again."""
        return self._ask((Status.CONCEPT,), self.tr("Record as signed"), self.tr(
            "Record version %1 of %2 as signed? After that this version can no longer change; changes "
            "go into a new version."), self.tr("Record as signed"), lambda card: sign(card, self._today()))

    def ask_to_activate(self) -> StepQuestion | None:
        """Actief maken: this version becomes the card that counts, the one in force before no longer."""
        in_force = current_active(self.card.versions) if self.card is not None else None
        if in_force is None:
            text = self.tr("Make version %1 of %2 active? Then this is the card that counts.")
        else:
            text = self.tr("Make version %1 of %2 active? Then this is the card that counts, and version %3 "
                           "no longer counts.")
        return self._ask((Status.ONDERTEKEND,), self.tr("Make active"), text, self.tr("Make active"),
                         activate, in_force)

    def ask_to_withdraw(self) -> StepQuestion | None:
        """Intrekken: what the card then means depends on whether this version is the one in force."""
        card = self.card
        in_force = current_active(card.versions) if card is not None else None
        if card is not None and card.latest.status is Status.ACTIEF:
            text = self.tr("Withdraw version %1 of %2? After that the card no longer counts. To use it "
                           "again, make a new version and have it signed again.")
        elif in_force is not None:  # a signed revision that never became active; an older one is
            text = self.tr("Withdraw version %1 of %2? This version then never becomes active; version %3 "
                           "remains the card that counts.")
        else:
            text = self.tr("Withdraw version %1 of %2? This version then never becomes active. To use the "
                           "card, make a new version and have it signed again.")
        return self._ask((Status.ONDERTEKEND, Status.ACTIEF), self.tr("Withdraw"), text, self.tr("Withdraw"),
                         withdraw, in_force)

    def _ask(self, allowed: tuple[Status, ...], title: str, text: str, yes_text: str,
             action: Callable[[CardFile], object],
             in_force: VersionInfo | None = None) -> StepQuestion | None:
        """Ask about the latest version by number; yes runs ``action`` only on that very version."""
        card = self.card
        if card is None or card.latest.status not in allowed:
            return None
        number = card.latest.number
        seen = (number, card.payload())  # a concept can be amended under the same number
        words = card_words(card.index.display_name)
        if self.question is not None:
            self.question.deleteLater()
        self.question = ask_once(self, title, fill(text, number, words, in_force.number if in_force else ""),
                                 yes_text, lambda: self._write(action, expected=seen))
        return self.question

    # --- writing ----------------------------------------------------------------------------
    def _write(self, action: Callable[[CardFile], object], expected: tuple[int, bytes] | None = None) -> bool:
        """Open for writing, run ``action``, close; show the outcome in words.

        ``expected`` is the latest version (number and content) the person said yes to; when the
        client's editor saved meanwhile, nothing is done: a yes never lands on content not seen.
        """
        if self.path is None or self.profile is None:
            return False
        path, profile = self.path, self.profile
        moved_on = False
        try:
            with open_card(path, profile=profile) as card:
                moved_on = expected is not None and (card.latest.number, card.payload()) != expected
                if not moved_on:
                    action(card)
        except (StoreError, OSError) as error:
            self.message.setText(sentence(describe(error, self.language)))
            return False
        except PlanInvalid as invalid:
            self.message.setText("; ".join(invalid.lines(self.language)[:3]))
            return False
        if moved_on:
            self.show_card(path, profile)
            self.message.setText(self.tr(
                "Nothing was done: the card changed in the meantime. Look at the versions and try again."))
            return False
        self.card_changed.emit(path)  # the caseload re-reads its row (and may re-select it)
        self.show_card(path, profile)
        self.message.setText(self.tr("Saved."))
        return True

    def _compare_selected(self) -> None:
        number = self.selected_number()
        if number is not None and number > 1:
            self.compare_requested.emit(number - 1, number)

    def _restore_selected(self) -> None:
        number = self.selected_number()
        if number is not None:
            note = self.tr("restored from version %1").replace("%1", str(number))
            self._write(lambda card: restore_version(card, number, note))

    def open_signing_dialog(self) -> SigningDialog | None:
        if self.card is None:
            return None
        # The callable, not today's date: a date is taken when someone is ticked as signed.
        self.signing_dialog = SigningDialog(self.plan(), self._today, self.language, self)
        dialog = self.signing_dialog
        dialog.accepted.connect(lambda: self.apply_signatures(dialog.plan()))
        dialog.open()
        return dialog

    def apply_signatures(self, plan: CrisisPlan) -> bool:
        """Store the sign-offs: in the concept, or in a new concept after a signed version."""
        return self._write(lambda card: edit(card, plan))

    def open_distribution_dialog(self) -> DistributionDialog | None:
        if self.card is None:
            return None
        self.distribution_dialog = DistributionDialog(self.plan(), self.card.versions, self._today(),
                                                      self.language, self)
        dialog = self.distribution_dialog

        def record() -> None:
            entry = dialog.new_entry()
            if entry is not None:
                self._write(lambda card: record_delivery(card, entry))

        dialog.accepted.connect(record)
        dialog.open()
        return dialog

    def open_handover_dialog(self) -> HandoverDialog | None:
        if self.card is None:
            return None
        self.handover_dialog = HandoverDialog(self.card.index.display_name, self._today(), self.language,
                                              self, version=self.card.latest.number)
        dialog = self.handover_dialog
        dialog.accepted.connect(lambda: self._hand_over(dialog))
        dialog.open()
        return dialog

    def _hand_over(self, dialog: HandoverDialog) -> None:
        profile, successor = self.profile, dialog.recipient
        if profile is None or successor is None:
            return
        done = self._write(lambda card: hand_over(
            card, profile, successor, consent_on=dialog.consent_date(),
            consent_note=dialog.consent_note.text().strip(), today=self._today(),
            note=self.tr("handed over to %1 with the client's consent").replace("%1", successor.name)))
        if done:
            self.message.setText(self.tr("Handed over to %1. You no longer have access to this card.")
                                 .replace("%1", successor.name))
