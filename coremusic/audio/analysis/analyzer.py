"""``AudioAnalyzer``: the high-level analysis entry point for a file or an array.

It reads the audio once (a path through the portable ``AudioFile``, or a numpy array
with its sample rate) and answers the usual questions -- beats, pitch, key, MFCCs,
spectrum, loudness, fingerprint -- with the dataclasses of
:mod:`coremusic.audio.analysis`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from ._input import _as_channels, _is_path, _read_path
from .features import mfcc
from .fingerprint import Fingerprint, fingerprint
from .key import KeyInfo, detect_key
from .loudness import LoudnessInfo, integrated_loudness, loudness_range, measure_loudness
from .pitch import PitchInfo, track_pitch
from .rhythm import BeatInfo, beat_track, onset_detect

__all__ = ["AudioAnalyzer", "AudioInfo", "load_audio"]

PathOrArray = str | bytes | os.PathLike[Any] | npt.ArrayLike


def load_audio(
    path: str | os.PathLike[str],
    *,
    sr: int | None = None,
    mono: bool = False,
    offset: float = 0.0,
    duration: float | None = None,
) -> tuple[npt.NDArray[np.float32], int]:
    """Read a file (or part of it) for analysis.

    Parameters
    ----------
    path : str or os.PathLike
    sr : int, optional
        Resample to this rate; ``None`` keeps the file's rate.
    mono : bool
        Average the channels.
    offset, duration : float
        Seconds to skip, and seconds to read (``None``: to the end). Only that part
        is decoded.

    Returns
    -------
    y : np.ndarray [shape=(n,) if mono else (channels, n), dtype=float32]
    sr : int

    Example
    -------
    >>> import numpy as np, tempfile, os
    >>> from coremusic.audio.file import AudioFile
    >>> p = os.path.join(tempfile.mkdtemp(), 'a.wav')
    >>> with AudioFile(p, mode='w', samplerate=8000, channels=2) as f:
    ...     f.write(np.zeros((8000, 2)))
    >>> y, sr = load_audio(p, offset=0.25, duration=0.5)
    >>> y.shape, sr
    ((2, 4000), 8000)
    """
    x, rate = _read_path(path, sr, offset=offset, duration=duration)
    if mono:
        return np.ascontiguousarray(x.mean(axis=0, dtype=np.float32)), rate
    return x, rate


@dataclass(frozen=True)
class AudioInfo:
    """Facts about an audio file.

    Attributes
    ----------
    path : str
    sample_rate : int
    channels : int
    frames : int
    duration : float
        Seconds.
    format : str
        Container (``'WAV'``, ``'FLAC'`` ...).
    subtype : str
        Sample encoding (``'PCM_16'``, ``'FLOAT'`` ...).

    Example
    -------
    >>> AudioInfo('a.wav', 44100, 2, 44100, 1.0, 'WAV', 'PCM_16').duration
    1.0
    """

    path: str
    sample_rate: int
    channels: int
    frames: int
    duration: float
    format: str
    subtype: str


def _db(x: float) -> float:
    return float(20.0 * np.log10(x)) if x > 0 else float("-inf")


class AudioAnalyzer:
    """Analyse one signal: a file path, or a numpy array with its sample rate.

    Parameters
    ----------
    source : path or np.ndarray
        A file (read with :class:`~coremusic.audio.file.AudioFile`), or samples of shape
        ``(n,)``, ``(channels, n)`` or ``(n, channels)`` (float or integer PCM).
    sample_rate : int, optional
        Required with an array; with a path, resample to this rate (``None``: the
        file's rate).
    offset, duration : float
        With a path: seconds to skip and to read (``None``: to the end).

    Attributes
    ----------
    sample_rate : int
    channels : int
    path : str or None

    Raises
    ------
    TypeError
        An array without a sample rate, or an unsupported input type.
    ValueError
        Empty, NaN or infinite audio, or a bad offset/duration.
    FileNotFoundError
        The file does not exist.

    Example
    -------
    >>> import numpy as np
    >>> sr = 22050
    >>> y = 0.5 * np.sin(2 * np.pi * 440 * np.arange(sr) / sr)
    >>> a = AudioAnalyzer(y, sr)
    >>> a.duration, round(a.analyze_spectrum(0.2)['peaks'][0][0])
    (1.0, 440)
    """

    def __init__(
        self,
        source: PathOrArray,
        sample_rate: int | None = None,
        *,
        offset: float = 0.0,
        duration: float | None = None,
    ) -> None:
        if _is_path(source):
            self.path: str | None = os.fsdecode(source)  # type: ignore[arg-type]
            data, sr = _read_path(source, sample_rate, offset=offset, duration=duration)  # type: ignore[arg-type]
        else:
            if offset != 0.0 or duration is not None:
                raise ValueError("offset and duration apply to files; slice the array instead")
            self.path = None
            data, sr = _as_channels(source, sample_rate, dtype=np.float32)
        self._data: npt.NDArray[np.float32] = np.ascontiguousarray(data, dtype=np.float32)
        self.sample_rate: int = sr
        self._mono: npt.NDArray[np.float32] = (
            self._data[0] if self._data.shape[0] == 1 else self._data.mean(axis=0, dtype=np.float32)
        )
        self._beats: BeatInfo | None = None

    # ---------------------------------------------------------------- basics
    @property
    def channels(self) -> int:
        """Number of channels."""
        return int(self._data.shape[0])

    @property
    def n_samples(self) -> int:
        """Frames (samples per channel)."""
        return int(self._data.shape[1])

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.n_samples / self.sample_rate

    @property
    def data(self) -> npt.NDArray[np.float32]:
        """All channels, shape ``(channels, n)`` (read-only view)."""
        v = self._data.view()
        v.flags.writeable = False
        return v

    @property
    def samples(self) -> npt.NDArray[np.float32]:
        """The mono mix, shape ``(n,)`` (read-only view)."""
        v = self._mono.view()
        v.flags.writeable = False
        return v

    def __repr__(self) -> str:
        src = repr(self.path) if self.path is not None else "<array>"
        return (
            f"AudioAnalyzer({src}, sample_rate={self.sample_rate}, channels={self.channels}, "
            f"duration={self.duration:.3f} s)"
        )

    # ---------------------------------------------------------------- rhythm
    def detect_beats(self) -> BeatInfo:
        """Tempo, beat and downbeat times (:func:`~coremusic.audio.analysis.beat_track`).

        The result is computed once and cached.

        Example
        -------
        >>> import numpy as np
        >>> sr = 22050
        >>> y = np.zeros(12 * sr)
        >>> for k in range(24):
        ...     y[k * sr // 2: k * sr // 2 + 200] = np.hanning(200)
        >>> round(AudioAnalyzer(y, sr).detect_beats().tempo)
        120
        """
        if self._beats is None:
            self._beats = beat_track(self._mono, self.sample_rate)
        return self._beats

    def detect_onsets(self, *, backtrack: bool = True) -> npt.NDArray[np.float64]:
        """Onset times in seconds (:func:`~coremusic.audio.analysis.onset_detect`).

        Example
        -------
        >>> import numpy as np
        >>> sr = 22050
        >>> y = np.zeros(2 * sr); y[sr // 2: sr // 2 + 100] = 1.0
        >>> AudioAnalyzer(y, sr).detect_onsets().round(2).tolist()
        [0.49]
        """
        return np.asarray(
            onset_detect(self._mono, self.sample_rate, units="time", backtrack=backtrack),
            dtype=np.float64,
        )

    # ---------------------------------------------------------------- pitch
    def _range(self, time_range: tuple[float, float] | None) -> tuple[int, int]:
        if time_range is None:
            return 0, self.n_samples
        try:
            t0, t1 = (float(v) for v in time_range)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"time_range must be (start, end) in seconds, got {time_range!r}") from exc
        if not (0.0 <= t0 < t1):
            raise ValueError(f"time_range must satisfy 0 <= start < end, got {time_range!r}")
        if t0 >= self.duration:
            raise ValueError(f"time_range starts at {t0} s, after the end ({self.duration:.3f} s)")
        return round(t0 * self.sample_rate), min(self.n_samples, round(t1 * self.sample_rate))

    def detect_pitch(
        self,
        time_range: tuple[float, float] | None = None,
        *,
        fmin: float = 65.0,
        fmax: float = 2093.0,
        method: Literal["pyin", "yin"] = "pyin",
    ) -> list[PitchInfo]:
        """Pitch of every voiced frame (:func:`~coremusic.audio.analysis.track_pitch`).

        Parameters
        ----------
        time_range : (start, end), optional
            Seconds; ``PitchInfo.time`` stays relative to the start of the whole signal.
        fmin, fmax : float
        method : 'pyin' or 'yin'

        Example
        -------
        >>> import numpy as np
        >>> sr = 22050
        >>> y = np.sin(2 * np.pi * 220.0 * np.arange(sr) / sr)
        >>> p = AudioAnalyzer(y, sr).detect_pitch((0.25, 0.75))
        >>> {x.midi_note for x in p}, round(p[0].time, 2)
        ({57}, 0.25)
        """
        a, b = self._range(time_range)
        start = a / self.sample_rate
        found = track_pitch(self._mono[a:b], self.sample_rate, fmin=fmin, fmax=fmax, method=method)
        return [
            PitchInfo(p.frequency, p.midi_note, p.cents_offset, p.confidence, p.time + start)
            for p in found
        ]

    # ---------------------------------------------------------------- tonal / timbre
    def detect_key(self, *, profile: Literal["krumhansl", "temperley"] = "krumhansl") -> KeyInfo:
        """Key of the signal (:func:`~coremusic.audio.analysis.detect_key`).

        Example
        -------
        >>> import numpy as np
        >>> sr = 22050
        >>> t = np.arange(2 * sr) / sr
        >>> y = sum(np.sin(2 * np.pi * f * t) for f in (261.63, 329.63, 392.0))
        >>> tuple(AudioAnalyzer(y, sr).detect_key())
        ('C', 'major')
        """
        return detect_key(self._mono, self.sample_rate, profile=profile)

    def extract_mfcc(self, n_mfcc: int = 13, **kwargs: Any) -> npt.NDArray[np.float32]:
        """MFCCs, shape ``(n_mfcc, frames)`` (keywords go to :func:`~coremusic.audio.analysis.mfcc`).

        Example
        -------
        >>> import numpy as np
        >>> AudioAnalyzer(np.random.default_rng(0).standard_normal(22050), 22050).extract_mfcc().shape
        (13, 44)
        """
        return np.asarray(mfcc(self._mono, self.sample_rate, n_mfcc=n_mfcc, **kwargs))

    def analyze_spectrum(
        self, time: float = 0.0, window_size: float = 0.1, *, n_peaks: int = 10
    ) -> dict[str, Any]:
        """Magnitude spectrum of a Hann-windowed segment starting at ``time``.

        Parameters
        ----------
        time : float
            Segment start in seconds.
        window_size : float
            Segment length in seconds (shortened at the end of the signal).
        n_peaks : int
            Strongest spectral peaks to report.

        Returns
        -------
        dict
            ``frequencies`` (Hz) and ``magnitudes`` (amplitude: a sinusoid of amplitude
            ``a`` reads ``a`` at its peak), ``peaks`` -- up to ``n_peaks`` ``(frequency,
            magnitude)`` pairs, strongest first, refined by parabolic interpolation --,
            ``centroid`` (Hz) and ``rolloff`` (Hz below which 85 % of the energy lies).

        Example
        -------
        >>> import numpy as np
        >>> sr = 8000
        >>> y = 0.5 * np.sin(2 * np.pi * 1000 * np.arange(sr) / sr)
        >>> s = AudioAnalyzer(y, sr).analyze_spectrum(0.5, 0.1)
        >>> f, m = s['peaks'][0]
        >>> round(f), round(m, 2), round(s['centroid'])
        (1000, 0.5, 1000)
        """
        for name, v in (("time", time), ("window_size", window_size)):
            if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)):
                raise TypeError(f"{name} must be a number of seconds, got {type(v).__name__}")
        if not np.isfinite(time) or not 0 <= time < self.duration:
            raise ValueError(f"time must be in [0, {self.duration:.3f}) s, got {time!r}")
        if not np.isfinite(window_size) or window_size <= 0:
            raise ValueError(f"window_size must be a positive number of seconds, got {window_size!r}")
        a = round(time * self.sample_rate)
        seg = self._mono[a : a + max(2, round(window_size * self.sample_rate))].astype(np.float64)
        if seg.size < 2:
            raise ValueError(f"less than two samples at {time} s")
        w = np.hanning(seg.size + 2)[1:-1]
        n_fft = 1 << max(1, int(np.ceil(np.log2(seg.size))))
        mags = np.abs(np.fft.rfft(seg * w, n=n_fft)) * (2.0 / w.sum())
        freqs = np.fft.rfftfreq(n_fft, 1.0 / self.sample_rate)
        power = mags**2
        total = float(power.sum())
        centroid = float((freqs * mags).sum() / mags.sum()) if mags.sum() > 0 else 0.0
        rolloff = float(freqs[min(int(np.searchsorted(np.cumsum(power), 0.85 * total)), freqs.size - 1)]) if total > 0 else 0.0
        peaks: list[tuple[float, float]] = []
        if mags.size >= 3 and mags.max() > 0:
            inner = np.flatnonzero(
                (mags[1:-1] > mags[:-2]) & (mags[1:-1] >= mags[2:]) & (mags[1:-1] > mags.max() * 1e-3)
            ) + 1
            for k in inner[np.argsort(mags[inner])[::-1][:n_peaks]]:
                la, lb, lc = (np.log(max(v, 1e-30)) for v in mags[k - 1 : k + 2])
                denom = la - 2 * lb + lc
                shift = 0.5 * (la - lc) / denom if denom != 0 else 0.0
                peaks.append(
                    (
                        float((k + shift) * self.sample_rate / n_fft),
                        float(np.exp(lb - 0.25 * (la - lc) * shift)),
                    )
                )
        return {
            "frequencies": freqs,
            "magnitudes": mags,
            "peaks": peaks,
            "centroid": centroid,
            "rolloff": rolloff,
        }

    def get_audio_fingerprint(self) -> Fingerprint:
        """Constellation fingerprint (:func:`~coremusic.audio.analysis.fingerprint`).

        Example
        -------
        >>> import numpy as np
        >>> y = np.random.default_rng(1).standard_normal(3 * 22050)
        >>> AudioAnalyzer(y, 22050).get_audio_fingerprint().n_peaks > 0
        True
        """
        return fingerprint(self._mono, self.sample_rate)

    # ---------------------------------------------------------------- loudness
    def loudness(self) -> LoudnessInfo:
        """EBU R128 summary over all channels (:func:`~coremusic.audio.analysis.measure_loudness`).

        Example
        -------
        >>> import numpy as np
        >>> sr = 48000
        >>> y = 0.1 * np.sin(2 * np.pi * 1000 * np.arange(3 * sr) / sr)
        >>> round(AudioAnalyzer(y, sr).loudness().integrated, 1)
        -23.0
        """
        return measure_loudness(self._data, self.sample_rate)

    def measure_loudness(self) -> LoudnessInfo:
        """Same as :meth:`loudness`.

        Example
        -------
        >>> import numpy as np
        >>> a = AudioAnalyzer(0.1 * np.ones(48000), 48000)
        >>> a.measure_loudness() == a.loudness()
        True
        """
        return self.loudness()

    def calculate_loudness(self) -> float:
        """Integrated loudness in LUFS.

        Example
        -------
        >>> import numpy as np
        >>> sr = 48000
        >>> y = 0.1 * np.sin(2 * np.pi * 1000 * np.arange(3 * sr) / sr)
        >>> round(AudioAnalyzer(y, sr).calculate_loudness(), 1)
        -23.0
        """
        return float(integrated_loudness(self._data, self.sample_rate))

    def loudness_range(self) -> float:
        """Loudness range (LRA) in LU.

        Example
        -------
        >>> import numpy as np
        >>> sr = 48000
        >>> y = 0.1 * np.sin(2 * np.pi * 1000 * np.arange(6 * sr) / sr)
        >>> round(AudioAnalyzer(y, sr).loudness_range(), 1)
        0.0
        """
        return float(loudness_range(self._data, self.sample_rate))

    # ---------------------------------------------------------------- static helpers
    @staticmethod
    def detect_silence(
        file: PathOrArray,
        threshold_db: float = -40.0,
        min_duration: float = 0.5,
        *,
        sample_rate: int | None = None,
    ) -> list[tuple[float, float]]:
        """Silent regions: where the 10 ms RMS stays below ``threshold_db`` dBFS.

        Parameters
        ----------
        file : path or np.ndarray
        threshold_db : float
            Level in dBFS (RMS over all channels).
        min_duration : float
            Shortest region reported, in seconds.
        sample_rate : int, optional
            Required with an array.

        Returns
        -------
        list of (start, end)
            Seconds, resolved to 10 ms.

        Example
        -------
        >>> import numpy as np
        >>> sr = 8000
        >>> y = np.concatenate([np.ones(sr), np.zeros(sr), np.ones(sr)]) * 0.5
        >>> AudioAnalyzer.detect_silence(y, -40, 0.5, sample_rate=sr)
        [(1.0, 2.0)]
        """
        if not np.isfinite(threshold_db):
            raise ValueError(f"threshold_db must be finite, got {threshold_db!r}")
        if not np.isfinite(min_duration) or min_duration < 0:
            raise ValueError(f"min_duration must be >= 0 seconds, got {min_duration!r}")
        x, sr = _as_channels(file, sample_rate)
        hop = max(1, round(0.01 * sr))
        n_frames = -(-x.shape[1] // hop)
        padded = np.zeros((x.shape[0], n_frames * hop))
        padded[:, : x.shape[1]] = x
        ms = (padded**2).reshape(x.shape[0], n_frames, hop).mean(axis=(0, 2))
        # the last frame may be partial: average over its real samples only
        last = x.shape[1] - (n_frames - 1) * hop
        ms[-1] *= hop / last
        quiet = ms < 10.0 ** (threshold_db / 10.0)
        edges = np.flatnonzero(np.diff(np.concatenate(([0], quiet.astype(np.int8), [0]))))
        regions = []
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            t0, t1 = a * hop / sr, min(b * hop, x.shape[1]) / sr
            if t1 - t0 >= min_duration:
                regions.append((round(float(t0), 6), round(float(t1), 6)))
        return regions

    @staticmethod
    def get_peak_amplitude(file: PathOrArray, *, sample_rate: int | None = None) -> float:
        """Largest absolute sample (linear, 1.0 = full scale).

        Example
        -------
        >>> import numpy as np
        >>> AudioAnalyzer.get_peak_amplitude(np.array([0.1, -0.5, 0.25]), sample_rate=8000)
        0.5
        """
        x, _ = _as_channels(file, sample_rate)
        return float(np.max(np.abs(x)))

    @staticmethod
    def calculate_rms(file: PathOrArray, *, sample_rate: int | None = None) -> float:
        """Root-mean-square level over all samples and channels (linear).

        Example
        -------
        >>> import numpy as np
        >>> round(AudioAnalyzer.calculate_rms(np.sin(np.arange(8000) * 0.1), sample_rate=8000), 3)
        0.707
        """
        x, _ = _as_channels(file, sample_rate)
        return float(np.sqrt(np.mean(x**2)))

    @staticmethod
    def get_file_info(path: str | os.PathLike[str]) -> AudioInfo:
        """Sample rate, channels, length and encoding of a file (nothing is decoded).

        Example
        -------
        >>> import numpy as np, tempfile, os
        >>> from coremusic.audio.file import AudioFile
        >>> p = os.path.join(tempfile.mkdtemp(), 'i.wav')
        >>> with AudioFile(p, mode='w', samplerate=8000, channels=1, subtype='PCM_16') as f:
        ...     f.write(np.zeros(4000))
        >>> i = AudioAnalyzer.get_file_info(p)
        >>> i.sample_rate, i.channels, i.duration, i.subtype
        (8000, 1, 0.5, 'PCM_16')
        """
        from coremusic.audio.file import AudioFile

        if not _is_path(path):
            raise TypeError(f"get_file_info needs a file path, got {type(path).__name__}")
        with AudioFile(path) as f:
            sr = round(f.sample_rate)
            return AudioInfo(
                path=os.fsdecode(path),
                sample_rate=sr,
                channels=f.channels,
                frames=f.frames,
                duration=f.frames / sr,
                format=f.file_format,
                subtype=f.subtype,
            )
