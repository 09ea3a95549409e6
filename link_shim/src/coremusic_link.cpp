// coremusic_link: a small pybind11 layer over ableton::Link.
//
// Threading rules kept here:
// * Every call that may block on one of Link's mutexes (enable, capture/commit of
//   session states, destruction) releases the GIL first.
// * Link's callbacks (peer count, tempo, start/stop) run on Link's own thread.  They
//   never touch Python: they store the latest value, bump a counter and notify a
//   condition variable, holding a mutex only for those few instructions.  A Python
//   thread calls `wait_events()` (GIL released while it waits) and dispatches.

#include <ableton/Link.hpp>

#include <pybind11/pybind11.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <ctime>
#include <mutex>
#include <stdexcept>
#include <string>

namespace py = pybind11;
using std::chrono::microseconds;

namespace
{

using State = ableton::Link::SessionState;

double checkedQuantum(double quantum)
{
  if (!std::isfinite(quantum) || quantum <= 0.0)
  {
    throw py::value_error(
      "quantum must be a finite number of beats > 0, got " + std::to_string(quantum));
  }
  return quantum;
}

double checkedFinite(double value, const char* what)
{
  if (!std::isfinite(value))
  {
    throw py::value_error(std::string(what) + " must be finite, got "
                          + std::to_string(value));
  }
  return value;
}

double checkedTempo(double bpm)
{
  // Link clamps tempi to [20, 999] bpm; refuse rather than clamp silently.
  if (!std::isfinite(bpm) || bpm < 20.0 || bpm > 999.0)
  {
    throw py::value_error(
      "tempo must be between 20 and 999 bpm, got " + std::to_string(bpm));
  }
  return bpm;
}

// Host-clock ticks.  Link's Linux clock is CLOCK_MONOTONIC_RAW in microseconds; its
// ticks are that clock's nanoseconds.  On macOS (mach ticks) and Windows (performance
// counter), Link's clock has ticks of its own.
#if defined(LINK_PLATFORM_MACOSX) || defined(LINK_PLATFORM_WINDOWS)
std::int64_t nowTicks(const ableton::Link::Clock& clock)
{
  return static_cast<std::int64_t>(clock.ticks());
}
std::int64_t ticksToMicros(const ableton::Link::Clock& clock, std::int64_t ticks)
{
  using Ticks = ableton::Link::Clock::Ticks;
  return clock.ticksToMicros(static_cast<Ticks>(ticks)).count();
}
std::int64_t microsToTicks(const ableton::Link::Clock& clock, std::int64_t micros)
{
  return static_cast<std::int64_t>(clock.microsToTicks(microseconds{micros}));
}
#else
std::int64_t nowTicks(const ableton::Link::Clock&)
{
  ::timespec ts{};
  ::clock_gettime(CLOCK_MONOTONIC_RAW, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}
std::int64_t ticksToMicros(const ableton::Link::Clock&, std::int64_t ticks)
{
  return ticks / 1000;
}
std::int64_t microsToTicks(const ableton::Link::Clock&, std::int64_t micros)
{
  return micros * 1000;
}
#endif

// Latest values reported by Link's callbacks, with one counter per kind.
struct Events
{
  std::uint64_t peersSeq = 0;
  std::uint64_t tempoSeq = 0;
  std::uint64_t startStopSeq = 0;
  std::size_t numPeers = 0;
  double tempo = 0.0;
  bool isPlaying = false;
  bool closed = false;

  std::uint64_t total() const
  {
    return peersSeq + tempoSeq + startStopSeq;
  }
};

class LinkHandle
{
public:
  explicit LinkHandle(double bpm)
    : mLink(bpm)
  {
    mLink.setNumPeersCallback([this](std::size_t n) {
      {
        std::lock_guard<std::mutex> lock(mMutex);
        mEvents.numPeers = n;
        ++mEvents.peersSeq;
      }
      mCondition.notify_all();
    });
    mLink.setTempoCallback([this](double bpm) {
      {
        std::lock_guard<std::mutex> lock(mMutex);
        mEvents.tempo = bpm;
        ++mEvents.tempoSeq;
      }
      mCondition.notify_all();
    });
    mLink.setStartStopCallback([this](bool playing) {
      {
        std::lock_guard<std::mutex> lock(mMutex);
        mEvents.isPlaying = playing;
        ++mEvents.startStopSeq;
      }
      mCondition.notify_all();
    });
  }

  ~LinkHandle()
  {
    closeEvents();
    // Callbacks must not outlive this object: replace them by no-ops before mLink's
    // destructor stops Link's thread.
    mLink.setNumPeersCallback([](std::size_t) {});
    mLink.setTempoCallback([](double) {});
    mLink.setStartStopCallback([](bool) {});
  }

  ableton::Link& link()
  {
    return mLink;
  }

  // Wait (GIL released by the caller's binding) until the event counters differ from
  // `seen`, the handle is closed, or `timeout` seconds pass.  Returns a tuple
  // (peers_seq, num_peers, tempo_seq, tempo, start_stop_seq, is_playing, closed).
  py::tuple waitEvents(std::uint64_t seen, double timeout)
  {
    if (!std::isfinite(timeout) || timeout < 0.0)
    {
      throw py::value_error("timeout must be a finite number of seconds >= 0");
    }
    Events snapshot;
    {
      py::gil_scoped_release release;
      std::unique_lock<std::mutex> lock(mMutex);
      mCondition.wait_for(lock, std::chrono::duration<double>(timeout),
        [&] { return mEvents.closed || mEvents.total() != seen; });
      snapshot = mEvents;
    }
    return py::make_tuple(snapshot.peersSeq, snapshot.numPeers, snapshot.tempoSeq,
      snapshot.tempo, snapshot.startStopSeq, snapshot.isPlaying, snapshot.closed);
  }

  void closeEvents()
  {
    {
      std::lock_guard<std::mutex> lock(mMutex);
      mEvents.closed = true;
    }
    mCondition.notify_all();
  }

private:
  // Declared first so that they are destroyed after mLink (whose thread calls them).
  std::mutex mMutex;
  std::condition_variable mCondition;
  Events mEvents;
  ableton::Link mLink;
};

} // namespace

PYBIND11_MODULE(coremusic_link, m)
{
  m.doc() = "Ableton Link for coremusic (use coremusic.link, not this module directly)";
  // No LinkAudio binding: Debian's Link 3 has none (LinkAudio arrived with Link 4).
  m.attr("LINK_AUDIO") = false;
  m.attr("__version__") = "0.1.0";

  py::class_<State>(m, "SessionState", "A captured Link session state (value type).")
    .def("tempo", &State::tempo)
    .def(
      "set_tempo",
      [](State& s, double bpm, std::int64_t atTime) {
        s.setTempo(checkedTempo(bpm), microseconds{atTime});
      },
      py::arg("bpm"), py::arg("at_time"))
    .def(
      "beat_at_time",
      [](const State& s, std::int64_t time, double quantum) {
        return s.beatAtTime(microseconds{time}, checkedQuantum(quantum));
      },
      py::arg("time"), py::arg("quantum"))
    .def(
      "phase_at_time",
      [](const State& s, std::int64_t time, double quantum) {
        return s.phaseAtTime(microseconds{time}, checkedQuantum(quantum));
      },
      py::arg("time"), py::arg("quantum"))
    .def(
      "time_at_beat",
      [](const State& s, double beat, double quantum) {
        return s.timeAtBeat(checkedFinite(beat, "beat"), checkedQuantum(quantum)).count();
      },
      py::arg("beat"), py::arg("quantum"))
    .def(
      "request_beat_at_time",
      [](State& s, double beat, std::int64_t time, double quantum) {
        s.requestBeatAtTime(
          checkedFinite(beat, "beat"), microseconds{time}, checkedQuantum(quantum));
      },
      py::arg("beat"), py::arg("time"), py::arg("quantum"))
    .def(
      "force_beat_at_time",
      [](State& s, double beat, std::int64_t time, double quantum) {
        s.forceBeatAtTime(
          checkedFinite(beat, "beat"), microseconds{time}, checkedQuantum(quantum));
      },
      py::arg("beat"), py::arg("time"), py::arg("quantum"))
    .def(
      "set_is_playing",
      [](State& s, bool playing, std::int64_t time) {
        s.setIsPlaying(playing, microseconds{time});
      },
      py::arg("is_playing"), py::arg("time"))
    .def("is_playing", &State::isPlaying)
    .def("time_for_is_playing", [](const State& s) { return s.timeForIsPlaying().count(); })
    .def(
      "request_beat_at_start_playing_time",
      [](State& s, double beat, double quantum) {
        s.requestBeatAtStartPlayingTime(
          checkedFinite(beat, "beat"), checkedQuantum(quantum));
      },
      py::arg("beat"), py::arg("quantum"))
    .def(
      "set_is_playing_and_request_beat_at_time",
      [](State& s, bool playing, std::int64_t time, double beat, double quantum) {
        s.setIsPlayingAndRequestBeatAtTime(playing, microseconds{time},
          checkedFinite(beat, "beat"), checkedQuantum(quantum));
      },
      py::arg("is_playing"), py::arg("time"), py::arg("beat"), py::arg("quantum"))
    .def("copy", [](const State& s) { return State(s); });

  py::class_<LinkHandle>(m, "Link", "An ableton::Link instance with polled callbacks.")
    .def(py::init([](double bpm) { return new LinkHandle(checkedTempo(bpm)); }),
      py::arg("bpm"))
    .def(
      "is_enabled", [](LinkHandle& h) { return h.link().isEnabled(); },
      py::call_guard<py::gil_scoped_release>())
    .def(
      "enable", [](LinkHandle& h, bool on) { h.link().enable(on); }, py::arg("enable"),
      py::call_guard<py::gil_scoped_release>())
    .def(
      "is_start_stop_sync_enabled",
      [](LinkHandle& h) { return h.link().isStartStopSyncEnabled(); },
      py::call_guard<py::gil_scoped_release>())
    .def(
      "enable_start_stop_sync",
      [](LinkHandle& h, bool on) { h.link().enableStartStopSync(on); }, py::arg("enable"),
      py::call_guard<py::gil_scoped_release>())
    .def(
      "num_peers", [](LinkHandle& h) { return h.link().numPeers(); },
      py::call_guard<py::gil_scoped_release>())
    .def("micros", [](LinkHandle& h) { return h.link().clock().micros().count(); })
    .def("ticks", [](LinkHandle& h) { return nowTicks(h.link().clock()); })
    .def(
      "ticks_to_micros",
      [](LinkHandle& h, std::int64_t t) { return ticksToMicros(h.link().clock(), t); },
      py::arg("ticks"))
    .def(
      "micros_to_ticks",
      [](LinkHandle& h, std::int64_t us) { return microsToTicks(h.link().clock(), us); },
      py::arg("micros"))
    .def(
      "capture_app_session_state",
      [](LinkHandle& h) { return h.link().captureAppSessionState(); },
      py::call_guard<py::gil_scoped_release>())
    .def(
      "commit_app_session_state",
      [](LinkHandle& h, const State& s) { h.link().commitAppSessionState(s); },
      py::arg("state"), py::call_guard<py::gil_scoped_release>())
    .def(
      "capture_audio_session_state",
      [](LinkHandle& h) { return h.link().captureAudioSessionState(); },
      py::call_guard<py::gil_scoped_release>())
    .def(
      "commit_audio_session_state",
      [](LinkHandle& h, const State& s) { h.link().commitAudioSessionState(s); },
      py::arg("state"), py::call_guard<py::gil_scoped_release>())
    .def("wait_events", &LinkHandle::waitEvents, py::arg("seen"), py::arg("timeout"))
    .def("close_events", &LinkHandle::closeEvents,
      py::call_guard<py::gil_scoped_release>());
}
