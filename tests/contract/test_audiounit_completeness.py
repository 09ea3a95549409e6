"""Every function declared in cdefs/AudioToolbox/AudioUnit.h and AudioUnitUtilities.h
has its snake_case capi function (the contract tests then call each one)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coremusic import capi

CDEFS = Path(__file__).resolve().parents[2] / "cdefs" / "AudioToolbox"
IRREGULAR = {"MusicDeviceSysEx": "music_device_sysex"}


def _declared(header: str) -> list[str]:
    text = (CDEFS / header).read_text()
    functions = text.split("/* ---- functions ---- */", 1)[1].split("/* ---- not declared here", 1)[0]
    return re.findall(r"^\s*[\w\s\*]+?\b(\w+)\(", functions, flags=re.MULTILINE)


def _snake(name: str) -> str:
    if name in IRREGULAR:
        return IRREGULAR[name]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


@pytest.mark.parametrize("header", ["AudioUnit.h", "AudioUnitUtilities.h"])
def test_every_declared_function_has_a_capi_function(header: str) -> None:
    names = _declared(header)
    assert len(names) >= 13
    missing = [n for n in names if not callable(getattr(capi, _snake(n), None))]
    assert not missing, f"{header}: no capi function for {missing}"


def test_snake_case_rule() -> None:
    assert _snake("AUEventListenerCreate") == "au_event_listener_create"
    assert _snake("MusicDeviceMIDIEventList") == "music_device_midi_event_list"
    assert _snake("AudioComponentInstanceCanDo") == "audio_component_instance_can_do"
