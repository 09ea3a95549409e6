"""AudioUnit: host one Apple AudioUnit (effect, instrument, generator, output ...).

An :class:`AudioUnit` owns one instance of an audio component: it
initializes and uninitializes it (paired, idempotent), exposes its stream
formats, parameters (by name or ID, with names, units, ranges), factory
presets and full state (as plist bytes), renders offline into numpy
(:meth:`AudioUnit.render`, :meth:`AudioUnit.process`) and sends MIDI to
instruments.  Property calls belong on the thread that owns the unit; only
rendering runs on a render thread.

It needs Apple's AudioToolbox: on other platforms the class imports fine and
raises :class:`~coremusic.exceptions.PlatformNotSupportedError` at construction.

Example
-------
>>> from coremusic.audio.audiounit import AudioUnit               # doctest: +SKIP
>>> with AudioUnit(("aufx", "dely", "appl")) as delay:           # doctest: +SKIP
...     delay["Dry/Wet Mix"] = 30.0
...     wet = delay.process(dry, sample_rate=44100.0)
"""

from __future__ import annotations

import functools
import plistlib
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from coremusic import capi
from coremusic.audio.au_component import AudioComponent, require_audiotoolbox
from coremusic.audio.au_render import ArraySource, as_frames_by_channels, render_frames
from coremusic.capi.audiounit_props import ParameterInfo
from coremusic.constants import AudioUnitParameterUnit, AudioUnitProperty
from coremusic.exceptions import AudioUnitError, error_for_status
from coremusic.formats import AudioFormat
from coremusic.structs import AudioComponentDescription

__all__ = ["AUParameter", "AUPreset", "AudioUnit"]

_GLOBAL, _INPUT, _OUTPUT = 0, 1, 2


@dataclass(frozen=True)
class AUParameter:
    """One parameter of an AudioUnit: its ID, name, unit, range and value when read.

    Example
    -------
    >>> p = AUParameter(0, "Dry/Wet Mix", "percent", 0.0, 100.0, 50.0, 25.0, True)
    >>> p.normalized
    0.25
    """

    id: int
    name: str
    unit: str
    min_value: float
    max_value: float
    default_value: float
    value: float
    writable: bool
    unit_name: str = ""
    flags: int = 0

    @property
    def normalized(self) -> float:
        """The value mapped linearly to 0..1 within the range."""
        span = self.max_value - self.min_value
        return 0.0 if span == 0 else (self.value - self.min_value) / span

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "unit": self.unit, "unit_name": self.unit_name,
                "min": self.min_value, "max": self.max_value, "default": self.default_value,
                "value": self.value, "writable": self.writable}


@dataclass(frozen=True)
class AUPreset:
    """A factory preset: its number and name.

    Example
    -------
    >>> AUPreset(1, "Large Hall")
    AUPreset(number=1, name='Large Hall')
    """

    number: int
    name: str


def _unit_label(unit: int) -> str:
    try:
        return AudioUnitParameterUnit(unit).name.lower()
    except ValueError:
        return f"unit {unit}"


_F = TypeVar("_F", bound=Callable[..., Any])


