"""JWE compact (dir, A256GCM) checked against jwcrypto, an independent implementation."""

from __future__ import annotations

import json

import pytest
from jwcrypto import jwe as jw_jwe
from jwcrypto import jwk as jw_jwk

from crisiskaart.summary.jwe import (
    MalformedJwe,
    TamperedJwe,
    WrongKey,
    b64url_decode,
    b64url_encode,
    decrypt,
    encrypt,
    read_header,
)

KEY = bytes(range(32))
TEXT = "Noor Bakker — allergisch voor penicilline".encode()


def _jwk(key: bytes) -> jw_jwk.JWK:
    return jw_jwk.JWK(kty="oct", k=b64url_encode(key))


def test_jwcrypto_decrypts_what_we_encrypt() -> None:
    token = encrypt(TEXT, KEY)
    reader = jw_jwe.JWE()
    reader.deserialize(token, key=_jwk(KEY))
    assert reader.payload == TEXT
    assert reader.jose_header["alg"] == "dir" and reader.jose_header["enc"] == "A256GCM"


def test_we_decrypt_what_jwcrypto_encrypts() -> None:
    writer = jw_jwe.JWE(TEXT, json.dumps({"alg": "dir", "enc": "A256GCM"}))
    writer.add_recipient(_jwk(KEY))
    assert decrypt(writer.serialize(compact=True), KEY) == TEXT


def test_known_answer_with_a_fixed_iv_is_stable() -> None:
    token = encrypt(b"{}", KEY, iv=bytes(12))
    _header, encrypted_key, iv, _ciphertext, tag = token.split(".")
    assert encrypted_key == "" and b64url_decode(iv) == bytes(12) and len(b64url_decode(tag)) == 16
    assert read_header(token) == {"alg": "dir", "enc": "A256GCM", "cty": "application/json",
                                  "kid": "Yw3NKWbEM2aRElRIu7JbTw"}
    assert token == encrypt(b"{}", KEY, iv=bytes(12))
    assert decrypt(token, KEY) == b"{}"


def test_wrong_key_and_tampering_are_told_apart() -> None:
    token = encrypt(TEXT, KEY)
    with pytest.raises(WrongKey):
        decrypt(token, bytes(32))
    header, empty, iv, ciphertext, tag = token.split(".")
    changed = bytearray(b64url_decode(ciphertext))
    changed[0] ^= 1
    with pytest.raises(TamperedJwe):
        decrypt(".".join((header, empty, iv, b64url_encode(bytes(changed)), tag)), KEY)
    with pytest.raises(TamperedJwe):
        decrypt(".".join((header, empty, iv, ciphertext, b64url_encode(bytes(16)))), KEY)


@pytest.mark.parametrize("token", ["", "a.b.c", "e30..AAAA.AAAA.AAAA", "!!!..a.b.c"])
def test_malformed_tokens_are_refused(token: str) -> None:
    with pytest.raises(MalformedJwe):
        decrypt(token, KEY)


def test_base64url_is_strict() -> None:
    for bad in ("", "a", "ab=", "a+b/", "AB"):  # "AB" is not canonical (trailing bits set)
        with pytest.raises(ValueError):
            b64url_decode(bad)
    assert b64url_decode(b64url_encode(b"\xff\xfe")) == b"\xff\xfe"
