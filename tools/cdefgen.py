"""Draft cffi declarations for ``cdefs/`` from the Apple SDK ABI facts.

The facts (names, numbers and C type spellings, no header text) live in the
project's ``apple-sdk`` folder; this tool turns a selection of them into
cffi-parseable declarations.  Its output is reviewed and committed; the
committed ``cdefs/`` files are the source of truth and the ABI-conformance tests
check them against the facts independently of this tool.

Usage::

    python tools/cdefgen.py FACTS_DIR GROUP [GROUP ...]

where GROUP is a key of ``GROUPS`` below.  Each group writes one file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# group -> (output file, headers included whole, extra functions, extra globals)
CF_FUNCTIONS = [
    # CFBase
    "CFRetain", "CFRelease", "CFGetTypeID", "CFGetRetainCount", "CFCopyDescription",
    "CFEqual", "CFHash", "CFCopyTypeIDDescription", "CFNullGetTypeID",
    # CFString
    "CFStringGetTypeID", "CFStringCreateWithCString", "CFStringCreateWithBytes",
    "CFStringGetLength", "CFStringGetCString", "CFStringGetCStringPtr",
    "CFStringGetMaximumSizeForEncoding", "CFStringGetBytes",
    # CFURL
    "CFURLGetTypeID", "CFURLCreateFromFileSystemRepresentation",
    "CFURLGetFileSystemRepresentation", "CFURLCreateWithFileSystemPath",
    "CFURLCopyFileSystemPath", "CFURLGetString",
    # CFData
    "CFDataGetTypeID", "CFDataCreate", "CFDataGetLength", "CFDataGetBytePtr",
    "CFDataGetBytes",
    # CFArray
    "CFArrayGetTypeID", "CFArrayCreate", "CFArrayGetCount", "CFArrayGetValueAtIndex",
    "CFArrayGetValues",
    # CFDictionary
    "CFDictionaryGetTypeID", "CFDictionaryCreate", "CFDictionaryCreateMutable",
    "CFDictionaryGetCount", "CFDictionaryGetValue", "CFDictionaryGetKeysAndValues",
    "CFDictionarySetValue",
    # CFNumber
    "CFNumberGetTypeID", "CFNumberCreate", "CFNumberGetValue", "CFNumberGetType",
    "CFNumberIsFloatType", "CFBooleanGetTypeID", "CFBooleanGetValue",
    # CFRunLoop
    "CFRunLoopGetCurrent", "CFRunLoopGetMain", "CFRunLoopRun", "CFRunLoopRunInMode",
    "CFRunLoopStop", "CFRunLoopWakeUp", "CFRunLoopGetTypeID",
    "CFRunLoopAddSource", "CFRunLoopRemoveSource", "CFRunLoopSourceGetTypeID",
    "CFRunLoopSourceInvalidate",
]
CF_GLOBALS = [
    "kCFAllocatorDefault", "kCFAllocatorSystemDefault", "kCFAllocatorMalloc",
    "kCFAllocatorNull", "kCFBooleanTrue", "kCFBooleanFalse", "kCFNull",
    "kCFTypeArrayCallBacks", "kCFTypeDictionaryKeyCallBacks",
    "kCFCopyStringDictionaryKeyCallBacks", "kCFTypeDictionaryValueCallBacks",
    "kCFRunLoopDefaultMode", "kCFRunLoopCommonModes",
]
# enums of the CF headers we need (selected by their typedef name)
CF_ENUM_TYPEDEFS = {
    "CFStringBuiltInEncodings", "CFNumberType", "CFURLPathStyle", "CFRunLoopRunResult",
    "CFComparisonResult",
}

# the scalar MacTypes every audio header builds on
MACTYPES = [
    "UInt8", "SInt8", "UInt16", "SInt16", "UInt32", "SInt32", "UInt64", "SInt64",
    "Float32", "Float64", "Boolean", "Byte", "SignedByte", "OSStatus", "OSErr",
    "FourCharCode", "OSType", "ResType", "OptionBits", "ItemCount", "ByteCount",
    "ByteOffset", "UniChar", "UniCharCount", "UTF8Char", "UTF16Char", "UTF32Char",
    "UnicodeScalarValue", "Fixed", "Fract", "UnsignedFixed", "Size", "Ptr",
    "LogicalAddress", "ConstLogicalAddress", "SRefCon", "URefCon",
]

GROUPS: dict[str, dict] = {
    "MacTypes": {
        "out": "MacTypes.h",
        "headers": [],
        "typedefs": MACTYPES,
        "framework": "-",
    },
    "CoreFoundation": {
        "out": "CoreFoundation.h",
        "headers": [],
        "functions": CF_FUNCTIONS,
        "globals": CF_GLOBALS,
        "enum_typedefs": CF_ENUM_TYPEDEFS,
        "framework": "CoreFoundation",
    },
    "CoreAudioTypes": {
        "out": "CoreAudioTypes.h",
        "headers": ["CoreAudioTypes/CoreAudioBaseTypes.h", "CoreAudioTypes/AudioSessionTypes.h"],
        "framework": "CoreAudio",
    },
    "CoreAudio": {
        "out": "CoreAudio.h",
        "headers": ["CoreAudio/AudioHardwareBase.h", "CoreAudio/AudioHardware.h",
                    "CoreAudio/AudioHardwareDeprecated.h", "CoreAudio/HostTime.h"],
        "framework": "CoreAudio",
    },
    "AudioFile": {
        "out": "AudioToolbox/AudioFile.h",
        "headers": ["AudioToolbox/AudioFile.h"],
        "framework": "AudioToolbox",
    },
    "AudioFileStream": {
        "out": "AudioToolbox/AudioFileStream.h",
        "headers": ["AudioToolbox/AudioFileStream.h"],
        "framework": "AudioToolbox",
    },
    "ExtendedAudioFile": {
        "out": "AudioToolbox/ExtendedAudioFile.h",
        "headers": ["AudioToolbox/ExtendedAudioFile.h"],
        "framework": "AudioToolbox",
    },
    "AudioFormat": {
        "out": "AudioToolbox/AudioFormat.h",
        "headers": ["AudioToolbox/AudioFormat.h"],
        "framework": "AudioToolbox",
    },
    "AudioConverter": {
        "out": "AudioToolbox/AudioConverter.h",
        "headers": ["AudioToolbox/AudioConverter.h"],
        "framework": "AudioToolbox",
    },
    "AudioComponent": {
        "out": "AudioToolbox/AudioUnit.h",
        "headers": ["AudioToolbox/AudioComponent.h", "AudioToolbox/AUComponent.h",
                    "AudioToolbox/AudioUnitProperties.h", "AudioToolbox/AudioUnitParameters.h",
                    "AudioToolbox/AudioOutputUnit.h", "AudioToolbox/MusicDevice.h"],
        "framework": "AudioToolbox",
    },
    "AudioQueue": {
        "out": "AudioToolbox/AudioQueue.h",
        "headers": ["AudioToolbox/AudioQueue.h"],
        "framework": "AudioToolbox",
    },
    "AudioServices": {
        "out": "AudioToolbox/AudioServices.h",
        "headers": ["AudioToolbox/AudioServices.h", "AudioToolbox/AudioHardwareService.h"],
        "framework": "AudioToolbox",
    },
    "AUGraph": {
        "out": "AudioToolbox/AUGraph.h",
        "headers": ["AudioToolbox/AUGraph.h"],
        "framework": "AudioToolbox",
    },
    "MusicPlayer": {
        "out": "AudioToolbox/MusicPlayer.h",
        "headers": ["AudioToolbox/MusicPlayer.h"],
        "framework": "AudioToolbox",
    },
    "AudioUnitUtilities": {
        "out": "AudioToolbox/AudioUnitUtilities.h",
        "headers": ["AudioToolbox/AudioUnitUtilities.h"],
        "framework": "AudioToolbox",
    },
    "CoreAudioClock": {
        "out": "AudioToolbox/CoreAudioClock.h",
        "headers": ["AudioToolbox/CoreAudioClock.h"],
        "framework": "AudioToolbox",
    },
    "CoreMIDI": {
        "out": "CoreMIDI/MIDIServices.h",
        "headers": ["CoreMIDI/MIDIServices.h", "CoreMIDI/MIDISetup.h",
                    "CoreMIDI/MIDIThruConnection.h", "CoreMIDI/MIDIMessages.h",
                    "CoreMIDI/MIDIBluetoothConnection.h"],
        "framework": "CoreMIDI",
    },
}

# Typedefs from outside the extracted headers (os/workgroup.h ...), as the facts'
# canonical spellings give them.
EXTRA_TYPEDEFS = {
    "os_workgroup_t": "struct os_workgroup_s *",
}

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
C_WORDS = {
    "const", "volatile", "struct", "union", "enum", "void", "char", "short", "int",
    "long", "signed", "unsigned", "float", "double", "_Bool", "restrict",
    "uint8_t", "uint16_t", "uint32_t", "uint64_t", "int8_t", "int16_t", "int32_t",
    "int64_t", "size_t", "uintptr_t", "intptr_t",
}


def declare(ctype: str, name: str) -> str:
    """Put ``name`` into the C type spelling ``ctype``."""
    ctype = ctype.strip()
    if "(*)" in ctype:
        return ctype.replace("(*)", f"(*{name})", 1)
    m = re.match(r"^(.*?)(\[[0-9]*\](?:\[[0-9]*\])*)$", ctype)
    if m:
        return f"{m.group(1).strip()} {name}{m.group(2)}"
    if ctype.endswith("*"):
        return f"{ctype}{name}"
    return f"{ctype} {name}"


class Facts:
    def __init__(self, folder: Path) -> None:
        self.functions = json.loads((folder / "functions.json").read_text())["functions"]
        self.records = json.loads((folder / "layouts.json").read_text())["records"]
        self.typedefs = json.loads((folder / "typedefs.json").read_text())["typedefs"]
        consts = json.loads((folder / "constants.json").read_text())
        self.constants = consts["constants"]
        self.globals = consts["globals"]
        # records by the name cffi knows them under: tag, else typedef
        self.record_by_tag = {}
        for key, rec in self.records.items():
            self.record_by_tag[rec.get("tag") or key] = key


def uses(text: str) -> list[str]:
    return [w for w in IDENT.findall(text) if w not in C_WORDS]


def field_uses(fields: list[dict]) -> list[str]:
    """Identifiers the fields' types use, looking inside nested anonymous records."""
    out: list[str] = []
    for fld in fields:
        if fld.get("record"):
            out += field_uses(fld["record"]["fields"])
        else:
            out += uses(fld["type"])
    return out


