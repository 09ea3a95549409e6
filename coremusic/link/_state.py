"""Captured Link session states and the Link host clock."""

from __future__ import annotations

import math
from typing import Literal

from coremusic.link._shim import NativeLink, NativeState

__all__ = ["LinkClock", "SessionState"]


def check_time(value: object, name: str = "time") -> int:
    """A host time in microseconds: an int (not a bool), else TypeError."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(
            f"{name} must be an int number of microseconds on the Link clock "
            f"(session.clock.micros()), got {type(value).__name__}"
        )
    return value


def check_quantum(value: object) -> float:
    """A quantum in beats: a finite number > 0, else TypeError/ValueError."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"quantum must be a number of beats, got {type(value).__name__}")
    quantum = float(value)
    if not math.isfinite(quantum) or quantum <= 0.0:
        raise ValueError(f"quantum must be a finite number of beats > 0, got {value!r}")
    return quantum


def check_number(value: object, name: str) -> float:
    """A finite real number, else TypeError/ValueError naming it."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number, got {type(value).__name__}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be finite, got {value!r}")
    return number


def check_tempo(value: object) -> float:
    """A tempo in bpm within Link's range [20, 999]."""
    bpm = check_number(value, "tempo")
    if not 20.0 <= bpm <= 999.0:
        raise ValueError(f"tempo must be between 20 and 999 bpm, got {value!r}")
    return bpm


class LinkClock:
    """The host clock Link's timeline is expressed in.

    Times are integers: ``micros()`` in microseconds (what every session-state method
    takes), ``ticks()`` in the platform's native ticks (nanoseconds of
    ``CLOCK_MONOTONIC_RAW`` on Linux, mach ticks on macOS).

    Example
    -------
    >>> from coremusic.link import LinkSession
    >>> s = LinkSession()
    >>> t = s.clock.micros()
    >>> s.clock.ticks_to_micros(s.clock.micros_to_ticks(t)) == t
    True
    >>> s.close()
    """

    __slots__ = ("_native",)

    def __init__(self, native: NativeLink) -> None:
        self._native = native

    def micros(self) -> int:
        """The current host time in microseconds."""
        return self._native.micros()

    def ticks(self) -> int:
        """The current host time in platform ticks."""
        return self._native.ticks()

    def ticks_to_micros(self, ticks: int) -> int:
        """Convert a tick count of this clock to microseconds."""
        return self._native.ticks_to_micros(check_time(ticks, "ticks"))

    def micros_to_ticks(self, micros: int) -> int:
        """Convert microseconds of this clock to ticks."""
        return self._native.micros_to_ticks(check_time(micros, "micros"))

    def __repr__(self) -> str:
        return f"<LinkClock micros={self.micros()}>"


