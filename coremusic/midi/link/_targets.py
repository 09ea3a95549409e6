"""Where Link-scheduled MIDI goes: a backend output and a map from Link time to its clock.

Link's timeline is expressed on the host clock of ``session.clock.micros()``
(``CLOCK_MONOTONIC_RAW`` on Linux, ``mach_absolute_time`` on macOS). A MIDI
backend timestamps on a clock of its own:

* **CoreMIDI** timestamps are ``mach_absolute_time`` ticks, the very clock Link
  uses on macOS: ``session.clock.micros_to_ticks`` converts exactly
  (:class:`CoreMIDITarget`).
* **JACK** timestamps are *frames* of the audio clock. JACK relates frames to
  its microsecond clock ``jack_get_time`` with a delay-locked loop (DLL); and
  ``jack_get_time`` itself reads ``CLOCK_MONOTONIC_RAW`` in JACK2 1.9.21
  (measured: the two agree within a microsecond); a JACK that reads
  ``CLOCK_MONOTONIC`` (or another clock) differs from Link's by an offset that
  drifts slowly (NTP slews ``CLOCK_MONOTONIC``, not the raw clock). :class:`JackLinkTimebase`
  therefore measures the offset between the two clocks at every update (reads
  bracketed by two Link-clock reads, the narrowest bracket of three) and maps Link
  time to frames through a smoothed line that follows JACK's DLL.

Example
-------
>>> from coremusic.midi.link import CoreMIDITarget, LinkMIDITarget
>>> issubclass(CoreMIDITarget, LinkMIDITarget)
True
"""

from __future__ import annotations

import math
import threading
from abc import ABC, abstractmethod
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coremusic.link._state import check_number

if TYPE_CHECKING:
    from coremusic.backends.jack.client import JackClient
    from coremusic.backends.jack.midi import JackMIDIOutput
    from coremusic.link import LinkSession

__all__ = [
    "CoreMIDITarget",
    "JackLinkTimebase",
    "JackMIDITarget",
    "LinkMIDITarget",
    "TimebaseStats",
    "make_target",
]

_U32 = 0xFFFFFFFF


def check_session(session: object) -> LinkSession:
    """``session`` as an open LinkSession, else TypeError/RuntimeError."""
    from coremusic.link import LinkSession

    if not isinstance(session, LinkSession):
        raise TypeError(f"session must be a coremusic.link.LinkSession, got {type(session).__name__}")
    if session.closed:
        raise RuntimeError("the LinkSession is closed")
    return session


def check_seconds(value: object, name: str, *, low: float, high: float) -> float:
    """A number of seconds in ``[low, high]``."""
    seconds = check_number(value, name)
    if not low <= seconds <= high:
        raise ValueError(f"{name} must be between {low:g} and {high:g} seconds, got {value!r}")
    return seconds


class LinkMIDITarget(ABC):
    """A MIDI output that takes messages timestamped on the Link clock.

    The schedulers (:class:`~coremusic.midi.link.LinkMIDIClock`,
    :class:`~coremusic.midi.link.LinkMIDISequencer`) call :meth:`refresh` once per
    wake-up, then :meth:`send` for each message in time order. Subclass it to drive
    another backend: convert the Link host time to the backend's timestamp.

    Example
    -------
    >>> class Printer(LinkMIDITarget):
    ...     def refresh(self) -> None:
    ...         pass
    ...     def timestamp(self, time: float) -> int:
    ...         return round(time)
    ...     def send(self, data: bytes, time: float) -> None:
    ...         print(data.hex(), self.timestamp(time))
    >>> Printer().send(b"\\xf8", 1_000_000.4)
    f8 1000000
    """

    @abstractmethod
    def refresh(self) -> None:
        """Update the map from Link time to the backend's clock (once per wake-up)."""

    @abstractmethod
    def timestamp(self, time: float) -> int:
        """The backend timestamp of Link host time ``time`` (microseconds)."""

    @abstractmethod
    def send(self, data: bytes, time: float) -> None:
        """Queue ``data`` (one complete message) to play at Link host time ``time``."""

    def now(self) -> int | None:
        """The backend's current timestamp, or None if it has no notion of it."""
        return None

    def cancel(self, time: float) -> bool:
        """Recall every message queued so far for Link time ``time`` or later.

        Returns whether the target can: this base class cannot (False), and
        nor can CoreMIDI selectively (``MIDIFlushOutput`` drops everything
        scheduled, also what is due before ``time``), so CoreMIDI keeps it.
        """
        return False


