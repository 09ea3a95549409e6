"""Objective-C blocks built by hand, for the few C functions that only take a block.

cffi has no block type, but a block is only a struct in memory (clang's Block
ABI): an ``isa`` pointer, ``flags``, a ``reserved`` int, the ``invoke``
function (whose first argument is the block itself), a ``descriptor``
``{reserved, size, signature}``, then the captured variables.
:class:`GlobalBlock` lays one out with cffi (``struct Block_literal_1`` of
``cdefs/Blocks.h``) as a *global* block:

* ``isa`` is the address of ``_NSConcreteGlobalBlock`` (libSystem), resolved
  lazily through :func:`coremusic._ffi.address_of`: off macOS that raises
  :class:`~coremusic.exceptions.PlatformNotSupportedError`;
* ``flags`` are ``BLOCK_IS_GLOBAL | BLOCK_HAS_SIGNATURE``: no copy/dispose
  helpers, so ``Block_copy`` returns the block unchanged and ``Block_release``
  never frees it -- the framework keeps and calls exactly the memory this object
  owns, which must therefore outlive the framework's use of it (the owner of
  the port/endpoint keeps it);
* ``invoke`` is a shared cffi trampoline of the block's invoke type; the one
  captured variable, ``context``, is the ``void *`` handle of the Python state
  that the trampoline recovers with ``ffi.from_handle(block.context)``.

Verified statically here (layout against the Block ABI, signature against the
SDK facts, calls through the CoreMIDI double); not run against Apple's runtime.

Example
-------
>>> from coremusic._ffi import ffi
>>> invoke = ffi.callback("coremusic_MIDIReceiveBlockInvoke", lambda block, evtlist, ref: None)
>>> block = GlobalBlock(invoke, MIDI_RECEIVE_BLOCK_SIGNATURE, ffi.NULL)   # doctest: +SKIP
>>> block.flags == BLOCK_IS_GLOBAL | BLOCK_HAS_SIGNATURE                   # doctest: +SKIP
True
"""

from __future__ import annotations

from typing import Any

from coremusic._ffi import address_of, ffi

__all__ = [
    "BLOCK_HAS_SIGNATURE",
    "BLOCK_IS_GLOBAL",
    "MIDI_NOTIFY_BLOCK_SIGNATURE",
    "MIDI_READ_BLOCK_SIGNATURE",
    "MIDI_RECEIVE_BLOCK_SIGNATURE",
    "GlobalBlock",
    "block_context",
    "concrete_global_block",
]

#: Block ABI flag: the block is a global (static) block, never copied
BLOCK_IS_GLOBAL = 1 << 28
#: Block ABI flag: the descriptor carries an Objective-C signature string
BLOCK_HAS_SIGNATURE = 1 << 30

#: the Objective-C type encoding of ``void (^)(const MIDIEventList *, void *)`` (a
#: ``MIDIReceiveBlock``): returns void, 24 bytes of arguments -- the block at 0, the
#: event list (const pointer to the expanded struct) at 8, the refcon at 16
MIDI_RECEIVE_BLOCK_SIGNATURE = b"v24@?0r^{MIDIEventList=iI[1{MIDIEventPacket=QI[64I]}]}8^v16"
#: ``void (^)(const MIDIPacketList *, void *)`` (a ``MIDIReadBlock``)
MIDI_READ_BLOCK_SIGNATURE = b"v24@?0r^{MIDIPacketList=I[1{MIDIPacket=QS[256C]}]}8^v16"
#: ``void (^)(const MIDINotification *)`` (a ``MIDINotifyBlock``): 16 bytes of arguments
MIDI_NOTIFY_BLOCK_SIGNATURE = b"v16@?0r^{MIDINotification=iI}8"


def concrete_global_block() -> Any:
    """The address of ``_NSConcreteGlobalBlock``, the ``isa`` of every global block.

    Raises
    ------
    PlatformNotSupportedError
        Off macOS (libSystem's block runtime is Apple's).

    Example
    -------
    >>> isa = concrete_global_block()                                   # doctest: +SKIP
    """
    return ffi.cast("void *", address_of("_NSConcreteGlobalBlock"))


class GlobalBlock:
    """One hand-built global block literal and everything it points to.

    Parameters
    ----------
    invoke : cffi callback
        The block's function, of the block type's invoke type (its first
        argument is ``struct Block_literal_1 *``).  Keep it alive as long as
        the block (a shared module-level trampoline is the usual choice).
    signature : bytes
        The Objective-C type encoding of the block type (stored in the descriptor).
    context : cffi ``void *``
        The captured pointer (``ffi.new_handle(state)``), read back with
        :func:`block_context`; this object keeps it alive.

    Raises
    ------
    PlatformNotSupportedError
        Off macOS (no ``_NSConcreteGlobalBlock``).
    TypeError
        ``invoke`` is not a cffi function pointer or ``signature`` not bytes.

    Example
    -------
    >>> block = GlobalBlock(invoke, MIDI_RECEIVE_BLOCK_SIGNATURE, state.c_handle)   # doctest: +SKIP
    >>> capi_call(..., block.pointer)                                               # doctest: +SKIP
    """

    __slots__ = ("_context", "_descriptor", "_invoke", "_literal", "_signature")

    def __init__(self, invoke: Any, signature: bytes, context: Any) -> None:
        if not isinstance(invoke, ffi.CData) or ffi.typeof(invoke).kind != "function":
            raise TypeError(f"invoke must be a cffi callback (a function pointer), not {invoke!r}")
        if not isinstance(signature, bytes) or not signature or b"\0" in signature:
            raise TypeError(f"signature must be non-empty bytes without NUL, not {signature!r}")
        isa = concrete_global_block()
        self._invoke = invoke
        self._context = context
        self._signature = ffi.new("char[]", signature)
        self._descriptor = ffi.new("struct Block_descriptor_1 *", {
            "reserved": 0, "size": ffi.sizeof("struct Block_literal_1"), "signature": self._signature})
        self._literal = ffi.new("struct Block_literal_1 *", {
            "isa": isa, "flags": BLOCK_IS_GLOBAL | BLOCK_HAS_SIGNATURE, "reserved": 0,
            "invoke": ffi.cast("void *", invoke), "descriptor": self._descriptor, "context": context})

    @property
    def pointer(self) -> Any:
        """The ``struct Block_literal_1 *`` to pass where C takes the block."""
        return self._literal

    @property
    def flags(self) -> int:
        """The literal's flags."""
        return int(self._literal.flags)

    @property
    def signature(self) -> bytes:
        """The descriptor's signature string."""
        return bytes(ffi.string(self._descriptor.signature))

    @property
    def address(self) -> int:
        """The literal's address (what the framework holds)."""
        return int(ffi.cast("uintptr_t", self._literal))

    def __repr__(self) -> str:
        return f"<GlobalBlock at {self.address:#x} signature={self.signature.decode()!r}>"


def block_context(block: Any) -> Any:
    """The captured ``context`` pointer of the block the invoke trampoline received.

    Example
    -------
    >>> state = ffi.from_handle(block_context(block))                   # doctest: +SKIP
    """
    return block.context
