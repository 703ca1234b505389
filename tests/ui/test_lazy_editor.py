"""The editor paints first and builds later, and its card preview is drawn by another process.

Only the first section page exists when a card opens; other pages are built when shown, with
their place in the Tab order and their validation markers. The preview is drawn from a snapshot
in the render process (``ui/editor/preview_render.py``), never on the GUI thread, and always ends
on the text typed last.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from crisiskaart.export import render_wallet_card
from crisiskaart.model import CrisisPlan, example_plan
from crisiskaart.ui.editor.fields import FieldRow
from crisiskaart.ui.editor.preview import renderer
from crisiskaart.ui.editor.preview_render import preview_context, rasterise
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.session import CardSession

RENDER_MS = 120_000  # a busy machine draws the card slowly; the tests wait, the editor never does


def _forget_changes(window: MainWindow) -> None:
    """The example card asks before its changes are lost; these tests do not keep them."""
    assert window.session is not None
    window.session.document.undo_stack.clear()
    window.session.dirty = False


def _tab_stops(widget: QWidget) -> list[QWidget]:
    return [w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.isVisible() and w.isEnabled()]


def test_a_card_opens_with_only_its_first_page_built(window: MainWindow) -> None:
    window.open_example()
    editor = window.editor
    assert editor is not None
    assert list(editor.section_pages.built()) == ["personal"]
    assert editor.extra_pages.built() == {}
    assert editor.pages.count() == 1
    editor.show_section("contacts")
    assert list(editor.section_pages.built()) == ["personal", "contacts"]
    assert editor.pages.currentWidget() is editor.section_pages["contacts"]
    editor.show_section("plan_van_aanpak")  # the plan van aanpak too, when it is first shown
    assert editor.pages.currentWidget() is editor.extra_pages["plan_van_aanpak"]
    assert list(editor.extra_pages.built()) == ["plan_van_aanpak"]
    assert len(editor.section_pages) == len(editor.sections)  # asking for all of them builds all
    assert len(list(editor.section_pages.values())) == len(editor.sections) == editor.pages.count() - 1


def test_a_page_built_later_sits_in_the_tab_order_where_it_is_on_screen(qtbot, window: MainWindow) -> None:
    window.open_example()
    editor = window.editor
    assert editor is not None
    editor.show_section("contacts")  # built now: after the preview, had nobody moved it
    page = editor.section_pages["contacts"]
    qtbot.waitUntil(page.isVisible)
    stops = _tab_stops(page)
    last = stops[-1]
    last.setFocus()
    QTest.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.preview.area  # on to the card preview, on the right
    page.setFocus()  # the page itself is its first Tab stop: it scrolls the section
    QTest.keyClick(page, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is editor.overview_button  # back to the way of writing above it
    editor.overview_button.setFocus()
    QTest.keyClick(editor.overview_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page


def test_a_page_built_after_the_check_shows_its_problems(qtbot, window: MainWindow) -> None:
    plan = example_plan()
    plan.contacts[0].phone = "12"
    window.open_session(CardSession(plan, None, "nl", parent=window))
    editor = window.editor
    assert editor is not None
    qtbot.waitUntil(lambda: bool(editor.issues))  # the check runs once the window is painted
    assert "contacts" not in editor.section_pages.built()
    editor.show_section("contacts")
    phones = [row for row in editor.section_pages["contacts"].findChildren(FieldRow)
              if row.path[0] == "contacts" and row.path[-1] == "phone"]
    assert "telefoonnummer" in phones[0].message.text().lower()
    assert phones[0].message.isVisibleTo(phones[0])


def _shown_pixels(window: MainWindow) -> tuple[int, bytes]:
    pixmap = window.editor.preview.images.pixmap()  # type: ignore[union-attr]
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB888)
    row = image.width() * 3
    data = bytes(image.constBits())
    rows = b"".join(data[y * image.bytesPerLine():y * image.bytesPerLine() + row]
                    for y in range(image.height()))
    return image.width(), rows


def _drawn_here(plan: CrisisPlan, width: int) -> bytes:
    """The card drawn in this test process, by the export and pdfium, for comparison."""
    context = preview_context(plan, "nl", None, None).context
    image = rasterise(render_wallet_card(plan, context).pdf, width, 12)
    assert image is not None
    return image.pixels


def test_the_preview_is_drawn_in_another_process_and_the_last_text_wins(qtbot, window: MainWindow) -> None:
    window.open_example()
    editor = window.editor
    assert editor is not None
    preview = editor.preview
    qtbot.waitUntil(preview.drawn, timeout=RENDER_MS)  # the first drawing follows the first paint
    assert preview.last_result is not None and preview.last_result.pid != os.getpid()
    name = editor.section_pages["personal"].widgets[("personal", "full_name")].input
    drawn: list[int] = []
    preview.rendered.connect(lambda: drawn.append(1))
    name.selectAll()
    qtbot.keyClicks(name, "Anna Eerste")
    preview.request_drawing()  # the pause after typing: the render process draws "Anna Eerste" …
    assert not preview.is_current()  # … while the editor goes on at once
    name.selectAll()
    qtbot.keyClicks(name, "Bram Laatste")  # typed on while it draws
    preview.request_drawing()
    qtbot.waitUntil(preview.drawn, timeout=RENDER_MS)
    assert drawn == [1]  # the drawing of "Anna Eerste" came back too late and was dropped
    assert preview.last_result.pid != os.getpid()
    width, shown = _shown_pixels(window)
    plan = window.session.document.plan  # type: ignore[union-attr]
    assert plan.personal.full_name == "Bram Laatste"
    assert shown == _drawn_here(plan, width)
    earlier = plan.model_copy(deep=True)
    earlier.personal.full_name = "Anna Eerste"
    assert shown != _drawn_here(earlier, width)
    _forget_changes(window)


def test_a_render_process_that_dies_is_said_in_words_and_replaced(qtbot, window: MainWindow) -> None:
    window.open_example()
    editor = window.editor
    assert editor is not None
    preview = editor.preview
    qtbot.waitUntil(preview.drawn, timeout=RENDER_MS)
    first = renderer().pid()
    assert first is not None and first > 1 and first != os.getpid()
    preview.request_drawing()
    os.kill(first, signal.SIGKILL)  # while it draws
    qtbot.waitUntil(preview.drawn, timeout=RENDER_MS)
    assert preview.problems.text() == ("De kaart kon nu niet getekend worden. Na je volgende wijziging "
                                       "wordt hij opnieuw getekend.")
    assert "Noor Bakker" in preview.images.text()  # meanwhile the card's text, in words
    window.session.document.set_value(("personal", "preferred_name"), "Noortje")  # type: ignore[union-attr]
    preview.request_drawing()
    qtbot.waitUntil(preview.drawn, timeout=RENDER_MS)
    assert preview.last_result is not None and preview.last_result.pid not in (first, os.getpid())
    assert not preview.images.pixmap().isNull()
    assert preview.problems.text().startswith("✓ Alles past op de kaart.")
    _forget_changes(window)


START = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
HEAVY = ("crisiskaart.model.plan", "pydantic", "crisiskaart.store", "crisiskaart.ui.editor.editor_page",
         "reportlab", "pypdfium2")
seen = {"beats": 0}
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "first" not in seen:
            name = started.window.findChild(QWidget, "field:personal.full_name")
            seen["first"] = {"editor": started.window.editor is not None,
                             "loaded": [name for name in HEAVY if name in sys.modules],
                             "name": None if name is None else name.text()}
        return False
probe = Probe()
app.installEventFilter(probe)
def beat():  # the event loop answering while the example loads: a heartbeat between paint and card
    if "first" in seen and started.window.editor is None:
        seen["beats"] += 1
        seen["loading"] = "crisiskaart.model.plan" in sys.modules or seen.get("loading", False)
heart = QTimer()
heart.setInterval(5)
heart.timeout.connect(beat)
heart.start()
from crisiskaart.ui.app import start_editor
started = start_editor(demo=True, language="nl")
def done():
    editor = started.window.editor
    if editor is None or not editor.preview.drawn():
        QTimer.singleShot(50, done)
        return
    seen["opening_page_left"] = started.window.findChild(QObject, "openingPage") is None
    seen["then"] = {"built": list(editor.section_pages.built()),
                    "loaded": [name for name in HEAVY if name in sys.modules],
                    "drawn_by": editor.preview.last_result.pid, "editor_pid": os.getpid()}
    print(json.dumps(seen), flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def test_gui_demo_paints_first_answers_while_loading_and_never_loads_the_renderer(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", START], env=env, capture_output=True, text=True,
                          timeout=300, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    # the first paint is the card's first page, from its JSON: without the model or the editor
    assert seen["first"] == {"editor": False, "loaded": [], "name": "Noor Bakker"}
    # the model loads beside the event loop: the heartbeat went on while it was loading
    assert seen["loading"] and seen["beats"] >= 3
    assert seen["opening_page_left"]
    assert seen["then"]["built"] == ["personal"]
    loaded = seen["then"]["loaded"]  # the card and its editor loaded after the paint …
    assert "crisiskaart.model.plan" in loaded and "crisiskaart.ui.editor.editor_page" in loaded
    assert "reportlab" not in loaded and "pypdfium2" not in loaded  # … the PDF stack only in the renderer
    assert "crisiskaart.store" not in loaded  # the example has no file: its preview needs no store
    assert seen["then"]["drawn_by"] != seen["then"]["editor_pid"]
