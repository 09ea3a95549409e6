"""Playback timing: MIDIPlayer vs a mido-driven wall-clock sender, on a JACK dummy server.

Run from the repository root (needs ``jackd``; mido is optional)::

    python tests/benchmarks/bench_midi_player.py            # 2000 events, ~12 s per player
    python tests/benchmarks/bench_midi_player.py --notes 500

Both play the same sequence (tempo changes included) into a JACK MIDI input
of the same server, which stamps every message with the frame it arrived
at.  The error of a message is its received frame minus its ideal frame:

* MIDIPlayer: ideal = start frame + round(exact seconds of its tick x rate);
* the peer is what users write without a scheduler: ``mido.MidiFile.play()``
  (time.sleep between messages, mido's own tempo map) sending each message
  the moment it returns it (JACK then plays it at the start of the next
  cycle); ideal = the frame when playing began + mido's time x rate.

Printed per player: median and max |error| in frames and microseconds, and
the same after removing the median error (a constant latency; what is left
is jitter).  Nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

RATE = 48000
PERIOD = 256
U32 = 0xFFFFFFFF


def make_sequence(notes: int) -> Any:
    """``notes`` notes (2 events each), 16 ticks apart, over four tempo segments."""
    from coremusic.midi.sequence import MIDISequence

    seq = MIDISequence(tempo=120.0, ppq=480)
    span = notes * 16
    for k, bpm in enumerate((150.0, 200.0, 135.0), start=1):
        seq.add_tempo_change(float(seq.tempo_map.seconds_exact(span * k // 4)), bpm)
    track = seq.add_track("bench")
    for k in range(notes):
        track.add_note_ticks(k * 16, 36 + (k * 7) % 60, 80, 12, channel=k % 4)
    return seq


def drain(sink: Any, count: int, timeout: float = 30.0) -> list[Any]:
    got: list[Any] = []
    deadline = time.monotonic() + timeout
    while len(got) < count and time.monotonic() < deadline:
        event = sink.receive(timeout=0.5)
        if event is not None:
            got.append(event)
    return got


def summarize(name: str, errors: list[int]) -> str:
    if not errors:
        return f"| {name} | no events received | | | |"
    median = statistics.median(errors)
    jitter = [abs(e - median) for e in errors]
    absolute = [abs(e) for e in errors]
    us = 1e6 / RATE
    return (f"| {name} | {len(errors)} | {statistics.median(absolute):.0f} / {max(absolute)} frames "
            f"({statistics.median(absolute) * us:.0f} / {max(absolute) * us:.0f} us) | "
            f"{median:+.0f} frames | {statistics.median(jitter):.0f} / {max(jitter):.0f} frames "
            f"({statistics.median(jitter) * us:.0f} / {max(jitter) * us:.0f} us) |")


def signed(frames: int) -> int:
    return ((frames + 0x80000000) & U32) - 0x80000000


def errors_of(got: list[Any], ideal: list[tuple[int, bytes]]) -> list[int]:
    """Received minus ideal frame per message.

    Each received message is matched to the next ideal message with the same
    bytes, so a message lost in an xrun is skipped instead of shifting every
    later pairing; a received message with no ideal counterpart is ignored.
    """
    out: list[int] = []
    k = 0
    for event in got:
        j = k
        # look a few messages ahead only: the note pattern repeats every 120 messages
        end = min(len(ideal), k + 50)
        while j < end and ideal[j][1] != event.data:
            j += 1
        if j == end:
            continue
        out.append(signed(event.frame - ideal[j][0]))
        k = j + 1
    return out


def run_player(seq: Any, sink: Any) -> tuple[list[int], int]:
    from coremusic.midi.player import MIDIPlayer, schedule_frames

    player = MIDIPlayer(seq, port_name="out", client_name="bench-player", connect=[sink.name])
    try:
        start = (player.output.now() + RATE // 4) & U32
        player.start(at_frame=start)
        ideal = schedule_frames(seq, RATE, start=start)
        got = drain(sink, len(ideal))
        player.wait(60)
        late = player.late
    finally:
        player.close()
    return errors_of(got, ideal), late


def run_mido(seq: Any, sink: Any) -> list[int] | None:
    try:
        import mido  # noqa: F401
    except ImportError:
        return None
    from coremusic.backends.jack.midi import JackMIDIOutput

    midi_file = seq.to_mido()
    timeline: list[tuple[float, bytes]] = []
    now = 0.0
    for msg in midi_file:  # mido's own timeline: seconds between messages
        now += msg.time
        if not msg.is_meta:
            timeline.append((now, bytes(msg.bytes())))
    out = JackMIDIOutput("out", client_name="bench-mido", connect=[sink.name])
    try:
        start = out.frame_time()
        for msg in midi_file.play():  # time.sleep scheduling, then send at once
            out.send(msg.bytes())
        got = drain(sink, len(timeline))
    finally:
        out.close()
    return errors_of(got, [(start + round(t * RATE), d) for t, d in timeline])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--notes", type=int, default=1000, help="notes to play (2 events each)")
    args = parser.parse_args()
    from coremusic.backends.jack import DummyJackServer
    from coremusic.backends.jack.midi import JackMIDIInput

    seq = make_sequence(args.notes)
    print(f"sequence: {2 * args.notes} events, {seq.duration:.1f} s, 4 tempi; "
          f"JACK dummy server {RATE} Hz, period {PERIOD}\n")
    with DummyJackServer(rate=RATE, period=PERIOD, prefix="coremusic-bench", set_default=True):
        with JackMIDIInput("sink", client_name="bench-sink", event_capacity=8192,
                           byte_capacity=1 << 17) as sink:
            xruns = [0]
            sink.client.add_listener("xrun", lambda: xruns.__setitem__(0, xruns[0] + 1))
            player_errors, late = run_player(seq, sink)
            player_xruns = xruns[0]
            while sink.receive(timeout=0.5) is not None:
                continue  # the player's closing note-offs and all-notes-off
            mido_errors = run_mido(seq, sink)
            mido_xruns = xruns[0] - player_xruns
    print("| sender | events | median / max abs error | median error | median / max jitter |")
    print("|---|---|---|---|---|")
    print(summarize("coremusic MIDIPlayer (frame-stamped, 200 ms look-ahead)", player_errors))
    if mido_errors is None:
        print("| mido.MidiFile.play() + immediate send | mido not installed | | | |")
    else:
        print(summarize("mido.MidiFile.play() + immediate send", mido_errors))
    print(f"\nMIDIPlayer: {late} messages sent late; server xruns during its run: {player_xruns}; "
          f"during the mido run: {mido_xruns}")
    print("(events missing from the count were lost in server xruns: a client that misses its "
          "cycle on a loaded machine)")


if __name__ == "__main__":
    main()
