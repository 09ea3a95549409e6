"""High-level AudioUnit hosting: discover plug-ins, load them by name, chain them.

:class:`AudioUnitHost` lists installed AudioUnits and loads one by name;
:class:`AudioUnitPlugin` is a loaded plug-in (a context manager over an
:class:`~coremusic.audio.audiounit.AudioUnit`) with parameters by name,
factory presets, offline processing and MIDI; :class:`AudioUnitChain` runs
audio through several plug-ins in order with a wet/dry mix and per-plug-in bypass.

They need Apple's AudioToolbox: elsewhere they import fine and raise
:class:`~coremusic.exceptions.PlatformNotSupportedError` at construction.

Example
-------
>>> host = AudioUnitHost()                                       # doctest: +SKIP
>>> [p["name"] for p in host.discover_plugins(type="effect")][:2]  # doctest: +SKIP
['Apple: AUBandpass', 'Apple: AUDelay']
>>> with host.load_plugin("AUDelay", type="effect") as delay:    # doctest: +SKIP
...     delay["Dry/Wet Mix"] = 40.0
...     wet = delay.process(dry)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

from coremusic.audio.au_component import AudioComponent, require_audiotoolbox
from coremusic.audio.au_render import as_frames_by_channels, render_frames
from coremusic.audio.audiounit import AudioUnit, AUParameter, AUPreset
from coremusic.formats import AudioFormat

__all__ = ["AudioUnitChain", "AudioUnitHost", "AudioUnitPlugin"]


class AudioUnitPlugin:
    """A loaded AudioUnit plug-in.

    Parameters
    ----------
    unit : AudioUnit
        The instance it owns (closed with the plug-in).

    Example
    -------
    >>> with AudioUnitPlugin.from_name("AUMatrixReverb") as reverb:     # doctest: +SKIP
    ...     reverb.load_factory_preset("Large Hall")
    ...     wet = reverb.process(dry, audio_format=AudioFormat.pcm(44100.0, 2, 32, True))
    """

    def __init__(self, unit: AudioUnit) -> None:
        require_audiotoolbox(type(self).__name__)
        if not isinstance(unit, AudioUnit):
            raise TypeError(f"unit must be an AudioUnit, not {type(unit).__name__}")
        self.unit = unit

    @classmethod
    def from_name(cls, name: str, type: str | int | None = None) -> AudioUnitPlugin:
        """Load the installed plug-in called ``name`` (full or short name, case-insensitive).

        Example
        -------
        >>> synth = AudioUnitPlugin.from_name("DLSMusicDevice", type="instrument")   # doctest: +SKIP
        """
        require_audiotoolbox(cls.__name__)
        return cls(AudioUnit(AudioComponent.from_name(name, type=type)))

    # -- identity and lifetime ---------------------------------------------------
    @property
    def name(self) -> str:
        return self.unit.name

    @property
    def info(self) -> dict[str, Any]:
        """The component's description as a dict (see :meth:`AudioComponent.to_dict`)."""
        return self.unit.component.to_dict()

    @property
    def closed(self) -> bool:
        return self.unit.closed

    def close(self) -> None:
        """Dispose of the plug-in (idempotent)."""
        self.unit.close()

    def __enter__(self) -> AudioUnitPlugin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- parameters and presets ----------------------------------------------------
    @property
    def parameters(self) -> list[AUParameter]:
        """Every parameter with name, unit, range and current value."""
        return self.unit.parameters

    def get_parameter(self, name: str | int) -> float:
        return self.unit.get_parameter(name)

    def set_parameter(self, name: str | int, value: float) -> None:
        self.unit.set_parameter(name, value)

    def __getitem__(self, name: str | int) -> float:
        return self.unit.get_parameter(name)

    def __setitem__(self, name: str | int, value: float) -> None:
        self.unit.set_parameter(name, value)

    @property
    def factory_presets(self) -> list[AUPreset]:
        return self.unit.factory_presets

    def load_factory_preset(self, preset: AUPreset | int | str) -> AUPreset:
        return self.unit.load_factory_preset(preset)

    def save_state(self) -> bytes:
        return self.unit.save_state()

    def restore_state(self, data: bytes) -> None:
        self.unit.restore_state(data)

    @property
    def bypass(self) -> bool:
        return self.unit.bypass

    @bypass.setter
    def bypass(self, value: bool) -> None:
        self.unit.bypass = value

    # -- audio -----------------------------------------------------------------------
    def process(self, data: Any, num_frames: int | None = None, audio_format: AudioFormat | None = None,
                *, tail: float = 0.0) -> Any:
        """Process audio offline.

        Parameters
        ----------
        data : np.ndarray or bytes
            A ``(frames,)`` / ``(frames, channels)`` array, or interleaved float32
            bytes (channels and rate from ``audio_format``, default stereo).
        num_frames : int, optional
            Process only the first ``num_frames`` frames.
        audio_format : AudioFormat, optional
            The input's sample rate (and, for bytes, channel count).
        tail : float
            Seconds of extra output after the input (reverb tails).

        Returns
        -------
        np.ndarray [shape=(frames, channels)] or bytes
            The same kind as ``data`` (bytes are interleaved float32).
        """
        as_bytes = isinstance(data, (bytes, bytearray, memoryview))
        if as_bytes:
            channels = audio_format.channels_per_frame if audio_format is not None else 2
            raw = np.frombuffer(bytes(data), dtype=np.float32)
            if raw.size % channels:
                raise ValueError(f"{raw.size} float32 samples do not divide into {channels} channels")
            block = raw.reshape(-1, channels)
        else:
            block = as_frames_by_channels(data)
        if num_frames is not None:
            if isinstance(num_frames, bool) or not isinstance(num_frames, int) or num_frames < 0:
                raise ValueError(f"num_frames must be an int >= 0, got {num_frames!r}")
            block = block[:num_frames]
        rate = None if audio_format is None else audio_format.sample_rate
        out = self.unit.process(block, sample_rate=rate, tail=tail)
        return out.astype(np.float32).tobytes() if as_bytes else out

    def render(self, frames: int) -> np.ndarray[Any, np.dtype[np.float32]]:
        """Render ``frames`` frames (instruments and generators)."""
        return self.unit.render(frames)

    def render_midi(self, events: Sequence[tuple[float, int, int, int]], duration: float, *,
                    sample_rate: float | None = None) -> np.ndarray[Any, np.dtype[np.float32]]:
        """Render ``duration`` seconds of an instrument playing ``events``.

        Parameters
        ----------
        events : sequence of (time, status, data1, data2)
            MIDI 1.0 channel messages at times in seconds from the start.
        duration : float
            Seconds to render.
        sample_rate : float, optional
            Output rate (default: the unit's).

        Example
        -------
        >>> audio = synth.render_midi([(0.0, 0x90, 60, 100), (0.5, 0x80, 60, 0)], 1.0)  # doctest: +SKIP
        """
        if isinstance(duration, bool) or not isinstance(duration, (int, float)) or duration < 0:
            raise ValueError(f"duration must be seconds >= 0, got {duration!r}")
        unit = self.unit
        if sample_rate is not None:
            fmt = unit.get_stream_format("output")
            if fmt.sample_rate != sample_rate:
                unit.set_stream_format(fmt.replace(sample_rate=float(sample_rate)), "output")
        unit.initialize()
        rate = unit.get_stream_format("output").sample_rate
        timed = []
        for i, ev in enumerate(events):
            if not isinstance(ev, tuple) or len(ev) != 4:
                raise TypeError(f"event {i} must be a (time, status, data1, data2) tuple, got {ev!r}")
            t = ev[0]
            if isinstance(t, bool) or not isinstance(t, (int, float)) or t < 0:
                raise ValueError(f"event {i} time must be seconds >= 0, got {t!r}")
            timed.append((round(t * rate), ev[1], ev[2], ev[3]))
        timed.sort(key=lambda e: e[0])
        frames = round(duration * rate)
        pending = iter(timed)
        nxt = next(pending, None)

        def before(offset: int, length: int) -> None:
            nonlocal nxt
            while nxt is not None and nxt[0] < offset + length:
                unit.send_midi(nxt[1], nxt[2], nxt[3], max(0, nxt[0] - offset))
                nxt = next(pending, None)

        channels = unit.get_stream_format("output").channels_per_frame
        return render_frames(unit._check_open(), frames, channels, unit.max_frames_per_slice, before_slice=before)

    # -- MIDI ----------------------------------------------------------------------------
    def note_on(self, channel: int, note: int, velocity: int, offset_frames: int = 0) -> None:
        self.unit.note_on(channel, note, velocity, offset_frames)

    def note_off(self, channel: int, note: int, offset_frames: int = 0) -> None:
        self.unit.note_off(channel, note, 0, offset_frames)

    def control_change(self, channel: int, controller: int, value: int, offset_frames: int = 0) -> None:
        self.unit.control_change(channel, controller, value, offset_frames)

    def program_change(self, channel: int, program: int, offset_frames: int = 0) -> None:
        self.unit.program_change(channel, program, offset_frames)

    def pitch_bend(self, channel: int, value: int, offset_frames: int = 0) -> None:
        self.unit.pitch_bend(channel, value, offset_frames)

    def all_notes_off(self, channel: int | None = None) -> None:
        self.unit.all_notes_off(channel)

    def __repr__(self) -> str:
        return f"<AudioUnitPlugin {self.name!r}{' closed' if self.closed else ''}>"


