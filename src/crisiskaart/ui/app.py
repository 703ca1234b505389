"""Starts the editor: the QApplication, translations and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from crisiskaart.model import Language, example_plan
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.translations import install_translators


def create_main_window(language: Language, file: Path | None = None, demo: bool = False) -> MainWindow:
    window = MainWindow(language)
    if demo:
        window.show_plan(example_plan(), example=True)
    elif file is not None:
        window.open_file(str(file))
    return window


def run_editor(file: Path | None = None, demo: bool = False, language: Language = "nl") -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("crisiskaart")
    app.setOrganizationName("crisiskaart")
    translators = install_translators(app, language)  # noqa: F841 - keep alive while running
    window = create_main_window(language, file, demo)
    window.show()
    return app.exec()
