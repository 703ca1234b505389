"""Hostile JSON (deep nesting, endless numbers, NaN, junk bytes) is refused in one line, exit 1.

A card file can come from anyone: a crafted one must get a plain answer, never "interne fout"
(exit 70) or a traceback. The CLI runs in-process here so hypothesis can try many inputs quickly.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crisiskaart.cli.main import main
from crisiskaart.model import dump_plan_json, example_plan

EXAMPLE = json.loads(dump_plan_json(example_plan()))


def run_cli(*args: str) -> tuple[int, str]:
    """Exit code and stderr of ``crisiskaart ARGS``, run in this process."""
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        code = main(list(args))
    return code, stderr.getvalue()


@contextlib.contextmanager
def json_file(content: str | bytes) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kaart.json"
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8", errors="surrogatepass")
        else:
            path.write_bytes(content)
        yield path


def validate(content: str | bytes, *options: str) -> tuple[int, str]:
    with json_file(content) as path:
        return run_cli(*options, "validate", str(path))


def assert_clean(code: int, stderr: str, *, one_line: bool = True) -> list[str]:
    """Exit 0 or 1 (never 70), no traceback; with ``one_line`` at most one line on stderr."""
    assert code in (0, 1), stderr
    assert "Traceback" not in stderr
    assert "interne fout" not in stderr and "internal error" not in stderr
    lines = stderr.splitlines()
    if one_line:
        assert len(lines) <= 1, stderr
    return lines


def in_example(value_json: str) -> str:
    """The example card with its holder's name replaced by ``value_json``: the one odd field."""
    marker = "\x00NAME\x00"
    card = json.loads(json.dumps(EXAMPLE))
    card["personal"]["full_name"] = marker
    return json.dumps(card).replace(json.dumps(marker), value_json)


# --- strategies -------------------------------------------------------------------------------

def _nested(depth: int, opener: str, leaf: str) -> str:
    closer = "]" if opener == "[" else "}"
    return opener * depth + leaf + closer * depth


deep_nesting = st.builds(_nested, st.integers(1, 200_000), st.sampled_from(["[", '{"a":']),
                         st.sampled_from(["1", '""', "null", "[]"]))
huge_numbers = st.builds(
    lambda sign, digits, tail: sign + "9" * digits + tail,
    st.sampled_from(["", "-"]), st.integers(90, 20_000),
    st.sampled_from(["", ".5", "e5", "E-3", "e999999"]),
)
odd_floats = st.sampled_from(["1e999", "-1e999", "1E+400", "NaN", "Infinity", "-Infinity",
                              "1e-999", "0e99999", "-0.0", "nan", "inf"]) | st.floats().map(repr)
hostile = deep_nesting | huge_numbers | odd_floats
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=6), children, max_size=4),
    max_leaves=30,
).map(lambda value: json.dumps(value, allow_nan=True))


# --- fuzz -------------------------------------------------------------------------------------

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(text=hostile, embedded=st.booleans())
def test_hostile_numbers_and_nesting_are_one_line_exit_1(text: str, embedded: bool) -> None:
    code, stderr = validate(in_example(text) if embedded else text)
    assert_clean(code, stderr)


@FUZZ
@given(value=json_values | hostile)
def test_any_value_in_one_field_is_at_most_one_line(value: str) -> None:
    assert_clean(*validate(in_example(value)))


@FUZZ
@given(content=st.binary(max_size=300) | st.text(max_size=300))
def test_junk_never_crashes(content: bytes | str) -> None:
    try:
        # A junk input that happens to be a JSON object ("{}") may lack several fields at once.
        is_object = isinstance(json.loads(content), dict)
    except (ValueError, RecursionError):
        is_object = False
    assert_clean(*validate(content), one_line=not is_object)


@FUZZ
@given(value=json_values)
def test_any_json_document_never_crashes(value: str) -> None:
    assert_clean(*validate(value), one_line=False)


# --- explicit cases ---------------------------------------------------------------------------

DEEP = "[" * 100_000 + "]" * 100_000
CASES = {
    "deep": (DEEP, "te diep genest"),
    "deep-object": ('{"personal": ' + '{"a": ' * 100_000 + "1" + "}" * 100_001, "te diep genest"),
    "deep-but-parseable": (in_example("[" * 300 + "]" * 300), "te diep genest"),
    "5000-digits": ("1" * 5000, "te groot"),
    "5000-digits-in-field": ('{"schema_version": ' + "1" * 5000 + "}", "te groot"),
    "1e999": (in_example("1e999"), "het getal ‘1e999’ is te groot"),
    "NaN": (in_example("NaN"), "‘NaN’ is geen getal"),
    "Infinity": ('{"schema_version": -Infinity}', "‘-Infinity’ is geen getal"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_validate_refuses_hostile_json_in_one_dutch_line(name: str) -> None:
    content, expected = CASES[name]
    code, stderr = validate(content)
    assert code == 1
    (line,) = assert_clean(code, stderr)
    assert expected in line
    assert len(line) < 200  # a 5000-digit number is not echoed back in full


def test_hostile_json_in_english() -> None:
    code, stderr = validate(DEEP, "--language", "en")
    assert (code, stderr.strip()) == (1, "the file is nested too deeply (more than 64 levels inside "
                                          "each other); a card does not look like this")
    code, stderr = validate(in_example("NaN"), "--language", "en")
    assert code == 1 and stderr.startswith("‘NaN’ is not a number")
    code, stderr = validate("-" + "7" * 5000, "--language", "en")
    assert code == 1 and "is too large" in stderr


@pytest.mark.parametrize("name", ["deep", "5000-digits-in-field", "1e999", "NaN"])
def test_new_from_json_refuses_hostile_json(name: str, tmp_path: Path) -> None:
    content, expected = CASES[name]
    with json_file(content) as source:
        code, stderr = run_cli("new", str(tmp_path / "kaart.crisiskaart"), "--from-json", str(source))
    assert code == 1
    (line,) = assert_clean(code, stderr)
    assert line.startswith("crisiskaart: ") and expected in line
    assert not (tmp_path / "kaart.crisiskaart").exists()
