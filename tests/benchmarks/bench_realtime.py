#!/usr/bin/env python
"""Realtime benchmark: coremusic streams vs JACK-Client and sounddevice, one run, same server.

For each period (64, 128, 256 frames at 48 kHz) the script starts a private
``jackd --no-realtime -d dummy`` server and runs, one after the other on it,
the same work with each library:

- ``noop``: an empty output callback (the per-callback floor),
- ``copy2``: copy a preallocated (period, 2) float32 buffer to 2 output ports,
- ``gain``: duplex, 2 inputs -> x 0.5 -> 2 outputs,
- ``copy2 ring`` (coremusic only): the same copy through the ring buffer, fed
  by a producer thread (the default, callback-free architecture).

Reported per run: time in the callback (median / p99 / max, microseconds),
xruns reported by JACK during the measurement, and JACK's DSP load (mean of
``jack_cpu_load`` samples).  coremusic's callback time is measured from entry
to exit of its cffi trampoline (port buffer lookups and copies included); the
peers' time is measured from the first thing their trampoline does
(sounddevice: wrapping the C buffers, through a timing shim around its
``_buffer`` helper; JACK-Client: the user function, which fetches the port
arrays itself) to the end of the user function, so the peers' exit paths are
not counted.  Then the ring buffer's write+read throughput is compared with a plain
``np.copyto`` of the same bytes.

Run: ``python tests/benchmarks/bench_realtime.py [--seconds 30] [--periods 64 128 256]
[--workloads noop copy2 'copy2 ring' gain]``.
Peers are optional (pip install JACK-Client sounddevice); missing ones are reported.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coremusic.audio.streams import AudioOutputStream, AudioProcessor
from coremusic.backends.jack import DummyJackServer, JackClient
from coremusic.realtime import CallbackTimer, RingBuffer, realtime_section

RATE = 48000
CHANNELS = 2
WORKLOADS = ("noop", "copy2", "copy2 ring", "gain")


# ---------------------------------------------------------------- server
class Monitor:
    """Samples JACK's DSP load and counts server xruns from an idle client."""

    def __init__(self, server: str) -> None:
        self.client = JackClient("bench-monitor", server=server)
        self.xruns = 0
        self.client.add_listener("xrun", self._xrun)
        self.client.activate()
        self.loads: list[float] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _xrun(self) -> None:
        self.xruns += 1

    def begin(self) -> None:
        self.loads.clear()
        self.xruns = 0
        self._stop.clear()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(0.25):
            self.loads.append(self.client.cpu_load)

    def end(self) -> tuple[int, float]:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        return self.xruns, float(np.mean(self.loads)) if self.loads else float("nan")

    def close(self) -> None:
        self.client.close()


class Timer:
    """Preallocated callback durations (ns)."""

    def __init__(self, n: int = 1 << 18) -> None:
        self.d = np.zeros(n, np.int64)
        self.i = 0
        self.armed = False

    def record(self, ns: int) -> None:
        if self.armed and self.i < self.d.size:
            self.d[self.i] = ns
            self.i += 1

    def summary(self) -> tuple[float, float, float, int]:
        v = self.d[:self.i]
        if v.size == 0:
            return float("nan"), float("nan"), float("nan"), 0
        med, p99 = np.percentile(v, [50, 99])
        return med / 1e3, p99 / 1e3, v.max() / 1e3, int(v.size)


def measure(seconds: float, monitor: Monitor, arm: Callable[[], None],
            snapshot: Callable[[], tuple[float, float, float, int]]) -> dict[str, Any]:
    time.sleep(1.0)  # warm up: connections, first calls
    arm()
    monitor.begin()
    time.sleep(seconds)
    xruns, load = monitor.end()
    med, p99, mx, n = snapshot()
    return {"median": med, "p99": p99, "max": mx, "callbacks": n, "xruns": xruns, "load": load}


