"""Portable audio analysis (numpy; scipy imported only where needed).

Every entry point takes a numpy array of samples with its sample rate, or a
path to an audio file (read through :class:`coremusic.AudioFile`; ``sr`` then
means "analyse at this rate", ``None`` keeping the file's own rate).
:class:`AudioAnalyzer` is the high-level entry.
"""

from ._stft import (
    amplitude_to_db,
    db_to_amplitude,
    db_to_power,
    fft_frequencies,
    frames_to_time,
    get_window,
    istft,
    magphase,
    power_to_db,
    stft,
    time_to_frames,
)
from .analyzer import AudioAnalyzer, AudioInfo, load_audio
from .chroma import chroma_cqt, chroma_filterbank, chroma_stft, cqt
from .features import (
    hz_to_mel,
    mel_filterbank,
    mel_frequencies,
    mel_to_hz,
    melspectrogram,
    mfcc,
    rms,
    spectral_bandwidth,
    spectral_centroid,
    spectral_contrast,
    spectral_flatness,
    spectral_rolloff,
    zero_crossing_rate,
)
from .fingerprint import Fingerprint, MatchResult, fingerprint, match
from .key import KEY_PROFILES, PITCH_CLASSES, KeyInfo, detect_key
from .loudness import (
    LoudnessInfo,
    integrated_loudness,
    k_weighting,
    loudness_range,
    measure_loudness,
    momentary_loudness,
    normalize_loudness,
    short_term_loudness,
    true_peak,
)
from .pitch import LivePitchDetector, PitchInfo, pyin, track_pitch, yin
from .rhythm import (
    BeatInfo,
    TempoInfo,
    beat_track,
    estimate_tempo,
    onset_detect,
    onset_strength,
    peak_pick,
)

__all__ = [
    "KEY_PROFILES",
    "PITCH_CLASSES",
    "AudioAnalyzer",
    "AudioInfo",
    "BeatInfo",
    "Fingerprint",
    "KeyInfo",
    "LivePitchDetector",
    "LoudnessInfo",
    "MatchResult",
    "PitchInfo",
    "TempoInfo",
    "amplitude_to_db",
    "beat_track",
    "chroma_cqt",
    "chroma_filterbank",
    "chroma_stft",
    "cqt",
    "db_to_amplitude",
    "db_to_power",
    "detect_key",
    "estimate_tempo",
    "fft_frequencies",
    "fingerprint",
    "frames_to_time",
    "get_window",
    "hz_to_mel",
    "integrated_loudness",
    "istft",
    "k_weighting",
    "load_audio",
    "loudness_range",
    "magphase",
    "match",
    "measure_loudness",
    "mel_filterbank",
    "mel_frequencies",
    "mel_to_hz",
    "melspectrogram",
    "mfcc",
    "momentary_loudness",
    "normalize_loudness",
    "onset_detect",
    "onset_strength",
    "peak_pick",
    "power_to_db",
    "pyin",
    "rms",
    "short_term_loudness",
    "spectral_bandwidth",
    "spectral_centroid",
    "spectral_contrast",
    "spectral_flatness",
    "spectral_rolloff",
    "stft",
    "time_to_frames",
    "track_pitch",
    "true_peak",
    "yin",
    "zero_crossing_rate",
]
