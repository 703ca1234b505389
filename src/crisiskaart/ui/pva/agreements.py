"""The "Afspraken" tab: each agreement with what / who / when and whether the people named said yes.

A plan is only as strong as its agreements. The facts (which are open, and why) come from
``export.pva_agreements``, shared with the PDF; this tab words them, lists the agreements to edit
(the same list as in the other tabs), and offers the draft to share so the people named can read
it before they say yes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from crisiskaart.export.pva_agreements import AgreementStatus, Gap, agreement_statuses
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.editor.records import RecordList
from crisiskaart.ui.pva.questions import PLAN_SECTION

ACTIONS_PATH = ("plan_van_aanpak", "actions")


class AgreementsView(QWidget):
    def __init__(self, document: PlanDocument, language: str, share: Callable[[], object]) -> None:
        super().__init__()
        self.setObjectName("pvaAgreements")
        self.document, self.language = document, language
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(self.tr(
            "An agreement only works when everyone named in it has said yes. Ask them, and tick "
            "\"Agreed\" when they have. Let them read your plan first: share a draft. It says CONCEPT "
            "on every page, so nobody takes it for the signed plan."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.share_button = QPushButton(self.tr("Share a draft as PDF…"))
        self.share_button.setAccessibleDescription(self.tr(
            "Saves your plan of action with CONCEPT on every page, to send to your practitioner or "
            "the people close to you"))
        self.share_button.clicked.connect(share)
        layout.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.summary = QLabel()
        self.summary.setObjectName("pvaAgreementSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summary.setAccessibleName(self.tr("How far your agreements are"))
        layout.addWidget(self.summary)
        spec = next(f for f in PLAN_SECTION.fields if f.path == ACTIONS_PATH)
        self.records = RecordList(document, spec, language)
        layout.addWidget(self.records)
        layout.addStretch(1)
        document.changed.connect(self.refresh)
        self.refresh()

    def gap_text(self, status: AgreementStatus, gap: Gap) -> str:
        if gap is Gap.NOT_AGREED:
            return self.tr("not yet agreed by %1").replace("%1", ", ".join(status.parties))
        if gap is Gap.NO_WHO:
            return self.tr("who does it is not filled in yet")
        return self.tr("when is not filled in yet")

    def summary_text(self) -> str:
        statuses = agreement_statuses(self.document.plan)
        if not statuses:
            return self.tr("No agreements yet. Add them below: what happens, who does it, and when.")
        still_open = [s for s in statuses if s.is_open]
        settled = self.tr("%1 of %2 agreements are settled.") \
            .replace("%1", str(len(statuses) - len(still_open))).replace("%2", str(len(statuses)))
        if not still_open:
            return f"✓ {settled} " + self.tr("Everyone named has said yes.")
        lines = [f"! {settled} " + self.tr("Still open:")]
        lines += [f"• {s.action.what.strip()} — " + ", ".join(self.gap_text(s, g) for g in s.gaps)
                  for s in still_open]
        return "\n".join(lines)

    def refresh(self) -> None:
        self.summary.setText(self.summary_text())
        self.share_button.setEnabled(self.document.plan.plan_van_aanpak is not None)
