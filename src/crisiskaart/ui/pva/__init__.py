"""The eigen plan van aanpak in the editor: importing this package adds its page.

``main_window`` imports it once; the page appears after the crisisplan's sections
(``editor_page.EXTRA_PAGES``, docs/plan-van-aanpak.md).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from crisiskaart.model import field_label
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.editor.editor_page import EXTRA_PAGES
from crisiskaart.ui.pva.questions import KEY


def plan_van_aanpak_page(document: PlanDocument, language: str) -> tuple[str, str, QWidget]:
    from crisiskaart.ui.pva.page import PlanVanAanpakPage

    return KEY, field_label(KEY, language), PlanVanAanpakPage(document, language)  # type: ignore[arg-type]


if plan_van_aanpak_page not in EXTRA_PAGES:
    EXTRA_PAGES.append(plan_van_aanpak_page)
