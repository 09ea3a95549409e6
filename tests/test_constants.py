"""coremusic.constants: values against the macOS SDK facts, coverage, names, FourCC display."""

from __future__ import annotations

import doctest
import enum
import importlib
import json
import keyword
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import coremusic.constants as cc
from coremusic.constants import (
    APPLE_CONSTANTS,
    APPLE_NAMES,
    AppleIntEnum,
    AppleIntFlag,
    AppleStrEnum,
    AppleSymbolEnum,
    FourCCEnum,
    apple_name,
    apple_names,
    fourcc_to_int,
    from_apple_name,
    int_to_fourcc,
)

FACTS = json.loads((Path(__file__).parent / "data" / "apple-sdk" / "constants.json").read_text())
CONSTANTS: dict[str, dict[str, Any]] = FACTS["constants"]
STRINGS: dict[str, dict[str, Any]] = FACTS["string_macros"]
FLOATS: dict[str, dict[str, Any]] = FACTS["float_macros"]
# CFStringRef globals: AppleSymbolEnum members are valued by their own symbol name
SYMBOLS: dict[str, dict[str, Any]] = {
    name: {**fact, "value": name}
    for name, fact in FACTS["globals"].items()
    if fact["norm"] == "*struct __CFString"
}

# Headers whose every integer constant (and string and float macro) must be reachable:
# every header of the five audio frameworks in the facts, and the CF headers the
# binding uses.  CFBase.h (TRUE/FALSE and CF version numbers) is left out on purpose.
AUDIO_FRAMEWORKS = ("CoreAudioTypes/", "CoreAudio/", "AudioToolbox/", "CoreMIDI/")
CF_HEADERS = {
    "CoreFoundation/CFString.h",
    "CoreFoundation/CFStringEncodingExt.h",
    "CoreFoundation/CFNumber.h",
    "CoreFoundation/CFURL.h",
    "CoreFoundation/CFData.h",
    "CoreFoundation/CFDate.h",
    "CoreFoundation/CFRunLoop.h",
}
SCOPED_HEADERS = {
    f["header"]
    for table in (FACTS["constants"], FACTS["string_macros"], FACTS["float_macros"])
    for f in table.values()
    if f["header"].startswith(AUDIO_FRAMEWORKS)
} | CF_HEADERS
# The headers the task requires by name (a subset of the above, checked explicitly).
REQUIRED_HEADERS = {
    "CoreAudioTypes/CoreAudioBaseTypes.h",
    "CoreAudioTypes/AudioSessionTypes.h",
    "CoreAudio/AudioHardwareBase.h",
    "CoreAudio/AudioHardware.h",
    "CoreAudio/AudioHardwareDeprecated.h",
    "AudioToolbox/AudioFile.h",
    "AudioToolbox/AudioFileStream.h",
    "AudioToolbox/ExtendedAudioFile.h",
    "AudioToolbox/AudioFormat.h",
    "AudioToolbox/AUComponent.h",
    "AudioToolbox/AudioUnitProperties.h",
}
# CF enums the binding needs (their headers are fully covered above as well).
CF_TYPEDEFS = {"CFStringBuiltInEncodings", "CFNumberType", "CFURLPathStyle"}
# Not recorded as a macro value in the facts: a `static const Float64` global.
GLOBAL_CONSTANTS = {"kAudioStreamAnyRate": 0.0}

APPLE_BASES = (AppleIntEnum, AppleIntFlag, AppleStrEnum, AppleSymbolEnum)
SUBMODULES = sorted(m.name for m in pkgutil.iter_modules(cc.__path__) if not m.name.startswith("_"))


def _classes() -> list[type[enum.Enum]]:
    found = []
    for name in cc.__all__:
        obj = getattr(cc, name)
        if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj not in APPLE_BASES:
            if obj is not FourCCEnum:
                found.append(obj)
    return found


CLASSES = _classes()
APPLE_CLASSES = [c for c in CLASSES if issubclass(c, APPLE_BASES)]


def _fact(name: str) -> dict[str, Any]:
    for table in (CONSTANTS, STRINGS, FLOATS, SYMBOLS):
        if name in table:
            return table[name]
    raise KeyError(name)


