"""The herstelcode: 160 bits in Crockford base32, printed in groups, typed back forgivingly."""

from __future__ import annotations

import base64
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crisiskaart.store.errors import InvalidRequest, StoreError
from crisiskaart.store.recovery_code import (
    ALPHABET,
    BadRecoveryCode,
    RecoveryCode,
    new_recovery_code,
    parse_recovery_code,
)

secrets = st.binary(min_size=20, max_size=20)
GROUPED = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$")

# RFC 4648 base32 and Crockford's share the bit layout; only the alphabet differs. An independent
# encoder to check ours against.
_RFC_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_RFC_TO_CROCKFORD = str.maketrans(_RFC_ALPHABET, ALPHABET)


def _reference_text(secret: bytes) -> str:
    plain = base64.b32encode(secret).decode().translate(_RFC_TO_CROCKFORD)
    return "-".join(plain[i : i + 4] for i in range(0, 32, 4))


def test_alphabet_is_crockford() -> None:
    assert len(ALPHABET) == len(set(ALPHABET)) == 32
    assert not set("ILOU") & set(ALPHABET)


def test_new_code_has_160_random_bits() -> None:
    asked: list[int] = []

    def random(size: int) -> bytes:
        asked.append(size)
        return bytes(range(size))

    code = new_recovery_code(random)
    assert asked == [20]
    assert code.secret == bytes(range(20))
    assert len(code.secret) * 8 == 160
    assert GROUPED.match(code.text)
    assert len(code.text.replace("-", "")) == 32
    assert code.groups == tuple(code.text.split("-")) and len(code.groups) == 8


def test_new_codes_differ() -> None:
    codes = {new_recovery_code().secret for _ in range(50)}
    assert len(codes) == 50


def test_short_random_source_is_refused() -> None:
    with pytest.raises(ValueError):
        new_recovery_code(lambda size: b"\x00" * (size - 1))


def test_known_values() -> None:
    assert RecoveryCode(b"\x00" * 20).text == "-".join(["0000"] * 8)
    assert RecoveryCode(b"\xff" * 20).text == "-".join(["ZZZZ"] * 8)
    assert RecoveryCode(b"\x00" * 19 + b"\x01").text.endswith("-0001")


@given(secrets)
def test_round_trip(secret: bytes) -> None:
    code = RecoveryCode(secret)
    assert code.text == _reference_text(secret)
    assert GROUPED.match(code.text)
    assert parse_recovery_code(code.text) == code
    assert parse_recovery_code(code.text).secret == secret


@given(secrets, st.data())
def test_round_trip_through_retyping(secret: bytes, data: st.DataObject) -> None:
    """Whatever a person does to the separators and the case, the same secret comes back."""
    plain = RecoveryCode(secret).text.replace("-", "")
    typed = ""
    for char in plain:
        typed += data.draw(st.sampled_from(["", " ", "-", "  ", "\t", " - "]))
        typed += char.lower() if data.draw(st.booleans()) else char
    assert parse_recovery_code(typed).secret == secret


# Every character of the alphabet once, so each look-alike substitution below changes something.
ALL_CHARACTERS = "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"
CODE = RecoveryCode(
    base64.b32decode(ALL_CHARACTERS.replace("-", "").translate(str.maketrans(ALPHABET, _RFC_ALPHABET)))
)


def test_code_of_the_whole_alphabet() -> None:
    assert CODE.text == ALL_CHARACTERS


@pytest.mark.parametrize(
    "transform",
    [
        pytest.param(lambda text: text, id="as printed"),
        pytest.param(str.lower, id="lower case"),
        pytest.param(lambda text: text.replace("-", ""), id="no dashes"),
        pytest.param(lambda text: text.replace("-", " "), id="spaces"),
        pytest.param(lambda text: text.replace("-", "\n"), id="newlines"),
        pytest.param(lambda text: text.replace("-", " \t "), id="tabs"),
        pytest.param(lambda text: text.replace("-", "–"), id="en dash"),
        pytest.param(lambda text: text.replace("-", "\u00a0"), id="no-break space"),
        pytest.param(lambda text: text.replace("-", "\u00ad"), id="soft hyphen"),
        pytest.param(lambda text: text.replace("-", "\u200b"), id="zero-width space"),
        pytest.param(lambda text: f"  {text}  \n", id="surrounding whitespace"),
        pytest.param(lambda text: text.replace("-", "").replace("", " ").strip(), id="every char apart"),
        pytest.param(lambda text: text.replace("0", "O"), id="O for 0"),
        pytest.param(lambda text: text.replace("0", "o"), id="o for 0"),
        pytest.param(lambda text: text.replace("1", "I"), id="I for 1"),
        pytest.param(lambda text: text.replace("1", "i"), id="i for 1"),
        pytest.param(lambda text: text.replace("1", "L"), id="L for 1"),
        pytest.param(lambda text: text.replace("1", "l"), id="l for 1"),
        pytest.param(
            lambda text: "".join(chr(ord(c) + 0xFEE0) if c != "-" else c for c in text), id="full width"
        ),
    ],
)
def test_tolerated_typing(transform) -> None:
    assert parse_recovery_code(transform(CODE.text)) == CODE


