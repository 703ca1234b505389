"""Dutch and English texts of the command line (the model has its own catalogue, see docs/i18n.md)."""

from __future__ import annotations

_TEXTS: dict[str, tuple[str, str]] = {
    "internal_error": (
        "interne fout ({detail}); er is niets opgeslagen of gewijzigd. Meld dit bij de ontwikkelaars.",
        "internal error ({detail}); nothing was saved or changed. Please report this.",
    ),
    "file_not_found": ("bestand niet gevonden: {path}", "file not found: {path}"),
    "file_unreadable": (
        "kan {path} niet lezen: {reason}",
        "cannot read {path}: {reason}",
    ),
    "not_text": (
        "{path} is geen tekstbestand (verwacht UTF-8 JSON)",
        "{path} is not a text file (expected UTF-8 JSON)",
    ),
    "valid": ("geldig: {path}", "valid: {path}"),
    "warning_prefix": ("let op", "note"),
    "no_display": (
        "geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn leeg); "
        "start de bewerker op een computer met een scherm",
        "no display found (DISPLAY and WAYLAND_DISPLAY are empty); "
        "start the editor on a computer with a screen",
    ),
    "missing_xcb": (
        "Qt kan geen venster openen: de systeembibliotheek {library} ontbreekt "
        "(installeer: sudo apt-get install {packages})",
        "Qt cannot open a window: the system library {library} is missing "
        "(install: sudo apt-get install {packages})",
    ),
}


def cli_text(key: str, language: str, **params: object) -> str:
    """The text for ``key`` in ``language`` (``nl`` or ``en``), with ``params`` filled in."""
    dutch, english = _TEXTS[key]
    return (english if language == "en" else dutch).format(**params)
