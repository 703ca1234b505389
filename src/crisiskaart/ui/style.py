"""The application-wide style sheet: what every screen shares, kept in one place.

Its one job today is the focus ring. People who work with the keyboard must see at a glance where
they are, also with poor eyesight or colour blindness, so the focused widget gets a thick solid
frame (not just another colour) in a dark blue with enough contrast on the light background. Only
the ``:focus`` state is styled: widgets keep the platform's look otherwise. A check box whose
words are a label beside it (``choiceBox``, editor/fields.py) is only as big as its square, so it
keeps room for the ring when it has no focus: Qt sizes it once, without the focus state. A list,
tree or table is given its own background with the ring: without one, Qt's style-sheet style
draws only one pixel of the ring's three around an item view.

The program applies it just after its window's first paint (``ui/app.py``): every widget made
under Qt's style-sheet style takes about twice as long to make, and the first page is made before
that paint. Only the ring depends on it: when it comes, the focused widget gains its ring (and
is sized as if it had none, as every other widget is: ``ui/app.py``, ``_settle``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

FOCUS_RING_PX = 3
FOCUS_COLOUR = "#0b4f9c"  # contrast 8:1 on white and on the light grey of buttons

_RING = f"border: {FOCUS_RING_PX}px solid {FOCUS_COLOUR};"
CHOICE_BOX_ROOM = FOCUS_RING_PX + 1  # a choiceBox's ring and padding above and below its contents

STYLE_SHEET = f"""
QPushButton:focus, QToolButton:focus {{
    {_RING} border-radius: 4px; padding: 2px 4px; background-color: palette(button);
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDateEdit:focus {{
    {_RING} border-radius: 2px; background-color: palette(base);
}}
QComboBox:focus {{ {_RING} border-radius: 2px; padding: 1px 6px; }}
QCheckBox:focus, QRadioButton:focus {{ {_RING} border-radius: 4px; padding: 1px 3px; }}
QCheckBox#choiceBox {{
    border: {FOCUS_RING_PX}px solid transparent; border-radius: 4px; padding: 1px 3px;
}}
QCheckBox#choiceBox:focus {{ border-color: {FOCUS_COLOUR}; }}
QListView:focus, QListWidget:focus, QTreeView:focus, QTreeWidget:focus, QTableView:focus {{
    {_RING} background-color: palette(base);
}}
QTabBar:focus {{ border: none; }}
QTabBar::tab:focus, QTabBar::tab:selected:focus {{ {_RING} padding: 2px 6px; }}
QAbstractSlider:focus, QGroupBox:focus {{ {_RING} }}
"""


def apply_style(app: QApplication) -> None:
    """Give the whole application the shared style sheet (after the first paint, and in the tests' set-up)."""
    app.setStyleSheet(STYLE_SHEET)
