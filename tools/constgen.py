"""Draft the modules of ``coremusic.constants`` from the Apple SDK facts.

Usage::

    python tools/constgen.py            # write coremusic/constants/<module>.py
    python tools/constgen.py --check    # only report unassigned constants

The committed modules are the source of truth; this script drafts them from
``tests/data/apple-sdk/constants.json`` and the class specifications in
``tools/constspec/`` (one file per framework area: which Apple names form which
class and how members are named), and refuses to write anything if a constant
of a scoped header is left unassigned or assigned twice.  It also rewrites the
lazy-export table of the package ``__init__`` and the class list of
``docs/constants.md``; ``midi.py`` and the rest of ``__init__`` are written by
hand.  The output is formatted with ``ruff``.

Naming rule: strip the class's Apple prefix (and suffix), then convert the
remaining CamelCase to UPPER_SNAKE (``IsFloat`` -> ``IS_FLOAT``,
``MPEG4AAC_HE`` -> ``MPEG4_AAC_HE``).  Explicit overrides cover names that
would start with a digit or read badly.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "tests" / "data" / "apple-sdk" / "constants.json"
OUT = ROOT / "coremusic" / "constants"

# words whose Apple spelling does not split well by case changes
TOKENS = [
    (r"iLBC", "_ILBC_"),
    (r"iPod", "_IPOD_"),
    (r"[iI]Sub", "_ISUB_"),
    (r"SInt(?=\d)", "_SINT"),
    (r"IDCFString", "_ID_CF_STRING_"),
    (r"IDs|UTIs", lambda m: "_" + m.group(0).upper() + "_"),
    (r"MIDIXML", "_MIDI_XML_"),
    (r"QDesign", "_QDESIGN"),
    (r"TwinVQ", "_TWINVQ_"),
    (r"[AU]Law", lambda m: "_" + m.group(0).upper() + "_"),
    (r"SemiTones", "_SEMITONES_"),
    (r"CocoaUI", "_COCOA_UI_"),
    (r"Allow64Bit", "_ALLOW_64_BIT_"),
    (r"k(MAS|VST)", r"_\1_"),
    (r"iMelody", "_IMELODY_"),
    (r"At0Hz", "_AT_0_HZ"),
    (r"dB$", "_DB"),
    (r"iXML", "_IXML_"),
    (r"MIDISPP", "_MIDI_SPP_"),
    (r"SysEx", "_SYSEX_"),
]


def snake(text: str, split_digits: bool = False) -> str:
    """CamelCase (with underscores) -> UPPER_SNAKE."""
    for pattern, repl in TOKENS:
        text = re.sub(pattern, repl, text)
    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        if i and ch != "_" and text[i - 1] != "_":
            prev = text[i - 1]
            nxt = text[i + 1] if i + 1 < n else ""
            cut = False
            if prev.islower() and ch.isupper():
                cut = True
            elif prev.isupper() and ch.isupper() and nxt.islower():
                cut = True
            elif prev.isdigit() and ch.isupper():
                run = 0
                j = i
                while j < n and text[j].isupper():
                    run += 1
                    j += 1
                if j < n and text[j].islower():
                    run -= 1  # the last capital starts a word
                cut = run >= 2 or (run <= 0)
            elif prev.isdigit() and ch.islower():
                cut = True
            elif split_digits and prev.isalpha() and ch.isdigit():
                cut = True
            if cut:
                out.append("_")
        out.append(ch)
    name = re.sub("_+", "_", "".join(out)).strip("_").upper()
    return name


@dataclass
class Cls:
    """One enum class: which Apple names it holds and how members are named."""

    name: str
    base: str  # FourCCEnum | AppleIntEnum | AppleIntFlag | AppleStrEnum
    summary: str
    match: str  # regex (fullmatch) over Apple names of the module's headers
    prefix: str | tuple[str, ...]
    suffix: str = ""
    digit_prefix: str = ""
    split_digits: bool = False
    overrides: dict[str, str] = field(default_factory=dict)
    prefer: tuple[str, ...] = ()  # Apple names that must be canonical for their value
    compat: dict[str, str] = field(default_factory=dict)  # extra attribute -> Apple name
    aliases: dict[str, str] = field(default_factory=dict)  # foreign Apple name -> own Apple name
    notes: str = ""
    strings: bool = False  # members come from string_macros
    symbols: bool = False  # members are exported CFStringRef globals, valued by their name
    body: str = ""  # extra class body (methods), appended verbatim after the members


@dataclass
class Module:
    name: str
    summary: str
    headers: tuple[str, ...]
    classes: list[Cls]
    plain: dict[str, tuple[str, str]] = field(default_factory=dict)  # Apple -> (Python, doc)
    extra_plain: list[tuple[str, str, str, str]] = field(
        default_factory=list
    )  # (py, apple, literal, doc)
    extra_headers_strings: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()  # Apple names deliberately left out (with reason in docs)
    handwritten: str = ""  # appended verbatim
    handwritten_names: tuple[str, ...] = ()  # public names defined in `handwritten`
    handwritten_imports: str = ""  # import lines the handwritten part needs


def member_name(c: Cls, apple: str) -> str:
    if apple in c.overrides:
        return c.overrides[apple]
    prefixes = (c.prefix,) if isinstance(c.prefix, str) else c.prefix
    for p in sorted(prefixes, key=len, reverse=True):
        if apple.startswith(p):
            rest = apple[len(p) :]
            break
    else:
        raise SystemExit(f"{c.name}: {apple} lacks prefix {prefixes}")
    if c.suffix and rest.endswith(c.suffix) and rest != c.suffix:
        rest = rest[: -len(c.suffix)]
    name = snake(rest, c.split_digits)
    if not name or name[0].isdigit():
        if not c.digit_prefix:
            raise SystemExit(f"{c.name}: {apple} -> {name!r} needs an override")
        name = c.digit_prefix + name
    return name


def literal(base: str, value: int | str, fourcc: str | None) -> str:
    if base in ("AppleStrEnum", "AppleSymbolEnum"):
        return json.dumps(value)
    assert isinstance(value, int)
    if base == "FourCCEnum" and value > 0xFFFF:
        return f"0x{value:08X}"
    if base == "AppleIntFlag" and value > 9:
        return f"0x{value:X}"
    return str(value)


def doc_value(base: str, value: int | str) -> str:
    if base in ("AppleStrEnum", "AppleSymbolEnum"):
        return repr(value)
    assert isinstance(value, int)
    if base == "FourCCEnum":
        raw = value.to_bytes(4, "big") if 0 <= value <= 0xFFFFFFFF else b""
        if raw and all(0x20 <= b <= 0x7E for b in raw):
            return repr(raw.decode())
    return str(value)


def render_class(
    c: Cls, facts: dict, headers: set[str], all_names: list[str], deprecated: set[str]
):
    names = [n for n in all_names if re.fullmatch(c.match, n)]
    if not names:
        raise SystemExit(f"{c.name}: no Apple names match {c.match}")
    items = []  # (value, apple, pyname, fourcc)
    for n in names:
        f = facts[n]
        items.append((f["value"], n, member_name(c, n), f.get("fourcc")))
    # canonical member per value: preferred, then not deprecated, then shortest, then name
    by_value: dict[object, list] = defaultdict(list)
    for it in items:
        by_value[it[0]].append(it)

    def rank(it):
        return (it[1] not in c.prefer, it[1] in deprecated, "Master" in it[1], len(it[2]), it[2])

    groups = [sorted(g, key=rank) for g in by_value.values()]
    if c.base in ("FourCCEnum", "AppleStrEnum", "AppleSymbolEnum"):
        groups.sort(key=lambda g: g[0][2])
    else:
        groups.sort(key=lambda g: (g[0][0], g[0][2]))
    pynames = [it[2] for it in items] + list(c.compat)
    dup = {p for p in pynames if pynames.count(p) > 1}
    if dup:
        raise SystemExit(f"{c.name}: duplicate member names {sorted(dup)}")
    lines = [f"class {c.name}({c.base}):"]
    first = groups[0][0]
    doc = [f'    """{c.summary}', ""]
    src_headers = sorted({facts[n]["header"] for n in names})
    if len(names) == 1:
        doc.append(f"    Apple's constant ``{names[0]}`` ({', '.join(src_headers)}).")
    else:
        doc.append(f"    Apple's ``{_family(names)}`` constants ({', '.join(src_headers)}).")
    alias_lines = []
    for g in groups:
        for it in g[1:]:
            alias_lines.append(f"``{it[2]}`` = ``{g[0][2]}``")
    for attr, apple in c.compat.items():
        canon = next(g[0][2] for g in groups if any(it[1] == apple for it in g))
        alias_lines.append(f"``{attr}`` = ``{canon}`` (name kept from coremusic 0.2)")
    if c.notes:
        doc += ["", *("    " + ln if ln else "" for ln in c.notes.splitlines())]
    if alias_lines:
        doc += ["", "    Aliases (one member, several names): " + ", ".join(alias_lines) + "."]
    if c.aliases:
        doc += [
            "",
            "    Other Apple spellings bound to members (see ``apple_names``): "
            + ", ".join(f"``{k}``" for k in sorted(c.aliases))
            + ".",
        ]
    doc += [
        "",
        "    Example",
        "    -------",
        f"    >>> from coremusic.constants import {c.name}, apple_name",
        f"    >>> {c.name}.{first[2]}",
        f"    <{c.name}.{first[2]}: {doc_value(c.base, first[0])}>",
        f"    >>> apple_name({c.name}.{first[2]})",
        f"    '{first[1]}'",
        '    """',
        "",
    ]
    # wrap long alias line
    # wrap prose, never doctest lines
    doc = [d if d.lstrip().startswith((">>>", "<", "'")) else _wrap(d) for d in doc]
    lines += doc
    for g in groups:
        for k, it in enumerate(g):
            value, apple, py, fourcc = it
            lit = literal(c.base, value, fourcc)
            comment = []
            if c.base == "FourCCEnum" and fourcc:
                comment.append(repr(fourcc))
            if k:
                comment.append(f"alias of {g[0][2]}")
            if apple in deprecated:
                comment.append("deprecated")
            tail = f"  # {', '.join(comment)}" if comment else ""
            pair = lit if c.base == "AppleSymbolEnum" else f'{lit}, "{apple}"'
            lines.append(f"    {py} = {pair}{tail}")
            if k == 0:
                for attr, capple in c.compat.items():
                    if capple == apple:
                        pair = lit if c.base == "AppleSymbolEnum" else f'{lit}, "{apple}"'
                        lines.append(f"    {attr} = {pair}  # coremusic 0.2 name")
    out = "\n".join(lines) + "\n"
    if c.body:
        out += "\n" + c.body.rstrip() + "\n"
    alias_calls = []
    for foreign, own in c.aliases.items():
        py = next(it[2] for it in items if it[1] == own)
        if facts[foreign]["value"] != facts[own]["value"]:
            raise SystemExit(f"{foreign} != {own}")
        alias_calls.append(f'_alias({c.name}.{py}, "{foreign}")')
    if alias_calls:
        out += "\n\n" + "\n".join(alias_calls) + "\n"
    return out, set(names) | set(c.aliases)