# ---------------------------------------------------------------- coremusic
def run_coremusic(workload: str, seconds: float, period: int, monitor: Monitor) -> dict[str, Any]:
    buf = np.random.default_rng(0).uniform(-0.5, 0.5, (period, CHANNELS)).astype(np.float32)
    stream: Any
    feeder_stop = threading.Event()
    feeder: threading.Thread | None = None
    if workload == "noop":
        def noop(outdata: Any, frames: int, t: Any, status: Any) -> None:
            return None

        stream = AudioOutputStream(CHANNELS, callback=noop, name="cm-bench")
    elif workload == "copy2":
        copyto = np.copyto

        def copy(outdata: Any, frames: int, t: Any, status: Any) -> None:
            copyto(outdata, buf)

        stream = AudioOutputStream(CHANNELS, callback=copy, name="cm-bench")
    elif workload == "copy2 ring":
        stream = AudioOutputStream(CHANNELS, name="cm-bench", ring_frames=8 * 1024)
        ring = stream.ring

        def feed() -> None:
            while not feeder_stop.is_set():
                while ring.write_available >= period:
                    ring.write(buf)
                feeder_stop.wait(period / RATE / 2)

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
    elif workload == "gain":
        multiply = np.multiply

        def gain(indata: Any, outdata: Any, frames: int, t: Any, status: Any) -> None:
            multiply(indata, 0.5, out=outdata)

        stream = AudioProcessor(gain, channels=CHANNELS, name="cm-bench")
    else:
        raise ValueError(workload)
    try:
        stream.start()

        def arm() -> None:
            stream._engine.timer = CallbackTimer(1 << 18)

        def snapshot() -> tuple[float, float, float, int]:
            med, p99, mx = stream._engine.timer.summary()
            return med, p99, mx, stream._engine.timer.count

        return measure(seconds, monitor, arm, snapshot)
    finally:
        feeder_stop.set()
        if feeder is not None:
            feeder.join()
        stream.close()


# ---------------------------------------------------------------- JACK-Client
def run_jackclient(workload: str, seconds: float, period: int, monitor: Monitor) -> dict[str, Any]:
    import jack

    buf = np.random.default_rng(0).uniform(-0.5, 0.5, (period, CHANNELS)).astype(np.float32)
    cols = [np.ascontiguousarray(buf[:, c]) for c in range(CHANNELS)]
    client = jack.Client("jc-bench", servername=os.environ["JACK_DEFAULT_SERVER"])
    outs = [client.outports.register(f"out_{c + 1}") for c in range(CHANNELS)]
    ins = [client.inports.register(f"in_{c + 1}") for c in range(CHANNELS)] if workload == "gain" else []
    timer = Timer()
    now = time.perf_counter_ns
    multiply = np.multiply

    if workload == "noop":
        def process(frames: int) -> None:
            t0 = now()
            timer.record(now() - t0)
    elif workload == "copy2":
        def process(frames: int) -> None:
            t0 = now()
            for port, col in zip(outs, cols, strict=True):
                port.get_array()[:] = col
            timer.record(now() - t0)
    elif workload == "gain":
        def process(frames: int) -> None:
            t0 = now()
            for i, o in zip(ins, outs, strict=True):
                multiply(i.get_array(), 0.5, out=o.get_array())
            timer.record(now() - t0)
    else:
        raise ValueError(workload)
    client.set_process_callback(process)
    client.activate()
    try:
        for c, port in enumerate(outs):
            client.connect(port, f"system:playback_{c + 1}")
        for c, port in enumerate(ins):
            client.connect(f"system:capture_{c + 1}", port)

        def arm() -> None:
            timer.armed = True

        return measure(seconds, monitor, arm, timer.summary)
    finally:
        client.deactivate()
        client.close()