class AudioUnitHost:
    """Discovers installed AudioUnits and loads them.

    Example
    -------
    >>> host = AudioUnitHost()                                            # doctest: +SKIP
    >>> host.discover_plugins(type="instrument", manufacturer="appl")[0]["name"]   # doctest: +SKIP
    'Apple: AUMIDISynth'
    """

    def __init__(self) -> None:
        require_audiotoolbox(type(self).__name__)

    def discover_plugins(self, type: str | int | None = None,
                         manufacturer: str | int | None = None) -> list[dict[str, Any]]:
        """Installed plug-ins as dicts (name, manufacturer_name, type, type_name, subtype,
        manufacturer, version, version_string, sandbox_safe, flags).

        ``type`` is ``'effect'``, ``'instrument'``, ``'generator'``, ``'mixer'``,
        ``'output'`` ... or a FourCC; ``None`` lists every type.
        """
        return AudioComponent.list_installed(type=type, manufacturer=manufacturer)

    def plugin_count(self, type: str | int | None = None) -> int:
        """How many plug-ins of ``type`` are installed."""
        return len(AudioComponent.find(type=type))

    def get_plugin_info(self, name: str, type: str | int | None = None) -> dict[str, Any]:
        """The description dict of the plug-in called ``name``."""
        return AudioComponent.from_name(name, type=type).to_dict()

    def load_plugin(self, name: str, type: str | int | None = None) -> AudioUnitPlugin:
        """Load the plug-in called ``name`` (``'AUDelay'`` or ``'Apple: AUDelay'``).

        Raises
        ------
        LookupError
            No plug-in (or several) has that name; the message lists candidates.
        """
        return AudioUnitPlugin.from_name(name, type=type)

    def __repr__(self) -> str:
        return "<AudioUnitHost>"


