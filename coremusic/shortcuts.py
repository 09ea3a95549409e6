"""One-line helpers for the most common questions about an audio file.

Each function reads the file with the portable ``AudioFile`` and returns a plain
value. Heavy modules (numpy, the analysis package) are imported inside the functions,
so importing this module costs nothing.

Sections: analysis, then playback and tools (``play``, ``play_background``,
``convert``, ``render_midi``, ``list_plugins``, ``list_devices``).  Playback runs
on the portable streams (JACK on Linux, the AUHAL output unit on macOS);
``convert`` uses ExtAudioFile and AudioConverter where AudioToolbox exists and
libsndfile elsewhere; ``render_midi`` and ``list_plugins`` need macOS and raise
:class:`~coremusic.exceptions.PlatformNotSupportedError` naming the alternative
elsewhere.  The macOS paths are statically verified only.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coremusic.audio.analysis.analyzer import AudioInfo
    from coremusic.audio.devices import AudioDevice
    from coremusic.audio.playback import PlaybackHandle
    from coremusic.audio.streams import DeviceSpec

__all__ = [
    "analyze_key",
    "analyze_loudness",
    "analyze_tempo",
    "convert",
    "get_duration",
    "get_info",
    "list_devices",
    "list_plugins",
    "play",
    "play_background",
    "render_midi",
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


# --------------------------------------------------------------------------- playback and tools
def play(path: PathLike, *, loop: bool = False, volume: float = 1.0, block: bool = True,
         device: DeviceSpec = None, server: str | None = None,
         backend: str | None = None) -> PlaybackHandle | None:
    """Play an audio file on the default output device.

    The file is decoded with ``AudioFile``, resampled to the device's rate if
    needed and played on an ``AudioOutputStream`` (JACK on Linux, AUHAL on
    macOS).  Mono files play on two channels.

    Parameters
    ----------
    loop : bool
        Repeat until stopped (needs ``block=False``).
    volume : float
        Gain applied to the samples (1.0: unchanged).
    block : bool
        Wait until the file has played and return None; otherwise return the
        running :class:`~coremusic.audio.playback.PlaybackHandle`.
    device, server, backend
        Passed to the output stream (a device name or uid, a list of port
        names on JACK ...).

    Example
    -------
    >>> play("song.wav")                                     # doctest: +SKIP
    >>> h = play("loop.wav", loop=True, block=False)         # doctest: +SKIP
    >>> h.stop()                                             # doctest: +SKIP
    """
    from coremusic.audio.playback import PlaybackHandle

    if loop and block:
        raise ValueError("play(loop=True, block=True) would never return; use "
                         "play_background(path, loop=True) and stop() the handle")
    handle = PlaybackHandle.from_file(path, loop=loop, volume=volume, device=device,
                                      server=server, backend=backend)
    try:
        handle.start()
        if not block:
            return handle
        handle.wait()
    except BaseException:
        handle.close()
        raise
    handle.close()
    return None


def play_background(path: PathLike, *, loop: bool = False, volume: float = 1.0,
                    device: DeviceSpec = None, server: str | None = None,
                    backend: str | None = None) -> PlaybackHandle:
    """Start playing a file and return its handle at once.

    The handle has ``stop()``, ``pause()``, ``resume()``, ``is_playing``,
    ``position`` (seconds) and ``wait(timeout)``; it is a context manager.

    Example
    -------
    >>> with play_background("song.wav") as h:               # doctest: +SKIP
    ...     h.wait(timeout=5.0)
    """
    handle = play(path, loop=loop, volume=volume, block=False, device=device, server=server,
                  backend=backend)
    assert handle is not None
    return handle


def convert(input_path: PathLike, output_path: PathLike, *, sample_rate: int | None = None,
            channels: int | None = None, bit_depth: int | None = None,
            bitrate: int | None = None, backend: str = "auto") -> None:
    """Convert an audio file; the output format comes from ``output_path``'s extension.

    Where AudioToolbox exists (macOS) ExtAudioFile reads and writes and an
    AudioConverter changes rate and channels (``bitrate`` sets the AAC
    encoder for ``.m4a``); elsewhere libsndfile with numpy resampling
    (``bitrate`` is refused there).  Channel changes are to or from mono.

    Example
    -------
    >>> import numpy as np, tempfile, os
    >>> from coremusic.audio.file import AudioFile
    >>> d = tempfile.mkdtemp()
    >>> src, dst = os.path.join(d, 'a.wav'), os.path.join(d, 'b.flac')
    >>> with AudioFile(src, mode='w', samplerate=8000, channels=2) as f:
    ...     f.write(np.zeros((8000, 2)))
    >>> convert(src, dst, sample_rate=4000, channels=1, backend='libsndfile')
    >>> get_info(dst).sample_rate, get_info(dst).channels, get_info(dst).frames
    (4000, 1, 4000)
    """
    from coremusic.audio.shortcut_tools import convert_file

    if backend not in ("auto", "extaudiofile", "libsndfile"):
        raise ValueError(f"backend must be 'auto', 'extaudiofile' or 'libsndfile', got {backend!r}")
    convert_file(input_path, output_path, sample_rate=sample_rate, channels=channels,
                 bit_depth=bit_depth, bitrate=bitrate, backend=backend)  # type: ignore[arg-type]


def render_midi(plugin: str | None, midi_path: PathLike, out_path: PathLike, *,
                sample_rate: float = 44100.0, tail: float = 1.0) -> float:
    """Render a MIDI file through an instrument AudioUnit to an audio file (macOS).

    ``plugin`` names the instrument (None: Apple's DLSMusicDevice).  The
    framework's MusicSequence reads the file; the instrument renders it
    offline, ``tail`` seconds past the last event.  Returns the rendered
    duration in seconds.  Elsewhere raises ``PlatformNotSupportedError``.

    Example
    -------
    >>> render_midi(None, "song.mid", "song.wav")            # doctest: +SKIP
    12.5
    """
    from coremusic.audio.shortcut_tools import render_midi_file

    return render_midi_file(plugin, midi_path, out_path, sample_rate=sample_rate, tail=tail)


def list_plugins(*, type: str | int | None = None,
                 manufacturer: str | int | None = None) -> list[dict[str, Any]]:
    """Installed AudioUnits as dicts (name, manufacturer, type, subtype, version) (macOS).

    ``type`` is ``'effect'``, ``'instrument'``, ``'generator'``, ``'mixer'``,
    ``'output'`` ... or a FourCC.  Elsewhere raises ``PlatformNotSupportedError``.

    Example
    -------
    >>> [p["name"] for p in list_plugins(type="effect")]     # doctest: +SKIP
    ['Apple: AUDelay', 'Apple: AUMatrixReverb']
    """
    from coremusic.audio.shortcut_tools import list_plugins as _list

    return _list(type, manufacturer)


def list_devices(*, input_only: bool = False, output_only: bool = False,
                 backend: str | None = None) -> list[AudioDevice]:
    """Audio devices of the platform backend (JACK on Linux, CoreAudio on macOS).

    Example
    -------
    >>> [d.name for d in list_devices(output_only=True)]     # doctest: +SKIP
    ['system']
    """
    from coremusic.audio.devices import AudioDeviceManager

    if input_only and output_only:
        raise ValueError("input_only and output_only exclude each other")
    if input_only:
        return AudioDeviceManager.get_input_devices(backend=backend)
    if output_only:
        return AudioDeviceManager.get_output_devices(backend=backend)
    return AudioDeviceManager.get_devices(backend=backend)
