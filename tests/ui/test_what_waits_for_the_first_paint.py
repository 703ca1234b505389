"""What the window's first paint does not wait for: PySide6's ``Qt`` namespace and the style sheet.

Making that namespace's Python enums costs 20–40 ms of a cold start (ui/qt_names.py), and every
widget made under the style sheet takes about twice as long to make (ui/style.py); a start that
needs either before its first paint shows its window that much later. What the first paint sets
by name instead must be what the Qt names say (plain text stays plain text, the section list never
scrolls sideways), and the style sheet, with the focus ring, must come right after.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.cards import encode_plan, plan_summary
from crisiskaart.model import example_plan, field_label
from crisiskaart.model.example import example_json
from crisiskaart.store import create_card
from crisiskaart.store.kdf import TEST_KDF
from crisiskaart.ui.app import _settle
from crisiskaart.ui.editor.early_page import EarlyEditorPage, EarlyField
from crisiskaart.ui.editor.frame import PreviewFrame
from crisiskaart.ui.editor.section_state import STATE_ROLE
from crisiskaart.ui.editor.spec import SECTIONS, Kind
from crisiskaart.ui.qt_names import ACCESSIBLE_TEXT_ROLE, USER_ROLE, set_by_name, show_as_plain_text
from crisiskaart.ui.style import STYLE_SHEET, apply_style

# At the first paint of any of the program's widgets: whether the namespace exists yet (looked up
# in the module's dictionary, which does not make it) and whether the style sheet is set; and,
# a moment later, the style sheet and the window's icon.
CHILD = r"""
import os, sys
from pathlib import Path
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from crisiskaart.ui.file_open_events import EditorApplication
from crisiskaart.ui.app import start_editor
from crisiskaart.ui.style import STYLE_SHEET

app = EditorApplication(sys.argv[:1])

def finish():
    print("style sheet set" if app.styleSheet() == STYLE_SHEET else "no style sheet", flush=True)
    print("no window icon" if app.windowIcon().isNull() else "window icon set", flush=True)
    os._exit(0)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.removeEventFilter(self)
            print("namespace made" if "Qt" in vars(QtCore) else "namespace not made", flush=True)
            print("style sheet set" if app.styleSheet() else "no style sheet", flush=True)
            QTimer.singleShot(300, finish)
        return False

first_paint = FirstPaint()
app.installEventFilter(first_paint)
mode = sys.argv[1]
started = start_editor(file=Path(sys.argv[2]) if mode == "file" else None, demo=mode == "demo",
                       language="nl")
app.exec()
"""


@pytest.mark.parametrize("mode", ["welcome", "demo", "file"])
def test_the_qt_namespace_and_the_style_sheet_come_after_the_first_paint(mode: str, tmp_path: Path) -> None:
    args = [mode]
    if mode == "file":
        card = create_card(tmp_path / "kaart.crisiskaart", "paard batterij nietje correct",
                           encode_plan(example_plan()), summary=plan_summary(example_plan()), kdf=TEST_KDF)
        card.close()
        args.append(str(tmp_path / "kaart.crisiskaart"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    expected = ["namespace not made", "no style sheet", "style sheet set", "window icon set"]
    assert done.stdout.splitlines()[-4:] == expected, done.stdout


def test_the_roles_by_number_are_qts_roles() -> None:
    assert Qt.ItemDataRole.UserRole.value == USER_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.UserRole.value + 1 == STATE_ROLE


def test_what_the_first_page_sets_by_name_is_set(qtbot) -> None:
    page = EarlyEditorPage(example_json(), "nl")
    qtbot.addWidget(page)
    navigation = page.navigation
    assert navigation.textElideMode() == Qt.TextElideMode.ElideNone
    assert navigation.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    first = SECTIONS[0]
    assert navigation.item(0).data(Qt.ItemDataRole.UserRole) == first.key
    spoken = navigation.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(field_label(first.key, "nl") + ", ")
    assert page.page.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert page.page.body.focusPolicy() == Qt.FocusPolicy.NoFocus
    phone_spec = next(spec for section in SECTIONS for spec in section.fields if spec.kind is Kind.PHONE)
    phone = EarlyField(phone_spec, {}, "nl")
    qtbot.addWidget(phone)
    assert isinstance(phone.input, QLineEdit)
    assert phone.input.inputMethodHints() == Qt.InputMethodHint.ImhDialableCharactersOnly
    preview = PreviewFrame()
    qtbot.addWidget(preview)
    assert preview.images.alignment() == Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    assert preview.images.textFormat() == Qt.TextFormat.PlainText
    assert preview.problems.textFormat() == Qt.TextFormat.PlainText


def test_plain_text_shows_markup_as_written(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    show_as_plain_text(label)
    label.setText("<b>Anna</b>")
    assert label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize(("name", "value"), [("textFormatt", "PlainText"), ("textFormat", "Plain")])
def test_a_name_qt_does_not_know_is_an_error(name: str, value: str, qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match=name):
        set_by_name(label, name, value)
    assert label.textFormat() == Qt.TextFormat.AutoText


@pytest.mark.parametrize("kind", [QComboBox, QListWidget, QPushButton])
def test_the_widget_with_the_focus_when_the_style_sheet_comes_is_sized_as_its_twin(kind: type[QWidget], qtbot,
                                                                                   qapp) -> None:
    """Qt sizes a widget for the style sheet in the state it is in then: sized with the focus, it
    would keep the room of its ring after the focus moved on (a list 2 px narrower inside)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    focused, twin, elsewhere = kind(), kind(), QLineEdit()
    for widget in (focused, twin, elsewhere):
        layout.addWidget(widget)
    holder.show()
    holder.activateWindow()
    qapp.setStyleSheet("")  # as the program starts: the sheet comes after the first paint
    try:
        focused.setFocus()
        qtbot.waitUntil(focused.hasFocus)
        _settle(qapp)
        assert qapp.styleSheet() == STYLE_SHEET
        qtbot.waitUntil(focused.hasFocus)  # given back once the layouts have sized everything
        elsewhere.setFocus()
        qtbot.waitUntil(elsewhere.hasFocus)
        assert focused.sizeHint() == twin.sizeHint()
        if isinstance(focused, QAbstractScrollArea) and isinstance(twin, QAbstractScrollArea):
            assert focused.viewport().geometry().topLeft() == twin.viewport().geometry().topLeft()
    finally:
        apply_style(qapp)
