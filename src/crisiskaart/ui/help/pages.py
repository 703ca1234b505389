"""The guide's pages: one HTML file per page and language in ``resources/help/<language>/``.

Files rather than strings in code, so each language reads as one whole text that a writer can
improve without touching Python. Page ids are the file names and are the same in every language,
and so are the anchors inside a page: F1 and the links between pages name them.
"""

from __future__ import annotations

import re

from crisiskaart.resource_files import resource

# In reading order: what a card is, writing it, printing it, its QR code, the Wvggz plan, privacy.
PAGES: tuple[str, ...] = ("crisiskaart", "schrijven", "printen", "qr-code", "plan-van-aanpak", "privacy")
LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_PAGE = PAGES[0]

_TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)
_ANCHOR = re.compile(r"""\b(?:id|name)\s*=\s*["']([^"']+)["']""", re.I)
_LINK = re.compile(r"""<a\s[^>]*\bhref\s*=\s*["']([^"']*)["']""", re.I)


def help_language(language: str) -> str:
    """The guide exists in Dutch and English; any other interface language reads the Dutch."""
    return language if language in LANGUAGES else "nl"


def page_html(page: str, language: str) -> str:
    if page not in PAGES:
        raise KeyError(page)
    folder = resource("help", help_language(language))
    return folder.joinpath(f"{page}.html").read_text("utf-8")


def page_title(page: str, language: str) -> str:
    match = _TITLE.search(page_html(page, language))
    return " ".join(match.group(1).split()) if match else page


def anchors(html: str) -> set[str]:
    """The places inside a page a link or F1 can point at (``id`` or ``name`` attributes)."""
    return set(_ANCHOR.findall(html))


def links(html: str) -> list[str]:
    return _LINK.findall(html)


def split_link(href: str) -> tuple[str, str]:
    """``printen.html#vouwen`` → (``printen``, ``vouwen``); ``#vouwen`` → (``""``, ``vouwen``)."""
    path, _, anchor = href.partition("#")
    name = path.rsplit("/", 1)[-1]
    return (name[:-5] if name.endswith(".html") else name), anchor