@pytest.mark.parametrize("typed", ["", "   ", "----", CODE.text[:-1], CODE.text[:-5], CODE.text[:4]])
def test_incomplete_code_is_refused(typed: str) -> None:
    with pytest.raises(BadRecoveryCode) as caught:
        parse_recovery_code(typed)
    assert caught.value.message("nl") == (
        "deze herstelcode is niet compleet: een herstelcode heeft 32 tekens in 8 groepjes van 4"
    )
    assert caught.value.message("en") == (
        "this recovery code is incomplete: a recovery code has 32 characters in 8 groups of 4"
    )


@pytest.mark.parametrize("typed", [CODE.text + "A", CODE.text + "-" + CODE.text])
def test_too_long_code_is_refused(typed: str) -> None:
    with pytest.raises(BadRecoveryCode) as caught:
        parse_recovery_code(typed)
    assert caught.value.message("nl").startswith("deze herstelcode heeft te veel tekens")
    assert "32 tekens in 8 groepjes van 4" in caught.value.message("nl")
    assert "too many characters" in caught.value.message("en")


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        (CODE.text[:-1] + "U", '"U"'),
        (CODE.text[:-1] + "u", '"u"'),
        ("U" + CODE.text, '"U"'),  # the wrong letter is named even if the count is off too
        (CODE.text.replace("-", "."), '"."'),
        (CODE.text[:-1] + "!", '"!"'),
        (CODE.text[:-1] + "é", '"é"'),
        (CODE.text[:-1] + "\x07", "U+0007"),
    ],
)
def test_invalid_character_is_refused_and_named(typed: str, shown: str) -> None:
    with pytest.raises(BadRecoveryCode) as caught:
        parse_recovery_code(typed)
    dutch = caught.value.message("nl")
    assert dutch.startswith("in deze herstelcode staat een teken dat er niet in hoort: ")
    assert shown in dutch
    assert caught.value.message() == dutch
    assert shown in caught.value.message("en") and "does not belong" in caught.value.message("en")


def test_errors_never_repeat_the_typed_code() -> None:
    for typed in (CODE.text[:-1], CODE.text + "7", CODE.text[:-1] + "U"):
        with pytest.raises(BadRecoveryCode) as caught:
            parse_recovery_code(typed)
        error = caught.value
        for text in (error.message("nl"), error.message("en"), str(error), repr(error)):
            assert all(group not in text for group in CODE.groups)


def test_bad_code_is_an_invalid_request() -> None:
    with pytest.raises(InvalidRequest) as caught:
        parse_recovery_code("nope")
    assert isinstance(caught.value, StoreError)
    assert caught.value.exit_code == 1


def test_repr_hides_the_secret() -> None:
    code = RecoveryCode(bytes(range(20)))
    for shown in (repr(code), str(code), f"{code}", repr([code]), repr({"code": code})):
        assert code.text not in shown
        assert code.groups[0] not in shown
        assert code.secret.hex() not in shown
        assert repr(code.secret) not in shown
        assert "hidden" in shown


@pytest.mark.parametrize("secret", [b"", b"\x00" * 19, b"\x00" * 21, "x" * 20])
def test_wrong_secret_size_is_refused(secret: object) -> None:
    with pytest.raises(ValueError):
        RecoveryCode(secret)  # type: ignore[arg-type]


def test_code_is_frozen_and_comparable() -> None:
    code = RecoveryCode(b"\x05" * 20)
    with pytest.raises(AttributeError):
        code.secret = b"\x00" * 20  # type: ignore[misc]
    assert code == RecoveryCode(b"\x05" * 20) != RecoveryCode(b"\x06" * 20)
    assert len({code, RecoveryCode(b"\x05" * 20)}) == 1
