"""Keyboard users and people who need large text: one Alt+letter per thing, a Tab order that reads
like the screen with a name at every stop, a visible focus ring, everything fitting a 1440×900
screen at 200 % text, a sharp preview on high-DPI screens, and Dutch words everywhere."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

import pytest
from keyboard_audit import (
    dialog_factories,
    literal_ampersands,
    mnemonic_clashes,
    nameless,
    out_of_reading_order,
    tab_chain,
)
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.style import FOCUS_RING_PX, STYLE_SHEET

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = Path(os.environ.get("CRISISKAART_ARTEFACTS", ROOT / "test-artefacts"))
SCREEN = QSize(1440, 900)


def _screens(window: MainWindow, qtbot, make_card) -> Iterator[tuple[str, QWidget]]:
    """Every main screen in turn: welcome, new card, unlock, the editor (both modes), caseload."""
    from ui_helpers import PASSPHRASE

    yield "welcome", window
    window.new_card()
    assert window.new_card_dialog is not None
    qtbot.waitExposed(window.new_card_dialog)
    yield "new card", window.new_card_dialog
    window.new_card_dialog.reject()
    dialog = window.open_path(make_card())
    assert dialog is not None
    qtbot.waitExposed(dialog)
    yield "unlock", dialog
    dialog.passphrase.edit.setText(PASSPHRASE)
    dialog.passphrase.edit.returnPressed.emit()
    qtbot.waitUntil(lambda: window.editor is not None)
    editor = window.editor
    assert editor is not None
    editor.set_mode(editor.OVERVIEW)
    for key in ("personal", "contacts", "health"):
        editor.show_section(key)
        yield f"editor {key}", window
    editor.set_mode(editor.GUIDED)
    yield "editor guided", window
    caseload = window.show_caseload()
    assert caseload is not None
    qtbot.waitExposed(caseload)
    yield "caseload", caseload
    caseload.close()


def _none_of(problems: dict[str, object]) -> None:
    found = {where: what for where, what in problems.items() if what}
    assert not found, "\n".join(f"{where}: {what}" for where, what in found.items())


@pytest.fixture
def dialogs(tmp_path: Path, qtbot) -> Iterator[dict[str, QDialog]]:
    built = {name: make() for name, make in dialog_factories(tmp_path).items()}
    for dialog in built.values():
        qtbot.addWidget(dialog)
        dialog.show()
    yield built
    for dialog in built.values():
        dialog.reject()


@pytest.mark.parametrize("language", ["nl", pytest.param("en", marks=pytest.mark.english)])
def test_every_alt_letter_is_used_once_per_window_and_menu(language, qtbot, window, make_card,
                                                           dialogs) -> None:
    problems = {}
    for name, screen in _screens(window, qtbot, make_card):
        problems[name] = mnemonic_clashes(screen)
        problems[f"{name} &"] = literal_ampersands(screen)
    for name, dialog in dialogs.items():
        problems[name] = mnemonic_clashes(dialog)
        problems[f"{name} &"] = literal_ampersands(dialog)
    _none_of(problems)


def test_tab_goes_down_the_screen_and_every_stop_has_a_name(qtbot, window, make_card, dialogs) -> None:
    problems = {}
    for name, screen in chain(_screens(window, qtbot, make_card), dialogs.items()):
        stops = tab_chain(screen)
        assert stops, name
        problems[f"{name}: nameless"] = nameless(stops, screen)
        problems[f"{name}: order"] = out_of_reading_order(stops, screen)
    _none_of(problems)


@pytest.fixture
def large_text(qapp) -> Iterator[None]:
    original = QFont(qapp.font())
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(font)
    yield
    qapp.setFont(original)


def test_at_200_percent_every_window_fits_a_1440_by_900_screen(large_text, qtbot, window, make_card,
                                                               dialogs) -> None:
    folder = ARTEFACTS / "screens" / "nl-200pct"
    folder.mkdir(parents=True, exist_ok=True)
    too_big = {}
    for name, screen in chain(_screens(window, qtbot, make_card), dialogs.items()):
        needed = screen.minimumSizeHint().expandedTo(screen.minimumSize())
        if needed.width() > SCREEN.width() or needed.height() > SCREEN.height():
            too_big[name] = (needed.width(), needed.height())
        if name in ("caseload", "handover", "editor contacts"):
            screen.resize(screen.size().boundedTo(SCREEN).expandedTo(needed.boundedTo(SCREEN)))
            QApplication.processEvents()
            screen.grab().save(str(folder / f"fits-{name.replace(' ', '-')}.png"))
    assert too_big == {}


def test_the_handover_fingerprint_is_never_clipped_at_200_percent(large_text, qtbot, dialogs,
                                                                   tmp_path: Path) -> None:
    from test_accessibility_layout import clipped

    from crisiskaart.store import TEST_KDF, create_profile, fingerprint, public_key_path

    profile = tmp_path / "kim.profile"
    kim = create_profile(profile, "wachtwoord van kim", "Kim Jansen-Vermeulen van der Heijden",
                         "Stichting Cliëntenbelang Midden-Nederland", kdf=TEST_KDF)
    dialog = dialogs["handover"]
    assert dialog.set_public_key_file(public_key_path(profile))
    dialog.adjustSize()  # the size it opens with
    QApplication.processEvents()
    dialog.grab().save(str(ARTEFACTS / "screens" / "nl-200pct" / "dialog-handover-fingerprint.png"))
    assert fingerprint(kim.public_key) in dialog.key_info.text()
    assert clipped(dialog) == []
    assert dialog.width() <= SCREEN.width()


def test_one_style_sheet_gives_every_input_a_visible_focus_ring(qapp, qtbot, window) -> None:
    assert qapp.styleSheet() == STYLE_SHEET  # the fixtures' application is set up as the program's
    assert FOCUS_RING_PX >= 2
    for kind in ("QPushButton", "QLineEdit", "QPlainTextEdit", "QCheckBox", "QRadioButton", "QListView",
                 "QTreeView", "QComboBox", "QTabBar::tab", "QTableView", "QToolButton"):
        assert f"{kind}:focus" in STYLE_SHEET, kind
    assert f"border: {FOCUS_RING_PX}px solid" in STYLE_SHEET  # a thick frame, not just a colour
    # The ring is drawn: a focused button looks different from the same button without focus.
    button = next(b for b in window.welcome.findChildren(QPushButton) if b.isVisible())
    button.clearFocus()
    QApplication.processEvents()
    plain = button.grab().toImage()
    button.setFocus()
    QApplication.processEvents()
    assert button.hasFocus()
    assert button.grab().toImage() != plain


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit, QComboBox, QPushButton, QCheckBox, QListWidget,
                                  QTreeWidget, QTableWidget])
def test_the_focus_ring_is_as_thick_as_the_style_says_on_every_kind_of_input(kind: type[QWidget],
                                                                              qtbot) -> None:
    """Measured in the drawing, from the widget's left edge at half its height: a list, tree or
    table once drew one pixel of the ring only (Qt's style-sheet style leaves their frame to the
    platform unless they have a background of their own)."""
    from ui_helpers import ring_coloured

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(10, 10, 10, 10)
    widget = kind("Noor") if kind in (QPushButton, QCheckBox) else kind()
    layout.addWidget(widget)
    holder.resize(240, 140)
    holder.show()
    holder.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QApplication.processEvents()
    picture, middle = holder.grab().toImage(), widget.y() + widget.height() // 2
    seen = [ring_coloured(picture, widget.x() + step, middle) for step in range(FOCUS_RING_PX + 1)]
    assert seen == [True] * FOCUS_RING_PX + [False]


def test_the_card_preview_is_rendered_for_the_screen_pixels(tmp_path: Path) -> None:
    """At a device pixel ratio of 2 the preview has twice the pixels of its width on screen."""
    script = tmp_path / "dpr.py"
    script.write_text(
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from crisiskaart.ui.main_window import MainWindow\n"
        "from crisiskaart.ui.settings import Settings\n"
        "app = QApplication([])\n"
        f"window = MainWindow(Settings(Path({str(tmp_path / 's.ini')!r})), 'nl')\n"
        "window.resize(1300, 850); window.show(); window.open_example(); app.processEvents()\n"
        "preview = window.editor.preview; preview.request_drawing(); assert preview.wait_rendered()\n"
        "pixmap = preview.images.pixmap()\n"
        "print(preview.devicePixelRatioF(), pixmap.devicePixelRatio(), pixmap.width(),"
        " preview.area.viewport().width())\n"
        "window.session.dirty = False; window.close_card()\n")
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    output = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True,
                            check=True, timeout=120).stdout.split()
    screen_ratio, pixmap_ratio, pixel_width, label_width = map(float, output[-4:])
    assert screen_ratio == 2
    assert pixmap_ratio == 2
    assert pixel_width >= 1.9 * (label_width - 8) * 0.9
    assert pixel_width / pixmap_ratio <= label_width  # fits its place without scrolling sideways


def test_qt_own_buttons_and_the_word_for_the_client_list_are_dutch(qtbot, window) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Yes,
                                                              QMessageBox.StandardButton.Cancel)}
    assert texts == {"Ja", "Annuleren"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    assert {b.text().replace("&", "") for b in buttons.buttons()} == {"Opslaan", "Sluiten"}
    assert "Caseload" not in window.caseload_action.text()
    assert window.caseload_action.text().replace("&", "").startswith("Cliëntenlijst")
    caseload = window.show_caseload()
    assert caseload is not None
    assert caseload.windowTitle().startswith("Cliëntenlijst")
    assert caseload.table.accessibleName() == "Cliëntenlijst"
    caseload.close()


def test_counts_are_said_in_singular_and_plural(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    text = "ℹ %n lines do not fit in the QR code for emergency services; they are on the card."
    assert QCoreApplication.translate("CardPreview", text, None, 1).startswith("ℹ 1 regel past ")
    assert QCoreApplication.translate("CardPreview", text, None, 2).startswith("ℹ 2 regels passen ")
