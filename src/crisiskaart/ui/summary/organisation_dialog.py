"""Ondersteuner › Organisatie…: the organisation profile the editor exports and publishes with.

Name, viewer address (where responders read the linked summary), WebDAV address and user name
(where the program puts it) go into the profile, a plain JSON file beside the settings — or the
file an organisation handed out, chosen with "Profielbestand kiezen…". The WebDAV password goes
into the system keyring only: never into the profile, the settings or a card. Fields the dialog
does not show (card title, colour, logo) are kept as the file has them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.app.errors import describe, sentence
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.ui.settings import Settings

if TYPE_CHECKING:
    from crisiskaart.ui.main_window import MainWindow

_ALLOWED_STARTS = ("https://", "http://127.0.0.1", "http://localhost")


class OrganisationDialog(QDialog):
    """Edit the organisation profile; ``accept`` saves the file and puts a typed password in the keyring.

    ``saved`` fires once the profile file is written and chosen, also when the password could not
    be kept and the dialog stays open: what is printed from now on carries the new profile.
    """

    saved = Signal()

    def __init__(self, settings: Settings, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationDialog")
        self.settings, self.language = settings, language
        self.path = settings.organisation_file or settings.default_organisation_file()
        self.profile = OrganisationProfile()
        self.setWindowTitle(self.tr("Organisation"))
        intro = QLabel(self.tr(
            "The organisation that puts the summary for emergency services on its website gives you "
            "these details. With a WebDAV address, publishing and withdrawing reach the website at once. "
            "The password is kept in this computer's keyring, never in a card or in the settings."))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.viewer_url = QLineEdit()
        self.viewer_url.setPlaceholderText("https://kaart.organisatie.nl/")
        self.webdav_url = QLineEdit()
        self.webdav_url.setPlaceholderText("https://cloud.organisatie.nl/remote.php/dav/files/naam/kaart/")
        self.webdav_user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for widget, name, description in (
            (self.name, self.tr("Name of the organisation"), ""),
            (self.viewer_url, self.tr("Viewer address"),
             self.tr("The web address the QR code opens; it starts with https://")),
            (self.webdav_url, self.tr("WebDAV address"),
             self.tr("Where the program puts the summary: the WebDAV address of the viewer's folder")),
            (self.webdav_user, self.tr("User name"), self.tr("The user name for the WebDAV address")),
            (self.password, self.tr("Password"),
             self.tr("Kept in this computer's keyring; leave empty to keep the one stored")),
        ):
            widget.setAccessibleName(name)
            if description:
                widget.setAccessibleDescription(description)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Viewer address:"), self.viewer_url)
        form.addRow(self.tr("&WebDAV address:"), self.webdav_url)
        form.addRow(self.tr("&User name:"), self.webdav_user)
        form.addRow(self.tr("&Password:"), self.password)
        self.where = QLabel()
        self.where.setObjectName("organisationFile")
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("organisationMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.choose = QPushButton(self.tr("Choose profile &file…"))
        self.choose.setAccessibleDescription(self.tr("Use a profile file your organisation gave you"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.addButton(self.choose, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.where)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in (self.name, self.viewer_url, self.webdav_url, self.webdav_user, self.password):
            edit.textEdited.connect(self.message.clear)  # a mistake said once goes when it is mended
        self.choose.clicked.connect(self._choose_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(max(self.sizeHint().width(), 620), self.sizeHint().height())
        self._load(self.path, quiet=True)

    # --- reading ---------------------------------------------------------------------------------
    def _load(self, path: Path, *, quiet: bool = False) -> bool:
        from crisiskaart.app.organisation import load_organisation

        if path.exists():
            try:
                profile = load_organisation(path)
            except Exception as error:  # a damaged or foreign file: said in words, nothing lost
                self.message.setText(sentence(describe(error, self.language)))
                return False
            assert profile is not None
        elif quiet:
            profile = OrganisationProfile()
        else:
            return False
        self.path, self.profile = path, profile
        self.name.setText(profile.name)
        self.viewer_url.setText(profile.viewer_url)
        self.webdav_url.setText(profile.webdav_url)
        self.webdav_user.setText(profile.webdav_user)
        self.password.clear()
        self.where.setText(self.tr("Saved in: %1").replace("%1", str(path)))
        self._show_password_state(profile)
        return True

    def _show_password_state(self, profile: OrganisationProfile) -> None:
        from crisiskaart.summary.publish import PublishError, stored_password

        if not profile.webdav_url:
            self.password.setPlaceholderText("")
            return
        try:
            kept = stored_password(profile) is not None
        except PublishError as error:
            self.password.setPlaceholderText("")
            self.message.setText(sentence(error.message(self.language)))
            return
        self.password.setPlaceholderText(self.tr("kept in the keyring") if kept else "")

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose profile file"), str(self.path.parent),
                                              self.tr("Organisation profile (*.json);;All files (*)"))
        if path:
            self.message.clear()
            self._load(Path(path))

    # --- saving ----------------------------------------------------------------------------------
    def edited_profile(self) -> OrganisationProfile | None:
        """The profile as filled in (other fields as the file has them), or None with the reason shown."""
        from pydantic import ValidationError

        from crisiskaart.app.organisation import problem

        for edit, label in ((self.viewer_url, self.tr("The viewer address")),
                            (self.webdav_url, self.tr("The WebDAV address"))):
            value = edit.text().strip()
            if value and not value.startswith(_ALLOWED_STARTS):
                self._refuse(edit, self.tr("%1 must start with https://.").replace("%1", label))
                return None
        if self.webdav_url.text().strip() and not self.viewer_url.text().strip():
            self._refuse(self.viewer_url, self.tr("Fill in the viewer address too: the QR code opens it."))
            return None
        if self.webdav_url.text().strip() and not self.webdav_user.text().strip():
            self._refuse(self.webdav_user, self.tr("Fill in the user name for the WebDAV address."))
            return None
        if self.password.text() and not self.webdav_url.text().strip():
            self._refuse(self.webdav_url, self.tr("A password is only needed with a WebDAV address."))
            return None
        data = self.profile.model_dump()
        data.update(name=self.name.text().strip(), viewer_url=self.viewer_url.text().strip(),
                    webdav_url=self.webdav_url.text().strip(), webdav_user=self.webdav_user.text().strip())
        try:
            return OrganisationProfile.model_validate(data)
        except ValidationError as error:
            self._refuse(self.name, sentence(problem(error, self.language)))
            return None

    def _refuse(self, edit: QLineEdit, text: str) -> None:
        self.message.setText(text)
        edit.setFocus()
        edit.selectAll()

    def accept(self) -> None:
        from crisiskaart.app.organisation import save_organisation
        from crisiskaart.summary.publish import PublishError, store_password

        profile = self.edited_profile()
        if profile is None:
            return
        try:
            save_organisation(profile, self.path)
        except Exception as error:  # a full disk, no permission: in words, the dialog stays open
            self.message.setText(sentence(describe(error, self.language)))
            return
        self.settings.organisation_file = self.path
        self.settings.sync()
        self.profile = profile
        self.saved.emit()
        if self.password.text():
            try:
                store_password(profile, self.password.text())
            except PublishError as error:
                self.message.setText(self.tr("The profile is saved, but the password is not: %1")
                                     .replace("%1", sentence(error.message(self.language))))
                self.password.clear()
                return
        self.password.clear()
        super().accept()


def show_organisation(window: MainWindow, settings: Settings, language: str) -> OrganisationDialog:
    """Open the dialog (window-modal, kept by the window so the lock screen can close it); once
    it saves, the window's card preview draws with the new profile."""
    dialog = OrganisationDialog(settings, language, window)
    dialog.saved.connect(window.organisation_changed)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
