"""Kaart › Samenvatting voor hulpdiensten › Publiceren / Intrekken…, in the editor.

Publishing puts the open card's summary on the organisation's WebDAV server (``app.summary.
publish_online``); withdrawing (*intrekken*) asks once, then puts the tombstone there — or, without
a WebDAV address, into a folder the person chooses to upload — and saves the version without the
link. The network work runs on a thread behind a small modal "bezig" window, so the editor never
freezes on a slow server; the card is saved first and nothing else writes to it meanwhile.
Whatever happens ends in one calm sentence.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from crisiskaart.app.errors import describe, sentence

if TYPE_CHECKING:
    from crisiskaart.model.organisation import OrganisationProfile
    from crisiskaart.store import CardFile
    from crisiskaart.ui.main_window import MainWindow
    from crisiskaart.ui.session import CardSession

STATUS_SECONDS = 15


class SummaryTask(QObject):
    """One publication or withdrawal of the card open in ``window``; ``finished`` says how it ended."""

    finished = Signal(str)  # "published", "withdrawn", "cancelled", "failed"
    _done = Signal(object)  # emitted on the worker thread; queued to the GUI thread

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("summaryTask")
        self.window, self.language = window, window.language
        self.outcome = ""
        self.result: object = None
        self.message_box: QMessageBox | None = None
        self.question: QMessageBox | None = None
        self.progress: QProgressDialog | None = None
        self.password_dialog: QInputDialog | None = None
        self._typed: tuple[OrganisationProfile, str] | None = None  # a password to keep once it worked
        self._session: CardSession | None = None
        self._thread: threading.Thread | None = None
        self._done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._on_result: Callable[[object], None] = lambda _result: None

    # --- what is needed first ----------------------------------------------------------------
    def _organisation(self) -> OrganisationProfile | None:
        """The editor's profile, or None after saying what is missing (with a way to set it)."""
        from crisiskaart.app.organisation import load_organisation

        try:
            organisation = load_organisation(self.window.settings.organisation_file)
        except Exception as error:  # a damaged profile file: in words
            self._tell(sentence(describe(error, self.language)), "failed", offer_settings=True)
            return None
        if organisation is None or not organisation.viewer_url:
            self._tell(self.tr("For a summary on the website the program needs your organisation's "
                               "profile, with the viewer address: set it in Ondersteuner › Organisation…"),
                       "cancelled", warning=False, offer_settings=True)
            return None
        return organisation

    def _card_session(self) -> CardSession | None:
        session = self.window.session
        if session is None or session.is_example or self.window.locked:
            return None
        return session

    # --- publish -----------------------------------------------------------------------------
    def publish(self) -> None:
        from crisiskaart.app.summary import publish_online

        session = self._card_session()
        if session is None:
            return
        organisation = self._organisation()
        if organisation is None:
            return
        if not organisation.webdav_url:
            self._tell(self.tr("Your organisation's profile has no WebDAV address, so the program cannot "
                               "put the summary on the website itself. Save it as a folder with File › "
                               "Export… and give that folder to your organisation, or fill in the WebDAV "
                               "address in Ondersteuner › Organisation…"),
                       "cancelled", warning=False, offer_settings=True)
            return
        profile_file = self.window.settings.organisation_file
        self._with_password(organisation, lambda password: self._run(
            session, self.tr("Putting the summary on the website…"),
            lambda card: publish_online(card, organisation_file=profile_file, password=password),
            self._published))

    def _published(self, publication: object) -> None:
        from crisiskaart.app.summary import Publication

        assert isinstance(publication, Publication)
        session = self._session
        if publication.link_created_version is not None and session is not None:
            # The card now keeps the QR's key; the plan on screen must keep it too (as exporting does).
            session.document.plan.responder_link = publication.plan.responder_link
        self._tell(self.tr("The summary is on the website now. Whoever scans the QR code on the card "
                           "sees this version."), "published", warning=False)

    # --- withdraw ----------------------------------------------------------------------------
    def withdraw(self) -> None:
        session = self._card_session()
        if session is None:
            return
        if session.document.plan.responder_link is None:
            self._tell(self.tr("This card has no linked summary to withdraw."), "cancelled", warning=False)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Withdraw summary"), self.tr(
            "After withdrawing, whoever scans the QR code on a printed card sees only WITHDRAWN. The "
            "next card you print gets a new QR code. This cannot be undone. Withdraw the summary?"),
            parent=self.window)
        box.setObjectName("withdrawQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(self.tr("&Withdraw"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter keeps the summary
        self.question, self.withdraw_button = box, yes
        box.finished.connect(lambda _result: self._withdraw_answered(box.clickedButton() is yes))
        box.open()

    def _withdraw_answered(self, yes: bool) -> None:
        from crisiskaart.app.organisation import load_organisation
        from crisiskaart.app.summary import withdraw_summary

        self.question = None
        session = self._card_session()
        if not yes or session is None:
            self._end("cancelled")
            return
        profile_file = self.window.settings.organisation_file
        try:
            organisation = load_organisation(profile_file)
        except Exception as error:
            self._tell(sentence(describe(error, self.language)), "failed", offer_settings=True)
            return
        folder: Path | None = None
        if organisation is None or not organisation.webdav_url:
            # No way to reach the server: the tombstone goes into a folder to give to the organisation.
            start = str(self.window.settings.export_folder or Path.home())
            title = self.tr("Folder for the withdrawn summary")
            chosen = QFileDialog.getExistingDirectory(self.window, title, start)
            if not chosen or self._card_session() is not session:
                self._end("cancelled")
                return
            folder = Path(chosen)
        def run(password: str | None) -> None:
            self._run(session, self.tr("Withdrawing the summary…"),
                      lambda card: withdraw_summary(card, folder, organisation_file=profile_file,
                                                    language=self.language, password=password),
                      self._withdrawn)

        if folder is None:
            assert organisation is not None
            self._with_password(organisation, run)
        else:
            run(None)

    def _withdrawn(self, withdrawal: object) -> None:
        from crisiskaart.app.summary import Withdrawal

        assert isinstance(withdrawal, Withdrawal)
        if self._session is not None:
            self._session.document.plan.responder_link = None  # the next autosave must not bring it back
            if self.window.session is self._session:  # the card on screen is withdrawn now: say so
                self.window.card_status_changed()
        text = sentence(withdrawal.done_line(self.language))
        self._tell(text, "withdrawn", warning=False)

    # --- the WebDAV password --------------------------------------------------------------------
    def _with_password(self, organisation: OrganisationProfile, then: Callable[[str | None], None]) -> None:
        """Go on with the keyring's password (None), or ask for it when none is kept there.

        A password typed here is kept in the keyring once the server took it; on a computer
        without a usable keyring it is used this once and not kept (the dialog says so).
        """
        from crisiskaart.summary.publish import PublishError, stored_password

        usable = True
        try:
            if stored_password(organisation) is not None:
                then(None)
                return
        except PublishError:
            usable = False
        dialog = QInputDialog(self.window)
        dialog.setObjectName("webdavPassword")
        dialog.setWindowTitle(self.tr("WebDAV password"))
        label = self.tr("Password for %1 at %2:").replace("%1", organisation.webdav_user) \
            .replace("%2", organisation.webdav_url)
        if not usable:
            label += "\n" + self.tr("This computer has no keyring: the password is used this once "
                                    "and not kept.")
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(self.tr("&Continue"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        self.password_dialog = dialog

        def answered(result: int) -> None:
            password = dialog.textValue()
            dialog.setTextValue("")
            self.password_dialog = None
            dialog.deleteLater()
            if result != QInputDialog.DialogCode.Accepted or not password or self._card_session() is None:
                self._end("cancelled")
                return
            self._typed = (organisation, password) if usable else None
            then(password)

        dialog.finished.connect(answered)
        dialog.open()

    def _keep_typed_password(self) -> None:
        from crisiskaart.summary.publish import PublishError, store_password

        typed, self._typed = self._typed, None
        if typed is not None:
            with contextlib.suppress(PublishError):  # kept next time, or asked again: nothing lost
                store_password(*typed)

    # --- running on a thread -----------------------------------------------------------------
    def _run(self, session: CardSession, label: str, work: Callable[[CardFile], object],
             on_result: Callable[[object], None]) -> None:
        if not session.flush():
            self._tell(sentence(session.last_error) if session.last_error else
                       self.tr("The card could not be saved, so nothing was sent."), "failed")
            return
        self._session, self._on_result = session, on_result
        card = session.card
        assert card is not None  # _card_session() never hands out the example, which has no file
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setObjectName("summaryProgress")
        progress.setWindowTitle(self.tr("Summary for emergency services"))
        progress.setCancelButton(None)  # an upload under way cannot be taken back halfway
        progress.setWindowModality(Qt.WindowModality.WindowModal)  # no typing while the card is busy
        progress.setMinimumDuration(0)
        progress.show()
        self.progress = progress

        def worker() -> None:
            try:
                result: object = work(card)
            except Exception as error:  # reported on the GUI thread, in words
                result = error
            self._done.emit(result)

        self._thread = threading.Thread(target=worker, name="crisiskaart-summary", daemon=True)
        self._thread.start()

    def _finished(self, result: object) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.result = result
        if isinstance(result, Exception):
            self._typed = None  # a password the server did not take is not kept
            self._tell(sentence(describe(result, self.language)), "failed")
            return
        self._keep_typed_password()
        self._on_result(result)

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the worker (tests, and closing the window)."""
        if self._thread is not None:
            self._thread.join(timeout)

    # --- endings -----------------------------------------------------------------------------
    def _tell(self, text: str, outcome: str, *, warning: bool = True, offer_settings: bool = False) -> None:
        if self.window.locked:  # the lock screen shows nothing of the card: only the status bar
            self.window.statusBar().showMessage(text, STATUS_SECONDS * 1000)
            self._end(outcome)
            return
        box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                          self.tr("Summary for emergency services"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("summaryMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        if offer_settings:
            settings = box.addButton(self.tr("&Organisation…"), QMessageBox.ButtonRole.ActionRole)
            settings.clicked.connect(self._open_settings)
        box.finished.connect(box.deleteLater)
        self.message_box = box
        box.open()
        self._end(outcome)

    def _open_settings(self) -> None:
        from crisiskaart.ui.summary.organisation_dialog import show_organisation

        show_organisation(self.window, self.window.settings, self.language)

    def _end(self, outcome: str) -> None:
        self.outcome = outcome
        self._session = None
        self.finished.emit(outcome)