# ---------------------------------------------------------------- sounddevice
def run_sounddevice(workload: str, seconds: float, period: int, monitor: Monitor) -> dict[str, Any]:
    import sounddevice as sd

    if sd._initialized:
        sd._terminate()  # rescan: PortAudio sees the server that runs now
    sd._initialize()
    # Time sounddevice's whole trampoline, not only the user function: the
    # first thing its cffi callback does is wrap the C buffers (_buffer).
    entered = [0]
    original_buffer = sd._buffer

    def timed_buffer(*args: Any) -> Any:
        if not entered[0]:
            entered[0] = time.perf_counter_ns()
        return original_buffer(*args)

    sd._buffer = timed_buffer
    jack_api = next((i for i, h in enumerate(sd.query_hostapis()) if "JACK" in h["name"]), None)
    if jack_api is None:
        raise RuntimeError("PortAudio has no JACK host API")
    device = sd.query_hostapis(jack_api)["default_output_device"]
    buf = np.random.default_rng(0).uniform(-0.5, 0.5, (period, CHANNELS)).astype(np.float32)
    timer = Timer()
    now = time.perf_counter_ns
    copyto = np.copyto
    multiply = np.multiply
    flagged = [0]
    sizes: set[int] = set()

    def started() -> int:
        t0 = entered[0] or now()
        entered[0] = 0
        return t0

    if workload == "noop":
        def callback(outdata: Any, frames: int, t: Any, status: Any) -> None:
            t0 = started()
            if status:
                flagged[0] += 1
            timer.record(now() - t0)
        stream = sd.OutputStream(RATE, 0, device, CHANNELS, "float32", callback=callback)
    elif workload == "copy2":
        def callback(outdata: Any, frames: int, t: Any, status: Any) -> None:
            t0 = started()
            if status:
                flagged[0] += 1
            if frames == period:
                copyto(outdata, buf)
            else:
                sizes.add(frames)
                outdata.fill(0)
            timer.record(now() - t0)
        stream = sd.OutputStream(RATE, 0, device, CHANNELS, "float32", callback=callback)
    elif workload == "gain":
        def dcallback(indata: Any, outdata: Any, frames: int, t: Any, status: Any) -> None:
            t0 = started()
            if status:
                flagged[0] += 1
            multiply(indata, 0.5, out=outdata)
            timer.record(now() - t0)
        stream = sd.Stream(RATE, 0, (device, device), CHANNELS, "float32", callback=dcallback)
    else:
        raise ValueError(workload)
    stream.start()
    try:
        def arm() -> None:
            timer.armed = True

        result = measure(seconds, monitor, arm, timer.summary)
        result["flagged"] = flagged[0]
        if sizes:
            result["note"] = f"callback sizes seen besides {period}: {sorted(sizes)}"
        return result
    finally:
        stream.stop()
        stream.close()
        sd._buffer = original_buffer
        sd._terminate()


# ---------------------------------------------------------------- ring
def ring_throughput(iterations: int = 200_000, frames: int = 256) -> tuple[float, float, float]:
    block = np.random.default_rng(0).uniform(-1, 1, (frames, 2)).astype(np.float32)
    out = np.empty_like(block)
    ring = RingBuffer(max(4096, 4 * frames), 2)
    for _ in range(1000):
        ring.write(block)
        ring.read(out)
    best_ring = best_copy = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(iterations):
            ring.write(block)
            ring.read(out)
        best_ring = min(best_ring, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _ in range(iterations):
            np.copyto(out, block)
        best_copy = min(best_copy, time.perf_counter() - t0)
    nbytes = block.nbytes * iterations
    ring_gbs = nbytes / best_ring / 1e9
    copy_gbs = nbytes / best_copy / 1e9
    return ring_gbs, copy_gbs, ring_gbs / copy_gbs


# ---------------------------------------------------------------- main
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="measurement per run")
    parser.add_argument("--periods", type=int, nargs="+", default=[64, 128, 256])
    parser.add_argument("--workloads", nargs="+", default=list(WORKLOADS), choices=WORKLOADS,
                        help="which work to run (default: all)")
    parser.add_argument("--plain", action="store_true",
                        help="do not run inside realtime_section() (gc on, 5 ms switch interval)")
    args = parser.parse_args()
    if args.plain:
        run(args)
    else:
        # the same for every library: gc frozen and off, 1 ms GIL switch interval
        with realtime_section():
            run(args)


