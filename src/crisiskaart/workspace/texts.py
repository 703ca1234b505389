"""Dutch and English words for the workspace's plain-text outputs (CLI tables, CSV export, diffs,
the note of a merge).

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

# Values in a diff or a merge note that are not text of the plan.
VALUE_WORDS: dict[str, tuple[str, str]] = {
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "signature_image": ("getekende handtekening (afbeelding)", "drawn signature (image)"),
    "empty": ("leeg", "empty"),
}

# The columns of the review-reminder CSV, in order.
CSV_HEADER: dict[str, tuple[str, str]] = {
    "client": ("cliënt", "client"),
    "status": ("status", "status"),
    "version": ("versie", "version"),
    "signed_on": ("ondertekend op", "signed on"),
    "valid_until": ("geldig tot", "valid until"),
    "review": ("herziening", "review"),
    "days_to_review": ("dagen tot herziening", "days until review"),
    "last_change": ("laatste wijziging", "last change"),
    "file": ("bestand", "file"),
}

# The version note of a merge of two copies (workspace.merge).
_MERGE_TEXTS: dict[str, tuple[str, str]] = {
    "merged": ("samengevoegd met een andere kopie", "merged with another copy"),
    "taken_one": ("1 wijziging uit de andere kopie overgenomen", "1 change taken from the other copy"),
    "taken_many": ("{n} wijzigingen uit de andere kopie overgenomen",
                   "{n} changes taken from the other copy"),
    "both_one": ("1 veld in beide kopieën veranderd", "1 field changed in both copies"),
    "both_many": ("{n} velden in beide kopieën veranderd", "{n} fields changed in both copies"),
    "kept_ours": ("bewaard: {kept}; andere kopie: {other}", "kept: {kept}; other copy: {other}"),
    "kept_theirs": ("bewaard uit de andere kopie: {kept}; deze kopie: {other}",
                    "kept from the other copy: {kept}; this copy: {other}"),
    "more": ("en {n} meer", "and {n} more"),
}


_CATALOGUES = {id(table): Catalogue(f"workspace {name}", table) for name, table in (
    ("status", STATUS_WORDS), ("review", REVIEW_WORDS), ("access", ACCESS_WORDS), ("copies", COPY_WORDS),
    ("changes", CHANGE_WORDS), ("values", VALUE_WORDS), ("csv header", CSV_HEADER))}
MERGE_TEXTS = Catalogue("workspace merge", _MERGE_TEXTS)
merge_text = MERGE_TEXTS.text


def word(table: dict[str, tuple[str, str]], key: str, language: str = "nl") -> str:
    """The word for ``key`` in one of the tables above; an unknown key is shown as itself."""
    return _CATALOGUES[id(table)].label(key, language)