# Fields whose declared type stands in for the SDK's to reproduce a packing that
# cffi's out-of-line ABI mode cannot express (it supports pack 1 only): under
# #pragma pack(4) a 64-bit timestamp is 4-aligned, exactly like two UInt32 halves.
FIELD_OVERRIDES = {
    ("MIDIPacket", "timeStamp"): "UInt32[2]",
    ("MIDIEventPacket", "timeStamp"): "UInt32[2]",
}


# Block parameters declared as a plain pointer: a block is passed as a pointer to
# its literal (a struct Block_literal_1 of cdefs/Blocks.h that coremusic builds by
# hand), so `void *` has the SDK's calling convention.  Functions whose every
# block parameter is listed here are declared; other block-taking functions are
# omitted.  tests/abi/facts.py names the same substitutions (PARAM_OVERRIDES).
BLOCK_PARAMS = {
    ("MIDIInputPortCreateWithProtocol", "receiveBlock"): "void *",
    ("MIDIDestinationCreateWithProtocol", "readBlock"): "void *",
    ("MIDIClientCreateWithBlock", "notifyBlock"): "void *",
    ("MIDIInputPortCreateWithBlock", "readBlock"): "void *",
    ("MIDIDestinationCreateWithBlock", "readBlock"): "void *",
}