def _family(names: list[str]) -> str:
    pre = names[0]
    suf = names[0]
    for n in names[1:]:
        while not n.startswith(pre):
            pre = pre[:-1]
        while not n.endswith(suf):
            suf = suf[1:]
    if len(names) == 1:
        return names[0]
    suf = re.sub(r"^[a-z0-9_]*", "", suf)  # keep whole words of the suffix
    if any(n[-len(suf) - 1].isupper() for n in names if suf):
        suf = ""  # the suffix ends an acronym (LSB / MSB): not a word
    return pre + "*" + suf


def _wrap(line: str, width: int = 96) -> str:
    if len(line) <= width:
        return line
    indent = "    "
    words = line.strip().split(" ")
    rows, cur = [], indent
    for w in words:
        if len(cur) + len(w) + 1 > width and cur.strip():
            rows.append(cur.rstrip())
            cur = indent
        cur += w + " "
    rows.append(cur.rstrip())
    return "\n".join(rows)


def generate(check_only: bool) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from constspec import DEPRECATED_HEADERS, MODULES  # type: ignore[import-not-found]

    data = json.loads(FACTS.read_text())
    consts = data["constants"]
    strings = data["string_macros"]
    problems = 0
    covered: dict[str, str] = {}
    scoped: dict[str, dict] = {}
    rendered = []
    for mod in MODULES:
        headers = set(mod.headers)
        ints = {k: v for k, v in consts.items() if v["header"] in headers}
        strs = {k: v for k, v in strings.items() if v["header"] in headers}
        scoped.update(ints)
        scoped.update(strs)
        deprecated = {k for k, v in {**ints, **strs}.items() if v["header"] in DEPRECATED_HEADERS}
        body = []
        all_int = sorted(ints)
        all_str = sorted(strs)
        syms = {
            k: {**v, "value": k}
            for k, v in data["globals"].items()
            if v["header"] in headers and v["norm"] == "*struct __CFString"
        }
        for c in mod.classes:
            if c.symbols:
                facts, pool = syms, sorted(syms)
            elif c.strings:
                facts, pool = strs, all_str
            else:
                facts, pool = ints, all_int
            text, names = render_class(c, facts, headers, pool, deprecated)
            for n in names:
                if n in covered:
                    print(f"{n}: in {covered[n]} and {c.name}")
                    problems += 1
                covered[n] = c.name
            body.append(text)
        for apple in [*mod.plain, *mod.skip]:
            if apple in covered:
                print(f"{apple}: in {covered[apple]} and plain/skip")
                problems += 1
            covered[apple] = "plain" if apple in mod.plain else "skip"
        rendered.append((mod, ints, strs, body))
    for n in sorted(set(scoped) - set(covered)):
        print(f"unassigned {n} = {scoped[n]['value']!r} ({scoped[n]['header']})")
        problems += 1
    for mod, ints, strs, body in rendered:
        if check_only or problems:
            continue
        names = [c.name for c in mod.classes]
        plain_lines = []
        for apple, (py, doc) in mod.plain.items():
            f = {**ints, **strs}[apple]
            plain_lines.append(f"#: {doc}")
            plain_lines.append(f'{py}: Final = _constant("{apple}", {f["value"]!r})')
        for py, apple, lit, doc in mod.extra_plain:
            plain_lines.append(f"#: {doc}")
            plain_lines.append(f'{py}: Final = _constant("{apple}", {lit})')
        all_names = sorted(
            names
            + [p for p, _ in mod.plain.values()]
            + [e[0] for e in mod.extra_plain]
            + list(mod.handwritten_names)
        )
        bases = sorted({c.base for c in mod.classes})
        head = [
            f'"""{mod.summary}',
            "",
            "Values are Apple's, checked against the SDK facts by the test suite.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
        ]
        if mod.handwritten_imports:
            head += [mod.handwritten_imports, ""]
        if plain_lines:
            head += ["from typing import Final", ""]
        imports = [*bases, "_alias" if any(c.aliases for c in mod.classes) else ""]
        imports += ["_constant"] if plain_lines else []
        head.append(
            "from coremusic.constants._base import " + ", ".join(sorted(i for i in imports if i))
        )
        head += ["", "__all__ = ["] + [f'    "{n}",' for n in all_names] + ["]", ""]
        text = "\n".join(head) + "\n"
        if plain_lines:
            text += "\n".join(plain_lines) + "\n"
        text += "\n\n" + "\n\n".join(body)
        if mod.handwritten:
            text += "\n\n" + mod.handwritten
        (OUT / f"{mod.name}.py").write_text(text)
        print(f"wrote {mod.name}.py: {len(text.splitlines())} lines")
    if not check_only and not problems:
        written = [str(OUT / f"{mod.name}.py") for mod, *_ in rendered]
        # normalise layout and import order like the rest of the code base
        subprocess.run(["ruff", "format", "-q", *written], check=True)
        subprocess.run(["ruff", "check", "-q", "--fix", *written], check=True)
        write_init()
        write_docs()
    return 1 if problems else 0


