"""Tab order for widgets built after the window: where they are on screen, not where they were made.

Qt puts a widget that joins a window at the end of the window's Tab order, so a section page built
when it is first shown would come after the card preview, and Tab from its last field would jump
out of the page. ``place_in_tab_order`` moves such a widget (and every Tab stop inside it) to just
before a widget that already has its right place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _tab_stop(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _stops_in(widget: QWidget) -> list[QWidget]:
    """The Tab stops of ``widget`` and its children, in their own Tab order."""
    stops = [widget] if _tab_stop(widget) else []
    node = widget.nextInFocusChain()
    seen = {id(widget)}
    while node is not None and node is not widget and id(node) not in seen:
        seen.add(id(node))
        if widget.isAncestorOf(node) and _tab_stop(node):
            stops.append(node)
        node = node.nextInFocusChain()
    return stops


def place_in_tab_order(widget: QWidget, before: QWidget) -> None:
    """Move ``widget``'s Tab stops, keeping their order, to just before ``before``'s Tab stops."""
    stops = _stops_in(widget)
    if not stops:
        return
    anchor = before.previousInFocusChain()
    while anchor is not None and anchor is not before and (
            not _tab_stop(anchor) or anchor is widget or widget.isAncestorOf(anchor)):
        anchor = anchor.previousInFocusChain()
    if anchor is None or anchor is before:
        return
    for stop in stops:
        QWidget.setTabOrder(anchor, stop)
        anchor = stop
