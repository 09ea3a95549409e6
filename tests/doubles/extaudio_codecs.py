"""Compressed files, encoder bit rates and info dictionaries for the AudioToolbox double.

:class:`CodecFiles` extends an installed
:class:`~tests.doubles.audiotoolbox.AudioToolboxFiles` so ExtAudioFile can read
and write files whose format is compressed (AAC, ALAC, MP3 ...): such a file
keeps its "decoded" audio as float32 PCM in ``FakeFile.data`` (and its raw
packets, if a test gives them, in ``FakeFile.packets``), and every
ExtAudioFile function sees that PCM storage while ``'ffmt'`` still reports the
compressed format. It also answers ``kExtAudioFileProperty_AudioConverter``
with an encoder handle whose ``AudioConverterSetProperty`` calls are recorded,
records ``kExtAudioFileProperty_ConverterConfig`` resets, and stores an info
dictionary set with ``AudioFileSetProperty('info')``. It models plumbing, not
Apple's codecs.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any

from coremusic._ffi import ffi
from coremusic.formats import AudioFormat
from coremusic.utils.fourcc import as_fourcc_int
from tests.doubles.audiotoolbox import AudioToolboxFiles, FakeFile
from tests.doubles.audiotoolbox._common import addr

PROPERTY_NOT_SUPPORTED = as_fourcc_int("prop")  # kAudioConverterErr_PropertyNotSupported


def storage_format(fmt: AudioFormat) -> AudioFormat:
    """The PCM a compressed file's decoded audio is kept in (float32, same rate and channels)."""
    return AudioFormat.pcm(fmt.sample_rate, fmt.channels_per_frame, 32, True)


class CodecFiles:
    """Install compressed-file support on ``atb`` (see the module docstring).

    Attributes
    ----------
    encoders : dict[int, dict[str, bytes]]
        Encoder handle -> properties set on it (``'brat'`` ...).
    config_resets : list[int]
        ExtAudioFile handles whose converter configuration was reset (``'acfg'``).
    """

    def __init__(self, atb: AudioToolboxFiles) -> None:
        self.atb = atb
        self.encoders: dict[int, dict[str, bytes]] = {}
        self.config_resets: list[int] = []
        self._encoder_of: dict[int, int] = {}
        self._next = 0x7C00_0000
        self._install()

    def add_compressed(self, path: str, fmt: AudioFormat, decoded: Any, file_type: str = "m4af",
                       packets: list[bytes] | None = None) -> FakeFile:
        """Put a compressed file on the double's disk; ``decoded`` is its float audio (frames, channels)."""
        import numpy as np

        samples = np.asarray(decoded, np.float32).reshape(-1, fmt.channels_per_frame)
        return self.atb.add_file(path, fmt, samples.tobytes(), file_type, packets)

    @contextlib.contextmanager
    def _pcm_view(self, ptr: Any) -> Iterator[FakeFile | None]:
        e = self.atb.ext_files.get(addr(ptr))
        if e is None or e.file.format.is_pcm:
            yield None
            return
        real = e.file.format
        e.file.format = storage_format(real)
        try:
            yield e.file
        finally:
            e.file.format = real

    def _install(self) -> None:
        double = self.atb.double
        original = {name: double._impls[name] for name in (
            "ExtAudioFileRead", "ExtAudioFileWrite", "ExtAudioFileWriteAsync", "ExtAudioFileSeek",
            "ExtAudioFileGetPropertyInfo", "ExtAudioFileGetProperty", "ExtAudioFileSetProperty",
            "AudioFileSetProperty")}

        def through_pcm(name: str) -> None:
            def impl(ptr: Any, *rest: Any) -> int:
                with self._pcm_view(ptr):
                    return int(original[name](ptr, *rest))
            double.implement(name, impl)

        for name in ("ExtAudioFileRead", "ExtAudioFileWrite", "ExtAudioFileWriteAsync", "ExtAudioFileSeek"):
            through_pcm(name)

        def encoder(ptr: Any) -> int:
            handle = self._encoder_of.get(addr(ptr))
            if handle is None:
                self._next += 0x40
                handle = self._encoder_of[addr(ptr)] = self._next
                self.encoders[handle] = {}
            return handle

        size_of_pointer = ffi.sizeof("void *")

        @double.implement("ExtAudioFileGetPropertyInfo")
        def _info(ptr: Any, pid: int, size: Any, writable: Any) -> int:
            if pid == as_fourcc_int("acnv"):
                size[0], writable[0] = size_of_pointer, 0
                return 0
            with self._pcm_view(ptr):
                return int(original["ExtAudioFileGetPropertyInfo"](ptr, pid, size, writable))

        @double.implement("ExtAudioFileGetProperty")
        def _get(ptr: Any, pid: int, io: Any, out: Any) -> int:
            e = self.atb.ext_files.get(addr(ptr))
            if e is not None and pid == as_fourcc_int("ffmt"):
                return self.atb._fill(io, out, e.file.format.to_bytes())
            if e is not None and pid == as_fourcc_int("acnv"):
                if not e.for_writing or e.file.format.is_pcm:
                    ffi.cast("void **", out)[0] = ffi.NULL
                    io[0] = size_of_pointer
                    return 0
                return self.atb._fill(io, out, encoder(ptr).to_bytes(size_of_pointer, sys.byteorder))
            with self._pcm_view(ptr):
                return int(original["ExtAudioFileGetProperty"](ptr, pid, io, out))

        @double.implement("ExtAudioFileSetProperty")
        def _set(ptr: Any, pid: int, size: int, data: Any) -> int:
            if pid == as_fourcc_int("acfg"):
                if size != size_of_pointer:
                    return -66562  # kExtAudioFileError_InvalidPropertySize
                self.config_resets.append(addr(ptr))
                return 0
            with self._pcm_view(ptr):
                return int(original["ExtAudioFileSetProperty"](ptr, pid, size, data))

        @double.implement("AudioConverterSetProperty")
        def _converter_set(conv: Any, pid: int, size: int, data: Any) -> int:
            handle = addr(conv)
            if handle not in self.encoders:
                return PROPERTY_NOT_SUPPORTED
            self.encoders[handle][int(pid).to_bytes(4, "big").decode("latin-1")] = bytes(ffi.buffer(data, size))
            return 0

        @double.implement("AudioFileSetProperty")
        def _file_set(ptr: Any, pid: int, size: int, data: Any) -> int:
            if pid == as_fourcc_int("info"):
                if size != size_of_pointer:
                    return as_fourcc_int("!siz")
                ref = ffi.cast("void **", data)[0]
                self.atb._file(ptr).info = dict(self.atb.cf.value_of(ref))
                return 0
            return int(original["AudioFileSetProperty"](ptr, pid, size, data))
