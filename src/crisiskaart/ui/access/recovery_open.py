"""After "Wachtwoord vergeten?": the card opened with the herstelcode, now a new passphrase.

The client who typed her herstelcode has forgotten her passphrase, so the editor asks her at once
to choose a new one, and says why: without it she needs the noodblad again next time. She may do
it later (Kaart › Toegang). Until then the lock screen accepts the herstelcode too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from crisiskaart.ui.access.changes import NotChanged, change_access
from crisiskaart.ui.access.common import close_when_locked, new_secret_kdf

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls

if TYPE_CHECKING:
    from crisiskaart.ui.access.new_passphrase import NewPassphraseDialog
    from crisiskaart.ui.main_window import MainWindow

STATUS_MS = 20_000


def ask_new_passphrase(window: MainWindow) -> NewPassphraseDialog | None:
    """Open the new-passphrase dialog for the card the client just opened with her herstelcode."""
    from crisiskaart.ui.access.new_passphrase import NewPassphraseDialog

    session = window.session
    if session is None or session.card is None:
        return None
    card = session.card
    intro = translate(
        "RecoveryOpen", "You opened your card with your recovery code. Choose a new passphrase now. Then "
        "you open your card with your passphrase again next time, without the recovery sheet. Your "
        "recovery code keeps working.")
    dialog = NewPassphraseDialog(
        intro, translate("RecoveryOpen", "&Save the new passphrase"),
        [card.index.display_name, card.path.stem],
        cancel_text=translate("RecoveryOpen", "&Later"), language=window.language, parent=window)
    dialog.setObjectName("recoveryPassphraseDialog")
    dialog.setWindowTitle(translate("RecoveryOpen", "Choose a new passphrase"))

    def submitted() -> None:
        passphrase = dialog.new_passphrase()
        try:
            change_access(session, lambda opened: opened.change_passphrase(passphrase, kdf=new_secret_kdf()),
                          window.language)
        except NotChanged as failed:
            dialog.show_error(str(failed))
            return
        dialog.done(QDialog.DialogCode.Accepted)
        window.statusBar().showMessage(translate(
            "RecoveryOpen", "Your new passphrase is saved. Use it from now on to open your card."), STATUS_MS)

    def finished(result: int) -> None:
        if result != QDialog.DialogCode.Accepted and window.session is session and not window.locked:
            window.statusBar().showMessage(translate(
                "RecoveryOpen", "You have no new passphrase yet. Choose one under Card › Access."), STATUS_MS)
        dialog.deleteLater()

    dialog.submitted.connect(submitted)
    dialog.finished.connect(finished)
    close_when_locked(dialog, window)
    dialog.open()
    return dialog


def check_client(path: Path, text: str) -> bool:
    """The lock screen's check for the client: her passphrase, or else her herstelcode; True when
    it was the herstelcode (she forgot her passphrase: the window then asks for a new one).

    Raises the passphrase's own error when neither opens the card, so the lock screen says the
    usual "this passphrase is not right".
    """
    from crisiskaart.store import BadRecoveryCode, NoAccess, open_card, parse_recovery_code

    try:
        open_card(path, passphrase=text, writable=False, look_for_copies=False).close()
        return False
    except NoAccess as wrong:
        refused = wrong
    try:
        code = parse_recovery_code(text)
        open_card(path, recovery_code=code, writable=False, look_for_copies=False).close()
    except (BadRecoveryCode, NoAccess):
        raise refused from None
    return True
