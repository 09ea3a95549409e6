"""`AudioClock`: Apple's CAClock, a musical/SMPTE clock (macOS AudioToolbox).

The clock runs on host time (or follows MIDI clock / MTC when armed) and tells
the time in seconds, beats, samples, host ticks or SMPTE.  Listeners receive
transport notifications (``'strt'``, ``'stop'``, ``'armd'``, ``'darm'``,
``'pchg'`` ...) on the clock's own thread; pass ``loop=`` to have them
delivered on an asyncio event loop instead (``call_soon_threadsafe``), and
exceptions a listener raises are kept and re-raised by
:meth:`AudioClock.check_errors`.

AudioToolbox exists only on macOS: elsewhere the constructor raises
:class:`~coremusic.exceptions.PlatformNotSupportedError`.
"""

from __future__ import annotations

import struct
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from coremusic import capi
from coremusic.audio._owner import HandleOwner
from coremusic.audio.augraph import require_audiotoolbox
from coremusic.capi.audioclock import ClockListener, ClockTime
from coremusic.structs import SMPTETime
from coremusic.utils.fourcc import as_fourcc_int, int_to_fourcc

if TYPE_CHECKING:
    import asyncio

__all__ = ["AudioClock", "ClockTime"]

TimeFormat = Literal["secs", "beat", "samp", "host", "smpt", "smps", "asec"]
SyncMode = Literal["intr", "mclk", "mmtc"]


def _dispose(handle: int) -> None:
    capi.ca_clock_dispose(handle)


