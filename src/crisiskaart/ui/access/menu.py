"""Kaart › Toegang and Ondersteuner › Profiel in the main window's menus.

Light on purpose: the main window builds its menus before anything of a card is loaded, so the
pages themselves (and the store) load when the person first opens them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from crisiskaart.ui.access.profile_keeper import ProfileKeeper

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls

if TYPE_CHECKING:
    from crisiskaart.ui.main_window import MainWindow


def install_access_menus(window: MainWindow, card_menu: QMenu,
                         ondersteuner_menu: QMenu) -> tuple[QAction, ProfileKeeper]:
    """Add both menu items; returns the Toegang action (enabled while a real card is open) and the
    keeper of the ondersteuner's unlocked profile."""
    keeper = ProfileKeeper(window.places, window)
    access = QAction(translate("AccessMenu", "&Access…"), window)
    access.setObjectName("accessAction")
    access.setStatusTip(translate("AccessMenu", "Who can open this card, and giving or taking access"))
    access.triggered.connect(lambda: _show_access(window))
    card_menu.addAction(access)
    profile = QAction(translate("AccessMenu", "&Profile…"), window)
    profile.setObjectName("profileAction")
    profile.setStatusTip(translate("AccessMenu", "Make or unlock your ondersteuner profile, and save your "
                                                 "public key"))
    profile.triggered.connect(lambda: _show_profile(window, keeper))
    existing = ondersteuner_menu.actions()
    if existing:
        ondersteuner_menu.insertAction(existing[0], profile)  # first the profile, then the caseload it opens
    else:
        ondersteuner_menu.addAction(profile)
    return access, keeper


def _show_access(window: MainWindow) -> None:
    from crisiskaart.ui.access.page import show_access

    show_access(window)


def _show_profile(window: MainWindow, keeper: ProfileKeeper) -> None:
    from crisiskaart.ui.access.profile_page import show_profile

    if not window.locked:
        show_profile(window, keeper)