def _blocks_declarable(name: str, f: dict) -> bool:
    """Whether every block parameter of ``f`` has a pointer stand-in (BLOCK_PARAMS)."""
    if "^" in f["return_norm"]:
        return False
    return all((name, p) in BLOCK_PARAMS for (p, _t), pn in zip(f["params"], f["params_norm"], strict=True)
               if pn.startswith("^"))


def fields_text(fields: list[dict], indent: str, owner: str) -> list[str]:
    lines = []
    for fld in fields:
        if fld.get("record"):
            inner = fld["record"]
            body = fields_text(inner["fields"], indent + "    ", owner)
            name = f" {fld['name']}" if fld["name"] else ""
            dims = re.match(r"^((?:\[[0-9]*\])*)", fld["norm"]).group(1)
            name += dims
            lines.append(f"{indent}{inner['kind']} {{")
            lines.extend(body)
            lines.append(f"{indent}}}{name};")
            continue
        ctype = FIELD_OVERRIDES.get((owner, fld["name"]), fld["type"])
        decl = declare(ctype, fld["name"])
        if "bit_width" in fld:
            decl += f" : {fld['bit_width']}"
        note = ""
        if (owner, fld["name"]) in FIELD_OVERRIDES:
            note = f"  /* SDK: {fld['type']} under #pragma pack(4) */"
        lines.append(f"{indent}{decl};{note}")
    return lines


