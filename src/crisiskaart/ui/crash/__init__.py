"""What the editor does when it meets a bug: keep the card, say so calmly, offer a clean report.

``guard.CrashGuard`` takes over ``sys.excepthook`` and ``threading.excepthook`` while the editor
runs (``ui/app.py``); ``report`` turns an exception into text without any of the card's content,
``scrub`` removes the open card's own strings from it once more, and ``dialogs`` shows both.
See docs/editor.md, "After a crash".
"""

from __future__ import annotations

from crisiskaart.ui.crash.guard import CrashGuard, Outcome, install_crash_guard

__all__ = ["CrashGuard", "Outcome", "install_crash_guard"]
