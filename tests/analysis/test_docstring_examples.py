"""Every public class and function of the analysis, slicing, visualization and utils
modules has a docstring with an Example section and is mentioned in a docs page."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"

#: module -> the docs pages that document it
MODULES: dict[str, tuple[str, ...]] = {
    "coremusic.audio.analysis": ("analysis.md",),
    "coremusic.audio.slicing": ("slicing.md",),
    "coremusic.audio.visualization": ("visualization.md",),
    "coremusic.utils.batch": ("batch.md",),
    "coremusic.utils.dsp": ("analysis.md",),
    "coremusic.utils.scipy": ("analysis.md",),
    "coremusic.utils.fourcc": ("errors.md",),
}


def _public(module_name: str) -> list[tuple[str, object]]:
    if "visualization" in module_name:
        pytest.importorskip("matplotlib")
    module = importlib.import_module(module_name)
    names = getattr(module, "__all__", None)
    assert names, f"{module_name} has no __all__"
    out = []
    for name in names:
        obj = getattr(module, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            out.append((name, obj))
    return out


@pytest.mark.parametrize("module_name", sorted(MODULES))
def test_public_names_have_an_example(module_name: str) -> None:
    missing = [
        name
        for name, obj in _public(module_name)
        if not re.search(r"^\s*Examples?\n\s*-{3,}", inspect.getdoc(obj) or "", flags=re.M)
    ]
    assert missing == [], f"{module_name}: no Example section in {missing}"


@pytest.mark.parametrize("module_name", sorted(m for m, pages in MODULES.items() if pages))
def test_public_names_are_in_the_docs(module_name: str) -> None:
    text = "\n".join((DOCS / page).read_text(encoding="utf-8") for page in MODULES[module_name])
    missing = [
        name for name, _ in _public(module_name) if not re.search(rf"\b{re.escape(name)}\b", text)
    ]
    assert missing == [], f"{module_name}: not mentioned in {MODULES[module_name]}: {missing}"


def test_the_walk_finds_names() -> None:
    # guard against a vacuous pass: the analysis package alone exports dozens
    assert len(_public("coremusic.audio.analysis")) > 40