class CoreMIDITarget(LinkMIDITarget):
    """CoreMIDI output: Link time converted exactly to host-time ticks.

    Parameters
    ----------
    port : MIDIOutputPort
        A :class:`coremusic.midi.MIDIOutputPort` (anything with
        ``send_data(dest, data, timestamp)``).
    dest : MIDIDestination or int
        The destination endpoint.
    session : LinkSession
        Provides the clock conversion (``session.clock.micros_to_ticks``).

    Example
    -------
    >>> from coremusic.link import LinkSession
    >>> class Port:                            # stands in for a MIDIOutputPort
    ...     def send_data(self, dest, data, timestamp=0):
    ...         print(dest, data.hex(), timestamp)
    >>> s = LinkSession()
    >>> target = CoreMIDITarget(Port(), "synth", s)
    >>> target.send(b"\\xfa", 2_000_000.0)    # mach ticks on macOS; ns on Linux
    synth fa 2000000000
    >>> s.close()
    """

    def __init__(self, port: Any, dest: Any, session: LinkSession) -> None:
        if not callable(getattr(port, "send_data", None)):
            raise TypeError(
                f"port must be a CoreMIDI output port with send_data(), got {type(port).__name__}")
        if dest is None:
            raise ValueError("a CoreMIDI target needs a destination endpoint (dest)")
        self.port = port
        self.dest = dest
        self._clock = check_session(session).clock

    def refresh(self) -> None:
        """Nothing to follow: Link's clock is the host clock CoreMIDI uses."""

    def timestamp(self, time: float) -> int:
        """Host-time ticks (``mach_absolute_time`` on macOS) of Link time ``time``."""
        return self._clock.micros_to_ticks(round(time))

    def send(self, data: bytes, time: float) -> None:
        """Send ``data`` stamped with the host time of ``time``."""
        self.port.send_data(self.dest, data, self.timestamp(time))

    def now(self) -> int:
        """The host clock now, in ticks."""
        return self._clock.ticks()

    def __repr__(self) -> str:
        return f"<CoreMIDITarget dest={self.dest!r}>"


@dataclass(frozen=True)
class TimebaseStats:
    """How :class:`JackLinkTimebase` maps Link time to JACK frames.

    Attributes
    ----------
    clock_offset_us : float
        ``jack_get_time()`` minus the Link clock, as last measured (about 0 when
        JACK reads ``CLOCK_MONOTONIC_RAW``).
    frames_per_second : float
        Slope of the current segment of the map.
    tracking_error_us : float
        Last measured distance between the map and JACK's DLL (microseconds,
        positive when the map is early).
    max_tracking_error_us : float
        Largest absolute tracking error since the first update.
    updates, steps : int
        Map updates so far; how many of them re-anchored the map with a jump (the
        DLL moved by more than ``step`` at once: an xrun, a stalled server).
    """

    clock_offset_us: float
    frames_per_second: float
    tracking_error_us: float
    max_tracking_error_us: float
    updates: int
    steps: int


