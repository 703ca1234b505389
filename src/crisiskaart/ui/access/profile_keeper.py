"""The ondersteuner's profile, unlocked once for this run of the program.

Whoever unlocks it — Ondersteuner › Profiel, the caseload, or opening a card as ondersteuner —
hands it here, and the caseload gets it from here, so opening cards from the caseload never asks
for the profile's passphrase again. Only the file's path is remembered across runs
(``ui/places.py``), never the passphrase or the key; the lock screen still checks the passphrase.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from crisiskaart.store import OndersteunerProfile
    from crisiskaart.ui.places import Places
    from crisiskaart.ui.workspace import CaseloadWindow


class ProfileKeeper(QObject):
    changed = Signal()

    def __init__(self, places: Places, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.places = places
        self.profile: OndersteunerProfile | None = None
        self.path: Path | None = None
        self._caseload: CaseloadWindow | None = None

    @property
    def remembered_path(self) -> Path | None:
        """The profile in use, or the one used last time (if the file is still there)."""
        return self.path or self.places.profile

    def keep(self, path: Path | None, profile: OndersteunerProfile) -> None:
        """Keep the unlocked ``profile`` (from file ``path``) for this run and give it to the caseload."""
        self.profile = profile
        if path is not None:
            self.path = Path(path)
            self.places.remember_profile(self.path)
        caseload = self._caseload
        if caseload is not None and caseload.profile is not profile:
            caseload.profile_path = self.path  # the editor's lock screen re-checks this file
            caseload.set_profile(profile)
        self.changed.emit()

    def attach(self, caseload: CaseloadWindow) -> None:
        """The caseload starts with the kept profile and hands back one it unlocks itself."""
        self._caseload = caseload
        if self.profile is not None and caseload.profile is None:
            caseload.profile_path = self.path
            caseload.set_profile(self.profile)
        caseload.profile_unlocked.connect(self.keep)
        caseload.destroyed.connect(self._detach)

    def _detach(self, *_: object) -> None:
        self._caseload = None