def generate(facts: Facts, group: dict, known: set[str]) -> tuple[str, set[str]]:
    """Return the text of one cdef file and the names it declared."""
    headers = set(group["headers"])
    funcs = {n: f for n, f in facts.functions.items()
             if (f["header"] in headers or n in group.get("functions", ()))}
    omitted: list[str] = []
    for n in sorted(funcs):
        f = funcs[n]
        if f.get("static_inline"):
            omitted.append(f"{n}: static inline in the SDK, not exported (capi implements it in Python)")
            del funcs[n]
        elif f.get("variadic"):
            omitted.append(f"{n}: variadic")
            del funcs[n]
        elif ("^" in json.dumps(f["params_norm"]) or "^" in f["return_norm"]) and not _blocks_declarable(n, f):
            omitted.append(f"{n}: takes an Objective-C block, which cffi cannot express")
            del funcs[n]
        elif not (f["exported_by"].get("arm64") or f["exported_by"].get("x86_64")):
            omitted.append(f"{n}: exported by neither architecture")
            del funcs[n]
    globs = {n: g for n, g in facts.globals.items()
             if (g["header"] in headers or n in group.get("globals", ()))
             and not g.get("static")
             and (g["exported_by"].get("arm64") or g["exported_by"].get("x86_64"))}
    consts = {n: c for n, c in facts.constants.items()
              if c["header"] in headers or c.get("typedef") in group.get("enum_typedefs", ())}
    recs = {k: r for k, r in facts.records.items()
            if r["header"] in headers and not r.get("opaque")}
    tdefs = {n: t for n, t in facts.typedefs.items()
             if t["header"] in headers or n in group.get("typedefs", ())}

    # Pull in every typedef / record the selection references that is not yet known.
    needed_td: dict[str, dict] = {}
    needed_rec: dict[str, dict] = {}
    opaque: set[str] = set()
    pending = []
    for f in funcs.values():
        pending += uses(f["return"]) + [w for _, t in f["params"] for w in uses(t)]
    for g in globs.values():
        pending += uses(g["type"])
    for r in recs.values():
        pending += field_uses(r["fields"])
    for n, t in tdefs.items():
        needed_td[n] = t
        pending += uses(t["type"])
    for k, r in recs.items():
        needed_rec[k] = r
    for c in consts.values():
        if c.get("typedef") and c["typedef"] in facts.typedefs:
            pending.append(c["typedef"])
    while pending:
        w = pending.pop()
        if w in known or w in needed_td:
            continue
        if w in EXTRA_TYPEDEFS:
            needed_td[w] = {"type": EXTRA_TYPEDEFS[w], "norm": "", "header": "(outside the SDK subset)"}
            tag = EXTRA_TYPEDEFS[w].split()[1]
            if tag not in known:
                opaque.add(tag)
            continue
        if w in facts.typedefs:
            t = facts.typedefs[w]
            if "^" in t["norm"]:
                omitted.append(f"{w}: block type, which cffi cannot express")
                known.add(w)
                continue
            needed_td[w] = t
            pending += uses(t["type"])
            key = facts.record_by_tag.get(w)
            if key is not None and facts.records[key].get("tag") is None and key not in needed_rec:
                needed_rec[key] = facts.records[key]
                pending += field_uses(facts.records[key]["fields"])
            continue
        key = facts.record_by_tag.get(w)
        if key is not None and key not in needed_rec and w not in known:
            r = facts.records[key]
            if r.get("opaque"):
                opaque.add(r.get("tag") or key)
            else:
                needed_rec[key] = r
                pending += field_uses(r["fields"])
    # drop typedefs whose names are block types
    for n in list(needed_td):
        if "^" in needed_td[n]["norm"]:
            omitted.append(f"{n}: block type, which cffi cannot express")
            del needed_td[n]

    out: list[str] = []
    declared: set[str] = set()
    emit = out.append

    # 1. opaque and forward struct declarations
    fwd = []
    for tag in sorted(opaque):
        if tag not in known:
            fwd.append(f"struct {tag};")
            declared.add(tag)
    for _key, r in sorted(needed_rec.items()):
        if r.get("tag"):
            fwd.append(f"{r['kind']} {r['tag']};")
    # 2. typedefs in dependency order; records as they become possible
    td_done: set[str] = set()
    rec_done: set[str] = set()

    def td_ready(n: str) -> bool:
        t = needed_td[n]
        body = t["type"]
        deps = uses(body)
        for d in deps:
            if d in known or d in td_done or d == n:
                continue
            if d in needed_td:
                return False
            if d in facts.record_by_tag:  # struct tag: fine if tagged (forward declared)
                key = facts.record_by_tag[d]
                rec = facts.records[key]
                if rec.get("tag") is None and key not in rec_done and key not in known:
                    return False
                continue
        return True

    def rec_ready(key: str) -> bool:
        r = needed_rec[key]
        flat = []
        stack = list(r["fields"])
        while stack:
            fld = stack.pop()
            if fld.get("record"):
                stack.extend(fld["record"]["fields"])
            else:
                flat.append(fld)
        for fld in flat:
            for d in uses(fld["type"]):
                if d in known or d in td_done:
                    continue
                if d in needed_td:
                    return False
                if d in facts.record_by_tag:
                    k2 = facts.record_by_tag[d]
                    if "*" not in fld["type"] and k2 not in rec_done and k2 not in known and k2 != key:
                        return False
        # typedef names of a tagged record must exist before the body mentions them? no
        return True

    def rec_text(key: str) -> str:
        r = needed_rec[key]
        body = "\n".join(fields_text(r["fields"], "    ", key))
        if r.get("tag"):
            return f"{r['kind']} {r['tag']} {{\n{body}\n}};"
        return f"typedef {r['kind']} {{\n{body}\n}} {key};"

    body: list[str] = []
    progress = True
    while progress:
        progress = False
        for n in sorted(needed_td):
            if n in td_done:
                continue
            t = needed_td[n]
            # tagless records are declared through their typedef
            key = facts.record_by_tag.get(n)
            if key is not None and facts.records[key].get("tag") is None and key in needed_rec:
                if rec_ready(key):
                    body.append(rec_text(key))
                    rec_done.add(key)
                    td_done.add(n)
                    progress = True
                continue
            if td_ready(n):
                body.append(f"typedef {declare(t['type'], n)};")
                td_done.add(n)
                progress = True
        for key in sorted(needed_rec):
            r = needed_rec[key]
            if key in rec_done or r.get("tag") is None:
                continue
            if rec_ready(key):
                body.append(rec_text(key))
                rec_done.add(key)
                progress = True
    missing = [n for n in needed_td if n not in td_done] + [k for k in needed_rec if k not in rec_done]
    if missing:
        raise SystemExit(f"could not order: {missing}")

    title = group["out"]
    emit(f"/* {title}: cffi declarations for coremusic (framework: {group['framework']}).")
    emit("   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */")
    emit("")
    if fwd:
        emit("/* ---- record tags ---- */")
        out.extend(fwd)
        emit("")
    emit("/* ---- types ---- */")
    out.extend(body)
    emit("")

    # 3. constants grouped as the SDK groups them
    if consts:
        emit("/* ---- constants ---- */")
        groups: dict[str, list[tuple[str, dict]]] = {}
        for n, c in consts.items():
            g = c.get("enum") or c.get("typedef") or f"{c['header']}:{c['kind']}"
            groups.setdefault(g, []).append((n, c))
        for g in sorted(groups):
            items = sorted(groups[g], key=lambda nc: (nc[1]["value"], nc[0]))
            defines = [(n, c) for n, c in items if c["kind"] == "define"]
            enums = [(n, c) for n, c in items if c["kind"] != "define"]
            for n, c in defines:
                emit(f"#define {n} {c['value']}")
            if enums:
                emit(f"/* {g} */")
                emit("enum {")
                for n, c in enums:
                    v = c["value"]
                    note = f"  /* '{c['fourcc']}' */" if c.get("fourcc") else ""
                    if c.get("unavailable_on_macos"):
                        note += "  /* unavailable on macOS */"
                    emit(f"    {n} = {v},{note}")
                emit("};")
        emit("")

    if globs:
        emit("/* ---- exported data ---- */")
        for n in sorted(globs):
            emit(f"extern {declare(globs[n]['type'], n)};")
        emit("")

    if funcs:
        emit("/* ---- functions ---- */")
        last_header = None
        for n in sorted(funcs, key=lambda n: (funcs[n]["header"], n)):
            f = funcs[n]
            if f["header"] != last_header:
                emit(f"/* {f['header'].split('/')[-1]} */")
                last_header = f["header"]
            params = ", ".join(declare(BLOCK_PARAMS.get((n, p), t), p or "").strip()
                               for p, t in f["params"]) or "void"
            av = f.get("availability", {}).get("macos", {})
            note = f"  /* deprecated in macOS {av['deprecated']} */" if av.get("deprecated") else ""
            blocks = [t for p, t in f["params"] if (n, p) in BLOCK_PARAMS]
            if blocks:
                note += f"  /* SDK: {', '.join(blocks)} (a block, passed as a pointer to its literal) */"
            emit(f"{declare(f['return'], n)}({params});{note}")
        emit("")
    if omitted:
        emit("/* ---- not declared here ----")
        for o in sorted(set(omitted)):
            emit(f"   {o}")
        emit("*/")
    declared |= set(needed_td) | set(needed_rec) | {r.get("tag") or k for k, r in needed_rec.items()}
    return "\n".join(out) + "\n", declared


def main(argv: list[str]) -> None:
    facts = Facts(Path(argv[1]))
    known: set[str] = set()
    for name in argv[2:]:
        group = GROUPS[name]
        text, declared = generate(facts, group, known)
        known |= declared
        path = ROOT / "cdefs" / group["out"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        print(f"wrote {path.relative_to(ROOT)} ({text.count(chr(10))} lines)")


if __name__ == "__main__":
    main(sys.argv)
