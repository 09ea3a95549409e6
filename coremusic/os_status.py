"""OSStatus codes of CoreAudio, AudioToolbox and CoreMIDI: names, FourCCs, meanings, advice.

Apple's audio frameworks report failures as a signed 32-bit ``OSStatus``. Some
codes are small negative numbers (``-10863``), others are four printable
characters packed into the integer (``'typ?'`` is ``1954115647``). The same
number can mean different things in different frameworks (``'fmt?'`` is an
unsupported data format for AudioFile but an unsupported conversion for
AudioConverter), so every entry here belongs to an *area*, and lookups may say
which area the failing call came from.

Areas: ``general``, ``audiofile``, ``audiofilestream``, ``extaudiofile``,
``audioformat``, ``audioconverter``, ``codec``, ``audioqueue``, ``audiounit``
(AudioUnit and AudioComponent), ``augraph``, ``musicplayer`` (MusicPlayer,
MusicSequence, MusicTrack), ``midi``, ``hardware`` (the HAL: AudioObject,
AudioDevice, AudioStream), ``services`` and ``clock`` (CoreAudioClock).

Names and values come from the macOS SDK (checked by the test suite); the
messages and suggestions are ours.

Example
-------
>>> from coremusic.os_status import os_status_to_string, get_error_suggestion
>>> os_status_to_string(1954115647)
"kAudioFileUnsupportedFileTypeError ('typ?', 1954115647): The file type is not supported."
>>> os_status_to_string(-10863)
'kAudioUnitErr_CannotDoInCurrentContext (-10863): The audio unit cannot do this right now.'
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from typing import Final

from coremusic.utils.fourcc import fourcc_to_int, int_to_fourcc, is_printable_fourcc

__all__ = [
    "AREAS",
    "OSStatusInfo",
    "all_codes",
    "fourcc_of_status",
    "get_error_suggestion",
    "lookup",
    "os_status_to_string",
]


@dataclass(frozen=True)
class OSStatusInfo:
    """One known OSStatus code of one framework area.

    Parameters
    ----------
    code : int
        The OSStatus value, signed 32-bit as Apple returns it.
    name : str
        Apple's symbolic name, e.g. ``'kAudioFileUnsupportedFileTypeError'``.
    message : str
        One sentence saying what the code means.
    suggestion : str
        One sentence saying what to do about it.
    area : str
        The framework area the name belongs to (one of :data:`AREAS`).
    builtin : str or None
        Name of the builtin exception that an exception raised for this code
        also inherits (``'FileNotFoundError'``, ``'PermissionError'``,
        ``'ValueError'``, ``'NotImplementedError'``), or None.

    Example
    -------
    >>> info = lookup(-43)
    >>> info.name, info.builtin
    ('kAudio_FileNotFoundError', 'FileNotFoundError')
    >>> info.fourcc is None
    True
    """

    code: int
    name: str
    message: str
    suggestion: str
    area: str
    builtin: str | None = None

    @property
    def fourcc(self) -> str | None:
        """The code as four characters when all its bytes are printable, else None.

        Example
        -------
        >>> lookup(1954115647).fourcc
        'typ?'
        """
        return fourcc_of_status(self.code)

    def __repr__(self) -> str:
        return (
            f"OSStatusInfo({self.name}, {_code_text(self.code)}, area={self.area!r}"
            f"{'' if self.builtin is None else f', builtin={self.builtin}'})"
        )

    def __str__(self) -> str:
        return f"{self.name} ({_code_text(self.code)}): {self.message}"


# Builtin mixins, abbreviated to keep the table readable.
_F = "FileNotFoundError"
_P = "PermissionError"
_V = "ValueError"
_N = "NotImplementedError"

# Each entry: (name, code, builtin, message, suggestion). A code is a negative
# int, or a 4-character str for codes that Apple spells as a FourCC.
_Raw = tuple[str, int | str, str | None, str, str]

_GENERAL: tuple[_Raw, ...] = (
    ("kAudio_NoError", 0, None,
     "No error.",
     "Nothing to do: the call succeeded."),
    ("kAudio_UnimplementedError", -4, _N,
     "The function or feature is not implemented.",
     "Use another API or format; this one is not available on this system."),
    ("kAudio_TooManyFilesOpenError", -42, None,
     "Too many files are open.",
     "Close files you no longer need (use `with` blocks) or raise the process's open-file limit."),
    ("kAudio_FileNotFoundError", -43, _F,
     "The file was not found.",
     "Check the path and that the file exists; relative paths are relative to the working directory."),
    ("kAudio_ParamError", -50, _V,
     "A parameter passed to the function is invalid.",
     "Check each argument (null or closed objects, sizes, IDs, flags) against the function's documentation."),
    ("kAudio_FilePermissionError", -54, _P,
     "The file cannot be accessed with the requested permissions.",
     "Check the file's permissions and that no other process holds it; open it read-only if you only read."),
    ("kAudio_MemFullError", -108, None,
     "Not enough memory.",
     "Process smaller blocks, free large buffers, or reduce the number of open objects."),
    ("kAudio_BadFilePathError", "!pth", _F,
     "The file path is not usable: a folder in it does not exist or it is not a valid file path.",
     "Create the parent folder first and pass an absolute path to a regular file."),
    # Classic File Manager codes that AudioFile/ExtAudioFile still return on macOS.
    # They are defined in CarbonCore's MacErrors.h, which is not among the SDK facts
    # this project checks against; the values are the long-standing Mac OS ones.
    ("dskFulErr", -34, None,
     "The disk is full.",
     "Free space on the destination volume or write somewhere else."),
    ("ioErr", -36, None,
     "A low-level input/output error occurred.",
     "Check the disk or network volume and try again; the file may be on a failing or disconnected device."),
    ("fLckdErr", -45, _P,
     "The file is locked.",
     "Unlock the file in the Finder (Get Info) or write to a copy."),
    ("fBsyErr", -47, None,
     "The file is busy (open in another process or still in use).",
     "Close the file in the other application or object and try again."),
    ("opWrErr", -49, None,
     "The file is already open with write permission.",
     "Close the other writer before opening the file for writing again."),
    ("wrPermErr", -61, _P,
     "Write permission was denied.",
     "Open the file writable, or check that the file and its folder are writable by you."),
    ("dirNFErr", -120, _F,
     "The directory was not found.",
     "Create the folder first or correct the path."),
)

_AUDIOFILE: tuple[_Raw, ...] = (
    ("kAudioFileUnspecifiedError", "wht?", None,
     "AudioFile failed for an unspecified reason.",
     "Check that the file is a complete, valid audio file; for writing, try a plainer format (16-bit PCM WAV)."),
    ("kAudioFileUnsupportedFileTypeError", "typ?", _N,
     "The file type is not supported.",
     "Use a container the system reads (WAV, AIFF, CAF, M4A, MP3 ...) or give the correct file-type hint."),
    ("kAudioFileUnsupportedDataFormatError", "fmt?", _V,
     "The data format is not supported by this file type.",
     "Choose a format the container can hold, e.g. linear PCM in WAV/AIFF, AAC or ALAC in M4A/CAF."),
    ("kAudioFileUnsupportedPropertyError", "pty?", _N,
     "The property is not supported by this file type.",
     "Query only properties the format supports; not every container stores every property."),
    ("kAudioFileBadPropertySizeError", "!siz", _V,
     "The size of the property data is wrong.",
     "Ask for the property's size first (AudioFileGetPropertyInfo) and pass a buffer of exactly that size."),
    ("kAudioFilePermissionsError", "prm?", _P,
     "The operation is not allowed by the permissions the file was opened with.",
     "Open the file for writing to change it (writable=True), or open it read-only to read it."),
    ("kAudioFileNotOptimizedError", "optm", None,
     "The file's chunks are not laid out so that packets can be written (audio data is not at the end).",
     "Optimize the file first (AudioFileOptimize) or write to a new file."),
    ("kAudioFileInvalidChunkError", "chk?", _V,
     "The chunk does not exist in the file or is not supported by this file type.",
     "Check the chunk type and index; list the file's chunks before reading one."),
    ("kAudioFileDoesNotAllow64BitDataSizeError", "off?", None,
     "The file's data offset or size is larger than this file type allows (4 GB for WAV and AIFF).",
     "Write long recordings to CAF, which has 64-bit sizes, or split them into several files."),
    ("kAudioFileInvalidPacketOffsetError", "pck?", _V,
     "A packet offset is past the end of the file or otherwise invalid.",
     "Keep packet indexes within 0 .. packet count - 1."),
    ("kAudioFileInvalidPacketDependencyError", "dep?", _V,
     "Packet dependency information is missing, or names a packet that is not available.",
     "Pass packet dependency descriptions when writing formats whose packets depend on earlier ones."),
    ("kAudioFileInvalidFileError", "dta?", _V,
     "The file is malformed, or its data does not match its file type.",
     "Check that the file is complete and really is the type its extension claims; re-export it if damaged."),
    ("kAudioFileOperationNotSupportedError", "op??", _N,
     "The operation is not supported by this file type.",
     "Use a different container for this operation (the system cannot write MP3, for example; use AAC in M4A)."),
    ("kAudioFileNotOpenError", -38, None,
     "The file is closed.",
     "Open the file (or use it inside its `with` block) before reading or writing."),
    ("kAudioFileEndOfFileError", -39, None,
     "The end of the file was reached.",
     "Stop reading at the end, or check the packet or frame count before reading."),
    ("kAudioFilePositionError", -40, _V,
     "The read or write position is invalid.",
     "Use a position between 0 and the file's length."),
    ("kAudioFileFileNotFoundError", -43, _F,
     "The file was not found.",
     "Check the path and that the file exists."),
)

_AUDIOFILESTREAM: tuple[_Raw, ...] = (
    ("kAudioFileStreamError_UnsupportedFileType", "typ?", _N,
     "The stream's file type is not supported.",
     "Give the parser the correct file-type hint, or use a stream format the system parses (MP3, AAC/ADTS, CAF ...)."),
    ("kAudioFileStreamError_UnsupportedDataFormat", "fmt?", _V,
     "The stream's data format is not supported.",
     "Check that the stream carries a codec the system decodes."),
    ("kAudioFileStreamError_UnsupportedProperty", "pty?", _N,
     "The property is not supported by this stream.",
     "Query only properties the stream's format supports."),
    ("kAudioFileStreamError_BadPropertySize", "!siz", _V,
     "The size of the property data is wrong.",
     "Ask for the property's size first and pass a buffer of exactly that size."),
    ("kAudioFileStreamError_NotOptimized", "optm", None,
     "Packets cannot be produced because the file's defining information comes after its audio data.",
     "Optimize the file so its header precedes the audio data, or read the whole file with AudioFile."),
    ("kAudioFileStreamError_InvalidPacketOffset", "pck?", _V,
     "A packet offset is invalid, e.g. past the end of the stream.",
     "Seek only to packet offsets within the stream."),
    ("kAudioFileStreamError_InvalidFile", "dta?", _V,
     "The stream data is malformed or not of the expected type.",
     "Check that the bytes are an audio stream of the hinted type and that none were lost."),
    ("kAudioFileStreamError_ValueUnknown", "unk?", None,
     "The property's value is not known yet.",
     "Feed more data to the parser and ask again after the property becomes available."),
    ("kAudioFileStreamError_DataUnavailable", "more", None,
     "More data is needed to complete the request.",
     "Parse more bytes of the stream, then retry."),
    ("kAudioFileStreamError_IllegalOperation", "nope", None,
     "The operation is not allowed on this stream.",
     "Check the call order: some operations (such as seeking) need the stream's header parsed first."),
    ("kAudioFileStreamError_UnspecifiedError", "wht?", None,
     "The stream parser failed for an unspecified reason.",
     "Check that the data is a valid audio stream; reopen the parser and start again."),
    ("kAudioFileStreamError_DiscontinuityCantRecover", "dsc!", None,
     "The parser cannot recover from a discontinuity in the data.",
     "Close the parser and open a new one at a point where a packet starts."),
)

_EXTAUDIOFILE: tuple[_Raw, ...] = (
    ("kExtAudioFileError_InvalidProperty", -66561, _V,
     "The property is unknown to ExtAudioFile.",
     "Use an ExtAudioFile property ID (kExtAudioFileProperty_*)."),
    ("kExtAudioFileError_InvalidPropertySize", -66562, _V,
     "The size of the property data is wrong.",
     "Pass a buffer whose size matches the property's type."),
    ("kExtAudioFileError_NonPCMClientFormat", -66563, _V,
     "The client data format is not linear PCM.",
     "Set a linear PCM client format (e.g. 32-bit float); ExtAudioFile converts to and from the file's format."),
    ("kExtAudioFileError_InvalidChannelMap", -66564, _V,
     "The channel map does not match the number of channels.",
     "Give one entry per output channel, each a valid input channel index or -1."),
    ("kExtAudioFileError_InvalidOperationOrder", -66565, None,
     "Calls were made in an invalid order.",
     "Set the client format and other properties before reading or writing audio."),
    ("kExtAudioFileError_InvalidDataFormat", -66566, _V,
     "The file's data format is invalid or cannot be converted.",
     "Check the file format description; use a format the system can encode or decode."),
    ("kExtAudioFileError_MaxPacketSizeUnknown", -66567, None,
     "The maximum packet size of the format cannot be determined.",
     "Give a complete format description (for compressed formats the codec must be available)."),
    ("kExtAudioFileError_InvalidSeek", -66568, _V,
     "The seek position is out of range.",
     "Seek to a frame between 0 and the file's frame count."),
    ("kExtAudioFileError_AsyncWriteTooLarge", -66569, _V,
     "The asynchronous write is larger than the internal buffer allows.",
     "Write smaller blocks, or write synchronously."),
    ("kExtAudioFileError_AsyncWriteBufferOverflow", -66570, None,
     "Asynchronous writes could not keep up and data was lost.",
     "Write smaller blocks more often, or move writing off the audio thread to a faster disk."),
)

_AUDIOFORMAT: tuple[_Raw, ...] = (
    ("kAudioFormatUnspecifiedError", "what", None,
     "AudioFormat failed for an unspecified reason.",
     "Check the format description and property you passed."),
    ("kAudioFormatUnsupportedPropertyError", "prop", _N,
     "The property is not supported by AudioFormat.",
     "Use a kAudioFormatProperty_* ID that exists on this system."),
    ("kAudioFormatBadPropertySizeError", "!siz", _V,
     "The size of the property data is wrong.",
     "Ask for the property's size first (AudioFormatGetPropertyInfo) and pass a buffer of exactly that size."),
    ("kAudioFormatBadSpecifierSizeError", "!spc", _V,
     "The size of the specifier is wrong.",
     "Pass the specifier type the property documents (often a format ID or a format description)."),
    ("kAudioFormatUnsupportedDataFormatError", "fmt?", _V,
     "The data format is not supported.",
     "Check the format ID and flags of the format description."),
    ("kAudioFormatUnknownFormatError", "!fmt", _V,
     "The format is unknown.",
     "Check the format ID: it is not a format the system knows (e.g. 'lpcm', 'aac ', 'alac')."),
)

_AUDIOCONVERTER: tuple[_Raw, ...] = (
    ("kAudioConverterErr_FormatNotSupported", "fmt?", _V,
     "Conversion between these two formats is not supported.",
     "Check both format descriptions; convert in two steps via linear PCM if needed."),
    ("kAudioConverterErr_OperationNotSupported", "op??", _N,
     "The operation is not supported by this converter.",
     "Use another call for this conversion (compressed formats need AudioConverterFillComplexBuffer)."),
    ("kAudioConverterErr_PropertyNotSupported", "prop", _N,
     "The property is not supported by this converter.",
     "Query only properties the converter's formats support."),
    ("kAudioConverterErr_InvalidInputSize", "insz", _V,
     "The input size is invalid (not a whole number of packets).",
     "Supply input in whole packets (for PCM, a multiple of bytes per frame)."),
    ("kAudioConverterErr_InvalidOutputSize", "otsz", _V,
     "The output buffer size is invalid.",
     "Give an output buffer of whole packets, large enough for at least one packet."),
    ("kAudioConverterErr_UnspecifiedError", "what", None,
     "The converter failed for an unspecified reason.",
     "Check both format descriptions and the input data; reset the converter and try again."),
    ("kAudioConverterErr_BadPropertySizeError", "!siz", _V,
     "The size of the property data is wrong.",
     "Ask for the property's size first (AudioConverterGetPropertyInfo) and pass exactly that size."),
    ("kAudioConverterErr_RequiresPacketDescriptionsError", "!pkd", _V,
     "Packet descriptions are required for this format but none were given.",
     "Provide packet descriptions with the input (and an array for them with the output) for variable-size formats."),
    ("kAudioConverterErr_InputSampleRateOutOfRange", "!isr", _V,
     "The input sample rate is out of range for the converter.",
     "Use a sample rate the codec supports (e.g. 44100 or 48000 Hz)."),
    ("kAudioConverterErr_OutputSampleRateOutOfRange", "!osr", _V,
     "The output sample rate is out of range for the converter.",
     "Use a sample rate the encoder supports (e.g. 44100 or 48000 Hz for AAC)."),
)

_CODEC: tuple[_Raw, ...] = (
    ("kAudioCodecUnspecifiedError", "what", None,
     "The codec failed for an unspecified reason.",
     "Check the formats and data passed to the codec; reset it and try again."),
    ("kAudioCodecUnknownPropertyError", "who?", _N,
     "The property is not known to the codec.",
     "Query only properties the codec supports."),
    ("kAudioCodecBadPropertySizeError", "!siz", _V,
     "The size of the property data is wrong.",
     "Ask for the property's size first and pass exactly that size."),
    ("kAudioCodecIllegalOperationError", "nope", None,
     "The operation is not allowed in the codec's current state.",
     "Set formats before initializing and change them only while uninitialized."),
    ("kAudioCodecUnsupportedFormatError", "!dat", _V,
     "The data format is not supported by the codec.",
     "Use a format the codec accepts; list them with the codec's supported-format properties."),
    ("kAudioCodecStateError", "!stt", None,
     "The codec is in the wrong state for this call.",
     "Initialize the codec before processing, and uninitialize it before changing its settings."),
    ("kAudioCodecNotEnoughBufferSpaceError", "!buf", _V,
     "There is not enough buffer space for the data.",
     "Give a larger buffer, or let the codec produce output before appending more input."),
    ("kAudioCodecBadDataError", "bada", _V,
     "The input data is invalid for the codec.",
     "Check that the input really is in the codec's format and that no packets were lost or damaged."),
)

_AUDIOQUEUE: tuple[_Raw, ...] = (
    ("kAudioQueueErr_InvalidBuffer", -66687, _V,
     "The buffer does not belong to this queue.",
     "Enqueue only buffers allocated by this queue (AudioQueueAllocateBuffer)."),
    ("kAudioQueueErr_BufferEmpty", -66686, _V,
     "The buffer is empty (its data byte size is 0).",
     "Fill the buffer and set its mAudioDataByteSize before enqueueing it."),
    ("kAudioQueueErr_DisposalPending", -66685, None,
     "The queue is being disposed.",
     "Do not use a queue after disposing it; create a new one."),
    ("kAudioQueueErr_InvalidProperty", -66684, _V,
     "The property ID is invalid for an audio queue.",
     "Use a kAudioQueueProperty_* ID."),
    ("kAudioQueueErr_InvalidPropertySize", -66683, _V,
     "The size of the property data is wrong.",
     "Ask for the property's size first (AudioQueueGetPropertySize) and pass exactly that size."),
    ("kAudioQueueErr_InvalidParameter", -66682, _V,
     "The parameter ID is invalid.",
     "Use a kAudioQueueParam_* ID such as volume or playback rate."),
    ("kAudioQueueErr_CannotStart", -66681, None,
     "The queue could not start.",
     "Check that the audio device is available and supports the queue's format, then start again."),
    ("kAudioQueueErr_InvalidDevice", -66680, _V,
     "The audio device was not found.",
     "Pass the UID of a connected device, or leave the device unset to use the default."),
    ("kAudioQueueErr_BufferInQueue", -66679, None,
     "The buffer cannot be freed while it is still enqueued.",
     "Stop or reset the queue before freeing its buffers."),
    ("kAudioQueueErr_InvalidRunState", -66678, None,
     "The queue is in the wrong run state for this operation.",
     "Stop the queue before changing settings that require it stopped, or start it first."),
    ("kAudioQueueErr_InvalidQueueType", -66677, _V,
     "The operation does not apply to this type of queue (input versus output).",
     "Use output-only calls on output queues and input-only calls on input queues."),
    ("kAudioQueueErr_Permissions", -66676, _P,
     "The process lacks the permission needed (usually microphone access).",
     "Allow microphone access for the app running Python (Terminal, your IDE) in System Settings > Privacy & Security."),
    ("kAudioQueueErr_InvalidPropertyValue", -66675, _V,
     "The property value is invalid.",
     "Check the value against the property's documented range."),
    ("kAudioQueueErr_PrimeTimedOut", -66674, None,
     "Priming failed: the queue's converter could not produce the requested number of frames.",
     "Enqueue more audio data before priming, or prime for fewer frames."),
    ("kAudioQueueErr_CodecNotFound", -66673, _N,
     "No codec was found for the queue's format.",
     "Use a format the system can encode or decode (linear PCM always works)."),
    ("kAudioQueueErr_InvalidCodecAccess", -66672, None,
     "The codec could not be accessed.",
     "Another process may hold a hardware codec; use a software codec or try again later."),
    ("kAudioQueueErr_QueueInvalidated", -66671, None,
     "The queue was invalidated because the audio server restarted.",
     "Dispose this queue and create a new one."),
    ("kAudioQueueErr_TooManyTaps", -66670, None,
     "Too many processing taps are attached to the queue.",
     "Remove a processing tap before adding another."),
    ("kAudioQueueErr_InvalidTapContext", -66669, None,
     "A processing-tap call was made outside its callback.",
     "Call AudioQueueProcessingTapGetSourceAudio only from inside the tap callback."),
    ("kAudioQueueErr_RecordUnderrun", -66668, None,
     "Recorded data was lost because no buffer was enqueued to receive it.",
     "Enqueue more (or larger) buffers and re-enqueue each one promptly in the input callback."),
    ("kAudioQueueErr_InvalidTapType", -66667, _V,
     "The processing-tap type is invalid.",
     "Pass the pre- or post-effects tap flag (or siphoning) when creating the tap."),
    ("kAudioQueueErr_BufferEnqueuedTwice", -66666, None,
     "The buffer was enqueued while it is already in the queue.",
     "Enqueue a buffer again only after its callback has returned it."),
    ("kAudioQueueErr_CannotStartYet", -66665, None,
     "The queue cannot start yet.",
     "Start the queue later, once the app is active and its audio session is set up."),
    ("kAudioQueueErr_EnqueueDuringReset", -66632, None,
     "A buffer was enqueued while the queue was being reset, stopped or disposed.",
     "Do not enqueue from the callback while stopping; wait until the stop or reset completes."),
    ("kAudioQueueErr_InvalidOfflineMode", -66626, None,
     "Offline rendering was requested while the queue is not in offline mode, or the reverse.",
     "Enable offline render (AudioQueueSetOfflineRenderFormat) before calling AudioQueueOfflineRender."),
)

_AUDIOUNIT: tuple[_Raw, ...] = (
    ("kAudioUnitErr_InvalidProperty", -10879, _V,
     "The property is not valid for this audio unit.",
     "Check the property ID; this unit does not implement it."),
    ("kAudioUnitErr_InvalidParameter", -10878, _V,
     "The parameter is not valid for this audio unit.",
     "Use a parameter ID from the unit's parameter list, in the right scope and element."),
    ("kAudioUnitErr_InvalidElement", -10877, _V,
     "The element (bus) does not exist.",
     "Use a bus number below the element count of that scope."),
    ("kAudioUnitErr_NoConnection", -10876, None,
     "There is no connection for the input being rendered.",
     "Connect an upstream unit or set a render callback on the input bus before rendering."),
    ("kAudioUnitErr_FailedInitialization", -10875, None,
     "The audio unit failed to initialize.",
     "Check that the stream formats on its buses are compatible and supported, then initialize again."),
    ("kAudioUnitErr_TooManyFramesToProcess", -10874, _V,
     "More frames were requested than the unit's maximum frames per slice.",
     "Raise kAudioUnitProperty_MaximumFramesPerSlice before initializing, or render smaller blocks."),
    ("kAudioUnitErr_IllegalInstrument", -10873, _V,
     "The instrument is illegal or not present.",
     "Check the instrument or preset number against the loaded sound bank."),
    ("kAudioUnitErr_InstrumentTypeNotFound", -10872, _V,
     "The instrument type was not found.",
     "Load a sound bank or instrument of a type this unit supports."),
    ("kAudioUnitErr_InvalidFile", -10871, _V,
     "The file is invalid for this audio unit.",
     "Check that the file (sound bank, audio file, preset) is complete and in a format the unit reads."),
    ("kAudioUnitErr_UnknownFileType", -10870, _N,
     "The file type is not recognised by this audio unit.",
     "Use a file type the unit supports (e.g. SoundFont 2 or DLS for the DLS synth and AUSampler)."),
    ("kAudioUnitErr_FileNotSpecified", -10869, None,
     "No file has been set on the audio unit.",
     "Set the file (or schedule a file region) before starting or rendering."),
    ("kAudioUnitErr_FormatNotSupported", -10868, _V,
     "The stream format is not supported by this audio unit.",
     "Use a format the unit accepts, typically 32-bit float non-interleaved at the host's sample rate."),
    ("kAudioUnitErr_Uninitialized", -10867, None,
     "The audio unit is not initialized.",
     "Call AudioUnitInitialize (AudioUnit.initialize()) before rendering or starting it."),
    ("kAudioUnitErr_InvalidScope", -10866, _V,
     "The scope is invalid for this property or parameter.",
     "Use the scope the property documents (global, input or output)."),
    ("kAudioUnitErr_PropertyNotWritable", -10865, None,
     "The property is read-only.",
     "Only read this property; change the setting through another property or at creation."),
    ("kAudioUnitErr_CannotDoInCurrentContext", -10863, None,
     "The audio unit cannot do this right now.",
     "Retry later, do it outside the render thread, or uninitialize the unit first."),
    ("kAudioUnitErr_InvalidPropertyValue", -10851, _V,
     "The property value is invalid.",
     "Check the value against the property's documented range and type."),
    ("kAudioUnitErr_PropertyNotInUse", -10850, None,
     "The property is valid but not currently in use.",
     "Enable the feature that uses this property first."),
    ("kAudioUnitErr_Initialized", -10849, None,
     "The operation requires the audio unit to be uninitialized.",
     "Uninitialize the unit, make the change (e.g. its stream format), then initialize it again."),
    ("kAudioUnitErr_InvalidOfflineRender", -10848, None,
     "Offline rendering is not set up correctly for this unit.",
     "Enable offline rendering on the unit and render with the offline flags."),
    ("kAudioUnitErr_Unauthorized", -10847, _P,
     "The audio unit is not authorized (e.g. unlicensed or copy-protected).",
     "Authorize or license the plug-in in its own application."),
    ("kAudioUnitErr_ComponentManagerNotSupported", -66740, _N,
     "The call uses the Component Manager, which this audio unit does not support.",
     "Use the AudioComponent API (AudioComponentFindNext/AudioComponentInstanceNew)."),
    ("kAudioUnitErr_MissingKey", -66741, _V,
     "A required key is missing from the property list (e.g. a preset).",
     "Pass a complete ClassInfo dictionary, as saved by the same audio unit."),
    ("kAudioUnitErr_InvalidFilePath", -66742, _F,
     "A file path given to the audio unit is invalid.",
     "Check that the file (sample, sound bank, preset) exists at the path given."),
    ("kAudioUnitErr_InvalidParameterValue", -66743, _V,
     "The parameter value is out of range.",
     "Keep the value between the parameter's minimum and maximum (see its parameter info)."),
    ("kAudioUnitErr_ExtensionNotFound", -66744, None,
     "The audio unit app extension was not found.",
     "Check that the app containing the extension is installed and has been launched once."),
    ("kAudioUnitErr_RenderTimeout", -66745, None,
     "Rendering timed out (an out-of-process audio unit did not answer in time).",
     "Use larger buffers or fewer out-of-process units; the plug-in may be overloaded."),
    ("kAudioUnitErr_MIDIOutputBufferFull", -66753, None,
     "The audio unit's MIDI output buffer is full.",
     "Read MIDI output more often or send fewer events per render cycle."),
    ("kAudioComponentErr_InvalidFormat", -66746, _V,
     "The format is invalid for this component.",
     "Check the stream format description passed to the component."),
    ("kAudioComponentErr_InitializationTimedOut", -66747, None,
     "The component's initialization timed out.",
     "Try again; the plug-in (often an out-of-process extension) may be slow to start."),
    ("kAudioComponentErr_NotPermitted", -66748, _P,
     "The component is not permitted to do this (often missing microphone or sandbox permission).",
     "Allow microphone access for the app running Python in System Settings > Privacy & Security, or check entitlements."),
    ("kAudioComponentErr_InstanceInvalidated", -66749, None,
     "The component instance was invalidated (its process crashed or was terminated).",
     "Dispose of the instance and create a new one."),
    ("kAudioComponentErr_TooManyInstances", -66750, None,
     "Too many instances of this component exist.",
     "Dispose of unused instances before creating more."),
    ("kAudioComponentErr_UnsupportedType", -66751, _N,
     "The component type is not supported here.",
     "Use a component type this API or host supports."),
    ("kAudioComponentErr_DuplicateDescription", -66752, _V,
     "A component with this description is already registered.",
     "Register with a unique type/subtype/manufacturer, or use the existing component."),
    ("kAudioComponentErr_InstanceTimedOut", -66754, None,
     "Creating the component instance timed out.",
     "Try again; the plug-in may be slow to load or blocked by a dialog."),
    ("kAUVoiceIOErr_UnexpectedNumberOfInputChannels", -66784, _V,
     "The voice-processing I/O unit got an unexpected number of input channels.",
     "Use the channel count of the input device, typically mono."),
    # Component Manager results (Components.h in CarbonCore, not among the SDK
    # facts): returned by AudioUnit calls on a disposed or bogus instance.
    ("badComponentInstance", -2147450879, _V,
     "The audio unit instance is invalid (disposed or never created).",
     "Do not use an audio unit after disposing of it; create a new instance."),
    ("badComponentSelector", -2147450878, _N,
     "The audio unit does not implement this call.",
     "Use a call the unit supports; not every unit implements every AudioUnit function."),
)

_AUGRAPH: tuple[_Raw, ...] = (
    ("kAUGraphErr_NodeNotFound", -10860, _V,
     "The node was not found in the graph.",
     "Use a node returned by adding it to this graph, and not one already removed."),
    ("kAUGraphErr_InvalidConnection", -10861, _V,
     "The connection is invalid.",
     "Connect an existing output bus to an existing, unconnected input bus."),
    ("kAUGraphErr_OutputNodeErr", -10862, None,
     "The graph has no output node, or more than one.",
     "Add exactly one output unit (e.g. the default output) to the graph."),
    ("kAUGraphErr_CannotDoInCurrentContext", -10863, None,
     "The graph cannot do this right now.",
     "Initialize the graph (AUGraphInitialize) before starting it, and make changes outside its render callback."),
    ("kAUGraphErr_InvalidAudioUnit", -10864, _V,
     "The audio unit of a node is invalid.",
     "Open the graph (AUGraphOpen) before asking for a node's audio unit."),
)

_MUSICPLAYER: tuple[_Raw, ...] = (
    ("kAudioToolboxErr_InvalidSequenceType", -10846, _V,
     "The sequence type is invalid.",
     "Use a beats, seconds or samples sequence type as the operation requires."),
    ("kAudioToolboxErr_InvalidPlayerState", -10852, None,
     "The music player is in the wrong state for this call.",
     "Attach a sequence and preroll before starting; stop the player before changing its sequence."),
    ("kAudioToolboxErr_InvalidEventType", -10853, _V,
     "The event type is invalid.",
     "Use a kMusicEventType_* value matching the event data."),
    ("kAudioToolboxErr_NoSequence", -10854, None,
     "No sequence is attached to the music player.",
     "Attach a MusicSequence to the player before starting it."),
    ("kAudioToolboxErr_IllegalTrackDestination", -10855, _V,
     "The track's destination is illegal.",
     "Set the track destination to a node of the sequence's graph or to a MIDI endpoint."),
    ("kAudioToolboxErr_StartOfTrack", -10856, None,
     "The iterator is at the start of the track.",
     "Stop stepping backwards: there are no earlier events."),
    ("kAudioToolboxErr_EndOfTrack", -10857, None,
     "The iterator is at the end of the track.",
     "Stop stepping forwards: there are no later events."),
    ("kAudioToolboxErr_TrackNotFound", -10858, _V,
     "The track was not found in the sequence.",
     "Use a track that belongs to this sequence."),
    ("kAudioToolboxErr_TrackIndexError", -10859, _V,
     "The track index is out of range.",
     "Use an index below the sequence's track count."),
    ("kAudioToolboxErr_CannotDoInCurrentContext", -10863, None,
     "The operation cannot be done while the player is in this state.",
     "Stop the player, make the change, then start it again."),
    ("kAudioToolboxError_NoTrackDestination", -66720, None,
     "The track has no destination.",
     "Set the track's destination node or MIDI endpoint before playing it."),
)

_MIDI: tuple[_Raw, ...] = (
    ("kMIDIInvalidClient", -10830, _V,
     "The MIDI client is invalid.",
     "Create a MIDI client first and keep it until its ports are disposed of."),
    ("kMIDIInvalidPort", -10831, _V,
     "The MIDI port is invalid.",
     "Use a port created by this client and not yet disposed of."),
    ("kMIDIWrongEndpointType", -10832, _V,
     "The endpoint is of the wrong type (a source where a destination is needed, or the reverse).",
     "Send to destinations and connect input ports to sources."),
    ("kMIDINoConnection", -10833, None,
     "There is no connection to disconnect.",
     "Only disconnect a source that was connected to this port."),
    ("kMIDIUnknownEndpoint", -10834, _V,
     "The MIDI endpoint is unknown.",
     "The device may have been unplugged; list endpoints again and choose a current one."),
    ("kMIDIUnknownProperty", -10835, _V,
     "The object does not have this property.",
     "Query properties the object has (kMIDIProperty_*); not every device sets every property."),
    ("kMIDIWrongPropertyType", -10836, _V,
     "The property value has the wrong type.",
     "Use the getter and setter matching the property's type (integer, string, data, dictionary)."),
    ("kMIDINoCurrentSetup", -10837, None,
     "There is no current MIDI setup.",
     "Check that the MIDI server is running (Audio MIDI Setup shows the devices)."),
    ("kMIDIMessageSendErr", -10838, None,
     "Communication with the MIDI server failed.",
     "Try again; restart the MIDI server (or log out and in) if it keeps failing."),
    ("kMIDIServerStartErr", -10839, None,
     "The MIDI server could not be started.",
     "Restart the computer or check the system log for MIDIServer errors."),
    ("kMIDISetupFormatErr", -10840, _V,
     "The MIDI setup data could not be read.",
     "Reset the MIDI configuration in Audio MIDI Setup."),
    ("kMIDIWrongThread", -10841, None,
     "A driver called a function that is only allowed on the server's own thread.",
     "Call the function from the thread the MIDI server uses for this driver."),
    ("kMIDIObjectNotFound", -10842, _V,
     "The requested MIDI object does not exist.",
     "The device may have been removed; look the object up again by its unique ID."),
    ("kMIDIIDNotUnique", -10843, _V,
     "The unique ID is already used by another object.",
     "Choose a different unique ID, or let the system assign one."),
    ("kMIDINotPermitted", -10844, _P,
     "The process is not permitted to do this.",
     "Check the app's entitlements and privacy settings for MIDI (e.g. virtual endpoints need permission on some systems)."),
    ("kMIDIUnknownError", -10845, None,
     "CoreMIDI failed for an unknown reason.",
     "Try again; if it keeps failing, restart the MIDI server."),
)

_HARDWARE: tuple[_Raw, ...] = (
    ("kAudioHardwareNotReadyError", "nrdy", None,
     "The audio hardware is not ready.",
     "Wait a moment and try again; the device may still be starting."),
    ("kAudioHardwareNotRunningError", "stop", None,
     "The audio hardware is not running.",
     "Check that the audio server (coreaudiod) is running, then retry."),
    ("kAudioHardwareUnspecifiedError", "what", None,
     "The audio hardware failed for an unspecified reason.",
     "Check the device and its connection; select another device or try again."),
    ("kAudioHardwareUnknownPropertyError", "who?", _V,
     "The object does not have this property.",
     "Check with AudioObjectHasProperty before asking; not every device has every property."),
    ("kAudioHardwareBadPropertySizeError", "!siz", _V,
     "The size of the property data is wrong.",
     "Ask for the property's size first (AudioObjectGetPropertyDataSize) and pass exactly that size."),
    ("kAudioHardwareIllegalOperationError", "nope", None,
     "The operation is not allowed on this object right now.",
     "Check that the property is settable (AudioObjectIsPropertySettable) and the device is not in use."),
    ("kAudioHardwareBadObjectError", "!obj", _V,
     "The audio object ID is invalid.",
     "The object may be gone (device unplugged); list the devices again."),
    ("kAudioHardwareBadDeviceError", "!dev", _V,
     "The audio device ID is invalid.",
     "The device may have been disconnected; list the devices again and select one by UID."),
    ("kAudioHardwareBadStreamError", "!str", _V,
     "The audio stream ID is invalid.",
     "List the device's streams again; they change when the device's configuration changes."),
    ("kAudioHardwareUnsupportedOperationError", "unop", _N,
     "The device does not support this operation.",
     "Check the device's capabilities before calling this."),
    ("kAudioDeviceUnsupportedFormatError", "!dat", _V,
     "The device does not support the requested format.",
     "Use one of the device's available formats and nominal sample rates."),
    ("kAudioDevicePermissionsError", "!hog", _P,
     "The device is in exclusive (hog) use by another process, or access is not permitted.",
     "Quit the application holding the device in hog mode, or use another device."),
)

_SERVICES: tuple[_Raw, ...] = (
    ("kAudioServicesUnsupportedPropertyError", "pty?", _N,
     "The property is not supported by AudioServices.",
     "Use a kAudioServicesProperty_* ID."),
    ("kAudioServicesBadPropertySizeError", "!siz", _V,
     "The size of the property data is wrong.",
     "Pass exactly the size of the property's type."),
    ("kAudioServicesBadSpecifierSizeError", "!spc", _V,
     "The size of the specifier is wrong.",
     "Pass the specifier the property documents (usually a SystemSoundID)."),
    ("kAudioServicesSystemSoundUnspecifiedError", -1500, None,
     "The system sound failed for an unspecified reason.",
     "Check that the sound file is a short, supported, uncompressed or IMA4 file."),
    ("kAudioServicesSystemSoundClientTimedOutError", -1501, None,
     "The system sound server did not respond in time.",
     "Try again; the system sound server may be busy."),
    ("kAudioServicesSystemSoundExceededMaximumDurationError", -1502, _V,
     "The sound is too long to play as a system sound (the limit is 30 seconds).",
     "Play long sounds with an audio player or output stream instead."),
    ("kAudioServicesNoHardwareError", "nohw", None,
     "No audio hardware is available.",
     "Connect or enable an audio device and try again."),
)

_CLOCK: tuple[_Raw, ...] = (
    ("kCAClock_UnknownPropertyError", -66816, _V,
     "The clock property is unknown.",
     "Use a kCAClockProperty_* ID."),
    ("kCAClock_InvalidPropertySizeError", -66815, _V,
     "The size of the clock property data is wrong.",
     "Pass exactly the size of the property's type."),
    ("kCAClock_InvalidTimeFormatError", -66814, _V,
     "The time format is invalid.",
     "Use a kCAClockTimeFormat_* value."),
    ("kCAClock_InvalidSyncModeError", -66813, _V,
     "The sync mode is invalid.",
     "Use a kCAClockSyncMode_* value."),
    ("kCAClock_InvalidSyncSourceError", -66812, _V,
     "The sync source is invalid.",
     "Use a MIDI endpoint or audio device that exists as the sync source."),
    ("kCAClock_InvalidTimebaseError", -66811, _V,
     "The timebase is invalid.",
     "Use a kCAClockTimebase_* value."),
    ("kCAClock_InvalidTimebaseSourceError", -66810, _V,
     "The timebase source is invalid.",
     "Use an audio device or audio unit that exists as the timebase source."),
    ("kCAClock_InvalidSMPTEFormatError", -66809, _V,
     "The SMPTE format is invalid.",
     "Use a kSMPTETimeType* value."),
    ("kCAClock_InvalidSMPTEOffsetError", -66808, _V,
     "The SMPTE offset is invalid.",
     "Give an offset within the range of the SMPTE format."),
    ("kCAClock_InvalidUnitError", -66807, _V,
     "The time unit is invalid for this call.",
     "Use a time format the clock can convert to and from."),
    ("kCAClock_InvalidPlayRateError", -66806, _V,
     "The play rate is invalid.",
     "Use a positive play rate."),
    ("kCAClock_CannotSetTimeError", -66805, None,
     "The clock's time cannot be set now.",
     "Stop the clock (or use the internal sync mode) before setting its time."),
)

#: Every area, most general first; lookups without a matching area take the first.
AREAS: Final[tuple[str, ...]] = (
    "general",
    "audiofile",
    "audioformat",
    "hardware",
    "audioconverter",
    "codec",
    "services",
    "audiounit",
    "audioqueue",
    "extaudiofile",
    "audiofilestream",
    "augraph",
    "musicplayer",
    "midi",
    "clock",
)

_SECTIONS: Final[tuple[tuple[str, tuple[_Raw, ...]], ...]] = (
    ("general", _GENERAL),
    ("audiofile", _AUDIOFILE),
    ("audiofilestream", _AUDIOFILESTREAM),
    ("extaudiofile", _EXTAUDIOFILE),
    ("audioformat", _AUDIOFORMAT),
    ("audioconverter", _AUDIOCONVERTER),
    ("codec", _CODEC),
    ("audioqueue", _AUDIOQUEUE),
    ("audiounit", _AUDIOUNIT),
    ("augraph", _AUGRAPH),
    ("musicplayer", _MUSICPLAYER),
    ("midi", _MIDI),
    ("hardware", _HARDWARE),
    ("services", _SERVICES),
    ("clock", _CLOCK),
)

# When a code is not in the caller's area, these closely related areas are
# tried first (they share codes with the same meaning), then AREAS in order.
_RELATED: Final[dict[str, tuple[str, ...]]] = {
    "extaudiofile": ("audiofile", "audioconverter", "codec"),
    "audiofilestream": ("audiofile",),
    "audiofile": ("audiofilestream",),
    "augraph": ("audiounit",),
    "musicplayer": ("augraph", "audiounit"),
    "audioqueue": ("audioconverter", "codec", "hardware"),
    "audioconverter": ("codec", "audioformat"),
    "codec": ("audioconverter",),
    "audiounit": ("hardware",),
}

_RANK: Final[dict[str, int]] = {area: index for index, area in enumerate(AREAS)}


class _Index:
    """The table as OSStatusInfo objects, with dicts for O(1) lookup (built once)."""

    def __init__(self) -> None:
        entries: list[OSStatusInfo] = []
        by_code: dict[int, dict[str, OSStatusInfo]] = {}
        for area, rows in _SECTIONS:
            for name, raw_code, builtin, message, suggestion in rows:
                code = raw_code if isinstance(raw_code, int) else _signed(fourcc_to_int(raw_code))
                info = OSStatusInfo(code, name, message, suggestion, area, builtin)
                entries.append(info)
                per_area = by_code.setdefault(code, {})
                if area in per_area:
                    raise RuntimeError(f"OSStatus table lists {code} twice in area {area!r}")
                per_area[area] = info
        self.entries: tuple[OSStatusInfo, ...] = tuple(entries)
        self.by_code = by_code
        # the default answer when no area is given: the most general area's entry
        self.default: dict[int, OSStatusInfo] = {
            code: min(per_area.values(), key=lambda info: _RANK[info.area])
            for code, per_area in by_code.items()
        }


_index: _Index | None = None


def _get_index() -> _Index:
    global _index
    if _index is None:
        _index = _Index()
    return _index


def _signed(value: int) -> int:
    return value - 0x1_0000_0000 if value > 0x7FFFFFFF else value


def _as_status(code: object) -> int:
    """Validate an OSStatus argument; unsigned 32-bit spellings become signed."""
    if isinstance(code, bool):
        raise TypeError(f"OSStatus must be an int, not bool ({code!r})")
    try:
        value = operator.index(code)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(
            f"OSStatus must be an int, not {type(code).__name__} ({code!r})"
        ) from None
    if not -0x8000_0000 <= value <= 0xFFFF_FFFF:
        raise ValueError(
            f"OSStatus {value} does not fit in 32 bits (expected -2147483648 .. 4294967295)"
        )
    return _signed(value)


def _check_area(area: str | None) -> None:
    if area is not None and area not in _RANK:
        raise ValueError(f"unknown OSStatus area {area!r}; expected one of {', '.join(AREAS)}")


def _code_text(code: int) -> str:
    fourcc = fourcc_of_status(code)
    return str(code) if fourcc is None else f"{fourcc!r}, {code}"


def fourcc_of_status(code: int) -> str | None:
    """Return the four characters of an OSStatus when all its bytes are printable.

    Parameters
    ----------
    code : int
        The OSStatus, signed or as its unsigned 32-bit pattern.

    Returns
    -------
    str or None
        ``'typ?'`` for ``1954115647``; None for codes such as ``-50``.

    Raises
    ------
    TypeError
        If ``code`` is not an integer.
    ValueError
        If ``code`` does not fit in 32 bits.

    Example
    -------
    >>> fourcc_of_status(1954115647)
    'typ?'
    >>> fourcc_of_status(-10863) is None
    True
    """
    value = _as_status(code)
    return int_to_fourcc(value) if is_printable_fourcc(value) else None


def lookup(code: int, area: str | None = None) -> OSStatusInfo | None:
    """Find what an OSStatus code means.

    Parameters
    ----------
    code : int
        The OSStatus (signed, or its unsigned 32-bit pattern).
    area : str, optional
        The framework area of the call that failed (one of :data:`AREAS`).
        When the code means different things in different frameworks, the
        entry of this area is preferred, then those of closely related areas.

    Returns
    -------
    OSStatusInfo or None
        The entry, or None for a code not in the table. Without a matching
        area the most general entry is returned.

    Raises
    ------
    TypeError
        If ``code`` is not an integer.
    ValueError
        If ``code`` does not fit in 32 bits or ``area`` is unknown.

    Example
    -------
    >>> lookup(1718449215).name
    'kAudioFileUnsupportedDataFormatError'
    >>> lookup(1718449215, area='audioconverter').name
    'kAudioConverterErr_FormatNotSupported'
    >>> lookup(12345) is None
    True
    """
    value = _as_status(code)
    _check_area(area)
    index = _get_index()
    per_area = index.by_code.get(value)
    if per_area is None:
        return None
    if area is not None:
        for candidate in (area, *_RELATED.get(area, ())):
            info = per_area.get(candidate)
            if info is not None:
                return info
    return index.default[value]


def os_status_to_string(code: int, area: str | None = None) -> str:
    """Describe an OSStatus in one line: name, FourCC, number and meaning.

    Parameters
    ----------
    code : int
        The OSStatus (signed, or its unsigned 32-bit pattern).
    area : str, optional
        The framework area of the failing call, see :func:`lookup`.

    Returns
    -------
    str
        ``"NAME ('four', number): message"`` for a known code, or
        ``"unknown OSStatus ('four', number)"`` for an unknown one; the FourCC
        part appears only when the code's four bytes are printable.

    Example
    -------
    >>> os_status_to_string(-43)
    'kAudio_FileNotFoundError (-43): The file was not found.'
    >>> os_status_to_string(0x61626364)
    "unknown OSStatus ('abcd', 1633837924)"
    >>> os_status_to_string(-12345)
    'unknown OSStatus (-12345)'
    """
    info = lookup(code, area)
    if info is None:
        return f"unknown OSStatus ({_code_text(_as_status(code))})"
    return str(info)


def get_error_suggestion(code: int, area: str | None = None) -> str | None:
    """Return one sentence saying what to do about an OSStatus, or None if unknown.

    Parameters
    ----------
    code : int
        The OSStatus (signed, or its unsigned 32-bit pattern).
    area : str, optional
        The framework area of the failing call, see :func:`lookup`.

    Returns
    -------
    str or None
        The suggestion, or None for a code not in the table.

    Example
    -------
    >>> get_error_suggestion(-10874)
    'Raise kAudioUnitProperty_MaximumFramesPerSlice before initializing, or render smaller blocks.'
    >>> get_error_suggestion(12345) is None
    True
    """
    info = lookup(code, area)
    return None if info is None else info.suggestion


def all_codes() -> tuple[OSStatusInfo, ...]:
    """Return every entry of the table, grouped by area.

    Returns
    -------
    tuple of OSStatusInfo
        All known codes; a code that means different things in several
        frameworks appears once per area.

    Example
    -------
    >>> len(all_codes()) >= 150
    True
    >>> sorted({info.area for info in all_codes()}) == sorted(AREAS)
    True
    """
    return _get_index().entries
