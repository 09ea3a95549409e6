"""A Link peer with JACK MIDI: a LinkMIDIClock / LinkMIDISequencer and a receiver.

Run only inside the private network namespace of tests/link/conftest.py (the JACK
server's sockets are files, which every namespace sees). Speaks the JSON-line
protocol of tests/link/_peer.py and adds the MIDI operations below. Received
messages are reported as ``[hex, unwrapped frame, JACK time in us]``.
"""

from __future__ import annotations

import threading
from typing import Any

from coremusic.backends.jack.midi import JackMIDIInput, JackMIDIOutput, MIDIEventData
from coremusic.midi import MIDISequence
from coremusic.midi.link import JackLinkTimebase, LinkMIDIClock, LinkMIDISequencer
from tests.link._peer import Peer, main


class MIDIPeer(Peer):
    def __init__(self) -> None:
        super().__init__()
        self.server: str | None = None
        self.receiver: JackMIDIInput | None = None
        self.outputs: list[JackMIDIOutput] = []
        self.timebase: JackLinkTimebase | None = None
        self.clock: LinkMIDIClock | None = None
        self.sequencer: LinkMIDISequencer | None = None
        self.timebase_options: dict[str, Any] = {}
        self.events: list[MIDIEventData] = []
        self.midi_cond = threading.Condition()

    def _on_midi(self, event: MIDIEventData) -> None:
        with self.midi_cond:
            self.events.append(event)
            self.midi_cond.notify_all()

    def op_jack(self, server: str, **timebase: Any) -> dict[str, Any]:
        """Connect to the JACK server; ``timebase`` options go to JackLinkTimebase."""
        self.server = server
        self.timebase_options = timebase
        self.receiver = JackMIDIInput("in", client_name="link-rx", server=server,
                                      callback=self._on_midi)
        return {}

    def _output(self, name: str) -> JackMIDIOutput:
        assert self.receiver is not None, "send op 'jack' first"
        out = JackMIDIOutput(name, client_name=f"link-{name}", server=self.server,
                             connect=[self.receiver.name])
        self.outputs.append(out)
        if self.timebase is None:
            self.timebase = JackLinkTimebase(self.s(), out.client, **self.timebase_options)
        return out

    def op_clock(self, **options: Any) -> dict[str, Any]:
        self.clock = LinkMIDIClock(self.s(), self._output("clock"), timebase=self.timebase,
                                   **options)
        self.clock.start()
        return {"repr": repr(self.clock)}

    def op_sequencer(self, notes: list[list[float]], **options: Any) -> dict[str, Any]:
        seq = MIDISequence(ppq=480)
        track = seq.add_track("notes")
        for beat, note, length in notes:
            track.add_note_ticks(round(beat * 480), int(note), 100, round(length * 480))
        self.sequencer = LinkMIDISequencer(self.s(), seq, self._output("seq"),
                                           timebase=self.timebase, **options)
        self.sequencer.start()
        return {"repr": repr(self.sequencer)}

    def op_stop_midi(self) -> dict[str, Any]:
        for player in (self.clock, self.sequencer):
            if player is not None:
                player.stop()
        return {}

    def op_stats(self) -> dict[str, Any]:
        assert self.timebase is not None
        out: dict[str, Any] = {"timebase": vars(self.timebase.stats())}
        for name, player in (("clock", self.clock), ("sequencer", self.sequencer)):
            if player is not None:
                out[name] = vars(player.stats)
                out[name + "_errors"] = [repr(e) for e in player.errors]
        return out

    def op_wait_midi(self, status: int, count: int, timeout: float) -> dict[str, Any]:
        """Wait until ``count`` messages starting with byte ``status`` have arrived."""
        def enough() -> bool:
            return sum(1 for e in self.events if e.data[0] == status) >= count
        with self.midi_cond:
            reached = self.midi_cond.wait_for(enough, timeout=timeout)
            seen = sum(1 for e in self.events if e.data[0] == status)
        return {"reached": reached, "seen": seen}

    def op_received(self) -> dict[str, Any]:
        assert self.timebase is not None
        with self.midi_cond:
            events = list(self.events)
        return {"events": [[e.data.hex(), self.timebase.unwrap(e.frame), e.time * 1e6]
                           for e in events]}

    def op_beats(self, frames: list[int]) -> dict[str, Any]:
        """The Link beat (current timeline, session quantum) at each unwrapped frame."""
        assert self.timebase is not None
        state = self.s().capture_app_session_state()
        times = [self.timebase.time_at_frame(f) for f in frames]
        return {"beats": [state.beat_at_time(round(t)) for t in times], "times": times}

    def op_frame_at(self, time: float) -> dict[str, Any]:
        assert self.timebase is not None
        return {"frame": self.timebase.frame_at(time)}

    def op_transport(self) -> dict[str, Any]:
        """This peer's view of the transport: the last change and its beat."""
        state = self.s().capture_app_session_state()
        change = state.time_for_is_playing
        return {"is_playing": state.is_playing, "time": change,
                "beat": state.beat_at_time(change), "quantum": state.quantum}

    def op_set_playing_at(self, playing: bool, delay: int) -> dict[str, Any]:
        """Start/stop the transport ``delay`` microseconds from now; the time used."""
        at = self.s().clock.micros() + delay
        self.s().set_is_playing(playing, at)
        return {"time": at}

    def op_close(self) -> dict[str, Any]:
        for player in (self.clock, self.sequencer):
            if player is not None:
                player.close()
        for out in self.outputs:
            out.close()
        if self.receiver is not None:
            self.receiver.close()
        return super().op_close()


if __name__ == "__main__":
    main(MIDIPeer())
