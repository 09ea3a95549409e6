"""A Link peer driven over stdin/stdout, one JSON object per line.

Run only inside the private network namespace made by tests/link/conftest.py.
Each request is ``{"op": ..., ...}``; each reply is ``{"ok": true, ...}`` or
``{"ok": false, "error": "..."}``.  Waits use the session's callbacks (a Condition
notified from the event thread), bounded by the timeout the test passes.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from typing import Any

from coremusic.link import LinkSession


class Peer:
    def __init__(self) -> None:
        self.session: LinkSession | None = None
        self.cond = threading.Condition()
        self.seen: dict[str, Any] = {}

    def _record(self, kind: str) -> Any:
        def callback(value: Any) -> None:
            with self.cond:
                self.seen[kind] = value
                self.cond.notify_all()
        return callback

    def s(self) -> LinkSession:
        if self.session is None:
            raise RuntimeError("no session: send op 'new' first")
        return self.session

    def op_new(self, bpm: float, quantum: float = 4.0, start_stop_sync: bool = False,
               enabled: bool = False) -> dict[str, Any]:
        self.session = LinkSession(bpm, quantum=quantum, start_stop_sync=start_stop_sync,
                                   enabled=enabled)
        self.session.set_num_peers_callback(self._record("num_peers"))
        self.session.set_tempo_callback(self._record("tempo"))
        self.session.set_start_stop_callback(self._record("is_playing"))
        return {}

    def op_enable(self) -> dict[str, Any]:
        self.s().enable()
        return {}

    def op_disable(self) -> dict[str, Any]:
        self.s().disable()
        return {}

    def op_get(self) -> dict[str, Any]:
        s = self.s()
        return {"num_peers": s.num_peers, "tempo": s.tempo, "is_playing": s.is_playing,
                "enabled": s.enabled, "micros": s.clock.micros()}

    def op_set_tempo(self, bpm: float) -> dict[str, Any]:
        self.s().tempo = bpm
        return {}

    def op_set_playing(self, playing: bool) -> dict[str, Any]:
        self.s().is_playing = playing
        return {}

    def op_at(self, time: int, quantum: float) -> dict[str, Any]:
        state = self.s().capture_app_session_state()
        return {"beat": state.beat_at_time(time, quantum),
                "phase": state.phase_at_time(time, quantum), "tempo": state.tempo}

    def op_wait(self, what: str, value: Any, timeout: float) -> dict[str, Any]:
        """Wait until the session's ``what`` equals ``value``.

        A tempo crosses the network through a measured clock mapping and arrives
        within a few millionths of a bpm, so tempi compare within 0.01 bpm.
        """
        getters: dict[str, Callable[[LinkSession], Any]] = {
            "num_peers": lambda s: s.num_peers,
            "tempo": lambda s: s.tempo,
            "is_playing": lambda s: s.is_playing,
        }
        get = getters[what]

        def reached() -> bool:
            current = get(self.s())
            if what == "tempo":
                return bool(abs(current - value) < 0.01)
            return bool(current == value)

        with self.cond:
            # Callbacks notify the condition; the predicate reads the live value.
            done = self.cond.wait_for(reached, timeout=timeout)
        return {"reached": done, "value": get(self.s()), "seen": self.seen}

    def op_close(self) -> dict[str, Any]:
        s = self.session
        if s is None:
            return {"errors": []}
        s.close()
        return {"errors": [repr(e) for e in s.callback_errors]}


def main(peer: Peer | None = None) -> None:
    peer = Peer() if peer is None else peer
    print(json.dumps({"ok": True, "ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        op = request.pop("op")
        try:
            reply = getattr(peer, f"op_{op}")(**request)
            reply["ok"] = True
        except Exception as exc:  # reported to the test, which fails on it
            reply = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(reply), flush=True)
        if op == "close":
            return


if __name__ == "__main__":
    main()
