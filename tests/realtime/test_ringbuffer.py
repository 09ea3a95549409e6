"""RingBuffer and EventRing: invariants (hypothesis, stateful) and a two-thread stream."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from coremusic._ffi import ffi
from coremusic.realtime import EventRing, PlanarRingBuffer, RingBuffer, next_power_of_two


class RingMachine(RuleBasedStateMachine):
    """Any interleaving of writes and reads returns the input stream exactly, in order."""

    ring_class: type[RingBuffer] = RingBuffer

    def __init__(self) -> None:
        super().__init__()
        self.capacity = 16
        self.channels = 2
        self.ring = self.ring_class(self.capacity, self.channels)
        self.next_value = 0.0
        self.expected: list[float] = []  # first-channel values in flight

    @rule(n=st.integers(0, 40))
    def write(self, n: int) -> None:
        block = np.empty((n, self.channels), np.float32)
        block[:, 0] = np.arange(self.next_value, self.next_value + n)
        block[:, 1] = -block[:, 0]
        free = self.ring.write_available
        written = self.ring.write(block)
        assert written == min(n, free)
        self.expected.extend(block[:written, 0].tolist())
        self.next_value += written

    @rule(n=st.integers(0, 40), pad=st.integers(0, 5))
    def read(self, n: int, pad: int) -> None:
        out = np.full((n + pad, self.channels), 7.5, np.float32)
        available = self.ring.read_available
        got = self.ring.read(out, n)
        assert got == min(n, available)
        want = self.expected[:got]
        del self.expected[:got]
        assert out[:got, 0].tolist() == want
        assert out[:got, 1].tolist() == [-v for v in want]
        assert np.all(out[got:] == 7.5)  # rows past the count untouched

    @precondition(lambda self: self.ring.read_available > 0)
    @rule(n=st.integers(1, 5))
    def skip(self, n: int) -> None:
        dropped = self.ring.skip(n)
        del self.expected[:dropped]

    @invariant()
    def counts(self) -> None:
        assert self.ring.read_available == len(self.expected)
        assert 0 <= self.ring.read_available <= self.capacity
        assert self.ring.read_available + self.ring.write_available == self.capacity


TestRingMachine = RingMachine.TestCase
TestRingMachine.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)


class PlanarRingMachine(RingMachine):
    """The same invariants for the planar ring, through its Python side."""

    ring_class = PlanarRingBuffer


TestPlanarRingMachine = PlanarRingMachine.TestCase
TestPlanarRingMachine.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.booleans(), st.booleans()),
                min_size=1, max_size=40),
       st.integers(1, 3))
@settings(max_examples=80, deadline=None)
def test_planar_ring_c_side_streams_exactly(steps: list[tuple[int, int, bool, bool]],
                                            channels: int) -> None:
    """Writes and reads through C channel buffers or arrays, in any mix, across the wrap."""
    ring = PlanarRingBuffer(16, channels)
    scale = np.arange(1, channels + 1, dtype=np.float32)
    sent: list[float] = []
    received: list[np.ndarray] = []
    value = 0.0
    for n_in, n_out, c_write, c_read in steps:
        block = (np.arange(value, value + n_in, dtype=np.float32)[:, None] * scale)
        free = ring.write_available
        if c_write:
            planar = [np.ascontiguousarray(block[:, c]) for c in range(channels)]
            written = ring.write_from([ffi.from_buffer(p) for p in planar], n_in)
        else:
            written = ring.write(block)
        assert written == min(n_in, free)
        sent.extend(block[:written, 0].tolist())
        value += written
        available = ring.read_available
        if c_read:
            outs = [np.full(n_out, 7.5, np.float32) for _ in range(channels)]
            got = ring.read_into([ffi.from_buffer(o) for o in outs], n_out)
            assert all(np.all(o[got:] == 7.5) for o in outs)  # past the count: untouched
            frames = np.stack(outs, axis=1)[:got]
        else:
            out = np.full((n_out, channels), 7.5, np.float32)
            got = ring.read(out)
            frames = out[:got]
        assert got == min(n_out, available)
        received.append(frames)
        assert ring.read_available + ring.write_available == 16
    joined = np.concatenate(received) if received else np.empty((0, channels), np.float32)
    assert joined[:, 0].tolist() == sent[:len(joined)]
    assert np.array_equal(joined, joined[:, :1] * scale)  # channels stay apart


def test_planar_ring_errors_and_repr() -> None:
    ring = PlanarRingBuffer(8, 2)
    with pytest.raises(ValueError, match=r"PlanarRingBuffer.write: expected shape \(frames, 2\)"):
        ring.write(np.zeros((4, 3), np.float32))
    with pytest.raises(TypeError, match="numpy array"):
        ring.write([1.0, 2.0])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="does not fit"):
        ring.read(np.zeros((4, 2), np.float32), 5)
    assert ring.write(np.ones((3, 2))) == 3  # float64 converted
    assert ring.read_array().dtype == np.float32
    assert repr(ring).startswith("PlanarRingBuffer(capacity=8, channels=2")
    mono = PlanarRingBuffer(4)
    assert mono.write(np.arange(3, dtype=np.float32)) == 3
    out = np.zeros(3, np.float32)
    assert mono.read(out) == 3 and out.tolist() == [0.0, 1.0, 2.0]


@given(st.lists(st.integers(0, 300), min_size=1, max_size=30), st.integers(0, 7))
@settings(max_examples=60, deadline=None)
def test_mono_ring_roundtrip_in_blocks(blocks: list[int], log_cap: int) -> None:
    cap = 1 << (log_cap + 3)
    ring = RingBuffer(cap)
    source = np.arange(sum(blocks), dtype=np.float32)
    pos = 0
    got: list[np.ndarray] = []
    out = np.empty(cap, np.float32)
    for size in blocks:
        end = min(pos + size, source.size)
        pos += ring.write(source[pos:end])
        n = ring.read(out)
        got.append(out[:n].copy())
    while ring.read_available:
        got.append(ring.read_array())
    joined = np.concatenate(got) if got else np.empty(0, np.float32)
    assert np.array_equal(joined, source[:joined.size])
    assert joined.size == pos


def test_two_threads_stream_exactly() -> None:
    """One producer thread and one consumer thread, no lock: the stream arrives intact."""
    total = 40_000
    ring = RingBuffer(1024, 2)
    source = np.empty((total, 2), np.float32)
    source[:, 0] = np.arange(total)
    source[:, 1] = np.arange(total) * 0.5
    received = np.zeros_like(source)

    def produce() -> None:
        pos = 0
        rng = np.random.default_rng(1)
        while pos < total:
            step = int(rng.integers(1, 700))
            pos += ring.write(source[pos:pos + step])

    def consume() -> None:
        pos = 0
        out = np.empty((512, 2), np.float32)
        rng = np.random.default_rng(2)
        while pos < total:
            n = ring.read(out, int(rng.integers(1, 512)))
            received[pos:pos + n] = out[:n]
            pos += n

    threads = [threading.Thread(target=produce), threading.Thread(target=consume)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert np.array_equal(received, source)


def test_planar_ring_two_threads_through_c_buffers() -> None:
    """A Python producer and a consumer reading into C channel buffers, no lock."""
    total = 40_000
    ring = PlanarRingBuffer(1024, 2)
    source = np.empty((total, 2), np.float32)
    source[:, 0] = np.arange(total)
    source[:, 1] = -np.arange(total)
    received = np.zeros_like(source)
    left = np.empty(512, np.float32)
    right = np.empty(512, np.float32)
    pointers = [ffi.from_buffer(left), ffi.from_buffer(right)]

    def produce() -> None:
        pos = 0
        rng = np.random.default_rng(3)
        while pos < total:
            pos += ring.write(source[pos:pos + int(rng.integers(1, 700))])

    def consume() -> None:
        pos = 0
        rng = np.random.default_rng(4)
        while pos < total:
            n = ring.read_into(pointers, int(rng.integers(1, 512)))
            received[pos:pos + n, 0] = left[:n]
            received[pos:pos + n, 1] = right[:n]
            pos += n

    threads = [threading.Thread(target=produce), threading.Thread(target=consume)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    assert np.array_equal(received, source)


def test_capacity_must_be_power_of_two() -> None:
    with pytest.raises(ValueError, match=r"power of two.*1024"):
        RingBuffer(1000)
    with pytest.raises(TypeError):
        RingBuffer(8.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="channels"):
        RingBuffer(8, 0)
    assert next_power_of_two(1000) == 1024
    assert next_power_of_two(1) == 1


def test_shape_errors_name_the_problem() -> None:
    ring = RingBuffer(8, 2)
    with pytest.raises(ValueError, match=r"\(frames, 2\)"):
        ring.write(np.zeros((4, 3), np.float32))
    with pytest.raises(TypeError, match="numpy array"):
        ring.write([1.0, 2.0])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="does not fit"):
        ring.read(np.zeros((4, 2), np.float32), 5)


def test_write_converts_float64_and_never_exceeds_capacity() -> None:
    ring = RingBuffer(8)
    assert ring.write(np.linspace(0, 1, 20)) == 8
    assert ring.write(np.ones(3)) == 0
    assert ring.read_array().dtype == np.float32
    assert "RingBuffer(capacity=8" in repr(ring)


@given(st.lists(st.tuples(st.binary(min_size=0, max_size=40), st.integers(0, 2**40)),
                max_size=40),
       st.integers(0, 3))
@settings(max_examples=60, deadline=None)
def test_event_ring_round_trip(messages: list[tuple[bytes, int]], pops_per_push: int) -> None:
    ring = EventRing(64, 8)
    pending: list[tuple[bytes, int]] = []
    for data, frame in messages:
        if ring.push(data, frame):
            pending.append((data, frame))
        else:
            assert (ring.events_available == ring.event_capacity
                    or len(data) > 64 - sum(len(d) for d, _ in pending))
        for _ in range(pops_per_push):
            got = ring.pop()
            if pending:
                assert got == pending.pop(0)
            else:
                assert got is None
    while pending:
        assert ring.peek_frame() == pending[0][1]
        assert ring.peek_size() == len(pending[0][0])
        assert ring.pop() == pending.pop(0)
    assert ring.pop() is None and len(ring) == 0


def test_event_ring_pop_into_c_buffer_across_the_wrap() -> None:
    from coremusic._ffi import ffi

    ring = EventRing(8, 4)
    assert ring.push(b"abcde", 1)
    assert ring.pop() == (b"abcde", 1)
    assert ring.push(b"123456", 2)  # wraps: 3 bytes at the end, 3 at the start
    dest = ffi.new("unsigned char[16]")
    assert ring.pop_into(dest) == 6
    assert ffi.buffer(dest, 6)[:] == b"123456"
    assert not ring.push(b"x" * 9, 3)  # larger than the ring
