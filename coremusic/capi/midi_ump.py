"""MIDIMessages.h: the SDK's static-inline Universal MIDI Packet builders, in Python.

CoreMIDI exports none of these (they are ``static inline`` in the header), so
they are reimplemented here with the header's exact bit layouts:

- MIDI 1.0 channel voice as UMP (message type 2, one word)::

      [0010][group][status][channel][0 data1(7)][0 data2(7)]

- system common / real-time (type 1): ``[0001][group][status(8)][0 byte1][0 byte2]``
- 7-bit sysex (type 3, two words): ``[0011][group][status][count][0 b1][0 b2]``,
  ``[0 b3][0 b4][0 b5][0 b6]``
- MIDI 2.0 channel voice (type 4, two words):
  ``[0100][group][status][channel][index(16)]``, ``[value(32)]``

The 64-bit messages are returned as ``(word0, word1)`` tuples (the SDK's
``MIDIMessage_64``).  Where the C code masks a field silently, these raise
``ValueError`` for a value out of its range instead.

Example
-------
>>> from coremusic.capi.midi_ump import midi1_up_note_on, midi2_note_on
>>> hex(midi1_up_note_on(0, 0, 60, 100))
'0x20903c64'
>>> [hex(w) for w in midi2_note_on(0, 0, 60, 0, 0, 0xFFFF)]
['0x40903c00', '0xffff0000']
"""

from __future__ import annotations

from collections.abc import Sequence

from coremusic.capi._toolbox import int_arg

__all__ = [
    "midi1_up_channel_voice_message",
    "midi1_up_control_change",
    "midi1_up_note_off",
    "midi1_up_note_on",
    "midi1_up_pitch_bend",
    "midi1_up_sys_ex",
    "midi1_up_sys_ex_array",
    "midi1_up_system_common",
    "midi2_assignable_control",
    "midi2_assignable_pnc",
    "midi2_channel_pressure",
    "midi2_channel_voice_message",
    "midi2_control_change",
    "midi2_note_off",
    "midi2_note_on",
    "midi2_per_note_managment",
    "midi2_per_note_pitch_bend",
    "midi2_pitch_bend",
    "midi2_poly_pressure",
    "midi2_program_change",
    "midi2_registered_control",
    "midi2_registered_pnc",
    "midi2_rel_assignable_control",
    "midi2_rel_registered_control",
    "midi_message_type_for_up_word",
    "split_ump_words",
    "ump_word_count",
]

# MIDIMessageType and MIDICVStatus values (CoreMIDI/MIDIMessages.h)
_MT_SYSTEM, _MT_CV1, _MT_SYSEX, _MT_CV2 = 0x1, 0x2, 0x3, 0x4
_NOTE_OFF, _NOTE_ON, _POLY, _CC, _PROGRAM, _PRESSURE, _BEND = 0x8, 0x9, 0xA, 0xB, 0xC, 0xD, 0xE
_REG_PNC, _ASSIGN_PNC, _REG_CTL, _ASSIGN_CTL, _REL_REG, _REL_ASSIGN, _PN_BEND, _PN_MGMT = (
    0x0, 0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0xF)

# words per message, by message type (MIDIMessages.h, and the UMP spec for the undefined types)
_WORDS = (1, 1, 1, 2, 2, 4, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4)


def _u(value: int, what: str, bits: int) -> int:
    return int_arg(value, what, 0, (1 << bits) - 1)


def _flag(value: object, what: str) -> int:
    if not isinstance(value, (bool, int)) or (isinstance(value, int) and value not in (0, 1)):
        raise TypeError(f"{what} must be a bool, got {value!r}")
    return 1 if value else 0


def midi_message_type_for_up_word(word: int) -> int:
    """``MIDIMessageTypeForUPWord``: the message type nibble (bits 31-28) of a UMP word.

    Example
    -------
    >>> midi_message_type_for_up_word(0x40903C00)
    4
    """
    return (_u(word, "word", 32) >> 28) & 0xF


def ump_word_count(word: int) -> int:
    """How many 32-bit words the UMP message starting with ``word`` spans (1, 2, 3 or 4).

    Example
    -------
    >>> ump_word_count(0x20903C64), ump_word_count(0x40903C00), ump_word_count(0x50000000)
    (1, 2, 4)
    """
    return _WORDS[midi_message_type_for_up_word(word)]