def test_every_member_value_equals_the_sdk_value() -> None:
    checked = 0
    for name, member in APPLE_NAMES.items():
        fact = _fact(name)
        if isinstance(member, AppleSymbolEnum):
            # the symbol must exist in the framework's binary on both targets
            assert member.value == name
            assert fact["exported_by"]["arm64"] and fact["exported_by"]["x86_64"], name
        elif isinstance(member, AppleStrEnum):
            assert member.value == fact["value"], name
            assert str(member) == fact["value"]
        else:
            assert int(member) == fact["value"], (name, int(member), fact["value"])
        checked += 1
    print(f"\n{checked} Apple names checked against the SDK facts")
    assert checked > 2700


def test_plain_constants_equal_the_sdk_value() -> None:
    for name, value in APPLE_CONSTANTS.items():
        if name in GLOBAL_CONSTANTS:
            assert value == GLOBAL_CONSTANTS[name]
            assert FACTS["globals"][name]["norm"] == "f64"
        else:
            assert value == _fact(name)["value"], name
    assert set(GLOBAL_CONSTANTS) <= set(APPLE_CONSTANTS)


def test_every_constant_of_the_scoped_headers_is_reachable() -> None:
    wanted = {n for n, f in CONSTANTS.items() if f["header"] in SCOPED_HEADERS}
    wanted |= {n for n, f in STRINGS.items() if f["header"] in SCOPED_HEADERS}
    wanted |= {n for n, f in FLOATS.items() if f["header"] in SCOPED_HEADERS}
    reachable = set(APPLE_NAMES) | set(APPLE_CONSTANTS)
    missing = sorted(wanted - reachable)
    assert not missing, missing
    print(f"\n{len(wanted)} constants of {len(SCOPED_HEADERS)} headers are reachable")
    assert REQUIRED_HEADERS <= SCOPED_HEADERS
    audio = {n for n, f in CONSTANTS.items() if f["header"].startswith(AUDIO_FRAMEWORKS)}
    assert audio <= reachable  # every integer constant of the audio frameworks
    # and nothing is invented: every name is an SDK fact
    facts = set(CONSTANTS) | set(STRINGS) | set(FLOATS) | set(SYMBOLS) | set(GLOBAL_CONSTANTS)
    unknown = sorted(reachable - facts)
    assert not unknown, unknown


def test_symbol_enums_cover_their_globals() -> None:
    midi = {n for n in SYMBOLS if n.startswith("kMIDIProperty")}
    assert len(midi) == 50
    assert midi == {m.value for m in cc.MIDIObjectProperty}
    assert str(cc.MIDIObjectProperty.NAME) == "kMIDIPropertyName"
    assert cc.MIDIObjectProperty["MAX_SYSEX_SPEED"].value == "kMIDIPropertyMaxSysExSpeed"
    notes = {n for n in SYMBOLS if n.startswith("kAudioComponent")}
    assert notes == {m.value for m in cc.AudioComponentNotification}
    with pytest.raises(TypeError, match="own Apple names"):

        class Wrong(AppleSymbolEnum):
            X = "kOne", "kOther"


def test_cf_enums_are_complete() -> None:
    wanted = {n for n, f in CONSTANTS.items() if f.get("typedef") in CF_TYPEDEFS}
    assert len(wanted) >= 3 + 17 + 14
    assert wanted <= set(APPLE_NAMES)


def test_values_fit_the_c_enum_type() -> None:
    ranges = {"u32": (0, 2**32 - 1), "i32": (-(2**31), 2**31 - 1)}
    for name, member in APPLE_NAMES.items():
        fact = CONSTANTS.get(name)
        if fact is None or fact.get("enum_type") not in ranges:
            continue
        low, high = ranges[fact["enum_type"]]
        assert low <= int(member) <= high, name


@pytest.mark.parametrize("cls", [c for c in APPLE_CLASSES if issubclass(c, FourCCEnum)], ids=str)
def test_fourcc_repr_and_str(cls: type[FourCCEnum]) -> None:
    for member in cls:
        code = CONSTANTS[apple_name(member)].get("fourcc")
        if code is not None:
            assert repr(member) == f"<{cls.__name__}.{member.name}: {code!r}>"
            assert str(member) == code == f"{member}" == member.fourcc
            assert cls(code) is member
            assert cls(code.encode("latin-1")) is member
        else:
            assert member.fourcc is None
            assert repr(member) == f"<{cls.__name__}.{member.name}: {int(member)}>"
            assert str(member) == str(int(member))


