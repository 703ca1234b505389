"""Dutch and English words for the workspace's plain-text outputs (CLI tables, CSV export).

The Qt views translate their own strings with ``tr()``; these are for output without Qt.
"""

from __future__ import annotations

from crisiskaart.catalogue import Catalogue

STATUS_WORDS: dict[str, tuple[str, str]] = {
    "concept": ("concept", "draft"),
    "ondertekend": ("ondertekend", "signed"),
    "actief": ("actief", "active"),
    "ingetrokken": ("ingetrokken", "withdrawn"),
    "vervangen": ("vervangen", "superseded"),
}

REVIEW_WORDS: dict[str, tuple[str, str]] = {
    "none": ("geen herziening gepland", "no review planned"),
    "ok": ("op tijd", "on time"),
    "due": ("herziening binnenkort", "review due soon"),
    "expired": ("verlopen", "expired"),
}

ACCESS_WORDS: dict[str, tuple[str, str]] = {
    "ok": ("toegang", "access"),
    "no_access": ("geen toegang", "no access"),
    "damaged": ("beschadigd", "damaged"),
    "unreadable": ("niet leesbaar", "unreadable"),
}

# Other files of the same card beside it (sync conflict copies, restored backups).
COPY_WORDS: dict[str, tuple[str, str]] = {
    "two_versions": ("twee versies: samenvoegen", "two versions: merge"),
    "versions": ("{n} versies: samenvoegen", "{n} versions: merge"),
    "older_copy": ("ook een oudere kopie", "also an older copy"),
    "older_copies": ("ook {n} oudere kopieën", "also {n} older copies"),
}

CHANGE_WORDS: dict[str, tuple[str, str]] = {
    "added": ("toegevoegd", "added"),
    "changed": ("gewijzigd", "changed"),
    "removed": ("verwijderd", "removed"),
}

CSV_HEADER: tuple[tuple[str, str], ...] = (
    ("cliënt", "client"),
    ("status", "status"),
    ("versie", "version"),
    ("ondertekend op", "signed on"),
    ("geldig tot", "valid until"),
    ("herziening", "review"),
    ("dagen tot herziening", "days until review"),
    ("laatste wijziging", "last change"),
    ("bestand", "file"),
)


_CATALOGUES = {id(table): Catalogue(f"workspace {name}", table) for name, table in (
    ("status", STATUS_WORDS), ("review", REVIEW_WORDS), ("access", ACCESS_WORDS), ("copies", COPY_WORDS),
    ("changes", CHANGE_WORDS))}


def word(table: dict[str, tuple[str, str]], key: str, language: str = "nl") -> str:
    """The word for ``key`` in one of the tables above; an unknown key is shown as itself."""
    return _CATALOGUES[id(table)].label(key, language)