def split_ump_words(words: Sequence[int]) -> list[tuple[int, ...]]:
    """Split a packet's UMP words into messages (each a tuple of 1-4 words).

    This is the Python replacement for ``MIDIEventListForEachEvent``, whose
    by-value union visitor cffi cannot call.

    Raises
    ------
    ValueError
        When the last message is cut short.

    Example
    -------
    >>> split_ump_words([0x20903C64, 0x40903C00, 0xFFFF0000])
    [(546323556,), (1083194368, 4294901760)]
    """
    out: list[tuple[int, ...]] = []
    i = 0
    items = [_u(w, "word", 32) for w in words]
    while i < len(items):
        n = _WORDS[items[i] >> 28]
        if i + n > len(items):
            raise ValueError(f"UMP message at word {i} needs {n} words, only {len(items) - i} left")
        out.append(tuple(items[i:i + n]))
        i += n
    return out


# ------------------------------------------------------------------ MIDI 1.0 UP


def midi1_up_channel_voice_message(group: int, status: int, channel: int, data1: int, data2: int) -> int:
    """``MIDI1UPChannelVoiceMessage``: a MIDI 1.0 channel voice message as one UMP word.

    Parameters
    ----------
    group, status, channel : int
        UMP group (0-15), status nibble (``0x8``-``0xE``), channel (0-15).
    data1, data2 : int
        The 7-bit data bytes.

    Example
    -------
    >>> hex(midi1_up_channel_voice_message(1, 0xB, 2, 7, 100))
    '0x21b20764'
    """
    return ((_MT_CV1 << 4 | _u(group, "group", 4)) << 24 | (_u(status, "status", 4) << 4
            | _u(channel, "channel", 4)) << 16 | _u(data1, "data1", 7) << 8 | _u(data2, "data2", 7))


def midi1_up_note_off(group: int, channel: int, note_number: int, velocity: int) -> int:
    """``MIDI1UPNoteOff``.

    Example
    -------
    >>> hex(midi1_up_note_off(0, 0, 60, 0))
    '0x20803c00'
    """
    return midi1_up_channel_voice_message(group, _NOTE_OFF, channel, note_number, velocity)


def midi1_up_note_on(group: int, channel: int, note_number: int, velocity: int) -> int:
    """``MIDI1UPNoteOn``.

    Example
    -------
    >>> hex(midi1_up_note_on(0, 9, 36, 127))
    '0x2099247f'
    """
    return midi1_up_channel_voice_message(group, _NOTE_ON, channel, note_number, velocity)


def midi1_up_control_change(group: int, channel: int, index: int, data: int) -> int:
    """``MIDI1UPControlChange``.

    Example
    -------
    >>> hex(midi1_up_control_change(0, 0, 7, 100))
    '0x20b00764'
    """
    return midi1_up_channel_voice_message(group, _CC, channel, index, data)


def midi1_up_pitch_bend(group: int, channel: int, lsb: int, msb: int) -> int:
    """``MIDI1UPPitchBend`` (``lsb`` then ``msb``, 7 bits each).

    Example
    -------
    >>> hex(midi1_up_pitch_bend(0, 0, 0, 64))
    '0x20e00040'
    """
    return midi1_up_channel_voice_message(group, _BEND, channel, lsb, msb)


def midi1_up_system_common(group: int, status: int, byte1: int, byte2: int) -> int:
    """``MIDI1UPSystemCommon``: a system common or real-time message (status ``0xF1``-``0xFF``).

    Example
    -------
    >>> hex(midi1_up_system_common(0, 0xF2, 0x10, 0x02))
    '0x10f21002'
    """
    return ((_MT_SYSTEM << 4 | _u(group, "group", 4)) << 24 | _u(status, "status", 8) << 16
            | _u(byte1, "byte1", 7) << 8 | _u(byte2, "byte2", 7))


def midi1_up_sys_ex(group: int, status: int, bytes_used: int, byte1: int, byte2: int, byte3: int,
                    byte4: int, byte5: int, byte6: int) -> tuple[int, int]:
    """``MIDI1UPSysEx``: one 7-bit sysex UMP (two words) carrying up to 6 data bytes.

    ``status`` is a ``MIDISysExStatus`` (0 complete, 1 start, 2 continue, 3 end),
    ``bytes_used`` how many of the six bytes count (0-6).

    Example
    -------
    >>> [hex(w) for w in midi1_up_sys_ex(0, 0, 3, 0x7E, 0x7F, 0x09, 0, 0, 0)]
    ['0x30037e7f', '0x9000000']
    """
    used = int_arg(bytes_used, "bytes_used", 0, 6)
    b = [_u(v, f"byte{i + 1}", 7) for i, v in enumerate((byte1, byte2, byte3, byte4, byte5, byte6))]
    word0 = (_MT_SYSEX << 4 | _u(group, "group", 4)) << 24 | (_u(status, "status", 4) << 4 | used) << 16 \
        | b[0] << 8 | b[1]
    word1 = b[2] << 24 | b[3] << 16 | b[4] << 8 | b[5]
    return word0, word1


