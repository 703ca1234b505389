"""The editor's one application-wide event filter, shared by everything that must see all events.

Qt hands every event of every object in the program to each application-wide event filter. A
filter written in Python costs a call into the interpreter per event, with the event and its
receiver wrapped for Python: building a page of fields with one such filter installed takes about
half again as long, and each further filter adds as much (measured on the development machine).

The editor needs three application-wide looks: F1 in any window (also in a dialog that blocks the
main window), input anywhere as activity for locking the card, and a card the operating system
asks to open (macOS). They share this one filter. It hands each event only to the handlers that
asked for its type, and it is installed only while somebody watches.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

Handler = Callable[[QObject, QEvent], bool]  # True: the event is dealt with, nobody else gets it


class ApplicationEvents(QObject):
    """Hands events of the types a handler asked for to that handler, the latest handler first
    (as Qt asks the filter installed last first). A handler goes when its owner is destroyed."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.application = app
        self._handlers: dict[QEvent.Type, list[tuple[int, Handler]]] = {}
        self._owners: set[int] = set()
        self._installed = False

    def watch(self, kinds: Iterable[QEvent.Type], handler: Handler, owner: QObject) -> None:
        key = id(owner)
        if key not in self._owners:
            self._owners.add(key)
            owner.destroyed.connect(lambda _object=None, key=key: self._forget(key))
        for kind in kinds:
            handlers = self._handlers.setdefault(kind, [])
            if all(known != handler for _key, known in handlers):
                handlers.insert(0, (key, handler))
        self._update()

    def unwatch(self, handler: Handler) -> None:
        for kind in list(self._handlers):
            self._handlers[kind] = [(key, known) for key, known in self._handlers[kind] if known != handler]
        self._update()

    def _forget(self, owner_key: int) -> None:
        self._owners.discard(owner_key)
        for kind in list(self._handlers):
            self._handlers[kind] = [(key, known) for key, known in self._handlers[kind] if key != owner_key]
        self._update()

    def _update(self) -> None:
        self._handlers = {kind: handlers for kind, handlers in self._handlers.items() if handlers}
        wanted = bool(self._handlers)
        if wanted == self._installed:
            return
        with contextlib.suppress(RuntimeError):  # the application is going away: nothing to filter
            if wanted:
                self.application.installEventFilter(self)
            else:
                self.application.removeEventFilter(self)
        self._installed = wanted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handlers = self._handlers.get(event.type())
        if handlers:
            for _key, handler in tuple(handlers):  # a handler may watch or unwatch meanwhile
                if handler(watched, event):
                    return True
        return False


_events: ApplicationEvents | None = None


def application_events() -> ApplicationEvents | None:
    """The filter of the running application (made on first use), or None before there is one.

    Kept here rather than looked up among the application's children: that lookup wraps each
    child for Python, which costs a start more than the filter saves."""
    global _events
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _events is None or not shiboken6.isValid(_events) or _events.application is not app:
        _events = ApplicationEvents(app)
    return _events
