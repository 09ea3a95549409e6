"""Tests of coremusic.utils.fourcc: conversions, validation errors and round trips."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.utils import fourcc as fourcc_module
from coremusic.utils.fourcc import (
    as_fourcc_int,
    format_fourcc,
    fourcc_to_int,
    int_to_fourcc,
    is_printable_fourcc,
    validate_fourcc,
)

SDK_CONSTANTS = Path(__file__).parent / "data" / "apple-sdk" / "constants.json"

u32 = st.integers(min_value=0, max_value=0xFFFFFFFF)
s32 = st.integers(min_value=-(2**31), max_value=2**31 - 1)
printable_char = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
printable_code = st.text(printable_char, min_size=4, max_size=4)


# --- known values -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("lpcm", 0x6C70636D),
        ("aac ", 0x61616320),
        ("typ?", 1954115647),
        ("!siz", 561211770),
        ("wht?", 2003334207),
    ],
)
def test_known_codes_convert_both_ways(text: str, value: int) -> None:
    assert fourcc_to_int(text) == value
    assert fourcc_to_int(text.encode("ascii")) == value
    assert fourcc_to_int(value) == value
    assert int_to_fourcc(value) == text
    assert validate_fourcc(value) == text
    assert as_fourcc_int(text) == value


def test_sdk_fourcc_facts_agree() -> None:
    """Every constant whose SDK fact records a FourCC spells that value."""
    constants = json.loads(SDK_CONSTANTS.read_text())["constants"]
    checked = 0
    for name, fact in constants.items():
        text = fact.get("fourcc")
        if text is None:
            continue
        value = fact["value"]
        assert fourcc_to_int(text) == value & 0xFFFFFFFF, name
        assert int_to_fourcc(value) == text, name
        checked += 1
    assert checked > 100


def test_first_character_is_most_significant_byte() -> None:
    assert fourcc_to_int("\x01\x00\x00\x00") == 0x01000000
    assert fourcc_to_int("\x00\x00\x00\x01") == 1


def test_bytearray_and_numpy_style_integers_are_accepted() -> None:
    class Index:
        def __index__(self) -> int:
            return 0x6C70636D

    assert fourcc_to_int(bytearray(b"lpcm")) == 0x6C70636D
    assert fourcc_to_int(Index()) == 0x6C70636D  # type: ignore[arg-type]


# --- negative OSStatus values ---------------------------------------------------------


def test_negative_status_is_read_as_unsigned_for_printing() -> None:
    assert int_to_fourcc(-1) == "\xff\xff\xff\xff"
    assert int_to_fourcc(-10863) == "\xff\xff\xd5\x91"
    assert int_to_fourcc(-(2**31)) == "\x80\x00\x00\x00"
    assert fourcc_to_int(int_to_fourcc(-10863)) == -10863 & 0xFFFFFFFF


def test_is_printable() -> None:
    assert is_printable_fourcc(0x6C70636D)
    assert is_printable_fourcc("typ?")
    assert is_printable_fourcc(b" ~~ ")
    assert not is_printable_fourcc(-50)
    assert not is_printable_fourcc(0)
    assert not is_printable_fourcc(0x6C70631F)  # one control byte
    assert not is_printable_fourcc(0x6C70637F)  # DEL
    assert not is_printable_fourcc("lpc\xe9")


def test_format_fourcc() -> None:
    assert format_fourcc("lpcm") == "'lpcm'"
    assert format_fourcc(0x6C70636D) == "'lpcm'"
    assert format_fourcc(b"aac ") == "'aac '"
    assert format_fourcc(1) == "0x00000001 (1)"
    assert format_fourcc(-50) == "0xFFFFFFCE (-50)"
    assert format_fourcc(-10863) == "0xFFFFD591 (-10863)"
    assert format_fourcc(0xFFFFD591) == "0xFFFFD591 (4294956433)"


# --- bad input: precise errors ----------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "fragment"),
    [
        ("lpc", "has 3 characters, expected exactly 4"),
        ("lpcmx", "has 5 characters, expected exactly 4"),
        ("", "has 0 characters"),
        (b"lp", "has 2 bytes, expected exactly 4"),
        ("lp€m", "non-ASCII character '€' (U+20AC) at index 2"),
        (-1, "-1 is out of range"),
        (0x100000000, "4294967296 is out of range"),
    ],
)
def test_bad_values_raise_value_error_naming_the_input(bad: object, fragment: str) -> None:
    for function in (fourcc_to_int, as_fourcc_int, validate_fourcc):
        with pytest.raises(ValueError) as info:
            function(bad)  # type: ignore[arg-type]
        assert fragment in str(info.value)


def test_short_code_suggests_padding() -> None:
    with pytest.raises(ValueError, match=r"e\.g\. 'aac '"):
        validate_fourcc("aac")


@pytest.mark.parametrize("bad", [1.5, None, True, ["lpcm"], object()])
def test_wrong_types_raise_type_error_naming_the_type(bad: object) -> None:
    for function in (fourcc_to_int, as_fourcc_int, validate_fourcc, int_to_fourcc):
        with pytest.raises(TypeError) as info:
            function(bad)  # type: ignore[arg-type]
        assert type(bad).__name__ in str(info.value)


@pytest.mark.parametrize("bad", [2**32, -(2**31) - 1, 10**20])
def test_values_beyond_32_bits_are_rejected_for_display(bad: int) -> None:
    for function in (int_to_fourcc, is_printable_fourcc, format_fourcc):
        with pytest.raises(ValueError, match=str(bad)):
            function(bad)


# --- round trips ----------------------------------------------------------------------------


@settings(max_examples=300)
@given(u32)
def test_int_round_trip(value: int) -> None:
    text = int_to_fourcc(value)
    assert len(text) == 4
    assert fourcc_to_int(text) == value
    assert validate_fourcc(value) == text


@settings(max_examples=300)
@given(s32)
def test_signed_status_round_trips_through_its_unsigned_pattern(value: int) -> None:
    assert fourcc_to_int(int_to_fourcc(value)) == value & 0xFFFFFFFF
    shown = format_fourcc(value)
    if is_printable_fourcc(value):
        assert shown == repr(int_to_fourcc(value))
    else:
        assert shown.endswith(f"({value})")
        assert int(shown.split()[0], 16) == value & 0xFFFFFFFF


@settings(max_examples=300)
@given(printable_code)
def test_printable_text_round_trip(text: str) -> None:
    value = fourcc_to_int(text)
    assert int_to_fourcc(value) == text
    assert is_printable_fourcc(value)
    assert format_fourcc(value) == repr(text)
    assert fourcc_to_int(text.encode("ascii")) == value


@settings(max_examples=200)
@given(st.binary(min_size=4, max_size=4))
def test_bytes_round_trip(raw: bytes) -> None:
    value = fourcc_to_int(raw)
    assert int_to_fourcc(value).encode("latin-1") == raw


def test_docstring_examples() -> None:
    result = doctest.testmod(fourcc_module)
    assert result.attempted > 0
    assert result.failed == 0
