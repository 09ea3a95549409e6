"""One-line helpers for the most common questions about an audio file.

Each function reads the file with the portable ``AudioFile`` and returns a plain
value. Heavy modules (numpy, the analysis package) are imported inside the functions,
so importing this module costs nothing.

Sections: analysis (below); playback helpers live in their own section.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coremusic.audio.analysis.analyzer import AudioInfo

__all__ = [
    "analyze_key",
    "analyze_loudness",
    "analyze_tempo",
    "get_duration",
    "get_info",
]

PathLike = str | os.PathLike[str]


# --------------------------------------------------------------------------- analysis
def analyze_tempo(path: PathLike) -> float:
    """Tempo of a file in BPM (0.0 when it has no beats).

    Example
    -------
    >>> import numpy as np, tempfile, os
    >>> from coremusic.audio.file import AudioFile
    >>> sr = 22050
    >>> y = np.zeros(12 * sr, np.float32)
    >>> for k in range(24):
    ...     y[k * sr // 2: k * sr // 2 + 200] = np.hanning(200)
    >>> p = os.path.join(tempfile.mkdtemp(), 'clicks.wav')
    >>> with AudioFile(p, mode='w', samplerate=sr, channels=1) as f:
    ...     f.write(y)
    >>> round(analyze_tempo(p))
    120
    """
    from coremusic.audio.analysis.analyzer import AudioAnalyzer

    return float(AudioAnalyzer(path).detect_beats().tempo)


def analyze_key(path: PathLike) -> tuple[str, str]:
    """Key of a file as ``(tonic, mode)``, e.g. ``('D', 'minor')``.

    Example
    -------
    >>> import numpy as np, tempfile, os
    >>> from coremusic.audio.file import AudioFile
    >>> sr = 22050
    >>> t = np.arange(2 * sr) / sr
    >>> y = sum(np.sin(2 * np.pi * f * t) for f in (293.66, 349.23, 440.0)) / 3
    >>> p = os.path.join(tempfile.mkdtemp(), 'dm.wav')
    >>> with AudioFile(p, mode='w', samplerate=sr, channels=1) as f:
    ...     f.write(y)
    >>> analyze_key(p)
    ('D', 'minor')
    """
    from coremusic.audio.analysis.analyzer import AudioAnalyzer

    info = AudioAnalyzer(path).detect_key()
    return (info.tonic, str(info.mode))


def analyze_loudness(path: PathLike) -> float:
    """Integrated loudness of a file in LUFS (EBU R128).

    Example
    -------
    >>> import numpy as np, tempfile, os
    >>> from coremusic.audio.file import AudioFile
    >>> sr = 48000
    >>> y = 0.1 * np.sin(2 * np.pi * 1000 * np.arange(3 * sr) / sr)
    >>> p = os.path.join(tempfile.mkdtemp(), 'tone.wav')
    >>> with AudioFile(p, mode='w', samplerate=sr, channels=1, subtype='FLOAT') as f:
    ...     f.write(y)
    >>> round(analyze_loudness(p), 1)
    -23.0
    """
    from coremusic.audio.analysis.analyzer import AudioAnalyzer

    return AudioAnalyzer(path).calculate_loudness()


def get_duration(path: PathLike) -> float:
    """Length of a file in seconds (read from the header; nothing is decoded).

    Example
    -------
    >>> import numpy as np, tempfile, os
    >>> from coremusic.audio.file import AudioFile
    >>> p = os.path.join(tempfile.mkdtemp(), 'd.wav')
    >>> with AudioFile(p, mode='w', samplerate=8000, channels=2) as f:
    ...     f.write(np.zeros((12000, 2)))
    >>> get_duration(p)
    1.5
    """
    return get_info(path).duration


def get_info(path: PathLike) -> AudioInfo:
    """Sample rate, channels, frames, duration, format and subtype of a file.

    Example
    -------
    >>> import numpy as np, tempfile, os
    >>> from coremusic.audio.file import AudioFile
    >>> p = os.path.join(tempfile.mkdtemp(), 'i.flac')
    >>> with AudioFile(p, mode='w', samplerate=44100, channels=1) as f:
    ...     f.write(np.zeros(4410))
    >>> i = get_info(p)
    >>> i.format, i.sample_rate, i.frames
    ('FLAC', 44100, 4410)
    """
    from coremusic.audio.analysis.analyzer import AudioAnalyzer

    return AudioAnalyzer.get_file_info(path)
