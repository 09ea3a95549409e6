"""Audio: files, streams, devices, AudioUnits and portable analysis.

Files (:class:`~coremusic.audio.file.AudioFile`, memory-mapped PCM readers),
buffer pools, streams and devices of the platform backends, and the analysis
package.  Submodules are imported on demand; importing this package itself
loads nothing heavy (no numpy).
"""
