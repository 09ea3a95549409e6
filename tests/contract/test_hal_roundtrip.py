"""Property round trips through the CoreAudio double, as hypothesis invariants.

Whatever coremusic.capi.hal writes with a typed setter (or as raw bytes) the
double stores as the C bytes it received, and the typed getter decodes the
same value back; addresses given in any accepted form reach C as the same
three UInt32.  Marshalling only, not Apple behaviour.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic import capi
from coremusic.structs import AudioObjectPropertyAddress, AudioValueRange
from tests.doubles import CoreFoundationDouble, FrameworkDouble
from tests.doubles.coreaudio import SPEAKERS, HALModel

u32 = st.integers(0, 2**32 - 1)
fourcc_text = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=4, max_size=4)
finite = st.floats(allow_nan=False, allow_infinity=False)


@contextmanager
def hal_model() -> Iterator[HALModel]:
    cf = CoreFoundationDouble()
    with cf.installed(), FrameworkDouble("CoreAudio").installed() as double:
        yield HALModel(double, cf)
    assert not cf.leaks()


@settings(max_examples=30, deadline=None)
@given(selector=st.one_of(fourcc_text, u32), scope=st.one_of(fourcc_text, u32), element=u32)
def test_address_forms_reach_c_unchanged(selector, scope, element) -> None:
    want = AudioObjectPropertyAddress(selector, scope, element)
    with hal_model() as hal:
        capi.audio_object_has_property(SPEAKERS, (selector, scope, element))
        capi.audio_object_has_property(SPEAKERS, want)
        for _oid, addr in hal.double.called("AudioObjectHasProperty"):
            assert (addr.mSelector, addr.mScope, addr.mElement) == (want.selector, want.scope, element)


@settings(max_examples=25, deadline=None)
@given(value=u32, rate=finite)
def test_scalar_round_trips(value, rate) -> None:
    with hal_model() as hal:
        hal.add(SPEAKERS, "u32!", b"\0" * 4, settable=True)
        hal.add(SPEAKERS, "f64!", b"\0" * 8, settable=True)
        capi.audio_object_set_property_uint32(SPEAKERS, "u32!", value)
        capi.audio_object_set_property_float64(SPEAKERS, "f64!", rate)
        assert capi.audio_object_get_property_uint32(SPEAKERS, "u32!") == value
        got = capi.audio_object_get_property_float64(SPEAKERS, "f64!")
        assert got == rate and math.copysign(1.0, got) == math.copysign(1.0, rate)


@settings(max_examples=25, deadline=None)
@given(ids=st.lists(u32, max_size=32),
       ranges=st.lists(st.tuples(finite, finite), max_size=8))
def test_array_round_trips(ids, ranges) -> None:
    with hal_model() as hal:
        hal.add(SPEAKERS, "ids#", b"", settable=True)
        hal.add(SPEAKERS, "rng#", b"", settable=True)
        capi.audio_object_set_property_data(SPEAKERS, "ids#", struct.pack(f"={len(ids)}I", *ids))
        flat = [x for pair in ranges for x in pair]
        capi.audio_object_set_property_data(SPEAKERS, "rng#", struct.pack(f"={len(flat)}d", *flat))
        assert capi.audio_object_get_property_array_uint32(SPEAKERS, "ids#") == ids
        assert capi.audio_object_get_property_value_ranges(SPEAKERS, "rng#") == [
            AudioValueRange(lo, hi) for lo, hi in ranges]


@settings(max_examples=25, deadline=None)
@given(name=st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
                   max_size=40))
def test_cfstring_round_trip_releases_once(name) -> None:
    # NUL is left out: cf.to_python reads CFStrings as C strings, which end at the first NUL;
    # lone surrogates too: they have no UTF-8 form
    with hal_model() as hal:
        hal.add(SPEAKERS, "lnam", name, cf=True)
        assert capi.audio_object_get_property_cfstring(SPEAKERS, "lnam") == name
        assert capi.audio_object_get_property_cf(SPEAKERS, "lnam") == name
