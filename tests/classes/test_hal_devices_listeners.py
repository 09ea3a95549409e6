"""Device listeners: the HAL double fires property listeners from its own thread; the
callbacks reach Python on the dispatcher thread or an asyncio loop, errors are counted
and re-raised, never returned to C, and subscriptions let go of everything on remove()."""

from __future__ import annotations

import asyncio
import gc
import threading
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

from coremusic.audio.hal_devices import (
    AudioDevice,
    AudioDeviceManager,
    DeviceSubscription,
    active_subscriptions,
    drain_events,
    remove_all_subscriptions,
)
from coremusic.capi import hal
from coremusic.exceptions import AudioDeviceError
from tests.doubles.coreaudio import fourcc
from tests.doubles.coreaudio_devices import (
    BUILTIN_MIC,
    BUILTIN_OUT,
    USB,
    DeviceGraphModel,
    DeviceSpec,
)


@pytest.fixture
def graph(framework_double: Any, cf: Any) -> Iterator[DeviceGraphModel]:
    model = DeviceGraphModel(framework_double("CoreAudio"), cf)
    yield model
    model.join()
    assert drain_events(5.0)
    leftover = active_subscriptions()
    for sub in leftover:
        sub.remove()
    assert not leftover, f"subscriptions not removed: {leftover}"


def settle(graph: DeviceGraphModel) -> None:
    graph.join()
    assert drain_events(5.0)


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.threads: list[str] = []

    def __call__(self, *args: Any) -> None:
        self.calls.append(args)
        self.threads.append(threading.current_thread().name)


def test_devices_changed_reaches_python_on_the_dispatcher_thread(graph: DeviceGraphModel) -> None:
    seen = Recorder()
    sub = AudioDeviceManager.on_devices_changed(seen)
    assert isinstance(sub, DeviceSubscription) and sub.active and sub in active_subscriptions()
    graph.plug(DeviceSpec(111, "AirPods", "AirPodsUID", transport="blue", outputs=(2,)))
    settle(graph)
    assert graph.statuses == [0]
    (devices,), = seen.calls
    assert [d.name for d in devices][-1] == "AirPods"
    assert seen.threads == ["coremusic-hal-events"]  # not the HAL's notification thread
    graph.unplug(USB)
    settle(graph)
    assert USB not in [d.device_id for d in seen.calls[-1][0]]
    assert sub.call_count == 2 and sub.error_count == 0
    assert "device list" in repr(sub) and "active" in repr(sub)
    sub.remove()
    assert not sub.active and sub.callback is None and graph.listeners == []
    graph.unplug(111)
    settle(graph)
    assert len(seen.calls) == 2  # nothing after remove()
    sub.remove()  # idempotent


def test_default_device_listeners(graph: DeviceGraphModel) -> None:
    outputs, inputs = Recorder(), Recorder()
    with AudioDeviceManager.on_default_output_device_changed(outputs), \
            AudioDeviceManager.on_default_input_device_changed(inputs):
        graph.change_default("dOut", USB)  # the user picks another device in System Settings
        settle(graph)
        AudioDeviceManager.set_default_input_device(USB)  # the double notifies as the HAL does
        settle(graph)
        graph.change_default("dIn ", 0)
        settle(graph)
    assert outputs.calls == [(AudioDevice(USB),)]
    assert inputs.calls == [(AudioDevice(USB),), (None,)]
    assert graph.listeners == []


def test_sample_rate_changed(graph: DeviceGraphModel) -> None:
    usb = AudioDevice(USB)
    seen = Recorder()
    sub = usb.on_sample_rate_changed(seen)
    usb.sample_rate = 96000.0
    settle(graph)
    assert seen.calls == [(usb, 96000.0)]
    assert "'Scarlett 2i2 USB'" in sub.description
    AudioDevice(BUILTIN_OUT).sample_rate = 44100.0  # another device: not ours
    settle(graph)
    assert len(seen.calls) == 1
    sub.remove()


def test_asyncio_loop_delivery(graph: DeviceGraphModel) -> None:
    result: dict[str, Any] = {}

    async def main() -> None:
        loop = asyncio.get_running_loop()
        got: asyncio.Future[AudioDevice | None] = loop.create_future()

        def on_change(device: AudioDevice | None) -> None:
            result["thread"] = threading.get_ident()
            got.set_result(device)

        with AudioDeviceManager.on_default_output_device_changed(on_change, loop=loop) as sub:
            graph.change_default("dOut", USB)
            result["device"] = await asyncio.wait_for(got, 5.0)
            assert "asyncio loop" in repr(sub)
        result["loop_thread"] = threading.get_ident()

    asyncio.run(main())
    graph.join()
    assert result["device"] == AudioDevice(USB)
    assert result["thread"] == result["loop_thread"]
    with pytest.raises(TypeError, match="loop"):
        AudioDeviceManager.on_devices_changed(print, loop=object())  # type: ignore[arg-type]


