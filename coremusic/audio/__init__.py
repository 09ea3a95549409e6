"""Audio classes: files (:class:`~coremusic.audio.file.AudioFile`, memory-mapped PCM
readers), buffer pools, and the audio-side wrappers of the platform backends.

The submodules import numpy; importing this package itself does not.
"""
