"""Bounded preprocessing: bombs end as PreprocessError with the worker's peak memory under 1 GiB.

Each bomb runs in a fresh interpreter (the "worker") so that its peak resident memory, its own
and its children's, is measured without the test session's; the numbers are printed.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from bombs import GIB, a0_pdf, attachment_bomb, page_content_bomb
from PIL import Image

from invoice_scanner_common.logs import document_id_var
from invoice_scanner_common.settings import ConfigError
from invoice_scanner_processing import enhance, sandbox
from invoice_scanner_processing.sandbox import (
    SandboxCrashError,
    SandboxLimits,
    SandboxMemoryError,
    SandboxTimeoutError,
    run_bounded,
)
from invoice_scanner_processing.stages.preprocessing import (
    DEFAULT_OCR_LONG_SIDE,
    PreprocessSettings,
    preprocess,
)

_WORKER = """
import json, resource, sys, tempfile
from pathlib import Path
from invoice_scanner_processing import sandbox
from invoice_scanner_processing.stages.preprocessing import (
    PreprocessError, PreprocessSettings, preprocess)
if sys.argv[2:] == ["reuse"]:
    sandbox.reuse_children()
try:
    preprocess(Path(sys.argv[1]), Path(tempfile.mkdtemp()), settings=PreprocessSettings())
    error = None
except PreprocessError as exc:
    error = str(exc)
