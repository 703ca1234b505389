"""Starts the editor: the QApplication, translations, settings, the main window and its crash guard.

From the moment the window exists, an exception nobody catches saves the card and is told calmly in
a message, without a traceback (``ui/crash``, docs/editor.md "After a crash").
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from crisiskaart.resource_files import resource
from crisiskaart.ui.crash import install_crash_guard
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.settings import Settings
from crisiskaart.ui.style import apply_style
from crisiskaart.ui.translations import install_translators

if TYPE_CHECKING:
    from crisiskaart.model import Language


def create_main_window(
    language: Language, file: Path | None = None, demo: bool = False, settings: Settings | None = None
) -> MainWindow:
    window = MainWindow(settings or Settings(), language)
    if demo:
        window.open_example()
    elif file is not None:
        window.open_path(Path(file))
    return window


def run_editor(file: Path | None = None, demo: bool = False, language: Language | None = None,
               smoke_test: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("crisiskaart")
    app.setOrganizationName("crisiskaart")
    apply_style(app)  # the focus ring on every screen
    app.setWindowIcon(QIcon(str(resource("icons", "crisiskaart.png"))))
    settings = Settings()
    chosen: Language = language or settings.language  # type: ignore[assignment]
    translators = install_translators(app, chosen)  # noqa: F841 - keep alive while running
    window = create_main_window(chosen, file, demo, settings)
    guard = install_crash_guard(window, chosen)
    window.show()
    if smoke_test is not None:  # a packager's check that a build shows its window, then quits
        QTimer.singleShot(300, lambda: app.exit(0 if window.grab().save(str(smoke_test)) else 1))
    try:
        return app.exec()
    finally:
        guard.uninstall()
