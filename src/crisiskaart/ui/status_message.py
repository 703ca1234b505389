"""A short sentence in the main window's status bar, from any widget inside it.

Pages of the editor do not know the window they sit in; they find it through their parents, so
a page shown on its own (in a test, in the caseload) simply says nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

STATUS_MS = 15_000  # long enough to read twice at B1 pace, as the printing and export messages


def show_status(widget: QWidget, text: str, timeout_ms: int = STATUS_MS) -> bool:
    """Show ``text`` in the status bar of ``widget``'s window; False when it has none."""
    window = widget.window()
    if not isinstance(window, QMainWindow):
        return False
    window.statusBar().showMessage(text, timeout_ms)
    return True
