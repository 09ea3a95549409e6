"""Musical key from chroma by correlation with major/minor key profiles."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

from ._input import _as_mono
from .chroma import chroma_cqt

__all__ = ["KEY_PROFILES", "PITCH_CLASSES", "KeyInfo", "detect_key"]

PITCH_CLASSES: tuple[str, ...] = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")

#: Major and minor profiles (tonic first): Krumhansl & Kessler's probe-tone ratings
#: and Temperley's (2001) corpus-based weights.
KEY_PROFILES: dict[str, tuple[tuple[float, ...], tuple[float, ...]]] = {
    "krumhansl": (
        (6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88),
        (6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17),
    ),
    "temperley": (
        (5.0, 2.0, 3.5, 2.0, 4.5, 4.0, 2.0, 4.5, 2.0, 3.5, 1.5, 4.0),
        (5.0, 2.0, 3.5, 4.5, 2.0, 4.0, 2.0, 4.5, 3.5, 2.0, 1.5, 4.0),
    ),
}


@dataclass(frozen=True)
class KeyInfo:
    """Estimated key.

    Attributes
    ----------
    tonic : str
        Pitch class of the tonic (``'C'``, ``'C#'`` ... ``'B'``).
    mode : {'major', 'minor'}
    confidence : float
        Pearson correlation of the chroma profile with the winning key profile
        (clipped to [0, 1]).
    scores : dict
        ``{(tonic, mode): correlation}`` for all 24 keys.
    profile : str
        Profile family used.

    Example
    -------
    >>> info = KeyInfo("D", "minor", 0.8, {("D", "minor"): 0.8}, "krumhansl")
    >>> info.key, tuple(info)
    ('D minor', ('D', 'minor'))
    """

    tonic: str
    mode: Literal["major", "minor"]
    confidence: float
    scores: dict[tuple[str, str], float] = field(default_factory=dict, repr=False, compare=False)
    profile: str = "krumhansl"

    @property
    def key(self) -> str:
        """``'D minor'``-style name."""
        return f"{self.tonic} {self.mode}"

    def as_tuple(self) -> tuple[str, str]:
        """``(tonic, mode)``, e.g. ``('D', 'minor')``."""
        return (self.tonic, self.mode)

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_tuple())

    def ranked(self) -> list[tuple[tuple[str, str], float]]:
        """All keys with their correlations, best first.

        Example
        -------
        >>> KeyInfo("C", "major", 0.9, {("C", "major"): 0.9, ("A", "minor"): 0.7}).ranked()[1]
        (('A', 'minor'), 0.7)
        """
        return sorted(self.scores.items(), key=lambda kv: kv[1], reverse=True)


def _profile_scores(
    chroma_mean: npt.NDArray[np.float64], profile: str
) -> dict[tuple[str, str], float]:
    if profile not in KEY_PROFILES:
        raise ValueError(f"unknown key profile {profile!r}; choose from {sorted(KEY_PROFILES)}")
    c = chroma_mean - chroma_mean.mean()
    c_norm = float(np.linalg.norm(c))
    scores: dict[tuple[str, str], float] = {}
    for mode, prof in zip(("major", "minor"), KEY_PROFILES[profile], strict=True):
        p = np.asarray(prof)
        # row k: the profile rotated so that its tonic sits on pitch class k
        rot = np.stack([np.roll(p, k) for k in range(12)])
        rot -= rot.mean(axis=1, keepdims=True)
        r = rot @ c / (np.linalg.norm(rot, axis=1) * c_norm) if c_norm > 0 else np.zeros(12)
        for k in range(12):
            scores[(PITCH_CLASSES[k], mode)] = float(r[k])
    return scores


def detect_key(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    chroma: npt.ArrayLike | None = None,
    profile: Literal["krumhansl", "temperley"] = "krumhansl",
    hop_length: int = 512,
) -> KeyInfo:
    """Estimate the key by correlating the mean chroma with 24 rotated key profiles.

    Parameters
    ----------
    y : np.ndarray [shape=(n,)], optional
        Signal; its CQT chroma is used.
    sr : int
    chroma : np.ndarray [shape=(12, t) or (12,)], optional
        Precomputed chroma (row 0 = C) instead of ``y``.
    profile : 'krumhansl' or 'temperley'
    hop_length : int

    Returns
    -------
    KeyInfo
        ``tuple(info)`` is ``(tonic, mode)``, e.g. ``('D', 'minor')``.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import detect_key
    >>> c_major = np.array([1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1], dtype=float)
    >>> c_major[[0, 4, 7]] += 1.0            # emphasise the tonic triad
    >>> detect_key(chroma=c_major).as_tuple()
    ('C', 'major')
    """
    if chroma is None:
        if y is None:
            raise ValueError("give either the signal y or a chroma array")
        sig, sr_v = _as_mono(y, sr)
        chroma_arr = chroma_cqt(sig, sr_v, hop_length=hop_length)
    else:
        chroma_arr = np.asarray(chroma, dtype=np.float64)
    if chroma_arr.shape[0] != 12 or chroma_arr.ndim not in (1, 2):
        raise ValueError(f"chroma must have shape (12,) or (12, t), got {chroma_arr.shape}")
    if not np.all(np.isfinite(chroma_arr)):
        raise ValueError("chroma contains NaN or infinite values")
    mean: npt.NDArray[np.float64] = np.asarray(
        chroma_arr if chroma_arr.ndim == 1 else chroma_arr.mean(axis=1), dtype=np.float64
    )
    scores = _profile_scores(mean, profile)
    (tonic, mode), r = max(scores.items(), key=lambda kv: kv[1])
    mode_lit: Literal["major", "minor"] = "major" if mode == "major" else "minor"
    return KeyInfo(tonic, mode_lit, float(np.clip(r, 0.0, 1.0)), scores, profile)
