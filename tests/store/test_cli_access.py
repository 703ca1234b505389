"""The client owns the card, on the command line: access, recovery-kit, update, merge and refusals."""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

import crisiskaart.cli.main as cli_main
from crisiskaart.cards import read_plan, save_plan
from crisiskaart.cli import store_commands
from crisiskaart.model import CrisisPlan, dump_plan_json, example_plan, load_plan_json
from crisiskaart.store import TEST_KDF, open_card

PASS = "klant wachtwoord met lange zin"
PROFILE_PASS = "ondersteuner geheim met veel woorden"



def _without_link(plan: CrisisPlan) -> CrisisPlan:
    """The card as written, apart from the summary key ``new`` makes for every card of its own."""
    assert plan.responder_link is not None
    return plan.model_copy(update={"responder_link": None})


@pytest.fixture(autouse=True)
def _wired(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(store_commands, "NEW_KDF", TEST_KDF)
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASS)
    monkeypatch.delenv("CRISISKAART_NEW_PASSPHRASE", raising=False)
    monkeypatch.chdir(tmp_path)
    Path("kaart.json").write_text(dump_plan_json(example_plan()), "utf-8")
    Path("pw.txt").write_text(PASS, "utf-8")
    Path("profiel-pw.txt").write_text(PROFILE_PASS, "utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _card_with_ondersteuner(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    assert run(capsys, "ondersteuner", "create", "o.profile", "--name", "Ayşe Yılmaz",
               "--organisation", "Cliëntenbelang", "--passphrase-file", "profiel-pw.txt")[0] == 0
    assert run(capsys, "ondersteuner", "add", "k.crisiskaart", "o.profile.pub")[0] == 0


def _as_ondersteuner(*argv: str) -> tuple[str, ...]:
    return (*argv, "--profile", "o.profile", "--passphrase-file", "profiel-pw.txt")


def test_access_lists_who_can_open_the_card(capsys: pytest.CaptureFixture[str]) -> None:
    _card_with_ondersteuner(capsys)
    code, out, _ = run(capsys, "access", "k.crisiskaart")
    assert code == 0
    assert "Jij (de cliënt), met je wachtwoord" in out
    assert "Herstelcode: nog niet gemaakt" in out
    assert re.search(r"Ondersteuner: Ayşe Yılmaz \(Cliëntenbelang\), vingerafdruk [0-9a-f ]{19}", out)
    assert "gaf Ayşe Yılmaz (Cliëntenbelang) toegang" in out
    code, out, _ = run(capsys, "access", "k.crisiskaart", "--json")
    data = json.loads(out)
    assert data["recovery_code"] is False and data["key_generation"] == 1
    assert [e["action"] for e in data["events"]] == ["created", "ondersteuner_added"]
    assert data["ondersteuners"][0]["name"] == "Ayşe Yılmaz"


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (("passwd", "k.crisiskaart", "--new-passphrase-file", "nieuw.txt"), "wachtwoord"),
        (("ondersteuner", "add", "k.crisiskaart", "ander.profile.pub"), "toegang geven"),
        (("ondersteuner", "remove", "k.crisiskaart", "Ayşe Yılmaz"), "toegang afnemen"),
        (("recovery-kit", "k.crisiskaart", "-o", "blad.pdf"), "herstelcode"),
    ],
)
def test_an_ondersteuner_cannot_change_access(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], words: str
) -> None:
    _card_with_ondersteuner(capsys)
    Path("nieuw.txt").write_text("een heel ander lang wachtwoord", "utf-8")
    assert run(capsys, "ondersteuner", "create", "ander.profile", "--name", "Piet",
               "--passphrase-file", "profiel-pw.txt")[0] == 0
    before = Path("k.crisiskaart").read_bytes()
    code, out, err = run(capsys, *_as_ondersteuner(*argv))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("crisiskaart: alleen de cliënt zelf") and words in err
    assert Path("k.crisiskaart").read_bytes() == before
    assert not Path("blad.pdf").exists()


