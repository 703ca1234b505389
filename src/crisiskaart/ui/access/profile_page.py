"""Ondersteuner › Profiel: make a profile, unlock it once, and give its public key to a client.

The profile is the ondersteuner's own key, sealed under her own passphrase; clients give it access
to their card. The page shows her fingerprint in large type: when a client gives her access, they
read these 16 characters to each other (the client sees the same ones in Toegang geven).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from crisiskaart.ui.access.common import (
    close_when_locked,
    fill,
    fingerprint_code,
    heading,
    new_secret_kdf,
    plain_label,
)
from crisiskaart.ui.grow import grow_with_texts
from crisiskaart.ui.places import Place
from crisiskaart.ui.workspace.profile_dialogs import CreateProfileDialog, UnlockProfileDialog

if TYPE_CHECKING:
    from crisiskaart.ui.access.profile_keeper import ProfileKeeper
    from crisiskaart.ui.main_window import MainWindow

PROFILE_FILE_NAME = "ondersteuner.profiel"


class NewProfileDialog(CreateProfileDialog):
    """The workspace's create dialog, making the suggested folder when the profile is saved there."""

    def accept(self) -> None:
        text = self.path.text().strip()
        if text:
            with contextlib.suppress(OSError):  # the dialog says why the profile cannot be saved there
                Path(text).expanduser().parent.mkdir(parents=True, exist_ok=True)
        super().accept()


class ProfileDialog(QDialog):
    def __init__(self, window: MainWindow, keeper: ProfileKeeper) -> None:
        super().__init__(window)
        self.window_, self.keeper, self.language = window, keeper, window.language
        self.unlock_dialog: UnlockProfileDialog | None = None
        self.create_dialog: CreateProfileDialog | None = None
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Your ondersteuner profile"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr(
            "With your profile you open the cards of clients who gave you access. Your profile is a "
            "key with a passphrase of its own.")))
        self.state = plain_label(name="profileState")
        layout.addWidget(self.state)
        self.who = heading("")
        self.who.setObjectName("profileWho")
        layout.addWidget(self.who)
        self.fingerprint_intro = plain_label(self.tr(
            "Your fingerprint. When a client gives you access, read these 16 characters aloud together; "
            "the client sees the same ones on screen."))
        layout.addWidget(self.fingerprint_intro)
        self.fingerprint = fingerprint_code("profileFingerprint", self.tr("Your fingerprint"))
        layout.addWidget(self.fingerprint)
        self.export_intro = plain_label(self.tr(
            "Give your public key to the client: a file whose name ends in .pub, for example on a USB "
            "stick. There is nothing secret in it."))
        layout.addWidget(self.export_intro)
        row = QHBoxLayout()
        self.export_button = self._button(self.tr("&Save public key…"), self.export_public_key, row)
        self.caseload_button = self._button(self.tr("Open the &caseload"), self._caseload, row)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.unlock_button = self._button(self.tr("&Unlock profile…"), self.unlock, row)
        self.create_button = self._button(self.tr("&New profile…"), self.create_profile, row)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = plain_label(name="profileStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        keeper.changed.connect(self.refresh)
        close_when_locked(self, window)
        self.refresh()

    def _button(self, text: str, slot: object, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def refresh(self) -> None:
        from crisiskaart.store import fingerprint

        profile = self.keeper.profile
        unlocked = profile is not None
        remembered = self.keeper.remembered_path
        if profile is not None:
            self.state.setText(fill(self.tr("Your profile is unlocked until you close the program. File: %1"),
                                    str(self.keeper.path or "")))
            self.who.setText(profile.name + (f" · {profile.organisation}" if profile.organisation else ""))
            self.fingerprint.setText(fingerprint(profile.public_key))
        elif remembered is not None:
            self.state.setText(fill(self.tr("Your profile: %1. Unlock it to open cards and to see your "
                                             "fingerprint."), str(remembered)))
        else:
            self.state.setText(self.tr("There is no profile on this computer yet. Make one, or unlock a "
                                       "profile file you already have."))
        for widget in (self.who, self.fingerprint_intro, self.fingerprint, self.export_intro,
                       self.export_button, self.caseload_button):
            widget.setVisible(unlocked)
        self.unlock_button.setText(self.tr("Unlock &another profile…") if unlocked
                                   else self.tr("&Unlock profile…"))
        self.adjustSize()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        grow_with_texts(self, event)  # a long file name wraps to more lines
        return handled

    # --- unlocking and making a profile --------------------------------------------------------
    def unlock(self) -> UnlockProfileDialog:
        dialog = UnlockProfileDialog(self.keeper.remembered_path, language=self.language, parent=self)
        self.unlock_dialog = dialog
        dialog.accepted.connect(lambda: self._unlocked(dialog))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()
        return dialog

    def _unlocked(self, dialog: UnlockProfileDialog) -> None:
        if dialog.profile is not None:
            self.keeper.keep(Path(dialog.path.text().strip()).expanduser(), dialog.profile)
            self.status.setText(self.tr("Your profile is unlocked."))

    def create_profile(self) -> CreateProfileDialog:
        suggested = self.window_.settings.card_folder / PROFILE_FILE_NAME
        dialog = NewProfileDialog(suggested, kdf=new_secret_kdf(), language=self.language, parent=self)
        self.create_dialog = dialog
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()
        return dialog

    def _created(self, dialog: CreateProfileDialog) -> None:
        if dialog.profile is not None:
            self.keeper.keep(Path(dialog.path.text().strip()).expanduser(), dialog.profile)
            self.status.setText(self.tr("Your profile is made. Now save your public key and give it to "
                                        "your client."))

    def _forget(self, dialog: QDialog) -> None:
        if self.unlock_dialog is dialog:
            self.unlock_dialog = None
        if self.create_dialog is dialog:
            self.create_dialog = None
        dialog.deleteLater()

    # --- the public key for a client -----------------------------------------------------------
    def export_public_key(self) -> Path | None:
        """Save the ``.pub`` file where the ondersteuner chooses (a USB stick, a folder to mail from)."""
        from crisiskaart.app.errors import describe, sentence
        from crisiskaart.store import StoreError, public_key_path
        from crisiskaart.store.profile import write_public_key

        profile = self.keeper.profile
        if profile is None:
            return None
        places = self.window_.places
        name = public_key_path(self.keeper.path or Path(PROFILE_FILE_NAME)).name
        beside = self.keeper.path.parent if self.keeper.path else Path.home()
        folder = places.folder(Place.EXPORTS) or beside
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save your public key"), str(folder / name),
                                                self.tr("Public key (*.pub)"))
        if not chosen or not self.isVisible():
            return None
        path = Path(chosen)
        if path.suffix != ".pub":
            path = path.with_name(path.name + ".pub")
        try:
            # Qt's dialog asked before an existing file is replaced; a public key holds no secret.
            write_public_key(path, profile.recipient, overwrite=True)
        except (StoreError, OSError) as error:
            self.status.setText(sentence(describe(error, self.language)))
            return None
        places.remember(Place.EXPORTS, path)
        self.status.setText(fill(self.tr("Your public key is saved as %1. Give this file to your client."),
                                 str(path)))
        return path

    def _caseload(self) -> None:
        self.window_.show_caseload()


def show_profile(window: MainWindow, keeper: ProfileKeeper) -> ProfileDialog:
    dialog = ProfileDialog(window, keeper)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog
