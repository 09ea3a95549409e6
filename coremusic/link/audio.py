"""Link in an audio callback: where on the beat grid a buffer falls, and a metronome.

An audio callback knows (or estimates) the host time at which its buffer was
requested; the buffer is *heard* ``latency`` microseconds later. Link's beat grid is
a straight line in host time for one captured state, so the beat of every frame
follows from the beat of the first frame and the tempo.

Example
-------
>>> from coremusic.link import LinkSession
>>> from coremusic.link.audio import buffer_timing, frame_beats
>>> s = LinkSession(bpm=120.0)
>>> state = s.capture_audio_session_state()
>>> t = s.clock.micros()
>>> timing = buffer_timing(state, t, latency=5_000)
>>> beats = frame_beats(state, t, 256, 48_000, latency=5_000)
>>> bool(abs(beats[0] - timing.beat) < 1e-9)
True
>>> s.close()
"""

from __future__ import annotations

import math
from collections import deque
from typing import TYPE_CHECKING, NamedTuple

from coremusic.link._state import SessionState, check_number, check_quantum, check_time

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from coremusic.link._session import LinkSession

__all__ = ["BufferTiming", "HostTimeFilter", "Metronome", "buffer_timing", "frame_beats"]


class BufferTiming(NamedTuple):
    """Where the first frame of a buffer is heard on the Link timeline.

    Attributes
    ----------
    time : int
        Host time (microseconds) at which the first frame reaches the listener.
    beat : float
        The beat at that time.
    phase : float
        The position within the quantum at that time, in ``[0, quantum)``.
    """

    time: int
    beat: float
    phase: float


def _check_state(state: object) -> SessionState:
    if not isinstance(state, SessionState):
        raise TypeError(f"state must be a SessionState, got {type(state).__name__}")
    return state


def buffer_timing(
    state: SessionState, host_time: int, *, latency: int = 0, quantum: float | None = None
) -> BufferTiming:
    """Beat and phase of a buffer's first frame, given the buffer's host time.

    Parameters
    ----------
    state : SessionState
        Usually ``session.capture_audio_session_state()`` taken in the callback.
    host_time : int
        Host time (``session.clock.micros()`` scale) at which the buffer was requested.
    latency : int
        Output latency in microseconds (device + driver), >= 0.
    quantum : float, optional
        Quantum for the phase (default: the state's).

    Returns
    -------
    BufferTiming

    Example
    -------
    >>> from coremusic.link import LinkSession
    >>> s = LinkSession(bpm=60.0)
    >>> t = s.clock.micros()
    >>> s.force_beat_at_time(0.0, t)
    >>> state = s.capture_audio_session_state()
    >>> timing = buffer_timing(state, t, latency=250_000)  # heard 1/4 s later
    >>> round(timing.beat, 6), timing.time - t
    (0.25, 250000)
    >>> s.close()
    """
    _check_state(state)
    lat = check_time(latency, "latency")
    if lat < 0:
        raise ValueError(f"latency must be >= 0 microseconds, got {lat}")
    t = check_time(host_time, "host_time") + lat
    q = state.quantum if quantum is None else check_quantum(quantum)
    return BufferTiming(t, state.beat_at_time(t, q), state.phase_at_time(t, q))


