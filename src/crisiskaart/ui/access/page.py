"""Kaart › Toegang: who can open this card, in words, and what the client can change about it.

The client sees every way into her card — her passphrase, the herstelcode, each ondersteuner with
the key's fingerprint — when the key last changed, and the history of every change; next to each
she finds what she may do (give or take access, a new passphrase, a new noodblad). Each change
asks once and says what will happen; the store records it in the history. An ondersteuner sees
the same page without the buttons, and reads that only the client can change it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.ui.access import words
from crisiskaart.ui.access.changes import NotChanged, change_access
from crisiskaart.ui.access.common import (
    AccessQuestion,
    ask_once,
    close_when_locked,
    fill,
    heading,
    new_secret_kdf,
    plain_label,
)

if TYPE_CHECKING:
    from crisiskaart.store import CardFile, Recipient
    from crisiskaart.ui.access.give_access import GiveAccessDialog
    from crisiskaart.ui.access.new_passphrase import NewPassphraseDialog
    from crisiskaart.ui.access.noodblad import NoodbladFlow
    from crisiskaart.ui.main_window import MainWindow
    from crisiskaart.ui.session import CardSession


class AccessDialog(QDialog):
    """The Toegang page of the card open in ``window``; read-only when an ondersteuner opened it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        session = window.session
        assert session is not None and session.card is not None
        self.session: CardSession = session
        self.language = window.language
        self.for_client = not session.opened_by_ondersteuner
        self.give_dialog: GiveAccessDialog | None = None
        self.passphrase_dialog: NewPassphraseDialog | None = None
        self.noodblad: NoodbladFlow | None = None
        self.question: AccessQuestion | None = None
        self.remove_buttons: dict[str, QPushButton] = {}
        self.setObjectName("accessDialog")
        self.setWindowTitle(self.tr("Access to this card"))
        em = self.fontMetrics().horizontalAdvance("M")
        self.setMinimumWidth(em * 44)
        self.resize(em * 50, self.fontMetrics().height() * 38)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Who can open this card?")))
        if not self.for_client:
            layout.addWidget(plain_label(self.tr(
                "Only the client can change who can open this card. Here you see who has access."),
                name="accessReadOnly"))
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.client_line = plain_label(words.client_line(self.for_client), name="accessClient")
        self.passphrase_button = self._button(self.tr("Change &passphrase…"), self.change_passphrase)
        grid.addWidget(self.client_line, 0, 0)
        grid.addWidget(self.passphrase_button, 0, 1)
        self.recovery_line = plain_label(name="accessRecovery")
        self.noodblad_button = self._button(self.tr("Make a &recovery sheet…"), self.make_noodblad)
        grid.addWidget(self.recovery_line, 1, 0)
        grid.addWidget(self.noodblad_button, 1, 1)
        layout.addLayout(grid)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(heading(self.tr("Ondersteuners")))
        self.ondersteuner_box = QVBoxLayout()
        layout.addLayout(self.ondersteuner_box)
        give_row = QGridLayout()
        give_row.setColumnStretch(0, 1)
        self.give_button = self._button(self.tr("&Give access…"), self.give_access)
        give_row.addWidget(self.give_button, 0, 1)
        layout.addLayout(give_row)
        self.key_line = plain_label(name="accessKey")
        layout.addWidget(self.key_line)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(heading(self.tr("History")))
        self.history = QWidget()
        self.history_layout = QVBoxLayout(self.history)
        self.history_layout.setContentsMargins(4, 4, 4, 4)
        area = QScrollArea()
        area.setObjectName("accessHistory")
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(self.history)
        area.setAccessibleName(self.tr("History of access"))
        layout.addWidget(area, 1)
        self.status = plain_label(name="accessStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for button in (self.passphrase_button, self.noodblad_button, self.give_button):
            button.setVisible(self.for_client)
        close_when_locked(self, window)
        session.destroyed.connect(self.close)  # the card was closed elsewhere (a row of the caseload)
        self.refresh()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter never changes access by accident
        button.clicked.connect(slot)
        return button

    # --- what the page shows -------------------------------------------------------------------
    def _card(self) -> CardFile | None:
        return self.session.card

    def refresh(self) -> None:
        """Read the access list again (after a change, and on opening)."""
        card = self._card()
        if card is None:
            self.close()
            return
        access = card.access()
        self.recovery_line.setText(words.recovery_line(access, self.language))
        self.key_line.setText(words.key_line(access, self.language))
        self._clear(self.ondersteuner_box)
        self.remove_buttons = {}
        if not access.ondersteuners:
            none = plain_label(words.no_ondersteuners(), name="accessNoOndersteuner")
            self.ondersteuner_box.addWidget(none)
        for recipient in access.ondersteuners:
            self.ondersteuner_box.addWidget(self._ondersteuner_row(recipient))
        self._clear(self.history_layout)
        for event in reversed(access.events):  # the latest change first
            self.history_layout.addWidget(plain_label(words.event_line(event, self.language),
                                                      name="accessEvent"))
        self.history_layout.addStretch(1)

    def _ondersteuner_row(self, recipient: Recipient) -> QWidget:
        from crisiskaart.store import fingerprint

        row = QFrame()
        row.setObjectName("accessOndersteuner")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(row)
        grid.setColumnStretch(0, 1)
        name = plain_label(words.ondersteuner_name(recipient))
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        grid.addWidget(name, 0, 0)
        key = plain_label(fill(self.tr("Fingerprint: %1"), fingerprint(recipient.public_key)), wrap=False)
        grid.addWidget(key, 1, 0)
        if self.for_client:
            button = self._button(self.tr("Take access away…"), lambda: self.remove_access(recipient))
            button.setAccessibleName(fill(self.tr("Take access away from %1"), recipient.name))
            grid.addWidget(button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            self.remove_buttons[recipient.name] = button
        return row

    @staticmethod
    def _clear(layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the page now, not at the next turn of the event loop
                widget.deleteLater()

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self.refresh()

    # --- Toegang geven -------------------------------------------------------------------------
    def give_access(self) -> GiveAccessDialog | None:
        from crisiskaart.ui.access.give_access import GiveAccessDialog

        if not self.for_client or self._card() is None:
            return None
        dialog = GiveAccessDialog(self.language, self)
        self.give_dialog = dialog
        dialog.submitted.connect(lambda: self._give(dialog))
        dialog.finished.connect(lambda _result: self._forget_give(dialog))
        dialog.open()
        return dialog

    def _give(self, dialog: GiveAccessDialog) -> None:
        recipient = dialog.recipient
        assert recipient is not None
        try:
            change_access(self.session, lambda card: card.add_ondersteuner(recipient), self.language)
        except NotChanged as failed:
            dialog.show_error(str(failed))
            return
        dialog.done(QDialog.DialogCode.Accepted)
        self._done(fill(self.tr("%1 can now open your card with their own key."), recipient.name))

    def _forget_give(self, dialog: GiveAccessDialog) -> None:
        if self.give_dialog is dialog:
            self.give_dialog = None
        dialog.deleteLater()

    # --- Toegang afnemen -----------------------------------------------------------------------
    def remove_access(self, recipient: Recipient) -> AccessQuestion | None:
        if not self.for_client or self._card() is None:
            return None
        name = recipient.name
        text = fill(self.tr(
            "Take away the access of %1?\n\n"
            "Your card then gets a new key. %1 can open nothing you write after this. The backups beside "
            "your card are deleted, because they still open with the old access."), name)
        self.question = ask_once(self, self.tr("Take access away"), text, self.tr("&Take access away"),
                                 lambda yes: self._removed(recipient, yes))
        return self.question

    def _removed(self, recipient: Recipient, yes: bool) -> None:
        self.question = None
        if not yes:
            self.status.setText(self.tr("Nothing was changed."))
            return
        try:
            change_access(self.session, lambda card: card.remove_ondersteuner(recipient.name), self.language)
        except NotChanged as failed:
            self.status.setText(str(failed))
            return
        self._done(fill(self.tr("%1 no longer has access. Your card has a new key."), recipient.name))

    # --- Wachtwoord veranderen -----------------------------------------------------------------
    def change_passphrase(self) -> NewPassphraseDialog | None:
        from crisiskaart.ui.access.new_passphrase import NewPassphraseDialog

        card = self._card()
        if not self.for_client or card is None:
            return None
        dialog = NewPassphraseDialog(
            self.tr("Choose a new passphrase for your card. Your card then gets a new key and the old "
                    "passphrase no longer works. Your recovery code and your ondersteuners keep their "
                    "access. The backups beside your card are deleted, because they still open with the "
                    "old passphrase."),
            self.tr("&Change passphrase"), [card.index.display_name, card.path.stem],
            language=self.language, parent=self)
        dialog.setWindowTitle(self.tr("Change passphrase"))
        self.passphrase_dialog = dialog
        dialog.submitted.connect(lambda: self._change(dialog))
        dialog.finished.connect(lambda _result: self._forget_passphrase(dialog))
        dialog.open()
        return dialog

    def _change(self, dialog: NewPassphraseDialog) -> None:
        passphrase = dialog.new_passphrase()
        try:
            change_access(self.session, lambda card: card.change_passphrase(passphrase, kdf=new_secret_kdf()),
                          self.language)
        except NotChanged as failed:
            dialog.show_error(str(failed))
            return
        dialog.done(QDialog.DialogCode.Accepted)
        self._done(self.tr("Your passphrase has been changed. From now on, use the new passphrase."))

    def _forget_passphrase(self, dialog: NewPassphraseDialog) -> None:
        if self.passphrase_dialog is dialog:
            self.passphrase_dialog = None
        dialog.deleteLater()

    # --- Noodblad maken ------------------------------------------------------------------------
    def make_noodblad(self) -> NoodbladFlow | None:
        from crisiskaart.ui.access.noodblad import NoodbladFlow

        if not self.for_client or self._card() is None or self.noodblad is not None:
            return None
        flow = NoodbladFlow(self.session, self.language, self)
        self.noodblad = flow
        flow.finished.connect(lambda message: self._noodblad_done(flow, message))
        flow.start()
        return flow

    def _noodblad_done(self, flow: NoodbladFlow, message: str) -> None:
        self.noodblad = None
        flow.deleteLater()
        self._done(message or self.tr("Nothing was changed."))


def show_access(window: MainWindow) -> AccessDialog | None:
    """Kaart › Toegang for the card open in ``window`` (not the example card, not while locked)."""
    session = window.session
    if session is None or session.card is None or window.locked:
        return None
    dialog = AccessDialog(window)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog
