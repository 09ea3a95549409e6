"""File conversion, MIDI rendering and plug-in listing for :mod:`coremusic.shortcuts`.

Each tool has a macOS path over Apple's frameworks and, where one exists, a
portable path:

- :func:`convert_file`: on macOS ExtAudioFile reads and writes (so every
  container and codec the OS has, with an encoder bit rate for AAC), and an
  AudioConverter changes rate and channel count; elsewhere the portable
  :class:`~coremusic.audio.file.AudioFile` (libsndfile) with
  :func:`coremusic.utils.dsp.resample` and a channel mix.
- :func:`render_midi_file`: macOS only: the framework's MusicSequence reads
  the MIDI file and an instrument AudioUnit (DLSMusicDevice by default)
  renders it offline.
- :func:`list_plugins`: macOS only: the installed AudioComponents.

The macOS paths are statically verified only (contract tests through the
cffi-typed framework doubles).

Example
-------
>>> from coremusic.audio.shortcut_tools import output_container
>>> output_container("take.m4a")
('m4af', 'aac')
"""

from __future__ import annotations

import os
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from coremusic.exceptions import PlatformNotSupportedError

__all__ = ["convert_file", "list_plugins", "mix_channels", "output_container", "render_midi_file",
           "toolbox_available"]

PathLike = str | os.PathLike[str]
ConvertBackend = Literal["auto", "extaudiofile", "libsndfile"]

# extension -> (AudioToolbox file type, data encoding)
_CONTAINERS: dict[str, tuple[str, str]] = {
    ".wav": ("WAVE", "pcm"), ".wave": ("WAVE", "pcm"), ".aif": ("AIFF", "pcm-be"),
    ".aiff": ("AIFF", "pcm-be"), ".caf": ("caff", "pcm"), ".m4a": ("m4af", "aac"),
    ".aac": ("adts", "aac"), ".flac": ("flac", "flac"),
}
_PLUGIN_ALTERNATIVE = "coremusic.utils.dsp (numpy DSP) and the DAW timeline"
_RENDER_ALTERNATIVE = ("coremusic.midi to read the file and your own synthesis (e.g. numpy oscillators) "
                       "to render it")


def toolbox_available() -> bool:
    """Whether AudioToolbox can be loaded (macOS, or a framework double in tests).

    Example
    -------
    >>> import sys
    >>> toolbox_available() == (sys.platform == "darwin")
    True
    """
    from coremusic._ffi import load_library

    try:
        load_library("AudioToolbox")
    except PlatformNotSupportedError:
        return False
    return True


def output_container(path: PathLike) -> tuple[str, str]:
    """The AudioToolbox file type and data encoding for the extension of ``path``.

    Raises
    ------
    ValueError
        An extension AudioToolbox cannot write (the message lists the known ones).

    Example
    -------
    >>> output_container("out.aiff")
    ('AIFF', 'pcm-be')
    """
    ext = os.path.splitext(os.fspath(path))[1].lower()
    if ext == ".mp3":
        raise ValueError("macOS has no MP3 encoder: convert to .m4a (AAC), .caf, .wav or .aiff")
    if ext not in _CONTAINERS:
        raise ValueError(f"cannot tell the output format from {ext!r}; use one of {sorted(_CONTAINERS)}")
    return _CONTAINERS[ext]


def mix_channels(data: npt.NDArray[np.float32], channels: int) -> npt.NDArray[np.float32]:
    """Change the channel count: mono is copied to every channel, N channels are
    averaged to mono; other changes raise ``ValueError``.

    Example
    -------
    >>> import numpy as np
    >>> mix_channels(np.array([[0.2, 0.4]], np.float32), 1)
    array([[0.3]], dtype=float32)
    """
    have = data.shape[1]
    if have == channels:
        return data
    if have == 1:
        return np.repeat(data, channels, axis=1)
    if channels == 1:
        mono: npt.NDArray[np.float32] = data.mean(axis=1, keepdims=True, dtype=np.float32)
        return mono
    raise ValueError(f"cannot change {have} channels to {channels}; only to or from mono")


