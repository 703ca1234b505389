"""How hard a new passphrase is to guess, judged by zxcvbn; no Qt, usable by the CLI and the UI.

A stolen card file can be attacked offline for as long as the thief likes: the key derivation
only slows each guess down. A passphrase that is on a list of common passwords, or is the
client's own name, is then found quickly however slow the derivation. zxcvbn estimates the number
of guesses an attacker needs (score 0-4); we refuse anything below ``MIN_SCORE``.

zxcvbn's feedback is English. We map its warnings to our own short sentences in Dutch (B1) and
English, so the reason reads like the rest of the program.

The store functions themselves (``create_card``, ``create_profile``, ``change_passphrase``) do not
judge: the rule is for people choosing a passphrase, not for tests or migrations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from zxcvbn import zxcvbn

from crisiskaart.store.errors import InvalidRequest
from crisiskaart.store.messages import store_text

# 3 = "safely unguessable: moderate protection from an offline slow-hash scenario" (zxcvbn).
MIN_SCORE = 3

# zxcvbn's running time grows with the length (it refuses more than 72 characters by default).
# A passphrase whose first 72 characters are hard to guess is not made easier by what follows.
JUDGED_LENGTH = 72

# zxcvbn's English warnings (feedback.py) and the key of what we say instead (store.messages).
_WARNINGS: dict[str, str] = {
    "This is a top-10 common password.": "passphrase_common",
    "This is a top-100 common password.": "passphrase_common",
    "This is a very common password.": "passphrase_common",
    "This is similar to a commonly used password.": "passphrase_like_common",
    "A word by itself is easy to guess.": "passphrase_one_word",
    "Names and surnames by themselves are easy to guess.": "passphrase_names",
    "Common names and surnames are easy to guess.": "passphrase_names",
    "Straight rows of keys are easy to guess.": "passphrase_keyboard",
    "Short keyboard patterns are easy to guess.": "passphrase_keyboard",
    'Repeats like "aaa" are easy to guess.': "passphrase_repeats",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': "passphrase_repeats",
    'Sequences like "abc" or "6543" are easy to guess.': "passphrase_sequences",
    "Recent years are easy to guess.": "passphrase_dates",
    "Dates are often easy to guess.": "passphrase_dates",
}


@dataclass(frozen=True)
class PassphraseJudgement:
    """zxcvbn's score (0-4) and, when it is too low, why, in Dutch and in English."""

    score: int
    reason_key: str = ""  # a store text (store.messages); empty when the passphrase is accepted
    advice: bool = False  # followed by how to make it harder to guess

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE

    def reason(self, language: str = "nl") -> str:
        """One line saying why the passphrase is refused; empty when it is accepted."""
        if not self.reason_key:
            return ""
        reason = store_text(self.reason_key, language)
        return f"{reason}; {store_text('passphrase_advice', language)}" if self.advice else reason


class WeakPassphrase(InvalidRequest):
    """A new passphrase that is too easy to guess; the message is the judgement's reason."""

    key = "weak_passphrase"

    def __init__(self, judgement: PassphraseJudgement) -> None:
        super().__init__(f"passphrase score {judgement.score} is below {MIN_SCORE}")
        self.judgement = judgement

    def message(self, language: str = "nl") -> str:
        return self.judgement.reason(language)


def _hints(user_inputs: Sequence[str]) -> list[str]:
    """The inputs and each of their words: "Noor Bakker" should also catch "bakker1990"."""
    hints: list[str] = []
    for text in user_inputs:
        if text and text.strip():
            hints.append(text.strip())
            hints.extend(word for word in re.split(r"\W+", text) if len(word) >= 3)
    return hints


# Words every attacker of a crisiskaart file tries first, whoever's card it is.
_PROGRAM_WORDS = ("crisiskaart", "crisisplan", "crisiskaarten", "signaleringsplan")


def _uses_personal_details(sequence: list[dict[str, Any]]) -> bool:
    return any(match.get("dictionary_name") == "user_inputs"
               and match.get("matched_word") not in _PROGRAM_WORDS for match in sequence)


def judge_passphrase(passphrase: str, user_inputs: Sequence[str] = ()) -> PassphraseJudgement:
    """zxcvbn's judgement of ``passphrase``; ``user_inputs`` are words an attacker would try
    first (the client's name, the ondersteuner's name and organisation, the file name)."""
    if not passphrase:
        return PassphraseJudgement(0, "empty_passphrase")
    result = zxcvbn(passphrase[:JUDGED_LENGTH], user_inputs=[*_PROGRAM_WORDS, *_hints(user_inputs)],
                    max_length=JUDGED_LENGTH)
    score = int(result["score"])
    if score >= MIN_SCORE:
        return PassphraseJudgement(score)
    if _uses_personal_details(result.get("sequence", [])):
        key = "passphrase_personal"
    else:
        key = _WARNINGS.get(result["feedback"]["warning"], "passphrase_too_easy")
    return PassphraseJudgement(score, key, advice=True)


def require_strong_passphrase(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    """Raise ``WeakPassphrase`` when ``passphrase`` scores below ``MIN_SCORE``."""
    judgement = judge_passphrase(passphrase, user_inputs)
    if not judgement.acceptable:
        raise WeakPassphrase(judgement)