def _code_from_sheet(path: Path) -> str:
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)
    groups = re.findall(r"\b[0-9A-HJKMNP-TV-Z]{4}\b", text.replace(" ", " "))
    found = re.search(r"((?:[0-9A-HJKMNP-TV-Z]{4}[\s-]*){8})", text)
    assert found, groups
    return found.group(1)


def test_recovery_kit_then_a_new_passphrase_with_the_code_from_the_printed_sheet(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _card_with_ondersteuner(capsys)
    code, _, err = run(capsys, "recovery-kit", "k.crisiskaart", "-o", "noodblad.pdf")
    assert code == 0 and "noodblad.pdf" in err
    shown = re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})", err).group(1)
    typed = _code_from_sheet(Path("noodblad.pdf"))
    assert re.sub(r"[\s-]", "", typed) == shown.replace("-", "")
    assert "k.crisiskaart" in pypdf.PdfReader("noodblad.pdf").pages[0].extract_text()
    # The client forgot her passphrase: the code from the sheet lets her choose a new one.
    monkeypatch.delenv("CRISISKAART_PASSPHRASE")
    Path("code.txt").write_text(typed.lower() + "\n", "utf-8")
    Path("nieuw.txt").write_text("mijn nieuwe lange wachtzin voor de kaart", "utf-8")
    assert run(capsys, "passwd", "k.crisiskaart", "--recovery-code-file", "code.txt",
               "--new-passphrase-file", "nieuw.txt")[0] == 0
    assert run(capsys, "show", "k.crisiskaart", "--passphrase-file", "pw.txt")[0] == 2
    Path("pw2.txt").write_text("mijn nieuwe lange wachtzin voor de kaart", "utf-8")
    code, out, _ = run(capsys, "show", "k.crisiskaart", "--passphrase-file", "pw2.txt")
    assert code == 0 and _without_link(load_plan_json(out)) == example_plan()
    # The ondersteuner still has access; a second kit makes the first code useless.
    assert run(capsys, *_as_ondersteuner("show", "k.crisiskaart"))[0] == 0
    assert run(capsys, "recovery-kit", "k.crisiskaart", "-o", "noodblad.pdf",
               "--passphrase-file", "pw2.txt")[0] == 1  # never overwrites the sheet
    assert run(capsys, "recovery-kit", "k.crisiskaart", "-o", "noodblad-2.pdf",
               "--passphrase-file", "pw2.txt")[0] == 0
    code, _, err = run(capsys, "show", "k.crisiskaart", "--recovery-code-file", "code.txt")
    assert code == 2 and "hoort niet bij deze kaart" in err
    code, out, _ = run(capsys, "access", "k.crisiskaart", "--passphrase-file", "pw2.txt", "--json")
    assert json.loads(out)["key_generation"] == 4  # code, passphrase, code: three new keys


def test_update_appends_a_concept_and_refuses_hostile_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    plan = example_plan()
    plan.personal.preferred_name = "Noortje"
    Path("nieuw.json").write_text(dump_plan_json(plan), "utf-8")
    code, _, err = run(capsys, "update", "k.crisiskaart", "--from-json", "nieuw.json", "--note", "bijnaam")
    assert code == 0 and "versie 2" in err
    with open_card(Path("k.crisiskaart"), passphrase=PASS, writable=False) as card:
        assert len(card.versions) == 2 and card.latest.note == "bijnaam"
        assert load_plan_json(card.payload()).personal.preferred_name == "Noortje"
    Path("diep.json").write_text("[" * 100000 + "]" * 100000, "utf-8")
    code, _, err = run(capsys, "update", "k.crisiskaart", "--from-json", "diep.json")
    assert code == 1 and err.count("\n") == 1


