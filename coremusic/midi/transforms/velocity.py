"""Velocity transforms: scaling, curves and compression.

Each is a 128-entry lookup table applied to note-on velocities.  A sounding
note-on never becomes velocity 0 (that would turn it into a note-off): the
results are kept in 1..127.  Note-offs, release velocities and every other
event pass unchanged.

Example
-------
>>> from coremusic.midi import MIDIMessage
>>> from coremusic.midi.transforms import VelocityScale, VelocityCurve, VelocityCompress
>>> VelocityScale(0.5).process(MIDIMessage.note_on(60, 100))[0].velocity
50
>>> int(VelocityCurve("exponential", amount=2.0).table[64])
32
>>> VelocityCompress(threshold=64, ratio=2.0).table[[32, 64, 96, 127]].tolist()
[32, 64, 80, 96]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from coremusic.midi.messages import MIDIMessage
from coremusic.midi.transforms._core import TrackData, Transform, is_sounding_on

__all__ = ["VelocityCompress", "VelocityCurve", "VelocityMap", "VelocityScale"]

CurveKind = Literal["linear", "exponential", "log", "s-curve"]


def _finish(values: npt.ArrayLike) -> npt.NDArray[np.int64]:
    table = np.clip(np.rint(np.asarray(values, dtype=np.float64)), 1, 127).astype(np.int64)
    table[0] = 0
    return table


class VelocityMap(Transform):
    """Map note-on velocities through a table of 128 values.

    Parameters
    ----------
    table : sequence of 128 numbers
        New velocity for each velocity 0..127 (rounded, kept in 1..127;
        entry 0 is ignored since velocity 0 means note-off).

    Attributes
    ----------
    table : numpy int64 array [shape=(128,)]

    Example
    -------
    >>> VelocityMap([127] * 128).process(MIDIMessage.note_on(60, 5))[0].velocity
    127
    """

    streaming = True

    def __init__(self, table: Sequence[float] | npt.ArrayLike) -> None:
        arr = np.asarray(table, dtype=np.float64)
        if arr.shape != (128,):
            raise ValueError(f"a velocity table needs 128 entries, got shape {arr.shape}")
        if not bool(np.isfinite(arr).all()):
            raise ValueError("velocity table entries must be finite")
        self.table = _finish(arr)

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        ev = track.events
        on = ((ev.status & 0xF0) == 0x90) & (ev.data2 > 0)
        ev.data2[on] = self.table[ev.data2[on]]
        return track.with_events(ev)

    def process(self, message: MIDIMessage) -> list[MIDIMessage]:
        """Map the velocity of a sounding note-on; other messages pass."""
        if is_sounding_on(message):
            return [message.copy(velocity=int(self.table[message.velocity]))]
        return [message]

    def _params(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if k != "table"}


class VelocityScale(VelocityMap):
    """``velocity * factor + offset`` (rounded, kept in 1..127).

    Example
    -------
    >>> VelocityScale(1.5, offset=-10).table[[10, 80, 127]].tolist()
    [5, 110, 127]
    """

    def __init__(self, factor: float = 1.0, offset: float = 0.0) -> None:
        if not (np.isfinite(factor) and np.isfinite(offset)) or factor < 0:
            raise ValueError(f"need a finite factor >= 0 and a finite offset, got {factor}, {offset}")
        self.factor = float(factor)
        self.offset = float(offset)
        super().__init__(np.arange(128) * self.factor + self.offset)


class VelocityCurve(VelocityMap):
    """Reshape the velocity response.

    Parameters
    ----------
    curve : {'linear', 'exponential', 'log', 's-curve'} or callable or sequence
        With ``x = velocity / 127``: ``'exponential'`` gives ``x ** amount``
        (softer); ``'log'`` gives ``log(1 + k x) / log(1 + k)`` with
        ``k = 2 ** amount - 1`` (louder); ``'s-curve'`` gives
        ``x ** a / (x ** a + (1 - x) ** a)`` with ``a = amount`` (more
        contrast around the middle).  A callable maps ``x`` in [0, 1] to
        [0, 1]; a sequence is a custom 128-entry table of velocities.
    amount : float
        Strength (> 0); 1 leaves the linear response for every named curve.

    Example
    -------
    >>> VelocityCurve("log", amount=3).table[[1, 64, 127]].tolist()
    [3, 92, 127]
    >>> VelocityCurve("s-curve", amount=2).table[[32, 64, 96]].tolist()
    [13, 64, 115]
    >>> VelocityCurve(lambda x: 1 - x).table[[1, 127]].tolist()
    [126, 1]
    """

    def __init__(self, curve: CurveKind | Callable[[float], float] | Sequence[float] = "exponential",
                 amount: float = 2.0) -> None:
        if not (np.isfinite(amount) and amount > 0):
            raise ValueError(f"amount must be > 0, got {amount}")
        self.curve = curve
        self.amount = float(amount)
        x = np.arange(128) / 127.0
        if isinstance(curve, str):
            if curve == "linear":
                y = x
            elif curve == "exponential":
                y = x ** amount
            elif curve == "log":
                k = 2.0 ** amount - 1.0
                y = np.log1p(k * x) / np.log1p(k)
            elif curve == "s-curve":
                with np.errstate(divide="ignore", invalid="ignore"):
                    y = x ** amount / (x ** amount + (1 - x) ** amount)
            else:
                raise ValueError(f"unknown curve {curve!r}: 'linear', 'exponential', 'log' or 's-curve'")
            super().__init__(y * 127)
        elif callable(curve):
            y = np.array([float(curve(float(v))) for v in x])
            super().__init__(y * 127)
        else:
            super().__init__(curve)


class VelocityCompress(VelocityMap):
    """Compress velocities above a threshold by a ratio, then add make-up gain.

    ``v > threshold`` becomes ``threshold + (v - threshold) / ratio``; then
    ``makeup`` is added to every velocity (result kept in 1..127).

    Example
    -------
    >>> VelocityCompress(threshold=100, ratio=4, makeup=10).table[[50, 120]].tolist()
    [60, 115]
    """

    def __init__(self, threshold: int = 64, ratio: float = 2.0, makeup: float = 0.0) -> None:
        if not 0 <= threshold <= 127:
            raise ValueError(f"threshold must be 0..127, got {threshold}")
        if not (np.isfinite(ratio) and ratio >= 1):
            raise ValueError(f"ratio must be >= 1, got {ratio}")
        if not np.isfinite(makeup):
            raise ValueError(f"makeup must be finite, got {makeup}")
        self.threshold = int(threshold)
        self.ratio = float(ratio)
        self.makeup = float(makeup)
        v = np.arange(128, dtype=np.float64)
        y = np.where(v > threshold, threshold + (v - threshold) / ratio, v) + makeup
        super().__init__(y)
