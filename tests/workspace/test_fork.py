"""Two copies of a card that is still concept version 1, each amended elsewhere, merge (real files).

A new card stays concept version 1 until signed, and autosave amends that version. When the client
and her ondersteuner both edit it through a shared folder, the sync service keeps two files that
share no version: they are a fork with 0 versions in common. Who changed what cannot be told, so
the copy saved last is kept as it is and every value of the other copy that differs is listed.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from crisiskaart.cards import encode_plan, plan_summary, read_plan, save_plan
from crisiskaart.model import CrisisPlan, TextItem
from crisiskaart.store import TEST_KDF, OndersteunerProfile, Status, create_card, open_card
from crisiskaart.store.copies import Relation
from crisiskaart.store.lifecycle import set_status
from crisiskaart.workspace.fork import Outcome, common_versions, merge_fork

from .conftest import PASSPHRASE, summary_of

COPY = "noor-bakker (conflict copy).crisiskaart"
HOUR = dt.timedelta(hours=1)


def _later() -> dt.datetime:
    return dt.datetime.now(dt.UTC) + HOUR


@pytest.fixture
def new_card(profile: OndersteunerProfile, tmp_path: Path) -> Path:
    """A card as the editor makes it: a nearly empty plan, concept version 1, a slot for Sam."""
    plan = CrisisPlan()
    plan.personal.full_name = "Noor Bakker"
    plan.personal.address.city = "Amsterdam"
    plan.what_helps = [TextItem(text="Muziek luisteren")]
    folder = tmp_path / "caseload"
    folder.mkdir()
    with create_card(folder / "noor-bakker.crisiskaart", PASSPHRASE, encode_plan(plan),
                     summary=summary_of(plan), kdf=TEST_KDF) as card:
        card.add_ondersteuner(profile.recipient)
    return folder / "noor-bakker.crisiskaart"


def _autosave(path: Path, edit: Callable[[CrisisPlan], None], *, later: bool = False,
              **credential: object) -> None:
    """What the editor's autosave does: amend the concept, here on one computer."""
    extra: dict[str, object] = {"clock": _later} if later else {}
    with open_card(path, writable=True, look_for_copies=False, **credential, **extra) as card:
        plan = read_plan(card)
        edit(plan)
        assert save_plan(card, plan).number == 1  # still version 1: amended, not appended


def _client(plan: CrisisPlan) -> None:
    plan.personal.preferred_name = "Noortje"
    plan.personal.address.city = "Utrecht"
    plan.what_helps = []  # she removed the only item


def _ondersteuner(plan: CrisisPlan) -> None:
    plan.personal.language_and_communication = "Ik spreek ook Turks"
    plan.personal.address.city = "Zwolle"
    plan.what_does_not_help = [TextItem(text="Hard praten")]


@pytest.fixture
def forked(new_card: Path, profile: OndersteunerProfile) -> tuple[Path, Path]:
    """The client's file and the ondersteuner's conflict copy; the ondersteuner saved last."""
    copy = new_card.with_name(COPY)
    shutil.copyfile(new_card, copy)
    _autosave(new_card, _client, passphrase=PASSPHRASE)
    _autosave(copy, _ondersteuner, profile=profile, later=True)
    return new_card, copy


def test_copies_that_each_amended_version_1_are_a_fork_with_nothing_in_common(
    forked: tuple[Path, Path],
) -> None:
    card, copy = forked
    with open_card(card, passphrase=PASSPHRASE, writable=False) as opened:
        [other] = opened.other_copies
        assert (other.path, other.relation, other.common, other.count) == (copy, Relation.FORK, 0, 1)
        [notice] = opened.notices
        assert notice.key == "fork"
        assert notice.message() == (
            f"er is nog een kopie van deze kaart met eigen wijzigingen: {COPY}; voeg de twee samen "
            "(Kaart › Samenvoegen, of crisiskaart merge)")
        assert "versie 0" not in notice.message() and "version 0" not in notice.message("en")
        with open_card(copy, passphrase=PASSPHRASE, writable=False, look_for_copies=False) as theirs:
            assert common_versions(opened, theirs) == 0


