"""Every ```python block of docs/link.md runs, inside the namespace, beside a peer."""

from __future__ import annotations

import re

import pytest

from tests.link.conftest import ROOT, Namespace, wait_until_clock

pytestmark = pytest.mark.link

DOC = ROOT / "docs" / "link.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", DOC.read_text(encoding="utf-8"),
                    flags=re.MULTILINE | re.DOTALL)


def test_the_page_has_examples() -> None:
    assert len(BLOCKS) >= 5


@pytest.fixture(scope="module")
def docs_netns(module_netns: Namespace) -> Namespace:
    """The namespace with one running peer (its session made older than a joiner's)."""
    peer = module_netns.spawn("peer")
    peer.call("new", bpm=110.0, start_stop_sync=True)
    peer.call("enable")
    wait_until_clock(peer, int(peer.call("get")["micros"]) + 600_000)
    return module_netns


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_doc_example_runs(docs_netns: Namespace, code: str) -> None:
    out = docs_netns.run_python(code)
    assert out.strip(), "the example printed nothing"
