"""Starts the editor: the QApplication, translations, settings, the main window and its crash guard.

From the moment the window exists, an exception nobody catches saves the card and is told calmly in
a message, without a traceback (``ui/crash``, docs/editor.md "After a crash").
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from crisiskaart.resource_files import resource
from crisiskaart.ui.background import finish_background_work
from crisiskaart.ui.crash import install_crash_guard
from crisiskaart.ui.file_open_events import EditorApplication, open_files_from_the_system
from crisiskaart.ui.first_paint import after_first_paint
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.qt_names import make_qt_namespace
from crisiskaart.ui.settings import Settings
from crisiskaart.ui.style import apply_style
from crisiskaart.ui.translations import install_translators

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from crisiskaart.model import Language
    from crisiskaart.ui.crash.guard import CrashGuard


def create_main_window(
    language: Language, file: Path | None = None, demo: bool = False, settings: Settings | None = None
) -> MainWindow:
    window = MainWindow(settings or Settings(), language)
    if demo:
        window.open_example()
    elif file is not None:
        window.open_path(Path(file))
    return window


CRASH_PARTS_AFTER_MS = 1500


@dataclass
class StartedEditor:
    """A shown editor window and what must stay alive while it runs."""

    app: QApplication
    window: MainWindow
    guard: CrashGuard
    translators: list[QTranslator]


def start_editor(file: Path | None = None, demo: bool = False, language: Language | None = None
                 ) -> StartedEditor:
    """Everything up to the shown window; the event loop is the caller's (``run_editor``).

    The window is painted before a card is opened: it needs only Qt and the welcome page, while
    the card needs the model, the store and the editor (docs/editor.md, "Starting").
    """
    app = QApplication.instance() or EditorApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("crisiskaart")
    app.setOrganizationName("crisiskaart")
    settings = Settings()
    chosen = language or settings.language
    translators = install_translators(app, chosen)
    window = MainWindow(settings, chosen, welcome_first=not demo)
    guard = install_crash_guard(window, chosen)
    # What telling a crash needs, loaded once the start is over and nobody waits for it (a crash
    # before then loads it on the spot); not in the turn after the first paint, which the person
    # waits for while the card opens.
    QTimer.singleShot(CRASH_PARTS_AFTER_MS, guard.load_parts)
    if isinstance(app, EditorApplication) or sys.platform == "darwin":  # macOS: a card from the Finder
        open_files_from_the_system(window)  # free with our own application; a filter with another
    # Paint first: the card and its editor load once the window is seen, and the example beside the
    # event loop, so the window answers meanwhile (ui/opening.py).
    if demo:
        opening = window.open_example_beside()
        after_first_paint(opening.page, opening.start)
    elif file is not None:
        after_first_paint(window.welcome, lambda: window.open_path(Path(file)))  # the unlock dialog
    # The style sheet (the focus ring on every screen) once the window is on screen: under Qt's
    # style-sheet style every widget takes about twice as long to make, and the first page is
    # made before the first paint. Two turns after it, so the event loop's first answer after
    # the paint does not wait for it either; until then only the focused widget's ring is thin.
    # Then, in a turn of its own, Qt's namespace (ui/qt_names.py), before anything needs it.
    after_first_paint(window, lambda: QTimer.singleShot(0, app, lambda: _settle(app)))
    window.show()
    return StartedEditor(app, window, guard, translators)


def _settle(app: QApplication) -> None:
    """What the window did without until its first paint: the style sheet and the icon in this
    turn of the event loop, Qt's namespace in the next.

    Qt sizes a widget for the style sheet once, in the state the widget is in when its layout
    next asks; so the widget with the focus lets go of it until the layouts have done so, or it
    would keep the room of its focus ring when the focus moves on (and the card's first page
    would not match the editor that takes its place).
    """
    from PySide6.QtGui import QIcon  # its type, made on first use, is not needed for the first paint

    focused = app.focusWidget()
    if focused is not None:
        focused.clearFocus()
    apply_style(app)
    if focused is not None:  # after the layouts' requests that the new sheet posted
        QTimer.singleShot(0, focused, lambda: _give_back_focus(app, focused))
    app.setWindowIcon(QIcon(str(resource("icons", "crisiskaart.png"))))
    QTimer.singleShot(1, app, make_qt_namespace)


def _give_back_focus(app: QApplication, widget: QWidget) -> None:
    if app.focusWidget() is None and widget.isVisible():  # unless the person chose another meanwhile
        widget.setFocus()


def run_editor(file: Path | None = None, demo: bool = False, language: Language | None = None,
               smoke_test: Path | None = None) -> int:
    started = start_editor(file, demo, language)
    app, window = started.app, started.window
    if smoke_test is not None:  # a packager's check that a build shows its window, then quits
        _grab_when_drawn(app, window, smoke_test)
    try:
        return app.exec()
    finally:
        finish_background_work(app)  # a card still being made or opened is closed properly
        started.guard.uninstall()


def _grab_when_drawn(app: QApplication, window: MainWindow, picture: Path, waited_ms: int = 0) -> None:
    """Save a picture of the window once the card and its preview are drawn (at most 60 s)."""
    editor = window.editor
    if (editor is None or not editor.preview.drawn()) and waited_ms < 60_000:
        QTimer.singleShot(100, lambda: _grab_when_drawn(app, window, picture, waited_ms + 100))
        return
    app.exit(0 if window.grab().save(str(picture)) else 1)