def test_closed_loop_is_counted_not_raised_into_c(graph: DeviceGraphModel) -> None:
    loop = asyncio.new_event_loop()
    loop.close()
    sub = AudioDeviceManager.on_devices_changed(print, loop=loop)
    graph.unplug(USB)
    settle(graph)
    assert graph.statuses == [0] and sub.error_count == 1
    with pytest.raises(RuntimeError):
        sub.check_errors()
    sub.remove()


def test_callback_exceptions_are_counted_and_reraised(graph: DeviceGraphModel) -> None:
    def broken(devices: list[AudioDevice]) -> None:
        raise KeyError(f"{len(devices)} devices")

    sub = AudioDeviceManager.on_devices_changed(broken)
    graph.unplug(USB)
    settle(graph)
    graph.unplug(BUILTIN_MIC)
    settle(graph)
    assert graph.statuses == [0, 0]  # C never saw the exceptions
    assert sub.error_count == 2 and sub.call_count == 2 and len(sub.exceptions) == 2
    with pytest.raises(KeyError, match="3 devices"):
        sub.check_errors()
    sub.check_errors()  # reported once, the rest dropped
    assert sub.exceptions == ()
    for listener in hal.active_callbacks():
        assert listener.error_count == 0  # nothing raised on the HAL thread either
    sub.remove()


def test_query_errors_at_delivery_are_counted(graph: DeviceGraphModel) -> None:
    seen = Recorder()
    sub = AudioDevice(USB).on_sample_rate_changed(seen)
    graph.objects.discard(USB)  # gone before the dispatcher reads the new rate
    graph.fire(USB, [("nsrt", "glob", 0)])
    settle(graph)
    assert seen.calls == [] and sub.error_count == 1
    with pytest.raises(AudioDeviceError) as info:
        sub.check_errors()
    assert info.value.fourcc == "!obj"
    graph.objects.add(USB)
    sub.remove()


def test_failed_registration_leaves_nothing_behind(graph: DeviceGraphModel) -> None:
    graph.fail["AudioObjectAddPropertyListener"] = fourcc("nope")
    with pytest.raises(AudioDeviceError) as info:
        AudioDeviceManager.on_devices_changed(print)
    assert info.value.fourcc == "nope"
    assert active_subscriptions() == () and hal.active_callbacks() == ()
    with pytest.raises(TypeError, match="callable"):
        AudioDeviceManager.on_devices_changed("print")  # type: ignore[arg-type]


def test_refused_removal_is_reported(graph: DeviceGraphModel) -> None:
    sub = AudioDeviceManager.on_devices_changed(print)
    graph.fail["AudioObjectRemovePropertyListener"] = fourcc("nope")
    with pytest.raises(AudioDeviceError):
        sub.remove()
    assert not sub.active  # no more deliveries, although C kept its listener
    del graph.fail["AudioObjectRemovePropertyListener"]
    (listener,) = hal.active_callbacks()
    hal.audio_object_remove_property_listener(listener)


def test_subscription_lifetime(graph: DeviceGraphModel) -> None:
    seen = Recorder()
    callback_ref = weakref.ref(seen)
    device = AudioDevice(USB)
    device_ref = weakref.ref(device)
    sub = device.on_sample_rate_changed(seen)
    sub_ref = weakref.ref(sub)
    del seen, sub, device
    gc.collect()
    assert device_ref() is None  # a subscription does not keep its device object alive
    assert sub_ref() is not None and callback_ref() is not None  # active: kept until remove()
    AudioDevice(USB).sample_rate = 48000.0
    settle(graph)
    recorder = callback_ref()
    assert recorder is not None and recorder.calls == [(AudioDevice(USB), 48000.0)]
    del recorder
    live = sub_ref()
    assert live is not None
    live.remove()
    del live
    gc.collect()
    assert sub_ref() is None and callback_ref() is None
    assert hal.active_callbacks() == () and graph.listeners == []


def test_remove_all_subscriptions_runs_at_exit_and_reports_refusals(graph: DeviceGraphModel) -> None:
    first = AudioDeviceManager.on_devices_changed(print)
    second = AudioDevice(USB).on_sample_rate_changed(print)
    assert remove_all_subscriptions() == 2
    assert not first.active and not second.active and graph.listeners == []
    third = AudioDeviceManager.on_default_input_device_changed(print)
    graph.fail["AudioObjectRemovePropertyListener"] = fourcc("nope")
    with pytest.warns(RuntimeWarning, match="default input device"):
        assert remove_all_subscriptions() == 1
    assert not third.active and active_subscriptions() == ()
    del graph.fail["AudioObjectRemovePropertyListener"]
    (listener,) = hal.active_callbacks()
    hal.audio_object_remove_property_listener(listener)
