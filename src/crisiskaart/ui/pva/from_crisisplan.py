"""What the crisisplan already holds, shown read-only beside the eigen plan van aanpak.

Nobody should type their network, signals or what helps twice in a week of stress. The plan PDF
includes these parts from the crisisplan; two buttons copy people and medicines into the plan of
action as helpers and agreements (undoable, and then the person's own text to change).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from crisiskaart.model import field_label
from crisiskaart.model.labels import choice_label
from crisiskaart.model.plan_van_aanpak import ActionTopic, Helper, PlannedAction
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.flow_layout import FlowLayout

LIST = ("plan_van_aanpak",)


class FromCrisisplan(QWidget):
    def __init__(self, document: PlanDocument, language: str) -> None:
        super().__init__()
        self.setObjectName("pvaFromCrisisplan")
        self.document, self.language = document, language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("This comes from your crisis plan, so you do not have to write it again. "
                               "The PDF of your plan of action includes it. To change it, change your "
                               "crisis plan."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = FlowLayout()
        self.add_helpers = QPushButton(self.tr("Add my contact persons as helpers"))
        self.add_helpers.setAccessibleDescription(
            self.tr("Copies the people from your crisis plan into \"Who helped\". Nobody is added twice."))
        self.add_medicines = QPushButton(self.tr("Add my medicines as agreements"))
        self.add_medicines.setAccessibleDescription(
            self.tr("Adds an agreement about medication for each medicine in your crisis plan."))
        self.add_helpers.clicked.connect(self.copy_contacts)
        self.add_medicines.clicked.connect(self.copy_medicines)
        buttons.addWidget(self.add_helpers)
        buttons.addWidget(self.add_medicines)
        layout.addLayout(buttons)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.content = QLabel()
        self.content.setObjectName("pvaCrisisplanContent")
        self.content.setWordWrap(True)
        self.content.setTextFormat(Qt.TextFormat.PlainText)
        self.content.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.content.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.content.setAccessibleName(self.tr("From your crisis plan"))
        layout.addWidget(self.content)
        layout.addStretch(1)
        document.changed.connect(self.refresh)
        self.refresh()

    def label(self, name: str) -> str:
        return field_label(name, self.language)

    def refresh(self) -> None:
        plan = self.document.plan
        parts: list[tuple[str, list[str]]] = [
            (self.label("noticed_by_me"), [i.text for i in plan.signals.noticed_by_me]),
            (self.label("noticed_by_others"), [i.text for i in plan.signals.noticed_by_others]),
            (self.label("self_help"), [i.text for i in plan.self_help]),
            (self.label("what_helps"), [i.text for i in plan.what_helps]),
            (self.label("what_does_not_help"), [i.text for i in plan.what_does_not_help]),
            (self.label("contacts"), [f"{c.name} ({c.relation})" if c.relation else c.name
                                      for c in plan.contacts if not c.do_not_contact]),
            (self.label("care_providers"),
             [f"{choice_label(p.kind, self.language)}: {p.name or p.organisation}"
              for p in plan.care_providers]),
            (self.label("sign_offs"), [f"{s.name}: {s.agreed_to}" for s in plan.sign_offs if s.agreed_to]),
        ]
        blocks = [f"{title}\n" + "\n".join(f"• {t}" for t in texts if t.strip())
                  for title, texts in parts if any(t.strip() for t in texts)]
        self.content.setText("\n\n".join(blocks) or self.tr("Your crisis plan is still empty."))
        has_plan = plan.plan_van_aanpak is not None
        self.add_helpers.setEnabled(has_plan and any(c.name.strip() for c in plan.contacts))
        self.add_medicines.setEnabled(has_plan and any(m.name.strip() for m in plan.health.medications))

    def copy_contacts(self) -> int:
        """Every contact (not "niet bellen") who is not a helper yet; returns how many were added."""
        pva = self.document.plan.plan_van_aanpak
        if pva is None:
            return 0
        known = {h.name.strip().lower() for h in pva.helpers}
        added = 0
        for contact in self.document.plan.contacts:
            name = contact.name.strip()
            if name and not contact.do_not_contact and name.lower() not in known:
                self.document.insert_item((*LIST, "helpers"), Helper(name=name, relation=contact.relation))
                known.add(name.lower())
                added += 1
        self.result.setText(self.tr("%1 people added to \"Who helped\".").replace("%1", str(added)))
        return added

    def copy_medicines(self) -> int:
        pva = self.document.plan.plan_van_aanpak
        if pva is None:
            return 0
        existing = {a.what for a in pva.actions}
        added = 0
        for medicine in self.document.plan.health.medications:
            details = ", ".join(x for x in (f"{medicine.name} {medicine.dose}".strip(), medicine.timing) if x)
            what = self.tr("I take %1.").replace("%1", details)
            if medicine.name.strip() and what not in existing:
                self.document.insert_item((*LIST, "actions"), PlannedAction(
                    topic=ActionTopic.MEDICATION, what=what, who=self.document.plan.personal.preferred_name
                    or self.document.plan.personal.full_name, when=medicine.timing))
                added += 1
        self.result.setText(self.tr("%1 agreements about medication added.").replace("%1", str(added)))
        return added