def _names_the_unit(method: _F) -> _F:
    """Re-raise an ``AudioUnitError`` of ``method`` with the unit's name and
    description in it (the status and C operation are kept)."""

    @functools.wraps(method)
    def wrapper(self: AudioUnit, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except AudioUnitError as exc:
            if exc.obj is not None or not exc.status:
                raise
            c = self.component
            label = f"{c.name} ({c.type}/{c.subtype}/{c.manufacturer})"
            raise error_for_status(exc.status, exc.operation, obj=label) from None

    return wrapper  # type: ignore[return-value]


def _dispose(handle: int) -> None:
    capi.audio_component_instance_dispose(handle)


class AudioUnit:
    """One AudioUnit instance.

    Parameters
    ----------
    component : AudioComponent, AudioComponentDescription, tuple or str
        What to instantiate: a component, a description (``('aufx', 'dely',
        'appl')``), or a component name (``'AUDelay'``).
    initialize : bool
        Initialize at once (default: on first render/process).

    Raises
    ------
    PlatformNotSupportedError
        Outside macOS.
    LookupError
        No installed component matches.

    Example
    -------
    >>> unit = AudioUnit(("aumu", "dls ", "appl"))     # doctest: +SKIP
    >>> unit.note_on(0, 60, 100)                      # doctest: +SKIP
    >>> audio = unit.render(44100)                    # doctest: +SKIP
    """

    handle: int = 0  # class-level sentinel: 0 once closed or never opened

    def __init__(self, component: AudioComponent | AudioComponentDescription | Sequence[Any] | str,
                 *, initialize: bool = False) -> None:
        require_audiotoolbox(type(self).__name__)
        self.component = self._resolve(component)
        try:
            self.handle = capi.audio_component_instance_new(self.component.handle)
        except AudioUnitError as exc:
            c = self.component
            raise error_for_status(exc.status, exc.operation,
                                   obj=f"{c.name} ({c.type}/{c.subtype}/{c.manufacturer})") from None
        self._initialized = False
        self._running = False
        self._source_callback: Any = None
        self._params: dict[int, ParameterInfo] | None = None
        self._finalizer = weakref.finalize(self, _dispose, self.handle)
        if initialize:
            self.initialize()

    @staticmethod
    def _resolve(component: Any) -> AudioComponent:
        if isinstance(component, AudioComponent):
            return component
        if isinstance(component, str):
            return AudioComponent.from_name(component)
        if isinstance(component, AudioComponentDescription):
            d = component
            return AudioComponent.find_first(int(d.type), int(d.subtype), int(d.manufacturer))
        if isinstance(component, (tuple, list)) and 1 <= len(component) <= 3:
            return AudioComponent.find_first(*component)
        raise TypeError("component must be an AudioComponent, an AudioComponentDescription, a "
                        f"(type, subtype, manufacturer) tuple or a name, not {component!r}")

    # -- constructors ---------------------------------------------------------------
    @classmethod
    def default_output(cls) -> AudioUnit:
        """The default output unit (``'auou'/'def '/'appl'``), which plays to the default device.

        Example
        -------
        >>> out = AudioUnit.default_output()     # doctest: +SKIP
        """
        return cls(("auou", "def ", "appl"))

    @classmethod
    def from_name(cls, name: str, type: str | int | None = None) -> AudioUnit:
        """Instantiate the component called ``name`` (see :meth:`AudioComponent.from_name`).

        Example
        -------
        >>> reverb = AudioUnit.from_name("AUMatrixReverb")   # doctest: +SKIP
        """
        require_audiotoolbox(cls.__name__)
        return cls(AudioComponent.from_name(name, type=type))

    # -- lifetime -------------------------------------------------------------------
    def _check_open(self) -> int:
        if not self.handle:
            raise ValueError(f"the AudioUnit {self.component.name!r} is closed")
        return self.handle

    @property
    def closed(self) -> bool:
        return not self.handle

    @property
    def initialized(self) -> bool:
        return self._initialized

    @_names_the_unit
    def initialize(self) -> None:
        """``AudioUnitInitialize`` (nothing happens when already initialized)."""
        if not self._initialized:
            capi.audio_unit_initialize(self._check_open())
            self._initialized = True

    @_names_the_unit
    def uninitialize(self) -> None:
        """``AudioUnitUninitialize`` (nothing happens when not initialized)."""
        if self._initialized:
            capi.audio_unit_uninitialize(self._check_open())
            self._initialized = False

    def close(self) -> None:
        """Uninitialize, remove the input callback and dispose of the unit (idempotent).

        Example
        -------
        >>> unit.close(); unit.closed        # doctest: +SKIP
        True
        """
        if not self.handle:
            return
        try:
            self.stop()
            self.uninitialize()
            self._clear_source(report=False)
        finally:
            handle, self.handle = self.handle, 0
            self._finalizer.detach()
            capi.audio_component_instance_dispose(handle)

    def __enter__(self) -> AudioUnit:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @_names_the_unit
    def reset(self) -> None:
        """``AudioUnitReset`` of the global scope: clear delay lines and tails."""
        capi.audio_unit_reset(self._check_open(), _GLOBAL, 0)

    # -- description ----------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.component.name

    @property
    def description(self) -> AudioComponentDescription:
        return self.component.description

    @property
    def is_instrument(self) -> bool:
        return self.component.type == "aumu"

    # -- formats and common properties ------------------------------------------------
    @_names_the_unit
    def get_stream_format(self, scope: str | int = "output", element: int = 0) -> AudioFormat:
        """The stream format of a scope's element.

        Example
        -------
        >>> unit.get_stream_format("input").channels_per_frame   # doctest: +SKIP
        2
        """
        return capi.audio_unit_get_stream_format(self._check_open(), scope, element)

    @_names_the_unit
    def set_stream_format(self, fmt: AudioFormat, scope: str | int = "output", element: int = 0) -> None:
        """Set a scope's stream format (the unit is uninitialized around the change).

        Example
        -------
        >>> unit.set_stream_format(AudioFormat.pcm(48000.0, 2, 32, True, interleaved=False), "input")  # doctest: +SKIP
        """
        was = self._initialized
        self.uninitialize()
        capi.audio_unit_set_stream_format(self._check_open(), scope, element, fmt)
        if was:
            self.initialize()

    @property
    def stream_formats(self) -> dict[str, AudioFormat]:
        """The input and output formats of element 0 (scopes the unit lacks are left out)."""
        out: dict[str, AudioFormat] = {}
        for scope in ("input", "output"):
            try:
                out[scope] = self.get_stream_format(scope, 0)
            except AudioUnitError:
                continue
        return out

    @property
    def sample_rate(self) -> float:
        return self.get_stream_format("output").sample_rate

    @property
    def max_frames_per_slice(self) -> int:
        return capi.audio_unit_get_property_uint32(self._check_open(), AudioUnitProperty.MAXIMUM_FRAMES_PER_SLICE)

    @max_frames_per_slice.setter
    def max_frames_per_slice(self, frames: int) -> None:
        capi.audio_unit_set_property_uint32(self._check_open(), AudioUnitProperty.MAXIMUM_FRAMES_PER_SLICE,
                                            _GLOBAL, 0, frames)

    @property
    def latency(self) -> float:
        """Seconds of processing latency (``kAudioUnitProperty_Latency``)."""
        return capi.audio_unit_get_property_float64(self._check_open(), AudioUnitProperty.LATENCY)

    @property
    def tail_time(self) -> float:
        """Seconds the output rings on after the input stops (``kAudioUnitProperty_TailTime``)."""
        return capi.audio_unit_get_property_float64(self._check_open(), AudioUnitProperty.TAIL_TIME)

    @property
    def bypass(self) -> bool:
        """Whether the effect is bypassed (``kAudioUnitProperty_BypassEffect``)."""
        try:
            return bool(capi.audio_unit_get_property_uint32(self._check_open(), AudioUnitProperty.BYPASS_EFFECT))
        except AudioUnitError:
            return False

    @bypass.setter
    def bypass(self, value: bool) -> None:
        capi.audio_unit_set_property_uint32(self._check_open(), AudioUnitProperty.BYPASS_EFFECT,
                                            _GLOBAL, 0, int(bool(value)))

    # -- parameters -------------------------------------------------------------------
    def _infos(self) -> dict[int, ParameterInfo]:
        if self._params is None:
            h = self._check_open()
            self._params = {pid: capi.audio_unit_get_parameter_info(h, pid)
                            for pid in capi.audio_unit_get_parameter_list(h)}
        return self._params

    def _parameter_id(self, key: str | int) -> int:
        infos = self._infos()
        if isinstance(key, bool):
            raise TypeError("a parameter is named by its str name or int ID, not bool")
        if isinstance(key, int):
            if key not in infos:
                raise KeyError(f"{self.name!r} has no parameter {key}; it has {sorted(infos)}")
            return key
        if not isinstance(key, str):
            raise TypeError(f"a parameter is named by its str name or int ID, not {type(key).__name__}")
        exact = [pid for pid, i in infos.items() if i.name == key]
        if not exact:
            exact = [pid for pid, i in infos.items() if i.name.casefold() == key.casefold()]
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            raise KeyError(f"parameter name {key!r} of {self.name!r} is ambiguous: IDs {exact}")
        names = [i.name for i in infos.values()]
        raise KeyError(f"{self.name!r} has no parameter {key!r}; it has {names}")

    @property
    def parameters(self) -> list[AUParameter]:
        """Every global parameter with its current value.

        Example
        -------
        >>> [(p.name, p.value) for p in unit.parameters]   # doctest: +SKIP
        [('Dry/Wet Mix', 50.0), ...]
        """
        h = self._check_open()
        return [self._describe(pid, info, capi.audio_unit_get_parameter(h, pid))
                for pid, info in self._infos().items()]

    @staticmethod
    def _describe(pid: int, info: ParameterInfo, value: float) -> AUParameter:
        return AUParameter(pid, info.name, _unit_label(info.unit), info.min_value, info.max_value,
                           info.default_value, value, info.is_writable, info.unit_name, info.flags)

    @_names_the_unit
    def parameter(self, key: str | int) -> AUParameter:
        """One parameter (by name, case-insensitive, or ID) with its current value."""
        pid = self._parameter_id(key)
        return self._describe(pid, self._infos()[pid], capi.audio_unit_get_parameter(self._check_open(), pid))

    @_names_the_unit
    def get_parameter(self, key: str | int) -> float:
        """A parameter's current value, by name or ID.

        Example
        -------
        >>> unit.get_parameter("Dry/Wet Mix")    # doctest: +SKIP
        50.0
        """
        return capi.audio_unit_get_parameter(self._check_open(), self._parameter_id(key))

    @_names_the_unit
    def set_parameter(self, key: str | int, value: float, buffer_offset: int = 0) -> None:
        """Set a parameter by name or ID; a value outside its range raises ``ValueError``.

        Example
        -------
        >>> unit.set_parameter("Dry/Wet Mix", 25.0)   # doctest: +SKIP
        """
        pid = self._parameter_id(key)
        info = self._infos()[pid]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            raise TypeError(f"parameter {info.name!r} takes a number, not {value!r}")
        if not info.min_value <= value <= info.max_value:
            raise ValueError(f"parameter {info.name!r} of {self.name!r} must be in "
                             f"{info.min_value}..{info.max_value}, got {value}")
        capi.audio_unit_set_parameter(self._check_open(), pid, _GLOBAL, 0, float(value), buffer_offset)

    def __getitem__(self, key: str | int) -> float:
        return self.get_parameter(key)

    def __setitem__(self, key: str | int, value: float) -> None:
        self.set_parameter(key, value)

    # -- presets and state ----------------------------------------------------------------
    @property
    def factory_presets(self) -> list[AUPreset]:
        """The unit's factory presets."""
        return [AUPreset(n, name) for n, name in capi.audio_unit_get_factory_presets(self._check_open())]

    @property
    def present_preset(self) -> AUPreset:
        """The current preset (number < 0 for a user state)."""
        n, name = capi.audio_unit_get_present_preset(self._check_open())
        return AUPreset(n, name)

    @_names_the_unit
    def load_factory_preset(self, preset: AUPreset | int | str) -> AUPreset:
        """Load a factory preset given as an :class:`AUPreset`, its number or its name.

        Example
        -------
        >>> reverb.load_factory_preset("Large Hall")     # doctest: +SKIP
        AUPreset(number=1, name='Large Hall')
        """
        presets = self.factory_presets
        if isinstance(preset, AUPreset):
            match = [p for p in presets if p.number == preset.number]
        elif isinstance(preset, bool) or not isinstance(preset, (int, str)):
            raise TypeError(f"preset must be an AUPreset, a number or a name, not {type(preset).__name__}")
        elif isinstance(preset, int):
            match = [p for p in presets if p.number == preset]
        else:
            match = [p for p in presets if p.name.casefold() == preset.casefold()]
        if not match:
            raise KeyError(f"{self.name!r} has no factory preset {preset!r}; it has "
                           f"{[p.name for p in presets]}")
        capi.audio_unit_set_present_preset(self._check_open(), match[0].number, match[0].name)
        return match[0]

    @_names_the_unit
    def save_state(self) -> bytes:
        """The unit's full state (``ClassInfo``) as XML property-list bytes (an ``.aupreset``).

        Example
        -------
        >>> Path("mine.aupreset").write_bytes(unit.save_state())   # doctest: +SKIP
        """
        state = capi.audio_unit_get_class_info(self._check_open())
        return plistlib.dumps(state, fmt=plistlib.FMT_XML)

    @_names_the_unit
    def restore_state(self, data: bytes) -> None:
        """Restore a state saved by :meth:`save_state` (XML or binary plist bytes).

        Raises
        ------
        ValueError
            ``data`` is not a property list holding a dictionary.
        """
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"state must be plist bytes, not {type(data).__name__}")
        try:
            state = plistlib.loads(bytes(data))
        except Exception as exc:  # plistlib raises several unrelated types on corrupt input
            raise ValueError(f"state is not a valid property list: {exc}") from None
        if not isinstance(state, dict):
            raise ValueError(f"state must hold a dictionary, not {type(state).__name__}")
        capi.audio_unit_set_class_info(self._check_open(), state)

    # -- rendering ----------------------------------------------------------------------
    def _clear_source(self, report: bool = True) -> None:
        """Remove the input callback; re-raise what it raised when ``report``."""
        if self._source_callback is not None:
            cb, self._source_callback = self._source_callback, None
            capi.audio_unit_clear_render_callback(cb)
            if report:
                cb.check_errors()

    def _prepare_input(self, channels: int, sample_rate: float | None) -> None:
        fmt = self.get_stream_format("input")
        rate = fmt.sample_rate if sample_rate is None else float(sample_rate)
        want = AudioFormat.pcm(rate, channels, 32, True, interleaved=False)
        out_fmt = self.get_stream_format("output")
        if fmt != want or out_fmt.sample_rate != rate:
            self.uninitialize()
            capi.audio_unit_set_stream_format(self.handle, "input", 0, want)
            if out_fmt.sample_rate != rate:
                capi.audio_unit_set_stream_format(self.handle, "output", 0,
                                                  out_fmt.replace(sample_rate=rate))

    @_names_the_unit
    def render(self, frames: int, *, bus: int = 0) -> np.ndarray[Any, np.dtype[np.float32]]:
        """Render ``frames`` frames offline (instruments, generators, or an effect
        whose input was set with :meth:`process`): a ``(frames, channels)`` float32 array.

        Example
        -------
        >>> synth.note_on(0, 60, 100); audio = synth.render(4410)   # doctest: +SKIP
        """
        if isinstance(frames, bool) or not isinstance(frames, int) or frames < 0:
            raise ValueError(f"frames must be an int >= 0, got {frames!r}")
        h = self._check_open()
        self.initialize()
        channels = self.get_stream_format("output").channels_per_frame
        return render_frames(h, frames, channels, self.max_frames_per_slice, bus=bus)

    @_names_the_unit
    def process(self, data: Any, *, sample_rate: float | None = None,
                tail: float = 0.0) -> np.ndarray[Any, np.dtype[np.float32]]:
        """Run ``data`` (``(frames,)`` or ``(frames, channels)``) through the unit offline.

        Parameters
        ----------
        data : array_like
            The input audio.
        sample_rate : float, optional
            Its rate (default: the unit's current input rate).
        tail : float
            Seconds of extra output after the input ends (reverb and delay tails).

        Returns
        -------
        np.ndarray [shape=(frames + tail frames, output channels)]

        Example
        -------
        >>> wet = delay.process(np.random.default_rng(0).standard_normal(44100) * 0.1)   # doctest: +SKIP
        """
        h = self._check_open()
        block = as_frames_by_channels(data)
        if isinstance(tail, bool) or not isinstance(tail, (int, float)) or tail < 0:
            raise ValueError(f"tail must be a number of seconds >= 0, got {tail!r}")
        self._prepare_input(block.shape[1], sample_rate)
        self._clear_source()
        source = ArraySource(block)
        self._source_callback = capi.audio_unit_set_render_callback(h, source)
        try:
            self.initialize()
            rate = self.get_stream_format("output").sample_rate
            channels = self.get_stream_format("output").channels_per_frame
            total = block.shape[0] + round(tail * rate)
            out = render_frames(h, total, channels, self.max_frames_per_slice)
        finally:
            self._clear_source()
        return out

    @_names_the_unit
    def set_input_callback(self, callback: Any, *, raw: bool = False) -> None:
        """Feed the unit's input from ``callback(flags, time, bus, frames, data)``
        (replacing any previous one; ``None`` removes it).  For an output unit
        this is what it plays: fill ``data.arrays()`` on the render thread,
        allocate nothing there, and keep it short.

        Example
        -------
        >>> def tone(flags, time, bus, frames, data):         # doctest: +SKIP
        ...     for a in data.arrays(): a[:, 0] = 0.0
        >>> out = AudioUnit.default_output(); out.set_input_callback(tone); out.start()   # doctest: +SKIP
        """
        h = self._check_open()
        self._clear_source()
        if callback is not None:
            self._source_callback = capi.audio_unit_set_render_callback(h, callback, raw=raw)

    def check_callback_errors(self) -> None:
        """Re-raise, here, the first exception the input callback raised since the last check."""
        if self._source_callback is not None:
            self._source_callback.check_errors()

    @property
    def running(self) -> bool:
        """Whether :meth:`start` started the output unit (and :meth:`stop` did not stop it)."""
        return self._running

    @_names_the_unit
    def start(self) -> None:
        """``AudioOutputUnitStart`` (initializes first; nothing happens when running)."""
        if not self._running:
            self.initialize()
            capi.audio_output_unit_start(self._check_open())
            self._running = True

    @_names_the_unit
    def stop(self) -> None:
        """``AudioOutputUnitStop`` (nothing happens when not running)."""
        if self._running:
            capi.audio_output_unit_stop(self._check_open())
            self._running = False

    # -- MIDI (instruments) ------------------------------------------------------------------
    @_names_the_unit
    def send_midi(self, status: int, data1: int = 0, data2: int = 0, offset_frames: int = 0) -> None:
        """Send one MIDI 1.0 channel message (``MusicDeviceMIDIEvent``)."""
        capi.music_device_midi_event(self._check_open(), status, data1, data2, offset_frames)

    @staticmethod
    def _channel(channel: int) -> int:
        if isinstance(channel, bool) or not isinstance(channel, int) or not 0 <= channel <= 15:
            raise ValueError(f"channel must be 0..15, got {channel!r}")
        return channel

    def note_on(self, channel: int, note: int, velocity: int = 100, offset_frames: int = 0) -> None:
        """Start a note (velocity 1..127; 0 is a note off, as in MIDI).

        Example
        -------
        >>> synth.note_on(0, 60, 100)    # doctest: +SKIP
        """
        self.send_midi(0x90 | self._channel(channel), note, velocity, offset_frames)

    def note_off(self, channel: int, note: int, velocity: int = 0, offset_frames: int = 0) -> None:
        """Stop a note."""
        self.send_midi(0x80 | self._channel(channel), note, velocity, offset_frames)

    def control_change(self, channel: int, controller: int, value: int, offset_frames: int = 0) -> None:
        """Send a control change (CC 0..127, value 0..127)."""
        self.send_midi(0xB0 | self._channel(channel), controller, value, offset_frames)

    def program_change(self, channel: int, program: int, offset_frames: int = 0) -> None:
        """Select a program (0..127)."""
        self.send_midi(0xC0 | self._channel(channel), program, 0, offset_frames)

    def pitch_bend(self, channel: int, value: int, offset_frames: int = 0) -> None:
        """Bend the pitch: ``value`` in -8192..8191 (0 = centre).

        Example
        -------
        >>> synth.pitch_bend(0, 4096)    # half way up   # doctest: +SKIP
        """
        if isinstance(value, bool) or not isinstance(value, int) or not -8192 <= value <= 8191:
            raise ValueError(f"pitch bend must be -8192..8191, got {value!r}")
        raw = value + 8192
        self.send_midi(0xE0 | self._channel(channel), raw & 0x7F, raw >> 7, offset_frames)

    def all_notes_off(self, channel: int | None = None) -> None:
        """Send All Notes Off (CC 123) on one channel, or on all 16."""
        for ch in range(16) if channel is None else (self._channel(channel),):
            self.control_change(ch, 123, 0)

    @_names_the_unit
    def start_note(self, pitch: float, velocity: float = 100.0, *, group: int = 0,
                   offset_frames: int = 0) -> int:
        """Start a note with a fractional MIDI pitch (``60.5`` = a quarter tone above
        middle C) through ``MusicDeviceStartNote``; returns the note ID for :meth:`stop_note`.

        Example
        -------
        >>> note = synth.start_note(60.5, 90.0); synth.stop_note(note)   # doctest: +SKIP
        """
        if isinstance(pitch, bool) or not isinstance(pitch, (int, float)) or not 0 <= pitch < 128:
            raise ValueError(f"pitch must be a MIDI note number in 0..127.99, got {pitch!r}")
        if isinstance(velocity, bool) or not isinstance(velocity, (int, float)) or not 0 <= velocity <= 127:
            raise ValueError(f"velocity must be in 0..127, got {velocity!r}")
        return capi.music_device_start_note(self._check_open(), float(pitch), float(velocity),
                                            group=group, offset=offset_frames)

    @_names_the_unit
    def stop_note(self, note: int, *, group: int = 0, offset_frames: int = 0) -> None:
        """Stop a note started by :meth:`start_note`."""
        capi.music_device_stop_note(self._check_open(), note, group=group, offset=offset_frames)

    @_names_the_unit
    def send_ump(self, words: Sequence[int], *, protocol: int = 2, offset_frames: int = 0) -> None:
        """Send one packet of Universal MIDI Packet words (MIDI 2.0 by default)
        through ``MusicDeviceMIDIEventList``.

        Example
        -------
        >>> synth.send_ump([0x40903C00, 0xC0000000])   # MIDI 2.0 note on, full velocity   # doctest: +SKIP
        """
        capi.music_device_midi_event_list(self._check_open(), offset_frames, [(0, list(words))], protocol)

    @_names_the_unit
    def send_sysex(self, data: bytes) -> None:
        """Send a complete system-exclusive message (``F0 ... F7``)."""
        capi.music_device_sysex(self._check_open(), data)

    def __repr__(self) -> str:
        if not self.handle:
            return f"<AudioUnit {self.component.name!r} closed>"
        state = "initialized" if self._initialized else "uninitialized"
        return (f"<AudioUnit {self.component.name!r} {self.component.type}/{self.component.subtype}/"
                f"{self.component.manufacturer} {state}>")