def test_merge_fork_keeps_the_later_copy_and_lists_every_value_of_the_other(
    forked: tuple[Path, Path],
) -> None:
    card, copy = forked
    with open_card(card, passphrase=PASSPHRASE, writable=True) as ours, \
            open_card(copy, passphrase=PASSPHRASE, writable=True, look_for_copies=False) as theirs:
        merged = merge_fork(ours, theirs)
        assert merged.outcome is Outcome.MERGED and merged.common == 0
        assert merged.version is not None and merged.version.number == 2
        assert merged.version.status is Status.CONCEPT
        assert merged.kept_as == card.with_name(f"{card.name}.kopie-1.bak")
        assert merged.result is not None
        conflicts = {conflict.label: (conflict.kept, conflict.other, conflict.other_side)
                     for conflict in merged.result.conflicts}
        assert conflicts == {  # what the client wrote, to copy back: nothing of it silently lost
            "Persoonlijke gegevens › Roepnaam": ("", "Noortje", "ours"),
            "Persoonlijke gegevens › Adres › Woonplaats": ("Zwolle", "Utrecht", "ours"),
        }
    assert not copy.exists() and merged.kept_as.exists()
    with open_card(card, passphrase=PASSPHRASE, writable=False) as reopened:
        assert reopened.other_copies == [] and reopened.notices == []  # the copy is a backup now
        assert [v.status for v in reopened.versions] == [Status.CONCEPT, Status.CONCEPT]
        plan = read_plan(reopened)
        first = read_plan(reopened, 1)
    # The ondersteuner saved last: his copy, as it is.
    assert plan.personal.language_and_communication == "Ik spreek ook Turks"
    assert plan.personal.address.city == "Zwolle"
    assert plan.personal.preferred_name == ""
    assert [item.text for item in plan.what_does_not_help] == ["Hard praten"]
    assert [item.text for item in plan.what_helps] == ["Muziek luisteren"]
    assert plan.personal.full_name == "Noor Bakker"  # the same in both: no conflict
    assert first.personal.address.city == "Utrecht"  # the client's own version 1 is still there


def test_an_old_copy_of_a_new_card_brings_back_nothing_that_was_removed(new_card: Path) -> None:
    """A copy kept aside before the card went on: what she took out since stays out (listed only)."""
    def before(plan: CrisisPlan) -> None:
        plan.what_does_not_help = [TextItem(text="Contact met mijn ex-partner Sander")]
        plan.personal.preferred_name = "Noor"

    _autosave(new_card, before, passphrase=PASSPHRASE)
    old = new_card.with_name("noor-bakker (oud).crisiskaart")
    shutil.copyfile(new_card, old)

    def since(plan: CrisisPlan) -> None:
        plan.what_does_not_help = []
        plan.personal.preferred_name = ""

    _autosave(new_card, since, passphrase=PASSPHRASE, later=True)
    with open_card(new_card, passphrase=PASSPHRASE, writable=True) as ours, \
            open_card(old, passphrase=PASSPHRASE, writable=True, look_for_copies=False) as theirs:
        merged = merge_fork(ours, theirs)
        plan = read_plan(ours)
    assert merged.outcome is Outcome.MERGED and merged.result is not None
    assert plan.what_does_not_help == [] and plan.personal.preferred_name == ""
    listed = {conflict.label: conflict.other for conflict in merged.result.conflicts}
    assert listed["Persoonlijke gegevens › Roepnaam"] == "Noor"
    assert any(isinstance(value, dict) and value.get("text") == "Contact met mijn ex-partner Sander"
               for value in listed.values())