class JackLinkTimebase:
    """Link host time to JACK frame time, smoothly following JACK's clock.

    The map is piecewise linear and continuous. On each :meth:`update` (at most
    every 10 ms) it samples JACK's DLL (a frame time and its microsecond time,
    converted to Link time with the measured clock offset), fits a line to the
    samples of the last ``window`` seconds, and starts a new segment ``horizon``
    seconds ahead whose slope steers the map onto that line within ``settle``
    seconds. The slope never leaves the nominal sample rate by more than
    ``max_ppm``: frames of events a tempo apart differ by the tempo's length up to
    rounding, and nothing already scheduled (earlier than the horizon) moves.

    Parameters
    ----------
    session : LinkSession
        The Link session whose clock is mapped.
    client : JackClient
        Any client of the JACK server (``JackMIDIOutput.client``).
    horizon : float
        Seconds ahead where changes of the map begin; at least the look-ahead of
        every scheduler sharing the timebase.
    window : float
        Seconds of DLL samples in the fit.
    settle : float
        Time constant (seconds) of steering onto the fit.
    max_ppm : float
        Largest deviation of the slope from the nominal sample rate (ppm).
    step : float
        A larger distance (seconds) from the fit is corrected by a jump.

    Example
    -------
    >>> from coremusic.backends.jack import JackClient          # doctest: +SKIP
    >>> tb = JackLinkTimebase(session, JackClient("map"))        # doctest: +SKIP
    >>> tb.update()                                              # doctest: +SKIP
    >>> frame = tb.frame_at(session.time_at_beat(16.0))          # doctest: +SKIP
    """

    def __init__(self, session: LinkSession, client: JackClient, *, horizon: float = 0.25,
                 window: float = 4.0, settle: float = 2.0, max_ppm: float = 1000.0,
                 step: float = 0.01) -> None:
        from coremusic.backends.jack.client import JackClient

        self._session = check_session(session)
        if not isinstance(client, JackClient):
            raise TypeError(f"client must be a JackClient, got {type(client).__name__}")
        self._client = client
        self.horizon = check_seconds(horizon, "horizon", low=0.0, high=10.0)
        self.window = check_seconds(window, "window", low=0.1, high=60.0)
        self.settle = check_seconds(settle, "settle", low=0.01, high=60.0)
        ppm = check_number(max_ppm, "max_ppm")
        if not 0.0 <= ppm <= 100_000.0:
            raise ValueError(f"max_ppm must be between 0 and 100000, got {max_ppm!r}")
        self.max_ppm = ppm
        self.step = check_seconds(step, "step", low=0.0001, high=10.0)
        self.sample_rate = client.sample_rate
        self._nominal = self.sample_rate / 1e6  # frames per microsecond
        self._lock = threading.Lock()
        self._points: deque[tuple[float, float]] = deque()
        self._segments: deque[tuple[float, float, float]] = deque()  # (t0, f0, slope)
        self._unwrap_base = 0
        self._last_raw: int | None = None
        self._last_update: int | None = None
        self._offset = 0.0
        self._error = 0.0
        self._max_error = 0.0
        self._updates = 0
        self._steps = 0

    @property
    def client(self) -> JackClient:
        """The JACK client the timebase reads JACK's clock through."""
        return self._client

    def _measure_offset(self) -> tuple[float, int]:
        """(jack_get_time - Link clock, Link time now) from the tightest of 3 brackets."""
        link_now = self._session.clock.micros
        jack_now = self._client.get_time
        best: tuple[int, float, int] | None = None
        for _ in range(3):
            before = link_now()
            jack = jack_now()
            after = link_now()
            width = after - before
            if best is None or width < best[0]:
                best = (width, jack - (before + after) / 2.0, after)
        assert best is not None
        return best[1], best[2]

    def _unwrap(self, raw: int) -> int:
        if self._last_raw is not None and raw < self._last_raw and self._last_raw - raw > 1 << 31:
            self._unwrap_base += 1 << 32
        self._last_raw = raw
        return self._unwrap_base + raw

    def _fit(self) -> tuple[float, float, float]:
        """(t, f, slope) of the least-squares line through the recent DLL samples."""
        points = self._points
        n = len(points)
        t_first = points[0][0]
        t_mean = sum(t - t_first for t, _ in points) / n
        f_first = points[0][1]
        f_mean = sum(f - f_first for _, f in points) / n
        slope = self._nominal
        if points[-1][0] - t_first >= min(1e6, self.window * 0.5e6):
            stt = sum((t - t_first - t_mean) ** 2 for t, _ in points)
            stf = sum((t - t_first - t_mean) * (f - f_first - f_mean) for t, f in points)
            slope = stf / stt
        return t_first + t_mean, f_first + f_mean, slope

    def _clamp(self, slope: float) -> float:
        limit = self._nominal * self.max_ppm * 1e-6
        return min(max(slope, self._nominal - limit), self._nominal + limit)

    def update(self, *, force: bool = False) -> None:
        """Sample JACK's clock and extend the map (rate-limited to every 10 ms)."""
        with self._lock:
            offset, link_now = self._measure_offset()
            if not force and self._last_update is not None and link_now - self._last_update < 10_000:
                return
            self._last_update = link_now
            self._offset = offset
            raw = self._client.frame_time()
            jack_usecs = self._client.frames_to_time(raw)
            self._points.append((jack_usecs - offset, float(self._unwrap(raw))))
            while self._points[0][0] < link_now - self.window * 1e6:
                self._points.popleft()
            t_fit, f_fit, fit_slope = self._fit()
            self._updates += 1
            if not self._segments:
                t0 = float(link_now)
                self._segments.append((t0, f_fit + fit_slope * (t0 - t_fit),
                                       self._clamp(fit_slope)))
                return
            pivot = max(link_now + self.horizon * 1e6, self._segments[-1][0])
            mapped = self._frame_at(pivot)
            error = f_fit + fit_slope * (pivot - t_fit) - mapped  # frames; > 0: map early
            self._error = error / self._nominal
            self._max_error = max(self._max_error, abs(self._error))
            if abs(self._error) > self.step * 1e6:
                self._steps += 1
                segment = (pivot, mapped + error, self._clamp(fit_slope))
            else:
                steer = error / (self.settle * 1e6)
                segment = (pivot, mapped, self._clamp(fit_slope + steer))
            if self._segments[-1][0] == pivot:
                self._segments.pop()
            self._segments.append(segment)
            while len(self._segments) > 2 and self._segments[1][0] < link_now - 10e6:
                self._segments.popleft()

    def _frame_at(self, time: float) -> float:
        segments = self._segments
        for t0, f0, slope in reversed(segments):
            if time >= t0:
                return f0 + slope * (time - t0)
        t0, f0, slope = segments[0]
        return f0 + slope * (time - t0)

    def frame_at(self, time: float) -> float:
        """The (fractional, unwrapped) JACK frame of Link host time ``time``.

        Raises RuntimeError before the first :meth:`update`.
        """
        with self._lock:
            if not self._segments:
                raise RuntimeError("the timebase has no map yet: call update() first")
            return self._frame_at(time)

    def time_at_frame(self, frame: float) -> float:
        """The Link host time (microseconds) of an unwrapped JACK ``frame``: the inverse
        of :meth:`frame_at` (for example to put received MIDI on the Link timeline).
        """
        with self._lock:
            if not self._segments:
                raise RuntimeError("the timebase has no map yet: call update() first")
            for t0, f0, slope in reversed(self._segments):
                if frame >= f0:
                    return t0 + (frame - f0) / slope
            t0, f0, slope = self._segments[0]
            return t0 + (frame - f0) / slope

    def unwrap(self, frame: int) -> int:
        """The unwrapped frame nearest the timebase's latest sample for a 32-bit JACK
        frame time (``MIDIEventData.frame``)."""
        with self._lock:
            reference = self._unwrap_base + (self._last_raw or 0)
        delta = ((frame - reference + 0x80000000) & _U32) - 0x80000000
        return reference + delta

    def stats(self) -> TimebaseStats:
        """Where the map stands (see :class:`TimebaseStats`)."""
        with self._lock:
            slope = self._segments[-1][2] if self._segments else self._nominal
            return TimebaseStats(self._offset, slope * 1e6, self._error, self._max_error,
                                 self._updates, self._steps)

    def __repr__(self) -> str:
        s = self.stats()
        return (f"<JackLinkTimebase {self.sample_rate} Hz offset={s.clock_offset_us:.1f} us "
                f"rate={s.frames_per_second:.2f} error={s.tracking_error_us:.1f} us "
                f"updates={s.updates}>")