class AudioUnitChain:
    """Effects in series, with a wet/dry mix and per-plug-in bypass.

    Example
    -------
    >>> with AudioUnitChain() as chain:                      # doctest: +SKIP
    ...     chain.add_plugin("AUDelay")
    ...     chain.add_plugin("AUMatrixReverb")
    ...     out = chain.process(dry, wet_dry_mix=0.7)
    """

    def __init__(self) -> None:
        require_audiotoolbox(type(self).__name__)
        self._plugins: list[AudioUnitPlugin] = []
        self._bypassed: list[bool] = []

    @property
    def plugins(self) -> list[AudioUnitPlugin]:
        return list(self._plugins)

    def __len__(self) -> int:
        return len(self._plugins)

    def __iter__(self) -> Iterator[AudioUnitPlugin]:
        return iter(list(self._plugins))

    def add_plugin(self, plugin: str | AudioUnitPlugin, type: str | int | None = "effect") -> AudioUnitPlugin:
        """Append a plug-in (by name, loaded here and owned by the chain, or an
        already loaded :class:`AudioUnitPlugin`)."""
        if isinstance(plugin, str):
            loaded = AudioUnitPlugin.from_name(plugin, type=type)
        elif isinstance(plugin, AudioUnitPlugin):
            loaded = plugin
        else:
            raise TypeError(f"plugin must be a name or an AudioUnitPlugin, not {_type_name(plugin)}")
        self._plugins.append(loaded)
        self._bypassed.append(False)
        return loaded

    def _index(self, index: int) -> int:
        if isinstance(index, bool) or not isinstance(index, int):
            raise TypeError(f"plug-in index must be an int, not {_type_name(index)}")
        if not -len(self._plugins) <= index < len(self._plugins):
            raise IndexError(f"plug-in index {index} out of range for a chain of {len(self._plugins)}")
        return index % len(self._plugins)

    def remove_plugin(self, index: int) -> AudioUnitPlugin:
        """Take a plug-in out of the chain (the caller then owns it)."""
        i = self._index(index)
        self._bypassed.pop(i)
        return self._plugins.pop(i)

    def bypass_plugin(self, index: int, bypass: bool = True) -> None:
        """Skip (or, with ``bypass=False``, re-enable) a plug-in when processing."""
        self._bypassed[self._index(index)] = bool(bypass)

    def is_bypassed(self, index: int) -> bool:
        return self._bypassed[self._index(index)]

    def process(self, data: Any, wet_dry_mix: float = 1.0, *,
                sample_rate: float | None = None) -> np.ndarray[Any, np.dtype[np.float32]]:
        """Run ``data`` through every active plug-in in order.

        Parameters
        ----------
        data : array_like [shape=(frames,) or (frames, channels)]
        wet_dry_mix : float
            0 = dry input only, 1 = processed only.
        sample_rate : float, optional
            The input's rate (default: each unit's current rate).

        Returns
        -------
        np.ndarray [shape=(frames, channels)]
        """
        if isinstance(wet_dry_mix, bool) or not isinstance(wet_dry_mix, (int, float)) \
                or not 0.0 <= wet_dry_mix <= 1.0:
            raise ValueError(f"wet_dry_mix must be in 0..1, got {wet_dry_mix!r}")
        dry = as_frames_by_channels(data)
        wet = dry
        for plugin, skipped in zip(self._plugins, self._bypassed, strict=True):
            if not skipped:
                wet = plugin.unit.process(wet, sample_rate=sample_rate)
        if wet.shape != dry.shape:
            dry = _match_channels(dry, wet.shape[1])[: wet.shape[0]]
            if dry.shape[0] < wet.shape[0]:
                dry = np.vstack([dry, np.zeros((wet.shape[0] - dry.shape[0], dry.shape[1]), np.float32)])
        mix = float(wet_dry_mix)
        return (mix * wet + (1.0 - mix) * dry).astype(np.float32)

    def close(self) -> None:
        """Close every plug-in of the chain (idempotent)."""
        plugins, self._plugins, self._bypassed = self._plugins, [], []
        for p in plugins:
            p.close()

    def __enter__(self) -> AudioUnitChain:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        names = [f"{p.name}{' (bypassed)' if b else ''}" for p, b in zip(self._plugins, self._bypassed, strict=True)]
        return f"<AudioUnitChain {names}>"


def _type_name(value: object) -> str:
    return type(value).__name__


def _match_channels(block: np.ndarray[Any, np.dtype[np.float32]], channels: int) -> np.ndarray[Any, np.dtype[np.float32]]:
    idx = [min(c, block.shape[1] - 1) for c in range(channels)]
    return block[:, idx]
