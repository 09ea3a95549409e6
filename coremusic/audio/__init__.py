"""coremusic.audio: audio files, streams, devices and Apple AudioUnit hosting.

Submodules are imported on use, so ``import coremusic`` stays fast:
``coremusic.audio.audiounit`` (:class:`AudioUnit`), ``coremusic.audio.au_component``
(:class:`AudioComponent`), ``coremusic.audio.au_host`` (:class:`AudioUnitHost`,
:class:`AudioUnitPlugin`, :class:`AudioUnitChain`).

Example
-------
>>> import coremusic.audio
>>> coremusic.audio.__name__
'coremusic.audio'
"""