def test_fourcc_examples() -> None:
    assert repr(cc.AudioFormatID.LINEAR_PCM) == "<AudioFormatID.LINEAR_PCM: 'lpcm'>"
    assert repr(cc.AudioFileType.WAVE) == "<AudioFileType.WAVE: 'WAVE'>"
    assert str(cc.AudioFormatID.MPEG4_AAC) == "aac "
    assert f"{cc.AudioFormatID.LINEAR_PCM:08x}" == "6c70636d"
    assert f"{cc.AudioFormatID.LINEAR_PCM:>6}|" == "  lpcm|"
    assert f"{cc.AudioFileErrorCode.END_OF_FILE:>4}" == " -39"
    assert cc.AudioFormatID("lpcm") is cc.AudioFormatID.LINEAR_PCM
    assert cc.AudioObjectPropertyScope.WILDCARD.fourcc == "****"
    assert repr(cc.AudioFileErrorCode.END_OF_FILE) == "<AudioFileErrorCode.END_OF_FILE: -39>"
    # two bytes of 'ms\x00\x11' are not printable: shown as the number
    assert repr(cc.AudioFormatID.DVI_INTEL_IMA) == "<AudioFormatID.DVI_INTEL_IMA: 1836253201>"


def test_members_survive_pickle_and_copy() -> None:
    import copy
    import pickle

    for member in (
        cc.AudioFormatID.LINEAR_PCM,
        cc.AudioObjectPropertyElement.MAIN,
        cc.LinearPCMFormatFlag.IS_FLOAT | cc.LinearPCMFormatFlag.IS_PACKED,
        cc.AudioFileInfoKey.ALBUM,
        cc.MIDIStatus.NOTE_ON,
    ):
        assert pickle.loads(pickle.dumps(member)) is member
        assert copy.deepcopy(member) is member


