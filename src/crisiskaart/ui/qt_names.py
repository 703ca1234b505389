"""Qt settings for what the window shows first, by the names of their values.

The first time a program touches ``PySide6.QtCore.Qt``, PySide6 makes the Python enums of that
whole namespace, 93 of them with some 1,200 values, in one go: 20–40 ms of a cold start on these
machines, about a quarter of what the editor adds to a bare window, which never pays it. So what
the program does before its first paint does not name the namespace:

- the widgets of the first paint are set through Qt's property system, by the C++ name of the
  value (``set_by_name(label, "textFormat", "PlainText")``), which Qt converts itself;
- the roles of a list's items are the numbers Qt gives them (``USER_ROLE``);
- a module on the way to the first paint imports ``QtCore`` and writes ``QtCore.Qt.…`` in code
  that runs later (a key press, a dialog), never ``from PySide6.QtCore import Qt``.

The namespace is then made once the window is on screen, in a turn of the event loop of its own
(``make_qt_namespace``, from ``ui/app.py``), so that what needs it next (the editor that takes the
first page's place, a dialog) does not wait for it in the middle of its own work.
tests/ui/test_what_waits_for_the_first_paint.py keeps it so, for ``gui``, ``gui --demo`` and
``gui FILE``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QLabel

USER_ROLE = 0x0100  # Qt::UserRole: the first role for the program's own data in a list's item
ACCESSIBLE_TEXT_ROLE = 11  # Qt::AccessibleTextRole: what a screen reader says for an item


def make_qt_namespace() -> object:
    """Make the namespace now, in a turn of the event loop of its own, once the window is on
    screen: what needs it first (a dialog, the editor) would otherwise wait for it in the middle
    of its own work."""
    from PySide6.QtCore import Qt

    return Qt


def set_by_name(target: QObject, name: str, value: str) -> None:
    """Set ``target``'s Qt property ``name`` to the enum value called ``value`` in C++; flags as
    ``"AlignHCenter|AlignTop"``. A property or a value Qt does not know is an error, not ignored."""
    if not target.setProperty(name, value):
        raise ValueError(f"{type(target).__name__} has no property {name!r} that takes {value!r}")


def show_as_plain_text(label: QLabel) -> None:
    """The person's own words, file names and messages: shown as written, never read as markup."""
    set_by_name(label, "textFormat", "PlainText")
