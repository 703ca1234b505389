"""The "Zorgkaart" tab: the person's preferences about care and compulsory care, from the crisisplan.

Read-only, from the very document tree the zorgkaart PDF is made of (``export.zorgkaart``), so the
screen and the paper say the same. To change a preference, the person changes the crisisplan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from crisiskaart.export.context import ExportContext
from crisiskaart.export.document_text import sections_text
from crisiskaart.export.zorgkaart import zorgkaart_document
from crisiskaart.ui.editor.document import PlanDocument


class ZorgkaartView(QWidget):
    def __init__(self, document: PlanDocument, language: str, today: Callable[[], dt.date],
                 export: Callable[[], object]) -> None:
        super().__init__()
        self.setObjectName("pvaZorgkaart")
        self.document, self.language, self.today = document, language, today
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(self.tr(
            "Your zorgkaart shows your wishes about care and compulsory care. If a care authorisation "
            "is made for you, it must say how your wishes were taken into account. It comes from your "
            "crisis plan, so you do not write it twice. To change it, change your crisis plan, for "
            "example \"Treatment and admission wishes\" or \"What helps\"."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.pdf_button = QPushButton(self.tr("Zorgkaart as PDF…"))
        self.pdf_button.setAccessibleDescription(self.tr(
            "Saves your wishes about care and compulsory care on A4, to print or to give to the judge"))
        self.pdf_button.clicked.connect(export)
        layout.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.content = QLabel()
        self.content.setObjectName("pvaZorgkaartContent")
        self.content.setWordWrap(True)
        self.content.setTextFormat(Qt.TextFormat.PlainText)
        self.content.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.content.setAccessibleName(self.tr("Your zorgkaart"))
        layout.addWidget(self.content)
        layout.addStretch(1)
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        context = ExportContext(language=self.language, today=self.today())
        self.content.setText(sections_text(zorgkaart_document(self.document.plan, context).sections))
