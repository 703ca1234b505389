"""The live history of an open card: verified from the newest version down, as far as it is read.

Opening a card authenticates what is shown before it is shown: the header, the keyring, every
commit, and the latest version (its digest is pinned by the last commit's MAC, its ciphertext is
AES-GCM sealed with its card, number and predecessor). A file up to ``EAGER_BYTES`` is verified
completely at once, as before. In a larger one an older version is verified when it is first read:
its SHA-256 must be the ``previous`` of the verified version after it, which ties it to the last
commit, and its ciphertext must open. ``verify`` checks everything opening a small file checks
(every record of the file, superseded drafts too); reading the whole history (the version list,
comparing or merging copies) runs it. Whenever a check fails the reader gets ``Tampered``.

This keeps the cost of opening independent of the length of the history (docs/file-format.md,
"Reading, in order"); nothing in the format changes.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import overload

from crisiskaart.store.errors import Tampered, UnknownVersion
from crisiskaart.store.format2 import RecordFrame, ScannedFile, StoredRecord
from crisiskaart.store.history import GENESIS, VersionInfo

# Files up to this size are verified completely when they are opened: about 3 ms of SHA-256 on the
# development machine, and nearly every card (the example card would need 290 versions to reach it).
EAGER_BYTES = 4 * 1024 * 1024

Record = RecordFrame | StoredRecord
Opener = Callable[[Record], tuple[VersionInfo, bytes]]


class History:
    """Live records and their metadata, version 1 first; unknown entries are found when needed.

    ``records[i]`` is None until version i+1 has been tied to the verified version after it;
    ``infos[i]`` is None until that record has been decrypted. Thread-safe: the editor saves on a
    worker thread while the window may read an old version.
    """

    def __init__(
        self, records: list[Record | None], infos: list[VersionInfo | None], opener: Opener,
        scanned: ScannedFile | None = None, *, verified: bool = False,
    ) -> None:
        self._records = records
        self._infos = infos
        self._open = opener
        self._scanned = scanned
        self._verified = verified
        self._lock = threading.RLock()

    @classmethod
    def known(cls, records: list[RecordFrame], infos: list[VersionInfo], opener: Opener) -> History:
        """A history made or verified completely in this process."""
        return cls(list(records), list(infos), opener, verified=True)

    def bind(self, opener: Opener) -> None:
        """Decrypt with ``opener`` from now on (the card's own keys, which a rotation changes)."""
        self._open = opener

    # --- reading ---------------------------------------------------------------------------------
    @property
    def count(self) -> int:
        return len(self._records)

    @property
    def head(self) -> Record:
        head = self._records[-1]
        assert head is not None
        return head

    @property
    def latest(self) -> VersionInfo:
        latest = self._infos[-1]
        assert latest is not None
        return latest

    @property
    def verified(self) -> bool:
        return self._verified

    def _reading(self) -> contextlib.AbstractContextManager[None]:
        """One opening of the file for a whole walk down the history."""
        return self._scanned.source.opened() if self._scanned is not None else contextlib.nullcontext()

    def record(self, number: int) -> Record:
        """The live record of version ``number``, tied by digests to the last commit."""
        with self._lock, self._reading():
            self._check(number)
            frontier = next(i for i in range(number - 1, self.count) if self._records[i] is not None)
            for index in range(frontier - 1, number - 2, -1):
                upper = self._records[index + 1]
                assert upper is not None
                self._records[index] = self._find(index + 1, upper)
            found = self._records[number - 1]
            assert found is not None
            if number == 1 and found.previous != GENESIS:
                raise Tampered("history does not start at version 1")
            return found

    def _find(self, number: int, upper: Record) -> StoredRecord:
        scanned = self._scanned
        before = upper.offset if isinstance(upper, StoredRecord) else None
        if scanned is not None:
            found = scanned.find(number, upper.previous,
                                 scanned.last_commit_offset if before is None else before)
            if found is not None:
                return found
        raise Tampered(f"history broken at version {number}")

    def info(self, number: int) -> VersionInfo:
        with self._lock, self._reading():
            self._check(number)
            info = self._infos[number - 1]
            if info is None:
                info, _ = self._decrypt(number)
            return info

    def payload(self, number: int) -> bytes:
        with self._lock, self._reading():
            self._check(number)
            return self._decrypt(number)[1]

    def _decrypt(self, number: int) -> tuple[VersionInfo, bytes]:
        info, payload = self._open(self.record(number))
        self._infos[number - 1] = info
        return info, payload

    def _check(self, number: int) -> None:
        if not 1 <= number <= self.count:
            raise UnknownVersion(f"no version {number}", number=number, count=self.count)

    def digests(self) -> list[bytes]:
        """The digest of every live record, version 1 first; ties the whole chain to the commit."""
        with self._lock, self._reading():
            if self.count:
                self.record(1)
            return [record.digest for record in self._all()]

    def _all(self) -> list[Record]:
        return [record for record in self._records if record is not None]

    def verify(self) -> None:
        """Everything opening a small file checks: the whole chain, every record, every draft."""
        with self._lock:
            if self._verified:
                return
            scanned = self._scanned
            if scanned is not None:
                with scanned.source.opened():
                    live = scanned.strict_chain()
                    self.record(1)
                    kept = {record.digest for record in live}
                    for record in scanned.records:  # superseded drafts are authenticated too
                        if record.digest not in kept and record.offset < scanned.last_commit_offset:
                            self._open(record)
                    for number in range(1, self.count + 1):
                        self._decrypt(number)
            else:
                self.record(1)
                for number in range(1, self.count + 1):
                    if self._infos[number - 1] is None:
                        self._decrypt(number)
            self._verified = True

    # --- writing ---------------------------------------------------------------------------------
    def in_memory(self) -> list[RecordFrame]:
        """Every live record, held in memory: the file they live in is about to be written anew."""
        with self._lock:
            scanned = self._scanned
            if scanned is not None:
                with scanned.source.opened():
                    self.record(1)
                    return [r.in_memory() if isinstance(r, StoredRecord) else r for r in self._all()]
            self.record(1)
            return [r for r in self._all() if isinstance(r, RecordFrame)]

    def replace(self, records: list[Record | None], infos: list[VersionInfo | None],
                *, rewritten: bool = False) -> None:
        """After a save: the new live records (appended or amended at the end, or all rewritten)."""
        with self._lock:
            self._records, self._infos = records, infos
            if rewritten:  # superseded drafts went with the old file; all records are in memory
                self._scanned = None

    def put(self, record: RecordFrame, info: VersionInfo, *, amend: bool) -> None:
        """After an append: ``record`` is the new latest version, or (``amend``) replaces it."""
        with self._lock:
            if amend:
                self._records[-1], self._infos[-1] = record, info
            else:
                self._records.append(record)
                self._infos.append(info)

    def snapshot(self) -> tuple[list[Record | None], list[VersionInfo | None]]:
        """Copies of the lists, for a save to build the next state from."""
        with self._lock:
            return list(self._records), list(self._infos)


class VersionList(Sequence[VersionInfo]):
    """The versions of a card as they were when asked for, version 1 first.

    ``len()`` and the latest version cost nothing; an older version is verified and decrypted
    when it is first looked at, and iterating over all of them verifies the whole history.
    """

    def __init__(self, history: History) -> None:
        self._history = history
        self._count = history.count
        self._latest = history.latest if history.count else None

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> VersionInfo: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[VersionInfo, ...]: ...

    def __getitem__(self, index: int | slice) -> VersionInfo | tuple[VersionInfo, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("version index out of range")
        if index == self._count - 1 and self._latest is not None:
            return self._latest
        return self._history.info(index + 1)

    def __iter__(self) -> Iterator[VersionInfo]:
        self._history.verify()
        for index in range(self._count):
            yield self[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str | bytes):
            return tuple(self) == tuple(other)
        return NotImplemented

    # Unhashable, like a list: defining __eq__ without __hash__ sets __hash__ to None.

    def __repr__(self) -> str:
        return f"VersionList({self._count} versions)"
