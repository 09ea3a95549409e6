"""The CoreMIDI model with the block-based receivers: ``MIDIInputPortCreateWithProtocol``
and ``MIDIDestinationCreateWithProtocol``.

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
from tests.doubles.coremidi import DESTINATION, INVALID_CLIENT, Port
from tests.doubles.coremidi_model import MIDIModel
from tests.doubles.framework import DoubleError

BLOCK_IS_GLOBAL = 1 << 28
BLOCK_HAS_SIGNATURE = 1 << 30
INVOKE_TYPE = "coremusic_MIDIReceiveBlockInvoke"


@dataclass
class Block:
    """What the double keeps of a block it was given (its pointer, as CoreMIDI would)."""

    pointer: Any  # void *
    protocol: int


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

    def call_block(self, ref: int, evtlist: Any, refcon: int) -> None:
        """Call one block exactly as CoreMIDI calls a MIDIReceiveBlock."""
        block = self.blocks[ref].pointer
        lit = self.literal(block)
        invoke = ffi.cast(INVOKE_TYPE, lit.invoke)
        invoke(lit, ffi.cast("MIDIEventList *", evtlist), ffi.cast("void *", refcon))
        self.invocations += 1

    # -- CoreMIDI's receive thread ---------------------------------------------------
    def deliver_events(self, source: int, packets: list[tuple[int, tuple[int, ...]]],
                       protocol: int | None = None) -> int:
        """Call the block of every protocol input port connected to ``source`` with one
        event list (in the port's protocol unless ``protocol`` is given); how many."""
        calls = 0
        for ref, port in list(self.ports.items()):
            if ref in self.blocks and source in port.connections:
                storage = build_event_list(protocol or self.blocks[ref].protocol, packets)
                self.call_block(ref, storage, port.connections[source])
                calls += 1
        return calls

    def deliver_events_to_destination(self, dest: int, packets: list[tuple[int, tuple[int, ...]]]) -> None:
        """Call a protocol destination's block (``srcConnRefCon`` NULL, as for a destination)."""
        if dest not in self.virtual or dest not in self.blocks:
            raise DoubleError(f"{dest:#x} is no live destination with a receive block")
        self.call_block(dest, build_event_list(self.blocks[dest].protocol, packets), 0)