class AudioClock(HandleOwner):
    """A CAClock: tempo, play rate, transport and time in any format.

    Example
    -------
    >>> clock = AudioClock()                                    # doctest: +SKIP
    >>> clock.tempo = 100.0                                     # doctest: +SKIP
    >>> clock.start()                                           # doctest: +SKIP
    >>> clock.beats, clock.seconds, clock.smpte                 # doctest: +SKIP
    (1.5, 0.9, SMPTETime(...))
    >>> clock.close()                                           # doctest: +SKIP
    """

    _handle: int = 0

    def __init__(self) -> None:
        require_audiotoolbox("AudioClock")
        self._handle = capi.ca_clock_new()
        self._running = False
        self._listeners: list[ClockListener] = []
        self._finalizer = weakref.finalize(self, _dispose, self._handle)

    # ------------------------------------------------------------ lifetime


    def close(self) -> None:
        """Stop the clock if it runs and dispose it (idempotent).

        Example
        -------
        >>> clock.close()                                         # doctest: +SKIP
        """
        if not self._handle:
            return
        handle = self._handle
        if self._running:
            capi.ca_clock_stop(handle)
            self._running = False
        self._finalizer.detach()
        self._handle = 0
        capi.ca_clock_dispose(handle)


    # ------------------------------------------------------------ transport
    def start(self) -> None:
        """Start moving from the current time.

        Example
        -------
        >>> clock.start(); clock.is_running                        # doctest: +SKIP
        True
        """
        capi.ca_clock_start(self.handle)
        self._running = True

    def stop(self) -> None:
        """Stop.

        Example
        -------
        >>> clock.stop()                                           # doctest: +SKIP
        """
        capi.ca_clock_stop(self.handle)
        self._running = False

    def arm(self) -> None:
        """Follow the external sync source (see :attr:`sync_mode`) when it starts.

        Example
        -------
        >>> clock.sync_mode = "mclk"; clock.arm()                  # doctest: +SKIP
        """
        capi.ca_clock_arm(self.handle)

    def disarm(self) -> None:
        """Stop following the external sync source.

        Example
        -------
        >>> clock.disarm()                                         # doctest: +SKIP
        """
        capi.ca_clock_disarm(self.handle)

    @property
    def is_running(self) -> bool:
        """Whether :meth:`start` was called without a later :meth:`stop` (tracked here)."""
        return self._running

    @property
    def play_rate(self) -> float:
        """Speed relative to the tempo map (1.0 = as written; must be > 0)."""
        return capi.ca_clock_get_play_rate(self.handle)

    @play_rate.setter
    def play_rate(self, rate: float) -> None:
        capi.ca_clock_set_play_rate(self.handle, rate)

    @property
    def tempo(self) -> float:
        """The current tempo in BPM; setting it changes the tempo now."""
        return capi.ca_clock_get_current_tempo(self.handle)[0]

    @tempo.setter
    def tempo(self, bpm: float) -> None:
        capi.ca_clock_set_current_tempo(self.handle, bpm)

    def set_tempo(self, bpm: float, at: ClockTime | None = None) -> None:
        """Change the tempo at a time (``None``: now).

        Example
        -------
        >>> clock.set_tempo(90.0, ClockTime("beat", 16.0))         # doctest: +SKIP
        """
        capi.ca_clock_set_current_tempo(self.handle, bpm, at)

    # ------------------------------------------------------------ time
    def time(self, time_format: TimeFormat = "secs") -> ClockTime:
        """The current time in ``time_format``.

        Example
        -------
        >>> clock.time("beat")                                     # doctest: +SKIP
        ClockTime(format='beat', value=4.0)
        """
        return capi.ca_clock_get_current_time(self.handle, time_format)

    def set_time(self, value: float | int | SMPTETime | ClockTime, time_format: TimeFormat = "secs") -> None:
        """Move the clock (while stopped) to ``value`` in ``time_format`` (or to a :class:`ClockTime`).

        Example
        -------
        >>> clock.set_time(8.0, "beat")                            # doctest: +SKIP
        """
        at = value if isinstance(value, ClockTime) else ClockTime(time_format, value)
        capi.ca_clock_set_current_time(self.handle, at)

    def start_time(self, time_format: TimeFormat = "secs") -> ClockTime:
        """Where the clock started, in ``time_format``.

        Example
        -------
        >>> clock.start_time("beat")                               # doctest: +SKIP
        ClockTime(format='beat', value=0.0)
        """
        return capi.ca_clock_get_start_time(self.handle, time_format)

    def translate(self, value: float | int | SMPTETime | ClockTime, from_format: TimeFormat,
                  to_format: TimeFormat) -> float | int | SMPTETime:
        """Convert a time between formats with the clock's tempo map and SMPTE settings.

        Example
        -------
        >>> clock.translate(4.0, "beat", "secs")                   # doctest: +SKIP
        2.0
        """
        at = value if isinstance(value, ClockTime) else ClockTime(from_format, value)
        return capi.ca_clock_translate_time(self.handle, at, to_format).value

    @property
    def seconds(self) -> float:
        """The current time in seconds."""
        return float(self.time("secs").value)  # type: ignore[arg-type]

    @property
    def beats(self) -> float:
        """The current time in beats."""
        return float(self.time("beat").value)  # type: ignore[arg-type]

    @property
    def samples(self) -> float:
        """The current time in samples (of the clock's timebase)."""
        return float(self.time("samp").value)  # type: ignore[arg-type]

    @property
    def host_time(self) -> int:
        """The current time in host ticks."""
        return int(self.time("host").value)  # type: ignore[arg-type]

    @property
    def smpte(self) -> SMPTETime:
        """The current time as SMPTE."""
        value = self.time("smpt").value
        assert isinstance(value, SMPTETime)
        return value

    def seconds_to_smpte(self, seconds: float, subframe_divisor: int = 80) -> SMPTETime:
        """Seconds as SMPTE in the clock's format and offset.

        Example
        -------
        >>> clock.seconds_to_smpte(3661.5).hours                   # doctest: +SKIP
        1
        """
        return capi.ca_clock_seconds_to_smpte_time(self.handle, seconds, subframe_divisor)

    def smpte_to_seconds(self, smpte: SMPTETime) -> float:
        """SMPTE as seconds.

        Example
        -------
        >>> clock.smpte_to_seconds(SMPTETime(hours=1))             # doctest: +SKIP
        3600.0
        """
        return capi.ca_clock_smpte_time_to_seconds(self.handle, smpte)

    def beats_to_bar_beat(self, beats: float, subbeat_divisor: int = 480) -> tuple[int, int, int, int]:
        """``(bar, beat, subbeat, subbeat_divisor)`` through the clock's meter track.

        Example
        -------
        >>> clock.beats_to_bar_beat(4.5, 4)                        # doctest: +SKIP
        (2, 1, 2, 4)
        """
        return capi.ca_clock_beats_to_bar_beat_time(self.handle, beats, subbeat_divisor)

    def bar_beat_to_beats(self, bar: int, beat: int, subbeat: int = 0, subbeat_divisor: int = 480) -> float:
        """Beats of a bar/beat/subbeat position.

        Example
        -------
        >>> clock.bar_beat_to_beats(2, 1, 2, 4)                    # doctest: +SKIP
        4.5
        """
        return capi.ca_clock_bar_beat_time_to_beats(self.handle, bar, beat, subbeat, subbeat_divisor)

    # ------------------------------------------------------------ properties
    @property
    def sync_mode(self) -> str:
        """``'intr'`` (internal), ``'mclk'`` (MIDI clock transport) or ``'mmtc'`` (MTC transport)."""
        (code,) = struct.unpack("=I", capi.ca_clock_get_property(self.handle, "synm"))
        return int_to_fourcc(code)

    @sync_mode.setter
    def sync_mode(self, mode: SyncMode) -> None:
        if mode not in ("intr", "mclk", "mmtc"):
            raise ValueError(f"sync_mode must be 'intr', 'mclk' or 'mmtc', got {mode!r}")
        capi.ca_clock_set_property(self.handle, "synm", struct.pack("=I", as_fourcc_int(mode)))

    @property
    def smpte_format(self) -> int:
        """The ``SMPTETimeType`` used for SMPTE times (e.g. 3 = 30 fps)."""
        (value,) = struct.unpack("=I", capi.ca_clock_get_property(self.handle, "smpf"))
        return int(value)

    @smpte_format.setter
    def smpte_format(self, smpte_type: int) -> None:
        capi.ca_clock_set_property(self.handle, "smpf", struct.pack("=I", smpte_type))

    def parse_midi(self, packets: list[tuple[int, bytes]]) -> None:
        """Feed MIDI clock / MTC / song position messages (``(timestamp, bytes)`` packets).

        Example
        -------
        >>> clock.parse_midi([(0, b"\\xfa"), (0, b"\\xf8")])       # doctest: +SKIP
        """
        capi.ca_clock_parse_midi(self.handle, packets)

    # ------------------------------------------------------------ listeners
    def add_listener(self, callback: Callable[[str, int], Any], *,
                     loop: asyncio.AbstractEventLoop | None = None) -> ClockListener:
        """Call ``callback(message, param)`` on clock notifications.

        Parameters
        ----------
        callback : callable ``(message: str, param: int) -> None``
            ``message`` is the FourCC (``'strt'``, ``'stop'``, ``'armd'``, ``'darm'``,
            ``'pchg'``, ``'stim'``, ``'?smp'``), ``param`` the message's parameter address.
        loop : asyncio event loop, optional
            Deliver on this loop (``call_soon_threadsafe``) instead of the clock's thread.

        Example
        -------
        >>> h = clock.add_listener(lambda msg, param: print(msg))  # doctest: +SKIP
        """
        if not callable(callback):
            raise TypeError(f"callback must be callable, not {type(callback).__name__}")
        if loop is None:
            target: Callable[[str, int], Any] = callback
        else:
            def target(message: str, param: int) -> None:
                loop.call_soon_threadsafe(callback, message, param)
        handle = capi.ca_clock_add_listener(self.handle, target)
        self._listeners.append(handle)
        return handle

    def remove_listener(self, listener: ClockListener) -> None:
        """Remove a listener :meth:`add_listener` returned.

        Example
        -------
        >>> clock.remove_listener(h)                               # doctest: +SKIP
        """
        capi.ca_clock_remove_listener(self.handle, listener)

    def check_errors(self) -> None:
        """Re-raise the first exception a listener raised since the last check.

        Example
        -------
        >>> clock.check_errors()                                   # doctest: +SKIP
        """
        for h in list(self._listeners):
            h.check_errors()
        self._listeners = [h for h in self._listeners if h.registered]

    def __repr__(self) -> str:
        if not self._handle:
            return "<AudioClock closed>"
        return (f"<AudioClock {self._handle:#x}: {'running' if self._running else 'stopped'}, "
                f"{self.tempo:g} bpm, rate {self.play_rate:g}, {self.seconds:.3f} s>")