class JackMIDITarget(LinkMIDITarget):
    """A :class:`~coremusic.backends.jack.midi.JackMIDIOutput` fed on the Link timeline.

    Each message is queued for the JACK frame where the Link timeline reaches its
    time (:class:`JackLinkTimebase`); JACK writes it at that offset of that cycle.

    Parameters
    ----------
    output : JackMIDIOutput
        The port (one sender per port: frames on a port must not decrease).
    session : LinkSession
        The session whose clock the times are on.
    timebase : JackLinkTimebase, optional
        A map shared with other targets (so that their frames agree exactly);
        by default one of its own on the output's client.
    horizon : float
        The ``horizon`` of that timebase of its own (at least the look-ahead).

    Attributes
    ----------
    late : int
        Messages whose frame had already passed when they were queued (JACK sends
        them at the start of the next cycle).

    Example
    -------
    >>> out = JackMIDIOutput("clock")                            # doctest: +SKIP
    >>> target = JackMIDITarget(out, session)                    # doctest: +SKIP
    >>> target.refresh()                                         # doctest: +SKIP
    >>> target.send(b"\\xf8", session.time_at_beat(8.0))        # doctest: +SKIP
    """

    def __init__(self, output: JackMIDIOutput, session: LinkSession, *,
                 timebase: JackLinkTimebase | None = None, horizon: float = 0.25) -> None:
        from coremusic.backends.jack.midi import JackMIDIOutput

        if not isinstance(output, JackMIDIOutput):
            raise TypeError(f"output must be a JackMIDIOutput, got {type(output).__name__}")
        if output.closed:
            raise RuntimeError("the JackMIDIOutput is closed")
        check_session(session)
        if timebase is None:
            timebase = JackLinkTimebase(session, output.client, horizon=horizon)
        elif not isinstance(timebase, JackLinkTimebase):
            raise TypeError(f"timebase must be a JackLinkTimebase, got {type(timebase).__name__}")
        self.output = output
        self.timebase = timebase
        self.late = 0
        self._last: int | None = None

    def refresh(self) -> None:
        """Update the shared timebase (rate-limited there)."""
        self.timebase.update()

    def timestamp(self, time: float) -> int:
        """The JACK frame time (unwrapped) of Link time ``time``."""
        return math.floor(self.timebase.frame_at(time) + 0.5)

    def send(self, data: bytes, time: float) -> None:
        """Queue ``data`` at the frame of ``time`` (never before the previous one)."""
        frame = self.timestamp(time)
        if self._last is not None and frame < self._last:
            frame = self._last
        now = self.output.frame_time()
        if ((frame - now + 0x80000000) & _U32) - 0x80000000 < 0:
            self.late += 1
        self.output.send(data, frame=frame & _U32)
        self._last = frame

    def now(self) -> int:
        """The current JACK frame time."""
        return self.output.frame_time()

    def cancel(self, time: float) -> bool:
        """Recall the queued messages at the frame of ``time`` or later
        (:meth:`JackMIDIOutput.cancel`); always possible here (True)."""
        self.output.cancel(self.timestamp(time) & _U32)
        last = self.output.last_frame
        self._last = None if last is None else self.timebase.unwrap(last)
        return True

    def __repr__(self) -> str:
        return f"<JackMIDITarget {self.output!r} late={self.late}>"


