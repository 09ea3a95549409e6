"""coremusic: audio and MIDI for Python.

A pure-Python cffi binding to Apple's CoreAudio, AudioToolbox and CoreMIDI, a
portable backend (JACK, libsndfile) behind the same API, and high-level MIDI,
music-theory, analysis and DSP tools.

Importing the package is cheap: the everyday classes re-exported here are
imported on first access, and numpy, scipy and matplotlib are only imported by
the modules that use them.

Example
-------
>>> import coremusic as cm
>>> cm.__version__
'0.3.0'
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

__version__ = "0.3.0"

_DEVICES = "coremusic.audio.hal_devices" if sys.platform == "darwin" else "coremusic.audio.devices"

# public name -> module that defines it (imported on first attribute access)
_LAZY: dict[str, str] = {
    # errors
    "CoreAudioError": "coremusic.exceptions",
    "AudioFileError": "coremusic.exceptions",
    "AudioQueueError": "coremusic.exceptions",
    "AudioUnitError": "coremusic.exceptions",
    "AudioConverterError": "coremusic.exceptions",
    "MIDIError": "coremusic.exceptions",
    "MusicPlayerError": "coremusic.exceptions",
    "AudioDeviceError": "coremusic.exceptions",
    "AUGraphError": "coremusic.exceptions",
    "PlatformNotSupportedError": "coremusic.exceptions",
    "BackendUnavailableError": "coremusic.exceptions",
    # formats and structs
    "AudioFormat": "coremusic.formats",
    "AudioStreamBasicDescription": "coremusic.buffer_utils",
    "AudioTimeStamp": "coremusic.structs",
    "AudioValueRange": "coremusic.structs",
    "AudioComponentDescription": "coremusic.structs",
    "AudioObjectPropertyAddress": "coremusic.structs",
    "AudioBufferList": "coremusic.structs",
    "SMPTETime": "coremusic.structs",
    # AudioToolbox processing, hosting, graphs, sequencing and clocks (macOS)
    "AudioConverter": "coremusic.audio.converter",
    "AudioQueue": "coremusic.audio.queue",
    "AudioUnit": "coremusic.audio.audiounit",
    "AUParameter": "coremusic.audio.audiounit",
    "AUPreset": "coremusic.audio.audiounit",
    "AudioComponent": "coremusic.audio.au_component",
    "AudioUnitHost": "coremusic.audio.au_host",
    "AudioUnitPlugin": "coremusic.audio.au_host",
    "AudioUnitChain": "coremusic.audio.au_host",
    "AUGraph": "coremusic.audio.augraph",
    "MusicSequence": "coremusic.audio.musicplayer",
    "MusicTrack": "coremusic.audio.musicplayer",
    "MusicPlayer": "coremusic.audio.musicplayer",
    "MusicEvent": "coremusic.audio.musicplayer",
    "AudioClock": "coremusic.audio.clock",
    "ClockTime": "coremusic.audio.clock",
    # streams, devices and the realtime engine
    "AudioOutputStream": "coremusic.audio.streams",
    "AudioInputStream": "coremusic.audio.streams",
    "AudioProcessor": "coremusic.audio.streams",
    "create_loopback": "coremusic.audio.streams",
    "Loopback": "coremusic.audio.streams",
    # the HAL's devices on macOS, JACK's elsewhere (same names and methods)
    "AudioDeviceManager": _DEVICES,
    "AudioDevice": _DEVICES,
    "CallbackStop": "coremusic.realtime",
    "CallbackAbort": "coremusic.realtime",
    "RingBuffer": "coremusic.realtime",
    "StreamStats": "coremusic.realtime",
    "realtime_section": "coremusic.realtime",
    # audio files
    "AudioFile": "coremusic.audio.file",
    "MMapAudioFile": "coremusic.audio.mmap_file",
    "BufferPool": "coremusic.audio.buffer_pool",
    "available_formats": "coremusic.audio.file",
    # analysis
    "BeatInfo": "coremusic.audio.analysis",
    "PitchInfo": "coremusic.audio.analysis",
    "KeyInfo": "coremusic.audio.analysis",
    "LoudnessInfo": "coremusic.audio.analysis",
    "TempoInfo": "coremusic.audio.analysis",
    "LivePitchDetector": "coremusic.audio.analysis",
    # MIDI files and sequences
    "MIDISequence": "coremusic.midi.sequence",
    "MIDIRouter": "coremusic.midi.router",
    "MIDIPlayer": "coremusic.midi.player",
    "MIDIFileFormat": "coremusic.midi.sequence",
    "MIDITrack": "coremusic.midi.track",
    "MIDIEvent": "coremusic.midi.messages",
    "MIDIMessage": "coremusic.midi.messages",
    "MIDIStatus": "coremusic.midi.messages",
    "MetaType": "coremusic.midi.messages",
    "MIDIFileError": "coremusic.midi.errors",
    "TempoMap": "coremusic.midi.tempo",
    # Ableton Link (needs the optional link_shim; the import error names the install command)
    "LinkSession": "coremusic.link",
    "LinkMIDIClock": "coremusic.midi.link",
    "LinkMIDISequencer": "coremusic.midi.link",
    # analysis entry, slicing, plots, batch
    "AudioAnalyzer": "coremusic.audio.analysis",
    "AudioInfo": "coremusic.audio.analysis",
    "load_audio": "coremusic.audio.analysis",
    "AudioSlicer": "coremusic.audio.slicing",
    "Slice": "coremusic.audio.slicing",
    "SliceCollection": "coremusic.audio.slicing",
    "SliceRecombinator": "coremusic.audio.slicing",
    "WaveformPlotter": "coremusic.audio.visualization",
    "SpectrogramPlotter": "coremusic.audio.visualization",
    "FrequencySpectrumPlotter": "coremusic.audio.visualization",
    "ChromagramPlotter": "coremusic.audio.visualization",
    "batch_process_parallel": "coremusic.utils.batch",
    "BatchResult": "coremusic.utils.batch",
    "ExtendedAudioFile": "coremusic.audio.extaudiofile",
    "AsyncAudioFile": "coremusic.audio.async_file",
    "AsyncAudioQueue": "coremusic.audio.async_queue",
    "BufferCompletion": "coremusic.audio.async_queue",
    "AudioFileStream": "coremusic.audio.file_stream",
    "Pipeline": "coremusic.midi.transforms",
    "Transform": "coremusic.midi.transforms",
    "Arpeggiate": "coremusic.midi.transforms",
    "ChannelFilter": "coremusic.midi.transforms",
    "ChannelRemap": "coremusic.midi.transforms",
    "EventTypeFilter": "coremusic.midi.transforms",
    "Harmonize": "coremusic.midi.transforms",
    "Humanize": "coremusic.midi.transforms",
    "Invert": "coremusic.midi.transforms",
    "Legato": "coremusic.midi.transforms",
    "NoteFilter": "coremusic.midi.transforms",
    "Quantize": "coremusic.midi.transforms",
    "Reverse": "coremusic.midi.transforms",
    "ScaleFilter": "coremusic.midi.transforms",
    "Staccato": "coremusic.midi.transforms",
    "TimeShift": "coremusic.midi.transforms",
    "TimeStretch": "coremusic.midi.transforms",
    "TrackMerge": "coremusic.midi.transforms",
    "Transpose": "coremusic.midi.transforms",
    "VelocityCompress": "coremusic.midi.transforms",
    "VelocityCurve": "coremusic.midi.transforms",
    "VelocityScale": "coremusic.midi.transforms",
    "MIDIClient": "coremusic.midi.coremidi",
    "MIDIInputPort": "coremusic.midi.coremidi",
    "MIDIOutputPort": "coremusic.midi.coremidi",
    "MIDISource": "coremusic.midi.coremidi",
    "MIDIDestination": "coremusic.midi.coremidi",
    "MIDIDevice": "coremusic.midi.coremidi",
    "MIDIEntity": "coremusic.midi.coremidi",
    "VirtualSource": "coremusic.midi.coremidi",
    "VirtualDestination": "coremusic.midi.coremidi",
    "ThruConnection": "coremusic.midi.coremidi",
    "ReceivedMessage": "coremusic.midi.coremidi",
    "ReceivedUMP": "coremusic.midi.coremidi",
    "MIDIInputError": "coremusic.midi.coremidi",
    "IncompleteSysexError": "coremusic.midi.coremidi",
    # music theory
    "Note": "coremusic.music.theory",
    "Interval": "coremusic.music.theory",
    "Scale": "coremusic.music.theory",
    "ScaleType": "coremusic.music.theory",
    "Chord": "coremusic.music.theory",
    "ChordType": "coremusic.music.theory",
    "ChordProgression": "coremusic.music.theory",
    "Key": "coremusic.music.theory",
    "TimeSignature": "coremusic.music.theory",
    "NoteValue": "coremusic.music.theory",
    "Duration": "coremusic.music.theory",
    "RhythmPattern": "coremusic.music.theory",
    "identify_chord": "coremusic.music.theory",
    "note_name_to_midi": "coremusic.music.theory",
    "midi_to_note_name": "coremusic.music.theory",
    "midi_to_frequency": "coremusic.music.theory",
    "frequency_to_midi": "coremusic.music.theory",
}

# Names that need an optional compiled part (the Link shim): reachable as
# attributes, with an ImportError naming the install command when the part is
# missing, but left out of ``__all__`` so that ``from coremusic import *`` works
# on every install.
_OPTIONAL = frozenset({"LinkSession", "LinkMIDIClock", "LinkMIDISequencer"})

__all__ = ["__version__", *sorted(n for n in _LAZY if n not in _OPTIONAL)]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'coremusic' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


if TYPE_CHECKING:  # pragma: no cover
    from coremusic.audio.analysis import (
        AudioAnalyzer,
        AudioInfo,
        BeatInfo,
        KeyInfo,
        LivePitchDetector,
        LoudnessInfo,
        PitchInfo,
        TempoInfo,
        load_audio,
    )
    from coremusic.audio.async_file import (
        AsyncAudioFile,
    )
    from coremusic.audio.async_queue import AsyncAudioQueue, BufferCompletion
    from coremusic.audio.au_component import AudioComponent
    from coremusic.audio.au_host import AudioUnitChain, AudioUnitHost, AudioUnitPlugin
    from coremusic.audio.audiounit import AudioUnit, AUParameter, AUPreset
    from coremusic.audio.augraph import AUGraph
    from coremusic.audio.buffer_pool import BufferPool
    from coremusic.audio.clock import AudioClock, ClockTime
    from coremusic.audio.converter import AudioConverter
    from coremusic.audio.devices import AudioDevice, AudioDeviceManager
    from coremusic.audio.extaudiofile import (
        ExtendedAudioFile,
    )
    from coremusic.audio.file import AudioFile, available_formats
    from coremusic.audio.file_stream import (
        AudioFileStream,
    )
    from coremusic.audio.mmap_file import MMapAudioFile
    from coremusic.audio.musicplayer import MusicEvent, MusicPlayer, MusicSequence, MusicTrack
    from coremusic.audio.queue import AudioQueue
    from coremusic.audio.slicing import (
        AudioSlicer,
        Slice,
        SliceCollection,
        SliceRecombinator,
    )
    from coremusic.audio.streams import (
        AudioInputStream,
        AudioOutputStream,
        AudioProcessor,
        Loopback,
        create_loopback,
    )
    from coremusic.audio.visualization import (
        ChromagramPlotter,
        FrequencySpectrumPlotter,
        SpectrogramPlotter,
        WaveformPlotter,
    )
    from coremusic.buffer_utils import AudioStreamBasicDescription
    from coremusic.exceptions import (
        AudioConverterError,
        AudioDeviceError,
        AudioFileError,
        AudioQueueError,
        AudioUnitError,
        AUGraphError,
        BackendUnavailableError,
        CoreAudioError,
        MIDIError,
        MusicPlayerError,
        PlatformNotSupportedError,
    )
    from coremusic.formats import AudioFormat
    from coremusic.midi.coremidi import (
        IncompleteSysexError,
        MIDIClient,
        MIDIDestination,
        MIDIDevice,
        MIDIEntity,
        MIDIInputError,
        MIDIInputPort,
        MIDIOutputPort,
        MIDISource,
        ReceivedMessage,
        ReceivedUMP,
        ThruConnection,
        VirtualDestination,
        VirtualSource,
    )
    from coremusic.midi.errors import MIDIFileError
    from coremusic.midi.messages import MetaType, MIDIEvent, MIDIMessage, MIDIStatus
    from coremusic.midi.player import MIDIPlayer
    from coremusic.midi.router import MIDIRouter
    from coremusic.midi.sequence import MIDIFileFormat, MIDISequence
    from coremusic.midi.tempo import TempoMap
    from coremusic.midi.track import MIDITrack
    from coremusic.midi.transforms import (
        Arpeggiate,
        ChannelFilter,
        ChannelRemap,
        EventTypeFilter,
        Harmonize,
        Humanize,
        Invert,
        Legato,
        NoteFilter,
        Pipeline,
        Quantize,
        Reverse,
        ScaleFilter,
        Staccato,
        TimeShift,
        TimeStretch,
        TrackMerge,
        Transform,
        Transpose,
        VelocityCompress,
        VelocityCurve,
        VelocityScale,
    )
    from coremusic.music.theory import (
        Chord,
        ChordProgression,
        ChordType,
        Duration,
        Interval,
        Key,
        Note,
        NoteValue,
        RhythmPattern,
        Scale,
        ScaleType,
        TimeSignature,
        frequency_to_midi,
        identify_chord,
        midi_to_frequency,
        midi_to_note_name,
        note_name_to_midi,
    )
    from coremusic.realtime import (
        CallbackAbort,
        CallbackStop,
        RingBuffer,
        StreamStats,
        realtime_section,
    )
    from coremusic.structs import (
        AudioBufferList,
        AudioComponentDescription,
        AudioObjectPropertyAddress,
        AudioTimeStamp,
        AudioValueRange,
        SMPTETime,
    )
    from coremusic.utils.batch import (
        BatchResult,
        batch_process_parallel,
    )
