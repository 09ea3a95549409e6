"""shortcuts.play / play_background on a real JACK server: the file's samples
arrive at the ports the playback stream was connected to."""

from __future__ import annotations

import numpy as np
import pytest

from coremusic import shortcuts
from coremusic.audio.file import AudioFile
from coremusic.audio.streams import AudioInputStream
from tests.jack.conftest import SAMPLE_RATE, wait_until

pytestmark = pytest.mark.jack


def _write(path, data: np.ndarray, rate: int) -> None:
    with AudioFile(path, mode="w", samplerate=rate, channels=data.shape[1], subtype="FLOAT") as f:
        f.write(data)


def _sounding(recorded: np.ndarray) -> np.ndarray:
    nz = np.flatnonzero(np.abs(recorded[:, 0]) > 1e-6)
    assert nz.size, "nothing arrived"
    return recorded[nz[0]:nz[-1] + 1]


def test_play_background_delivers_the_file_bit_exact(jack_server: str, tmp_path) -> None:
    sig = np.random.default_rng(4).uniform(-0.5, 0.5, (3000, 2)).astype(np.float32)
    sig[0] = 0.75
    sig[-1] = 0.25
    path = tmp_path / "noise.wav"
    _write(path, sig, SAMPLE_RATE)
    with AudioInputStream(2, connect=False, name="shortcut-mic", ring_frames=1 << 16) as mic:
        with shortcuts.play_background(path, device=mic.input_ports) as h:
            assert h.sample_rate == SAMPLE_RATE and h.frames == 3000
            assert h.wait(timeout=20.0)
            assert h.finished and h.position == pytest.approx(3000 / SAMPLE_RATE)
            assert h.stream.underruns == 0
        wait_until(lambda: mic.available >= 3000, what="the recording")
        recorded = mic.read(mic.available)
    np.testing.assert_array_equal(_sounding(recorded), sig)


def test_blocking_play_of_a_mono_file_at_another_rate(jack_server: str, tmp_path) -> None:
    path = tmp_path / "low.wav"
    _write(path, np.full((1200, 1), 0.2, np.float32), SAMPLE_RATE // 2)
    # the first resample imports scipy.signal (seconds on a busy machine): do it
    # before the recording starts, or the silence before the sound fills its ring
    from coremusic.utils.dsp import resample

    resample(np.zeros((64, 1), np.float32), SAMPLE_RATE // 2, SAMPLE_RATE, axis=0)
    with AudioInputStream(2, connect=False, name="shortcut-mic2", ring_frames=1 << 18) as mic:
        assert shortcuts.play(path, device=mic.input_ports, volume=0.5) is None
        wait_until(lambda: mic.available >= 2400, what="the recording")
        recorded = mic.read(mic.available)
    sounding = _sounding(recorded)
    assert len(sounding) == pytest.approx(2400, abs=8)  # resampled to the server's rate
    np.testing.assert_allclose(sounding[200:2200], 0.1, atol=2e-3)  # volume 0.5
    np.testing.assert_array_equal(sounding[:, 0], sounding[:, 1])  # mono on both channels


def test_list_devices_on_jack(jack_server: str) -> None:
    outputs = shortcuts.list_devices(output_only=True)
    assert any(d.name == "system" for d in outputs)
    assert all(d.output_channels for d in outputs)
    with pytest.raises(ValueError):
        shortcuts.list_devices(input_only=True, output_only=True)
