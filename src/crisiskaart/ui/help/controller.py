"""The Help menu and F1: the guide at the page that fits the screen, and About.

F1 works in every window of the program, also in a dialog that blocks the main window (the
passphrase dialog), because the person is most likely to need help just there: while such a window
has the focus, the application-wide filter (ui/app_events.py) catches the key where the main
window's shortcut cannot. The guide and About are made on first use; this module loads nothing but Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore  # its Qt namespace only after the first paint (ui/qt_names.py)
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import QMainWindow, QWidget

from crisiskaart.ui.app_events import application_events
from crisiskaart.ui.help.context import Topic, topic_for
from crisiskaart.ui.help.pages import DEFAULT_PAGE

if TYPE_CHECKING:
    from crisiskaart.ui.help.about import AboutDialog
    from crisiskaart.ui.help.window import HelpWindow
    from crisiskaart.ui.settings import Settings


class HelpController(QObject):
    """Owns the guide's window and the About dialog of one main window."""

    def __init__(self, window: QMainWindow, settings: Settings, language: str) -> None:
        super().__init__(window)
        self.window, self.settings, self.language = window, settings, language
        self.help_window: HelpWindow | None = None
        self.about_dialog: AboutDialog | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._focus_moved)

    def build_menu(self) -> None:
        menu = self.window.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&Guide"), self.window)
        # The platform's help key (Cmd+? on macOS) and F1 everywhere: F1 is what the guide and the
        # other windows promise, and in the main window only this shortcut answers it.
        keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents), QKeySequence("F1")]
        self.guide_action.setShortcuts(list({key.toString(): key for key in keys}.values()))
        self.guide_action.setStatusTip(self.tr("How the program works, in plain words"))
        self.guide_action.triggered.connect(lambda: self.show_context_help())
        self.about_action = QAction(self.tr("&About crisiskaart"), self.window)
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.guide_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    # --- the guide -----------------------------------------------------------------------------
    def show_guide(self, topic: Topic | None = None) -> HelpWindow:
        """Open (or bring forward) the guide at ``topic``, by default its first page."""
        from crisiskaart.ui.help.window import HelpWindow

        topic = topic or Topic(DEFAULT_PAGE)
        if self.help_window is None:
            self.help_window = HelpWindow(self.language)
            self.help_window.show_page(topic.page, topic.anchor)
            self.help_window.browser.clearHistory()  # "Back" means back within this reading
        self.help_window.show_page(topic.page, topic.anchor)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        self.help_window.browser.setFocus()  # arrows and Page Down read on at once
        return self.help_window

    def show_context_help(self, start: QWidget | None = None) -> HelpWindow:
        """F1: the page for ``start`` (the widget that got the key), else for the widget with the
        focus in the main window (the menu item and its shortcut act there)."""
        start = start or self.window.focusWidget() or self.window
        guide = self.help_window
        if guide is not None and (start is guide or guide.isAncestorOf(start)):
            return self.show_guide(Topic(guide.current_page, guide.current_anchor))  # F1 in the guide
        return self.show_guide(topic_for(start))

    def close_windows(self) -> None:
        """The guide and About go when the editor's window closes (they have no parent to follow)."""
        for window in (self.help_window, self.about_dialog):
            if window is not None:
                window.close()
                window.deleteLater()
        self.help_window = self.about_dialog = None

    def _focus_moved(self, focused: QWindow | None) -> None:
        """F1 is caught application-wide only while another window than this one has the focus (a
        dialog, the guide): in the main window the menu's shortcut answers it, and an
        application-wide filter costs every event a call into Python (ui/app_events.py)."""
        events = application_events()
        if events is None or focused is None:  # no window of the program has the focus: keep as is
            return
        if focused is self.window.windowHandle():
            events.unwatch(self._key_pressed)
        else:
            events.watch((QEvent.Type.KeyPress,), self._key_pressed, self)

    def _key_pressed(self, watched: QObject, event: QEvent) -> bool:
        if (isinstance(event, QKeyEvent) and isinstance(watched, QWidget)
                and event.key() == QtCore.Qt.Key.Key_F1
                and event.modifiers() == QtCore.Qt.KeyboardModifier.NoModifier):
            self.show_context_help(watched)  # a window where the menu's shortcut does not reach
            return True
        return False

    # --- about ---------------------------------------------------------------------------------
    def show_about(self) -> AboutDialog:
        from crisiskaart.ui.help.about import AboutDialog

        if self.about_dialog is not None:
            self.about_dialog.close()
            self.about_dialog.deleteLater()
        locked = bool(getattr(self.window, "locked", False))  # a folder name can name the person
        self.about_dialog = AboutDialog(self.settings, self.window, show_last_folder=not locked)
        self.about_dialog.show()
        self.about_dialog.raise_()
        return self.about_dialog


def install_help(window: QMainWindow, settings: Settings, language: str) -> HelpController:
    """Add the Help menu (Handleiding F1, Over crisiskaart) to ``window``; call it last, so Help is
    the last menu as people expect."""
    controller = HelpController(window, settings, language)
    controller.build_menu()
    return controller
