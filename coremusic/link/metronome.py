"""A Link metronome: ``python -m coremusic.link.metronome``.

Joins the Link session on the local network (as every Link application does) and
clicks on each beat, higher on each bar. With ``--wav`` it renders the next
``--seconds`` of the session's timeline to a WAV file instead of playing, which
needs no audio device.

Example
-------
.. code-block:: sh

    python -m coremusic.link.metronome --bpm 120 --quantum 4          # play (JACK)
    python -m coremusic.link.metronome --wav click.wav --seconds 8    # render
"""

from __future__ import annotations

import argparse
import threading
import wave
from collections.abc import Sequence

from coremusic.link._session import LinkSession
from coremusic.link.audio import Metronome

__all__ = ["main", "render_wav"]


def render_wav(session: LinkSession, path: str, seconds: float, *, sample_rate: int = 48_000,
               block: int = 256) -> int:
    """Render ``seconds`` of clicks from now on the session's timeline to a WAV file.

    Returns the number of frames written.

    Example
    -------
    >>> import os, tempfile
    >>> s = LinkSession(bpm=120.0)
    >>> path = os.path.join(tempfile.mkdtemp(), "click.wav")
    >>> render_wav(s, path, 4.0)
    192000
    >>> s.close()
    """
    import numpy as np

    if seconds <= 0:
        raise ValueError(f"seconds must be > 0, got {seconds!r}")
    metronome = Metronome(session, sample_rate)
    total = round(seconds * sample_rate)
    start = session.clock.micros()
    state = session.capture_app_session_state()
    blocks = []
    for first in range(0, total, block):
        frames = min(block, total - first)
        host = start + round(first * 1e6 / sample_rate)
        blocks.append(metronome.render(state, host, frames))
    pcm = (np.clip(np.concatenate(blocks)[:, 0], -1.0, 1.0) * 32767.0).astype("<i2")
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm.tobytes())
    return total


def _play(session: LinkSession, seconds: float | None) -> None:
    import coremusic as cm

    stream_class = getattr(cm, "AudioOutputStream", None)
    if stream_class is None:
        raise SystemExit("this coremusic has no audio output streams; use --wav PATH")
    with stream_class(channels=2) as out:
        metronome = Metronome(session, out.sample_rate, channels=2,
                              latency=round(out.latency * 1e6))
        out.set_generator(metronome)
        print(f"clicking at {session.tempo:.2f} bpm, {session.num_peers} peer(s); Ctrl-C stops")
        try:
            threading.Event().wait(seconds)
        except KeyboardInterrupt:
            print()


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m coremusic.link.metronome",
                                     description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--bpm", type=float, default=120.0,
                        help="tempo while no peer is found (joining adopts the session's)")
    parser.add_argument("--quantum", type=float, default=4.0, help="beats per bar")
    parser.add_argument("--seconds", type=float, default=None, help="stop after this long")
    parser.add_argument("--wav", metavar="PATH", help="render to a WAV file instead")
    parser.add_argument("--peers", type=int, default=0,
                        help="first wait (up to 10 s) for this many peers")
    args = parser.parse_args(argv)
    with LinkSession(bpm=args.bpm, quantum=args.quantum) as session:
        if args.peers:
            joined = threading.Event()

            def on_peers(count: int) -> None:
                if count >= args.peers:
                    joined.set()

            session.set_num_peers_callback(on_peers)
            if session.num_peers < args.peers and not joined.wait(10.0):
                print(f"only {session.num_peers} peer(s) found", flush=True)
        if args.wav:
            frames = render_wav(session, args.wav, args.seconds or 8.0)
            print(f"wrote {frames} frames at {session.tempo:.2f} bpm to {args.wav}")
        else:
            _play(session, args.seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
