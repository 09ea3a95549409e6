"""Frame checks shared by the MIDI router and player tests."""

from __future__ import annotations

from typing import Any

from .conftest import PERIOD, SAMPLE_RATE

U32 = 0xFFFFFFFF


class Xruns:
    """Counts the server's xruns while a test runs, and checks frames with that knowledge.

    Without an xrun every frame must match exactly.  An xrun means a client
    missed its cycle (an overloaded machine): the test server runs
    asynchronously, so a late receiver reads the next cycle's frame time
    (its stamps are one period late) and a late sender puts what it missed
    at the start of its next cycle.  After xruns a frame may therefore be
    exactly one period late or at a cycle start after its frame; never early.
    """

    def __init__(self, port: Any) -> None:
        self.count = 0
        port.client.add_listener("xrun", self._on_xrun)

    def _on_xrun(self) -> None:
        self.count += 1

    def check(self, got: list[int], want: list[int]) -> None:
        """Assert the received frames ``got`` against the scheduled ``want``."""
        if self.count == 0:
            assert got == want
            return
        assert len(got) == len(want)
        for g, w in zip(got, want, strict=True):
            late = (g - w) & U32
            assert late < SAMPLE_RATE and (late in (0, PERIOD) or g % PERIOD == 0), (g, w, self.count)


def receive(sink: Any, xruns: Xruns | None, what: str) -> Any:
    """The next event of ``sink``.

    An event that never comes fails the test, unless the server had xruns: a
    client skipped for missing its cycle loses what its ports carried then,
    and that says the machine is overloaded, not that the code is wrong; the
    test is then skipped with that reason.
    """
    import pytest

    event = sink.receive(timeout=10)
    if event is None:
        if xruns is not None and xruns.count > 0:
            pytest.skip(f"{what}: lost while the JACK server had {xruns.count} xruns (overloaded machine)")
        raise AssertionError(f"{what} never arrived")
    return event
