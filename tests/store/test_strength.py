"""New passphrases are judged by zxcvbn: below score 3 they are refused, with a reason in Dutch or English."""

from __future__ import annotations

import pytest

from crisiskaart.store import InvalidRequest
from crisiskaart.store.strength import (
    JUDGED_LENGTH,
    MIN_SCORE,
    WeakPassphrase,
    judge_passphrase,
    require_strong_passphrase,
)

STRONG = "paarse olifant danst op de maan"


def test_a_long_sentence_of_ordinary_words_is_accepted() -> None:
    judgement = judge_passphrase(STRONG)
    assert judgement.score == 4 and judgement.acceptable
    assert judgement.reason("nl") == judgement.reason("en") == ""
    require_strong_passphrase(STRONG)  # does not raise


@pytest.mark.parametrize(("passphrase", "dutch"), [
    ("wachtwoord", "dit is een veelgebruikt wachtwoord"),
    ("welkom123", "dit lijkt op een veelgebruikt wachtwoord"),
    ("qwertyuiop", "dit is een veelgebruikt wachtwoord"),
    ("aaaaaaaaaaaa", "herhalingen zoals ‘aaa’ of ‘abcabc’ zijn makkelijk te raden"),
    ("abcdef", "reeksen zoals ‘abc’ of ‘6543’ zijn makkelijk te raden"),
    ("1990-05-01", "jaartallen en datums zijn makkelijk te raden"),
    ("jan", "namen zijn makkelijk te raden"),
    ("crisiskaart", "dit wachtwoord is te makkelijk te raden"),  # the program's own name
])
def test_weak_passphrases_get_a_dutch_reason_and_advice(passphrase: str, dutch: str) -> None:
    judgement = judge_passphrase(passphrase)
    assert judgement.score < MIN_SCORE and not judgement.acceptable
    assert judgement.reason("nl") == f"{dutch}; maak het langer, bijvoorbeeld vier losse woorden"
    assert judgement.reason("en").endswith("; make it longer, for example four separate words")
    assert "\n" not in judgement.reason("nl") + judgement.reason("en")


def test_scores_rise_with_length_of_unrelated_words() -> None:
    scores = [judge_passphrase(p).score for p in ("maan", "olifant maan", STRONG)]
    assert scores == sorted(scores) and scores[0] < MIN_SCORE <= scores[-1]


def test_the_clients_own_name_is_guessed_first() -> None:
    judgement = judge_passphrase("Noor Bakker 1990", user_inputs=["Noor Bakker"])
    assert not judgement.acceptable
    assert judgement.reason("nl").startswith("je naam of een ander gegeven over jou")
    assert judgement.reason("en").startswith("your name or other details about you")
    # zxcvbn does not know Dutch or Turkish names; the card's own names it is told.
    assert judge_passphrase("oostveenzeynep").acceptable
    assert not judge_passphrase("oostveenzeynep", ["Zeynep Yilmaz-Oostveen"]).acceptable


def test_empty_and_very_long_passphrases() -> None:
    assert judge_passphrase("").reason("nl") == "het wachtwoord mag niet leeg zijn"
    assert judge_passphrase("", ["x"]).score == 0
    long_one = " ".join([STRONG] * 10)
    assert len(long_one) > JUDGED_LENGTH and judge_passphrase(long_one).acceptable  # no ValueError
    assert not judge_passphrase("a" * 500).acceptable


def test_weak_passphrase_is_an_invalid_request_with_the_reason_as_message() -> None:
    with pytest.raises(WeakPassphrase) as raised:
        require_strong_passphrase("geheim")
    error = raised.value
    assert isinstance(error, InvalidRequest) and error.exit_code == 1
    assert error.message("nl").startswith("dit is een veelgebruikt wachtwoord")
    assert error.message("en").startswith("this is a commonly used password")
    assert "geheim" not in str(error)  # the passphrase itself is never in an error