def frame_beats(
    state: SessionState,
    host_time: int,
    frames: int,
    sample_rate: float,
    *,
    latency: int = 0,
    quantum: float | None = None,
    offset_us: float = 0.0,
) -> npt.NDArray[np.float64]:
    """The beat at which each frame of a buffer is heard.

    Parameters
    ----------
    state, host_time, latency, quantum
        As for :func:`buffer_timing`.
    frames : int
        Frames in the buffer (>= 0).
    sample_rate : float
        Frames per second (> 0).
    offset_us : float
        A fraction of a microsecond to add to ``host_time`` (Link's times are whole
        microseconds; a block start on the sample clock rarely is), in [0, 1).

    Returns
    -------
    np.ndarray [shape=(frames,), dtype=float64]

    Example
    -------
    >>> from coremusic.link import LinkSession
    >>> s = LinkSession(bpm=120.0)
    >>> t = s.clock.micros()
    >>> beats = frame_beats(s.capture_audio_session_state(), t, 512, 48_000)
    >>> beats.shape, round(float(beats[1] - beats[0]) * 48_000, 9)   # 2 beats/second
    ((512,), 2.0)
    >>> s.close()
    """
    import numpy as np

    if isinstance(frames, bool) or not isinstance(frames, int) or frames < 0:
        raise ValueError(f"frames must be an int >= 0, got {frames!r}")
    rate = check_number(sample_rate, "sample_rate")
    if rate <= 0:
        raise ValueError(f"sample_rate must be > 0, got {sample_rate!r}")
    frac = check_number(offset_us, "offset_us")
    if not 0.0 <= frac < 1.0:
        raise ValueError(f"offset_us must be in [0, 1), got {offset_us!r}")
    first = buffer_timing(state, host_time, latency=latency, quantum=quantum)
    beats_per_second = state.tempo / 60.0
    start = first.beat + frac * 1e-6 * beats_per_second
    return start + np.arange(frames, dtype=np.float64) * (beats_per_second / rate)


class HostTimeFilter:
    """Smooth host times for a running sample counter (a least-squares line).

    Audio callbacks run with jitter: reading the clock in the callback gives noisy
    buffer times. Fitting ``host = a * sample_time + b`` over the last ``window``
    callbacks removes the jitter while following drift between the sound card's
    clock and the host clock (Ableton's examples do the same).

    Parameters
    ----------
    window : int
        Number of recent (sample_time, host_time) points in the fit (>= 2);
        each call costs O(window).

    Example
    -------
    >>> f = HostTimeFilter(window=8)
    >>> [f.sample_time_to_host_time(n * 480, 1_000_000 + n * 10_000) for n in range(3)]
    [1000000, 1010000, 1020000]
    """

    def __init__(self, window: int = 128) -> None:
        if isinstance(window, bool) or not isinstance(window, int) or window < 2:
            raise ValueError(f"window must be an int >= 2, got {window!r}")
        self._points: deque[tuple[float, int]] = deque(maxlen=window)
        self._window = window

    def reset(self) -> None:
        """Forget every point (after a stream restart or an xrun)."""
        self._points.clear()

    def sample_time_to_host_time(self, sample_time: float, host_time: int) -> int:
        """Record ``(sample_time, host_time)`` and return the fitted host time."""
        x_new = check_number(sample_time, "sample_time")
        self._points.append((x_new, check_time(host_time, "host_time")))
        points = self._points
        n = len(points)
        # Centred sums (exact for the large absolute values of both clocks).
        x0, y0 = points[0]
        mean_x = sum(x - x0 for x, _ in points) / n
        mean_y = sum(y - y0 for _, y in points) / n
        sxx = sum((x - x0 - mean_x) ** 2 for x, _ in points)
        if sxx <= 0.0:
            return host_time
        sxy = sum((x - x0 - mean_x) * (y - y0 - mean_y) for x, y in points)
        slope = sxy / sxx
        return y0 + round(mean_y + slope * (x_new - x0 - mean_x))

    def __repr__(self) -> str:
        return f"<HostTimeFilter points={len(self._points)}/{self._window}>"


