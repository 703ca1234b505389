"""The linked summary in the editor: Kaart › Samenvatting voor hulpdiensten (Publiceren, Intrekken…)
and Ondersteuner › Organisatie… (the profile with the viewer and WebDAV address).

Light on purpose, like the access menus: the main window builds its menus before a card is loaded,
so the dialogs, the store and the network code load when the person first uses them. A card opened
with the example's public summary key gets a key of its own here, said in the notice bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls

if TYPE_CHECKING:
    from crisiskaart.ui.main_window import MainWindow
    from crisiskaart.ui.summary.publishing import SummaryTask


@dataclass
class SummaryMenu:
    """The menu's actions; ``update`` enables Publish and Withdraw while a real card is open."""

    publish: QAction
    withdraw: QAction
    organisation: QAction

    def update(self, card_open: bool) -> None:
        self.publish.setEnabled(card_open)
        self.withdraw.setEnabled(card_open)


def install_summary_menus(window: MainWindow, card_menu: QMenu, ondersteuner_menu: QMenu) -> SummaryMenu:
    menu = card_menu.addMenu(translate("SummaryMenu", "&Summary for emergency services"))
    menu.setObjectName("summaryMenu")
    publish = QAction(translate("SummaryMenu", "&Publish on the website"), window)
    publish.setObjectName("publishSummaryAction")
    publish.setStatusTip(translate("SummaryMenu", "Put the summary behind the card's QR code on your "
                                                  "organisation's website now"))
    publish.triggered.connect(lambda: start_summary_task(window).publish())
    withdraw = QAction(translate("SummaryMenu", "&Withdraw…"), window)
    withdraw.setObjectName("withdrawSummaryAction")
    withdraw.setStatusTip(translate("SummaryMenu", "The QR code on printed cards then shows only WITHDRAWN"))
    withdraw.triggered.connect(lambda: start_summary_task(window).withdraw())
    menu.addAction(publish)
    menu.addAction(withdraw)
    organisation = QAction(translate("SummaryMenu", "&Organisation…"), window)
    organisation.setObjectName("organisationAction")
    organisation.setStatusTip(translate("SummaryMenu", "Your organisation's name, viewer and WebDAV address"))
    organisation.triggered.connect(lambda: _show_organisation(window))
    ondersteuner_menu.addAction(organisation)
    return SummaryMenu(publish, withdraw, organisation)


def start_summary_task(window: MainWindow) -> SummaryTask:
    """A new publication or withdrawal (the previous one is let go); tests read its outcome."""
    from crisiskaart.ui.summary.publishing import SummaryTask

    previous = current_summary_task(window)
    if previous is not None:
        previous.setObjectName("")
        previous.deleteLater()
    return SummaryTask(window)


def current_summary_task(window: MainWindow) -> SummaryTask | None:
    from crisiskaart.ui.summary.publishing import SummaryTask

    return window.findChild(SummaryTask, "summaryTask")


def _show_organisation(window: MainWindow) -> None:
    from crisiskaart.ui.summary.organisation_dialog import show_organisation

    if not window.locked:
        window.organisation_dialog = show_organisation(window, window.settings, window.language)


def replace_example_key(window: MainWindow) -> bool:
    """A card that still has the example's public summary key gets its own, saved and said once."""
    session = window.session
    if session is None or session.is_example:
        return False
    from crisiskaart.app.errors import sentence  # the store: not needed for the example card
    from crisiskaart.app.summary_keys import without_example_key
    from crisiskaart.ui.notice_bar import BarMessage

    own = without_example_key(session.document.plan)
    if own.change is None:
        return False
    session.document.plan.responder_link = own.plan.responder_link
    session.document.changed.emit()  # saved by the autosave, like an edit (but not undoable)
    window.notice_bar.add(BarMessage(sentence(own.notice(window.language)), key="example_key"))
    return True