def make_target(session: LinkSession, port: Any, dest: Any = None, *,
                timebase: JackLinkTimebase | None = None,
                lookahead: float = 0.1) -> LinkMIDITarget:
    """The target for ``port``: a LinkMIDITarget as is, a JackMIDIOutput, or a
    CoreMIDI output port with ``dest``. A JACK target without ``timebase`` gets one
    whose horizon covers ``lookahead`` seconds.

    Example
    -------
    >>> from coremusic.link import LinkSession
    >>> s = LinkSession()
    >>> make_target(s, 42)
    Traceback (most recent call last):
    ...
    TypeError: port must be a JackMIDIOutput, a CoreMIDI MIDIOutputPort (with dest) or a LinkMIDITarget, got int
    >>> s.close()
    """
    check_session(session)
    if isinstance(port, LinkMIDITarget):
        if dest is not None or timebase is not None:
            raise ValueError("dest and timebase belong to the target already given")
        return port
    if callable(getattr(port, "send_data", None)):
        if timebase is not None:
            raise ValueError("a timebase maps to JACK frames; CoreMIDI needs none")
        return CoreMIDITarget(port, dest, session)
    from coremusic.backends.jack.midi import JackMIDIOutput

    if isinstance(port, JackMIDIOutput):
        if dest is not None:
            raise ValueError("a JACK output port has its connections, not a dest")
        return JackMIDITarget(port, session, timebase=timebase, horizon=max(0.25, lookahead))
    raise TypeError("port must be a JackMIDIOutput, a CoreMIDI MIDIOutputPort (with dest) or a "
                    f"LinkMIDITarget, got {type(port).__name__}")
