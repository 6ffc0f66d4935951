"""A stack of its own for the supplier memory's end-to-end tests (same processes as tests/e2e)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from e2e.conftest import Stack, crash_signs, start_stack, stop_stack


@pytest.fixture(scope="package")
def memory_stack(
    test_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    s = start_stack(test_env, tmp_path_factory.mktemp("memory-stack-logs"))
    try:
        yield s
        problems = crash_signs(s)
    finally:
        stop_stack(s)
    assert not problems, problems