def test_a_signed_version_in_the_open_copy_stays_and_the_merge_is_a_new_concept(
    forked: tuple[Path, Path], profile: OndersteunerProfile,
) -> None:
    card, copy = forked
    with open_card(copy, profile=profile, writable=True, look_for_copies=False) as signing:
        set_status(signing, Status.ONDERTEKEND)  # signed his copy before the conflict showed
    with open_card(copy, profile=profile, writable=True) as ours:
        assert [(o.relation, o.common) for o in ours.other_copies] == [(Relation.FORK, 0)]
        with open_card(card, passphrase=PASSPHRASE, writable=True, look_for_copies=False) as theirs:
            merged = merge_fork(ours, theirs)
        assert merged.outcome is Outcome.MERGED
        assert [v.status for v in ours.versions] == [Status.CONCEPT, Status.ONDERTEKEND, Status.CONCEPT]
        assert read_plan(ours).personal.address.city == "Zwolle"  # his, saved last
        assert merged.result is not None and any(c.other == "Noortje" for c in merged.result.conflicts)


def test_a_signed_version_of_the_other_copy_is_kept_in_the_backup_never_on_the_merge(
    forked: tuple[Path, Path], profile: OndersteunerProfile,
) -> None:
    card, copy = forked
    with open_card(copy, profile=profile, writable=True, look_for_copies=False) as signing:
        set_status(signing, Status.ONDERTEKEND)
    with open_card(card, passphrase=PASSPHRASE, writable=True) as ours:
        [other] = ours.other_copies
        assert (other.relation, other.common, other.count) == (Relation.FORK, 0, 2)
        with open_card(copy, passphrase=PASSPHRASE, writable=True, look_for_copies=False) as theirs:
            merged = merge_fork(ours, theirs)
        assert merged.outcome is Outcome.MERGED and merged.kept_as is not None
        # Changes nobody signed are in it: the merge is a concept, to be signed again.
        assert [v.status for v in ours.versions] == [Status.CONCEPT, Status.CONCEPT]
        turkish = "Ik spreek ook Turks"
        in_merge = read_plan(ours).personal.language_and_communication == turkish
        listed = merged.result is not None and any(c.other == turkish for c in merged.result.conflicts)
        assert in_merge or listed  # in the merge, or listed to copy back: never silently gone
    with open_card(merged.kept_as, passphrase=PASSPHRASE, writable=False, look_for_copies=False) as kept:
        assert kept.latest.status is Status.ONDERTEKEND


def test_another_card_with_its_own_version_1_is_not_merged(
    new_card: Path, profile: OndersteunerProfile,
) -> None:
    plan = CrisisPlan()
    plan.personal.full_name = "Noor Bakker"
    other = new_card.with_name("noor-bakker-2.crisiskaart")
    create_card(other, PASSPHRASE, encode_plan(plan), summary=plan_summary(plan), kdf=TEST_KDF).close()
    with open_card(new_card, passphrase=PASSPHRASE, writable=True) as ours:
        assert ours.other_copies == []  # another card id: not a copy at all
        with open_card(other, passphrase=PASSPHRASE, writable=True, look_for_copies=False) as theirs:
            before = other.read_bytes()
            merged = merge_fork(ours, theirs)
            assert merged.outcome is Outcome.UNRELATED and merged.version is None
        assert len(ours.versions) == 1
    assert other.read_bytes() == before
    assert not list(new_card.parent.glob("*.kopie-*.bak"))


def test_a_damaged_copy_is_still_not_comparable(forked: tuple[Path, Path]) -> None:
    card, copy = forked
    copy.write_bytes(copy.read_bytes()[:200])  # the same card id, cut off
    with open_card(card, passphrase=PASSPHRASE, writable=False) as opened:
        [other] = opened.other_copies
        assert (other.relation, other.common) == (Relation.UNRELATED, 0)
        assert [notice.key for notice in opened.notices] == ["other_copy"]
        assert "niet te vergelijken (ouder bestandsformaat of beschadigd)" in opened.notices[0].message()