sandbox.stop_reusing()
# Linux carries the parent's high-water mark over fork and exec into RUSAGE_SELF's ru_maxrss
# (a large test session would count as this fresh worker's peak); VmHWM is this process's own.
status = Path("/proc/self/status").read_text()
own = int(next(l.split()[1] for l in status.splitlines() if l.startswith("VmHWM:"))) * 1024
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(json.dumps({"error": error, "peak": max(own, children)}))
"""


def _run_worker(path: Path, *flags: str) -> dict[str, object]:
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", _WORKER, str(path), *flags],
        capture_output=True,
        text=True,
        timeout=240,
        env=os.environ.copy(),
        check=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    result["seconds"] = round(time.monotonic() - started, 1)
    return result


@pytest.mark.parametrize(
    ("name", "build", "reason"),
    [
        ("page content inflating to 1 GiB", page_content_bomb, "needs more than 768 MB"),
        # No declared size: the inflate-time bound refuses it.
        ("attachment inflating to 1 GiB", attachment_bomb, "'factur-x.xml' inflates past 84 MB"),
        # Declared honestly: refused from /Params /Size before anything is inflated.
        (
            "attachment declaring 1 GiB",
            lambda: attachment_bomb(GIB, declared_size=GIB),
            "'factur-x.xml' declares 1,024 MB, past the 84 MB limit",
        ),
        # Declared small, inflating to 1 GiB: the lie is caught by the inflate-time bound.
        (
            "attachment declaring 1 kB, inflating to 1 GiB",
            lambda: attachment_bomb(GIB, declared_size=1000),
            "'factur-x.xml' inflates past 84 MB",
        ),
        ("100 A0 pages", lambda: a0_pdf(100), "100 pages; the limit is 50"),
    ],
)
def test_bombs_end_as_preprocess_error_under_1_gib(
    tmp_path: Path, name: str, build: object, reason: str
) -> None:
    data = build()  # type: ignore[operator]
    assert len(data) <= 1024 * 1024 + 4096
    path = tmp_path / "bomb.pdf"
    path.write_bytes(data)
    result = _run_worker(path)
    peak = int(result["peak"])  # type: ignore[call-overload]
    print(
        f"\nbomb {name}: {len(data) / 1048576:.2f} MiB file, worker peak {peak / 1048576:.0f} MB, "
        f"{result['seconds']} s: {result['error']}"
    )
    assert result["error"] is not None and reason in str(result["error"])
    assert peak < GIB


def test_a_bomb_in_the_reused_child_ends_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "bomb.pdf"
    path.write_bytes(page_content_bomb())
    result = _run_worker(path, "reuse")
    assert "needs more than 768 MB" in str(result["error"])
    assert int(result["peak"]) < GIB  # type: ignore[call-overload]


def test_huge_pages_render_at_the_ocr_long_side(tmp_path: Path) -> None:
    path = tmp_path / "a0.pdf"
    path.write_bytes(a0_pdf(2))
    manifest = preprocess(path, tmp_path / "out", settings=PreprocessSettings())
    for page in manifest.pages:
        assert max(page.width, page.height) == DEFAULT_OCR_LONG_SIDE
        with Image.open(tmp_path / "out" / page.path) as image:
            assert max(image.size) == DEFAULT_OCR_LONG_SIDE


@pytest.mark.parametrize("declared", [None, 16 * 1024 * 1024])
def test_a_small_attachment_inflates_within_its_budget(
    tmp_path: Path, declared: int | None
) -> None:
    # 16 MiB of zeros fits the attachment budget (not XML: skipped, the document passes);
    # declared, it is over the e-invoice limit and skipped without being inflated.
    path = tmp_path / "att.pdf"
    path.write_bytes(attachment_bomb(16 * 1024 * 1024, declared_size=declared))
    manifest = preprocess(path, tmp_path / "out", settings=PreprocessSettings())
    assert manifest.embedded_invoice_xml is None and len(manifest.pages) == 1


def _sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "slept"


def _allocate(megabytes: int) -> int:
    return int(np.ones(megabytes * 1024 * 1024, dtype=np.uint8).sum())


def _crash() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _raise() -> None:
    raise KeyError("from the child")


def test_sandbox_outcomes() -> None:
    limits = SandboxLimits(memory_mb=200, seconds=2)
    result = run_bounded(_sleep, 0.01, limits=limits)
    assert result.value == "slept" and result.peak_rss_bytes > 0
    assert run_bounded(_allocate, 50, limits=limits).value == 50 * 1024 * 1024
    with pytest.raises(SandboxMemoryError, match="more than 200 MB"):
        run_bounded(_allocate, 400, limits=limits)
    started = time.monotonic()
    with pytest.raises(SandboxTimeoutError):
        run_bounded(_sleep, 30, limits=limits)
    assert time.monotonic() - started < 10
    with pytest.raises(SandboxCrashError, match="SIGKILL"):
        run_bounded(_crash, limits=limits)
    with pytest.raises(KeyError, match="from the child"):
        run_bounded(_raise, limits=limits)


@pytest.fixture
def reused() -> Iterator[None]:
    sandbox.reuse_children()
    try:
        yield
    finally:
        sandbox.stop_reusing()


def _pid() -> int:
    return os.getpid()


def test_the_reused_child_runs_job_after_job_with_each_jobs_bounds(reused: None) -> None:
    limits = SandboxLimits(memory_mb=200, seconds=2)
    first = run_bounded(_pid, limits=limits, reuse=True).value
    assert first != os.getpid()
    assert run_bounded(_pid, limits=limits, reuse=True).value == first
    assert run_bounded(_pid, limits=limits).value not in (first, os.getpid())  # not asked
    # Each job may grow by memory_mb, however much the ones before it allocated.
    for _ in range(3):
        assert run_bounded(_allocate, 150, limits=limits, reuse=True).value == 150 * 1024 * 1024
    with pytest.raises(KeyError, match="from the child"):
        run_bounded(_raise, limits=limits, reuse=True)
    assert run_bounded(_pid, limits=limits, reuse=True).value == first  # an error is a result
    with pytest.raises(SandboxMemoryError, match="more than 200 MB"):
        run_bounded(_allocate, 400, limits=limits, reuse=True)
    second = run_bounded(_pid, limits=limits, reuse=True).value
    assert second not in (first, os.getpid())  # replaced after running out of memory
    started = time.monotonic()
    with pytest.raises(SandboxTimeoutError):
        run_bounded(_sleep, 30, limits=limits, reuse=True)
    assert time.monotonic() - started < 10
    third = run_bounded(_pid, limits=limits, reuse=True).value
    assert third not in (first, second)
    with pytest.raises(SandboxCrashError, match="SIGKILL"):
        run_bounded(_crash, limits=limits, reuse=True)
    assert run_bounded(_pid, limits=limits, reuse=True).value not in (first, second, third)
    # Killed while idle (the OOM killer): the next job gets a new child and still runs.
    child = sandbox._reused
    assert child is not None and child.pid is not None
    killed = child.pid
    os.kill(killed, signal.SIGKILL)
    time.sleep(0.2)
    assert run_bounded(_pid, limits=limits, reuse=True).value != killed


def _document_id() -> str:
    return document_id_var.get()


def test_the_reused_child_logs_with_each_jobs_document(reused: None) -> None:
    limits = SandboxLimits(memory_mb=200, seconds=5)
    for document in ("doc-a", "doc-b"):
        token = document_id_var.set(document)
        try:
            assert run_bounded(_document_id, limits=limits, reuse=True).value == document
        finally:
            document_id_var.reset(token)
    assert run_bounded(_document_id, limits=limits, reuse=True).value == "-"


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def test_the_reused_child_holds_none_of_the_workers_connections(reused: None) -> None:
    # A database or broker connection the worker closes must not live on in the child.
    limits = SandboxLimits(memory_mb=200, seconds=5)
    one, two = socket.socketpair()
    read_fd, write_fd = os.pipe()
    try:
        assert run_bounded(_is_open, one.fileno(), limits=limits).value  # a fresh child: open
        assert not run_bounded(_is_open, one.fileno(), limits=limits, reuse=True).value
        assert run_bounded(_is_open, read_fd, limits=limits, reuse=True).value  # not a socket
    finally:
        one.close()
        two.close()
        os.close(read_fd)
        os.close(write_fd)


_DIES_WITH = """
import os, sys
from invoice_scanner_processing import sandbox
sandbox.reuse_children()
pid = sandbox.run_bounded(os.getpid, limits=sandbox.SandboxLimits(), reuse=True).value
print(pid, flush=True)
os._exit(0)
"""


def test_the_reused_child_dies_with_its_worker() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _DIES_WITH], capture_output=True, text=True, timeout=60, check=True
    )
    pid = int(out.stdout.split()[-1])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except OSError:
            break
        if state == "Z":  # exited, waiting for init to reap it
            break
        time.sleep(0.05)
    else:
        raise AssertionError(f"the reused child {pid} outlived its worker")


def test_a_forked_worker_does_not_share_its_parents_reused_child(reused: None) -> None:
    limits = SandboxLimits(memory_mb=200, seconds=5)
    mine = run_bounded(_pid, limits=limits, reuse=True).value
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - a Celery pool process forked from its parent
        os.close(read_fd)
        sandbox.reuse_children()
        theirs = run_bounded(_pid, limits=limits, reuse=True).value
        os.write(write_fd, str(theirs).encode())
        sandbox.stop_reusing()
        os._exit(0)
    os.close(write_fd)
    theirs = int(os.read(read_fd, 64).decode() or 0)
    os.close(read_fd)
    os.waitpid(pid, 0)
    assert theirs not in (0, mine)
    assert run_bounded(_pid, limits=limits, reuse=True).value == mine


def _rgb_size(image: Image.Image) -> tuple[tuple[int, int], str]:
    rgb = enhance.to_rgb(image)
    return rgb.size, rgb.mode


def test_sixteen_bit_images_convert_without_float64_copies() -> None:
    arr = (np.arange(300 * 400, dtype=np.uint32).reshape(300, 400) % 65536).astype(np.uint16)
    image = Image.fromarray(arr)
    assert image.mode == "I;16"
    expected = ((arr.astype(np.float64) - arr.min()) * (255 / (arr.max() - arr.min()))).astype(
        np.uint8
    )
    assert np.array_equal(np.asarray(enhance.to_rgb(image))[..., 0], expected)
    # 80 megapixels of 16-bit grey: the conversion stays within 3 bytes a pixel (plus slack).
    big = Image.fromarray(np.zeros((8000, 10000), dtype=np.uint16))
    result = run_bounded(_rgb_size, big, limits=SandboxLimits(memory_mb=600, seconds=60))
    assert result.value == ((10000, 8000), "RGB")


def test_timeout_must_stay_below_the_task_limit() -> None:
    with pytest.raises(ConfigError, match="PREPROCESS_TIMEOUT_S"):
        PreprocessSettings.from_env({"PREPROCESS_TIMEOUT_S": "300"})
    bounds = PreprocessSettings.from_env({"PREPROCESS_MEMORY_MB": "512"}).bounds
    assert bounds.memory_mb == 512 and bounds.seconds == 240