def test_a_sync_conflict_copy_is_a_fork_and_merges_with_both_changes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    shutil.copyfile("k.crisiskaart", "k (conflict copy).crisiskaart")
    ours, theirs = example_plan(), example_plan()
    ours.personal.preferred_name = "Noortje"
    theirs.personal.language_and_communication = "Ik spreek ook Turks"
    Path("ours.json").write_text(dump_plan_json(ours), "utf-8")
    Path("theirs.json").write_text(dump_plan_json(theirs), "utf-8")
    assert run(capsys, "update", "k.crisiskaart", "--from-json", "ours.json")[0] == 0
    code, _, err = run(capsys, "update", "k (conflict copy).crisiskaart", "--from-json", "theirs.json")
    assert code == 0  # when it was opened, the copy was older than what this computer had seen
    assert "let op: dit is een oudere kopie van de kaart: deze computer heeft al versie 2 gezien" in err
    assert "let op: er is een nieuwere kopie van deze kaart: k.crisiskaart (versie 2)" in err
    code, _, err = run(capsys, "versions", "k.crisiskaart")
    assert code == 0 and err == (
        "let op: er is nog een kopie van deze kaart met eigen wijzigingen: "
        "k (conflict copy).crisiskaart; voeg de twee samen (Kaart › Samenvoegen, of crisiskaart merge)\n"
    )
    code, _, err = run(capsys, "merge", "k.crisiskaart", "k (conflict copy).crisiskaart")
    assert code == 0 and "k.crisiskaart.kopie-1.bak" in err
    assert not Path("k (conflict copy).crisiskaart").exists() and Path("k.crisiskaart.kopie-1.bak").exists()
    with open_card(Path("k.crisiskaart"), passphrase=PASS, writable=False) as card:
        merged = load_plan_json(card.payload())
        assert merged.personal.preferred_name == "Noortje"
        assert merged.personal.language_and_communication == "Ik spreek ook Turks"
        assert len(card.versions) == 3 and card.latest.note.startswith("samengevoegd")
        assert card.notices == []  # the other copy is now a backup, not a fork