def test_registry_is_thread_safe() -> None:
    import threading

    from coremusic.constants import _base

    class Threaded(AppleIntEnum):
        A = 1, "kCoremusicTestThreadedA"
        B = 2, "kCoremusicTestThreadedB"

    errors: list[BaseException] = []

    def lookup() -> None:
        try:
            assert from_apple_name("kCoremusicTestThreadedB") is Threaded.B
        except BaseException as exc:  # collected and re-raised on the main thread
            errors.append(exc)

    threads = [threading.Thread(target=lookup) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert apple_names(Threaded.A) == ("kCoremusicTestThreadedA",)
    assert not _base._PENDING


def test_fourcc_lookup_errors() -> None:
    with pytest.raises(ValueError):
        cc.AudioFormatID("zzzz")
    with pytest.raises(ValueError):
        cc.AudioFormatID("lpcmx")
    with pytest.raises(ValueError):
        cc.AudioFormatID("\u20ac\u20ac\u20ac\u20ac")
    # the same error on every Python version (3.11 would read it as the
    # functional API, 3.12+ as a tuple lookup)
    with pytest.raises(TypeError, match=r"AudioFormatID\(\) looks up one member by its value"):
        cc.AudioFormatID(0x6C70636D, "not allowed: the second item is only for definitions")
    with pytest.raises(TypeError, match="extra argument"):
        cc.LinearPCMFormatFlag(9, boundary=None)


def test_fourcc_conversion_functions() -> None:
    assert fourcc_to_int("lpcm") == 0x6C70636D
    assert fourcc_to_int(b"WAVE") == 0x57415645
    assert int_to_fourcc(0x2E6D7033) == ".mp3"
    assert int_to_fourcc(0x6D730011) is None
    assert int_to_fourcc(-43) is None
    assert int_to_fourcc(2**32) is None
    with pytest.raises(ValueError, match="exactly 4"):
        fourcc_to_int("abc")
    with pytest.raises(ValueError, match="Latin-1"):
        fourcc_to_int("ab\u20acd")
    with pytest.raises(TypeError):
        fourcc_to_int(1234)  # type: ignore[arg-type]


@settings(max_examples=200)
@given(st.binary(min_size=4, max_size=4))
def test_fourcc_round_trip(raw: bytes) -> None:
    value = fourcc_to_int(raw)
    assert 0 <= value <= 0xFFFFFFFF
    text = int_to_fourcc(value)
    if all(0x20 <= b <= 0x7E for b in raw):
        assert text == raw.decode("ascii")
        assert fourcc_to_int(text) == value
    else:
        assert text is None


def test_apple_name_round_trip() -> None:
    for name, member in APPLE_NAMES.items():
        assert from_apple_name(name) is member
        primary = apple_name(member)
        assert from_apple_name(primary) is member
        assert name in apple_names(member)
        assert apple_names(member)[0] == primary
    for cls in APPLE_CLASSES:
        for member in cls:
            assert APPLE_NAMES[apple_name(member)] is member


def test_every_member_and_alias_has_an_apple_name() -> None:
    for cls in APPLE_CLASSES:
        for attr, member in cls.__members__.items():
            assert apple_names(member), f"{cls.__name__}.{attr}"


def test_aliases_are_explicit() -> None:
    element = cc.AudioObjectPropertyElement
    assert element["MASTER"] is element.MAIN
    assert apple_names(element.MAIN) == (
        "kAudioObjectPropertyElementMain",
        "kAudioObjectPropertyElementMaster",
    )
    assert from_apple_name("kAudioDevicePropertyScopeInput") is cc.AudioObjectPropertyScope.INPUT
    assert from_apple_name("kAudioDeviceUnknown") is cc.AudioObjectID.UNKNOWN
    assert from_apple_name("kAudioPropertyWildcardChannel") is element.WILDCARD
    tag = cc.AudioChannelLayoutTag
    assert tag["DVD_1"] is tag.STEREO and tag.STEREO.name == "STEREO"
    assert cc.AudioUnitProperty["BUS_COUNT"] is cc.AudioUnitProperty.ELEMENT_COUNT
    assert cc.AudioFormatFlag["CANONICAL"] is cc.AudioFormatFlag.NATIVE_FLOAT_PACKED


def test_primary_names_avoid_deprecated_spellings() -> None:
    deprecated = {
        n for n, f in CONSTANTS.items() if f["header"] == "CoreAudio/AudioHardwareDeprecated.h"
    }
    for name, member in APPLE_NAMES.items():
        names = apple_names(member)
        if name in deprecated and any(n not in deprecated for n in names):
            assert names[0] not in deprecated, names


def test_no_duplicate_names() -> None:
    assert len(cc.__all__) == len(set(cc.__all__))
    seen: dict[str, str] = {}
    for module_name in SUBMODULES:
        module = importlib.import_module(f"coremusic.constants.{module_name}")
        for name in module.__all__:
            assert name not in seen, f"{name} in {seen.get(name)} and {module_name}"
            seen[name] = module_name
    for cls in CLASSES:
        for attr in cls.__members__:
            assert attr.isupper() or attr[0].isupper(), attr
            assert attr.isidentifier() and not keyword.iskeyword(attr)


def test_registry_loads_every_apple_module() -> None:
    from coremusic.constants import _base

    assert sorted(_base._MODULES) == sorted(set(SUBMODULES) - {"midi"})


def test_lazy_exports_match_the_submodules() -> None:
    exported = {n for n in cc.__all__ if n in cc._LAZY}
    from_modules = set()
    for module_name in SUBMODULES:
        module = importlib.import_module(f"coremusic.constants.{module_name}")
        from_modules |= set(module.__all__)
        for name in module.__all__:
            assert cc._LAZY[name] == module_name
    assert exported == from_modules == set(cc._LAZY)
    assert set(cc.__all__) <= set(dir(cc))
    with pytest.raises(AttributeError, match="NoSuchEnum"):
        cc.NoSuchEnum  # noqa: B018


def test_api_md_names_exist() -> None:
    assert cc.AudioFileProperty.DATA_FORMAT.fourcc == "dfmt"
    assert cc.AudioFileType.WAVE.fourcc == "WAVE"
    assert int(cc.AudioFormatID.LINEAR_PCM) == 0x6C70636D
    assert int(cc.LinearPCMFormatFlag.IS_FLOAT) == 1
    assert int(cc.AudioUnitProperty.STREAM_FORMAT) == 8
    assert int(cc.AudioUnitScope.OUTPUT) == 2
    assert int(cc.MIDIStatus.NOTE_ON) == 0x90
    assert int(cc.MIDIControlChange.VOLUME) == 7


def test_names_kept_from_coremusic_0_2() -> None:
    expected = {
        "AudioFileType.THREEGP": 0x33677070,
        "AudioFileType.THREEGP2": 0x33677032,
        "AudioFormatID.AC3_60958": 0x63616333,
        "AudioFormatID.MPEG_LAYER_3": 0x2E6D7033,
        "AudioFormatID.MPEG4_TWINVQ": 0x74777671,
        "AudioFormatID.QDESIGN_MUSIC": 0x51444D43,
        "AudioFormatID.QDESIGN2": 0x51444D32,
        "AudioFormatID.DVIINTEL_IMA": 0x6D730011,
        "AudioFormatID.ULAW": 0x756C6177,
        "AudioFormatID.ILBC": 0x696C6263,
        "LinearPCMFormatFlag.FLAGS_ALL_CLEAR": 0x80000000,
        "AudioFilePermissions.READ_WRITE": 3,
        "AudioUnitProperty.COCOAUI": 31,
        "AudioUnitProperty.ELEMENT_COUNT": 11,
        "AudioUnitParameterUnit.RELATIVE_SEMITONES": 10,
        "AudioUnitParameterUnit.MIXER_FADER_CURVE1": 17,
        "AudioUnitRenderActionFlags.OFFLINE_PREFLIGHT": 32,
        "AudioUnitRenderActionFlags.OFFLINE_RENDER": 64,
        "AudioUnitRenderActionFlags.OFFLINE_COMPLETE": 128,
        "AudioUnitElement.INPUT": 1,
        "AudioConverterProperty.MIN_INPUT_BUFFER_SIZE": 0x6D696273,
        "AudioConverterProperty.MAX_OUTPUT_PACKET_SIZE": 0x786F7073,
        "AudioConverterProperty.SAMPLE_RATE_CONVERTER_QUALITY": 0x73726371,
        "AudioConverterProperty.PROPERTY_SETTINGS": 0x61637073,
        "AudioConverterQuality.MAX": 127,
        "AudioQueueProperty.DEVICE_SAMPLE_RATE": 0x61717372,
        "AudioQueueProperty.MAXIMUM_OUTPUT_PACKET_SIZE": 0x786F7073,
        "AudioQueueParameter.PLAYBACK_RATE": 2,
        "AudioQueueParameter.VolumeRampTime": 4,
        "MIDIStatus.POLY_AFTERTOUCH": 0xA0,
        "MIDIStatus.CHANNEL_AFTERTOUCH": 0xD0,
        "MIDIStatus.SYSTEM": 0xF0,
        "MIDIControlChange.SUSTAIN_PEDAL": 64,
        "MIDIControlChange.SOUND_CONTROLLER_5": 74,
        "MIDIControlChange.EFFECTS_LEVEL": 91,
        "MIDIControlChange.DATA_ENTRY_MSB": 6,
    }
    for path, value in expected.items():
        cls_name, attr = path.split(".")
        assert int(getattr(getattr(cc, cls_name), attr)) == value, path


def test_class_names_kept_from_coremusic_0_2() -> None:
    assert cc.AudioFilePermission is cc.AudioFilePermissions
    assert cc.ExtendedAudioFileProperty is cc.ExtAudioFileProperty


def test_star_import_exports_everything() -> None:
    namespace: dict[str, Any] = {}
    exec("from coremusic.constants import *", namespace)
    assert set(cc.__all__) <= set(namespace)
    assert namespace["AudioFormatID"] is cc.AudioFormatID


def test_flags_combine_like_apple_macros() -> None:
    flag = cc.LinearPCMFormatFlag
    assert int(flag.IS_FLOAT | flag.IS_PACKED) == int(cc.AudioFormatFlag.NATIVE_FLOAT_PACKED)
    assert cc.AudioFormatFlag(9) is cc.AudioFormatFlag.NATIVE_FLOAT_PACKED
    assert flag.SAMPLE_FRACTION_MASK >> cc.LINEAR_PCM_SAMPLE_FRACTION_SHIFT == 0x3F
    combo = cc.AudioUnitRenderActionFlags.PRE_RENDER | cc.AudioUnitRenderActionFlags.POST_RENDER
    assert int(combo) == 12
    with pytest.raises(ValueError, match="no Apple constant name"):
        apple_name(cc.AudioTimeStampFlag.SAMPLE_TIME_VALID | cc.AudioTimeStampFlag.SMPTE_TIME_VALID)
    assert (
        apple_name(cc.AudioTimeStampFlag.SAMPLE_TIME_VALID | cc.AudioTimeStampFlag.HOST_TIME_VALID)
        == "kAudioTimeStampSampleHostTimeValid"
    )


def test_string_keys() -> None:
    assert str(cc.AudioFileInfoKey.ALBUM) == "album"
    assert cc.AudioFileInfoKey("track number") is cc.AudioFileInfoKey.TRACK_NUMBER
    assert apple_name(cc.AudioFileInfoKey.ISRC) == "kAFInfoDictionary_ISRC"
    keys = cc.AudioAggregateDeviceKey
    assert keys["MASTER_SUB_DEVICE"] is keys.MAIN_SUB_DEVICE
    assert apple_name(keys.MAIN_SUB_DEVICE) == "kAudioAggregateDeviceMainSubDeviceKey"
    assert cc.AUDIO_HARDWARE_RUN_LOOP_MODE == "com.apple.audio.CoreAudio"


def test_layout_tag_channel_count() -> None:
    tag = cc.AudioChannelLayoutTag
    assert tag.MONO.number_of_channels == 1
    assert tag.STEREO.number_of_channels == 2
    assert tag.MPEG_5_1_A.number_of_channels == 6
    assert tag.ATMOS_9_1_6.number_of_channels == 16
    assert tag.USE_CHANNEL_DESCRIPTIONS.number_of_channels == 0


def test_members_for_value() -> None:
    from coremusic.constants import members_for_value

    found = members_for_value("!siz")
    assert cc.AudioFileErrorCode.BAD_PROPERTY_SIZE in found
    assert cc.AudioHardwareErrorCode.BAD_PROPERTY_SIZE in found
    assert all(int(m) == fourcc_to_int("!siz") for m in found)
    assert cc.AudioErrorCode.PARAM in members_for_value(-50)
    assert members_for_value("album") == [cc.AudioFileInfoKey.ALBUM]
    # an alias appears once, as its canonical member
    main = members_for_value(0)
    assert cc.AudioObjectPropertyElement.MAIN in main
    assert len([m for m in main if isinstance(m, cc.AudioObjectPropertyElement)]) == 1
    assert members_for_value("no such key") == []
    with pytest.raises(TypeError):
        members_for_value(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        members_for_value(True)


def test_lookup_errors() -> None:
    with pytest.raises(KeyError, match="kNoSuchConstant"):
        from_apple_name("kNoSuchConstant")
    with pytest.raises(KeyError, match="plain constant"):
        from_apple_name("kAudioPropertyWildcardSection")
    with pytest.raises(TypeError):
        from_apple_name(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        apple_name(7)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no Apple constant name"):
        apple_name(cc.MIDIStatus.NOTE_ON)
    with pytest.raises(ValueError, match="no Apple constant name"):
        apple_name(cc.AudioUnitElement.OUTPUT)
    with pytest.raises(TypeError, match="values are int"):

        class Broken(AppleIntEnum):
            X = "x", "kBroken"


def test_registry_refuses_one_name_for_two_members() -> None:
    from coremusic.constants import _base

    class Clash(AppleIntEnum):
        A = 1, "kCoremusicTestClash"
        B = 2, "kCoremusicTestClash"

    with pytest.raises(RuntimeError, match="bound twice"):
        _base._resolve()
    _base._BY_APPLE.pop("kCoremusicTestClash", None)
    _base._NAMES_OF.pop((Clash, "A"), None)
    _base._PENDING.clear()


# ----------------------------------------------------------------------------- MIDI
def test_midi_status_channels() -> None:
    status = cc.MIDIStatus
    for kind in (0x80, 0x90, 0xA0, 0xB0, 0xC0, 0xD0, 0xE0):
        for channel in range(16):
            byte = status(kind).with_channel(channel)
            assert byte == kind | channel
            assert status.from_byte(byte) == (status(kind), channel)
    assert status.from_byte(0xF8) == (status.TIMING_CLOCK, None)
    assert status["SYSEX"] is status.SYSTEM_EXCLUSIVE is status["SYSTEM"]


def test_midi_status_errors() -> None:
    status = cc.MIDIStatus
    for undefined in (0xF4, 0xF5, 0xF9, 0xFD):
        with pytest.raises(ValueError, match="undefined"):
            status.from_byte(undefined)
    for bad in (0x00, 0x7F, 0x100, -1):
        with pytest.raises(ValueError, match="status byte"):
            status.from_byte(bad)
    with pytest.raises(TypeError):
        status.from_byte("0x90")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="0-15"):
        status.NOTE_ON.with_channel(16)
    with pytest.raises(ValueError, match="system status"):
        status.START.with_channel(0)
    with pytest.raises(TypeError):
        status.NOTE_ON.with_channel(True)


def test_midi_status_properties() -> None:
    status = cc.MIDIStatus
    lengths = {m: m.data_length for m in status}
    assert lengths[status.NOTE_ON] == 2 and lengths[status.PROGRAM_CHANGE] == 1
    assert lengths[status.SYSTEM_EXCLUSIVE] is None and lengths[status.TUNE_REQUEST] == 0
    assert lengths[status.SONG_POSITION] == 2 and lengths[status.MTC_QUARTER_FRAME] == 1
    assert [m.name for m in status if m.is_realtime] == [
        "TIMING_CLOCK",
        "START",
        "CONTINUE",
        "STOP",
        "ACTIVE_SENSING",
        "SYSTEM_RESET",
    ]
    assert all(0x80 <= m <= 0xFF for m in status)


@settings(max_examples=100)
@given(st.integers(min_value=0x80, max_value=0xEF))
def test_midi_status_byte_round_trip(byte: int) -> None:
    kind, channel = cc.MIDIStatus.from_byte(byte)
    assert channel is not None
    assert kind.with_channel(channel) == byte


def test_midi_control_change_covers_0_to_127() -> None:
    cc_enum = cc.MIDIControlChange
    assert [int(m) for m in cc_enum] == list(range(128))
    for number in range(32):
        msb, lsb = cc_enum(number), cc_enum(number + 32)
        assert lsb.name.endswith("_LSB") and lsb.is_lsb and not msb.is_lsb
        assert lsb.name.removesuffix("_LSB") in (msb.name, msb.name.removesuffix("_MSB"))
    named = {
        "BANK_SELECT": 0,
        "MODULATION": 1,
        "PAN": 10,
        "EXPRESSION": 11,
        "SUSTAIN_PEDAL": 64,
        "SOSTENUTO": 66,
        "BRIGHTNESS": 74,
        "EFFECTS_1_DEPTH": 91,
        "NRPN_MSB": 99,
        "RPN_LSB": 100,
        "ALL_SOUND_OFF": 120,
        "RESET_ALL_CONTROLLERS": 121,
        "ALL_NOTES_OFF": 123,
        "POLY_MODE_ON": 127,
    }
    for name, number in named.items():
        assert cc_enum[name] == number and cc_enum(number).name == name
    assert next(m.name for m in cc_enum if m.is_channel_mode) == "ALL_SOUND_OFF"


# ----------------------------------------------------------------------------- packaging
def test_docstring_examples_run() -> None:
    modules = [cc] + [importlib.import_module(f"coremusic.constants.{m}") for m in SUBMODULES]
    modules.append(importlib.import_module("coremusic.constants._base"))
    attempted = 0
    for module in modules:
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert result.failed == 0, module.__name__
        attempted += result.attempted
    assert attempted > 300


def test_every_public_class_documents_an_example() -> None:
    for cls in CLASSES:
        assert cls.__doc__ and "Example\n" in cls.__doc__, cls.__name__


def test_import_is_numpy_free() -> None:
    code = (
        "import sys, coremusic.constants as c; c.from_apple_name('kAudioFormatLinearPCM');"
        "print('numpy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_docs_page_examples_run() -> None:
    page = Path(__file__).resolve().parent.parent / "docs" / "constants.md"
    blocks = re.findall(r"```python\n(.*?)```", page.read_text(), re.S)
    assert len(blocks) >= 4
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    globs: dict[str, Any] = {}
    for number, block in enumerate(blocks):
        test = parser.get_doctest(block, globs, f"constants.md[{number}]", str(page), 0)
        runner.run(test, clear_globs=False)
        globs.update(test.globs)  # the page is one session: later blocks use earlier imports
    assert runner.failures == 0
    assert runner.tries >= 20