def _check_options(sample_rate: Any, channels: Any, bit_depth: Any, bitrate: Any) -> None:
    for what, value in (("sample_rate", sample_rate), ("channels", channels), ("bitrate", bitrate)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise ValueError(f"{what} must be a positive int, got {value!r}")
    if bit_depth is not None and bit_depth not in (8, 16, 24, 32):
        raise ValueError(f"bit_depth must be 8, 16, 24 or 32, got {bit_depth!r}")


def convert_file(src: PathLike, dst: PathLike, *, sample_rate: int | None = None,
                 channels: int | None = None, bit_depth: int | None = None,
                 bitrate: int | None = None, backend: ConvertBackend = "auto") -> None:
    """Convert ``src`` to ``dst`` (format from ``dst``'s extension).

    Parameters
    ----------
    sample_rate, channels : int, optional
        Target rate and channel count (default: the source's).
    bit_depth : {8, 16, 24, 32}, optional
        Integer sample size of PCM output (default 16).
    bitrate : int, optional
        Encoder bit rate in bits per second (compressed output on macOS).
    backend : {'auto', 'extaudiofile', 'libsndfile'}
        ``'auto'``: ExtAudioFile where AudioToolbox exists, else libsndfile.

    Example
    -------
    >>> convert_file("in.wav", "out.flac", sample_rate=22050, channels=1)   # doctest: +SKIP
    """
    _check_options(sample_rate, channels, bit_depth, bitrate)
    if backend not in ("auto", "extaudiofile", "libsndfile"):
        raise ValueError(f"backend must be 'auto', 'extaudiofile' or 'libsndfile', got {backend!r}")
    use_toolbox = backend == "extaudiofile" or (backend == "auto" and toolbox_available())
    if use_toolbox:
        _convert_toolbox(src, dst, sample_rate, channels, bit_depth, bitrate)
    else:
        _convert_portable(src, dst, sample_rate, channels, bit_depth, bitrate)


def _convert_portable(src: PathLike, dst: PathLike, sample_rate: int | None, channels: int | None,
                      bit_depth: int | None, bitrate: int | None) -> None:
    from coremusic.audio.file import AudioFile

    if bitrate is not None:
        raise ValueError("bitrate= needs an encoder with a bit-rate setting (AAC through ExtAudioFile on "
                         "macOS); the libsndfile backend has none: leave bitrate out")
    with AudioFile(src) as f:
        data = np.asarray(f.read(), np.float32)
        rate = int(f.samplerate)
    data = data[:, None] if data.ndim == 1 else data
    data = mix_channels(data, channels or data.shape[1])
    target = sample_rate or rate
    if target != rate and len(data):
        from coremusic.utils.dsp import resample

        data = resample(data, rate, target, axis=0).astype(np.float32)
    ext = os.path.splitext(os.fspath(dst))[1].lower()
    subtype = None
    if bit_depth is not None:
        subtype = {8: "PCM_U8" if ext in (".wav", ".wave") else "PCM_S8", 16: "PCM_16",
                   24: "PCM_24", 32: "PCM_32"}[bit_depth]
    with AudioFile(dst, mode="w", samplerate=target, channels=int(data.shape[1]), subtype=subtype) as out:
        out.write(data)


def _convert_toolbox(src: PathLike, dst: PathLike, sample_rate: int | None, channels: int | None,
                     bit_depth: int | None, bitrate: int | None) -> None:
    from coremusic.audio.converter import AudioConverter
    from coremusic.audio.extaudiofile import ExtendedAudioFile
    from coremusic.formats import AudioFormat

    file_type, encoding = output_container(dst)
    with ExtendedAudioFile(src) as f:
        file_fmt = f.file_format
        rate, have = file_fmt.sample_rate, file_fmt.channels_per_frame
        f.client_format = AudioFormat.pcm(rate, have, 32, True)
        blocks = []
        while True:
            block = f.read_numpy(65536)
            if not len(block):
                break
            blocks.append(block)
    data = np.concatenate(blocks) if blocks else np.zeros((0, have), np.float32)
    target_rate = float(sample_rate or rate)
    target_channels = channels or have
    if (target_rate, target_channels) != (rate, have) and len(data):
        with AudioConverter(AudioFormat.pcm(rate, have, 32, True),
                            AudioFormat.pcm(target_rate, target_channels, 32, True)) as conv:
            data = np.asarray(conv.convert(np.ascontiguousarray(data, np.float32)), np.float32)
    if encoding == "aac":
        fmt = AudioFormat.aac(target_rate, target_channels)
    elif encoding == "flac":
        fmt = AudioFormat.flac(target_rate, target_channels, bit_depth if bit_depth in (16, 24, 32) else 16)
    else:
        fmt = AudioFormat.pcm(target_rate, target_channels, bit_depth or 16,
                              big_endian=encoding == "pcm-be")
    with ExtendedAudioFile.create(dst, file_type, fmt) as out:
        out.client_format = AudioFormat.pcm(target_rate, target_channels, 32, True)
        if bitrate is not None:
            out.set_encode_bitrate(bitrate)
        if len(data):
            out.write(len(data), np.ascontiguousarray(data, np.float32))


def _require(what: str, alternative: str) -> None:
    if not toolbox_available():
        import sys

        raise PlatformNotSupportedError(
            f"{what} needs Apple's AudioToolbox (macOS only); this platform is {sys.platform!r}. "
            f"Use {alternative} instead.", framework="AudioToolbox", platform=sys.platform,
            alternative=alternative)


def midi_events(sequence: Any) -> list[tuple[float, int, int, int]]:
    """``(seconds, status, data1, data2)`` of every note and channel event of a
    :class:`~coremusic.audio.musicplayer.MusicSequence`, in time order (note
    events become a note-on and a note-off).

    Example
    -------
    >>> midi_events(MusicSequence.from_file("song.mid"))[:1]      # doctest: +SKIP
    [(0.0, 144, 60, 100)]
    """
    events: list[tuple[float, int, int, int]] = []
    seconds = sequence.seconds_for_beats
    for track in sequence.tracks:
        for ev in track:
            f = ev.fields
            if ev.type == "midi_note":
                ch = f["channel"] & 0x0F
                events.append((seconds(ev.time), 0x90 | ch, f["note"], f["velocity"]))
                events.append((seconds(ev.time + f["duration"]), 0x80 | ch, f["note"],
                               f["release_velocity"]))
            elif ev.type == "midi_channel":
                events.append((seconds(ev.time), f["status"], f["data1"], f["data2"]))
    events.sort(key=lambda e: (e[0], e[1] & 0xF0 != 0x80))  # note-offs first at equal times
    return events


def render_midi_file(plugin: str | None, midi_path: PathLike, out_path: PathLike, *,
                     sample_rate: float = 44100.0, tail: float = 1.0) -> float:
    """Render a MIDI file through an instrument AudioUnit into an audio file (macOS).

    Returns the rendered duration in seconds.

    Example
    -------
    >>> render_midi_file(None, "song.mid", "song.wav")             # doctest: +SKIP
    12.5
    """
    _require("render_midi", _RENDER_ALTERNATIVE)
    from coremusic.audio.au_host import AudioUnitPlugin
    from coremusic.audio.file import AudioFile
    from coremusic.audio.musicplayer import MusicSequence

    if isinstance(tail, bool) or not isinstance(tail, int | float) or tail < 0:
        raise ValueError(f"tail must be seconds >= 0, got {tail!r}")
    with MusicSequence.from_file(midi_path) as sequence:
        events = midi_events(sequence)
        duration = float(sequence.duration) + float(tail)
    with AudioUnitPlugin.from_name(plugin or "DLSMusicDevice", type="instrument") as synth:
        audio = synth.render_midi(events, duration, sample_rate=sample_rate)
    with AudioFile(out_path, mode="w", samplerate=round(sample_rate), channels=int(audio.shape[1])) as out:
        out.write(audio)
    return duration


def list_plugins(type: str | int | None = None, manufacturer: str | int | None = None
                 ) -> list[dict[str, Any]]:
    """The installed AudioUnits (macOS): a dict per component with name,
    manufacturer, type, subtype and version.

    Example
    -------
    >>> [p["name"] for p in list_plugins("effect")][:1]            # doctest: +SKIP
    ['Apple: AUDelay']
    """
    _require("list_plugins", _PLUGIN_ALTERNATIVE)
    from coremusic.audio.au_component import AudioComponent

    return AudioComponent.list_installed(type, manufacturer)