def test_a_conflict_keeps_the_newer_value_and_names_the_other(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    shutil.copyfile("k.crisiskaart", "k-2.crisiskaart")
    for name, nickname in (("k-2.crisiskaart", "Eerst"), ("k.crisiskaart", "Later")):
        plan = example_plan()
        plan.personal.preferred_name = nickname
        Path("p.json").write_text(dump_plan_json(plan), "utf-8")
        assert run(capsys, "update", name, "--from-json", "p.json")[0] == 0
    code, _, err = run(capsys, "merge", "k.crisiskaart", "k-2.crisiskaart")
    assert code == 0 and "in beide kopieën veranderd" in err
    with open_card(Path("k.crisiskaart"), passphrase=PASS, writable=False) as card:
        assert load_plan_json(card.payload()).personal.preferred_name in ("Later", "Eerst")
        assert "Eerst" in card.latest.note and "Later" in card.latest.note


def _autosave(path: str, edit: Callable[[CrisisPlan], None]) -> None:
    """The editor's autosave on one computer: the concept version 1 is amended, not added to."""
    with open_card(Path(path), passphrase=PASS, writable=True, look_for_copies=False) as card:
        plan = read_plan(card)
        edit(plan)
        assert save_plan(card, plan).number == 1


def test_copies_that_each_amended_concept_version_1_merge(capsys: pytest.CaptureFixture[str]) -> None:
    """A new card, still concept version 1, edited in two places: no version in common, one card."""
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    shutil.copyfile("k.crisiskaart", "k (conflict copy).crisiskaart")

    def ours(plan: CrisisPlan) -> None:
        plan.personal.preferred_name = "Noortje"
        plan.personal.address.city = "Utrecht"

    def theirs(plan: CrisisPlan) -> None:
        plan.personal.address.city = "Zwolle"

    _autosave("k.crisiskaart", ours)
    _autosave("k (conflict copy).crisiskaart", theirs)
    code, _, err = run(capsys, "versions", "k.crisiskaart")
    assert code == 0 and err == (
        "let op: er is nog een kopie van deze kaart met eigen wijzigingen: "
        "k (conflict copy).crisiskaart; voeg de twee samen (Kaart › Samenvoegen, of crisiskaart merge)\n"
    )
    code, _, err = run(capsys, "merge", "k.crisiskaart", "k (conflict copy).crisiskaart")
    lines = err.splitlines()
    assert code == 0, err
    # Without a common version the merge is against an empty plan: what differs is a conflict.
    both = "in beide kopieën veranderd, de nieuwste is bewaard: Persoonlijke gegevens › "
    assert f"{both}Adres › Woonplaats" in lines
    assert f"{both}Roepnaam" in lines  # only ours changed it; without a common version, who can tell
    assert lines[-1] == ("samengevoegd in versie 2 (concept) van k.crisiskaart; de andere kopie is bewaard "
                         "als k.crisiskaart.kopie-1.bak")
    assert not Path("k (conflict copy).crisiskaart").exists() and Path("k.crisiskaart.kopie-1.bak").exists()
    with open_card(Path("k.crisiskaart"), passphrase=PASS, writable=False) as card:
        merged = load_plan_json(card.payload())
        assert merged.personal.address.city in ("Utrecht", "Zwolle")
        other_city = "Zwolle" if merged.personal.address.city == "Utrecht" else "Utrecht"
        assert other_city in card.latest.note  # the value not taken is in the version note
        assert len(card.versions) == 2 and card.notices == []
        assert _without_link(merged).contacts == example_plan().contacts  # the same in both
    with open_card(Path("k.crisiskaart.kopie-1.bak"), passphrase=PASS, writable=False,
                   look_for_copies=False) as kept:
        assert load_plan_json(kept.payload()).personal.address.city == "Zwolle"


def test_merge_refuses_another_card(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    assert run(capsys, "new", "ander.crisiskaart", "--from-json", "kaart.json")[0] == 0
    before = Path("ander.crisiskaart").read_bytes(), Path("k.crisiskaart").read_bytes()
    code, _, err = run(capsys, "merge", "k.crisiskaart", "ander.crisiskaart")
    assert code == 1
    assert err == "crisiskaart: ander.crisiskaart is geen kopie van dezelfde kaart als k.crisiskaart\n"
    assert (Path("ander.crisiskaart").read_bytes(), Path("k.crisiskaart").read_bytes()) == before
    code, _, err = run(capsys, "--language", "en", "merge", "k.crisiskaart", "ander.crisiskaart")
    assert code == 1 and "ander.crisiskaart is not a copy of the same card as k.crisiskaart" in err


def test_versions_shows_control_characters_in_names_and_notes_escaped(
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = example_plan()
    plan.personal.full_name = "Noor\x1b[2J\nBakker"
    Path("raar.json").write_text(dump_plan_json(plan), "utf-8")
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "raar.json", "--note", "a\u202eb")[0] == 0
    code, out, _ = run(capsys, "versions", "k.crisiskaart")
    assert code == 0 and "\x1b" not in out and "\u202e" not in out and out.count("\n") == 1
    assert "Noor\\x1b[2J\\nBakker" in out and "a\\u202eb" in out


def test_after_merging_a_copy_with_more_versions_the_card_is_not_called_older(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    shutil.copyfile("k.crisiskaart", "k-2.crisiskaart")
    plan = example_plan()
    for name, times in (("k.crisiskaart", 1), ("k-2.crisiskaart", 4)):
        for number in range(times):
            plan.personal.preferred_name = f"{name} {number}"
            Path("p.json").write_text(dump_plan_json(plan), "utf-8")
            assert run(capsys, "update", name, "--from-json", "p.json")[0] == 0
    assert run(capsys, "merge", "k.crisiskaart", "k-2.crisiskaart")[0] == 0
    code, _, err = run(capsys, "versions", "k.crisiskaart")
    assert code == 0 and err == ""
