"""A model of CoreMIDI installed on the cffi-typed CoreMIDI double.

``CoreMIDIModel(framework_double("CoreMIDI"), cf)`` implements every function
of ``cdefs/CoreMIDI/MIDIServices.h`` as typed trampolines over a small object
graph (two devices with entities and endpoints, one external device), with
properties whose string, data and dictionary values are CF objects of the
CoreFoundation double (so the ``cf`` fixture catches leaks and
over-releases).  It keeps the notify procs, read procs and sysex requests it
receives and calls them back the way CoreMIDI's threads would
(``notify_*``, ``deliver``, ``complete_sysex``), building real packet lists
in memory with its own packer (``struct``-based, independent of coremusic's).

It proves marshalling and ownership, not Apple's behaviour.
"""

from __future__ import annotations

import platform
import struct
import sys
from dataclasses import dataclass, field
from typing import Any

from coremusic._ffi import ffi
from tests.doubles.corefoundation import CoreFoundationDouble
from tests.doubles.framework import FrameworkDouble

# MIDIServices.h result codes
UNKNOWN_ERROR = -10845
OBJECT_NOT_FOUND = -10842
WRONG_PROPERTY_TYPE = -10836
UNKNOWN_PROPERTY = -10835
UNKNOWN_ENDPOINT = -10834
NO_CONNECTION = -10833
WRONG_ENDPOINT_TYPE = -10832
INVALID_PORT = -10831
INVALID_CLIENT = -10830
NO_CURRENT_SETUP = -10837
SETUP_FORMAT = -10840

# MIDIObjectType
DEVICE, ENTITY, SOURCE, DESTINATION = 0, 1, 2, 3
EXTERNAL_DEVICE, EXTERNAL_ENTITY = 16, 17

# the graph
IAC, IAC_BUS, IAC_SRC, IAC_DST = 0x100, 0x101, 0x102, 0x103
PAD, PAD_ENT, PAD_SRC, PAD_DST = 0x200, 0x201, 0x202, 0x203
SYNTH = 0x300

PROPERTY_KEYS = {  # exported symbol -> the key text CoreMIDI uses
    "kMIDIPropertyName": "name", "kMIDIPropertyManufacturer": "manufacturer",
    "kMIDIPropertyModel": "model", "kMIDIPropertyUniqueID": "uniqueID",
    "kMIDIPropertyDisplayName": "displayName", "kMIDIPropertyOffline": "offline",
    "kMIDIPropertyNameConfiguration": "nameConfiguration",
    "kMIDIPropertyNameConfigurationDictionary": "nameConfigurationDictionary",
    "kMIDIPropertyProtocolID": "protocol", "kMIDIPropertyPrivate": "private",
}

ARM = platform.machine().lower() not in ("x86_64", "amd64", "i386", "i686")


@dataclass
class Obj:
    ref: int
    kind: int
    parent: int = 0
    children: list[int] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class Client:
    name: str
    proc: Any
    refcon: Any


@dataclass
class Port:
    client: int
    name: str
    proc: Any = None  # read proc of an input port
    refcon: Any = None
    connections: dict[int, int] = field(default_factory=dict)  # source -> conn refcon


def build_packet_list(packets: list[tuple[int, bytes]], arm: bool = ARM) -> Any:
    """A ``MIDIPacketList`` in C memory, laid out as CoreMIDI does on this machine."""
    raw = bytearray(struct.pack("=I", len(packets)))
    for i, (stamp, data) in enumerate(packets):
        raw += struct.pack("=QH", stamp, len(data)) + data
        if arm and i < len(packets) - 1:
            raw += bytes(-len(raw) % 4)
    storage = ffi.new("char[]", max(len(raw), ffi.sizeof("MIDIPacketList")))
    ffi.memmove(storage, bytes(raw), len(raw))
    return storage


