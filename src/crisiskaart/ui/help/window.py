"""The guide's window: the list of pages beside the page itself, not modal.

It is a window of its own, without a parent: a dialog that asks for the passphrase blocks the
main window, and the guide must stay usable beside it (F1 in that dialog opens the privacy page).
It holds no card data, so it may stay open while the card is locked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.ui.help.pages import DEFAULT_PAGE, PAGES, help_language, page_html, page_title, split_link

# Spacing only: sizes follow the interface font, so the guide grows with a larger font setting.
_STYLE = ("h1 { margin-bottom: 8px; } h2 { margin-top: 18px; } "
          "li { margin-bottom: 4px; } p { margin-bottom: 8px; }")


class HelpBrowser(QTextBrowser):
    """Reads the guide's pages from the package (``crisiskaart.resource_files``), never from elsewhere."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = help_language(language)
        self.document().setDefaultStyleSheet(_STYLE)
        self.setOpenLinks(False)  # links are followed in ``HelpWindow._follow``: only our own pages

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        page, _ = split_link(name.toString() if isinstance(name, QUrl) else name)
        if kind == QTextDocument.ResourceType.HtmlResource.value and page in PAGES:
            return page_html(page, self.language)
        return None  # no images, style sheets or anything from outside the guide


class HelpWindow(QWidget):
    def __init__(self, language: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # closing the editor ends the program
        self.setWindowTitle(self.tr("Guide — crisiskaart"))
        self.language = help_language(language)
        self.pages = QListWidget()
        self.pages.setObjectName("helpPages")
        self.pages.setAccessibleName(self.tr("Pages of the guide"))
        self.pages.setWordWrap(True)
        self.pages.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages.setSpacing(3)  # two-line titles stay apart
        for page in PAGES:
            item = QListWidgetItem(page_title(page, self.language))
            item.setData(Qt.ItemDataRole.UserRole, page)
            self.pages.addItem(item)
        self.pages.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 12)
        self.browser = HelpBrowser(self.language)
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName(self.tr("Text of the guide"))
        self.back_button = QPushButton(self.tr("← &Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous page"))
        self.forward_button = QPushButton(self.tr("&Forward →"))
        self.forward_button.setAccessibleName(self.tr("Forward to the next page"))
        self.close_button = QPushButton(self.tr("&Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.forward_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        splitter = QSplitter()
        splitter.addWidget(self.pages)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.pages.currentRowChanged.connect(self._page_chosen)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.sourceChanged.connect(self._shown)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 72, self.fontMetrics().lineSpacing() * 40)
        splitter.setSizes([em * 16, em * 56])
        self.show_page(DEFAULT_PAGE)

    # --- pages ---------------------------------------------------------------------------------
    @property
    def current_page(self) -> str:
        return split_link(self.browser.source().toString())[0]

    @property
    def current_anchor(self) -> str:
        return self.browser.source().fragment()

    def show_page(self, page: str, anchor: str = "") -> None:
        """Show ``page`` of the guide, scrolled to ``anchor`` when it is given."""
        if page not in PAGES:
            page, anchor = DEFAULT_PAGE, ""
        url = QUrl(f"{page}.html")
        if anchor:
            url.setFragment(anchor)
        if url == self.browser.source():
            self.browser.scrollToAnchor(anchor)  # F1 again after scrolling: back to the place
            return
        self.browser.setSource(url)
        if not anchor:
            self.browser.verticalScrollBar().setValue(0)

    def _page_chosen(self, row: int) -> None:
        if 0 <= row < len(PAGES) and PAGES[row] != self.current_page:
            self.show_page(PAGES[row])

    def _follow(self, url: QUrl) -> None:
        """A link in a page: another page of the guide or a place in this one; nothing outside."""
        page, anchor = split_link(url.toString())
        if page == "":
            page = self.current_page
        if page in PAGES:
            self.show_page(page, anchor)

    def _shown(self, url: QUrl) -> None:
        page = split_link(url.toString())[0]
        if page in PAGES:
            self.pages.blockSignals(True)
            self.pages.setCurrentRow(PAGES.index(page))
            self.pages.blockSignals(False)
        self.setWindowTitle(self.tr("%1 — Guide — crisiskaart").replace("%1", self.browser.documentTitle()))
