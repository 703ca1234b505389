"""One open card in the editor: the document, its card file, autosave and saving on close.

Saving happens on a single background thread so typing never waits on encryption or the disk;
a copy of the plan is taken on the GUI thread, so what is saved is exactly what was on screen, and
``app.cards.save_plan`` encodes it off that thread. The card file is only touched by that thread
while the session is open, or by ``merge_copy`` once everything is saved.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from crisiskaart.ui.editor.document import PlanDocument

if TYPE_CHECKING:  # the store and the workspace load with the first card file, not for the example
    from crisiskaart.model import CrisisPlan
    from crisiskaart.store import CardFile, Credential, Status
    from crisiskaart.store.copies import OtherCopy, Relation
    from crisiskaart.workspace.fork import ForkMerge

AUTOSAVE_DELAY_MS = 3000
MAX_RETRY_MS = 60_000


class NotSaved(Exception):
    """What is on screen could not be saved, so another copy is not merged into the card yet."""


def keeps_credential(card: CardFile) -> bool:
    """Whether a copy beside the card waits to be merged or opened: then it opens with the same key."""
    from crisiskaart.store.copies import Relation

    return any(other.relation in (Relation.FORK, Relation.NEWER) for other in card.other_copies)


class CardSession(QObject):
    """A plan being edited, with or without a card file (the example card is never saved)."""

    save_finished = Signal(bool, str)  # ok, message (in the session language) when not ok
    dirty_changed = Signal(bool)
    _save_done = Signal(object)  # emitted on the save thread; queued to the GUI thread

    def __init__(
        self, plan: CrisisPlan, card: CardFile | None, language: str = "nl",
        profile_path: Path | None = None, parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.card, self.language, self.profile_path = card, language, profile_path
        # How the card was opened, kept only while a sync copy beside it waits to be merged or
        # opened (``keeps_credential``), so that copy opens without asking again; None otherwise.
        self.credential: Credential | None = None
        self.document = PlanDocument(plan, self)
        self.dirty = False
        self.last_saved: dt.datetime | None = None
        self.last_error = ""
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crisiskaart-save")
        self._pending: Future | None = None
        # Every change counts up ``_revision``; a save remembers the revision it wrote. The card is
        # clean only when a save *finished* with the newest revision: typing during a save, or a
        # save that fails, leaves it dirty, so nothing can look saved that is not on disk.
        self._revision = 0
        self._saved_revision = 0
        self._revision_of: dict[Future, int] = {}
        self._failures = 0
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.document.changed.connect(self._on_changed)
        self._save_done.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    @property
    def path(self) -> Path | None:
        return None if self.card is None else self.card.path

    @property
    def is_example(self) -> bool:
        return self.card is None

    @property
    def opened_by_ondersteuner(self) -> bool:
        from crisiskaart.store import Role

        return self.card is not None and self.card.opened_by.role is Role.ONDERSTEUNER

    def copies(self, relation: Relation) -> list[OtherCopy]:
        """Other files of this card beside it (sync conflict copies) that still exist."""
        if self.card is None:
            return []
        return [other for other in self.card.other_copies
                if other.relation is relation and other.path.exists()]

    def _on_changed(self) -> None:
        self._revision += 1
        self._set_dirty(True)
        if self.card is not None:
            self._timer.start(AUTOSAVE_DELAY_MS)  # restarts: saves a few seconds after typing stops

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)

    def save(self) -> None:
        """Start saving the current state in the background (nothing happens for the example)."""
        self._timer.stop()
        if self.card is None or not self.dirty or self._closed:
            return
        if self._pending is not None and not self._pending.done():
            return  # one save at a time; when it ends, ``_finished`` starts the next if needed
        from crisiskaart.app.cards import save_plan

        snapshot = self.document.plan.model_copy(deep=True)  # later typing does not change what is saved
        future = self._executor.submit(save_plan, self.card, snapshot)
        self._revision_of[future] = self._revision
        self._pending = future
        future.add_done_callback(self._save_done.emit)

    def _finished(self, future: Future) -> None:
        """The outcome of one save, on the GUI thread; once per save (``flush`` may get there first)."""
        revision = self._revision_of.pop(future, None)
        if revision is None:
            return
        error = future.exception()
        if error is None:
            self._saved_revision = max(self._saved_revision, revision)
            self.last_saved = dt.datetime.now()
            self.last_error = ""
            self._failures = 0
            self._timer.setInterval(AUTOSAVE_DELAY_MS)
            if self._saved_revision == self._revision:
                self._set_dirty(False)
            elif self.card is not None and not self._closed:
                self._timer.start(AUTOSAVE_DELAY_MS)  # typed during the save: that is saved next
            self.save_finished.emit(True, "")
            return
        # Still dirty: nothing was lost, the text is still on screen and will be retried.
        message = self._describe(error)
        self.last_error = message
        self.save_finished.emit(False, message)
        if self.card is not None and not self._closed:  # retry, less often while it keeps failing
            self._failures += 1
            self._timer.start(min(AUTOSAVE_DELAY_MS * 2 ** self._failures, MAX_RETRY_MS))

    def _describe(self, error: BaseException) -> str:
        from crisiskaart.app.errors import describe

        return describe(error, self.language)  # in words; never a class name or card text

    def shown_version(self) -> tuple[int | None, Status | None]:
        """The version number and status that what is on screen carries on paper and in exports.

        Changes not saved yet amend the latest concept, or start a new concept after a signed
        version, so they already count as that concept. The example card has no versions: its own
        signing date decides (``app.context.is_concept``).
        """
        card = self.card
        if card is None or not card.versions:  # the example: no store needed, nor its import
            return None, None
        from crisiskaart.store import Status

        latest = card.versions[-1]
        saving = self._pending is not None and not self._pending.done()
        if not (self.dirty or saving) or latest.status is Status.CONCEPT:
            return latest.number, latest.status
        return latest.number + 1, Status.CONCEPT

    def flush(self) -> bool:
        """Save now and wait for it (closing, locking). True when everything is on disk."""
        while True:
            self.save()
            pending = self._pending
            if pending is None or pending not in self._revision_of:
                return not self.dirty
            try:
                pending.result()
            except Exception as error:  # reported through save_finished as well
                self._finished(pending)
                self.last_error = self._describe(error)
                return False
            self._finished(pending)  # a save that was already running may have missed newer typing
            if not self.dirty:
                return True

    def merge_copy(self, other: CardFile) -> ForkMerge:
        """Merge another copy of this card into it as a new concept, after saving what is on screen.

        Afterwards the document no longer shows the card's latest version: the caller goes on with
        a new session over the same card (``detach``), or the next autosave would undo the merge.
        """
        if self.card is None:
            raise NotSaved("")
        if not self.flush():
            raise NotSaved(self.last_error)
        from crisiskaart.workspace.fork import merge_fork

        merged = merge_fork(self.card, other)
        if merged.kept_as is not None:
            self.card.other_copies = [c for c in self.card.other_copies if c.path != other.path]
            self.card.notices = [n for n in self.card.notices if n.params.get("other") != other.path.name]
        return merged

    def detach(self) -> CardFile | None:
        """End the session but keep the card open (and its edit lock) for a new session over it."""
        card = self.card
        self._closed = True
        self._timer.stop()
        self._executor.shutdown(wait=True)
        self.card, self.credential = None, None
        return card

    def close(self) -> None:
        """Release the card (its edit lock). Call ``flush`` first if changes must be kept."""
        card = self.detach()
        if card is not None:
            card.close()


def session_of(document: PlanDocument) -> CardSession | None:
    """The session a document is edited in (its parent), or None for a document on its own.

    Pages that only get the document (the plan van aanpak, the preview) find the card's version and
    status here, so what they show and write carries the CONCEPT mark exactly when an export would.
    """
    parent = document.parent()
    return parent if isinstance(parent, CardSession) else None
