"""Malformed Standard MIDI Files: every error path raises MIDIFileError with the right offset."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.midi.errors import MIDIFileError
from coremusic.midi.sequence import MIDISequence
from coremusic.midi.smf import read_smf


def header(fmt: int = 0, ntracks: int = 1, division: int = 480, length: int = 6) -> bytes:
    return (b"MThd" + length.to_bytes(4, "big") + fmt.to_bytes(2, "big") + ntracks.to_bytes(2, "big")
            + division.to_bytes(2, "big"))


def track(data: bytes, length: int | None = None) -> bytes:
    return b"MTrk" + (len(data) if length is None else length).to_bytes(4, "big") + data


EOT = b"\x00\xff\x2f\x00"
GOOD = header() + track(b"\x00\x90\x3c\x40\x60\x3c\x00" + EOT)

# (file bytes, reason fragment, offset); the track data starts at byte 22
CASES = [
    (b"", "too short", 0),
    (b"RIFX\x00\x00\x00\x00", "not a Standard MIDI File", 0),
    (b"MThd\x00\x00", "truncated header chunk length", 4),
    (header(length=5), "less than 6", 4),
    (header()[:10], "truncated header chunk", 8),
    (header(fmt=3) + track(EOT), "unknown file format 3", 8),
    (header(division=0) + track(EOT), "division of 0", 12),
    (header(division=((256 - 23) << 8) | 4) + track(EOT), "invalid SMPTE division", 12),
    (header() + track(EOT, length=10), "runs past the end of the file", 18),
    (header() + track(EOT) + b"MTr", "truncated chunk header", 26),
    (header() + track(EOT) + b"\x00\x01\x02\x03\x00\x00\x00\x00", "garbage", 26),
    (header(ntracks=2) + track(EOT), "announces 2 track(s)", 10),
    (header(fmt=0, ntracks=2) + track(EOT) + track(EOT), "format 0 file with 2 tracks", 8),
    (header() + track(b"\x81\x81\x81\x81\x01\x90\x3c\x40" + EOT), "longer than 4 bytes", 22),
    (header() + track(b"\x81"), "truncated variable-length quantity", 22),
    (header() + track(b"\x00\x3c\x40" + EOT), "without a running status", 23),
    (header() + track(b"\x00\x90\x3c"), "runs past the end of the track", 22),
    (header() + track(b"\x00\x90\x3c\x90\x00" + EOT), "expected a data byte", 25),
    (header() + track(b"\x00\xf8" + EOT), "not allowed in a MIDI file", 23),
    (header() + track(b"\x00\xff\x80\x00" + EOT), "meta event type 0x80", 24),
    (header() + track(b"\x00\xff\x01\x05\x41"), "event length 5 runs past", 25),
    (header() + track(b"\x00\xff\x51\x02\x00\x00" + EOT), "has length 2, expected 3", 22),
    (header() + track(EOT + b"\x00"), "1 byte(s) after end_of_track", 26),
    (header() + track(b"\x00\x90\x3c\x40"), "without an end_of_track", 26),
    (header() + track(b"\x00\xff\x01\x81\x81\x81\x81\x01" + EOT), "longer than 4 bytes", 25),
    (header() + track(b"\x00\xf0\x85"), "truncated variable-length quantity", 24),
]


@pytest.mark.parametrize(("raw", "reason", "offset"), CASES)
def test_strict_error_offsets(raw: bytes, reason: str, offset: int) -> None:
    with pytest.raises(MIDIFileError) as info:
        read_smf(raw)
    assert reason in info.value.reason
    assert info.value.offset == offset
    assert isinstance(info.value, ValueError)
    assert f"at byte {offset}" in str(info.value)


FATAL = {"too short", "not a Standard MIDI File", "truncated header chunk length", "less than 6",
         "truncated header chunk"}


@pytest.mark.parametrize(("raw", "reason", "offset"), CASES)
def test_lenient_recovers_and_reports(raw: bytes, reason: str, offset: int) -> None:
    if reason in FATAL:
        with pytest.raises(MIDIFileError):
            read_smf(raw, strict=False)
        return
    data = read_smf(raw, strict=False)
    assert any(w.offset == offset and reason in w.reason for w in data.warnings), data.warnings
    for tr in data.tracks:  # every recovered track ends with exactly one end_of_track
        assert tr.status[-1] == 0xFF and tr.data1[-1] == 0x2F


def test_lenient_keeps_events_before_the_damage() -> None:
    raw = header() + track(b"\x00\x90\x3c\x40\x10\x80\x3c\x00\x00\xf8" + EOT)
    data = read_smf(raw, strict=False)
    rows = list(data.tracks[0].rows())
    assert rows[:2] == [(0, 0x90, 0x3C, 0x40, None), (16, 0x80, 0x3C, 0, None)]
    assert rows[2][1:3] == (0xFF, 0x2F)
    seq = MIDISequence.load(__import__("io").BytesIO(raw), strict=False)
    assert len(seq.warnings) == 1 and seq.warnings[0].offset == 31


def test_unknown_chunks_are_skipped_with_a_note() -> None:
    raw = header() + b"XFIH" + (3).to_bytes(4, "big") + b"abc" + track(EOT)
    data = read_smf(raw)
    assert len(data.tracks) == 1
    assert data.warnings[0].offset == 14 and "XFIH" in data.warnings[0].reason


def test_rmid_wrapper_and_leading_junk() -> None:
    riff = b"RIFF" + (len(GOOD) + 4).to_bytes(4, "little") + b"RMID" + b"data" + GOOD
    assert len(read_smf(riff).tracks[0]) == 3
    junk = b"\x00\x01junk" + GOOD
    with pytest.raises(MIDIFileError):
        read_smf(junk)
    assert read_smf(junk, strict=False).warnings[0].offset == 0


@pytest.mark.parametrize("cut", range(1, len(GOOD)))
def test_every_truncation_raises_in_strict_mode(cut: int) -> None:
    with pytest.raises(MIDIFileError):
        read_smf(GOOD[:cut])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=80), st.integers(0, len(GOOD)), st.booleans())
def test_fuzz_only_midi_file_errors(noise: bytes, at: int, strict: bool) -> None:
    raw = GOOD[:at] + noise + GOOD[at + len(noise):]
    try:
        data = read_smf(raw, strict=strict)
    except MIDIFileError as exc:
        assert exc.offset is None or 0 <= exc.offset <= len(raw)
    else:
        for tr in data.tracks:
            assert tr.status[-1] == 0xFF and tr.data1[-1] == 0x2F


@settings(max_examples=150, deadline=None)
@given(st.binary(min_size=1, max_size=400))
def test_fuzz_random_track_bodies(body: bytes) -> None:
    raw = header() + track(body)
    for strict in (True, False):
        try:
            read_smf(raw, strict=strict)
        except MIDIFileError as exc:
            assert strict
            assert exc.offset is not None and 14 <= exc.offset <= len(raw)
