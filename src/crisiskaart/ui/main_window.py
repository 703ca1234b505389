"""The main window: welcome screen, the editor of one card, and the lock screen in one place.

Closing and locking save first (autosave runs a few seconds after typing stops anyway); closing
only asks when something could not be saved — the example card is never saved, so it asks there.
What opening a card brings to light (another copy of it beside it, a cut-off save) is said in a
message bar above the editor, with the next step as a button: merging a sync conflict copy, or
opening the newer copy.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore  # its Qt namespace only after the first paint (ui/qt_names.py)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.ui.access.menu import install_access_menus
from crisiskaart.ui.app_events import application_events
from crisiskaart.ui.exporting import start_export  # light: the dialogs load when used
from crisiskaart.ui.help import install_help
from crisiskaart.ui.notice_bar import BarMessage, NoticeBar
from crisiskaart.ui.places import Place, Places, open_file
from crisiskaart.ui.printing import start_printing  # light: the dialogs load on Ctrl+P
from crisiskaart.ui.qt_names import set_by_name, show_as_plain_text
from crisiskaart.ui.settings import Settings
from crisiskaart.ui.summary import install_summary_menus, replace_example_key

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from crisiskaart.app.cards import UnlockedCard
    from crisiskaart.model import CrisisPlan
    from crisiskaart.store import CardFile, Credential, KdfParams, OndersteunerProfile
    from crisiskaart.ui.background import BackgroundCall
    from crisiskaart.ui.card_versions import CardVersionsDialog
    from crisiskaart.ui.editor.editor_page import EditorPage
    from crisiskaart.ui.lock_page import LockPage
    from crisiskaart.ui.merge_conflicts import MergeConflictsDialog
    from crisiskaart.ui.merge_flow import CopyMerge
    from crisiskaart.ui.opening import ExampleOpening
    from crisiskaart.ui.passphrase import NewCardDialog, UnlockDialog
    from crisiskaart.ui.session import CardSession
    from crisiskaart.ui.welcome import WelcomePage
    from crisiskaart.ui.workspace import CaseloadWindow
    from crisiskaart.workspace.fork import ForkMerge

# The welcome screen needs none of the model, the store (cryptography) or the editor: those load
# when a card is opened, so the window is there quickly (benchmarks/bench_startup.py).

NEW_CARD_KDF: KdfParams | None = None  # None: the calibrated default; tests lower it
NOT_IN_FORCE = "not_in_force"  # the notice that the card on screen was withdrawn or replaced
# input that counts as activity: it keeps an open card from locking itself
_ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, language: str = "nl", welcome_first: bool = True) -> None:
        """``welcome_first``: show the welcome page now; without it, the page is made when first
        asked for (``gui --demo`` starts on the card, and the welcome page is not drawn for it)."""
        super().__init__()
        self.settings, self.language = settings, language
        self.places = Places(settings)  # where its file dialogs start (ui/places.py)
        self.setObjectName("mainWindow")
        self.session: CardSession | None = None
        self.editor: EditorPage | None = None
        self.locked = False
        self.unlock_dialog: UnlockDialog | None = None
        self.new_card_dialog: NewCardDialog | None = None
        self.caseload: CaseloadWindow | None = None
        self.merge_flow: CopyMerge | None = None
        self.conflicts_dialog: MergeConflictsDialog | None = None
        self.organisation_dialog: QDialog | None = None
        self.opening: ExampleOpening | None = None  # the example loading beside the event loop
        # Cards being opened on a worker, by path: a new attempt on the same card waits for the
        # earlier one (cancelled, say) to let go of its edit lock instead of meeting it.
        self._unlocking: dict[Path, BackgroundCall] = {}
        self._closing = False
        self._last_merge: ForkMerge | None = None
        self._watching = False
        self._caseload_was_open = False
        self.stack = QStackedWidget()
        self._welcome: WelcomePage | None = None
        self._lock_page: LockPage | None = None  # made on first lock: not needed to start
        self.notice_bar = NoticeBar()  # above the editor, only while a card is open and unlocked
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.notice_bar)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        if welcome_first:
            self.stack.setCurrentWidget(self.welcome)
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        show_as_plain_text(self.save_state)
        self.statusBar().addPermanentWidget(self.save_state)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self._build_menus()
        self._update_title()
        geometry = settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)

    @property
    def welcome(self) -> WelcomePage:
        """The welcome page: new card, open a card, the example, the recent cards."""
        if self._welcome is None:
            from crisiskaart.ui.welcome import WelcomePage

            page = self._welcome = WelcomePage(self.settings.recent_files)
            self.stack.insertWidget(0, page)
            page.new_requested.connect(self.new_card)
            page.open_requested.connect(self.choose_card)
            page.example_requested.connect(self.open_example)
            page.recent_requested.connect(self.open_path)
        return self._welcome

    def _show_recent(self) -> None:
        """The welcome page's list of recent cards, once it exists (it reads them when made)."""
        if self._welcome is not None:
            self._welcome.set_recent(self.settings.recent_files)

    @property
    def lock_page(self) -> LockPage:
        if self._lock_page is None:
            from crisiskaart.ui.lock_page import LockPage

            self._lock_page = LockPage()
            self.stack.addWidget(self._lock_page)
            self._lock_page.unlock_requested.connect(self.unlock)
        return self._lock_page

    # --- menus ---------------------------------------------------------------------------------
    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # a list: the single-sequence setter would make the Qt namespace (ui/qt_names.py)
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New card…"), self.new_card, keys.New)
        self.open_action = self._action(self.tr("&Open card…"), self.choose_card, keys.Open)
        self.example_action = self._action(self.tr("Open the &example card"), self.open_example)
        self.save_action = self._action(self.tr("&Save now"), self.save_now, keys.Save)
        self.lock_action = self._action(self.tr("&Lock"), self.lock, "Ctrl+L")
        self.close_action = self._action(self.tr("&Close card"), self.close_card, "Ctrl+W")
        quit_action = self._action(self.tr("&Quit"), self.close, keys.Quit)
        for action in (self.new_action, self.open_action, self.example_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.save_action, self.lock_action, self.close_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.export_action = self._action(self.tr("E&xport…"),
                                          lambda: start_export(self, self.settings.organisation_file))
        self.export_action.setStatusTip(self.tr("Save the card, the plan, the QR code or the summary as "
                                                "a file"))
        file_menu.addAction(self.export_action)
        self.print_action = self._action(self.tr("&Print…"), lambda: start_printing(self), keys.Print)
        self.print_action.setStatusTip(self.tr("Print the card, the whole plan or the plan van aanpak"))
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), self.undo, keys.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.redo, keys.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.guided_action = self._action(self.tr("&Step by step"), lambda: self._set_mode("guided"),
                                          "Ctrl+1")
        self.overview_action = self._action(self.tr("&Overview"), lambda: self._set_mode("overview"),
                                            "Ctrl+2")
        view_menu.addAction(self.guided_action)
        view_menu.addAction(self.overview_action)
        card_menu = self.menuBar().addMenu(self.tr("&Card"))
        self.versions_action = self._action(self.tr("&Versions…"), self.show_versions)
        self.versions_action.setObjectName("versionsAction")
        self.versions_action.setStatusTip(self.tr("Every saved version of this card, which one is active, "
                                                  "and what changed"))
        card_menu.addAction(self.versions_action)
        self.merge_action = self._action(self.tr("&Merge…"), lambda: self.merge_copy())
        self.merge_action.setStatusTip(self.tr("Merge another copy of this card, with changes of its own, "
                                               "into this card"))
        card_menu.addAction(self.merge_action)
        ondersteuner_menu = self.menuBar().addMenu(self.tr("On&dersteuner"))
        self.caseload_action = self._action(self.tr("&Caseload…"), self.show_caseload, "Ctrl+Shift+O")
        ondersteuner_menu.addAction(self.caseload_action)
        # Kaart › Toegang and Ondersteuner › Profiel (ui/access/); the keeper holds the unlocked profile
        self.access_action, self.profile_keeper = install_access_menus(self, card_menu, ondersteuner_menu)
        # Kaart › Samenvatting voor hulpdiensten and Ondersteuner › Organisatie (ui/summary/)
        self.summary_menu = install_summary_menus(self, card_menu, ondersteuner_menu)
        settings_menu = self.menuBar().addMenu(self.tr("Se&ttings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.settings.language)
            action.triggered.connect(lambda _=False, code=code: self._choose_language(code))
            group.addAction(action)
            language_menu.addAction(action)
        settings_menu.addAction(self._action(self.tr("Lock &after…"), self._choose_lock_time))
        self.help = install_help(self, self.settings, self.language)  # Help stays the last menu; F1
        self._update_actions()

    def _update_actions(self) -> None:
        editing = self.session is not None and not self.locked
        for action in (self.save_action, self.close_action, self.undo_action, self.redo_action,
                       self.guided_action, self.overview_action, self.export_action, self.print_action):
            action.setEnabled(editing)
        for action in (self.new_action, self.open_action, self.example_action, self.caseload_action):
            action.setEnabled(not self.locked)  # nothing opens past the lock screen
        self.lock_action.setEnabled(editing and self.session is not None and not self.session.is_example)
        self.merge_action.setEnabled(editing and self.session is not None and bool(self._forks()))
        self.versions_action.setEnabled(editing and self.session is not None and not self.session.is_example)
        self.access_action.setEnabled(editing and self.session is not None and not self.session.is_example)
        self.summary_menu.update(editing and self.session is not None and not self.session.is_example)
        self.notice_bar.setVisible(editing and bool(self.notice_bar.rows))  # the lock hides file names

    def _choose_language(self, code: str) -> None:
        self.settings.language = code
        self.settings.sync()
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used the next time you start the program."))

    def _choose_lock_time(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self, self.tr("Lock after"),
            self.tr("Lock the card after this many minutes without typing (0 = never):"),
            self.settings.auto_lock_minutes, 0, 240)
        if ok:
            self.settings.auto_lock_minutes = minutes
            self._restart_idle_timer()

    # --- starting a card -----------------------------------------------------------------------
    def new_card(self) -> None:
        if self.locked:
            return
        if not self.close_card():
            return
        from crisiskaart.store import default_file_name
        from crisiskaart.ui.passphrase import NewCardDialog

        folder = self.places.folder(Place.CARDS) or self.settings.card_folder
        if self.new_card_dialog is not None:  # one new card at a time: an earlier dialog gives way
            self.new_card_dialog.reject()
        dialog = NewCardDialog(folder / default_file_name(), self)
        self.new_card_dialog = dialog
        dialog.submitted.connect(lambda: self._create_card(dialog))
        dialog.rejected.connect(lambda: self._new_card_dialog_closed(dialog))
        dialog.open()
        from crisiskaart.ui.preload import preload

        preload()  # the model and the store load while the passphrase is typed

    def _create_card(self, dialog: NewCardDialog) -> None:
        """Make the card beside the event loop: Argon2id of the new passphrase takes a second on
        purpose, and the window keeps painting and answering meanwhile (``ui/background.py``)."""
        from crisiskaart.ui.background import BackgroundCall

        if dialog.busy or self._closing:
            return
        path, passphrase, kdf = dialog.card_path(), dialog.passphrase.text(), NEW_CARD_KDF

        def make() -> tuple[CrisisPlan, CardFile]:  # on the worker: no Qt objects
            from crisiskaart.app.summary_keys import for_new_card
            from crisiskaart.cards import encode_plan, plan_summary
            from crisiskaart.model import CrisisPlan
            from crisiskaart.store import DEFAULT_KDF, create_card

            plan = for_new_card(CrisisPlan()).plan  # its own key for the linked summary, from the start
            path.parent.mkdir(parents=True, exist_ok=True)
            # create_card writes the whole file in one atomic step: never a half-made card
            return plan, create_card(path, passphrase, encode_plan(plan), summary=plan_summary(plan),
                                     kdf=kdf or DEFAULT_KDF)

        dialog.set_busy(True)
        call = BackgroundCall(make, self, name="crisiskaart-new-card")
        call.finished.connect(lambda made: self._card_created(dialog, *made))
        call.failed.connect(lambda error: self._create_failed(dialog, error))

    def _new_card_dialog_closed(self, dialog: NewCardDialog) -> None:
        if self.new_card_dialog is dialog:
            self.new_card_dialog = None

    def _create_failed(self, dialog: NewCardDialog, error: BaseException) -> None:
        from crisiskaart.app.errors import describe, sentence
        from crisiskaart.ui.background import raise_if_fault

        dialog.set_busy(False)
        raise_if_fault(error)
        if dialog.isVisible() and not self._closing:  # else she cancelled meanwhile
            dialog.show_error(sentence(describe(error, self.language)))

    def _card_created(self, dialog: NewCardDialog, plan: CrisisPlan, card: CardFile) -> None:
        from crisiskaart.ui.session import CardSession

        dialog.set_busy(False)
        # From here the card exists: a complete, valid empty card under the passphrase she chose.
        # It stays, also when she cancelled or the window closed while it was being made (nothing
        # is deleted behind her back), and it is listed with the recent cards: its suggested name
        # is random, and this way she finds it again, to open it or to throw it away herself.
        self.settings.add_recent_file(card.path)
        self._show_recent()
        if (self._closing or not dialog.isVisible() or self.new_card_dialog is not dialog
                or self.session is not None):
            card.close()  # not opened: its edit lock goes with it
            if self._closing:
                self.settings.sync()  # the window already wrote its settings
            elif dialog.isVisible():
                dialog.reject()  # another card was opened meanwhile
            return
        dialog.done(QDialog.DialogCode.Accepted)
        self.new_card_dialog = None
        self._start(CardSession(plan, card, self.language, parent=self))
        if self.editor is not None:
            self.editor.set_mode("guided")  # a new card starts with the first question

    def choose_card(self) -> None:
        path = open_file(self, self.tr("Open card"), Place.CARDS,
                         self.tr("Crisis card (*.crisiskaart);;All files (*)"), self.settings.card_folder)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path, profile: Path | None = None) -> UnlockDialog | None:
        if self.locked:
            return None
        if not self.close_card():
            return None
        if not Path(path).exists():
            QMessageBox.warning(self, self.tr("Card not found"),
                                self.tr("There is no card at %1 any more.").replace("%1", str(path)))
            self.settings.remove_recent_file(path)
            self._show_recent()
            return None
        from crisiskaart.ui.passphrase import UnlockDialog

        if self.unlock_dialog is not None:  # one card at a time: an earlier dialog gives way
            self.unlock_dialog.reject()
        dialog = UnlockDialog(Path(path), profile, self, recovery=True)
        self.unlock_dialog = dialog
        dialog.submitted.connect(lambda: self._unlock_card(dialog))
        dialog.rejected.connect(lambda: self._unlock_dialog_closed(dialog))
        dialog.open()
        from crisiskaart.ui.preload import preload

        preload()  # the model and the store load while the passphrase is typed
        return dialog

    def _unlock_card(self, dialog: UnlockDialog) -> None:
        """Open the card beside the event loop: Argon2id takes a second on purpose, and the window
        keeps painting and answering meanwhile (``ui/background.py``). One attempt at a time."""
        from crisiskaart.app.cards import unlock_for_editing
        from crisiskaart.ui.background import BackgroundCall

        if dialog.busy or self._closing:
            return
        dialog.set_busy(True)
        path, passphrase = dialog.card_path, dialog.passphrase.text()
        earlier = self._unlocking.get(path)
        if earlier is not None:  # still letting go of the card: try once it has
            retry = partial(self._retry_unlock, dialog)
            earlier.finished.connect(retry)
            earlier.failed.connect(retry)
            return
        profile_path, code = dialog.profile_path(), dialog.recovery_code()
        call = BackgroundCall(
            lambda: unlock_for_editing(path, passphrase, profile_path=profile_path, recovery_code=code),
            self, name="crisiskaart-unlock")
        self._unlocking[path] = call
        call.finished.connect(lambda unlocked: self._card_unlocked(dialog, unlocked))
        call.failed.connect(lambda error: self._unlock_failed(dialog, error))

    def _retry_unlock(self, dialog: UnlockDialog, _outcome: object) -> None:
        dialog.set_busy(False)
        if dialog.isVisible():
            QTimer.singleShot(0, self, lambda: self._unlock_card(dialog))

    def _unlock_dialog_closed(self, dialog: UnlockDialog) -> None:
        if self.unlock_dialog is dialog:
            self.unlock_dialog = None

    def _unlock_failed(self, dialog: UnlockDialog, error: BaseException) -> None:
        from crisiskaart.app.errors import describe, sentence
        from crisiskaart.store import WrongPassphrase
        from crisiskaart.ui.background import raise_if_fault

        self._unlocking.pop(dialog.card_path, None)
        dialog.set_busy(False)
        raise_if_fault(error)
        if not dialog.isVisible():
            return  # she cancelled meanwhile
        if isinstance(error, WrongPassphrase):
            dialog.show_message(self.tr(
                "This passphrase is not right. Check whether Caps Lock is on, and try again."))
            return
        said = sentence(describe(error, self.language))
        from crisiskaart.app.backups import newest_backup
        from crisiskaart.store import CorruptFile

        backup = newest_backup(dialog.card_path) if isinstance(error, CorruptFile) else None
        if backup is not None:  # damaged, with a way back beside it
            made = dt.datetime.fromtimestamp(backup.stat().st_mtime)
            said += " " + self.tr("Beside it is a backup from %1. Open that one; the damaged file "
                                  "stays as it is.").replace("%1", f"{made:%d-%m-%Y %H:%M}")
            dialog.offer_backup(partial(self._open_backup, dialog, backup))
        dialog.show_message(said)

    def _open_backup(self, dialog: UnlockDialog, backup: Path) -> None:
        """The backup as a card of its own beside the damaged one, then opened as any card is."""
        from crisiskaart.app.backups import restore_backup
        from crisiskaart.app.errors import describe, sentence
        from crisiskaart.store import StoreError

        try:
            restored = restore_backup(dialog.card_path, backup, self.tr("backup"))
        except (StoreError, OSError) as error:
            dialog.show_message(sentence(describe(error, self.language)))
            return
        dialog.reject()
        self.open_path(restored)

    def _card_unlocked(self, dialog: UnlockDialog, unlocked: UnlockedCard) -> None:
        self._unlocking.pop(dialog.card_path, None)
        dialog.set_busy(False)
        if (self._closing or not dialog.isVisible() or self.unlock_dialog is not dialog
                or self.session is not None):
            unlocked.card.close()  # cancelled, or the window closed, while it was being opened
            return
        dialog.done(QDialog.DialogCode.Accepted)
        self.unlock_dialog = None
        self.settings.add_recent_file(dialog.card_path)
        self._show_recent()
        profile_path, credential = dialog.profile_path(), unlocked.credential
        if credential.profile is not None:
            self.profile_keeper.keep(profile_path, credential.profile)  # the caseload needs no second unlock
        self._start(self._session(unlocked.plan, unlocked.card, profile_path, credential))
        if credential.recovery_code is not None:
            from crisiskaart.ui.access.recovery_open import ask_new_passphrase

            ask_new_passphrase(self)  # she forgot her passphrase: a new one at once

    def show_versions(self) -> CardVersionsDialog | None:
        """Kaart › Versies: every version of the open card, read-only, and what changed between two."""
        from crisiskaart.ui.card_versions import show_versions

        return show_versions(self)

    def show_caseload(self) -> CaseloadWindow | None:
        """The ondersteuner's overview of all cards in a folder; opening a row opens it here."""
        from crisiskaart.ui.workspace import CaseloadWindow

        if self.locked:
            return None
        if self.caseload is None:
            self.caseload = CaseloadWindow(folder=self.places.folder(Place.CASELOAD), places=self.places,
                                           review_days=self.settings.review_due_days,
                                           language="en" if self.language == "en" else "nl")
            self.caseload.open_card_requested.connect(self.open_with_profile)
            self.profile_keeper.attach(self.caseload)  # a profile unlocked under Ondersteuner › Profiel
        self.caseload.show()
        self.caseload.raise_()
        return self.caseload

    def open_with_profile(self, path: Path, profile: OndersteunerProfile) -> bool:
        """Open a card from the caseload with the ondersteuner's already unlocked profile."""
        if self.locked:  # the lock screen first; the caseload is hidden while locked anyway
            return False
        from crisiskaart.app.errors import describe, sentence
        from crisiskaart.cards import read_plan
        from crisiskaart.store import Credential, StoreError, open_card

        if not self.close_card():
            return False
        try:
            card = open_card(Path(path), profile=profile, writable=True)
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Cannot open card"), sentence(describe(error, self.language)))
            return False
        try:
            plan = read_plan(card)
        except StoreError as error:
            card.close()
            QMessageBox.warning(self, self.tr("Cannot open card"), sentence(describe(error, self.language)))
            return False
        profile_path = getattr(self.caseload, "profile_path", None)
        self._start(self._session(plan, card, profile_path, Credential(profile=profile)))
        self.raise_()
        self.activateWindow()
        return True

    def _session(self, plan: CrisisPlan, card: CardFile, profile_path: Path | None,
                 credential: Credential | None) -> CardSession:
        from crisiskaart.ui.session import CardSession, keeps_credential

        session = CardSession(plan, card, self.language, profile_path, parent=self)
        if keeps_credential(card):  # a copy beside it opens with it: merging needs no second unlock
            session.credential = credential
        return session

    def open_example(self) -> None:
        from crisiskaart.ui.opening import make_example_plan
        from crisiskaart.ui.session import CardSession

        if not self.locked and self.close_card():
            self._start(CardSession(make_example_plan(), None, self.language, parent=self))

    def open_example_beside(self) -> ExampleOpening:
        """The example card, loaded while the window answers; ``start()`` it once the page is seen."""
        from crisiskaart.ui.opening import ExampleOpening

        self.opening = ExampleOpening(self)
        return self.opening

    def show_opening(self, data: Mapping[str, Any] | None = None) -> QWidget:
        """The page shown while a card and its editor load: the card's first page drawn from its
        JSON ``data`` (``editor/early_page.py``), or a line that says the card is being opened."""
        from crisiskaart.ui.editor.early_page import EarlyEditorPage, can_draw_early
        from crisiskaart.ui.editor.spec import SECTIONS

        page: QWidget
        if data is not None and can_draw_early(SECTIONS[0]):
            page = EarlyEditorPage(data, self.language)
        else:
            page = QLabel(self.tr("Opening the card…"))
            page.setObjectName("openingPage")
            set_by_name(page, "alignment", "AlignCenter")
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        return page

    def open_session(self, session: CardSession) -> None:
        """Show a session opened elsewhere (the ondersteuner's caseload, tests)."""
        if self.close_card():
            self._start(session)

    def _start(self, session: CardSession) -> None:
        import crisiskaart.ui.pva  # noqa: F401  registers the eigen plan van aanpak page
        from crisiskaart.ui.editor.editor_page import EditorPage

        self.session = session
        self.editor = EditorPage(session, self.language)
        self.editor.preview.use_organisation(self.settings.organisation_file)  # the card as printed
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        session.save_finished.connect(self._saved)
        session.dirty_changed.connect(lambda _dirty: self._show_save_state())
        session.document.refused_changed.connect(self._show_save_state)
        session.document.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        session.document.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.locked = False
        self._update_actions()
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self._show_save_state()
        self._update_title()
        self._restart_idle_timer()
        self._watch_input(not session.is_example)  # the example card never locks itself
        self._show_notices()
        if replace_example_key(self):  # a card made from the example by an earlier version
            self._update_actions()  # shows the notice bar with its message
        QTimer.singleShot(0, self._focus_editor)  # after a closing dialog gave the window back

    def card_status_changed(self) -> None:
        """A version with a new status was saved while the card is open (its summary withdrawn):
        the notices and the card's preview say what the card on screen is now."""
        self._show_notices()
        if self.editor is not None:
            self.editor.preview.request_drawing()

    def organisation_changed(self) -> None:
        """The organisation profile was saved (Ondersteuner › Organisatie…): the preview draws with it."""
        if self.editor is not None:
            self.editor.preview.use_organisation(self.settings.organisation_file)

    def _focus_editor(self) -> None:
        if self.editor is None or self.locked:
            return
        self.activateWindow()
        if self.editor.views.currentWidget() is self.editor.guided:
            self.editor.guided.focus_input()
        else:
            self.editor.navigation.setFocus()

    # --- other copies of the card (sync conflict copies) --------------------------------------
    def _forks(self) -> list[Path]:
        """Copies beside the open card with changes of their own: they should be merged into it."""
        if self.session is None or self.session.card is None:  # the example has none: no store needed
            return []
        from crisiskaart.store.copies import Relation

        return [other.path for other in self.session.copies(Relation.FORK)]

    def _show_notices(self) -> None:
        """The store's notices of the opened card, each with its next step as a button."""
        session = self.session
        self.notice_bar.clear()
        if session is None or session.card is None:
            self._update_actions()
            return
        from crisiskaart.app.errors import sentence
        from crisiskaart.store.copies import Relation

        copies = {other.path.name: other for other in session.card.other_copies}
        for notice in session.card.notices:
            other = copies.get(str(notice.params.get("other", "")))
            actions: tuple[tuple[str, Callable[[], object]], ...] = ()
            if other is not None and other.relation is Relation.FORK:
                actions = ((self.tr("Merge…"), partial(self.merge_copy, other.path)),)
            elif other is not None and other.relation is Relation.NEWER:
                actions = ((self.tr("Open the newer copy"), partial(self.open_newer_copy, other.path)),)
            self.notice_bar.add(BarMessage(
                sentence(notice.message(self.language)), actions,
                warning=notice.key != "other_copy", key=other.path.name if other is not None else notice.key))
        from crisiskaart.ui.not_in_force import refusal

        if refused := refusal(session, session.shown_version()[0], self.language):
            self.notice_bar.add(BarMessage(refused, key=NOT_IN_FORCE))  # withdrawn or replaced
        self._update_actions()

    def merge_copy(self, other: Path | None = None) -> CopyMerge | None:
        """Kaart › Samenvoegen: merge a conflict copy (the first one when none is named) into this card."""
        from crisiskaart.ui.merge_flow import CopyMerge

        session = self.session
        if self.locked or session is None or session.is_example or self.merge_flow is not None:
            return None
        forks = self._forks()
        other = Path(other) if other is not None else (forks[0] if forks else None)
        if other is None or not self._may_lose_refused(session, merging=True):  # the editor is rebuilt
            return None
        flow = CopyMerge(session, other, self.language, self)
        self.merge_flow = flow
        flow.ended.connect(lambda merged, message, changed: self._merge_ended(flow, merged, message, changed))
        flow.start()
        return flow

    def _merge_ended(self, flow: CopyMerge, merged: ForkMerge | None, message: str, changed: bool) -> None:
        from crisiskaart.workspace.fork import Outcome

        self.merge_flow = None
        flow.deleteLater()
        if changed and not self._reload_card():
            return
        if merged is not None and merged.outcome is Outcome.MERGED:
            self._show_merged(flow.other, merged)
        elif message:
            self.notice_bar.add(BarMessage(message))
        if self.caseload is not None and self.session is not None and self.session.path is not None:
            self.caseload.refresh_card(self.session.path)  # the copy's row is gone, the card changed
        self._update_actions()

    def _show_merged(self, other: Path, merged: ForkMerge) -> None:
        assert merged.version is not None and merged.result is not None
        self._last_merge = merged
        self.notice_bar.remove(other.name)
        text = self.tr("Merged with “%1” into version %2 (draft). The other copy is kept as “%3”.")
        text = text.replace("%1", other.name).replace("%2", str(merged.version.number))
        text = text.replace("%3", merged.kept_as.name if merged.kept_as else "")
        conflicts = merged.result.conflicts
        actions: tuple[tuple[str, Callable[[], object]], ...] = ()
        if conflicts:
            text += " " + self.tr("In %n part(s) both copies were changed differently.", "", len(conflicts))
            actions = ((self.tr("Show what was not taken over…"), self.show_conflicts),)
        self.notice_bar.add(BarMessage(text, actions, warning=bool(conflicts), key="merged"))
        if conflicts:
            self.show_conflicts()

    def show_conflicts(self) -> MergeConflictsDialog | None:
        """The fields both copies changed: the value now on the card and the one not taken over."""
        from crisiskaart.ui.merge_conflicts import MergeConflictsDialog

        merged = self._last_merge
        if self.locked or merged is None or merged.result is None or not merged.result.conflicts:
            return None
        self._close_conflicts()
        self.conflicts_dialog = MergeConflictsDialog(merged, self.language, self)
        self.conflicts_dialog.show()
        return self.conflicts_dialog

    def _close_conflicts(self) -> None:
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.close()
            self.conflicts_dialog.deleteLater()
            self.conflicts_dialog = None

    def _reload_card(self) -> bool:
        """Show the card's latest version (the merge) in a new session over the same open file."""
        from crisiskaart.app.errors import describe, sentence
        from crisiskaart.cards import read_plan
        from crisiskaart.store import StoreError

        session = self.session
        assert session is not None
        guided = self.editor is not None and self.editor.views.currentWidget() is self.editor.guided
        section = self.editor.current_section() if self.editor is not None else None
        credential, profile_path = session.credential, session.profile_path
        card = session.detach()
        assert card is not None
        self._drop_editor(session)
        try:
            plan = read_plan(card)
        except StoreError as error:
            card.close()
            self._after_close()
            QMessageBox.warning(self, self.tr("Cannot open card"), sentence(describe(error, self.language)))
            return False
        self._start(self._session(plan, card, profile_path, credential))  # keeps it while a copy waits
        assert self.editor is not None
        if section is not None:
            self.editor.show_section(section)  # where the person was writing
        if guided:
            self.editor.set_mode("guided")
        return True

    def open_newer_copy(self, path: Path) -> bool:
        """Close this card and open the newer copy beside it, with the same passphrase or profile."""
        from crisiskaart.app.errors import describe, sentence
        from crisiskaart.cards import read_plan
        from crisiskaart.store import NotARecipient, StoreError, WrongPassphrase, open_card

        session = self.session
        if self.locked or session is None:
            return False
        credential, profile_path = session.credential, session.profile_path
        if not self.close_card():
            return False
        if credential is None:
            return self.open_path(Path(path), profile_path) is not None
        card = None
        try:
            card = open_card(Path(path), passphrase=credential.passphrase, profile=credential.profile,
                             recovery_code=credential.recovery_code, writable=True)
            plan = read_plan(card)
        except (WrongPassphrase, NotARecipient):
            if card is not None:
                card.close()
            return self.open_path(Path(path), profile_path) is not None  # its own passphrase
        except StoreError as error:
            if card is not None:
                card.close()
            QMessageBox.warning(self, self.tr("Cannot open card"), sentence(describe(error, self.language)))
            return False
        self.settings.add_recent_file(Path(path))
        self._show_recent()
        self._start(self._session(plan, card, profile_path, credential))
        return True

    # --- saving --------------------------------------------------------------------------------
    def save_now(self) -> None:
        if self.session is not None:
            self.session.save()

    def _saved(self, ok: bool, message: str) -> None:
        if not ok:
            self.save_state.setText(self.tr("⚠ Not saved: %1. Your text is still here; "
                                            "the program tries again.").replace("%1", message))
            return
        self._show_save_state()

    def _show_save_state(self) -> None:
        session = self.session
        if session is not None and session.dirty and any(
                row.message.key == NOT_IN_FORCE for row in self.notice_bar.rows):
            self.notice_bar.remove(NOT_IN_FORCE)  # the changes are a new concept, which counts
            self._update_actions()
        if session is None:
            self.save_state.setText("")
        elif session.is_example:
            self.save_state.setText(self.tr("Example card: changes are not saved."))
        elif session.last_error:
            return
        elif refused := session.document.refused_fields():  # on screen, but the card cannot keep it
            self.save_state.setText(self.tr("⚠ Not everything is saved: look at %1.")
                                    .replace("%1", ", ".join(refused)))
        elif session.dirty:
            self.save_state.setText(self.tr("Saving soon…"))
        elif session.last_saved is not None:
            self.save_state.setText(self.tr("Saved at %1.").replace("%1", f"{session.last_saved:%H:%M}"))
        else:
            self.save_state.setText(self.tr("Saved."))

    def undo(self) -> None:
        if self.session is not None and not self.locked:
            self.session.document.undo_stack.undo()

    def redo(self) -> None:
        if self.session is not None and not self.locked:
            self.session.document.undo_stack.redo()

    def _set_mode(self, mode: str) -> None:
        if self.editor is not None and not self.locked:
            self.editor.set_mode(mode)

    def close_card(self) -> bool:
        """Save and close the open card; False when the person chose to keep it open."""
        session = self.session
        if session is None:  # the example's first page may be there, before its editor
            return self.opening is None or not self.opening.changed() or self._confirm_discard(
                self.tr("The example card is not saved. Close it and lose your changes?"))
        if session.is_example:
            if (session.dirty or session.document.refused_inputs()) and not self._confirm_discard(
                    self.tr("The example card is not saved. Close it and lose your changes?")):
                return False
        elif not self._may_lose_refused(session) or not self._saved_or_given_up(session):
            return False
        session.close()
        self._drop_editor(session)
        self._after_close()
        return True

    def _saved_or_given_up(self, session: CardSession) -> bool:
        """Everything saved, or the person chose to close although the last changes are not."""
        return session.flush() or self._confirm_discard(
            self.tr("Your changes could not be saved: %1\n\nClose anyway and lose them?")
            .replace("%1", session.last_error))

    def _may_lose_refused(self, session: CardSession, *, merging: bool = False) -> bool:
        """Text on screen that the card refused (too long, not a date) is lost on closing, and when
        a merge rebuilds the editor: ask."""
        refused = session.document.refused_inputs()
        if not refused:
            return True
        if merging:
            return self._confirm_discard(self.tr(
                "Some of what you typed is not in the card, because it cannot be stored like this:"
                "\n\n%1\n\nMerge anyway and lose it?").replace("%1", "\n".join(refused)),
                self.tr("&Merge anyway"))
        return self._confirm_discard(self.tr(
            "Some of what you typed is not in the card, because it cannot be stored like this:"
            "\n\n%1\n\nClose anyway and lose it?").replace("%1", "\n".join(refused)))

    def _after_close(self) -> None:
        self.locked = False
        self.idle_timer.stop()
        self._watch_input(False)
        self.stack.setCurrentWidget(self.welcome)
        self._show_save_state()
        self._update_actions()
        self._update_title()

    def _drop_editor(self, session: CardSession) -> None:
        session.deleteLater()  # the plan and its undo history leave memory with the window
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
        self.session, self.editor = None, None
        self.notice_bar.clear()
        self._close_conflicts()
        self._last_merge = None

    def _confirm_discard(self, question: str, go_on: str = "") -> bool:
        """Ask before what is on screen is lost; the buttons say what they do, in plain words
        ("Toch sluiten", "Terug naar mijn kaart"; not Qt's "Verwerpen"), and Enter or Esc goes back."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the card?"), question,
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("discardQuestion")
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Discard).setText(go_on or self.tr("Close &anyway"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("&Back to my card"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard

    # --- locking -------------------------------------------------------------------------------
    def _restart_idle_timer(self) -> None:
        minutes = self.settings.auto_lock_minutes
        if self.session is None or self.session.is_example or self.locked or minutes == 0:
            self.idle_timer.stop()
            return
        self.idle_timer.start(minutes * 60_000)

    def _watch_input(self, on: bool) -> None:
        """Input anywhere in the application counts as activity, but only while a card file is open."""
        events = application_events()
        if events is None or on == self._watching:
            return
        if on:
            events.watch(_ACTIVITY, self._active, self)
        else:
            events.unwatch(self._active)
        self._watching = on

    def _active(self, _watched: QObject, _event: QEvent) -> bool:
        if self.idle_timer.isActive():
            self.idle_timer.start()  # any input counts as activity
        return False

    def lock(self) -> None:
        """Hide the card until its passphrase (or the ondersteuner's) is entered again."""
        session = self.session
        if session is None or session.is_example or self.locked:
            return
        saved = session.flush()
        self.locked = True
        self.idle_timer.stop()
        if self.caseload is not None and self.caseload.isVisible():
            self._caseload_was_open = True  # client names and versions: hidden while locked
            self.caseload.hide()
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()
        self._close_conflicts()  # field names and values of the card
        self.statusBar().clearMessage()  # "Opgeslagen als …" names a file, "Weggehaald" an action
        self.stack.setCurrentWidget(self.lock_page)
        self.lock_page.prepare(session.opened_by_ondersteuner, session.profile_path, saved)
        self._update_actions()
        self._update_title()

    def unlock(self, passphrase: str) -> None:
        """Check the passphrase beside the event loop (Argon2id is slow on purpose), then show the
        card again; the window keeps painting meanwhile and nothing of the card is shown before."""
        from crisiskaart.store import open_profile
        from crisiskaart.ui.access.recovery_open import check_client
        from crisiskaart.ui.background import BackgroundCall

        session, page = self.session, self.lock_page
        if session is None or session.path is None or page.busy:
            return
        card_path = session.path
        profile_path: Path | None = None
        work: Callable[[], object]
        if session.opened_by_ondersteuner:
            profile_path = session.profile_path or Path(page.profile.text().strip())
            work = partial(open_profile, profile_path, passphrase)
        else:
            work = partial(check_client, card_path, passphrase)  # her passphrase, or the herstelcode
        page.set_busy(True)
        call = BackgroundCall(work, self, name="crisiskaart-unlock")
        call.finished.connect(lambda result: self._passphrase_checked(session, profile_path, result))
        call.failed.connect(lambda error: self._passphrase_refused(session, error))

    def _passphrase_refused(self, session: CardSession, error: BaseException) -> None:
        from crisiskaart.app.errors import describe, sentence
        from crisiskaart.store import NoAccess
        from crisiskaart.ui.background import raise_if_fault

        self.lock_page.set_busy(False)
        raise_if_fault(error)
        if self.session is not session or not self.locked:
            return
        if isinstance(error, NoAccess):
            self.lock_page.show_message(self.tr("This passphrase is not right. Try again."))
        else:
            self.lock_page.show_message(sentence(describe(error, self.language)))

    def _passphrase_checked(self, session: CardSession, profile_path: Path | None, profile: object) -> None:
        """The passphrase opened the card (or the profile): show the card again."""
        from crisiskaart.store import NotARecipient, OndersteunerProfile

        self.lock_page.set_busy(False)
        if self.session is not session or not self.locked:
            return  # the card was closed meanwhile
        if isinstance(profile, OndersteunerProfile):  # and it must be one of the card's ondersteuners
            assert session.card is not None
            if profile.public_key not in [r.public_key for r in session.card.ondersteuners()]:
                self._passphrase_refused(session, NotARecipient("profile has no slot in this card"))
                return
            session.profile_path = profile_path
        self.locked = False
        self.lock_page.passphrase.edit.clear()
        if self.editor is not None:
            self.stack.setCurrentWidget(self.editor)
        if self._caseload_was_open and self.caseload is not None:
            self.caseload.show()
        self._caseload_was_open = False
        self._update_actions()
        self._update_title()
        self._restart_idle_timer()
        self._focus_editor()
        if profile is True:  # the client's herstelcode, not her passphrase: a new one at once
            from crisiskaart.ui.access.recovery_open import ask_new_passphrase

            ask_new_passphrase(self)

    # --- window --------------------------------------------------------------------------------
    def _update_title(self) -> None:
        """The title never shows the person's name: it is visible in task bars and screen shares."""
        if self.session is None:
            self.setWindowTitle(self.tr("crisiskaart"))
        elif self.locked:
            self.setWindowTitle(self.tr("Locked — crisiskaart"))
        elif (path := self.session.path) is None:  # the example card: it has no file
            self.setWindowTitle(self.tr("Example card — crisiskaart"))
        else:
            self.setWindowTitle(f"{path.name} — crisiskaart")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_card():
            event.ignore()
            return
        self._closing = True  # a card still being opened is closed again as soon as it is open
        if self.unlock_dialog is not None:
            self.unlock_dialog.reject()
        if self.new_card_dialog is not None:  # a card still being made is closed once it is made
            self.new_card_dialog.reject()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        if self.caseload is not None:
            self.caseload.close()
        self.help.close_windows()  # the guide and About have no parent to follow
        self._watch_input(False)
        event.accept()
