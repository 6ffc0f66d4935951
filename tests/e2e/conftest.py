"""The whole system as separate processes: gunicorn serving the API, one Celery worker per
queue, real Postgres and Redis. Tests talk to it over HTTP only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

# The stack itself lives in tests/stack.py (shared with `make bench`); the suites that import
# these names from here keep working.
from tests.stack import Stack, register, start_stack, stop_stack

__all__ = ["Stack", "crash_signs", "register", "start_stack", "stop_stack"]


# Package scope: the workers stop when the end-to-end tests are done, so they never consume the
# uploads of the API tests that run later against the same database and Redis db.
@pytest.fixture(scope="package")
def stack(test_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    s = start_stack(test_env, tmp_path_factory.mktemp("stack-logs"))
    try:
        yield s
        # After every end-to-end test, whatever they uploaded: no process died and no worker
        # crashed or lost a task.
        problems = crash_signs(s)
    finally:
        stop_stack(s)
    assert not problems, problems


CRASH_SIGNS = ("WorkerLostError", "exited with 'signal")
_TRACEBACK = "Traceback (most recent call last)"
_CHAINED = ("The above exception was the direct cause", "During handling of the above exception")


def _unexpected_tracebacks(logs: str) -> int:
    """Traceback chains that do not end in a PermanentStageError.

    A stage that records a permanent ``*_error`` (a bomb, an encrypted PDF) logs it with its
    traceback, as intended; any other traceback is a crash.
    """
    unexpected = 0
    for chunk in logs.split(_TRACEBACK)[1:]:
        lines = [line for line in chunk.splitlines()[1:] if line.strip()]
        ends = [i for i, line in enumerate(lines) if not line.startswith(" ")]
        if not ends:
            continue
        rest = lines[ends[0] + 1 : ends[0] + 2]
        if rest and rest[0].startswith(_CHAINED):
            continue  # the chain goes on in the next chunk
        if "PermanentStageError" not in lines[ends[0]]:
            unexpected += 1
    return unexpected


def crash_signs(stack: Stack) -> list[str]:
    dead = [name for name, proc in stack.procs.items() if proc.poll() is not None]
    logs = stack.log_text(tail=None)
    signs = [f"{name} exited" for name in dead] + [sign for sign in CRASH_SIGNS if sign in logs]
    if _unexpected_tracebacks(logs):
        signs.append(_TRACEBACK)
    return signs
