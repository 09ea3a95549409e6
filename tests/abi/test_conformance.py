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
    for name, (library, _ctype_text) in sorted(parsed.functions.items()):
        kind = "function" if f"function {name}" in parsed.decls else (
            "variable" if f"variable {name}" in parsed.decls else "constant")
        ctype = parsed.declared_type(kind, name)
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
            for index, (got, wanted) in enumerate(zip(ours, fact["params_norm"], strict=False)):
                if facts.PARAM_OVERRIDES.get((name, index)) == (got, wanted):
                    ours[index] = wanted  # a documented block-as-pointer substitution
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


def _expected_fields(fields: list, targets: dict, arch: str, base: int = 0) -> list[tuple[str, str, int, dict | None]]:
    """The SDK's fields as cffi lists them: anonymous members flattened into their
    parent at absolute offsets; a named member of anonymous type kept, with its record."""
    out = []
    for fld, off in zip(fields, targets[arch]["offsets"], strict=True):
        if fld.get("record") and not fld["name"]:
            out += _expected_fields(fld["record"]["fields"], fld["record"]["targets"], arch, base + off)
        else:
            out.append((fld["name"], fld["norm"], base + off, fld.get("record")))
    return out


def _compare_record(ffi, ctype, owner: str, fields: list, targets: dict, problems: list) -> int:
    """Compare one (possibly nested) record; returns the number of fields checked."""
    checked = 0
    ours = list(ctype.fields or [])
    for arch in ARCHES:
        want = _expected_fields(fields, targets, arch)
        if [n for n, _ in ours] != [w[0] for w in want]:
            problems.append(f"{owner}: fields {[n for n, _ in ours]} != SDK {[w[0] for w in want]}")
            return checked
        for (fname, field), (_, wnorm, woff, wrec) in zip(ours, want, strict=True):
            got = norm(field.type)
            override = facts.FIELD_OVERRIDES.get((owner, fname))
            documented_substitution = bool(override) and (got, wnorm) == override
            if got != wnorm and not documented_substitution:
                problems.append(f"{owner}.{fname}: type {got} != SDK {wnorm}")
            if field.offset != woff:
                problems.append(f"{owner}.{fname}: offset {field.offset} != SDK {woff} on {arch}")
            if wrec is not None and arch == ARCHES[0]:
                inner = field.type
                while inner.kind == "array":
                    inner = inner.item
                checked += _compare_record(ffi, inner, f"{owner}.{fname}", wrec["fields"],
                                           wrec["targets"], problems)
            checked += arch == ARCHES[0]
        if ffi.sizeof(ctype) != targets[arch]["size"]:
            problems.append(f"{owner}: size {ffi.sizeof(ctype)} != SDK {targets[arch]['size']} on {arch}")
        if ffi.alignof(ctype) != targets[arch]["align"]:
            problems.append(f"{owner}: alignment {ffi.alignof(ctype)} != SDK {targets[arch]['align']} on {arch}")
    return checked


def test_struct_layouts_match_on_both_targets(parsed) -> None:
    ffi = parsed.ffi
    checked = fields = 0
    problems: list[str] = []
    for key in sorted(parsed.decls):
        kind, _, name = key.partition(" ")
        if kind not in ("struct", "union", "anonymous") or name.startswith("$"):
            continue
        spelling = name if kind == "anonymous" else f"{kind} {name}"
        ctype = parsed.declared_type(kind, name)
        fact = _record_fact(name)
        if fact is None:
            if name in {t.split()[1] for t in facts.EXTERNAL_TYPEDEFS.values()} and ctype.fields is None:
                continue  # an opaque tag from outside the SDK subset (os_workgroup_s)
            problems.append(f"{spelling}: not a record of the SDK facts")
            continue
        if fact.get("opaque"):
            if ctype.fields is not None:
                problems.append(f"{spelling}: opaque in the SDK but declared with fields")
            continue
        if ctype.fields is None:
            continue  # declared opaque by us: nothing to lay out
        fields += _compare_record(ffi, ctype, name, fact["fields"], fact["targets"], problems)
        checked += 1
    print(f"\nABI: {checked} structs/unions ({fields} fields, nested included) checked: "
          f"size, alignment, offsets on {', '.join(ARCHES)}")
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
        if fact is None and name in facts.EXTERNAL_TYPEDEFS:
            fact = {"norm": facts.EXTERNAL_TYPEDEFS[name]}
        if fact is None:
            problems.append(f"typedef {name}: not a typedef of the SDK facts")
            continue
        ours = norm(parsed.declared_type("typedef", name))
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


def test_no_variadic_functions_or_blocks(parsed) -> None:
    """Variadic *functions* are unsafe to call through libffi on arm64; a variadic
    function-pointer *type* (AudioComponentMethod) is only ever described, never called."""
    variadic = [name for name in parsed.functions if f"function {name}" in parsed.decls
                and parsed.decls[f"function {name}"][0].ellipsis]
    assert not variadic, f"variadic functions declared: {variadic}"
    text = "\n".join(p.read_text() for p in (ROOT / "cdefs").rglob("*.h"))
    code = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    assert "^" not in code, "blocks cannot be declared for cffi"
