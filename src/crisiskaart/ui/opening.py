"""Opening the example card beside the event loop, so the window answers while the card loads.

``gui --demo`` paints the window first, with the card's first page drawn from the example's JSON
(``editor/early_page.py``): its text is on screen, to read and to type in. The model (pydantic)
and the example's own summary key (cryptography) then load on a worker thread
(``ui/background.py``); the window keeps painting, its menus open and F1 answers. The editor is
made of widgets, so it is built on the GUI thread afterwards: its modules in one turn of the event
loop, its first page in the next; it then takes the first page's place, with what she typed there.

Whatever the person does meanwhile wins: when she opened another card, locked the program or went
back to the welcome screen before the example was ready, the example is simply not shown.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from crisiskaart.ui.background import BackgroundCall, raise_if_fault

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from crisiskaart.model import CrisisPlan
    from crisiskaart.ui.main_window import MainWindow


def make_example_plan() -> CrisisPlan:
    """The example card with a summary key of its own (the example's built-in one is public). Qt-free."""
    from crisiskaart.app.summary_keys import for_new_card
    from crisiskaart.model import example_plan

    return for_new_card(example_plan()).plan


class ExampleOpening:
    """One opening of the example card, from the opening page to the editor (or back to welcome)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        from crisiskaart.model.example import example_json

        try:
            first_page: dict | None = example_json()  # its first page is drawn from its JSON
        except (OSError, ValueError):  # a damaged installation: the model says so in words, later
            first_page = None
        self.page: QWidget = window.show_opening(first_page)
        self.call: BackgroundCall | None = None
        self.handing_over = False  # the editor is taking the first page's place, with what was typed

    def start(self) -> None:
        """Start loading; called once the opening page was painted, so the two do not compete."""
        if self.call is None:
            self.call = BackgroundCall(make_example_plan, self.window, name="crisiskaart-open-example")
            self.call.finished.connect(self._made)
            self.call.failed.connect(self._failed)

    def changed(self) -> bool:
        """Whether something was typed on the card's first page before the editor was there."""
        from crisiskaart.ui.editor.early_page import EarlyEditorPage

        return not self.handing_over and isinstance(self.page, EarlyEditorPage) and self.page.changed()

    def _still_wanted(self) -> bool:
        window = self.window
        return (window.stack.currentWidget() is self.page and window.session is None
                and not window.locked and window.unlock_dialog is None)

    def _made(self, plan: CrisisPlan) -> None:
        if not self._still_wanted():
            self._end()
            return
        # this turn: the editor's modules (the plan van aanpak registers its page on import)
        for module in ("crisiskaart.ui.editor.editor_page", "crisiskaart.ui.pva"):
            importlib.import_module(module)

        # The next turn: its first page. A timer of 1 ms, not 0: a zero timer runs before the
        # loop's other timers get their turn, and the two turns would be one long wait.
        QTimer.singleShot(1, self.window, lambda: self._show(plan))

    def _show(self, plan: CrisisPlan) -> None:
        if self._still_wanted():
            from crisiskaart.ui.editor.early_page import EarlyEditorPage
            from crisiskaart.ui.session import CardSession

            window = self.window
            focus = QApplication.focusWidget()
            self.handing_over = True  # nothing typed is lost here: no question on the way
            window.open_session(CardSession(plan, None, window.language, parent=window))
            if isinstance(self.page, EarlyEditorPage) and window.editor is not None:
                self.page.hand_over(window.editor, focus)  # what she typed meanwhile goes into the card
        self._end()

    def _failed(self, error: BaseException) -> None:
        from crisiskaart.app.errors import describe, sentence

        wanted = self._still_wanted()
        self._end()
        raise_if_fault(error)
        if wanted:
            QMessageBox.warning(self.window, QCoreApplication.translate("MainWindow", "Cannot open card"),
                                sentence(describe(error, self.window.language)))

    def _end(self) -> None:
        """The opening page goes; the welcome page shows when nothing took its place."""
        window = self.window
        if window.stack.currentWidget() is self.page:
            window.stack.setCurrentWidget(window.welcome)
        window.stack.removeWidget(self.page)
        self.page.deleteLater()
        if window.opening is self:
            window.opening = None
