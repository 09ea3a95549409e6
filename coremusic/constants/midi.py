"""MIDI 1.0 status bytes and control-change numbers.

These are values of the MIDI 1.0 specification, not Apple constants, so
:func:`coremusic.constants.apple_name` does not apply to them.

Example
-------
>>> from coremusic.constants import MIDIControlChange, MIDIStatus
>>> MIDIStatus.NOTE_ON.with_channel(9)
153
>>> MIDIStatus.from_byte(0x99)
(<MIDIStatus.NOTE_ON: 144>, 9)
>>> MIDIControlChange(64)
<MIDIControlChange.SUSTAIN_PEDAL: 64>
"""

from __future__ import annotations

import enum

__all__ = ["MIDIControlChange", "MIDIStatus"]

_DATA_LENGTH = {
    0x80: 2,
    0x90: 2,
    0xA0: 2,
    0xB0: 2,
    0xC0: 1,
    0xD0: 1,
    0xE0: 2,
    0xF1: 1,
    0xF2: 2,
    0xF3: 1,
}


class MIDIStatus(enum.IntEnum):
    """MIDI 1.0 status bytes.

    Channel-voice statuses (``NOTE_OFF`` .. ``PITCH_BEND``) are given for
    channel 0: the low nibble of the byte on the wire is the channel
    (:meth:`with_channel`, :meth:`from_byte`).  System statuses are complete
    bytes.  The undefined bytes 0xF4, 0xF5, 0xF9 and 0xFD have no member.

    Aliases: ``POLY_PRESSURE`` = ``POLY_AFTERTOUCH``, ``CHANNEL_PRESSURE`` =
    ``CHANNEL_AFTERTOUCH``, ``SYSEX`` and ``SYSTEM`` (coremusic 0.2 name) =
    ``SYSTEM_EXCLUSIVE``, ``SONG_POSITION_POINTER`` = ``SONG_POSITION``,
    ``SYSEX_END`` = ``END_OF_EXCLUSIVE``.

    Example
    -------
    >>> from coremusic.constants import MIDIStatus
    >>> hex(MIDIStatus.CONTROL_CHANGE.with_channel(0))
    '0xb0'
    >>> MIDIStatus.TIMING_CLOCK.is_realtime
    True
    """

    NOTE_OFF = 0x80
    NOTE_ON = 0x90
    POLY_AFTERTOUCH = 0xA0
    POLY_PRESSURE = 0xA0
    CONTROL_CHANGE = 0xB0
    PROGRAM_CHANGE = 0xC0
    CHANNEL_AFTERTOUCH = 0xD0
    CHANNEL_PRESSURE = 0xD0
    PITCH_BEND = 0xE0
    SYSTEM_EXCLUSIVE = 0xF0
    SYSEX = 0xF0
    SYSTEM = 0xF0
    MTC_QUARTER_FRAME = 0xF1
    SONG_POSITION = 0xF2
    SONG_POSITION_POINTER = 0xF2
    SONG_SELECT = 0xF3
    TUNE_REQUEST = 0xF6
    END_OF_EXCLUSIVE = 0xF7
    SYSEX_END = 0xF7
    TIMING_CLOCK = 0xF8
    START = 0xFA
    CONTINUE = 0xFB
    STOP = 0xFC
    ACTIVE_SENSING = 0xFE
    SYSTEM_RESET = 0xFF

    @property
    def is_channel_message(self) -> bool:
        """True for channel-voice statuses (0x80-0xE0), which carry a channel.

        Example
        -------
        >>> MIDIStatus.NOTE_ON.is_channel_message, MIDIStatus.START.is_channel_message
        (True, False)
        """
        return self < 0xF0

    @property
    def is_realtime(self) -> bool:
        """True for system real-time statuses (0xF8-0xFF), which may interleave.

        Example
        -------
        >>> MIDIStatus.STOP.is_realtime
        True
        """
        return self >= 0xF8

    @property
    def data_length(self) -> int | None:
        """Number of data bytes after the status byte; None for system exclusive.

        Example
        -------
        >>> MIDIStatus.PROGRAM_CHANGE.data_length, MIDIStatus.PITCH_BEND.data_length
        (1, 2)
        """
        if self is MIDIStatus.SYSTEM_EXCLUSIVE:
            return None
        return _DATA_LENGTH.get(int(self), 0)

    def with_channel(self, channel: int) -> int:
        """Return the status byte of this channel-voice message on `channel`.

        Parameters
        ----------
        channel : int
            MIDI channel 0-15 (channel "1" of a synthesizer's display is 0).

        Returns
        -------
        int
            The status byte, e.g. 0x93 for ``NOTE_ON`` on channel 3.

        Raises
        ------
        TypeError
            If `channel` is not an int.
        ValueError
            If `channel` is outside 0-15 or this is a system status.

        Example
        -------
        >>> MIDIStatus.NOTE_OFF.with_channel(15)
        143
        """
        if not isinstance(channel, int) or isinstance(channel, bool):
            raise TypeError(f"MIDI channel must be an int, not {type(channel).__name__}")
        if not self.is_channel_message:
            raise ValueError(f"{self.name} is a system status and has no channel")
        if not 0 <= channel <= 15:
            raise ValueError(f"MIDI channel must be 0-15, got {channel}")
        return int(self) | channel

    @classmethod
    def from_byte(cls, byte: int) -> tuple[MIDIStatus, int | None]:
        """Split a status byte into its status and channel.

        Parameters
        ----------
        byte : int
            A status byte, 0x80-0xFF.

        Returns
        -------
        tuple of (MIDIStatus, int or None)
            The status and the channel 0-15, or None for system statuses.

        Raises
        ------
        TypeError
            If `byte` is not an int.
        ValueError
            If `byte` is a data byte (< 0x80), above 0xFF, or one of the
            undefined system bytes 0xF4, 0xF5, 0xF9, 0xFD.

        Example
        -------
        >>> MIDIStatus.from_byte(0xE1)
        (<MIDIStatus.PITCH_BEND: 224>, 1)
        >>> MIDIStatus.from_byte(0xF8)
        (<MIDIStatus.TIMING_CLOCK: 248>, None)
        """
        if not isinstance(byte, int) or isinstance(byte, bool):
            raise TypeError(f"a MIDI status byte is an int, not {type(byte).__name__}")
        if not 0x80 <= byte <= 0xFF:
            raise ValueError(f"not a MIDI status byte (0x80-0xFF): {byte:#x}")
        if byte < 0xF0:
            return cls(byte & 0xF0), byte & 0x0F
        try:
            return cls(byte), None
        except ValueError:
            raise ValueError(f"undefined MIDI system status byte {byte:#x}") from None


