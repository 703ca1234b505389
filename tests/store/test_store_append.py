"""Append-only saves: a save writes one record and a commit; cut-off saves, leftovers, compaction."""

from __future__ import annotations

import os
import resource
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from store_support import PASSPHRASE, SUMMARY

import crisiskaart.store as store
from crisiskaart.store import CardFile, Status, open_card
from crisiskaart.store.atomic import TEMP_PREFIX, TEMP_SUFFIX, temp_tag
from crisiskaart.store.card import COMPACT_SLACK
from crisiskaart.store.process import core_dumps_allowed


class WriteCounter:
    """Counts the bytes the store hands to os.write for files in one folder."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.bytes = 0
        real = os.write

        def write(fd: int, data: bytes) -> int:
            written = real(fd, data)
            self.bytes += written
            return written

        monkeypatch.setattr(os, "write", write)


def test_a_save_writes_the_record_not_the_history(
    new_card: Callable[..., CardFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kaart.crisiskaart"
    new_card(b"x" * 200_000).close()
    with open_card(path, passphrase=PASSPHRASE) as card:
        for number in range(2, 40):  # a big history: 40 versions of 200 kB
            card.save_version(b"%d" % number + b"x" * 200_000, summary=SUMMARY)
    size = path.stat().st_size
    assert size > 7_000_000
    inode = path.stat().st_ino
    with open_card(path, passphrase=PASSPHRASE) as card:
        card.save_version(b"first save of the session: the file is written anew", summary=SUMMARY)
        inode_after_first = path.stat().st_ino
        counter = WriteCounter(monkeypatch)
        for _ in range(20):  # autosaves of a small concept
            card.amend_concept(b"a short draft " * 10, summary=SUMMARY)
        monkeypatch.undo()
    assert inode_after_first != inode  # the first save keeps the old file as .1.bak
    assert path.stat().st_ino == inode_after_first  # later saves append to the same file
    assert counter.bytes < 20 * 2_000  # O(record): about 600 bytes per save, not 8 MB
    with open_card(path, passphrase=PASSPHRASE, writable=False) as card:
        assert len(card.versions) == 40 and card.payload() == b"a short draft " * 10
        assert card.payload(7).startswith(b"7x")


def test_a_cut_off_save_opens_as_before_and_the_next_save_removes_it(
    new_card: Callable[..., CardFile], tmp_path: Path
) -> None:
    path = tmp_path / "kaart.crisiskaart"
    with new_card(b"v1") as card:
        card.save_version(b"v2", summary=SUMMARY)
    good = path.read_bytes()
    for tail in (b"\x01\x00\x00\x10\x00partial", b"\x02\x00", b"\x00" * 512):
        path.write_bytes(good + tail)
        with open_card(path, passphrase=PASSPHRASE) as card:
            assert card.notices[0].key == "interrupted_save"  # (and, later, "older_copy")
            assert "niet afgemaakt" in card.notices[0].message("nl")
            assert card.payload() == b"v2"
            card.save_version(b"v3", summary=SUMMARY)
        with open_card(path, passphrase=PASSPHRASE) as card:
            assert "interrupted_save" not in [n.key for n in card.notices]
            assert card.payload() == b"v3"
            card.save_version(b"v4", summary=SUMMARY)  # a second save appends after the cut
            card.save_version(b"v5", summary=SUMMARY)
        path.write_bytes(path.read_bytes()[:-3])  # the last append cut off
        with open_card(path, passphrase=PASSPHRASE, writable=False) as card:
            assert card.payload() == b"v4" and len(card.versions) == 4
        path.write_bytes(good)


def test_leftover_temporary_files_of_this_card_are_removed_at_the_next_open(
    new_card: Callable[..., CardFile], tmp_path: Path
) -> None:
    path = tmp_path / "kaart.crisiskaart"
    new_card(b"v1").close()
    mine = tmp_path / f"{TEMP_PREFIX}{temp_tag(path)}-0123456789abcdef{TEMP_SUFFIX}"
    other_tag = temp_tag(tmp_path / "ander.crisiskaart")
    other = tmp_path / f"{TEMP_PREFIX}{other_tag}-0123456789abcdef{TEMP_SUFFIX}"
    mine.write_bytes(b"ciphertext of a killed save")
    other.write_bytes(b"another card's save in progress")
    open_card(path, passphrase=PASSPHRASE, writable=False).close()
    assert mine.exists()  # reading takes no lock, so it leaves them alone
    open_card(path, passphrase=PASSPHRASE).close()
    assert not mine.exists() and other.exists()


def test_superseded_drafts_are_compacted_away(new_card: Callable[..., CardFile], tmp_path: Path) -> None:
    path = tmp_path / "kaart.crisiskaart"
    with new_card(b"v1") as card:
        for number in range(400):  # a long writing session of a 10 kB concept
            card.amend_concept(b"%05d" % number + b"y" * 10_000, summary=SUMMARY)
            assert path.stat().st_size < 2 * 12_000 + COMPACT_SLACK + 12_000
    with open_card(path, passphrase=PASSPHRASE, writable=False) as card:
        assert len(card.versions) == 1 and card.payload().startswith(b"00399")


def test_core_dumps_are_off_while_a_card_is_open(new_card: Callable[..., CardFile]) -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if hard == 0:
        pytest.skip("this machine allows no core dumps at all")
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    try:
        assert core_dumps_allowed()
        card = new_card(b"v1")
        assert not core_dumps_allowed()
        card.close()
        assert core_dumps_allowed()
    finally:
        resource.setrlimit(resource.RLIMIT_CORE, (soft, hard))


def test_an_older_copy_says_which_version_this_computer_has_seen(
    new_card: Callable[..., CardFile], tmp_path: Path
) -> None:
    path = tmp_path / "kaart.crisiskaart"
    with new_card(b"v1") as card:
        card.save_version(b"v2", summary=SUMMARY, status=Status.ONDERTEKEND)
    backup = tmp_path / "bewaard" / "kaart.crisiskaart"
    backup.parent.mkdir()
    shutil.copyfile(path, backup)
    with open_card(path, passphrase=PASSPHRASE) as card:
        for number in (3, 4):
            card.save_version(b"v%d" % number, summary=SUMMARY)
    shutil.copyfile(backup, path)  # a sync service or a restore put the old file back
    with open_card(path, passphrase=PASSPHRASE, writable=False) as card:
        assert [(n.key, n.params) for n in card.notices] == [("older_copy", {"seen": 4, "count": 2})]
        assert "al versie 4 gezien" in card.notices[0].message("nl")
    state = (Path(os.environ["HOME"]) / ".local/state/crisiskaart/seen-cards.json").read_text("utf-8")
    assert "v4" not in state and "Testpersoon" not in state  # card id, number, digest only


def test_a_file_replaced_while_open_is_not_appended_to(
    new_card: Callable[..., CardFile], tmp_path: Path
) -> None:
    path = tmp_path / "kaart.crisiskaart"
    with new_card(b"v1") as card:
        card.save_version(b"v2", summary=SUMMARY)
        replaced = path.read_bytes()
        path.unlink()
        path.write_bytes(replaced)  # a sync client wrote its own download in place
        with pytest.raises(store.FileReplaced) as failed:
            card.save_version(b"v3", summary=SUMMARY)
        assert "vervangen" in failed.value.message("nl")
    assert path.read_bytes() == replaced
