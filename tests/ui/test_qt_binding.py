"""The Qt binding must not leak or lose references on the calls the editor makes per keystroke.

PySide6 6.12.0 dropped a reference to None on every void call and to True/False on every
``Signal.emit``; on Python 3.11 the interpreter aborts once such a count reaches zero, i.e. after
some thousands of keystrokes. pyproject.toml excludes it; this test catches the next such release.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit


class _Emitter(QObject):
    changed = Signal(str)


def _drift(action, subject: object, rounds: int = 2000) -> float:
    before = sys.getrefcount(subject)
    for _ in range(rounds):
        action()
    return (sys.getrefcount(subject) - before) / rounds


def test_no_reference_drift_on_emit_and_void_calls(qapp) -> None:
    emitter = _Emitter()
    emitter.changed.connect(lambda text: None)
    line = QLineEdit()
    for subject in (None, True, False):
        assert abs(_drift(lambda: emitter.changed.emit("x"), subject)) < 0.01
        assert abs(_drift(qapp.processEvents, subject)) < 0.01
        assert abs(_drift(lambda: QTest.keyClick(line, "a"), subject, 300)) < 0.1
