"""Typed settings over QSettings, with versioned migrations (the Picard way).

Only UI state lives here — window geometry, language, auto-lock time, recent file paths and the
folders file dialogs start in — never anything a card contains. Recent entries and remembered
places are paths only; the store's default file names carry no client data. Tests pass their own
file so they never touch the user's settings.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

if TYPE_CHECKING:
    from crisiskaart.model.language import Language  # for the type only: the model loads after the window

SETTINGS_VERSION = 2
MAX_RECENT_FILES = 8
DEFAULT_AUTO_LOCK_MINUTES = 10
DEFAULT_REVIEW_DUE_DAYS = 30
LANGUAGES = ("nl", "en")

_MIGRATIONS: dict[int, Callable[[QSettings], None]] = {}


def _migration(from_version: int) -> Callable[[Callable[[QSettings], None]], Callable[[QSettings], None]]:
    def register(function: Callable[[QSettings], None]) -> Callable[[QSettings], None]:
        _MIGRATIONS[from_version] = function
        return function

    return register


@_migration(1)
def _rename_lock_seconds(settings: QSettings) -> None:
    """Version 1 stored the idle lock in seconds under ``lock/seconds``; now whole minutes."""
    if settings.contains("lock/seconds"):
        seconds = _as_int(settings.value("lock/seconds", 600), 600)
        settings.setValue("lock/minutes", max(1, round(seconds / 60)))
        settings.remove("lock/seconds")


def _as_int(value: object, default: int) -> int:
    """A stored number; QSettings gives back text from an ini file, anything from a damaged one."""
    if isinstance(value, int | float | str):
        try:
            return int(value)
        except ValueError:
            return default
    return default


def default_settings_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(folder or Path.home() / ".config" / "crisiskaart") / "crisiskaart.ini"


class Settings:
    """The editor's settings. Every getter has a safe default and ignores a damaged value."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._migrate()

    def _migrate(self) -> None:
        """Bring older settings up to this version. Settings written by a newer version of the
        program (after a downgrade) keep their version number: writing ours over it would make the
        newer program run its migrations a second time over settings that already have them."""
        version = self._int("meta/version", SETTINGS_VERSION if not self._store.allKeys() else 1)
        if version >= SETTINGS_VERSION:
            if not self._store.contains("meta/version"):
                self._store.setValue("meta/version", SETTINGS_VERSION)
            return
        while version < SETTINGS_VERSION:
            migration = _MIGRATIONS.get(version)
            if migration is not None:
                migration(self._store)
            version += 1
        self._store.setValue("meta/version", SETTINGS_VERSION)

    def _int(self, key: str, default: int) -> int:
        return _as_int(self._store.value(key, default), default)

    def sync(self) -> None:
        self._store.sync()

    # --- language ------------------------------------------------------------------------------
    @property
    def language(self) -> Language:
        value = str(self._store.value("ui/language", "nl"))
        return "en" if value == "en" else "nl"  # one of LANGUAGES; anything else reads as Dutch

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value if value in LANGUAGES else "nl")

    # --- auto-lock -----------------------------------------------------------------------------
    @property
    def auto_lock_minutes(self) -> int:
        """0 means never; otherwise 1–240 minutes."""
        minutes = self._int("lock/minutes", DEFAULT_AUTO_LOCK_MINUTES)
        return minutes if 0 <= minutes <= 240 else DEFAULT_AUTO_LOCK_MINUTES

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._store.setValue("lock/minutes", max(0, min(240, int(minutes))))

    # --- review reminders (ondersteuner) ---------------------------------------------------------
    @property
    def review_due_days(self) -> int:
        days = self._int("caseload/review_due_days", DEFAULT_REVIEW_DUE_DAYS)
        return days if 1 <= days <= 365 else DEFAULT_REVIEW_DUE_DAYS

    @review_due_days.setter
    def review_due_days(self, days: int) -> None:
        self._store.setValue("caseload/review_due_days", max(1, min(365, int(days))))

    # --- recent files --------------------------------------------------------------------------
    @property
    def recent_files(self) -> list[Path]:
        value = self._store.value("files/recent", [])
        paths = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
        return [Path(p) for p in paths if isinstance(p, str) and p][:MAX_RECENT_FILES]

    def add_recent_file(self, path: Path) -> None:
        """A card was opened or created here: list it, and look for the next card in its folder."""
        path = Path(path).resolve()
        paths = [path, *(p for p in self.recent_files if p != path)][:MAX_RECENT_FILES]
        self._store.setValue("files/recent", [str(p) for p in paths])
        self.last_card_folder = path.parent

    def remove_recent_file(self, path: Path) -> None:
        self._store.setValue("files/recent", [str(p) for p in self.recent_files if p != Path(path)])

    # --- window --------------------------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def card_folder(self) -> Path:
        """Where new cards are suggested; the user's documents folder by default."""
        stored = str(self._store.value("files/card_folder", ""))
        if stored:
            return Path(stored)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents or Path.home()) / "crisiskaart"

    @card_folder.setter
    def card_folder(self, folder: Path) -> None:
        self._store.setValue("files/card_folder", str(folder))

    # --- remembered places (paths only) ----------------------------------------------------------
    def _path(self, key: str) -> Path | None:
        value = self._store.value(key, "")
        return Path(value) if isinstance(value, str) and value else None

    def _set_path(self, key: str, path: Path | None) -> None:
        if path is None:
            self._store.remove(key)
        else:
            self._store.setValue(key, str(Path(path).expanduser().absolute()))

    @property
    def last_card_folder(self) -> Path | None:
        """The folder a card was last opened from or saved to; open and new-card dialogs start there."""
        return self._path("places/cards")

    @last_card_folder.setter
    def last_card_folder(self, folder: Path | None) -> None:
        self._set_path("places/cards", folder)

    @property
    def export_folder(self) -> Path | None:
        """Where the last PDF or list was exported to."""
        return self._path("places/exports")

    @export_folder.setter
    def export_folder(self, folder: Path | None) -> None:
        self._set_path("places/exports", folder)

    @property
    def caseload_folder(self) -> Path | None:
        """The ondersteuner's folder with client cards; the caseload opens on it."""
        return self._path("places/caseload")

    @caseload_folder.setter
    def caseload_folder(self, folder: Path | None) -> None:
        self._set_path("places/caseload", folder)

    @property
    def profile_path(self) -> Path | None:
        """The ondersteuner's profile file (the file, never its passphrase or key)."""
        return self._path("places/profile")

    @profile_path.setter
    def profile_path(self, path: Path | None) -> None:
        self._set_path("places/profile", path)

    @property
    def organisation_file(self) -> Path | None:
        """The organisation profile the editor exports and publishes with (a path; never its password)."""
        return self._path("organisation/profile")

    @organisation_file.setter
    def organisation_file(self, path: Path | None) -> None:
        self._set_path("organisation/profile", path)

    def default_organisation_file(self) -> Path:
        """Where the Organisatie dialog saves a profile made in the editor: beside these settings."""
        return self.path.parent / "organisatie.json"
