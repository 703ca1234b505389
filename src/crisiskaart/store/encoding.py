"""Strict big-endian binary encoding: one canonical byte string per value, no slack accepted.

Every reader failure is a ``CorruptFile``; callers never see ``struct.error`` or ``IndexError``.
"""

from __future__ import annotations

import struct

from crisiskaart.store.errors import CorruptFile


class Writer:
    """Accumulates fields in order; ``bytes()`` gives the encoding."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def u8(self, value: int) -> Writer:
        self._parts.append(struct.pack(">B", value))
        return self

    def u16(self, value: int) -> Writer:
        self._parts.append(struct.pack(">H", value))
        return self

    def u32(self, value: int) -> Writer:
        self._parts.append(struct.pack(">I", value))
        return self

    def raw(self, data: bytes) -> Writer:
        self._parts.append(bytes(data))
        return self

    def blob16(self, data: bytes) -> Writer:
        """Length (u16) then bytes."""
        self.u16(len(data))
        return self.raw(data)

    def blob32(self, data: bytes) -> Writer:
        """Length (u32) then bytes."""
        self.u32(len(data))
        return self.raw(data)

    def __bytes__(self) -> bytes:
        return b"".join(self._parts)


class Reader:
    """Reads fields from a byte string; running out of bytes means the file is truncated."""

    __slots__ = ("_data", "_size", "_what", "pos")

    def __init__(self, data: bytes, what: str = "file") -> None:
        # Slicing bytes copies just the field; a caseload decodes thousands of headers this way.
        self._data = data if type(data) is bytes else bytes(data)
        self._size = len(self._data)
        self.pos = 0
        self._what = what

    def _take(self, count: int) -> bytes:
        start = self.pos
        end = start + count
        if count < 0 or end > self._size:
            raise CorruptFile(f"{self._what}: truncated")
        self.pos = end
        return self._data[start:end]

    def u8(self) -> int:
        start = self.pos
        if start >= self._size:
            raise CorruptFile(f"{self._what}: truncated")
        self.pos = start + 1
        return self._data[start]

    def u16(self) -> int:
        return int.from_bytes(self._take(2), "big")

    def u32(self) -> int:
        return int.from_bytes(self._take(4), "big")

    def raw(self, count: int) -> bytes:
        return self._take(count)

    def blob16(self) -> bytes:
        return self._take(self.u16())

    def blob32(self, limit: int) -> bytes:
        length = self.u32()
        if length > limit:
            raise CorruptFile(f"{self._what}: length {length} over {limit}")
        return self._take(length)

    @property
    def remaining(self) -> int:
        return self._size - self.pos

    def expect_end(self) -> None:
        """Trailing bytes are not ignored: a canonical file ends exactly where its content ends."""
        if self.remaining:
            raise CorruptFile(f"{self._what}: {self.remaining} trailing bytes")
