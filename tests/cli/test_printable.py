"""Names from card files are printed with terminal controls escaped: a crafted card cannot recolour
the ondersteuner's terminal, fake extra rows in ``caseload`` or reverse a name with bidi overrides."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crisiskaart.cards import encode_plan, plan_summary
from crisiskaart.cli.main import main
from crisiskaart.cli.printable import printable
from crisiskaart.model import example_plan
from crisiskaart.store import TEST_KDF, create_card, create_profile


@pytest.mark.parametrize(("text", "shown"), [
    ("A\x1b[31mB\nC", "A\\x1b[31mB\\nC"),
    ("regel\r\nnep\tkolom", "regel\\r\\nnep\\tkolom"),
    ("\x00\x07\x08\x7f", "\\x00\\x07\\x08\\x7f"),
    ("\x9b31m\x85", "\\x9b31m\\x85"),  # C1: CSI and NEL
    ("Noor \u202eredakB", "Noor \\u202eredakB"),
    ("\u2066a\u2067b\u2068c\u2069\u202a\u202b\u202c\u202d", "\\u2066a\\u2067b\\u2068c\\u2069\\u202a"
                                                            "\\u202b\\u202c\\u202d"),
    ("een\u2028twee\u2029drie", "een\\u2028twee\\u2029drie"),
])
def test_controls_are_escaped(text: str, shown: str) -> None:
    assert printable(text) == shown


@pytest.mark.parametrize("text", [
    "Noor Bakker", "Zoë Ünal-Şahin", "محمد العلي", "Анна Петрова", "李小龙", "O'Brien \\ co", "😀", "",
    "Ëlla\u00a0de\u200dBoer",  # a no-break space and a zero-width joiner are ordinary text
])
def test_ordinary_unicode_is_kept(text: str) -> None:
    assert printable(text) == text


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_output_never_contains_a_control(text: str) -> None:
    shown = printable(text)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 or 0x202A <= ord(c) <= 0x202E
                   or 0x2066 <= ord(c) <= 0x2069 for c in shown)
    assert len(shown.splitlines()) <= 1  # one name, one row


def test_caseload_shows_a_crafted_name_escaped_on_one_row(tmp_path: Path, capsys, monkeypatch) -> None:
    profile_passphrase = "paarse olifant danst op de maan"
    profile = create_profile(tmp_path / "sam.profile", profile_passphrase, "Sam de Vries", "",
                             kdf=TEST_KDF)
    folder = tmp_path / "caseload"
    folder.mkdir()
    plan = example_plan()
    plan.personal.full_name = "A\x1b[31mB\nC\u202e"
    with create_card(folder / "kaart\x1b[2J.crisiskaart", "klant wachtwoord", encode_plan(plan),
                     summary=plan_summary(plan), kdf=TEST_KDF) as card:
        card.add_ondersteuner(profile.recipient)
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", profile_passphrase)
    code = main(["caseload", str(folder), "--profile", str(tmp_path / "sam.profile")])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    row, total = out.splitlines()
    assert row.startswith("A\\x1b[31mB\\nC\\u202e ")
    assert row.endswith("kaart\\x1b[2J.crisiskaart")
    assert "\x1b" not in out and "\u202e" not in out
    assert total.startswith("1 kaart")
