"""Merging another copy of the open card into it: open the copy, ask once, merge.

A sync service keeps a conflict copy when a card changed in two places. The copy usually opens
with the same passphrase or ondersteuner profile as the card, so it is tried first; if it does not
(the passphrase was changed on the other computer), the person types the copy's own one in the
usual unlock dialog. Nothing is merged before they said yes; the other file is then kept beside
the card as a backup (``<card>.kopie-N.bak``), never deleted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from crisiskaart.app.errors import describe, sentence
from crisiskaart.store import (
    CardFile,
    Credential,
    NotARecipient,
    StoreError,
    WrongPassphrase,
    open_card,
    open_profile,
)
from crisiskaart.ui.passphrase import UnlockDialog
from crisiskaart.ui.session import CardSession, NotSaved
from crisiskaart.workspace.fork import ForkMerge, Outcome


class CopyMerge(QObject):
    """One attempt to merge ``other`` into the session's card; ``ended`` says how it went.

    ``ended(merged, message, card_changed)``: ``merged`` is the ``ForkMerge`` (or None when nothing
    was merged), ``message`` a sentence for the message bar when it did not merge, and
    ``card_changed`` whether the card got a new version, so the editor must show it anew.
    """

    ended = Signal(object, str, bool)

    def __init__(self, session: CardSession, other: Path, language: str, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.other, self.language, self.window = session, Path(other), language, window
        self.unlock_dialog: UnlockDialog | None = None
        self.question: QMessageBox | None = None
        self._other_card: CardFile | None = None

    def start(self) -> None:
        credential = self.session.credential
        if credential is None:
            self._ask_passphrase()
            return
        try:
            card = self._open(credential)
        except (WrongPassphrase, NotARecipient):
            self._ask_passphrase()  # the copy has its own passphrase, or no slot for this profile
            return
        except (StoreError, OSError) as error:
            self._end(None, sentence(describe(error, self.language)))
            return
        self._confirm(card)

    def _open(self, credential: Credential) -> CardFile:
        # With the edit lock, so nobody changes the copy while it is merged and moved away.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return open_card(self.other, passphrase=credential.passphrase, profile=credential.profile,
                             recovery_code=credential.recovery_code, writable=True, look_for_copies=False)
        finally:
            QGuiApplication.restoreOverrideCursor()

    # --- the copy's own passphrase ---------------------------------------------------------
    def _ask_passphrase(self) -> None:
        dialog = UnlockDialog(self.other, self.session.profile_path, self.window)
        dialog.setWindowTitle(self.tr("Open the other copy"))
        self.unlock_dialog = dialog
        dialog.submitted.connect(lambda: self._unlock(dialog))
        dialog.rejected.connect(lambda: self._end(None, ""))
        dialog.open()

    def _unlock(self, dialog: UnlockDialog) -> None:
        try:
            profile_path = dialog.profile_path()
            if profile_path is not None:
                credential = Credential(profile=open_profile(profile_path, dialog.passphrase.text()))
            else:
                credential = Credential(passphrase=dialog.passphrase.text())
            card = self._open(credential)
        except WrongPassphrase:
            dialog.show_message(self.tr(
                "This passphrase is not right. Check whether Caps Lock is on, and try again."))
            return
        except (StoreError, OSError) as error:
            dialog.show_message(sentence(describe(error, self.language)))
            return
        self.unlock_dialog = None
        dialog.done(QDialog.DialogCode.Accepted)
        self._confirm(card)

    # --- asking once, then merging ---------------------------------------------------------
    def _confirm(self, card: CardFile) -> None:
        self._other_card = card
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge"), self.tr(
            "Merge the copy “%1” into this card? The other copy is kept as a backup.")
            .replace("%1", self.other.name), parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
        merge = box.addButton(self.tr("&Merge"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(merge)
        self.question = box
        self.merge_button = merge
        # Locking the screen closes the question without a button: that is no yes.
        box.finished.connect(lambda _result: self._answered(box.clickedButton() is merge))
        box.open()

    def _answered(self, yes: bool) -> None:
        self.question = None
        card, self._other_card = self._other_card, None
        if card is None:
            return
        try:
            if yes:
                self._merge(card)
            else:
                self._end(None, "")
        finally:
            card.close()

    def _merge(self, other: CardFile) -> None:
        ours = self.session.card
        before = len(ours.versions) if ours is not None else 0

        def changed() -> bool:
            return ours is not None and len(ours.versions) != before
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            merged = self.session.merge_copy(other)
        except NotSaved as error:
            self._end(None, self.tr("Saving the card did not work: %1. Nothing was merged.")
                      .replace("%1", str(error)))
            return
        except (StoreError, OSError) as error:  # after an OSError the merge may be saved, the copy not moved
            text = self.tr("Merging did not work: %1.").replace("%1", describe(error, self.language))
            self._end(None, text, changed())
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._end(merged, self._outcome_text(merged), changed())

    def _outcome_text(self, merged: ForkMerge) -> str:
        return {
            Outcome.MERGED: "",
            Outcome.SAME: self.tr("The two files are the same; nothing was merged."),
            Outcome.OTHER_NEWER: self.tr(
                "The other copy has everything of this card, and more. Better open that copy."),
            Outcome.OTHER_OLDER: self.tr(
                "The other copy is an older state of this card; there is nothing to merge."),
            Outcome.UNRELATED: self.tr("The other file is not a copy of this card, so it cannot be merged."),
        }[merged.outcome]

    def _end(self, merged: ForkMerge | None, message: str, changed: bool = False) -> None:
        self.unlock_dialog = None
        self.ended.emit(merged, message, changed)
