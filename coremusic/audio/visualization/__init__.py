"""Plots of audio and analysis results (matplotlib, imported on first use).

Plotters return ``matplotlib.figure.Figure`` objects built without pyplot: nothing
is shown, no GUI backend is needed, and they work the same in scripts, servers and
notebooks (display a figure in Jupyter by making it the last expression of a cell,
or save it with ``.save(path)``).

Example
-------
>>> import numpy as np, tempfile, os
>>> from coremusic.audio.visualization import WaveformPlotter
>>> sr = 8000
>>> y = np.sin(2 * np.pi * 3 * np.arange(sr) / sr)
>>> out = WaveformPlotter(y, sr).save(os.path.join(tempfile.mkdtemp(), 'wave.png'), show_rms=True)
>>> out.endswith('wave.png')
True
"""

from .overlays import add_beats, add_onsets, add_pitch
from .spectral import ChromagramPlotter, FrequencySpectrumPlotter, SpectrogramPlotter
from .waveform import WaveformPlotter

__all__ = [
    "ChromagramPlotter",
    "FrequencySpectrumPlotter",
    "SpectrogramPlotter",
    "WaveformPlotter",
    "add_beats",
    "add_onsets",
    "add_pitch",
]