class SessionState:
    """A snapshot of the Link session: tempo, beat timeline and transport.

    Capture one with :meth:`LinkSession.capture_app_session_state` (or the audio
    variant inside an audio callback), query or modify it, and hand it back with the
    matching ``commit_*`` method; changes made to a state have no effect until then.
    Times are host times in microseconds (``session.clock.micros()``). Every method
    that takes a ``quantum`` defaults to the quantum of the session it was captured
    from.

    Example
    -------
    >>> from coremusic.link import LinkSession
    >>> s = LinkSession(bpm=120.0)
    >>> state = s.capture_app_session_state()
    >>> now = s.clock.micros()
    >>> state.set_tempo(98.0, now)
    >>> s.tempo                      # nothing changes before the commit
    120.0
    >>> s.commit_app_session_state(state)
    >>> s.tempo
    98.0
    >>> one_beat = state.time_at_beat(state.beat_at_time(now) + 1.0) - now
    >>> abs(one_beat - 612_245) <= 1      # 60 / 98 s, in microseconds
    True
    >>> s.close()
    """

    __slots__ = ("_kind", "_native", "_quantum")

    def __init__(
        self, native: NativeState, quantum: float, kind: Literal["app", "audio"]
    ) -> None:
        self._native = native
        self._quantum = check_quantum(quantum)
        self._kind: Literal["app", "audio"] = kind

    def _q(self, quantum: float | None) -> float:
        return self._quantum if quantum is None else check_quantum(quantum)

    @property
    def kind(self) -> Literal["app", "audio"]:
        """Which thread the state was captured for: ``"app"`` or ``"audio"``."""
        return self._kind

    @property
    def quantum(self) -> float:
        """The default quantum of the methods (the session's quantum at capture)."""
        return self._quantum

    @property
    def tempo(self) -> float:
        """The session tempo in beats per minute."""
        return self._native.tempo()

    def set_tempo(self, bpm: float, time: int) -> None:
        """Propose ``bpm`` as the tempo from host time ``time`` (after commit)."""
        self._native.set_tempo(check_tempo(bpm), check_time(time))

    def beat_at_time(self, time: int, quantum: float | None = None) -> float:
        """The beat at host time ``time``; its phase modulo ``quantum`` is shared."""
        return self._native.beat_at_time(check_time(time), self._q(quantum))

    def phase_at_time(self, time: int, quantum: float | None = None) -> float:
        """The position within the ``quantum`` at host time ``time``, in [0, quantum)."""
        return self._native.phase_at_time(check_time(time), self._q(quantum))

    def time_at_beat(self, beat: float, quantum: float | None = None) -> int:
        """The host time in microseconds at which ``beat`` falls."""
        return self._native.time_at_beat(check_number(beat, "beat"), self._q(quantum))

    def request_beat_at_time(
        self, beat: float, time: int, quantum: float | None = None
    ) -> None:
        """Ask for ``beat`` at ``time``; with peers, the next matching phase is used."""
        self._native.request_beat_at_time(
            check_number(beat, "beat"), check_time(time), self._q(quantum)
        )

    def force_beat_at_time(self, beat: float, time: int, quantum: float | None = None) -> None:
        """Map ``beat`` to ``time`` for every peer (shifts the whole session's phase)."""
        self._native.force_beat_at_time(
            check_number(beat, "beat"), check_time(time), self._q(quantum)
        )

    @property
    def is_playing(self) -> bool:
        """The transport state (shared only with start/stop sync enabled)."""
        return self._native.is_playing()

    def set_is_playing(self, is_playing: bool, time: int) -> None:
        """Start or stop the transport at host time ``time`` (after commit)."""
        if not isinstance(is_playing, bool):
            raise TypeError(f"is_playing must be a bool, got {type(is_playing).__name__}")
        self._native.set_is_playing(is_playing, check_time(time))

    @property
    def time_for_is_playing(self) -> int:
        """The host time of the last transport change."""
        return self._native.time_for_is_playing()

    def request_beat_at_start_playing_time(
        self, beat: float, quantum: float | None = None
    ) -> None:
        """Map ``beat`` to the time the transport starts (no-op while stopped)."""
        self._native.request_beat_at_start_playing_time(
            check_number(beat, "beat"), self._q(quantum)
        )

    def set_is_playing_and_request_beat_at_time(
        self, is_playing: bool, time: int, beat: float, quantum: float | None = None
    ) -> None:
        """Change the transport and request ``beat`` at ``time`` in one step."""
        if not isinstance(is_playing, bool):
            raise TypeError(f"is_playing must be a bool, got {type(is_playing).__name__}")
        self._native.set_is_playing_and_request_beat_at_time(
            is_playing, check_time(time), check_number(beat, "beat"), self._q(quantum)
        )

    def copy(self) -> SessionState:
        """An independent copy of this state."""
        return SessionState(self._native.copy(), self._quantum, self._kind)

    @property
    def native(self) -> NativeState:
        """The underlying shim object (for committing)."""
        return self._native

    def __repr__(self) -> str:
        return (
            f"<SessionState {self._kind} tempo={self.tempo:.3f} bpm "
            f"playing={self.is_playing} quantum={self._quantum:g}>"
        )
