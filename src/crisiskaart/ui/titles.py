"""Titles and headings: bold, and larger than the text around them by a factor, never a fixed size.

The factor applies to the font the person chose, so someone who set large text in the system
gets titles that are larger still, and every screen keeps the same proportions.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def enlarge(label: QLabel, scale: float) -> QLabel:
    """Make ``label`` bold at ``scale`` times its font size; returns it, to build a title in one line."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
