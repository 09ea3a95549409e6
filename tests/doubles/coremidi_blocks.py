"""The CoreMIDI model with the block-based functions: ``MIDIInputPortCreateWithProtocol``,
``MIDIDestinationCreateWithProtocol`` (``MIDIReceiveBlock``),
``MIDIInputPortCreateWithBlock``, ``MIDIDestinationCreateWithBlock``
(``MIDIReadBlock``) and ``MIDIClientCreateWithBlock`` (``MIDINotifyBlock``).

``UMPModel(framework_double, cf)`` is :class:`tests.doubles.coremidi_model.MIDIModel`
plus those two functions and a ``System`` double exporting ``_NSConcreteGlobalBlock``.
It keeps the block pointers it receives and calls them the way CoreMIDI's receive
thread would call a ``MIDIReceiveBlock``: it reads the literal's ``invoke`` pointer
out of the struct and calls it through cffi with ``(block, evtlist, srcConnRefCon)``,
after checking what the Block ABI requires of a block it keeps (the global-block
``isa``, ``BLOCK_IS_GLOBAL`` so ``Block_copy`` is a no-op, a descriptor whose size is
the literal's).  Event lists are built with ``struct`` (independent of coremusic's
packer).  It proves the layout and the call path, not Apple's behaviour.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from coremusic._ffi import ffi
from tests.doubles.coremidi import DESTINATION, INVALID_CLIENT, Client, Port, build_packet_list
from tests.doubles.coremidi_model import MIDIModel
from tests.doubles.framework import DoubleError

BLOCK_IS_GLOBAL = 1 << 28
BLOCK_HAS_SIGNATURE = 1 << 30
INVOKE_TYPES = {"receive": "coremusic_MIDIReceiveBlockInvoke", "read": "coremusic_MIDIReadBlockInvoke",
                "notify": "coremusic_MIDINotifyBlockInvoke"}


@dataclass
class Block:
    """What the double keeps of a block it was given (its pointer, as CoreMIDI would)."""

    pointer: Any  # void *
    protocol: int  # 0: a MIDIReadBlock (packet lists)
    kind: str = "receive"


def build_event_list(protocol: int, packets: list[tuple[int, tuple[int, ...]]]) -> Any:
    """A ``MIDIEventList`` in C memory, built with ``struct`` (pack(4) layout)."""
    raw = bytearray(struct.pack("=iI", protocol, len(packets)))
    for stamp, words in packets:
        raw += struct.pack(f"=QI{len(words)}I", stamp, len(words), *words)
    storage = ffi.new("char[]", max(len(raw), ffi.sizeof("MIDIEventList")))
    ffi.memmove(storage, bytes(raw), len(raw))
    return storage


class UMPModel(MIDIModel):
    """The CoreMIDI model plus the block-based receivers."""

    def __init__(self, framework_double: Any, cf: Any) -> None:
        super().__init__(framework_double, cf)
        self.system = framework_double("System")
        self.isa = ffi.new("void *[32]")  # stands in for the class object
        self.system._data["_NSConcreteGlobalBlock"] = self.isa
        self.system._boxed.add("_NSConcreteGlobalBlock")  # address_of returns the array itself
        self.blocks: dict[int, Block] = {}
        self.invocations = 0
        imp = self.double.implement

        @imp("MIDIInputPortCreateWithProtocol")
        def _in_port(client: int, name: Any, protocol: int, out: Any, block: Any) -> int:
            if client not in self.clients:
                return INVALID_CLIENT
            self.check_block(block)
            ref = self.new_ref()
            self.ports[ref] = Port(client, self.key(name))
            self.blocks[ref] = Block(block, protocol)
            out[0] = ref
            return 0

        @imp("MIDIDestinationCreateWithProtocol")
        def _destination(client: int, name: Any, protocol: int, out: Any, block: Any) -> int:
            if client not in self.clients:
                return INVALID_CLIENT
            self.check_block(block)
            ref = self.new_ref()
            self.add(ref, DESTINATION, 0, name=self.key(name), uniqueID=ref, protocol=protocol)
            self.virtual[ref] = Port(client, self.key(name))
            self.blocks[ref] = Block(block, protocol)
            out[0] = ref
            return 0

        @imp("MIDIInputPortCreateWithBlock")
        def _in_port_block(client: int, name: Any, out: Any, block: Any) -> int:
            if client not in self.clients:
                return INVALID_CLIENT
            self.check_block(block)
            ref = self.new_ref()
            self.ports[ref] = Port(client, self.key(name))
            self.blocks[ref] = Block(block, 0, "read")
            out[0] = ref
            return 0

        @imp("MIDIDestinationCreateWithBlock")
        def _destination_block(client: int, name: Any, out: Any, block: Any) -> int:
            if client not in self.clients:
                return INVALID_CLIENT
            self.check_block(block)
            ref = self.new_ref()
            self.add(ref, DESTINATION, 0, name=self.key(name), uniqueID=ref, protocol=1)
            self.virtual[ref] = Port(client, self.key(name))
            self.blocks[ref] = Block(block, 0, "read")
            out[0] = ref
            return 0

        @imp("MIDIClientCreateWithBlock")
        def _client_block(name: Any, out: Any, block: Any) -> int:
            ref = self.new_ref()
            self.clients[ref] = Client(self.key(name), None, None)
            if block != ffi.NULL:
                self.check_block(block)
                self.blocks[ref] = Block(block, 0, "notify")
            out[0] = ref
            return 0

    # -- the Block ABI, as the runtime relies on it ------------------------------
    def literal(self, pointer: Any) -> Any:
        return ffi.cast("struct Block_literal_1 *", pointer)

    def check_block(self, pointer: Any) -> None:
        """What ``Block_copy`` and the caller rely on; a DoubleError otherwise."""
        if pointer == ffi.NULL:
            raise DoubleError("NULL block")
        lit = self.literal(pointer)
        if ffi.cast("void *", lit.isa) != ffi.cast("void *", self.isa):
            raise DoubleError("the block's isa is not &_NSConcreteGlobalBlock")
        if not lit.flags & BLOCK_IS_GLOBAL:
            raise DoubleError("not a global block: Block_copy would copy it to the heap")
        if lit.descriptor == ffi.NULL or lit.descriptor.size < ffi.sizeof("struct Block_literal_1"):
            raise DoubleError("the descriptor does not cover the literal")
        if lit.flags & BLOCK_HAS_SIGNATURE and lit.descriptor.signature == ffi.NULL:
            raise DoubleError("BLOCK_HAS_SIGNATURE without a signature")
        if lit.invoke == ffi.NULL:
            raise DoubleError("the block has no invoke function")

    def call_block(self, ref: int, data: Any, refcon: int = 0) -> None:
        """Call one block exactly as CoreMIDI calls it: read ``invoke`` out of the literal,
        call it with the block first (a receive block gets a MIDIEventList, a read block
        a MIDIPacketList, both with srcConnRefCon; a notify block a MIDINotification)."""
        kept = self.blocks[ref]
        lit = self.literal(kept.pointer)
        invoke = ffi.cast(INVOKE_TYPES[kept.kind], lit.invoke)
        if kept.kind == "notify":
            invoke(lit, ffi.cast("MIDINotification *", data))
        else:
            list_type = "MIDIEventList *" if kept.kind == "receive" else "MIDIPacketList *"
            invoke(lit, ffi.cast(list_type, data), ffi.cast("void *", refcon))
        self.invocations += 1

    def deliver_packets(self, source: int, packets: list[tuple[int, bytes]]) -> int:
        """Call the read block of every block-based (MIDIReadBlock) input port connected to
        ``source`` with one packet list; how many."""
        calls = 0
        for ref, port in list(self.ports.items()):
            kept = self.blocks.get(ref)
            if kept is not None and kept.kind == "read" and source in port.connections:
                self.call_block(ref, build_packet_list(packets), port.connections[source])
                calls += 1
        return calls

    def notify_block(self, client: int, message: Any) -> None:
        """Call a block-based client's notify block."""
        if client not in self.clients or client not in self.blocks:
            raise DoubleError(f"{client:#x} is no live client with a notify block")
        self.call_block(client, message)

    # -- CoreMIDI's receive thread ---------------------------------------------------
    def deliver_events(self, source: int, packets: list[tuple[int, tuple[int, ...]]],
                       protocol: int | None = None) -> int:
        """Call the block of every protocol input port connected to ``source`` with one
        event list (in the port's protocol unless ``protocol`` is given); how many."""
        calls = 0
        for ref, port in list(self.ports.items()):
            kept = self.blocks.get(ref)
            if kept is not None and kept.kind == "receive" and source in port.connections:
                storage = build_event_list(protocol or self.blocks[ref].protocol, packets)
                self.call_block(ref, storage, port.connections[source])
                calls += 1
        return calls

    def deliver_events_to_destination(self, dest: int, packets: list[tuple[int, tuple[int, ...]]]) -> None:
        """Call a protocol destination's block (``srcConnRefCon`` NULL, as for a destination)."""
        if dest not in self.virtual or dest not in self.blocks:
            raise DoubleError(f"{dest:#x} is no live destination with a receive block")
        self.call_block(dest, build_event_list(self.blocks[dest].protocol, packets), 0)

    def deliver_packets_to_destination(self, dest: int, packets: list[tuple[int, bytes]]) -> None:
        """Call a block-based (MIDIReadBlock) destination's read block with one packet list."""
        if dest not in self.virtual or self.blocks.get(dest, Block(None, 0, "")).kind != "read":
            raise DoubleError(f"{dest:#x} is no live destination with a read block")
        self.call_block(dest, build_packet_list(packets), 0)
