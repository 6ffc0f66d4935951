"""A stack of its own for the review loop's end-to-end tests.

These tests break a stage on purpose (a worker paused, an artefact folder taken away), so the
failing stage logs its traceback; the shared ``stack`` of tests/e2e forbids any. This package
starts the same processes after that one has stopped, and allows exactly the tracebacks of the
failures it caused.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest
from e2e.conftest import Stack, start_stack, stop_stack

#: What every traceback in these workers' logs must mention: the failures the tests cause.
CAUSED = ("FileNotFoundError", "UploadRejectedError", "the uploaded file cannot be read")


@pytest.fixture(scope="package")
def review_stack(
    test_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    s = start_stack(test_env, tmp_path_factory.mktemp("review-stack-logs"))
    try:
        yield s
        problems = [name for name, proc in s.procs.items() if proc.poll() is not None]
        logs = s.log_text(tail=None)
        problems += [sign for sign in ("WorkerLostError", "exited with 'signal") if sign in logs]
        for block in logs.split("Traceback (most recent call last)")[1:]:
            if not any(cause in block for cause in CAUSED):
                problems.append(f"unexpected traceback: {block[:2000]}")
    finally:
        for proc in s.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGCONT)  # a paused worker must hear SIGTERM
        stop_stack(s)
    assert not problems, problems
