"""Audio: files, streams, devices, AudioUnits and portable analysis.

Submodules are imported on demand; importing this package loads nothing heavy.
"""
