"""Every input has a name for screen readers; every page is photographed at 100% and 200% font
size (Dutch) and checked programmatically for clipped text."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QWidget,
)

from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = Path(os.environ.get("CRISISKAART_ARTEFACTS", ROOT / "test-artefacts"))
INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QRadioButton, QPushButton, QListWidget)


def _visible(root: QWidget, kinds: tuple[type, ...]) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(root)]


def clipped(root: QWidget) -> list[str]:
    """Texts that do not fit in the space their widget got (wrapped labels: height; others: width)."""
    problems = []
    for area in _visible(root, (QScrollArea,)) + ([root] if isinstance(root, QScrollArea) else []):
        content = area.widget()  # type: ignore[attr-defined]
        if content is not None and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            needed = content.minimumSizeHint().width()
            if needed > area.viewport().width() + 1:  # type: ignore[attr-defined]
                problems.append(f"page {area.objectName()}: needs {needed} px, has {area.viewport().width()}")
    for view in _visible(root, (QListWidget,)):
        if not view.wordWrap():  # type: ignore[attr-defined]
            problems.append(f"list {view.objectName()} cuts long items off")
    for widget in _visible(root, (QLabel, QAbstractButton)):
        if isinstance(widget, QLabel):
            if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"label {widget.text()[:40]!r}: height {widget.height()} < {needed}")
                continue
        if not getattr(widget, "text", lambda: "")():
            continue
        needed = widget.sizeHint().width()
        if needed > widget.width() + 1:
            text = widget.text()[:40]  # type: ignore[attr-defined]
            problems.append(f"{type(widget).__name__} {text!r}: width {widget.width()} < {needed}")
    return problems


@pytest.fixture(params=[1.0, 1.5, 2.0], ids=["100pct", "150pct", "200pct"])
def scaled_window(request, qtbot, qapp, tmp_path: Path) -> Iterator[tuple[MainWindow, float]]:
    original = QFont(qapp.font())
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * request.param)
    qapp.setFont(font)
    window = MainWindow(Settings(tmp_path / "s.ini"), "nl")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window, request.param
    if window.session is not None:
        window.session.dirty = False  # the example card: nothing to ask about
    window.close_card()
    qapp.setFont(original)


def test_every_page_is_photographed_and_nothing_is_clipped(scaled_window) -> None:
    window, scale = scaled_window
    folder = ARTEFACTS / "screens" / f"nl-{int(scale * 100)}pct"
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    window.grab().save(str(folder / "00-welcome.png"))
    problems = {"welcome": clipped(window.welcome)}
    window.open_example()
    editor = window.editor
    assert editor is not None
    problems["navigation"] = clipped(editor.navigation.parentWidget())
    # The section pages, then the eigen plan van aanpak and the zelfbinding worksheet beside them.
    for number, key in enumerate([*editor.section_pages, *editor.extra_pages], start=1):
        editor.show_section(key)
        QApplication.processEvents()
        if not editor.preview.drawn():  # the card as it is printed, in the screenshot
            editor.preview.request_drawing()
            editor.preview.wait_rendered()
        window.grab().save(str(folder / f"{number:02d}-{key}.png"))
        problems[key] = clipped(editor.pages.currentWidget())
    editor.set_mode(editor.GUIDED)
    for index in range(len(editor.guided.questions)):
        editor.guided.show_question(index, focus=False)
        QApplication.processEvents()
        if index % 8 == 0:
            window.grab().save(str(folder / f"guided-{index + 1:02d}.png"))
        problems[f"guided {index + 1}"] = clipped(editor.guided)
    assert {k: v for k, v in problems.items() if v} == {}


def test_every_input_has_an_accessible_name(qtbot, window: MainWindow) -> None:
    window.open_example()
    editor = window.editor
    assert editor is not None
    missing = []
    for page in [*editor.section_pages.values(), editor.guided, editor.navigation.parentWidget()]:
        for widget in page.findChildren(QWidget):
            if isinstance(widget, INPUTS) and not isinstance(widget.parent(), QComboBox):
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
                if not name.replace("&", "").strip():
                    missing.append(f"{type(widget).__name__} {widget.objectName()}")
    assert missing == []
    # Inputs with an explanation carry it as their description for screen readers.
    summary = next(w for w in editor.section_pages["my_crisis"].findChildren(QPlainTextEdit))
    assert "kaart" in summary.accessibleDescription()


def test_dialogs_and_lock_screen_are_photographed_and_not_clipped(scaled_window, qtbot, make_card) -> None:
    from ui_helpers import PASSPHRASE, unlock

    window, scale = scaled_window
    folder = ARTEFACTS / "screens" / f"nl-{int(scale * 100)}pct"
    folder.mkdir(parents=True, exist_ok=True)
    problems: dict[str, list[str]] = {}
    window.new_card()
    dialog = window.new_card_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase.edit, "kort")
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(folder / "dialog-new-card.png"))
    problems["new card"] = clipped(dialog)
    dialog.reject()
    unlock_dialog = unlock(qtbot, window, make_card(), "fout")
    unlock_dialog.grab().save(str(folder / "dialog-unlock-wrong.png"))
    problems["unlock"] = clipped(unlock_dialog)
    unlock_dialog.passphrase.edit.clear()
    qtbot.keyClicks(unlock_dialog.passphrase.edit, PASSPHRASE)
    unlock_dialog.passphrase.edit.returnPressed.emit()
    qtbot.waitUntil(lambda: window.editor is not None)
    window.lock()
    QApplication.processEvents()
    window.grab().save(str(folder / "lock-screen.png"))
    problems["lock"] = clipped(window.lock_page)
    assert {k: v for k, v in problems.items() if v} == {}


def _scrolls_sideways(root: QWidget) -> list[str]:
    """Scroll areas in ``root`` whose page is wider than they are: the text runs off the side."""
    areas = _visible(root, (QScrollArea,)) + ([root] if isinstance(root, QScrollArea) else [])
    return [area.objectName() or type(area.widget()).__name__  # type: ignore[attr-defined]
            for area in areas if area.horizontalScrollBar().isVisible()]  # type: ignore[attr-defined]


def test_the_plan_van_aanpak_fits_its_page_at_large_letters_and_on_a_small_screen(scaled_window) -> None:
    """Rows of buttons wrap and the hearing's requests (whole sentences) wrap, so no tab of the
    eigen plan van aanpak scrolls sideways: not at 150 % or 200 % letters, nor at 100 % in a window
    of a small laptop screen."""
    from PySide6.QtWidgets import QTabWidget

    from crisiskaart.ui.pva.page import PlanVanAanpakPage

    window, scale = scaled_window
    if scale == 1.0:
        window.resize(900, 700)
    folder = ARTEFACTS / "screens" / f"nl-{int(scale * 100)}pct"
    folder.mkdir(parents=True, exist_ok=True)
    window.open_example()
    editor = window.editor
    assert editor is not None
    editor.show_section("plan_van_aanpak")
    page = editor.extra_pages["plan_van_aanpak"]
    assert isinstance(page, PlanVanAanpakPage)
    [tabs] = page.findChildren(QTabWidget)
    problems: dict[str, list[str]] = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        name = tabs.tabText(index).replace("&", "")
        window.grab().save(str(folder / f"pva-{index + 1}.png"))
        problems[name] = _scrolls_sideways(tabs.currentWidget()) + clipped(tabs.currentWidget())
    problems["export buttons"] = clipped(page)
    assert {k: v for k, v in problems.items() if v} == {}


def test_a_click_on_the_words_of_a_wrapped_choice_ticks_its_box(qtbot, window: MainWindow) -> None:
    from crisiskaart.model.plan_van_aanpak import CourtRequest
    from crisiskaart.ui.editor.fields import ChoiceWords, FieldRow, MultiChoice
    from crisiskaart.ui.pva.hearing import HearingView

    window.open_example()
    editor = window.editor
    assert editor is not None and window.session is not None
    editor.show_section("plan_van_aanpak")
    [view] = editor.extra_pages["plan_van_aanpak"].findChildren(HearingView)
    requests = "field:plan_van_aanpak.hearing.requests"
    [row] = [r for r in view.findChildren(FieldRow) if r.objectName() == requests]
    assert isinstance(row.input, MultiChoice)
    words = row.input.findChildren(ChoiceWords)
    boxes = dict(row.input.boxes)
    assert [w.text() for w in words] == [box.accessibleName().split(": ", 1)[1] for box in boxes.values()]
    assert all(box.text() == "" for box in boxes.values())  # the words beside it say it, wrapped
    assert [w.text() for w in row.input.words] == [w.text() for w in words]
    box = boxes[CourtRequest.FEWER_MEASURES]
    before = box.isChecked()
    [beside] = [w for w in words if w.box is box]
    qtbot.mouseClick(beside, Qt.MouseButton.LeftButton)
    assert box.isChecked() is not before
    hearing = window.session.document.plan.plan_van_aanpak.hearing  # type: ignore[union-attr]
    assert (CourtRequest.FEWER_MEASURES in hearing.requests) is not before
    window.session.dirty = False  # the example card: nothing to ask about


def test_a_choice_box_shows_its_whole_focus_ring(qtbot, window: MainWindow) -> None:
    """A check box whose words are beside it is only its square: the ring must still go all round."""
    from ui_helpers import ring_coloured

    from crisiskaart.ui.editor.fields import MultiChoice

    window.open_example()
    editor = window.editor
    assert editor is not None and window.session is not None
    editor.show_section("contacts")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    [choices, *_] = [c for c in editor.pages.currentWidget().findChildren(MultiChoice) if c.isVisible()]
    _choice, box = choices.boxes[0]
    qtbot.wait(50)  # the page puts the focus in its first field once it is shown
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    QApplication.processEvents()
    picture = box.grab().toImage()

    def blue(x: int, y: int) -> bool:
        return ring_coloured(picture, x, y)

    width, height = picture.width(), picture.height()
    sides = {
        "top": any(blue(x, 1) for x in range(width)),
        "bottom": any(blue(x, height - 2) for x in range(width)),
        "left": any(blue(1, y) for y in range(height)),
        "right": any(blue(width - 2, y) for y in range(height)),
    }
    assert sides == dict.fromkeys(sides, True), (box.size(), sides)
    window.session.dirty = False
