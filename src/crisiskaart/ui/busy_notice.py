"""The line a dialog shows while it works (a passphrase is checked or protected, slowly on purpose).

While the dialog works, its inputs and its OK button are disabled. Qt then hands the keyboard
focus to the next button that can take it, Cancel, and a second Enter (an impatient person presses
it again) would cancel what is being done. The notice takes the focus instead: a screen reader
reads what is happening, Enter does nothing (the default button is disabled) and Esc still cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def show_busy_notice(notice: QLabel, busy: bool) -> None:
    """Show (and focus) or hide ``notice``; call it after the inputs were disabled or enabled."""
    notice.setVisible(busy)
    if busy:
        notice.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        notice.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        notice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
