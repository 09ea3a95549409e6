"""The MIDI message model shared by every coremusic backend and tool.

Two small immutable classes:

* :class:`MIDIMessage` -- one validated wire message (channel voice/mode,
  system common, system real-time or system exclusive), hashable, with
  ``bytes()``, ``from_bytes()`` and ``copy(**changes)``.
* :class:`MIDIEvent` -- the established coremusic event record
  ``MIDIEvent(time, status, channel, data1, data2)`` with ``time`` in seconds,
  an exact ``tick`` beside it, and ``data`` for system exclusive and meta
  payloads.

Example
-------
>>> from coremusic.midi.messages import MIDIMessage
>>> msg = MIDIMessage.note_on(60, velocity=100, channel=2)
>>> msg.bytes().hex()
'923c64'
>>> MIDIMessage.from_bytes(b"\\x92\\x3c\\x64") == msg
True
>>> msg.copy(velocity=0)
MIDIMessage('note_on', channel=2, note=60, velocity=0)
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, ClassVar, Final

__all__ = [
    "MESSAGE_TYPES",
    "MIDIEvent",
    "MIDIMessage",
    "MIDIStatus",
    "MetaType",
]


class MIDIStatus(IntEnum):
    """MIDI status bytes (channel messages carry the upper nibble only).

    Example
    -------
    >>> MIDIStatus.NOTE_ON | 3
    147
    >>> MIDIStatus(0xB0).name
    'CONTROL_CHANGE'
    """

    NOTE_OFF = 0x80
    NOTE_ON = 0x90
    POLY_AFTERTOUCH = 0xA0
    CONTROL_CHANGE = 0xB0
    PROGRAM_CHANGE = 0xC0
    CHANNEL_AFTERTOUCH = 0xD0
    PITCH_BEND = 0xE0
    SYSTEM = 0xF0
    SYSTEM_EXCLUSIVE = 0xF0
    MTC_QUARTER_FRAME = 0xF1
    SONG_POSITION = 0xF2
    SONG_SELECT = 0xF3
    TUNE_REQUEST = 0xF6
    END_OF_EXCLUSIVE = 0xF7
    TIMING_CLOCK = 0xF8
    START = 0xFA
    CONTINUE = 0xFB
    STOP = 0xFC
    ACTIVE_SENSING = 0xFE
    SYSTEM_RESET = 0xFF
    META = 0xFF


class MetaType(IntEnum):
    """Standard MIDI File meta event types.

    Example
    -------
    >>> MetaType.SET_TEMPO
    <MetaType.SET_TEMPO: 81>
    """

    SEQUENCE_NUMBER = 0x00
    TEXT = 0x01
    COPYRIGHT = 0x02
    TRACK_NAME = 0x03
    INSTRUMENT_NAME = 0x04
    LYRIC = 0x05
    MARKER = 0x06
    CUE_POINT = 0x07
    PROGRAM_NAME = 0x08
    DEVICE_NAME = 0x09
    CHANNEL_PREFIX = 0x20
    MIDI_PORT = 0x21
    END_OF_TRACK = 0x2F
    SET_TEMPO = 0x51
    SMPTE_OFFSET = 0x54
    TIME_SIGNATURE = 0x58
    KEY_SIGNATURE = 0x59
    SEQUENCER_SPECIFIC = 0x7F


# type -> (status byte or base, field names in order)
_SPEC: Final[dict[str, tuple[int, tuple[str, ...]]]] = {
    "note_off": (0x80, ("channel", "note", "velocity")),
    "note_on": (0x90, ("channel", "note", "velocity")),
    "poly_aftertouch": (0xA0, ("channel", "note", "pressure")),
    "control_change": (0xB0, ("channel", "control", "value")),
    "program_change": (0xC0, ("channel", "program")),
    "channel_aftertouch": (0xD0, ("channel", "pressure")),
    "pitch_bend": (0xE0, ("channel", "pitch")),
    "sysex": (0xF0, ("data",)),
    "mtc_quarter_frame": (0xF1, ("frame_type", "frame_value")),
    "song_position": (0xF2, ("position",)),
    "song_select": (0xF3, ("song",)),
    "tune_request": (0xF6, ()),
    "clock": (0xF8, ()),
    "start": (0xFA, ()),
    "continue": (0xFB, ()),
    "stop": (0xFC, ()),
    "active_sensing": (0xFE, ()),
    "reset": (0xFF, ()),
}

#: Every message type name :class:`MIDIMessage` accepts.
MESSAGE_TYPES: Final[tuple[str, ...]] = tuple(_SPEC)

_RANGES: Final[dict[str, tuple[int, int]]] = {
    "channel": (0, 15),
    "note": (0, 127),
    "velocity": (0, 127),
    "pressure": (0, 127),
    "control": (0, 127),
    "value": (0, 127),
    "program": (0, 127),
    "pitch": (-8192, 8191),
    "frame_type": (0, 7),
    "frame_value": (0, 15),
    "position": (0, 16383),
    "song": (0, 127),
}

_DEFAULTS: Final[dict[str, Any]] = {
    "channel": 0,
    "note": 60,
    "velocity": 64,
    "pressure": 0,
    "control": 0,
    "value": 0,
    "program": 0,
    "pitch": 0,
    "frame_type": 0,
    "frame_value": 0,
    "position": 0,
    "song": 0,
    "data": b"",
}

_STATUS_TO_TYPE: Final[dict[int, str]] = {spec[0]: name for name, spec in _SPEC.items()}


def _check_field(name: str, value: Any) -> Any:
    if name == "data":
        if isinstance(value, str):
            raise TypeError("sysex data must be bytes or a sequence of ints, not str")
        try:
            data = bytes(value)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"sysex data must be bytes or ints 0..127: {exc}") from None
        for i, b in enumerate(data):
            if b > 0x7F:
                raise ValueError(f"sysex data byte {i} is {b:#04x}; data bytes must be 0..127")
        return data
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    lo, hi = _RANGES[name]
    if not lo <= value <= hi:
        raise ValueError(f"{name} must be in {lo}..{hi}, got {value}")
    return value


class MIDIMessage:
    """One immutable, validated MIDI message.

    Parameters
    ----------
    type : str
        One of :data:`MESSAGE_TYPES`: ``'note_off'``, ``'note_on'``,
        ``'poly_aftertouch'``, ``'control_change'``, ``'program_change'``,
        ``'channel_aftertouch'``, ``'pitch_bend'``, ``'sysex'``,
        ``'mtc_quarter_frame'``, ``'song_position'``, ``'song_select'``,
        ``'tune_request'``, ``'clock'``, ``'start'``, ``'continue'``,
        ``'stop'``, ``'active_sensing'``, ``'reset'``.
    **fields
        The type's fields (missing ones take defaults): ``channel`` 0..15,
        ``note``, ``velocity``, ``pressure``, ``control``, ``value``,
        ``program``, ``song`` 0..127, ``pitch`` -8192..8191 (0 is centre),
        ``frame_type`` 0..7, ``frame_value`` 0..15, ``position`` 0..16383
        (MIDI beats), ``data`` (sysex payload without F0/F7, bytes 0..127,
        any length).

    Raises
    ------
    ValueError
        Unknown type, unknown field for the type, or a value out of range.
    TypeError
        A field of the wrong type.

    Example
    -------
    >>> m = MIDIMessage("control_change", channel=1, control=7, value=100)
    >>> m.bytes()
    b'\\xb1\\x07d'
    >>> m.value, m.channel
    (100, 1)
    >>> MIDIMessage.pitch_bend(-8192).bytes().hex()
    'e00000'
    """

    __slots__ = ("_bytes", "_fields", "_type")

    _type: str
    _fields: dict[str, Any]
    _bytes: bytes

    def __init__(self, type: str, **fields: Any) -> None:
        spec = _SPEC.get(type)
        if spec is None:
            raise ValueError(f"unknown MIDI message type {type!r}; expected one of {MESSAGE_TYPES}")
        names = spec[1]
        for key in fields:
            if key not in names:
                raise ValueError(f"{type!r} messages have no field {key!r} (fields: {names})")
        values = {n: _check_field(n, fields[n]) if n in fields else _DEFAULTS[n] for n in names}
        object.__setattr__(self, "_type", type)
        object.__setattr__(self, "_fields", values)
        object.__setattr__(self, "_bytes", _encode(type, spec[0], values))

    # -- constructors ---------------------------------------------------------
    @classmethod
    def note_on(cls, note: int, velocity: int = 64, channel: int = 0) -> MIDIMessage:
        """Note on. Example: ``MIDIMessage.note_on(60, 100)``."""
        return cls("note_on", channel=channel, note=note, velocity=velocity)

    @classmethod
    def note_off(cls, note: int, velocity: int = 0, channel: int = 0) -> MIDIMessage:
        """Note off. Example: ``MIDIMessage.note_off(60)``."""
        return cls("note_off", channel=channel, note=note, velocity=velocity)

    @classmethod
    def poly_aftertouch(cls, note: int, pressure: int, channel: int = 0) -> MIDIMessage:
        """Polyphonic key pressure. Example: ``MIDIMessage.poly_aftertouch(60, 30)``."""
        return cls("poly_aftertouch", channel=channel, note=note, pressure=pressure)

    @classmethod
    def control_change(cls, control: int, value: int, channel: int = 0) -> MIDIMessage:
        """Control change. Example: ``MIDIMessage.control_change(64, 127)``."""
        return cls("control_change", channel=channel, control=control, value=value)

    @classmethod
    def program_change(cls, program: int, channel: int = 0) -> MIDIMessage:
        """Program change. Example: ``MIDIMessage.program_change(5)``."""
        return cls("program_change", channel=channel, program=program)

    @classmethod
    def channel_aftertouch(cls, pressure: int, channel: int = 0) -> MIDIMessage:
        """Channel pressure. Example: ``MIDIMessage.channel_aftertouch(90)``."""
        return cls("channel_aftertouch", channel=channel, pressure=pressure)

    @classmethod
    def pitch_bend(cls, pitch: int, channel: int = 0) -> MIDIMessage:
        """Pitch bend, signed 14-bit (-8192..8191). Example: ``MIDIMessage.pitch_bend(4096)``."""
        return cls("pitch_bend", channel=channel, pitch=pitch)

    @classmethod
    def sysex(cls, data: bytes | bytearray | list[int] | tuple[int, ...]) -> MIDIMessage:
        """System exclusive; ``data`` excludes F0/F7. Example: ``MIDIMessage.sysex(b"~\\x7f\\t\\x01")``."""
        return cls("sysex", data=data)

    @classmethod
    def mtc_quarter_frame(cls, frame_type: int, frame_value: int) -> MIDIMessage:
        """MIDI time code quarter frame. Example: ``MIDIMessage.mtc_quarter_frame(7, 3)``."""
        return cls("mtc_quarter_frame", frame_type=frame_type, frame_value=frame_value)

    @classmethod
    def song_position(cls, position: int) -> MIDIMessage:
        """Song position pointer in MIDI beats. Example: ``MIDIMessage.song_position(16)``."""
        return cls("song_position", position=position)

    @classmethod
    def song_select(cls, song: int) -> MIDIMessage:
        """Song select. Example: ``MIDIMessage.song_select(2)``."""
        return cls("song_select", song=song)

    @classmethod
    def tune_request(cls) -> MIDIMessage:
        """Tune request. Example: ``MIDIMessage.tune_request()``."""
        return cls("tune_request")

    @classmethod
    def clock(cls) -> MIDIMessage:
        """Timing clock (24 per quarter note). Example: ``MIDIMessage.clock()``."""
        return cls("clock")

    @classmethod
    def start(cls) -> MIDIMessage:
        """Start. Example: ``MIDIMessage.start()``."""
        return cls("start")

    @classmethod
    def continue_(cls) -> MIDIMessage:
        """Continue (``continue`` is a Python keyword). Example: ``MIDIMessage.continue_()``."""
        return cls("continue")

    @classmethod
    def stop(cls) -> MIDIMessage:
        """Stop. Example: ``MIDIMessage.stop()``."""
        return cls("stop")

    @classmethod
    def active_sensing(cls) -> MIDIMessage:
        """Active sensing. Example: ``MIDIMessage.active_sensing()``."""
        return cls("active_sensing")

    @classmethod
    def reset(cls) -> MIDIMessage:
        """System reset. Example: ``MIDIMessage.reset()``."""
        return cls("reset")

    @classmethod
    def from_bytes(cls, data: bytes | bytearray | memoryview | list[int]) -> MIDIMessage:
        """Decode exactly one complete wire message.

        Parameters
        ----------
        data : bytes-like or list of int
            The message, starting with its status byte (no running status).
            A sysex message must start with F0 and end with F7.

        Raises
        ------
        ValueError
            Empty input, a data byte where a status byte is needed, a status
            byte inside the data, a wrong length, or an undefined status
            (F4, F5, F9, FD).

        Example
        -------
        >>> MIDIMessage.from_bytes(bytes([0xE0, 0x00, 0x40]))
        MIDIMessage('pitch_bend', channel=0, pitch=0)
        """
        raw = bytes(data)
        if not raw:
            raise ValueError("cannot decode an empty MIDI message")
        status = raw[0]
        if status < 0x80:
            raise ValueError(f"first byte {status:#04x} is not a status byte")
        if status == 0xF0:
            if len(raw) < 2 or raw[-1] != 0xF7:
                raise ValueError("sysex message must end with F7")
            return cls("sysex", data=raw[1:-1])
        base = status & 0xF0 if status < 0xF0 else status
        mtype = _STATUS_TO_TYPE.get(base)
        if mtype is None or status == 0xF7:
            raise ValueError(f"undefined or stray status byte {status:#04x}")
        need = _data_length(status)
        if len(raw) != need + 1:
            raise ValueError(f"{mtype!r} needs {need} data byte(s), got {len(raw) - 1}")
        for i in range(1, len(raw)):
            if raw[i] > 0x7F:
                raise ValueError(f"byte {i} ({raw[i]:#04x}) is not a data byte")
        return cls(mtype, **_decode_fields(mtype, status, raw))

    @classmethod
    def from_mido(cls, message: Any) -> MIDIMessage:
        """Convert a ``mido.Message`` (wire message, not meta).

        Example
        -------
        >>> import mido  # doctest: +SKIP
        >>> MIDIMessage.from_mido(mido.Message("note_on", note=60))  # doctest: +SKIP
        MIDIMessage('note_on', channel=0, note=60, velocity=64)
        """
        if getattr(message, "is_meta", False):
            raise ValueError("meta messages are not wire messages; use MIDIEvent for meta events")
        return cls.from_bytes(bytes(message.bytes()))

    def to_mido(self) -> Any:
        """Return the equivalent ``mido.Message`` (needs mido installed).

        Example
        -------
        >>> MIDIMessage.note_on(60).to_mido()  # doctest: +SKIP
        Message('note_on', channel=0, note=60, velocity=64, time=0)
        """
        import mido

        return mido.Message.from_bytes(list(self._bytes))

    # -- access ------------------------------------------------------------------
    @property
    def type(self) -> str:
        """The message type name, e.g. ``'note_on'``."""
        return self._type

    @property
    def status(self) -> int:
        """The full status byte (with channel for channel messages)."""
        return self._bytes[0]

    @property
    def is_channel(self) -> bool:
        """True for channel voice/mode messages."""
        return self._bytes[0] < 0xF0

    @property
    def is_realtime(self) -> bool:
        """True for system real-time messages (F8..FF)."""
        return self._bytes[0] >= 0xF8

    def __getattr__(self, name: str) -> Any:
        fields = object.__getattribute__(self, "_fields")
        try:
            return fields[name]
        except KeyError:
            raise AttributeError(
                f"{object.__getattribute__(self, '_type')!r} message has no attribute {name!r}"
            ) from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("MIDIMessage is immutable; use copy(**changes)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("MIDIMessage is immutable")

    def fields(self) -> dict[str, Any]:
        """The message's fields as a new dict (without ``type``).

        Example
        -------
        >>> MIDIMessage.program_change(3).fields()
        {'channel': 0, 'program': 3}
        """
        return dict(self._fields)

    def copy(self, **changes: Any) -> MIDIMessage:
        """Return a new message with some fields changed (validated).

        Example
        -------
        >>> MIDIMessage.note_on(60).copy(note=62, channel=9).bytes().hex()
        '993e40'
        """
        if "type" in changes:
            new_type = changes.pop("type")
            keep = {k: v for k, v in self._fields.items() if k in _SPEC[new_type][1]} if new_type in _SPEC else {}
            return MIDIMessage(new_type, **{**keep, **changes})
        return MIDIMessage(self._type, **{**self._fields, **changes})

    def bytes(self) -> bytes:
        """The wire encoding (sysex includes F0 and F7).

        Example
        -------
        >>> MIDIMessage.song_position(300).bytes().hex()
        'f22c02'
        """
        return self._bytes

    def __len__(self) -> int:
        return len(self._bytes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MIDIMessage):
            return NotImplemented
        return self._bytes == other._bytes

    def __hash__(self) -> int:
        return hash(self._bytes)

    def __repr__(self) -> str:
        parts = [repr(self._type)] + [f"{k}={v!r}" for k, v in self._fields.items()]
        return f"MIDIMessage({', '.join(parts)})"

    def __reduce__(self) -> tuple[Any, tuple[builtins.bytes]]:
        return (MIDIMessage.from_bytes, (self._bytes,))


def _data_length(status: int) -> int:
    """Number of data bytes after a (non-sysex) status byte."""
    if status < 0xF0:
        hi = status & 0xF0
        return 1 if hi in (0xC0, 0xD0) else 2
    if status in (0xF1, 0xF3):
        return 1
    if status == 0xF2:
        return 2
    return 0


def _encode(mtype: str, base: int, f: dict[str, Any]) -> bytes:
    if base < 0xF0:
        status = base | f["channel"]
        if mtype == "pitch_bend":
            v = f["pitch"] + 8192
            return bytes((status, v & 0x7F, v >> 7))
        if mtype == "program_change":
            return bytes((status, f["program"]))
        if mtype == "channel_aftertouch":
            return bytes((status, f["pressure"]))
        if mtype == "control_change":
            return bytes((status, f["control"], f["value"]))
        if mtype == "poly_aftertouch":
            return bytes((status, f["note"], f["pressure"]))
        return bytes((status, f["note"], f["velocity"]))
    if mtype == "sysex":
        return b"\xf0" + bytes(f["data"]) + b"\xf7"
    if mtype == "mtc_quarter_frame":
        return bytes((0xF1, (f["frame_type"] << 4) | f["frame_value"]))
    if mtype == "song_position":
        return bytes((0xF2, f["position"] & 0x7F, f["position"] >> 7))
    if mtype == "song_select":
        return bytes((0xF3, f["song"]))
    return bytes((base,))


def _decode_fields(mtype: str, status: int, raw: bytes) -> dict[str, Any]:
    if status < 0xF0:
        ch = status & 0x0F
        if mtype == "pitch_bend":
            return {"channel": ch, "pitch": (raw[1] | (raw[2] << 7)) - 8192}
        if mtype == "program_change":
            return {"channel": ch, "program": raw[1]}
        if mtype == "channel_aftertouch":
            return {"channel": ch, "pressure": raw[1]}
        if mtype == "control_change":
            return {"channel": ch, "control": raw[1], "value": raw[2]}
        if mtype == "poly_aftertouch":
            return {"channel": ch, "note": raw[1], "pressure": raw[2]}
        return {"channel": ch, "note": raw[1], "velocity": raw[2]}
    if mtype == "mtc_quarter_frame":
        return {"frame_type": raw[1] >> 4, "frame_value": raw[1] & 0x0F}
    if mtype == "song_position":
        return {"position": raw[1] | (raw[2] << 7)}
    if mtype == "song_select":
        return {"song": raw[1]}
    return {}


_CHANNEL_NIBBLES: Final = frozenset(range(0x80, 0xF0, 0x10))


@dataclass(frozen=True, slots=True)
class MIDIEvent:
    """One timed event of a track: channel message, sysex or meta event.

    Parameters
    ----------
    time : float
        Time in seconds from the start of the sequence.
    status : int
        For channel messages the upper nibble (``MIDIStatus.NOTE_ON`` = 0x90;
        a full status byte such as 0x93 is split into status 0x90 and
        channel 3 when ``channel`` is 0). ``0xF0``/``0xF7`` for sysex
        (payload in ``data``), ``0xFF`` for a meta event (type in ``data1``,
        payload in ``data``), or another system status.
    channel : int
        0..15 (ignored for system and meta events).
    data1, data2 : int
        Data bytes 0..127. For pitch bend, LSB and MSB.
    tick : int or None
        The exact position in ticks when the event comes from (or belongs
        to) a sequence.
    data : bytes
        Sysex payload (after F0/F7, as stored in the file) or meta payload.

    Example
    -------
    >>> ev = MIDIEvent(0.5, MIDIStatus.NOTE_ON, 0, 60, 100)
    >>> ev.to_bytes().hex()
    '903c64'
    >>> MIDIEvent.from_bytes(b"\\x91\\x40\\x00", time=1.0)
    MIDIEvent(time=1.0, status=144, channel=1, data1=64, data2=0, tick=None, data=b'')
    >>> _.is_note_off
    True
    """

    time: float
    status: int
    channel: int = 0
    data1: int = 0
    data2: int = 0
    tick: int | None = None
    data: bytes = field(default=b"")

    _SYSTEM_DATA: ClassVar[frozenset[int]] = frozenset((0xF1, 0xF2, 0xF3))

    def __post_init__(self) -> None:
        status = self.status
        if not isinstance(status, int) or not 0x80 <= status <= 0xFF:
            raise ValueError(f"status must be a status byte 0x80..0xFF, got {status!r}")
        if status < 0xF0 and status & 0x0F:
            if self.channel not in (0, status & 0x0F):
                raise ValueError(
                    f"status {status:#04x} carries channel {status & 0x0F} but channel={self.channel}"
                )
            object.__setattr__(self, "channel", status & 0x0F)
            object.__setattr__(self, "status", status & 0xF0)
        if not 0 <= self.channel <= 15:
            raise ValueError(f"channel must be 0..15, got {self.channel}")
        for name in ("data1", "data2"):
            v = getattr(self, name)
            if not isinstance(v, int) or not 0 <= v <= 127:
                raise ValueError(f"{name} must be an int 0..127, got {v!r}")
        if self.tick is not None and (not isinstance(self.tick, int) or self.tick < 0):
            raise ValueError(f"tick must be a non-negative int or None, got {self.tick!r}")
        if not isinstance(self.data, bytes):
            object.__setattr__(self, "data", bytes(self.data))

    @property
    def is_note_on(self) -> bool:
        """True for a note on with velocity > 0."""
        return self.status == MIDIStatus.NOTE_ON and self.data2 > 0

    @property
    def is_note_off(self) -> bool:
        """True for a note off, or a note on with velocity 0."""
        return self.status == MIDIStatus.NOTE_OFF or (
            self.status == MIDIStatus.NOTE_ON and self.data2 == 0
        )

    @property
    def is_control_change(self) -> bool:
        """True for a control change."""
        return self.status == MIDIStatus.CONTROL_CHANGE

    @property
    def is_program_change(self) -> bool:
        """True for a program change."""
        return self.status == MIDIStatus.PROGRAM_CHANGE

    @property
    def is_meta(self) -> bool:
        """True for a Standard MIDI File meta event (status 0xFF with ``data1`` the type)."""
        return self.status == 0xFF

    @property
    def is_sysex(self) -> bool:
        """True for a system exclusive event (F0, or an F7 escape)."""
        return self.status in (0xF0, 0xF7)

    def to_bytes(self) -> bytes:
        """The event's bytes: a wire message, or the SMF encoding of a meta event.

        Sysex events return ``F0 + data`` (the payload as stored, normally
        ending with F7); F7 escapes return their raw payload; meta events
        return ``FF type length data`` as in a file.

        Example
        -------
        >>> MIDIEvent(0.0, MIDIStatus.PITCH_BEND, 0, 0, 64).to_bytes().hex()
        'e00040'
        """
        s = self.status
        if s < 0xF0:
            if s in (0xC0, 0xD0):
                return bytes((s | self.channel, self.data1))
            return bytes((s | self.channel, self.data1, self.data2))
        if s == 0xF0:
            return b"\xf0" + self.data
        if s == 0xF7:
            return self.data
        if s == 0xFF:
            return bytes((0xFF, self.data1)) + _vlq(len(self.data)) + self.data
        if s in self._SYSTEM_DATA:
            n = _data_length(s)
            return bytes((s, self.data1, self.data2)[: n + 1])
        return bytes((s,))

    @classmethod
    def from_bytes(cls, data: bytes | bytearray | list[int], time: float = 0.0) -> MIDIEvent:
        """Make an event from one wire message.

        Raises
        ------
        ValueError
            If ``data`` is not exactly one valid message (see
            :meth:`MIDIMessage.from_bytes`), or is a system reset (0xFF
            means a meta event in a MIDIEvent).

        Example
        -------
        >>> MIDIEvent.from_bytes(bytes([0xC5, 12])).channel
        5
        """
        raw = bytes(data)
        MIDIMessage.from_bytes(raw)  # validates
        s = raw[0]
        if s == 0xFF:
            raise ValueError(
                "in a MIDIEvent status 0xFF is a meta event; keep a system reset as MIDIMessage.reset()"
            )
        if s == 0xF0:
            return cls(time, 0xF0, 0, 0, 0, data=raw[1:])
        if s < 0xF0:
            return cls(time, s & 0xF0, s & 0x0F, raw[1], raw[2] if len(raw) > 2 else 0)
        return cls(time, s, 0, raw[1] if len(raw) > 1 else 0, raw[2] if len(raw) > 2 else 0)

    @property
    def message(self) -> MIDIMessage:
        """The wire message of this event (channel, sysex or system).

        Raises
        ------
        ValueError
            For meta events and F7 escapes, which are not wire messages.

        Example
        -------
        >>> MIDIEvent(0.0, 0xB0, 2, 7, 99).message
        MIDIMessage('control_change', channel=2, control=7, value=99)
        """
        if self.status == 0xFF:
            raise ValueError("meta events are not wire messages")
        if self.status == 0xF7:
            raise ValueError("an F7 escape event is raw bytes, not a single message")
        return MIDIMessage.from_bytes(self.to_bytes())


def _vlq(value: int) -> bytes:
    """Encode a variable-length quantity (0 .. 0x0FFFFFFF)."""
    if not 0 <= value <= 0x0FFFFFFF:
        raise ValueError(f"variable-length quantity out of range 0..0x0FFFFFFF: {value}")
    out = [value & 0x7F]
    value >>= 7
    while value:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    return bytes(reversed(out))
