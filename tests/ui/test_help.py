"""Help and About: the guide's pages in Dutch and English, F1 on each screen, links between pages,
and the About dialog's facts (version, licence, the viewer's SHA-256, where files live)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget
from test_accessibility_layout import clipped
from ui_helpers import PASSPHRASE, unlock

import crisiskaart
from crisiskaart.resource_files import resource
from crisiskaart.store.seen import state_folder
from crisiskaart.ui.help.about import AboutDialog
from crisiskaart.ui.help.context import CONTEXT_HELP, Topic, topic_for
from crisiskaart.ui.help.pages import LANGUAGES, PAGES, anchors, links, page_html, page_title, split_link
from crisiskaart.ui.help.window import HelpWindow
from crisiskaart.ui.main_window import MainWindow
from crisiskaart.ui.settings import Settings

SHOTS = Path("/tmp/crisiskaart-help")
VIEWER = resource("viewer", "index.html")


def press_f1(widget: QWidget | None) -> HelpWindow:
    """F1 as a person presses it, in the widget's window with the focus on the widget; returns the
    guide that opened."""
    assert widget is not None
    window = widget.window()
    window.activateWindow()  # the key goes where the person looks: the guide may have been in front
    for _ in range(200):
        if window.isActiveWindow():
            break
        QTest.qWait(10)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_F1)
    QApplication.processEvents()
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow) and w.isVisible())


def shows(guide: HelpWindow, page: str, anchor: str = "", language: str = "nl") -> bool:
    title = page_title(page, language)
    listed = guide.pages.currentItem().text() if guide.pages.currentItem() else ""
    return (guide.current_page, guide.current_anchor, guide.browser.documentTitle(), listed) == (
        page, anchor, title, title)


# --- the pages themselves --------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_exists_in_both_languages_and_needs_nothing_from_outside(page: str, language: str) -> None:
    html = page_html(page, language)
    assert f'<html lang="{language}">' in html
    assert page_title(page, language) != page
    assert re.search(r"<h1>", html) and re.search(r"<h2 id=", html)  # headings a screen reader can jump to
    assert not re.search(r"<(img|script|link|iframe|object|style)\b|\bsrc=|https?:|url\(", html, re.I)


@pytest.mark.parametrize("page", PAGES)
def test_both_languages_have_the_same_places_to_point_at(page: str) -> None:
    assert anchors(page_html(page, "nl")) == anchors(page_html(page, "en"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_link_between_pages_resolves(language: str) -> None:
    broken = []
    for page in PAGES:
        for href in links(page_html(page, language)):
            target, anchor = split_link(href)
            target = target or page
            if target not in PAGES or (anchor and anchor not in anchors(page_html(target, language))):
                broken.append(f"{page}: {href}")
    assert broken == []


def test_every_f1_topic_points_at_a_page_and_place_that_exist() -> None:
    for _rank, topic in CONTEXT_HELP.values():
        assert topic.page in PAGES
        for language in LANGUAGES:
            assert not topic.anchor or topic.anchor in anchors(page_html(topic.page, language)), topic


def test_the_plan_van_aanpak_page_says_it_is_not_legal_advice() -> None:
    assert "geen juridisch advies" in page_html("plan-van-aanpak", "nl").lower()
    assert "not legal advice" in page_html("plan-van-aanpak", "en").lower()


# --- the Help menu ---------------------------------------------------------------------------------
def test_the_help_menu_is_last_its_mnemonic_is_free_and_it_opens_the_guide(qtbot, window: MainWindow) -> None:
    menus = [action for action in window.menuBar().actions() if isinstance(action.menu(), QMenu)]
    assert menus[-1].text() == "&Help"
    mnemonics = [re.search(r"&(\w)", a.text()).group(1).lower() for a in menus]  # type: ignore[union-attr]
    assert len(mnemonics) == len(set(mnemonics)), mnemonics
    items = [a.text() for a in menus[-1].menu().actions() if not a.isSeparator()]
    assert items == ["&Handleiding", "&Over crisiskaart"]
    assert window.help.guide_action.shortcut().toString() == "F1"
    window.help.guide_action.trigger()
    guide = window.help.help_window
    assert guide is not None and guide.isVisible()
    assert shows(guide, "crisiskaart")  # from the welcome screen
    assert not guide.back_button.isEnabled()  # nothing read yet to go back to
    assert guide.pages.count() == len(PAGES)


# --- F1 on each screen -----------------------------------------------------------------------------
def test_f1_on_the_welcome_screen_explains_what_a_crisis_card_is(qtbot, window: MainWindow) -> None:
    guide = press_f1(window.welcome.new_button)
    assert shows(guide, "crisiskaart")
    assert guide.windowTitle() == "Wat is een crisiskaart? — Handleiding — crisiskaart"
    assert topic_for(window) == Topic("crisiskaart")  # nothing focused yet: the screen decides


def test_f1_while_writing_explains_writing_the_card(qtbot, window: MainWindow) -> None:
    window.open_example()
    editor = window.editor
    assert editor is not None
    assert shows(press_f1(editor.navigation), "schrijven")
    editor.show_section("contacts")
    page = editor.section_pages["contacts"]
    field = next(w for w in page.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                 and w.isVisible() and type(w).__name__ in ("QLineEdit", "QPlainTextEdit"))
    assert shows(press_f1(field), "schrijven", "overzicht")
    visibility = next(w for w in page.findChildren(QWidget) if type(w).__name__ == "VisibilityBox")
    assert shows(press_f1(visibility), "qr-code", "zichtbaarheid")
    editor.show_section("management")
    management = editor.section_pages["management"]
    field = next(w for w in management.findChildren(QWidget)
                 if type(w).__name__ in ("QLineEdit", "QDateEdit", "QPlainTextEdit") and w.isVisible())
    assert shows(press_f1(field), "schrijven", "versies")
    editor.set_mode(editor.GUIDED)
    QApplication.processEvents()
    assert shows(press_f1(window.focusWidget()), "schrijven", "stap-voor-stap")


def test_f1_on_the_card_preview_explains_printing(qtbot, window: MainWindow) -> None:
    window.open_example()
    assert window.editor is not None
    assert shows(press_f1(window.editor.preview.area), "printen")


def test_f1_on_the_plan_van_aanpak_explains_it(qtbot, window: MainWindow) -> None:
    window.open_example()
    editor = window.editor
    assert editor is not None
    editor.show_section("plan_van_aanpak")
    QApplication.processEvents()
    page = editor.extra_pages["plan_van_aanpak"]
    button = next(w for w in page.findChildren(QWidget) if w.isVisible() and w.focusPolicy()
                  & Qt.FocusPolicy.TabFocus)
    assert shows(press_f1(button), "plan-van-aanpak")
    assert topic_for(window) == Topic("plan-van-aanpak")  # the screen shown, without focus


def test_f1_in_the_passphrase_dialog_explains_privacy_and_the_guide_stays_usable(
        qtbot, window: MainWindow, make_card) -> None:
    dialog = window.open_path(make_card())
    assert dialog is not None
    qtbot.waitExposed(dialog)
    guide = press_f1(dialog.passphrase.edit)
    assert shows(guide, "privacy", "wachtwoord")
    # The dialog blocks the main window, not the guide: keys through the window system reach it.
    QTest.keyClick(guide.windowHandle(), Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert not guide.isVisible() and dialog.isVisible()
    dialog.reject()


def test_f1_when_making_a_card_and_on_the_lock_screen_explains_privacy(
        qtbot, window: MainWindow, make_card) -> None:
    window.new_card()
    dialog = window.new_card_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert shows(press_f1(dialog.passphrase.edit), "privacy", "wachtwoord")
    dialog.reject()
    unlock(qtbot, window, make_card(), PASSPHRASE)
    qtbot.waitUntil(lambda: window.editor is not None)
    window.lock()
    assert shows(press_f1(window.lock_page.passphrase.edit), "privacy", "op-slot")


# --- the guide's window ----------------------------------------------------------------------------
def test_links_work_with_the_keyboard_and_back_returns(qtbot, window: MainWindow) -> None:
    guide = window.help.show_guide(Topic("printen"))
    guide.browser.setFocus()
    QTest.keyClick(guide.browser, Qt.Key.Key_Tab)  # the first link on the page
    QTest.keyClick(guide.browser, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert shows(guide, "schrijven", "versies")
    assert guide.back_button.isEnabled()
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert guide.current_page == "printen"
    QTest.keyClick(guide.browser, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert guide.current_page == "schrijven"
    QTest.keyClick(guide.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert guide.current_page == "printen"
    guide.pages.setFocus()
    QTest.keyClick(guide.pages, Qt.Key.Key_Down)  # the page list follows the arrow keys
    assert shows(guide, "qr-code")
    QTest.keyClick(guide.pages, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_closing_the_editor_closes_the_guide(qtbot, settings: Settings) -> None:
    window = MainWindow(settings, "nl")
    qtbot.addWidget(window)
    window.show()
    guide = window.help.show_guide()
    window.close()
    assert not guide.isVisible()


@pytest.mark.english
def test_the_english_interface_shows_english_pages(qtbot, window: MainWindow) -> None:
    guide = press_f1(window.welcome.new_button)
    assert shows(guide, "crisiskaart", language="en")
    assert guide.browser.documentTitle() == "What is a crisis card?"
    assert [guide.pages.item(row).text() for row in range(guide.pages.count())] == [
        page_title(page, "en") for page in PAGES]
    assert window.menuBar().actions()[-1].text() == "&Help"
    assert window.help.about_action.text() == "&About crisiskaart"


# --- About -----------------------------------------------------------------------------------------
def test_about_shows_version_licence_viewer_fingerprint_and_where_files_are(
        qtbot, window: MainWindow, settings: Settings, tmp_path: Path) -> None:
    settings.last_card_folder = tmp_path / "kaarten"
    about = window.help.show_about()
    assert isinstance(about, AboutDialog)
    assert crisiskaart.__version__ in about.version.text()
    assert "EUPL-1.2" in about.licence.text()
    assert about.viewer.text() == hashlib.sha256(VIEWER.read_bytes()).hexdigest()
    assert about.state_folder.text() == str(state_folder())
    assert about.settings_file.text() == str(settings.path)
    assert about.card_folder.text() == str(tmp_path / "kaarten")
    for value in (about.viewer, about.state_folder, about.settings_file, about.card_folder):
        assert value.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert shows(press_f1(about.viewer), "privacy", "bestanden")


# --- how it looks ----------------------------------------------------------------------------------
@pytest.fixture(params=[1.0, 1.5], ids=["100pct", "150pct"])
def scale(request, qapp) -> Iterator[float]:
    original = QFont(qapp.font())
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(original)


def test_guide_and_about_are_photographed_and_nothing_is_clipped(
        qtbot, settings: Settings, scale: float) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    window = MainWindow(settings, "nl")
    qtbot.addWidget(window)
    window.show()
    suffix = f"{int(scale * 100)}pct"
    guide = window.help.show_guide(Topic("printen", "vouwen"))
    qtbot.waitExposed(guide)
    guide.grab().save(str(SHOTS / f"guide-printen-{suffix}.png"))
    problems = {"guide": clipped(guide)}
    guide.show_page("plan-van-aanpak")
    QApplication.processEvents()
    guide.grab().save(str(SHOTS / f"guide-plan-van-aanpak-{suffix}.png"))
    about = window.help.show_about()
    qtbot.waitExposed(about)
    about.grab().save(str(SHOTS / f"about-{suffix}.png"))
    problems["about"] = clipped(about)
    # Every wrapped sentence has the height it needs; every value fits on its line.
    for label in about.findChildren(QLabel):
        if not label.wordWrap():
            assert label.sizeHint().width() <= label.width() + 1, label.text()
    assert {key: value for key, value in problems.items() if value} == {}
    window.close()
