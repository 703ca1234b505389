"""One input bound to one value of the plan, with its label and its message beside it.

Every input gets an accessible name (its label) and description (the explanation), and reports
problems in words right under itself — never in a modal dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crisiskaart.catalogue import sentence
from crisiskaart.model import Issue, Visibility, choice_label, field_label
from crisiskaart.ui.editor.dates import NoSuchDate, ShortYear, parse_date, show_date
from crisiskaart.ui.editor.document import Path, PlanDocument
from crisiskaart.ui.editor.frame import add_beside_input, field_frame, size_long_text
from crisiskaart.ui.editor.spec import FieldSpec, Kind
from crisiskaart.ui.style import CHOICE_BOX_ROOM
from crisiskaart.ui.translations import tr


def model_max_length(owner: object, name: str) -> int | None:
    """The ``max_length`` the model gives a field, so the input never cuts off what may be stored."""
    field = getattr(type(owner), "model_fields", {}).get(name)
    for rule in getattr(field, "metadata", ()):
        if getattr(rule, "max_length", None) is not None:
            return int(rule.max_length)
    return None


class _PlanUndoKeys(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a field undo the *card* (Edit menu), not the field's own history.

    A line edit claims the standard undo keys for itself; its private undo would then save a new
    step and wipe the card's redo history, and a removed or moved item could not be undone.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # True: not the field's; the window's Undo/Redo shortcut takes the key.
        return (
            isinstance(event, QKeyEvent)  # ShortcutOverride and KeyPress arrive as key events
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        )


_UNDO_KEYS = _PlanUndoKeys()


class FieldRow(QWidget):
    """Label, input and message for one value. ``path`` is the full document path of the value."""

    def __init__(
        self, document: PlanDocument, path: Path, spec: FieldSpec, language: str,
        owner: str | None = None, parent: QWidget | None = None, show_label: bool = True,
    ) -> None:
        super().__init__(parent)
        self.document, self.path, self.spec, self.language = document, path, spec, language
        self.label_text = field_label(spec.name, language, owner or spec.label_owner)
        self.setObjectName("field:" + ".".join(p for p in path if not p.startswith("#")))
        self.label = QLabel(self.label_text)
        self.label.setVisible(show_label)
        layout, line = field_frame(self, self.label)
        self.input = self._make_input()
        self.input.installEventFilter(self)  # leaving it marks the field visited
        self.input.setAccessibleName(self.label_text)
        description = QCoreApplication.translate("Guide", spec.explanation) if spec.explanation else ""
        self.input.setAccessibleDescription(description or self.label_text)
        if description:
            self.input.setToolTip(description)
        self.label.setBuddy(self.input)
        line.addWidget(self.input, 1)
        self.visibility: QComboBox | None = None
        if spec.visibility_path is not None:
            self.visibility = VisibilityBox(document, spec.visibility_path, language, self.label_text)
            add_beside_input(line, self.visibility)
        self.message = QLabel()
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self._refreshing = False
        self.refused = False  # what this input shows was refused by the model (not in the plan)
        self.refresh()
        document.value_changed.connect(self._on_value_changed)

    # --- inputs per kind -----------------------------------------------------------------------
    def _make_input(self) -> QWidget:
        kind = self.spec.kind
        if kind is Kind.LONG_TEXT:
            editor = size_long_text(QPlainTextEdit())
            editor.setUndoRedoEnabled(False)
            editor.installEventFilter(_UNDO_KEYS)
            editor.textChanged.connect(lambda: self._store(editor.toPlainText()))
            return editor
        if kind in (Kind.TEXT, Kind.PHONE):
            line = QLineEdit()
            line.installEventFilter(_UNDO_KEYS)
            limit = model_max_length(self.document.get(self.path[:-1]), self.spec.name)
            line.setMaxLength(max(limit or 32767, len(self.value() or "")))
            if kind is Kind.PHONE:
                line.setPlaceholderText(tr("e.g. 06 1234 5678"))
                line.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
            line.textEdited.connect(self._store)
            return line
        if kind is Kind.DATE:
            line = QLineEdit()
            line.installEventFilter(_UNDO_KEYS)
            line.setPlaceholderText(tr("dd-mm-yyyy"))
            line.setMaxLength(20)
            line.textEdited.connect(self._store_date)
            return line
        if kind is Kind.CHOICE:
            box = QComboBox()
            assert self.spec.choices is not None
            for choice in self.spec.choices:
                box.addItem(choice_label(choice, self.language), choice)
            box.activated.connect(lambda index: self._store(box.itemData(index)))
            return box
        if kind is Kind.FLAG:
            check = QCheckBox(self.label_text)
            check.toggled.connect(self._store)
            self.label.setVisible(False)
            return check
        if kind is Kind.MULTI_CHOICE:
            return MultiChoice(self)
        raise ValueError(kind)

    # --- model -> widget -----------------------------------------------------------------------
    def value(self) -> Any:
        return self.document.get(self.path)

    def _on_value_changed(self, path: tuple) -> None:
        if path == self.path:
            self.refresh()

    def refresh(self) -> None:
        value = self.value()
        self._note_refused(None)  # what this input shows now is what is stored
        self._refreshing = True
        try:
            widget = self.input
            if isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != (value or ""):
                    widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                shown = show_date(value) if self.spec.kind is Kind.DATE else (value or "")
                if self.spec.kind is Kind.DATE:
                    try:
                        if parse_date(widget.text()) == value:
                            shown = widget.text()  # keep how the person typed it
                    except ValueError:
                        pass
                if widget.text() != shown:
                    widget.setText(shown)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, MultiChoice):
                widget.refresh(value or [])
        finally:
            self._refreshing = False

    # --- widget -> model -----------------------------------------------------------------------
    def take_typed(self, text: str) -> None:
        """Text typed for this field before the editor was bound (on the card's first page, drawn
        from its JSON): shown here and stored as if typed here, refused the same way."""
        widget = self.input
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)  # stored through textChanged
        elif isinstance(widget, QLineEdit):
            widget.setMaxLength(max(widget.maxLength(), len(text)))  # shown whole; too long is said
            widget.setText(text)
            (self._store_date if self.spec.kind is Kind.DATE else self._store)(text)

    def _store(self, value: Any) -> None:
        if self._refreshing:
            return
        issue = self.document.set_value(self.path, value)
        self.show_issue(issue, structural=True)
        self._note_refused(issue.message(self.language) if issue is not None else None)

    def _store_date(self, text: str) -> None:
        try:
            value = parse_date(text)
        except NoSuchDate:
            problem = tr("This day does not exist. Check the day and the month.")
        except ShortYear:
            problem = tr("Write the year with 4 digits, for example 14-03-1990.")
        except ValueError:
            problem = tr("Write the date as day-month-year, for example 14-03-1990.")
        else:
            self._store(value)
            return
        self.set_message(problem)
        self._note_refused(problem)

    def _note_refused(self, problem: str | None) -> None:
        """What is shown here but not stored, so closing the card asks before it is lost."""
        self.refused = bool(problem)
        self.document.note_refused(self, self.path, self.label_text, problem)

    def show_issue(self, issue: Issue | None, structural: bool = False) -> None:
        if issue is None:
            if structural:
                self.set_message("")
            return
        self.set_message(issue.message(self.language))

    def set_message(self, text: str) -> None:
        """A problem with what was typed here (not stored until fixed), or "" to clear it."""
        self._input_message = text
        self._show_messages()

    def set_plan_message(self, text: str) -> None:
        """A content rule of the plan about this value (e.g. a phone number), or "" to clear it."""
        self._plan_message = text
        self._show_messages()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        left = watched is self.input and event.type() == QEvent.Type.FocusOut
        if left and self.path not in self.document.visited:
            self.document.visited.add(self.path)
            self._show_messages()
        return False

    def _show_messages(self) -> None:
        plan_message = getattr(self, "_plan_message", "")
        if plan_message and self.value() in (None, "", []) and self.path not in self.document.visited:
            plan_message = ""  # an empty field not visited yet: what it lacks is said once it was
        text = sentence(getattr(self, "_input_message", "") or plan_message)
        self.message.setText(("⚠ " + text) if text else "")
        self.message.setVisible(bool(text))
        self.input.setAccessibleDescription(text or self.input.toolTip() or self.label_text)


class MultiChoice(QWidget):
    """A set of choices as check boxes (e.g. the roles of a contact person), in two columns.

    Each box's words are a label beside it that wraps (``ChoiceWords``): a check box's own text
    stays on one line, so two columns of them were wider than the page at large letters.
    """

    def __init__(self, row: FieldRow) -> None:
        super().__init__()
        self.row = row
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[Any, QCheckBox]] = []
        self.words: list[ChoiceWords] = []
        assert row.spec.choices is not None
        for choice in row.spec.choices:
            text = choice_label(choice, row.language)
            box = QCheckBox()
            box.setObjectName("choiceBox")  # room for the focus ring around the square (ui/style.py)
            box.setAccessibleName(f"{row.label_text}: {text}")
            box.toggled.connect(self._changed)
            self.boxes.append((choice, box))
            self.words.append(ChoiceWords(text, box))
        self._lay_out(columns=2)
        self._refreshing = False

    def wrap_sentences(self) -> None:
        """One choice a line: for choices that are whole sentences (the requests to the court)."""
        self._lay_out(columns=1)

    def _lay_out(self, columns: int) -> None:
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        for (_choice, box), words in zip(self.boxes, self.words, strict=True):
            grid.removeWidget(box)
            grid.removeWidget(words)
        for index, ((_choice, box), words) in enumerate(zip(self.boxes, self.words, strict=True)):
            line, column = divmod(index, columns)
            grid.addWidget(box, line, 2 * column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(words, line, 2 * column + 1)
        for column in range(4):
            grid.setColumnStretch(column, 1 if column % 2 and column // 2 < columns else 0)

    def refresh(self, values: list[Any]) -> None:
        self._refreshing = True
        for choice, box in self.boxes:
            box.setChecked(choice in values)
        self._refreshing = False

    def _changed(self) -> None:
        if not self._refreshing:
            self.row._store([choice for choice, box in self.boxes if box.isChecked()])


class ChoiceWords(QLabel):
    """The words of a check box, wrapping; a click on them ticks the box, as on its own text."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setObjectName("choiceWords")
        self.setWordWrap(True)
        # The first line level with the square: the box keeps room for its focus ring above and
        # below (ui/style.py) and is one line high inside it, its square drawn in the middle.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setContentsMargins(0, CHOICE_BOX_ROOM, 0, 0)
        box.setMinimumHeight(self.fontMetrics().lineSpacing() + 2 * CHOICE_BOX_ROOM)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.click()
        super().mouseReleaseEvent(event)


class VisibilityBox(QComboBox):
    """Who may see this: alleen plan / ook op de kaart / ook voor hulpdiensten — in words."""

    def __init__(self, document: PlanDocument, path: Path, language: str, subject: str) -> None:
        super().__init__()
        self.document, self.path = document, path
        self.setObjectName("visibility")
        for level in Visibility:
            self.addItem(choice_label(level, language), level)
        self.setAccessibleName(tr("Who may see it: %1").replace("%1", subject))
        self.setAccessibleDescription(
            tr("Only in the plan, also on the card, or also in the summary for emergency services"))
        self.refresh()
        self.activated.connect(self._chosen)
        # A bound method: Qt drops the connection when this box is deleted (lists are rebuilt).
        document.value_changed.connect(self._on_value_changed)

    def _chosen(self, index: int) -> None:
        self.document.set_value(self.path, self.itemData(index))

    def _on_value_changed(self, path: tuple) -> None:
        if path == self.path:
            self.refresh()

    def refresh(self) -> None:
        value = self.document.get(self.path)
        if value is not None:
            self.setCurrentIndex(self.findData(value))