def write_init() -> None:
    """Rewrite the lazy-export table, ``__all__`` and typing imports of ``__init__``."""
    init = OUT / "__init__.py"
    text = init.read_text()
    lazy: dict[str, str] = {}
    for path in sorted(OUT.glob("[a-z]*.py")):
        source = path.read_text()
        block = source[source.index("__all__") :]
        block = block[: block.index("]")]
        for name in re.findall(r'"(\w+)"', block):
            lazy[name] = path.stem
    base_block = text[text.index("from coremusic.constants._base import (") :]
    base = re.findall(r"^    (\w+),$", base_block[: base_block.index(")")], re.M)
    lines = ["_LAZY: dict[str, str] = {"]
    lines += [f'    "{n}": "{m}",' for n, m in sorted(lazy.items())]
    lines += ["}", "", "__all__ = ["]
    lines += [f'    "{n}",' for n in sorted(set(base) | set(lazy))]
    lines += ["]"]
    start = text.index("_LAZY: dict[str, str] = {")
    end = text.index("\n\n\ndef __getattr__")
    text = text[:start] + "\n".join(lines) + text[end:]
    by_module: dict[str, list[str]] = defaultdict(list)
    for name, module in lazy.items():
        by_module[module].append(name)
    typing = ["if TYPE_CHECKING:  # pragma: no cover"]
    for module in sorted(by_module):
        typing.append(f"    from coremusic.constants.{module} import (")
        typing += [f"        {n}," for n in sorted(by_module[module])]
        typing.append("    )")
    text = text[: text.index("if TYPE_CHECKING:")] + "\n".join(typing) + "\n"
    init.write_text(text)
    subprocess.run(["ruff", "format", "-q", str(init)], check=True)
    subprocess.run(["ruff", "check", "-q", "--fix", str(init)], check=True)


