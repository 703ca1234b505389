"""A list of items or records: add, remove and reorder by keyboard and mouse, with each item's
visibility in words at the top of its row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.model import field_label
from crisiskaart.ui.editor.document import Path, PlanDocument, item_step
from crisiskaart.ui.editor.fields import FieldRow, VisibilityBox
from crisiskaart.ui.editor.list_focus import focus_place, restore_focus
from crisiskaart.ui.editor.spec import FieldSpec, Kind, RecordSpec
from crisiskaart.ui.status_message import show_status
from crisiskaart.ui.translations import tr


class RecordRow(QFrame):
    """One item of the list: number, visibility, move/remove buttons and the item's fields."""

    def __init__(self, editor: RecordList, item_id: str, number: int) -> None:
        super().__init__()
        self.editor, self.item_id = editor, item_id
        self.setObjectName("recordRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        spec = editor.record
        document = editor.document
        item_path = (*editor.list_path, item_step(item_id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        header = QHBoxLayout()
        self.number = QLabel(f"{number}.")
        header.addWidget(self.number)
        self.visibility = None
        if "visibility" in spec.model_class().model_fields:
            self.visibility = VisibilityBox(
                document, (*item_path, "visibility"), editor.language, f"{editor.title} {number}")
            header.addWidget(self.visibility)
        header.addStretch(1)
        # The buttons get a line of their own under the fields: narrow enough for 200% fonts.
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.up = self._button(tr("Up"), tr("Move item %1 up (Alt+Up)"), number, actions)
        self.down = self._button(tr("Down"), tr("Move item %1 down (Alt+Down)"), number, actions)
        self.remove = self._button(tr("Remove"), tr("Remove item %1"), number, actions)
        self.up.clicked.connect(lambda: editor.move_item(item_id, -1))
        self.down.clicked.connect(lambda: editor.move_item(item_id, +1))
        self.remove.clicked.connect(lambda: editor.remove(item_id))
        layout.addLayout(header)
        self.fields: list[FieldRow] = []
        for field in spec.fields:
            row = FieldRow(document, (*item_path, *field.path), field, editor.language,
                           owner=spec.class_name, show_label=len(spec.fields) > 1)
            if len(spec.fields) == 1:
                row.input.setAccessibleName(f"{editor.title} {number}")
            layout.addWidget(row)
            self.fields.append(row)
        layout.addLayout(actions)
        self.install_move_keys()

    def install_move_keys(self) -> None:
        """Alt+↑ / Alt+↓ move the item from any of its inputs, drop-downs and check boxes included."""
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: +1}.get(Qt.Key(event.key()))
        if step is None or event.modifiers() != Qt.KeyboardModifier.AltModifier:
            return False
        self.editor.move_item(self.item_id, step, keep_focus=True)
        return True

    @staticmethod
    def _button(text: str, description: str, number: int, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(description.replace("%1", str(number)))
        button.setToolTip(button.accessibleName())
        layout.addWidget(button)
        return button

    def first_input(self) -> QWidget:
        return self.fields[0].input

    def naming_input(self) -> QWidget:
        """The input of the field that names the item (a contact's name, a line's text)."""
        title = self.editor.record.title_field
        return next((row.input for row in self.fields if row.spec.name == title), self.first_input())


class RecordList(QWidget):
    """All items of one list in the plan, rebuilt when the list changes (add, remove, move, undo)."""

    def __init__(self, document: PlanDocument, spec: FieldSpec, language: str) -> None:
        super().__init__()
        assert spec.kind in (Kind.ITEMS, Kind.RECORDS) and spec.record is not None
        self.document, self.spec, self.language = document, spec, language
        self.record: RecordSpec = spec.record
        self.list_path: Path = spec.path
        self.title = field_label(spec.name, language)
        self.setObjectName("records:" + ".".join(spec.path))
        self.setAccessibleName(self.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.title)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.empty = QLabel(tr("Nothing here yet."))
        layout.addWidget(self.empty)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.add_button = QPushButton(QCoreApplication.translate("Guide", self.record.add_label))
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.clicked.connect(self.add)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.rows: list[RecordRow] = []
        self.rebuild()
        document.list_changed.connect(self._on_list_changed)

    def items(self) -> list:
        return self.document.get(self.list_path) or []

    def _on_list_changed(self, path: tuple) -> None:
        if path == self.list_path:
            self.rebuild()

    def rebuild(self) -> None:
        place = focus_place(self.rows)
        before = {row.item_id for row in self.rows}
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for number, item in enumerate(self.items(), start=1):
            row = RecordRow(self, item.id, number)
            self.rows_layout.addWidget(row)
            self.rows.append(row)
        if self.rows:
            self.rows[0].up.setEnabled(False)
            self.rows[-1].down.setEnabled(False)
        self.empty.setVisible(not self.rows)
        restore_focus(place, self.rows, before, self.add_button)

    def row_for(self, item_id: str) -> RecordRow | None:
        return next((row for row in self.rows if row.item_id == item_id), None)

    # --- actions -------------------------------------------------------------------------------
    def add(self) -> None:
        # fields as the list's own class has them
        item: Any = self.record.model_class()(**self._required_choices())
        if "visibility" in self.record.model_class().model_fields:
            items_list = self.spec.kind is Kind.ITEMS
            item.visibility = self.spec.item_visibility if items_list else self.record.default_visibility
        if not self.document.insert_item(self.list_path, item):
            self.empty.setText(tr("This list is full."))
            self.empty.setVisible(True)
            return
        row = self.row_for(item.id)
        if row is not None:
            row.first_input().setFocus(Qt.FocusReason.OtherFocusReason)

    def _required_choices(self) -> dict[str, object]:
        """Choices the model requires (a phase's colour): the first one not used yet in the list."""
        values: dict[str, object] = {}
        for field in self.record.fields:
            model_field = self.record.model_class().model_fields.get(field.name)
            if field.choices is None or model_field is None or not model_field.is_required():
                continue
            used = {getattr(item, field.name) for item in self.items()}
            values[field.name] = next((c for c in field.choices if c not in used), next(iter(field.choices)))
        return values

    def remove(self, item_id: str) -> None:
        index = self.document.index_of(self.list_path, item_id)
        self.document.remove_item(self.list_path, item_id)
        # Keep the keyboard user in the list, but never on another Weghalen button: a space typed
        # next would remove the next item too. The item that took its place, else the one before.
        target = self.rows[min(index, len(self.rows) - 1)].naming_input() if self.rows else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        show_status(self, tr("Removed. Press %1 to bring it back.").replace("%1", undo))

    def move_item(self, item_id: str, step: int, keep_focus: bool = False) -> None:
        index = self.document.index_of(self.list_path, item_id)
        if not self.document.move_item(self.list_path, item_id, index + step):
            return
        row = self.row_for(item_id)
        if row is None:
            return
        target = row.first_input() if keep_focus else (row.up if step < 0 else row.down)
        if not target.isEnabled():
            target = row.first_input()
        QTimer.singleShot(0, lambda: target.setFocus(Qt.FocusReason.OtherFocusReason))
