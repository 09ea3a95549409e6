"""ABI conformance of cdefs/ against the SDK facts (MacOSX14.2.sdk, arm64 and x86_64).

cffi ABI mode trusts the declarations blindly: a wrong prototype, size or
offset is a crash or silent garbage on macOS.  These tests parse cdefs/ with
cffi (independently of the generated module) and compare cffi's view with the
facts extracted from the real SDK by libclang:

- every declared function and datum is exported by its library on both
  architectures, and its prototype matches after typedef resolution;
- every declared struct/union has the SDK's size, alignment and field offsets
  on both targets (the layout cffi computes here on Linux x86_64 follows the
  same LP64 C rules, which is exactly what is being checked);
- every declared integer constant has the SDK's value; every typedef resolves
  to the SDK's type;
- the headers issue 2 covers are declared completely, omissions named.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.abi import facts
from tests.abi.facts import ARCHES, COMPLETE_HEADERS, OMITTED, norm

pytestmark = pytest.mark.abi

ROOT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- functions and data


def test_functions_exported_and_prototypes_match(parsed) -> None:
    fns = facts.functions()
    glb = facts.globals_()
    checked_functions = checked_data = 0
    problems = []
    for name, (library, ctype_text) in sorted(parsed.functions.items()):
        ctype = parsed.ffi.typeof(ctype_text)
        for arch in ARCHES:
            if name not in facts.exported(library, arch):
                problems.append(f"{name}: not exported by {library} on {arch}")
        if ctype.kind == "function":
            fact = fns.get(name)
            if fact is None:
                problems.append(f"{name}: no such function in the SDK facts")
                continue
            if fact.get("variadic") or ctype.ellipsis:
                problems.append(f"{name}: variadic functions are not declared in ABI mode")
            ours = [norm(a) for a in ctype.args]
            if ours != fact["params_norm"]:
                problems.append(f"{name}: parameters {ours} != SDK {fact['params_norm']}")
            if norm(ctype.result) != fact["return_norm"]:
                problems.append(f"{name}: returns {norm(ctype.result)} != SDK {fact['return_norm']}")
            checked_functions += 1
        else:
            fact = glb.get(name)
            if fact is None:
                problems.append(f"{name}: no such exported datum in the SDK facts")
                continue
            if norm(ctype) != fact["norm"]:
                problems.append(f"{name}: type {norm(ctype)} != SDK {fact['norm']}")
            checked_data += 1
    print(f"\nABI: {checked_functions} functions and {checked_data} data symbols checked "
          f"against the SDK exports and prototypes for {', '.join(ARCHES)}")
    assert not problems, "\n".join(problems)
    assert checked_functions > 100


# ---------------------------------------------------------------- records


def _record_fact(name: str):
    recs = facts.records()
    if name in recs:
        return recs[name]
    for rec in recs.values():
        if rec.get("tag") == name:
            return rec
    return None


def test_struct_layouts_match_on_both_targets(parsed) -> None:
    ffi = parsed.ffi
    checked = fields = 0
    problems = []
    for key in sorted(parsed.decls):
        kind, _, name = key.partition(" ")
        if kind not in ("struct", "union", "anonymous") or name.startswith("$"):
            continue
        spelling = name if kind == "anonymous" else f"{kind} {name}"
        ctype = ffi.typeof(spelling)
        fact = _record_fact(name)
        if fact is None:
            problems.append(f"{spelling}: not a record of the SDK facts")
            continue
        if fact.get("opaque"):
            if ctype.fields is not None:
                problems.append(f"{spelling}: opaque in the SDK but declared with fields")
            continue
        if ctype.fields is None:
            continue  # declared opaque by us: nothing to lay out
        our_fields = [(fname, f) for fname, f in ctype.fields]
        if [f for f, _ in our_fields] != [f["name"] for f in fact["fields"]]:
            problems.append(f"{spelling}: fields {[f for f, _ in our_fields]} != SDK {[f['name'] for f in fact['fields']]}")
            continue
        for (fname, field), ffact in zip(our_fields, fact["fields"], strict=True):
            if norm(field.type) != ffact["norm"]:
                problems.append(f"{spelling}.{fname}: type {norm(field.type)} != SDK {ffact['norm']}")
            if ffact.get("bit_width") is not None and field.bitsize != ffact["bit_width"]:
                problems.append(f"{spelling}.{fname}: bit width {field.bitsize} != SDK {ffact['bit_width']}")
        for arch in ARCHES:
            target = fact["targets"][arch]
            if ffi.sizeof(ctype) != target["size"]:
                problems.append(f"{spelling}: size {ffi.sizeof(ctype)} != SDK {target['size']} on {arch}")
            if ffi.alignof(ctype) != target["align"]:
                problems.append(f"{spelling}: alignment {ffi.alignof(ctype)} != SDK {target['align']} on {arch}")
            offsets = [field.offset for _, field in our_fields]
            if offsets != target["offsets"]:
                problems.append(f"{spelling}: offsets {offsets} != SDK {target['offsets']} on {arch}")
        checked += 1
        fields += len(our_fields)
    print(f"\nABI: {checked} structs/unions ({fields} fields) checked: size, alignment, offsets on {', '.join(ARCHES)}")
    assert not problems, "\n".join(problems)
    assert checked > 30


# ---------------------------------------------------------------- constants and typedefs


def test_constants_have_sdk_values(parsed) -> None:
    consts = facts.constants()
    problems = []
    for name, value in sorted(parsed.int_constants.items()):
        fact = consts.get(name)
        if fact is None:
            problems.append(f"{name}: not an integer constant of the SDK facts")
        elif fact["value"] != value:
            problems.append(f"{name}: {value} != SDK {fact['value']}")
        elif "value_x86_64" in fact and fact["value_x86_64"] != value:
            problems.append(f"{name}: differs on x86_64 ({fact['value_x86_64']}); cannot be one constant")
    print(f"\nABI: {len(parsed.int_constants)} integer constants checked against the SDK values")
    assert not problems, "\n".join(problems)
    assert len(parsed.int_constants) > 1000


def test_typedefs_resolve_to_sdk_types(parsed) -> None:
    tds = facts.typedefs()
    problems = []
    checked = 0
    for name in parsed.typedefs:
        fact = tds.get(name)
        if fact is None:
            problems.append(f"typedef {name}: not a typedef of the SDK facts")
            continue
        ours = norm(parsed.ffi.typeof(name))
        want = fact["norm"]
        if ours != want:
            problems.append(f"typedef {name}: {ours} != SDK {want}")
        checked += 1
    print(f"\nABI: {checked} typedefs checked")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- completeness


def _declared_names(parsed) -> set[str]:
    names = set(parsed.functions) | set(parsed.int_constants) | set(parsed.typedefs)
    for key in parsed.decls:
        kind, _, name = key.partition(" ")
        if kind in ("struct", "union", "anonymous"):
            names.add(name)
    return names


@pytest.mark.parametrize("header", sorted(COMPLETE_HEADERS))
def test_header_declared_completely(parsed, header) -> None:
    declared = _declared_names(parsed)
    wanted: dict[str, str] = {}
    for name, f in facts.functions().items():
        if f["header"] == header:
            wanted[name] = "function"
    for name, c in facts.constants().items():
        if c["header"] == header:
            wanted[name] = "constant"
    for name, t in facts.typedefs().items():
        if t["header"] == header:
            wanted[name] = "typedef"
    for key, r in facts.records().items():
        if r["header"] == header and not r.get("opaque"):
            wanted[r.get("tag") or key] = "record"
    for name, g in facts.globals_().items():
        if g["header"] == header and (g["exported_by"].get("arm64") or g["exported_by"].get("x86_64")):
            wanted[name] = "datum"
    missing = sorted(f"{kind} {name}" for name, kind in wanted.items()
                     if name not in declared and name not in OMITTED)
    print(f"\n{header}: {len(wanted)} declarations, {len(wanted) - len(missing)} declared or named omissions")
    assert not missing, f"{header} is missing: {missing}"


def test_omissions_are_documented() -> None:
    readme = (ROOT / "cdefs" / "README.md").read_text()
    undocumented = [name for name in OMITTED if name not in readme]
    assert not undocumented, f"cdefs/README.md does not name these omissions: {undocumented}"


def test_no_variadic_or_block_declarations() -> None:
    text = "\n".join(p.read_text() for p in (ROOT / "cdefs").rglob("*.h"))
    code = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    assert "..." not in code, "variadic declarations are unsafe in ABI mode"
    assert "^" not in code, "blocks cannot be declared for cffi"