DOC_SECTIONS = [
    ("coretypes", "Core types"),
    ("channels", "Channels and layouts"),
    ("audioformat", "Audio formats"),
    ("audiofile", "Audio files, file streams, ExtAudioFile"),
    ("converter", "AudioConverter"),
    ("queue", "AudioQueue"),
    ("hardware", "HAL: objects, system, devices, streams"),
    ("hwobjects", "HAL: plug-ins, controls, aggregates, taps"),
    ("audiounit", "AudioUnit components"),
    ("auproperties", "AudioUnit properties"),
    ("auunits", "Apple's built-in units: properties and settings"),
    ("auparams", "Apple's built-in units: mixer, I/O and instrument parameters"),
    ("aueffects", "Apple's built-in units: effect parameters"),
    ("codec", "AudioCodec"),
    ("caf", "CAF files"),
    ("clock", "CoreAudioClock"),
    ("session", "iOS audio session (deprecated C API)"),
    ("toolbox", "AudioServices, AudioComponent, AUGraph, AudioUnit utilities"),
    ("musicplayer", "MusicPlayer, MusicSequence, MusicDevice"),
    ("coremidi", "CoreMIDI"),
    ("cf", "CoreFoundation"),
    ("cfencodings", "CoreFoundation external string encodings"),
    ("midi", "MIDI 1.0 (not Apple constants)"),
]