def read_packet_list(pointer: Any, arm: bool = ARM) -> list[tuple[int, bytes]]:
    """The packets of a ``MIDIPacketList *`` coremusic passed (struct-based walk)."""
    base = int(ffi.cast("uintptr_t", pointer))
    (count,) = struct.unpack("=I", ffi.buffer(ffi.cast("char *", base), 4))
    at, out = base + 4, []
    for _ in range(count):
        stamp, length = struct.unpack("=QH", ffi.buffer(ffi.cast("char *", at), 10))
        out.append((stamp, bytes(ffi.buffer(ffi.cast("char *", at + 10), length))))
        at += 10 + length
        if arm:
            at = (at + 3) & ~3
    return out


def read_event_list(pointer: Any) -> tuple[int, list[tuple[int, tuple[int, ...]]]]:
    base = int(ffi.cast("uintptr_t", pointer))
    protocol, count = struct.unpack("=iI", ffi.buffer(ffi.cast("char *", base), 8))
    at, out = base + 8, []
    for _ in range(count):
        stamp, n = struct.unpack("=QI", ffi.buffer(ffi.cast("char *", at), 12))
        out.append((stamp, struct.unpack(f"={n}I", ffi.buffer(ffi.cast("char *", at + 12), 4 * n))))
        at += 12 + 4 * n
    return protocol, out


