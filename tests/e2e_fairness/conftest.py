"""A stack of its own for the fairness test: at most 2 documents of a company in flight."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from e2e.conftest import Stack, crash_signs, start_stack, stop_stack

CAP = 2


@pytest.fixture(scope="package")
def fair_stack(
    test_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    s = start_stack(
        test_env,
        tmp_path_factory.mktemp("fair-stack-logs"),
        {"COMPANY_MAX_IN_FLIGHT": str(CAP)},
    )
    try:
        yield s
        problems = crash_signs(s)
    finally:
        stop_stack(s)
    assert not problems, problems
