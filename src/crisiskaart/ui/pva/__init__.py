"""The eigen plan van aanpak in the editor: importing this package adds its page, and the page of
the zelfbinding worksheet after it.

``main_window`` imports it once; the page appears after the crisisplan's sections
(``editor_page.EXTRA_PAGES``, docs/plan-van-aanpak.md).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from crisiskaart.model import field_label
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.editor.editor_page import EXTRA_PAGES
from crisiskaart.ui.pva.questions import KEY


def plan_van_aanpak_page(document: PlanDocument, language: str
                         ) -> tuple[str, str, Callable[[], QWidget]]:
    """The page's key and title now; the page itself when it is first shown."""

    def build() -> QWidget:
        from crisiskaart.ui.pva.page import PlanVanAanpakPage

        return PlanVanAanpakPage(document, language)

    return KEY, field_label(KEY, language), build


def zelfbinding_page(document: PlanDocument, language: str) -> tuple[str, str, Callable[[], QWidget]]:
    """The zelfbinding worksheet's page (preparation only, never a declaration), built when shown."""

    def build() -> QWidget:
        from crisiskaart.ui.pva.zelfbinding import ZelfbindingPage

        return ZelfbindingPage(document, language)

    return "zelfbinding", field_label("zelfbinding", language), build


for _factory in (plan_van_aanpak_page, zelfbinding_page):
    if _factory not in EXTRA_PAGES:
        EXTRA_PAGES.append(_factory)