def midi1_up_sys_ex_array(group: int, status: int, data: bytes | bytearray | Sequence[int]) -> tuple[int, int]:
    """``MIDI1UPSysExArray``: :func:`midi1_up_sys_ex` from up to 6 data bytes (the C
    ``begin``/``end`` range becomes one bytes-like argument).

    Example
    -------
    >>> [hex(w) for w in midi1_up_sys_ex_array(0, 1, b"\\x7e\\x7f\\x09")]
    ['0x30137e7f', '0x9000000']
    """
    if isinstance(data, str):
        raise TypeError("data must be bytes or a sequence of ints, not str")
    raw = list(data)
    if len(raw) > 6:
        raise ValueError(f"one sysex UMP carries at most 6 bytes, got {len(raw)}")
    padded = raw + [0] * (6 - len(raw))
    return midi1_up_sys_ex(group, status, len(raw), *padded)


# ------------------------------------------------------------------ MIDI 2.0


def midi2_channel_voice_message(group: int, status: int, channel: int, index: int,
                                value: int) -> tuple[int, int]:
    """``MIDI2ChannelVoiceMessage``: ``([0100][group][status][channel][index16], value32)``.

    Example
    -------
    >>> [hex(w) for w in midi2_channel_voice_message(0, 0xB, 1, 0x0700, 0x80000000)]
    ['0x40b10700', '0x80000000']
    """
    word0 = ((_u(group, "group", 4) | 0x40) << 24 | (_u(channel, "channel", 4) | _u(status, "status", 4) << 4) << 16
             | _u(index, "index", 16))
    return word0, _u(value, "value", 32)


def midi2_note_on(group: int, channel: int, note_number: int, attribute_type: int,
                  attribute_data: int, velocity: int) -> tuple[int, int]:
    """``MIDI2NoteOn``: 16-bit ``velocity`` and a note attribute (type and 16-bit data).

    Example
    -------
    >>> [hex(w) for w in midi2_note_on(0, 0, 60, 3, 0x1234, 0x8000)]
    ['0x40903c03', '0x80001234']
    """
    return midi2_channel_voice_message(group, _NOTE_ON, channel,
                                       _u(note_number, "note_number", 8) << 8 | _u(attribute_type, "attribute_type", 8),
                                       _u(velocity, "velocity", 16) << 16 | _u(attribute_data, "attribute_data", 16))


def midi2_note_off(group: int, channel: int, note_number: int, attribute_type: int,
                   attribute_data: int, velocity: int) -> tuple[int, int]:
    """``MIDI2NoteOff``.

    Example
    -------
    >>> [hex(w) for w in midi2_note_off(0, 0, 60, 0, 0, 0)]
    ['0x40803c00', '0x0']
    """
    return midi2_channel_voice_message(group, _NOTE_OFF, channel,
                                       _u(note_number, "note_number", 8) << 8 | _u(attribute_type, "attribute_type", 8),
                                       _u(velocity, "velocity", 16) << 16 | _u(attribute_data, "attribute_data", 16))


def midi2_poly_pressure(group: int, channel: int, note_number: int, value: int) -> tuple[int, int]:
    """``MIDI2PolyPressure``.

    Example
    -------
    >>> [hex(w) for w in midi2_poly_pressure(0, 0, 60, 0xFFFFFFFF)]
    ['0x40a03c00', '0xffffffff']
    """
    return midi2_channel_voice_message(group, _POLY, channel, _u(note_number, "note_number", 8) << 8, value)


def midi2_registered_pnc(group: int, channel: int, note_number: int, index: int, value: int) -> tuple[int, int]:
    """``MIDI2RegisteredPNC``: a registered per-note controller.

    Example
    -------
    >>> [hex(w) for w in midi2_registered_pnc(0, 0, 60, 7, 1)]
    ['0x40003c07', '0x1']
    """
    return midi2_channel_voice_message(group, _REG_PNC, channel,
                                       _u(note_number, "note_number", 8) << 8 | _u(index, "index", 8), value)


def midi2_assignable_pnc(group: int, channel: int, note_number: int, index: int, value: int) -> tuple[int, int]:
    """``MIDI2AssignablePNC``: an assignable per-note controller.

    Example
    -------
    >>> [hex(w) for w in midi2_assignable_pnc(0, 0, 60, 7, 1)]
    ['0x40103c07', '0x1']
    """
    return midi2_channel_voice_message(group, _ASSIGN_PNC, channel,
                                       _u(note_number, "note_number", 8) << 8 | _u(index, "index", 8), value)


def midi2_per_note_managment(group: int, channel: int, note_number: int, detach_pncs: bool,
                             reset_pncs_to_default: bool) -> tuple[int, int]:
    """``MIDI2PerNoteManagment`` (Apple's spelling): detach (bit 1) / reset (bit 0) per-note controllers.

    Example
    -------
    >>> [hex(w) for w in midi2_per_note_managment(0, 0, 60, True, False)]
    ['0x40f03c02', '0x0']
    """
    options = _flag(detach_pncs, "detach_pncs") << 1 | _flag(reset_pncs_to_default, "reset_pncs_to_default")
    return midi2_channel_voice_message(group, _PN_MGMT, channel, _u(note_number, "note_number", 8) << 8 | options, 0)


