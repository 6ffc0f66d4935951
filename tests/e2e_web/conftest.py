"""The web app in a real browser against the whole system.

The stack is the one tests/e2e starts (gunicorn, one Celery worker per queue, real Postgres and
Redis), started for this package alone. The browser is the system's Chromium (Debian's
``chromium`` package, installed by scripts/system-deps.sh; ``CHROMIUM`` overrides the path),
driven by Playwright: Playwright's own browser download is never used.
"""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e.conftest import Stack, crash_signs, start_stack, stop_stack
from playwright.sync_api import Browser, Playwright, sync_playwright

#: What every traceback in the workers' logs must mention: the failure a test causes.
CAUSED = ("FileNotFoundError", "UploadRejectedError", "the uploaded file cannot be read")

#: Screenshots of every screen, kept after the run (git-ignored).
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "web"


@pytest.fixture(scope="package")
def web_stack(
    test_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    s = start_stack(test_env, tmp_path_factory.mktemp("web-stack-logs"))
    try:
        yield s
        # No process died; the only tracebacks are the failure the reprocess test causes.
        problems = [p for p in crash_signs(s) if p != "Traceback (most recent call last)"]
        for block in s.log_text(tail=None).split("Traceback (most recent call last)")[1:]:
            if not any(cause in block for cause in CAUSED):
                problems.append(f"unexpected traceback: {block[:2000]}")
    finally:
        for proc in s.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGCONT)  # a paused worker must hear SIGTERM
        stop_stack(s)
    assert not problems, problems


@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="package")
def browser(playwright: Playwright) -> Iterator[Browser]:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium")
    assert path, "Chromium is not installed: run scripts/system-deps.sh (apt-get install chromium)"
    # --no-sandbox: the tests may run as root in a container, where Chromium's sandbox cannot start.
    b = playwright.chromium.launch(executable_path=path, args=["--no-sandbox"])
    yield b
    b.close()


@pytest.fixture(scope="package")
def shots() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):
        old.unlink()
    print(f"\nweb app screenshots: {ARTIFACTS}")
    return ARTIFACTS
