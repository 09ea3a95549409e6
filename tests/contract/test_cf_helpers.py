"""coremusic.capi.cf through the CoreFoundation double: conversions and exact ownership."""

from __future__ import annotations

import pytest

from coremusic.capi import cf as cfh
from tests.doubles import DoubleError


@pytest.mark.parametrize("value", ["hello", "grüße ✓", "", 42, -7, 2.5, True, False, b"\x00\x01",
                                   [1, "two", 3.0], {"name": "AUDelay", "version": 3, "nested": {"a": [1]}}])
def test_round_trip(cf, value) -> None:
    with cfh.owned(cfh.from_python(value)) as ref:
        assert cfh.to_python(ref) == value


def test_url_round_trip(cf) -> None:
    with cfh.owned(cfh.url_from_path("/tmp/some file.wav")) as url:
        assert cfh.path_from_url(url) == "/tmp/some file.wav"
        assert cfh.to_python(url) == "/tmp/some file.wav"


def test_containers_release_their_items(cf) -> None:
    ref = cfh.dictionary({"a": "x", "b": [1, 2]})
    assert cf.leaks()  # the dictionary is alive
    cfh.release(ref)
    assert not cf.leaks()


def test_double_detects_over_release(cf) -> None:
    ref = cfh.string("once")
    cfh.release(ref)
    with pytest.raises(DoubleError):
        cf.verify()  # nothing raised yet
        cfh.release(ref)
        cf.verify()
    cf.errors.clear()


def test_bad_input(cf) -> None:
    with pytest.raises(TypeError):
        cfh.string(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cfh.from_python(object())
    with pytest.raises(ValueError):
        cfh.url_from_path("")
    assert cfh.to_python(cfh.ffi.NULL) is None


def test_strings_keep_embedded_nul_and_unicode(cf) -> None:
    for text in ("a\x00b", "\x00", "𝄞 clef", "x" * 5000):
        with cfh.owned(cfh.string(text)) as ref:
            assert cfh.to_python(ref) == text


def test_failed_conversion_releases_what_was_made(cf) -> None:
    with pytest.raises(TypeError):
        cfh.array(["ok", 1, object()])
    with pytest.raises(TypeError):
        cfh.dictionary({"a": "x", "b": object()})
    with pytest.raises(TypeError, match="keys must be str"):
        cfh.dictionary({1: "x"})  # type: ignore[dict-item]
    assert not cf.leaks()