def midi2_control_change(group: int, channel: int, index: int, value: int) -> tuple[int, int]:
    """``MIDI2ControlChange``: controller ``index`` with a 32-bit value.

    Example
    -------
    >>> [hex(w) for w in midi2_control_change(0, 0, 7, 0x80000000)]
    ['0x40b00700', '0x80000000']
    """
    return midi2_channel_voice_message(group, _CC, channel, _u(index, "index", 8) << 8, value)


def _bank_index(bank: int, index: int) -> int:
    return _u(bank, "bank", 8) << 8 | _u(index, "index", 8)


def midi2_registered_control(group: int, channel: int, bank: int, index: int, value: int) -> tuple[int, int]:
    """``MIDI2RegisteredControl`` (RPN).

    Example
    -------
    >>> [hex(w) for w in midi2_registered_control(0, 0, 0, 1, 5)]
    ['0x40200001', '0x5']
    """
    return midi2_channel_voice_message(group, _REG_CTL, channel, _bank_index(bank, index), value)


def midi2_assignable_control(group: int, channel: int, bank: int, index: int, value: int) -> tuple[int, int]:
    """``MIDI2AssignableControl`` (NRPN).

    Example
    -------
    >>> [hex(w) for w in midi2_assignable_control(0, 0, 2, 1, 5)]
    ['0x40300201', '0x5']
    """
    return midi2_channel_voice_message(group, _ASSIGN_CTL, channel, _bank_index(bank, index), value)


def midi2_rel_registered_control(group: int, channel: int, bank: int, index: int, value: int) -> tuple[int, int]:
    """``MIDI2RelRegisteredControl`` (relative RPN).

    Example
    -------
    >>> [hex(w) for w in midi2_rel_registered_control(0, 0, 0, 1, 5)]
    ['0x40400001', '0x5']
    """
    return midi2_channel_voice_message(group, _REL_REG, channel, _bank_index(bank, index), value)


def midi2_rel_assignable_control(group: int, channel: int, bank: int, index: int, value: int) -> tuple[int, int]:
    """``MIDI2RelAssignableControl`` (relative NRPN).

    Example
    -------
    >>> [hex(w) for w in midi2_rel_assignable_control(0, 0, 0, 1, 5)]
    ['0x40500001', '0x5']
    """
    return midi2_channel_voice_message(group, _REL_ASSIGN, channel, _bank_index(bank, index), value)


def midi2_program_change(group: int, channel: int, bank_is_valid: bool, program: int, bank_msb: int,
                         bank_lsb: int) -> tuple[int, int]:
    """``MIDI2ProgramChange``: program in bits 31-24 of word 1, bank MSB/LSB in bits 15-8/7-0.

    Example
    -------
    >>> [hex(w) for w in midi2_program_change(0, 0, True, 5, 1, 2)]
    ['0x40c00001', '0x5000102']
    """
    value = _u(program, "program", 8) << 24 | _u(bank_msb, "bank_msb", 8) << 8 | _u(bank_lsb, "bank_lsb", 8)
    return midi2_channel_voice_message(group, _PROGRAM, channel, _flag(bank_is_valid, "bank_is_valid"), value)


def midi2_channel_pressure(group: int, channel: int, value: int) -> tuple[int, int]:
    """``MIDI2ChannelPressure``.

    Example
    -------
    >>> [hex(w) for w in midi2_channel_pressure(0, 3, 0x1000)]
    ['0x40d30000', '0x1000']
    """
    return midi2_channel_voice_message(group, _PRESSURE, channel, 0, value)


def midi2_pitch_bend(group: int, channel: int, value: int) -> tuple[int, int]:
    """``MIDI2PitchBend``: a 32-bit bend (``0x80000000`` = center).

    Example
    -------
    >>> [hex(w) for w in midi2_pitch_bend(0, 0, 0x80000000)]
    ['0x40e00000', '0x80000000']
    """
    return midi2_channel_voice_message(group, _BEND, channel, 0, value)


def midi2_per_note_pitch_bend(group: int, channel: int, note_number: int, value: int) -> tuple[int, int]:
    """``MIDI2PerNotePitchBend``.

    Example
    -------
    >>> [hex(w) for w in midi2_per_note_pitch_bend(0, 0, 60, 0x80000000)]
    ['0x40603c00', '0x80000000']
    """
    return midi2_channel_voice_message(group, _PN_BEND, channel, _u(note_number, "note_number", 8) << 8, value)
