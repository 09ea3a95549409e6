"""AudioToolbox file APIs implemented over Python state, on a cffi-typed FrameworkDouble.

:class:`AudioToolboxFiles` installs typed implementations of AudioFile,
AudioFileStream, ExtAudioFile and AudioFormat functions on an ``AudioToolbox``
:class:`~tests.doubles.framework.FrameworkDouble`.  It keeps "files" in
memory, fills out-parameters with plausible values, and drives the callback
pointers coremusic hands to C (read/write/size procs, stream listeners) by
calling them through libffi.  It proves marshalling and callback plumbing,
not Apple's behaviour: its container format is its own (a 40-byte ASBD header
followed by the audio data) and its codec "knowledge" is a small table.
"""

from __future__ import annotations

from tests.doubles.audiotoolbox._audiofile import AudioFileFunctions
from tests.doubles.audiotoolbox._common import ASBD_SIZE, FSREF_SIZE, ExtFile, FakeFile, Stream
from tests.doubles.audiotoolbox._ext import ExtFunctions
from tests.doubles.audiotoolbox._format import FormatFunctions
from tests.doubles.audiotoolbox._stream import StreamFunctions
from tests.doubles.corefoundation import CoreFoundationDouble
from tests.doubles.framework import FrameworkDouble

__all__ = ["ASBD_SIZE", "FSREF_SIZE", "AudioToolboxFiles", "ExtFile", "FakeFile", "Stream"]


class AudioToolboxFiles(AudioFileFunctions, StreamFunctions, ExtFunctions, FormatFunctions):
    """The in-memory AudioToolbox used by the file contract tests.

    Parameters
    ----------
    double : FrameworkDouble
        The installed ``AudioToolbox`` double to implement functions on.
    cf : CoreFoundationDouble
        The installed CF double (URLs and names come from it).
    """

    def __init__(self, double: FrameworkDouble, cf: CoreFoundationDouble) -> None:
        super().__init__(double, cf)
        self._install_audiofile()
        self._install_stream()
        self._install_ext()
        self._install_format()
