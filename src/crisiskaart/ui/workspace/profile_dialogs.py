"""Unlock an ondersteuner profile once per session, or create one (name, organisation, passphrase).

Both pay the passphrase's deliberate cost (Argon2id, about a second) on a worker thread
(``ui/background.py``): the window keeps answering, the dialog says why it takes a moment and takes
no second attempt meanwhile; Cancel still works. A profile that arrives after Cancel is not used:
an unlocked key is simply dropped; a profile made meanwhile stays as a file (complete, under the
passphrase just chosen; nothing is deleted behind her back) and can be unlocked later.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.app.errors import describe, sentence
from crisiskaart.store import (
    DEFAULT_KDF,
    KdfParams,
    OndersteunerProfile,
    create_profile,
    open_profile,
)
from crisiskaart.store.strength import judge_passphrase
from crisiskaart.ui.background import BackgroundCall, raise_if_fault
from crisiskaart.ui.busy_notice import show_busy_notice
from crisiskaart.ui.places import places_of


def _add_file_row(form: QFormLayout, text: str, edit: QLineEdit, button: QPushButton) -> None:
    """The profile file with its Browse button on one row of ``form``; both profile dialogs ask it so."""
    label = QLabel(text)
    label.setBuddy(edit)  # Alt+F goes to the file name, not to the row around it
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    form.addRow(label, row)


class _SlowPassphraseDialog(QDialog):
    """What both profile dialogs share: the profile's passphrase is worked on beside the event loop.

    ``busy`` is true from the start of an attempt until its outcome arrived, also after a Cancel.
    Subclasses give their inputs (``_inputs``), the ``message`` label and the ``buttons`` box.
    """

    message: QLabel
    buttons: QDialogButtonBox

    def __init__(self, parent: QWidget | None, language: str) -> None:
        super().__init__(parent)
        self.language = language
        self.profile: OndersteunerProfile | None = None
        self.busy = False
        self._attempt = 0  # counts attempts given up by a Cancel: what they bring is not used
        self._focus_before: QWidget | None = None
        self.working = QLabel()
        self.working.setObjectName("profileBusy")
        self.working.setTextFormat(Qt.TextFormat.PlainText)
        self.working.setWordWrap(True)
        self.working.setVisible(False)

    def _inputs(self) -> list[QWidget]:
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        """While the passphrase is worked on: say so, and take no second attempt (Cancel still works)."""
        if busy:
            self._focus_before = self.focusWidget()
        self.busy = busy
        for widget in self._inputs():
            widget.setEnabled(not busy)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)  # looked up: never a stale wrapper
        if ok is not None:
            ok.setEnabled(not busy)
        if busy:
            self.message.setText("")
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
            if self._focus_before is not None and self._focus_before.isEnabled():
                self._focus_before.setFocus()  # back where she was
        show_busy_notice(self.working, busy)
        if self.isVisible():
            self.adjustSize()

    def _beside(self, work: Callable[[], OndersteunerProfile],
                arrived: Callable[[OndersteunerProfile], None],
                failed: Callable[[BaseException], None]) -> None:
        """Run ``work`` on a worker thread; ``arrived`` or ``failed`` on the GUI thread, unless the
        dialog was cancelled (or went away) meanwhile: then the outcome is not used."""
        from shiboken6 import isValid

        self.set_busy(True)
        attempt = self._attempt

        def wanted() -> bool:
            if not isValid(self):
                return False
            self.set_busy(False)
            return self._attempt == attempt

        def finished(profile: OndersteunerProfile) -> None:
            if wanted():
                arrived(profile)

        def refused(error: BaseException) -> None:
            still = wanted()
            raise_if_fault(error)
            if still:
                failed(error)

        # Owned by the application, not by this dialog: the dialog may be deleted after a Cancel,
        # and a fault of the program must still reach the crash guard.
        call = BackgroundCall(work, QCoreApplication.instance(), name="crisiskaart-profile")
        call.finished.connect(finished)
        call.failed.connect(refused)

    def done(self, result: int) -> None:
        if self.busy:  # cancelled while the passphrase was worked on
            self._attempt += 1
        super().done(result)


class UnlockProfileDialog(_SlowPassphraseDialog):
    """Asks for the profile file and its passphrase; ``profile`` is set when accepted."""

    def __init__(self, path: Path | None = None, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent, language)
        self.setWindowTitle(self.tr("Unlock your ondersteuner profile"))
        self.path = QLineEdit(str(path) if path else "")
        self.browse = QPushButton(self.tr("&Browse…"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.path.setAccessibleName(self.tr("Profile file"))
        self.path.setAccessibleDescription(self.tr("The file with your ondersteuner profile"))
        self.browse.setAccessibleName(self.tr("Choose profile file"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(self.tr("The passphrase of your profile"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        _add_file_row(form, self.tr("Profile &file:"), self.path, self.browse)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("You unlock your profile once; it stays unlocked until you "
                                        "close the program.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.working.setText(self.tr(
            "The profile is being unlocked. This takes a moment: the passphrase is checked slowly on "
            "purpose, so that nobody can guess it quickly."))
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if path:
            self.passphrase.setFocus()

    def _inputs(self) -> list[QWidget]:
        return [self.path, self.browse, self.passphrase]

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ondersteuner profile"), self.path.text())
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        if self.busy:
            return  # the passphrase is being checked: no second attempt
        if not self.path.text().strip() or not self.passphrase.text():
            self.message.setText(self.tr("Fill in the profile file and the passphrase."))
            return
        path, passphrase = Path(self.path.text().strip()), self.passphrase.text()
        self._beside(lambda: open_profile(path, passphrase), lambda profile: self._unlocked(path, profile),
                     self._refused)

    def _unlocked(self, path: Path, profile: OndersteunerProfile) -> None:
        self.profile = profile
        self.passphrase.clear()
        places = places_of(self)
        if places is not None:  # the next unlock starts with this file
            places.remember_profile(path)
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.message.setText(sentence(describe(error, self.language)))
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class CreateProfileDialog(_SlowPassphraseDialog):
    """Creates ``<file>`` and ``<file>.pub``; the .pub file is what clients add to their card."""

    def __init__(self, path: Path | None = None, kdf: KdfParams = DEFAULT_KDF, language: str = "nl",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, language)
        self.kdf = kdf
        self.setWindowTitle(self.tr("New ondersteuner profile"))
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.path = QLineEdit(str(path) if path else "")
        self.browse = QPushButton(self.tr("&Browse…"))
        self.passphrase = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.passphrase, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        for widget, name, description in (
            (self.name, self.tr("Your name"), self.tr("Shown to clients who give you access")),
            (self.organisation, self.tr("Organisation"), self.tr("May be empty")),
            (self.path, self.tr("Profile file"), self.tr("Where the profile is saved")),
            (self.browse, self.tr("Choose where to save"), self.tr("Choose the profile file")),
            (self.passphrase, self.tr("Passphrase"), self.tr("Protects your key; choose a long one")),
            (self.again, self.tr("Passphrase again"), self.tr("Type the same passphrase again")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        _add_file_row(form, self.tr("Profile &file:"), self.path, self.browse)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase &again:"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.working.setText(self.tr(
            "The profile is being made and encrypted. This takes a moment: the passphrase is protected "
            "slowly on purpose, so that nobody can guess it quickly."))
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _inputs(self) -> list[QWidget]:
        return [self.name, self.organisation, self.path, self.browse, self.passphrase, self.again]

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save profile as"), self.path.text())
        if path:
            self.path.setText(path)

    def accept(self) -> None:
        if self.busy:
            return  # the profile is being made: no second attempt
        if not self.name.text().strip() or not self.path.text().strip():
            self.message.setText(self.tr("Fill in your name and where to save the profile."))
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("Choose a passphrase."))
            return
        # The profile's key opens every client card that gave this ondersteuner access: its
        # passphrase must be as hard to guess as a card's (the same zxcvbn rule as the CLI).
        judgement = judge_passphrase(self.passphrase.text(), [
            self.name.text(), self.organisation.text(), Path(self.path.text().strip()).stem])
        if not judgement.acceptable:
            reason = judgement.reason(self.language)
            self.message.setText(reason[:1].upper() + reason[1:] + ".")
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        if self.passphrase.text() != self.again.text():
            self.message.setText(self.tr("The two passphrases are not the same."))
            return
        path, passphrase, kdf = Path(self.path.text().strip()), self.passphrase.text(), self.kdf
        name, organisation = self.name.text().strip(), self.organisation.text().strip()
        # create_profile writes the profile in one atomic step and refuses to overwrite a file
        self._beside(lambda: create_profile(path, passphrase, name, organisation, kdf=kdf),
                     self._made, self._refused)

    def _made(self, profile: OndersteunerProfile) -> None:
        self.profile = profile
        self.passphrase.clear()
        self.again.clear()
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self.message.setText(sentence(describe(error, self.language)))
