"""``describe``: every kind of error in one calm line, in Dutch and English, never a class name."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from crisiskaart.app import errors
from crisiskaart.app.errors import describe, exit_code, sentence
from crisiskaart.model import PlanInvalid, load_plan_json
from crisiskaart.store import (
    BadRecoveryCode,
    CardLocked,
    DiskFull,
    NotAllowed,
    Tampered,
    WrongPassphrase,
    parse_recovery_code,
)
from crisiskaart.summary import LinkError


def _plan_invalid() -> PlanInvalid:
    try:
        load_plan_json('{"personal": {"birth_date": "12-06-1988"}}')
    except PlanInvalid as invalid:
        return invalid
    raise AssertionError("the plan should be invalid")


def _bad_code() -> BadRecoveryCode:
    try:
        parse_recovery_code("UUUU")
    except BadRecoveryCode as error:
        return error
    raise AssertionError("the code should be refused")


CASES = {
    "wrong passphrase": (WrongPassphrase(), "wachtwoord klopt niet", "passphrase is wrong", 2),
    "tampered": (Tampered(), "veranderd buiten dit programma", "changed outside this program", 3),
    "locked": (CardLocked(user="noor", host="laptop", pid=7, since="10:00"),
               "al geopend op een andere computer", "open on another computer", 4),
    "disk full": (DiskFull(), "de schijf is vol", "the disk is full", 1),
    "client only": (NotAllowed(action="recovery_code"), "alleen de cliënt", "only the client", 2),
    "plan invalid": (_plan_invalid(), "Geboortedatum", "Date of birth", 1),
    "link": (LinkError("x", reason="viewer_too_long", limit=58), "hoogstens 58 tekens", "at most 58", 1),
    "recovery code": (_bad_code(), "herstelcode", "recovery code", 1),
    "stored plan": (errors.StoredPlanInvalid(3, _plan_invalid().issues), "versie 3 in het bestand",
                    "version 3 in the file", 3),
    "plan file": (errors.PlanFileInvalid("kaart.json", _plan_invalid().issues), "kaart.json is geen geldige",
                  "kaart.json is not a valid card", 1),
    "format": (errors.FormatUnavailable(format="later"), "het formaat later", "the format later", 1),
    "exists": (errors.DestinationExists(path="uit.pdf"), "uit.pdf bestaat al", "uit.pdf already exists", 1),
    "link needs card": (errors.LinkNeedsCard(), "versleuteld kaartbestand", "encrypted card file", 1),
    "nothing to withdraw": (errors.NoLinkToWithdraw(path="k.crisiskaart"), "geen gekoppelde samenvatting",
                            "no linked responder summary", 1),
    "no file": (FileNotFoundError(errno.ENOENT, "No such file or directory", "weg.json"),
                "bestand niet gevonden: weg.json", "file not found: weg.json", 1),
    "no permission": (PermissionError(errno.EACCES, "Permission denied", "/root/x.pdf"),
                      "geen toestemming", "no permission", 2),
    "disk full (os)": (OSError(errno.ENOSPC, "No space left on device", "uit.pdf"), "schijf is vol",
                       "disk is full", 1),
    "read-only disk": (OSError(errno.EROFS, "Read-only file system", "uit.pdf"), "alleen-lezen",
                       "read-only", 2),
    "a folder": (IsADirectoryError(errno.EISDIR, "Is a directory", "map"), "map, geen bestand",
                 "folder, not a file", 1),
    "other os error": (OSError(errno.EIO, "Input/output error", "uit.pdf"), "lukte niet", "did not work", 1),
    "os error without a file": (OSError("kapot"), "het bestand", "the file", 1),
    "not text": (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "geen tekstbestand",
                 "not a text file", 1),
    "a bug": (RuntimeError("card text that must not leak"), "er ging iets mis in het programma",
              "something went wrong in the program", 70),
    "a bug without words": (KeyError("personal"), "er is niets veranderd", "nothing was changed", 70),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_error_is_one_calm_line_in_both_languages(case: str) -> None:
    error, dutch_words, english_words, code = CASES[case]
    dutch, english = describe(error, "nl"), describe(error, "en")
    assert dutch_words in dutch and english_words in english
    assert dutch != english
    for line in (dutch, english):
        assert line and "\n" not in line and "Traceback" not in line
        assert type(error).__name__ not in line and "Error" not in line and "Exception" not in line
        assert "must not leak" not in line and "{" not in line
    assert exit_code(error) == code


def test_a_dialog_gets_a_sentence() -> None:
    assert sentence(describe(WrongPassphrase(), "nl")) == (
        "Het wachtwoord klopt niet (of het bestand is beschadigd).")
    assert sentence("klaar.") == "Klaar."
    assert sentence("") == ""


def test_an_unknown_error_never_claims_work_was_saved() -> None:
    for language in ("nl", "en"):
        text = describe(ValueError(), language)
        assert "bewaard" not in text and "saved" not in text


def test_describing_loads_nothing_heavy(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from crisiskaart.app.errors import describe; describe(OSError(), 'nl'); "
            "print(any(m in sys.modules for m in ('pydantic', 'qrcode', 'reportlab')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