class CoreMIDIModel:
    """CoreMIDI, as far as coremusic's contract tests need it."""

    def __init__(self, double: FrameworkDouble, cf: CoreFoundationDouble) -> None:
        self.double = double
        self.cf = cf
        self.objects: dict[int, Obj] = {}
        self.clients: dict[int, Client] = {}
        self.ports: dict[int, Port] = {}
        self.virtual: dict[int, Port] = {}  # virtual endpoints: client, name, read proc of a destination
        self.sent: list[tuple[int, int, list[tuple[int, bytes]]]] = []
        self.sent_events: list[tuple[int, int, int, list[tuple[int, tuple[int, ...]]]]] = []
        self.received: list[tuple[int, Any]] = []
        self.sysex: list[Any] = []  # request pointers, in order
        self.thru: dict[int, tuple[str | None, bytes]] = {}
        self.setups: dict[int, bytes] = {}
        self.current_setup = 0
        self.flushed: list[int] = []
        self.restarts = 0
        self.bluetooth: list[str] = []
        self.serial_owners = {"modem": "com.apple.AppleMIDISerial"}
        self._next = 0x1000
        self._populate()
        self._install()

    # -- the graph -------------------------------------------------------------
    def new_ref(self) -> int:
        self._next += 1
        return self._next

    def add(self, ref: int, kind: int, parent: int = 0, **props: Any) -> Obj:
        obj = Obj(ref, kind, parent, props=dict(props))
        self.objects[ref] = obj
        if parent:
            self.objects[parent].children.append(ref)
        return obj

    def _populate(self) -> None:
        self.add(IAC, DEVICE, name="IAC Driver", manufacturer="Apple Inc.", uniqueID=-1186632394, offline=0)
        self.add(IAC_BUS, ENTITY, IAC, name="Bus 1", uniqueID=101)
        self.add(IAC_SRC, SOURCE, IAC_BUS, name="Bus 1", uniqueID=102, displayName="IAC Driver Bus 1")
        self.add(IAC_DST, DESTINATION, IAC_BUS, name="Bus 1", uniqueID=103)
        self.add(PAD, DEVICE, name="Launchpad X", manufacturer="Focusrite", uniqueID=200,
                 nameConfiguration=b"<xml/>", nameConfigurationDictionary={"master": "pad.midnam", "banks": [1, 2]})
        self.add(PAD_ENT, ENTITY, PAD, name="LPX MIDI", uniqueID=201)
        self.add(PAD_SRC, SOURCE, PAD_ENT, name="LPX MIDI Out", uniqueID=202)
        self.add(PAD_DST, DESTINATION, PAD_ENT, name="LPX MIDI In", uniqueID=203)
        self.add(SYNTH, EXTERNAL_DEVICE, name="JV-1080", manufacturer="Roland", uniqueID=300)

    def of_kind(self, *kinds: int) -> list[int]:
        return [r for r, o in self.objects.items() if o.kind in kinds and not o.props.get("private")]

    def _children(self, ref: int, kind: int) -> list[int]:
        obj = self.objects.get(ref)
        return [c for c in obj.children if self.objects[c].kind == kind] if obj else []

    def key(self, cfstr: Any) -> str:
        return str(self.cf.value_of(cfstr))

    # -- callbacks, as CoreMIDI's threads would make them -------------------------
    def notify(self, client: int, message: Any) -> None:
        c = self.clients[client]
        c.proc(ffi.cast("MIDINotification *", message), c.refcon)

    def notify_setup_changed(self, client: int) -> None:
        self.notify(client, ffi.new("MIDINotification *", {"messageID": 1, "messageSize": 8}))

    def notify_added(self, client: int, parent: int, child: int) -> None:
        self.notify(client, ffi.new("MIDIObjectAddRemoveNotification *", {
            "messageID": 2, "messageSize": 24, "parent": parent, "parentType": self.objects[parent].kind,
            "child": child, "childType": self.objects[child].kind}))

    def notify_property_changed(self, client: int, obj: int, key: str) -> None:
        name = self.cf.new("string", key, "CFStringRef")
        try:
            self.notify(client, ffi.new("MIDIObjectPropertyChangeNotification *", {
                "messageID": 4, "messageSize": 24, "object": obj, "objectType": self.objects[obj].kind,
                "propertyName": name}))
        finally:
            self.cf._release_addr(int(ffi.cast("uintptr_t", name)))

    def notify_io_error(self, client: int, device: int, status: int) -> None:
        self.notify(client, ffi.new("MIDIIOErrorNotification *", {
            "messageID": 7, "messageSize": 16, "driverDevice": device, "errorCode": status}))

    def deliver(self, source: int, packets: list[tuple[int, bytes]]) -> int:
        """Call the read proc of every input port connected to ``source``; how many were called."""
        storage = build_packet_list(packets)
        calls = 0
        for port in list(self.ports.values()):
            if port.proc is not None and source in port.connections:
                port.proc(ffi.cast("MIDIPacketList *", storage), port.refcon,
                          ffi.cast("void *", port.connections[source]))
                calls += 1
        return calls

    def deliver_to_destination(self, dest: int, packets: list[tuple[int, bytes]]) -> None:
        endpoint = self.virtual[dest]
        storage = build_packet_list(packets)
        endpoint.proc(ffi.cast("MIDIPacketList *", storage), endpoint.refcon, ffi.NULL)

    def complete_sysex(self) -> int:
        """Finish every sysex request in flight (as the sending thread would); how many."""
        done = 0
        while self.sysex:
            request = self.sysex.pop(0)
            if ffi.typeof(request) is ffi.typeof("MIDISysexSendRequest *"):
                request.bytesToSend = 0
            else:
                request.wordsToSend = 0
            request.complete = True
            request.completionProc(request)
            done += 1
        return done

    # -- the functions -------------------------------------------------------------
    def _install(self) -> None:
        imp = self.double.implement
        cf = self.cf
        for symbol, text in PROPERTY_KEYS.items():
            # FrameworkDouble.set_data would store a CFStringRef, which its __getattr__ then
            # dereferences as a boxed struct (the CFString struct is opaque): store a void *,
            # which cffi passes wherever a CFStringRef is declared.
            self.double._data[symbol] = ffi.cast("void *", cf._make("string", text, immortal=True))

        # --- the system's objects
        devices = lambda: self.of_kind(DEVICE)  # noqa: E731
        externals = lambda: self.of_kind(EXTERNAL_DEVICE)  # noqa: E731
        sources = lambda: [r for r in self.of_kind(SOURCE)]  # noqa: E731
        dests = lambda: [r for r in self.of_kind(DESTINATION)]  # noqa: E731

        def at(items: list[int], i: int) -> int:
            return items[i] if 0 <= i < len(items) else 0

        imp("MIDIGetNumberOfDevices", lambda: len(devices()))
        imp("MIDIGetDevice", lambda i: at(devices(), i))
        imp("MIDIGetNumberOfExternalDevices", lambda: len(externals()))
        imp("MIDIGetExternalDevice", lambda i: at(externals(), i))
        imp("MIDIGetNumberOfSources", lambda: len(sources()))
        imp("MIDIGetSource", lambda i: at(sources(), i))
        imp("MIDIGetNumberOfDestinations", lambda: len(dests()))
        imp("MIDIGetDestination", lambda i: at(dests(), i))
        imp("MIDIDeviceGetNumberOfEntities", lambda d: len(self._children(d, ENTITY)))
        imp("MIDIDeviceGetEntity", lambda d, i: at(self._children(d, ENTITY), i))
        imp("MIDIEntityGetNumberOfSources", lambda e: len(self._children(e, SOURCE)))
        imp("MIDIEntityGetSource", lambda e, i: at(self._children(e, SOURCE), i))
        imp("MIDIEntityGetNumberOfDestinations", lambda e: len(self._children(e, DESTINATION)))
        imp("MIDIEntityGetDestination", lambda e, i: at(self._children(e, DESTINATION), i))

        def parent_of(kind_ok: tuple[int, ...]) -> Any:
            def get(ref: int, out: Any) -> int:
                obj = self.objects.get(ref)
                if obj is None or obj.kind not in kind_ok:
                    return OBJECT_NOT_FOUND
                out[0] = obj.parent
                return 0
            return get

        imp("MIDIEntityGetDevice", parent_of((ENTITY, EXTERNAL_ENTITY)))
        imp("MIDIEndpointGetEntity", parent_of((SOURCE, DESTINATION)))

        @imp("MIDIObjectFindByUniqueID")
        def _find(uid: int, out: Any, kind: Any) -> int:
            for obj in self.objects.values():
                if obj.props.get("uniqueID") == uid:
                    out[0] = obj.ref
                    if kind != ffi.NULL:
                        kind[0] = obj.kind
                    return 0
            return OBJECT_NOT_FOUND

        # --- properties
        def getter(kinds: tuple[type, ...], make: Any) -> Any:
            def get(ref: int, key: Any, out: Any) -> int:
                obj = self.objects.get(ref)
                if obj is None:
                    return OBJECT_NOT_FOUND
                name = self.key(key)
                if name not in obj.props:
                    return UNKNOWN_PROPERTY
                value = obj.props[name]
                if not isinstance(value, kinds) or isinstance(value, bool):
                    return WRONG_PROPERTY_TYPE
                out[0] = make(value)
                return 0
            return get

        imp("MIDIObjectGetIntegerProperty", getter((int,), lambda v: v))
        imp("MIDIObjectGetStringProperty", getter((str,), lambda v: ffi.cast("CFStringRef", cf.make_python(v))))
        imp("MIDIObjectGetDataProperty", getter((bytes,), lambda v: ffi.cast("CFDataRef", cf.make_python(v))))
        imp("MIDIObjectGetDictionaryProperty",
            getter((dict,), lambda v: ffi.cast("CFDictionaryRef", cf.make_python(v))))

        def setter(convert: Any) -> Any:
            def put(ref: int, key: Any, value: Any) -> int:
                obj = self.objects.get(ref)
                if obj is None:
                    return OBJECT_NOT_FOUND
                obj.props[self.key(key)] = convert(value)
                return 0
            return put

        imp("MIDIObjectSetIntegerProperty", setter(int))
        imp("MIDIObjectSetStringProperty", setter(cf.value_of))
        imp("MIDIObjectSetDataProperty", setter(cf.value_of))
        imp("MIDIObjectSetDictionaryProperty", setter(cf.value_of))

        @imp("MIDIObjectRemoveProperty")
        def _remove(ref: int, key: Any) -> int:
            obj = self.objects.get(ref)
            if obj is None:
                return OBJECT_NOT_FOUND
            return 0 if obj.props.pop(self.key(key), None) is not None else UNKNOWN_PROPERTY

        def tree(ref: int, deep: bool) -> dict[str, Any]:
            obj = self.objects[ref]
            out = dict(obj.props)
            if deep and obj.children:
                label = "entities" if obj.kind in (DEVICE, EXTERNAL_DEVICE) else "endpoints"
                out[label] = [tree(c, deep) for c in obj.children]
            return out

        @imp("MIDIObjectGetProperties")
        def _props(ref: int, out: Any, deep: int) -> int:
            if ref not in self.objects:
                return OBJECT_NOT_FOUND
            out[0] = ffi.cast("CFPropertyListRef", cf.make_python(tree(ref, bool(deep))))
            return 0

        # --- clients and ports
        @imp("MIDIClientCreate")
        def _client(name: Any, proc: Any, refcon: Any, out: Any) -> int:
            ref = self.new_ref()
            self.clients[ref] = Client(self.key(name), proc if proc != ffi.NULL else None, refcon)
            out[0] = ref
            return 0

        @imp("MIDIClientDispose")
        def _client_dispose(ref: int) -> int:
            if self.clients.pop(ref, None) is None:
                return INVALID_CLIENT
            for p in [p for p, port in self.ports.items() if port.client == ref]:
                del self.ports[p]
            for e in [e for e, endpoint in self.virtual.items() if endpoint.client == ref]:
                del self.virtual[e]
                del self.objects[e]
            return 0

        @imp("MIDIInputPortCreate")
        def _in_port(client: int, name: Any, proc: Any, refcon: Any, out: Any) -> int:
            if client not in self.clients:
                return INVALID_CLIENT
            ref = self.new_ref()
            self.ports[ref] = Port(client, self.key(name), proc, refcon)
            out[0] = ref
            return 0

        @imp("MIDIOutputPortCreate")
        def _out_port(client: int, name: Any, out: Any) -> int:
            if client not in self.clients:
                return INVALID_CLIENT
            ref = self.new_ref()
            self.ports[ref] = Port(client, self.key(name))
            out[0] = ref
            return 0

        imp("MIDIPortDispose", lambda ref: 0 if self.ports.pop(ref, None) is not None else INVALID_PORT)

        @imp("MIDIPortConnectSource")
        def _connect(port: int, source: int, refcon: Any) -> int:
            if port not in self.ports:
                return INVALID_PORT
            if source not in self.objects or self.objects[source].kind != SOURCE:
                return WRONG_ENDPOINT_TYPE if source in self.objects else UNKNOWN_ENDPOINT
            self.ports[port].connections[source] = int(ffi.cast("uintptr_t", refcon))
            return 0

        @imp("MIDIPortDisconnectSource")
        def _disconnect(port: int, source: int) -> int:
            if port not in self.ports:
                return INVALID_PORT
            return 0 if self.ports[port].connections.pop(source, None) is not None else NO_CONNECTION

        # --- virtual endpoints
        def virtual(kind: int, client: int, name: Any, out: Any, proc: Any = None, refcon: Any = None,
                    protocol: int = 1) -> int:
            if client not in self.clients:
                return INVALID_CLIENT
            ref = self.new_ref()
            self.add(ref, kind, 0, name=self.key(name), uniqueID=ref, protocol=protocol)
            self.virtual[ref] = Port(client, self.key(name), proc, refcon)
            out[0] = ref
            return 0

        imp("MIDISourceCreate", lambda c, n, out: virtual(SOURCE, c, n, out))
        imp("MIDISourceCreateWithProtocol", lambda c, n, p, out: virtual(SOURCE, c, n, out, protocol=p))
        imp("MIDIDestinationCreate", lambda c, n, proc, rc, out: virtual(DESTINATION, c, n, out, proc, rc))

        @imp("MIDIEndpointDispose")
        def _endpoint_dispose(ref: int) -> int:
            if self.virtual.pop(ref, None) is None:
                return UNKNOWN_ENDPOINT
            del self.objects[ref]
            return 0

        # --- sending
        def endpoint_ok(ref: int, kind: int) -> int:
            if ref not in self.objects:
                return UNKNOWN_ENDPOINT
            return 0 if self.objects[ref].kind == kind else WRONG_ENDPOINT_TYPE

        @imp("MIDISend")
        def _send(port: int, dest: int, plist: Any) -> int:
            if port not in self.ports:
                return INVALID_PORT
            status = endpoint_ok(dest, DESTINATION)
            if status == 0:
                self.sent.append((port, dest, read_packet_list(plist)))
            return status

        @imp("MIDISendEventList")
        def _send_events(port: int, dest: int, elist: Any) -> int:
            if port not in self.ports:
                return INVALID_PORT
            status = endpoint_ok(dest, DESTINATION)
            if status == 0:
                self.sent_events.append((port, dest, *read_event_list(elist)))
            return status

        @imp("MIDIReceived")
        def _received(src: int, plist: Any) -> int:
            if src not in self.virtual:
                return UNKNOWN_ENDPOINT
            self.received.append((src, read_packet_list(plist)))
            return 0

        @imp("MIDIReceivedEventList")
        def _received_events(src: int, elist: Any) -> int:
            if src not in self.virtual:
                return UNKNOWN_ENDPOINT
            self.received.append((src, read_event_list(elist)))
            return 0

        def sysex(request: Any) -> int:
            status = endpoint_ok(request.destination, DESTINATION)
            if status == 0:
                self.sysex.append(request)
            return status

        imp("MIDISendSysex", sysex)
        imp("MIDISendUMPSysex", sysex)
        imp("MIDISendUMPSysex8", sysex)

        @imp("MIDIFlushOutput")
        def _flush(dest: int) -> int:
            self.flushed.append(dest)
            return 0 if dest == 0 or dest in self.objects else UNKNOWN_ENDPOINT

        @imp("MIDIRestart")
        def _restart() -> int:
            self.restarts += 1
            return 0

        # --- packet and event list builders (Apple's semantics, merging same-time packets)
        @imp("MIDIPacketListInit")
        def _pl_init(plist: Any) -> Any:
            plist.numPackets = 0
            return ffi.addressof(plist.packet[0])

        @imp("MIDIPacketListAdd")
        def _pl_add(plist: Any, size: int, cur: Any, time: int, n: int, data: Any) -> Any:
            base = int(ffi.cast("uintptr_t", plist))
            at = int(ffi.cast("uintptr_t", cur))
            raw = bytes(ffi.buffer(data, n))
            if plist.numPackets:
                stamp, length = struct.unpack("=QH", ffi.buffer(ffi.cast("char *", at), 10))
                first = bytes(ffi.buffer(ffi.cast("char *", at + 10), 1))
                if stamp == time and raw[:1] != b"\xf0" and first != b"\xf0" \
                        and at + 10 + length + n <= base + size and length + n <= 0xFFFF:
                    ffi.memmove(ffi.cast("char *", at + 10 + length), raw, n)
                    ffi.cast("MIDIPacket *", at).length = length + n
                    return cur
                at += 10 + length
                if ARM:
                    at = (at + 3) & ~3
            if at + 10 + n > base + size:
                return ffi.NULL
            ffi.memmove(ffi.cast("char *", at), struct.pack("=QH", time, n) + raw, 10 + n)
            plist.numPackets += 1
            return ffi.cast("MIDIPacket *", at)

        @imp("MIDIEventListInit")
        def _el_init(elist: Any, protocol: int) -> Any:
            elist.protocol = protocol
            elist.numPackets = 0
            return ffi.addressof(elist.packet[0])

        @imp("MIDIEventListAdd")
        def _el_add(elist: Any, size: int, cur: Any, time: int, n: int, words: Any) -> Any:
            base = int(ffi.cast("uintptr_t", elist))
            at = int(ffi.cast("uintptr_t", cur))
            raw = bytes(ffi.buffer(words, 4 * n))
            if elist.numPackets:
                stamp, count = struct.unpack("=QI", ffi.buffer(ffi.cast("char *", at), 12))
                if stamp == time and count + n <= 64 and at + 12 + 4 * (count + n) <= base + size:
                    ffi.memmove(ffi.cast("char *", at + 12 + 4 * count), raw, 4 * n)
                    ffi.cast("MIDIEventPacket *", at).wordCount = count + n
                    return cur
                at += 12 + 4 * count
            if at + 12 + 4 * n > base + size:
                return ffi.NULL
            ffi.memmove(ffi.cast("char *", at), struct.pack("=QI", time, n) + raw, 12 + 4 * n)
            elist.numPackets += 1
            return ffi.cast("MIDIEventPacket *", at)

        @imp("MIDIEventPacketSysexBytesForGroup")
        def _sysex_bytes(pkt: Any, group: int, out: Any) -> int:
            words = list(pkt.words[0:pkt.wordCount])
            body = bytearray()
            i = 0
            while i < len(words):
                w = words[i]
                kind = w >> 28
                span = (1, 1, 1, 2, 2, 4, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4)[kind]
                if kind == 3 and (w >> 24) & 0xF == group:
                    n = (w >> 16) & 0xF
                    six = struct.pack(">HI", w & 0xFFFF, words[i + 1])
                    body += six[:n]
                i += span
            if not body:
                return OBJECT_NOT_FOUND
            out[0] = ffi.cast("CFDataRef", cf.make_python(b"\xf0" + bytes(body) + b"\xf7"))
            return 0

        self.visits: list[tuple[Any, Any, Any]] = []
        imp("MIDIEventListForEachEvent", lambda elist, visitor, ctx: self.visits.append((elist, visitor, ctx)))

        # --- MIDISetup.h
        def new_entity(device: int, name: Any, embedded: int, n_src: int, n_dst: int, out: Any,
                       protocol: int = 1) -> int:
            if device not in self.objects:
                return OBJECT_NOT_FOUND
            ent = self.add(self.new_ref(), ENTITY, device, name=self.key(name), embedded=int(bool(embedded)),
                           protocol=protocol)
            for kind, count in ((SOURCE, n_src), (DESTINATION, n_dst)):
                for _ in range(count):
                    self.add(self.new_ref(), kind, ent.ref, name=self.key(name))
            out[0] = ent.ref
            return 0

        imp("MIDIDeviceAddEntity", lambda d, n, e, s, t, out: new_entity(d, n, e, s, t, out))
        imp("MIDIDeviceNewEntity", lambda d, n, p, e, s, t, out: new_entity(d, n, e, s, t, out, p))

        def drop(ref: int) -> None:
            obj = self.objects.pop(ref)
            for child in obj.children:
                drop(child)
            if obj.parent in self.objects:
                self.objects[obj.parent].children.remove(ref)

        @imp("MIDIDeviceRemoveEntity")
        def _remove_entity(device: int, entity: int) -> int:
            if entity not in self._children(device, ENTITY):
                return OBJECT_NOT_FOUND
            drop(entity)
            return 0

        @imp("MIDIEntityAddOrRemoveEndpoints")
        def _endpoints(entity: int, n_src: int, n_dst: int) -> int:
            if entity not in self.objects:
                return OBJECT_NOT_FOUND
            for kind, count in ((SOURCE, n_src), (DESTINATION, n_dst)):
                have = self._children(entity, kind)
                for ref in have[count:]:
                    drop(ref)
                for _ in range(count - len(have)):
                    self.add(self.new_ref(), kind, entity, name=self.objects[entity].props.get("name", ""))
            return 0

        @imp("MIDIExternalDeviceCreate")
        def _external(name: Any, maker: Any, model: Any, out: Any) -> int:
            ref = self.new_ref()
            self.add(ref, EXTERNAL_DEVICE, name=self.key(name), manufacturer=self.key(maker),
                     model=self.key(model), private=1)  # listed once added to the setup
            out[0] = ref
            return 0

        def set_listed(kind: int, listed: bool) -> Any:
            def run(ref: int) -> int:
                obj = self.objects.get(ref)
                if obj is None or obj.kind != kind:
                    return OBJECT_NOT_FOUND
                if listed:
                    obj.props.pop("private", None)
                else:
                    obj.props["private"] = 1
                return 0
            return run

        imp("MIDISetupAddDevice", set_listed(DEVICE, True))
        imp("MIDISetupRemoveDevice", set_listed(DEVICE, False))
        imp("MIDISetupAddExternalDevice", set_listed(EXTERNAL_DEVICE, True))
        imp("MIDISetupRemoveExternalDevice", set_listed(EXTERNAL_DEVICE, False))

        @imp("MIDISetupCreate")
        def _setup_create(out: Any) -> int:
            ref = self.new_ref()
            self.setups[ref] = b"<setup devices='%d'/>" % len(self.of_kind(DEVICE))
            out[0] = ref
            return 0

        imp("MIDISetupDispose", lambda ref: 0 if self.setups.pop(ref, None) is not None else OBJECT_NOT_FOUND)

        @imp("MIDISetupInstall")
        def _install(ref: int) -> int:
            if ref not in self.setups:
                return OBJECT_NOT_FOUND
            self.current_setup = ref
            return 0

        @imp("MIDISetupGetCurrent")
        def _current(out: Any) -> int:
            if not self.current_setup:
                return NO_CURRENT_SETUP
            out[0] = self.current_setup
            return 0

        @imp("MIDISetupToData")
        def _to_data(ref: int, out: Any) -> int:
            if ref not in self.setups:
                return OBJECT_NOT_FOUND
            out[0] = ffi.cast("CFDataRef", cf.make_python(self.setups[ref]))
            return 0

        @imp("MIDISetupFromData")
        def _from_data(data: Any, out: Any) -> int:
            raw = cf.value_of(data)
            if not raw.startswith(b"<setup"):
                return SETUP_FORMAT
            ref = self.new_ref()
            self.setups[ref] = raw
            out[0] = ref
            return 0

        @imp("MIDIGetSerialPortDrivers")
        def _drivers(out: Any) -> int:
            out[0] = ffi.cast("CFArrayRef", cf.make_python(sorted(set(self.serial_owners.values()))))
            return 0

        @imp("MIDIGetSerialPortOwner")
        def _owner(port: Any, out: Any) -> int:
            owner = self.serial_owners.get(self.key(port))
            if owner is None:
                return OBJECT_NOT_FOUND
            out[0] = ffi.cast("CFStringRef", cf.make_python(owner))
            return 0

        @imp("MIDISetSerialPortOwner")
        def _set_owner(port: Any, driver: Any) -> int:
            self.serial_owners[self.key(port)] = self.key(driver)
            return 0

        # --- MIDIThruConnection.h
        @imp("MIDIThruConnectionParamsInitialize")
        def _params_init(p: Any) -> None:
            ffi.memmove(p, bytes(ffi.sizeof("MIDIThruConnectionParams")), ffi.sizeof("MIDIThruConnectionParams"))
            for i in range(16):
                p.channelMap[i] = i
            p.highVelocity = 127
            p.highNote = 127

        @imp("MIDIThruConnectionCreate")
        def _thru_create(owner: Any, data: Any, out: Any) -> int:
            raw = cf.value_of(data)
            if len(raw) < ffi.sizeof("MIDIThruConnectionParams"):
                return UNKNOWN_ERROR
            ref = self.new_ref()
            self.thru[ref] = (None if owner == ffi.NULL else self.key(owner), raw)
            out[0] = ref
            return 0

        imp("MIDIThruConnectionDispose", lambda ref: 0 if self.thru.pop(ref, None) else OBJECT_NOT_FOUND)

        @imp("MIDIThruConnectionGetParams")
        def _thru_get(ref: int, out: Any) -> int:
            if ref not in self.thru:
                return OBJECT_NOT_FOUND
            out[0] = ffi.cast("CFDataRef", cf.make_python(self.thru[ref][1]))
            return 0

        @imp("MIDIThruConnectionSetParams")
        def _thru_set(ref: int, data: Any) -> int:
            if ref not in self.thru:
                return OBJECT_NOT_FOUND
            self.thru[ref] = (self.thru[ref][0], cf.value_of(data))
            return 0

        @imp("MIDIThruConnectionFind")
        def _thru_find(owner: Any, out: Any) -> int:
            who = self.key(owner)
            refs = [r for r, (o, _) in self.thru.items() if o == who]
            out[0] = ffi.cast("CFDataRef", cf.make_python(b"".join(r.to_bytes(4, sys.byteorder) for r in refs)))
            return 0

        # --- MIDIBluetoothConnection.h
        @imp("MIDIBluetoothDriverActivateAllConnections")
        def _bt_all() -> int:
            self.bluetooth.append("*")
            return 0

        @imp("MIDIBluetoothDriverDisconnect")
        def _bt_disconnect(uuid: Any) -> int:
            text = self.key(uuid)
            if len(text) != 36:
                return OBJECT_NOT_FOUND
            self.bluetooth.append(text)
            return 0
