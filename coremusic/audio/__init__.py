"""Audio: files, streams, devices, AudioUnits and portable analysis.

Files (:class:`~coremusic.audio.file.AudioFile`, memory-mapped PCM readers),
buffer pools, streams and devices of the platform backends, AudioToolbox
classes (AudioConverter, AudioQueue, AudioUnit hosting, AUGraph, MusicPlayer),
and the analysis package.  Submodules are imported on demand; importing this
package itself loads nothing heavy (no numpy).
"""
