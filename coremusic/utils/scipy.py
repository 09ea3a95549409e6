"""``coremusic.utils.scipy``: the signal-processing helpers under the name users import.

The implementation lives in :mod:`coremusic.utils.dsp`; this module is the same
functions under the established module path.

Example
-------
>>> import numpy as np
>>> from coremusic.utils import scipy as cms
>>> y = cms.lowpass(np.random.default_rng(0).standard_normal(4800), 48000, 1000.0)
>>> y.shape
(4800,)
"""

from __future__ import annotations

from coremusic.utils.dsp import *  # noqa: F403
from coremusic.utils.dsp import __all__ as __all__