def run(args: argparse.Namespace) -> None:

    runners: dict[str, Callable[..., dict[str, Any]]] = {"coremusic": run_coremusic}
    missing = []
    try:
        import jack  # noqa: F401
        runners["JACK-Client"] = run_jackclient
    except ImportError:
        missing.append("JACK-Client")
    try:
        import sounddevice  # noqa: F401
        runners["sounddevice"] = run_sounddevice
    except (ImportError, OSError) as exc:
        missing.append(f"sounddevice ({exc})")
    workloads = args.workloads

    rows: list[tuple[int, str, str, dict[str, Any] | str]] = []
    for period in args.periods:
        server = DummyJackServer(rate=RATE, period=period, prefix="cm-bench",
                                 set_default=True).start()
        assert server.name is not None
        monitor = Monitor(server.name)
        try:
            # the environment's floor: the server with no client doing work
            idle = measure(args.seconds, monitor, lambda: None,
                           lambda: (float("nan"), float("nan"), float("nan"), 0))
            rows.append((period, "idle", "(server only)", idle))
            print(f"  period {period:4d} idle {idle}", file=sys.stderr)
            for workload in workloads:
                for lib, runner in runners.items():
                    if workload == "copy2 ring" and lib != "coremusic":
                        continue
                    try:
                        result: dict[str, Any] | str = runner(workload, args.seconds, period, monitor)
                    except Exception as exc:  # report and go on: one peer failing is a result too
                        result = f"failed: {type(exc).__name__}: {exc}"
                    rows.append((period, workload, lib, result))
                    print(f"  period {period:4d} {workload:11s} {lib:12s} {result}", file=sys.stderr)
        finally:
            monitor.close()
            server.stop()

    print(f"\nRealtime callbacks, {args.seconds:.0f} s per run, jackd --no-realtime -d dummy "
          f"-r {RATE}, {os.cpu_count()} CPUs, "
          + ("plain interpreter" if args.plain else "all libraries inside realtime_section()"))
    print(f"{'period':>6} {'work':11} {'library':12} {'median us':>9} {'p99 us':>8} {'max us':>8} "
          f"{'xruns':>5} {'load %':>6} {'med/sd':>6}")
    by_key = {(p, w, lib): r for p, w, lib, r in rows}
    for period, workload, lib, result in rows:
        if isinstance(result, str):
            print(f"{period:>6} {workload:11} {lib:12} {result}")
            continue
        if workload == "idle":
            print(f"{period:>6} {workload:11} {lib:13} {'':>8} {'':>8} {'':>8} "
                  f"{result['xruns']:5d} {result['load']:6.1f}")
            continue
        sd_result = by_key.get((period, workload, "sounddevice"))
        if workload == "copy2 ring":
            sd_result = by_key.get((period, "copy2", "sounddevice"))
        ratio = (f"{result['median'] / sd_result['median']:.2f}"
                 if isinstance(sd_result, dict) and sd_result["median"] else "-")
        print(f"{period:>6} {workload:11} {lib:12} {result['median']:9.1f} {result['p99']:8.1f} "
              f"{result['max']:8.1f} {result['xruns']:5d} {result['load']:6.1f} {ratio:>6}"
              + (f"  ({result['note']})" if "note" in result else ""))
    if missing:
        print(f"not installed: {', '.join(missing)}")

    ring_gbs, copy_gbs, ratio = ring_throughput()
    print(f"\nRingBuffer write+read of 256x2 float32 blocks: {ring_gbs:.2f} GB/s; "
          f"np.copyto of the same bytes: {copy_gbs:.2f} GB/s; ratio {ratio:.2f} "
          f"(the ring copies every byte twice, in and out: {2 * ratio:.2f} of two copytos)")
    print("By block size (stereo float32; write+read vs one np.copyto of the block):")
    for frames in (64, 1024, 4096):
        r_gbs, c_gbs, r = ring_throughput(max(20_000, 200_000 * 256 // frames // 4), frames)
        print(f"  {frames:5d} frames: ring {r_gbs:.2f} GB/s, np.copyto {c_gbs:.2f} GB/s, ratio {r:.2f}")

    ours_256 = [r for p, w, lib, r in rows if p == 256 and lib == "coremusic" and isinstance(r, dict)]
    idle_256 = by_key.get((256, "idle", "(server only)"))
    print("\nGoals:")
    print(f"  0 xruns at period 256 (coremusic runs): "
          f"{'met' if ours_256 and all(r['xruns'] == 0 for r in ours_256) else 'NOT met'}"
          + (f" (the idle server itself had {idle_256['xruns']} xruns in {args.seconds:.0f} s)"
             if isinstance(idle_256, dict) else ""))
    ratios = []
    for (p, w, lib), r in by_key.items():
        sd_r = by_key.get((p, w, "sounddevice"))
        if lib == "coremusic" and isinstance(r, dict) and isinstance(sd_r, dict) and w not in ("noop", "idle"):
            ratios.append(r["median"] / sd_r["median"])
    if ratios:
        print(f"  callback time ratio vs sounddevice <= 1.0: worst {max(ratios):.2f} "
              f"({'met' if max(ratios) <= 1.0 else 'NOT met'})")
    print(f"  ring >= 50% of np.copyto: {ratio:.2f} ({'met' if ratio >= 0.5 else 'NOT met'})")


if __name__ == "__main__":
    main()
