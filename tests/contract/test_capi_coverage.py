"""Every capi function is called by at least one contract test."""

from __future__ import annotations

import pytest

from tests.contract.conftest import ALL_FUNCTIONS, CALLED


def test_every_capi_function_is_called(request: pytest.FixtureRequest) -> None:
    contract_items = [i for i in request.session.items
                      if "tests/contract/" in i.nodeid and i is not request.node]
    files = {i.nodeid.split("::")[0] for i in contract_items}
    import pathlib

    here = pathlib.Path(__file__).parent
    all_files = {f"tests/contract/{p.name}" for p in here.glob("test_*.py")} - {"tests/contract/test_capi_coverage.py"}
    if files != all_files or request.config.getoption("-k") or request.config.getoption("-m"):
        pytest.skip("coverage is judged only when every contract test module runs unfiltered")
    missing = sorted(set(ALL_FUNCTIONS) - CALLED)
    print(f"\ncapi contract coverage: {len(ALL_FUNCTIONS) - len(missing)}/{len(ALL_FUNCTIONS)} functions called")
    assert not missing, f"capi functions no contract test called: {missing}"
