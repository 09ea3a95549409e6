"""The README's Python tour runs as written (on a real JACK server, with a real file)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import numpy as np
import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def _click_track(path: Path, bpm: float = 120.0, seconds: float = 8.0, rate: int = 22050) -> None:
    import soundfile

    audio = np.zeros(int(seconds * rate), np.float32)
    click = np.exp(-np.arange(400) / 60.0) * np.sin(2 * np.pi * 1000 * np.arange(400) / rate)
    for start in np.arange(0, seconds, 60.0 / bpm):
        i = int(start * rate)
        audio[i:i + 400] += click[: len(audio) - i].astype(np.float32)
    soundfile.write(path, np.stack([audio, audio], axis=1) * 0.5, rate, subtype="PCM_16")


def test_readme_has_python_blocks() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_block_runs(index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           jack_server: str) -> None:
    monkeypatch.chdir(tmp_path)
    _click_track(tmp_path / "take.wav")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(BLOCKS[index], f"README.md python block {index + 1}", "exec"), {})
    printed = out.getvalue()
    # every "# value" comment on a print line is what that print shows
    for line in BLOCKS[index].splitlines():
        match = re.match(r"\s*print\(.*\)\s+# (.+)$", line)
        if match and "..." not in match.group(1):
            assert match.group(1).strip() in printed, (line, printed)
    if "out.mid" in BLOCKS[index]:
        assert (tmp_path / "out.mid").stat().st_size > 0