class MIDIControlChange(enum.IntEnum):
    """MIDI 1.0 control-change (CC) numbers 0-127, named as in the MIDI specification.

    Every number has a member, so ``MIDIControlChange(n)`` works for 0-127:
    controllers 0-31 are coarse (MSB) values and 32-63 their fine (LSB) partners
    (``VOLUME_LSB`` = 39); numbers the specification leaves undefined are named
    ``UNDEFINED_n``; 120-127 are channel-mode messages.

    Aliases: ``MODULATION_WHEEL`` = ``MODULATION``, ``DATA_ENTRY`` =
    ``DATA_ENTRY_MSB``, ``CHANNEL_VOLUME`` = ``VOLUME``, ``SUSTAIN`` and
    ``DAMPER_PEDAL`` = ``SUSTAIN_PEDAL``, ``LEGATO_FOOTSWITCH`` = ``LEGATO``,
    ``SOUND_CONTROLLER_1`` .. ``_10`` (coremusic 0.2 names) = ``SOUND_VARIATION`` ..
    ``SOUND_CONTROLLER_10``, ``HARMONIC_INTENSITY`` / ``RESONANCE`` = ``TIMBRE``,
    ``CUTOFF`` = ``BRIGHTNESS``, ``REVERB_SEND_LEVEL`` / ``EFFECTS_LEVEL`` =
    ``EFFECTS_1_DEPTH``, ``TREMOLO_DEPTH`` / ``TREMOLO_LEVEL`` = ``EFFECTS_2_DEPTH``,
    ``CHORUS_SEND_LEVEL`` / ``CHORUS_LEVEL`` = ``EFFECTS_3_DEPTH``, ``CELESTE_DEPTH`` /
    ``CELESTE_LEVEL`` = ``EFFECTS_4_DEPTH``, ``PHASER_DEPTH`` / ``PHASER_LEVEL`` =
    ``EFFECTS_5_DEPTH``.

    Example
    -------
    >>> from coremusic.constants import MIDIControlChange
    >>> int(MIDIControlChange.VOLUME), int(MIDIControlChange.VOLUME_LSB)
    (7, 39)
    >>> MIDIControlChange.ALL_NOTES_OFF.is_channel_mode
    True
    """

    BANK_SELECT = 0
    MODULATION = 1
    MODULATION_WHEEL = 1
    BREATH_CONTROLLER = 2
    UNDEFINED_3 = 3
    FOOT_CONTROLLER = 4
    PORTAMENTO_TIME = 5
    DATA_ENTRY_MSB = 6
    DATA_ENTRY = 6
    VOLUME = 7
    CHANNEL_VOLUME = 7
    BALANCE = 8
    UNDEFINED_9 = 9
    PAN = 10
    EXPRESSION = 11
    EFFECT_CONTROL_1 = 12
    EFFECT_CONTROL_2 = 13
    UNDEFINED_14 = 14
    UNDEFINED_15 = 15
    GENERAL_PURPOSE_1 = 16
    GENERAL_PURPOSE_2 = 17
    GENERAL_PURPOSE_3 = 18
    GENERAL_PURPOSE_4 = 19
    UNDEFINED_20 = 20
    UNDEFINED_21 = 21
    UNDEFINED_22 = 22
    UNDEFINED_23 = 23
    UNDEFINED_24 = 24
    UNDEFINED_25 = 25
    UNDEFINED_26 = 26
    UNDEFINED_27 = 27
    UNDEFINED_28 = 28
    UNDEFINED_29 = 29
    UNDEFINED_30 = 30
    UNDEFINED_31 = 31
    BANK_SELECT_LSB = 32
    MODULATION_LSB = 33
    BREATH_CONTROLLER_LSB = 34
    UNDEFINED_3_LSB = 35
    FOOT_CONTROLLER_LSB = 36
    PORTAMENTO_TIME_LSB = 37
    DATA_ENTRY_LSB = 38
    VOLUME_LSB = 39
    BALANCE_LSB = 40
    UNDEFINED_9_LSB = 41
    PAN_LSB = 42
    EXPRESSION_LSB = 43
    EFFECT_CONTROL_1_LSB = 44
    EFFECT_CONTROL_2_LSB = 45
    UNDEFINED_14_LSB = 46
    UNDEFINED_15_LSB = 47
    GENERAL_PURPOSE_1_LSB = 48
    GENERAL_PURPOSE_2_LSB = 49
    GENERAL_PURPOSE_3_LSB = 50
    GENERAL_PURPOSE_4_LSB = 51
    UNDEFINED_20_LSB = 52
    UNDEFINED_21_LSB = 53
    UNDEFINED_22_LSB = 54
    UNDEFINED_23_LSB = 55
    UNDEFINED_24_LSB = 56
    UNDEFINED_25_LSB = 57
    UNDEFINED_26_LSB = 58
    UNDEFINED_27_LSB = 59
    UNDEFINED_28_LSB = 60
    UNDEFINED_29_LSB = 61
    UNDEFINED_30_LSB = 62
    UNDEFINED_31_LSB = 63
    SUSTAIN_PEDAL = 64
    SUSTAIN = 64
    DAMPER_PEDAL = 64
    PORTAMENTO = 65
    SOSTENUTO = 66
    SOFT_PEDAL = 67
    LEGATO = 68
    LEGATO_FOOTSWITCH = 68
    HOLD_2 = 69
    SOUND_VARIATION = 70
    TIMBRE = 71
    RELEASE_TIME = 72
    ATTACK_TIME = 73
    BRIGHTNESS = 74
    DECAY_TIME = 75
    VIBRATO_RATE = 76
    VIBRATO_DEPTH = 77
    VIBRATO_DELAY = 78
    SOUND_CONTROLLER_10 = 79
    SOUND_CONTROLLER_1 = 70
    SOUND_CONTROLLER_2 = 71
    SOUND_CONTROLLER_3 = 72
    SOUND_CONTROLLER_4 = 73
    SOUND_CONTROLLER_5 = 74
    SOUND_CONTROLLER_6 = 75
    SOUND_CONTROLLER_7 = 76
    SOUND_CONTROLLER_8 = 77
    SOUND_CONTROLLER_9 = 78
    HARMONIC_INTENSITY = 71
    RESONANCE = 71
    CUTOFF = 74
    GENERAL_PURPOSE_5 = 80
    GENERAL_PURPOSE_6 = 81
    GENERAL_PURPOSE_7 = 82
    GENERAL_PURPOSE_8 = 83
    PORTAMENTO_CONTROL = 84
    UNDEFINED_85 = 85
    UNDEFINED_86 = 86
    UNDEFINED_87 = 87
    HIGH_RESOLUTION_VELOCITY_PREFIX = 88
    UNDEFINED_89 = 89
    UNDEFINED_90 = 90
    EFFECTS_1_DEPTH = 91
    REVERB_SEND_LEVEL = 91
    EFFECTS_LEVEL = 91
    EFFECTS_2_DEPTH = 92
    TREMOLO_DEPTH = 92
    TREMOLO_LEVEL = 92
    EFFECTS_3_DEPTH = 93
    CHORUS_SEND_LEVEL = 93
    CHORUS_LEVEL = 93
    EFFECTS_4_DEPTH = 94
    CELESTE_DEPTH = 94
    CELESTE_LEVEL = 94
    EFFECTS_5_DEPTH = 95
    PHASER_DEPTH = 95
    PHASER_LEVEL = 95
    DATA_INCREMENT = 96
    DATA_DECREMENT = 97
    NRPN_LSB = 98
    NRPN_MSB = 99
    RPN_LSB = 100
    RPN_MSB = 101
    UNDEFINED_102 = 102
    UNDEFINED_103 = 103
    UNDEFINED_104 = 104
    UNDEFINED_105 = 105
    UNDEFINED_106 = 106
    UNDEFINED_107 = 107
    UNDEFINED_108 = 108
    UNDEFINED_109 = 109
    UNDEFINED_110 = 110
    UNDEFINED_111 = 111
    UNDEFINED_112 = 112
    UNDEFINED_113 = 113
    UNDEFINED_114 = 114
    UNDEFINED_115 = 115
    UNDEFINED_116 = 116
    UNDEFINED_117 = 117
    UNDEFINED_118 = 118
    UNDEFINED_119 = 119
    ALL_SOUND_OFF = 120
    RESET_ALL_CONTROLLERS = 121
    LOCAL_CONTROL = 122
    ALL_NOTES_OFF = 123
    OMNI_MODE_OFF = 124
    OMNI_MODE_ON = 125
    MONO_MODE_ON = 126
    POLY_MODE_ON = 127

    @property
    def is_channel_mode(self) -> bool:
        """True for the channel-mode messages 120-127 (all notes off, omni, mono ...).

        Example
        -------
        >>> MIDIControlChange.PAN.is_channel_mode
        False
        """
        return self >= 120

    @property
    def is_lsb(self) -> bool:
        """True for 32-63, the fine (LSB) partners of controllers 0-31.

        Example
        -------
        >>> MIDIControlChange.BANK_SELECT_LSB.is_lsb
        True
        """
        return 32 <= self <= 63