class Metronome:
    """A click on every beat (higher on each bar), locked to a Link session.

    Call it with a frame count, as a stream generator: it returns a float32 block
    ``(frames, channels)`` whose clicks fall exactly on the session's beats as heard
    ``latency`` microseconds after the callback runs.

    Parameters
    ----------
    session : LinkSession
        The session to follow.
    sample_rate : float
        Frames per second of the output.
    channels : int
        Output channels (the click is the same on all).
    latency : int
        Output latency in microseconds.
    only_when_playing : bool
        Silence while the session's transport is stopped.
    click_ms : float
        Length of one click.

    Example
    -------
    >>> out = cm.AudioOutputStream(channels=2)                              # doctest: +SKIP
    >>> out.set_generator(Metronome(session, out.sample_rate, channels=2,   # doctest: +SKIP
    ...                             latency=int(out.latency * 1e6)))
    """

    def __init__(
        self,
        session: LinkSession,
        sample_rate: float,
        *,
        channels: int = 1,
        latency: int = 0,
        only_when_playing: bool = False,
        click_ms: float = 30.0,
    ) -> None:
        from coremusic.link._session import LinkSession

        if not isinstance(session, LinkSession):
            raise TypeError(f"session must be a LinkSession, got {type(session).__name__}")
        rate = check_number(sample_rate, "sample_rate")
        if rate <= 0:
            raise ValueError(f"sample_rate must be > 0, got {sample_rate!r}")
        if isinstance(channels, bool) or not isinstance(channels, int) or channels < 1:
            raise ValueError(f"channels must be an int >= 1, got {channels!r}")
        if check_time(latency, "latency") < 0:
            raise ValueError(f"latency must be >= 0 microseconds, got {latency}")
        click = check_number(click_ms, "click_ms")
        if click <= 0:
            raise ValueError(f"click_ms must be > 0, got {click_ms!r}")
        self.session = session
        self.sample_rate = rate
        self.channels = channels
        self.latency = latency
        self.only_when_playing = only_when_playing
        self.click_seconds = click / 1000.0
        self.frames_rendered = 0
        self._anchor: int | None = None

    def render(self, state: SessionState, host_time: int, frames: int, *,
               offset_us: float = 0.0) -> np.ndarray:
        """The block for a buffer requested at ``host_time`` (pure given ``state``).

        ``offset_us`` is the sub-microsecond part of the block's start time (see
        :func:`frame_beats`).
        """
        import numpy as np

        beats = frame_beats(state, host_time, frames, self.sample_rate,
                            latency=self.latency, quantum=state.quantum, offset_us=offset_us)
        out = np.zeros((frames, self.channels), dtype=np.float32)
        if self.only_when_playing and not state.is_playing:
            return out
        seconds_per_beat = 60.0 / state.tempo
        since_beat = (beats - np.floor(beats)) * seconds_per_beat  # seconds after the beat
        sounding = since_beat < self.click_seconds
        if not sounding.any():
            return out
        on_bar = np.mod(np.floor(beats), state.quantum) == 0.0
        freq = np.where(on_bar, 1760.0, 880.0)
        env = np.clip(1.0 - since_beat / self.click_seconds, 0.0, 1.0) ** 2
        wave = 0.5 * env * np.sin(2.0 * math.pi * freq * since_beat)
        out[:, :] = np.where(sounding, wave, 0.0).astype(np.float32)[:, None]
        return out

    def __call__(self, frames: int) -> np.ndarray:
        """Render the next ``frames`` frames (for ``stream.set_generator``).

        Buffers follow each other on the sample clock: the first call anchors frame
        0 at the current host time, frame ``n`` is heard ``n / sample_rate`` seconds
        plus ``latency`` later. (A generator that fills a ring ahead of the audio
        thread is called early and in bursts, so its call times mean nothing; the
        ring's fill at start belongs in ``latency``.)
        """
        if self._anchor is None:
            self._anchor = self.session.clock.micros()
        exact = self.frames_rendered * 1e6 / self.sample_rate
        whole = math.floor(exact)
        state = self.session.capture_audio_session_state()
        block = self.render(state, self._anchor + whole, frames, offset_us=exact - whole)
        self.frames_rendered += frames
        return block

    def __repr__(self) -> str:
        return (f"<Metronome {self.sample_rate:g} Hz channels={self.channels} "
                f"latency={self.latency} us frames={self.frames_rendered}>")
