""""Stap voor stap": one question at a time, with a short explanation and examples — like the
conversation with a consulent. The input under the question is the same bound widget as in the
overview, so both ways of writing edit the same plan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from crisiskaart.model import field_label
from crisiskaart.ui.editor.document import PlanDocument
from crisiskaart.ui.editor.section_page import field_widget
from crisiskaart.ui.editor.spec import FieldSpec, SectionSpec
from crisiskaart.ui.titles import enlarge
from crisiskaart.ui.translations import tr


def guide(text: str) -> str:
    return QCoreApplication.translate("Guide", text)


class GuidedView(QWidget):
    section_entered = Signal(str)  # the section key of the question now shown

    def __init__(
        self, document: PlanDocument, questions: list[tuple[SectionSpec, FieldSpec]], language: str
    ) -> None:
        super().__init__()
        self.setObjectName("guidedView")
        self.document, self.questions, self.language = document, questions, language
        self.index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.progress = QLabel()
        self.progress.setObjectName("guidedProgress")
        self.progress.setWordWrap(True)
        layout.addWidget(self.progress)
        self.question = QLabel()
        self.question.setObjectName("guidedQuestion")
        self.question.setWordWrap(True)
        layout.addWidget(enlarge(self.question, 1.5))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.examples = QLabel()
        self.examples.setObjectName("guidedExamples")
        self.examples.setWordWrap(True)
        self.examples.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.examples)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setAccessibleName(tr("Your answer"))  # a Tab stop: it scrolls the answer
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.area, 1)
        buttons = QHBoxLayout()
        self.previous = QPushButton(tr("&Previous question"))
        self.previous.setAccessibleName(tr("Previous question"))
        self.next = QPushButton(tr("&Next question"))
        self.next.setAccessibleName(tr("Next question"))
        self.next.setDefault(False)
        self.previous.clicked.connect(lambda: self.move_on(-1))
        self.next.clicked.connect(lambda: self.move_on(+1))
        # Besides the mnemonics (Alt+V / Alt+O in Dutch): Alt+Left / Alt+Right, as in a browser.
        for keys, step in (("Alt+Left", -1), ("Alt+Right", +1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.move_on(step))
        self.previous.setToolTip(tr("Previous question (Alt+Left)"))
        self.next.setToolTip(tr("Next question (Alt+Right)"))
        buttons.addWidget(self.previous)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        layout.addLayout(buttons)
        self.input: QWidget | None = None
        self.show_question(0, focus=False)

    def show_question(self, index: int, focus: bool = True) -> None:
        if not self.questions:
            return
        self.index = max(0, min(index, len(self.questions) - 1))
        section, spec = self.questions[self.index]
        self.progress.setText(
            tr("Question %1 of %2 · %3").replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.questions)))
            .replace("%3", field_label(section.key, self.language))
        )
        self.question.setText(guide(spec.question))
        self.explanation.setText(guide(spec.explanation))
        self.explanation.setVisible(bool(spec.explanation))
        examples = [guide(e) for e in spec.examples]
        self.examples.setText(tr("For example:") + "\n" + "\n".join(f"• {e}" for e in examples))
        self.examples.setVisible(bool(examples))
        self.input = field_widget(self.document, spec, self.language)
        holder = QWidget()  # the input at the top, not stretched over the whole area
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.input)
        holder_layout.addStretch(1)
        self.area.setWidget(holder)  # the previous input is deleted by the scroll area
        description = " ".join(t for t in (guide(spec.question), guide(spec.explanation)) if t)
        for child in self._inputs():
            child.setAccessibleDescription(description)
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.questions) - 1)
        self.section_entered.emit(section.key)
        if focus:
            self.focus_input()

    def holds_refused(self) -> bool:
        """Whether this question shows an answer the card refused (too long, a day that does not
        exist): leaving the question would delete its input, and the text with it."""
        from crisiskaart.ui.editor.fields import FieldRow

        rows = [] if self.input is None else [self.input, *self.input.findChildren(FieldRow)]
        return any(isinstance(row, FieldRow) and row.refused for row in rows)

    def move_on(self, step: int) -> None:
        """The next or previous question; not while this answer was refused: its message is beside
        it, and moving on would throw the text away."""
        if self.holds_refused():
            self.focus_input()
            return
        self.show_question(self.index + step)

    def _inputs(self) -> list[QWidget]:
        from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

        if self.input is None:
            return []
        return [w for w in self.input.findChildren(QWidget) if isinstance(w, QLineEdit | QPlainTextEdit)
                and not isinstance(w.parent(), QComboBox)]

    def focus_input(self) -> None:
        inputs = self._inputs()
        target = inputs[0] if inputs else getattr(self.input, "add_button", self.input)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_section(self) -> str:
        return self.questions[self.index][0].key if self.questions else ""

    def show_section(self, key: str) -> bool:
        """The first question of section ``key``; False, and the question stays, while its answer
        was refused (the section list is another way out than the buttons)."""
        for index, (section, _) in enumerate(self.questions):
            if section.key == key:
                if self.current_section() != key:
                    if self.holds_refused():
                        self.focus_input()
                        return False
                    self.show_question(index, focus=False)
                return True
        return True