def write_docs() -> None:
    """Rewrite the class list at the end of docs/constants.md from the modules."""
    import importlib

    sys.path.insert(0, str(ROOT))
    page = ROOT / "docs" / "constants.md"
    text = page.read_text()
    out = [text[: text.index("## Classes")] + "## Classes"]
    names = {p.stem for p in OUT.glob("[a-z]*.py")}
    if names != {m for m, _ in DOC_SECTIONS}:
        raise SystemExit(f"DOC_SECTIONS does not list the modules {sorted(names)}")
    for module_name, title in DOC_SECTIONS:
        module = importlib.import_module(f"coremusic.constants.{module_name}")
        out += ["", f"### {title} (`coremusic.constants.{module_name}`)", ""]
        out += ["| name | what | members |", "|---|---|---|"]
        public = sorted(module.__all__, key=lambda n: (not isinstance(getattr(module, n), type), n))
        for name in public:
            obj = getattr(module, name)
            if isinstance(obj, type) and obj.__name__ != name:
                out.append(f"| `{name}` | the coremusic 0.2 name of `{obj.__name__}` | alias |")
            elif isinstance(obj, type):
                doc = " ".join((obj.__doc__ or "").split("\n\n")[0].split())
                doc = doc.replace("``", "`")
                out.append(f"| `{name}` | {doc} | {len(obj.__members__)} |")
            else:
                out.append(f"| `{name}` | plain constant | `{obj!r}` |")
    page.write_text("\n".join(out) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report coverage problems")
    args = parser.parse_args()
    return generate(args.check)


if __name__ == "__main__":
    raise SystemExit(main())
