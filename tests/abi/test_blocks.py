"""cdefs/Blocks.h against the Block ABI, and the block-taking CoreMIDI declarations.

The SDK facts do not cover the Objective-C block literal (it is clang's ABI,
implemented by libSystem's block runtime), so the literal is checked against
the ABI's LP64 layout (the same on arm64 and x86_64): ``isa`` at 0, ``flags``
and ``reserved`` (ints) at 8 and 12, ``invoke`` at 16, ``descriptor`` at 24, then
the captured variables; the descriptor is ``{unsigned long reserved, size;
const char *signature}``.  The invoke type's parameters after the block and the
signature string are derived from the facts (``MIDIReceiveBlock`` and the
``MIDIEventList`` layout).
"""

from __future__ import annotations

from typing import Any

import pytest

from coremusic._ffi import _build, is_declared, library_for
from coremusic.capi import _blocks
from tests.abi import facts
from tests.abi.facts import norm

pytestmark = pytest.mark.abi

# the Block ABI (LP64): field -> offset; sizes and alignment
LITERAL = {"isa": 0, "flags": 8, "reserved": 12, "invoke": 16, "descriptor": 24, "context": 32}
DESCRIPTOR = {"reserved": 0, "size": 8, "signature": 16}


@pytest.fixture(scope="module")
def ffi() -> Any:
    return _build.parse()[0]


def test_block_literal_has_the_abi_layout(ffi: Any) -> None:
    lit = ffi.typeof("struct Block_literal_1")
    assert {name: f.offset for name, f in lit.fields} == LITERAL
    assert [norm(f.type) for _, f in lit.fields] == ["*void", "i32", "i32", "*void",
                                                    "*struct Block_descriptor_1", "*void"]
    assert ffi.sizeof(lit) == 40 and ffi.alignof(lit) == 8
    desc = ffi.typeof("struct Block_descriptor_1")
    assert {name: f.offset for name, f in desc.fields} == DESCRIPTOR
    assert [norm(f.type) for _, f in desc.fields] == ["u64", "u64", "*i8"]
    assert ffi.sizeof(desc) == 24


BLOCK_TYPES = {  # block typedef -> (our invoke type, our signature)
    "MIDIReceiveBlock": ("coremusic_MIDIReceiveBlockInvoke", _blocks.MIDI_RECEIVE_BLOCK_SIGNATURE),
    "MIDIReadBlock": ("coremusic_MIDIReadBlockInvoke", _blocks.MIDI_READ_BLOCK_SIGNATURE),
    "MIDINotifyBlock": ("coremusic_MIDINotifyBlockInvoke", _blocks.MIDI_NOTIFY_BLOCK_SIGNATURE),
}


@pytest.mark.parametrize("block_type", sorted(BLOCK_TYPES))
def test_invoke_type_is_the_block_type_with_the_block_first(ffi: Any, block_type: str) -> None:
    invoke = ffi.typeof(BLOCK_TYPES[block_type][0])
    wanted = facts.typedefs()[block_type]["norm"]  # e.g. ^fn(*struct MIDIEventList,*void)->void
    args = [norm(a) for a in invoke.args]
    assert args[0] == "*struct Block_literal_1"
    assert f"^fn({','.join(args[1:])})->{norm(invoke.result)}" == wanted


def test_block_params_are_the_documented_substitutions() -> None:
    fns = facts.functions()
    assert len(facts.PARAM_OVERRIDES) == 5
    for (name, index), (ours, sdk) in facts.PARAM_OVERRIDES.items():
        assert is_declared(name) and library_for(name) == "CoreMIDI"
        assert fns[name]["params_norm"][index] == sdk
        assert ours == "*void"
        block_type = fns[name]["params"][index][1]
        assert block_type in BLOCK_TYPES and facts.typedefs()[block_type]["norm"] == sdk


def _encode(norm_type: str, records: dict[str, Any]) -> str:
    """The Objective-C type encoding of a facts ``norm`` type (the subset needed here)."""
    scalars = {"i32": "i", "u32": "I", "i64": "q", "u64": "Q", "i16": "s", "u16": "S", "i8": "c", "u8": "C"}
    if norm_type in scalars:
        return scalars[norm_type]
    if norm_type.startswith("["):
        count, _, item = norm_type[1:].partition("]")
        return f"[{count}{_encode(item, records)}]"
    if norm_type.startswith("struct "):
        name = norm_type.split(" ", 1)[1]
        rec = records[name]
        return "{" + name + "=" + "".join(_encode(f["norm"], records) for f in rec["fields"]) + "}"
    raise AssertionError(f"no encoding for {norm_type}")


def _signature(block_norm: str, records: dict[str, Any]) -> bytes:
    """The Objective-C signature of a void block whose parameters are pointers: the
    block at offset 0, then 8 bytes per pointer; a const struct pointer is
    ``r^{...}`` with the struct expanded, ``void *`` is ``^v``."""
    params = block_norm[len("^fn("):block_norm.index(")->")].split(",")
    assert block_norm.endswith("->void") and all(p.startswith("*") for p in params)
    encoded = "".join(
        ("^v" if p == "*void" else "r^" + _encode(p[1:], records)) + str(8 * (i + 1))
        for i, p in enumerate(params))
    return f"v{8 * (len(params) + 1)}@?0{encoded}".encode()


@pytest.mark.parametrize("block_type", sorted(BLOCK_TYPES))
def test_signature_matches_the_sdk_layout(block_type: str) -> None:
    wanted = _signature(facts.typedefs()[block_type]["norm"], facts.records())
    assert BLOCK_TYPES[block_type][1] == wanted


def test_flags_are_the_abi_bits() -> None:
    assert _blocks.BLOCK_IS_GLOBAL == 0x10000000
    assert _blocks.BLOCK_HAS_SIGNATURE == 0x40000000
    assert library_for("_NSConcreteGlobalBlock") == "System"
