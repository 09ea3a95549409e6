"""The numpy.fft path (small first calls, or no scipy) gives the same results as scipy.fft."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np

import coremusic
from coremusic.audio.analysis import _stft

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(coremusic.__file__)))


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": _ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )


def test_numpy_backend_matches_scipy(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from coremusic.audio.analysis import chroma_cqt, melspectrogram, pyin, stft

    y = np.random.default_rng(0).standard_normal(22050 * 2).astype(np.float32)
    y += np.sin(2 * np.pi * 220 * np.arange(y.size) / 22050).astype(np.float32)
    ref = (
        np.abs(stft(y)),
        melspectrogram(y, 22050),
        chroma_cqt(y, 22050),
        pyin(y, fmin=80, fmax=1000, sr=22050)[0],
    )
    monkeypatch.setattr(_stft, "_fft", lambda work=0: _stft._NumpyFFT)
    import coremusic.audio.analysis.chroma as chroma_mod
    import coremusic.audio.analysis.pitch as pitch_mod

    monkeypatch.setattr(chroma_mod, "_fft", lambda work=0: _stft._NumpyFFT)
    monkeypatch.setattr(pitch_mod, "_fft", lambda work=0: _stft._NumpyFFT)
    got = (
        np.abs(stft(y)),
        melspectrogram(y, 22050),
        chroma_cqt(y, 22050),
        pyin(y, fmin=80, fmax=1000, sr=22050)[0],
    )
    for a, b in zip(ref, got, strict=True):
        assert np.allclose(a, b, rtol=1e-3, atol=1e-4, equal_nan=True)


def test_features_work_without_scipy() -> None:
    code = textwrap.dedent("""
        import sys
        sys.modules["scipy"] = None  # make every scipy import fail
        import numpy as np
        from coremusic.audio.analysis import beat_track, mfcc, pyin
        y = np.random.default_rng(0).standard_normal(22050 * 40).astype(np.float32)
        assert mfcc(y, 22050).shape == (20, 1 + y.size // 512)
        assert beat_track(y, 22050).beats.ndim == 1
        print("ok")
    """)
    res = _run(code)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "ok"


def test_small_jobs_do_not_import_scipy() -> None:
    code = textwrap.dedent("""
        import sys
        import numpy as np
        from coremusic.audio.analysis import melspectrogram
        melspectrogram(np.zeros(22050 * 5, dtype=np.float32), 22050)
        print("scipy.fft" in sys.modules)
    """)
    res = _run(code)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "False"
