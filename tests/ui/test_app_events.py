"""The one application-wide event filter: each handler gets only the events it asked for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtWidgets import QWidget
from ui_helpers import PASSPHRASE, field_input, unlock

from crisiskaart.model import example_plan
from crisiskaart.ui.app_events import ApplicationEvents, application_events
from crisiskaart.ui.main_window import MainWindow


def test_there_is_one_filter_per_application(qapp) -> None:
    first = application_events()
    assert isinstance(first, ApplicationEvents)
    assert application_events() is first


def test_a_handler_gets_only_its_kinds_latest_first_and_may_take_the_event(qtbot, qapp) -> None:
    events = application_events()
    assert events is not None
    owner, target = QObject(), QWidget()
    seen: list[str] = []

    def early(_watched: QObject, event: QEvent) -> bool:
        seen.append(f"early {event.type().name}")
        return False

    def late(_watched: QObject, event: QEvent) -> bool:
        seen.append(f"late {event.type().name}")
        return event.type() == QEvent.Type.FileOpen  # taken: "early" never sees it

    events.watch((QEvent.Type.FileOpen, QEvent.Type.Hide), early, owner)
    events.watch((QEvent.Type.FileOpen,), late, owner)
    try:
        assert QCoreApplication.sendEvent(qapp, QFileOpenEvent("/nergens/kaart.crisiskaart"))
        QCoreApplication.sendEvent(target, QEvent(QEvent.Type.Hide))
        QCoreApplication.sendEvent(target, QEvent(QEvent.Type.Show))  # nobody asked for it
    finally:
        events.unwatch(early)
        events.unwatch(late)
    assert seen == ["late FileOpen", "early Hide"]
    QCoreApplication.sendEvent(target, QEvent(QEvent.Type.Hide))
    assert seen == ["late FileOpen", "early Hide"]  # unwatched: no longer asked


def test_a_handler_goes_with_its_owner(qtbot, qapp) -> None:
    events = application_events()
    assert events is not None
    owner, target = QWidget(), QWidget()
    seen: list[QEvent.Type] = []

    def handler(_watched: QObject, event: QEvent) -> bool:
        seen.append(event.type())
        return False

    events.watch((QEvent.Type.Hide,), handler, owner)
    QCoreApplication.sendEvent(target, QEvent(QEvent.Type.Hide))
    assert seen == [QEvent.Type.Hide]
    owner.deleteLater()
    qtbot.waitUntil(lambda: id(owner) not in events._owners)
    QCoreApplication.sendEvent(target, QEvent(QEvent.Type.Hide))
    assert seen == [QEvent.Type.Hide]


def test_the_filter_is_installed_only_while_somebody_watches(qtbot, qapp) -> None:
    events = application_events()
    assert events is not None
    owner = QObject()
    before = dict(events._handlers)

    def handler(_watched: QObject, _event: QEvent) -> bool:
        return False

    events.watch((QEvent.Type.Wheel,), handler, owner)
    assert events._installed
    events.unwatch(handler)
    assert events._handlers == before
    assert events._installed == bool(before)


# --- what the editor watches, and when ---------------------------------------------------------------
def _owned_by(events: ApplicationEvents, owner: QObject) -> set[QEvent.Type]:
    return {kind for kind, handlers in events._handlers.items()
            if any(key == id(owner) for key, _handler in handlers)}


def _focus(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is widget.windowHandle())


def test_the_welcome_screen_and_the_example_card_need_no_application_wide_filter(
        qtbot, window: MainWindow) -> None:
    events = application_events()
    assert events is not None
    _focus(qtbot, window)
    assert not _owned_by(events, window) and not _owned_by(events, window.help)
    window.open_example()
    assert window.session is not None and window.session.is_example
    assert not _owned_by(events, window) and not _owned_by(events, window.help)


def test_f1_is_watched_application_wide_only_while_another_window_has_the_focus(
        qtbot, window: MainWindow) -> None:
    events = application_events()
    assert events is not None
    _focus(qtbot, window)
    window.new_card()
    dialog = window.new_card_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    _focus(qtbot, dialog)
    assert _owned_by(events, window.help) == {QEvent.Type.KeyPress}
    dialog.reject()
    _focus(qtbot, window)
    assert not _owned_by(events, window.help)


def test_input_keeps_an_open_card_from_locking_itself(qtbot, window: MainWindow, make_card) -> None:
    events = application_events()
    assert events is not None
    unlock(qtbot, window, make_card(example_plan()), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    assert _owned_by(events, window) >= {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress}
    summary = field_input(window, "my_crisis", "summary")
    window.idle_timer.start(400)  # the setting is in minutes; the mechanism is the same
    for _ in range(8):  # 0.8 s of typing, twice the time without input that locks the card
        qtbot.keyClick(summary, Qt.Key.Key_Space)
        qtbot.wait(100)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3000)  # no more input: it locks
    window.close()
    assert not _owned_by(events, window)
