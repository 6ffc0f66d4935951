"""Run one untrusted-input operation in a forked child under a memory and a time limit.

Decoding a PDF or an image can inflate without bound (a 1 MiB Flate stream of zeros is 1 GiB;
a page can declare any size). Python cannot stop a C library in the middle of an allocation, so
the operation runs in a child process (``os.fork``: no re-import, the worker's loaded libraries
are shared copy-on-write) with:

- ``RLIMIT_DATA`` = the worker's data size at fork + ``memory_mb``. Since Linux 4.7 it counts
  every private writable mapping (heap, anonymous ``mmap``), which is where decoders put pixels
  and inflated streams; unlike ``RLIMIT_AS`` it does not count address space that allocators
  only reserve, so it does not fail PDFium's or numpy's harmless reservations. An allocation past
  it fails: Python raises ``MemoryError``, a C++ decoder aborts; both end as
  :class:`SandboxMemoryError`.
- a wall-clock limit: the parent waits ``seconds`` and then kills the child with SIGKILL
  (:class:`SandboxTimeoutError`); ``RLIMIT_CPU`` is set a little above it as a second line.
- no core dumps.

The parent never inflates anything, so a bomb costs the worker nothing and ends as one clear
exception, not as a dead worker process that Celery restarts and redelivers. The child's peak
resident memory (``ru_maxrss`` from ``wait4``, which includes the pages it shares with the
parent) is returned with the result and logged.

The function's return value and exceptions travel back pickled; an exception that cannot be
pickled comes back as :class:`SandboxCrashError` with its type and message.
"""

from __future__ import annotations

import logging
import os
import pickle
import resource
import select
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from invoice_scanner_common.settings import ConfigError, Env

logger = logging.getLogger(__name__)

T = TypeVar("T")
_MB = 1024 * 1024


class SandboxError(Exception):
    """The bounded operation did not finish; ``str(error)`` says why."""


class SandboxMemoryError(SandboxError):
    pass


class SandboxTimeoutError(SandboxError):
    pass


class SandboxCrashError(SandboxError):
    pass


@dataclass(frozen=True)
class SandboxLimits:
    """``memory_mb``: growth allowed above the worker's own data size; ``seconds``: wall clock."""

    memory_mb: int = 768
    seconds: int = 240

    @classmethod
    def from_env(cls, env: Env, prefix: str, *, below_seconds: int) -> SandboxLimits:
        """``{prefix}_MEMORY_MB`` and ``{prefix}_TIMEOUT_S``; the latter below ``below_seconds``
        (the task's own time limit, which must not fire first)."""
        seconds = env.int(f"{prefix}_TIMEOUT_S", cls.seconds, minimum=10)
        if seconds >= below_seconds:
            raise ConfigError(
                f"{prefix}_TIMEOUT_S must stay below the task's time limit ({below_seconds} s), "
                f"got {seconds}"
            )
        return cls(env.int(f"{prefix}_MEMORY_MB", cls.memory_mb, minimum=128), seconds)


@dataclass(frozen=True)
class SandboxResult(Generic[T]):
    value: T
    #: Peak resident set of the child in bytes (shared pages of the worker included).
    peak_rss_bytes: int
    seconds: float


def _status_bytes(field: str) -> int:
    """A size from ``/proc/self/status`` in bytes (``VmData``: what RLIMIT_DATA is compared to;
    ``VmRSS``: resident now); the peak RSS where there is no /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _is_memory_error(exc: BaseException | None) -> bool:
    seen = 0
    while exc is not None and seen < 20:
        if isinstance(exc, MemoryError):
            return True
        text = str(exc).lower()
        if "insufficient memory" in text or "failed to allocate" in text:  # OpenCV's words
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _child(
    write_fd: int,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: Any,
    limits: SandboxLimits,
) -> None:
    """Runs in the forked child; never returns (``os._exit``), so no parent cleanup runs twice."""
    code = 0
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        cap = _status_bytes("VmData") + limits.memory_mb * _MB
        resource.setrlimit(resource.RLIMIT_DATA, (cap, cap))
        cpu = limits.seconds + 5
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        try:
            outcome: tuple[str, Any] = ("ok", func(*args, **kwargs))
        except BaseException as exc:
            outcome = ("memory", repr(exc)) if _is_memory_error(exc) else ("error", exc)
        try:
            payload = pickle.dumps(outcome)
        except MemoryError:
            payload = pickle.dumps(("memory", "sending the result back"))
        except Exception as exc:
            what = outcome[1] if outcome[0] == "error" else exc
            payload = pickle.dumps(("crash", f"{type(what).__name__}: {what}"))
        with os.fdopen(write_fd, "wb") as out:
            out.write(payload)
    except MemoryError:
        code = 70
    except BaseException:
        code = 71
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _read_all(fd: int, deadline: float) -> bytes | None:
    """Everything the child writes until it closes the pipe; None when the deadline passes."""
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def run_bounded(
    func: Callable[..., T], *args: Any, limits: SandboxLimits, **kwargs: Any
) -> SandboxResult[T]:
    """``func(*args, **kwargs)`` in a child process under ``limits``; its result or exception.

    Raises the function's own exception when it raised one (unless it was a memory error),
    :class:`SandboxMemoryError`, :class:`SandboxTimeoutError` or :class:`SandboxCrashError`.
    """
    started = time.monotonic()
    # The child's peak RSS counts the pages it shares with us; growth is measured above this.
    baseline = _status_bytes("VmRSS")
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os.close(read_fd)
        _child(write_fd, func, args, kwargs, limits)
    os.close(write_fd)
    payload: bytes | None = None
    try:
        payload = _read_all(read_fd, started + limits.seconds)
    finally:
        os.close(read_fd)
        if payload is None:  # timed out, or the worker's own time limit interrupted us
            os.kill(pid, signal.SIGKILL)
        _, status, rusage = os.wait4(pid, 0)
    peak = rusage.ru_maxrss * 1024
    elapsed = time.monotonic() - started
    logger.info("bounded run: peak %.0f MB, %.2fs, exit status %d", peak / _MB, elapsed, status)
    if payload is None:
        raise SandboxTimeoutError(f"stopped after {limits.seconds} s")
    return SandboxResult(_outcome(payload, status, peak - baseline, limits), peak, elapsed)


def _outcome(payload: bytes, status: int, growth: int, limits: SandboxLimits) -> Any:
    if not payload:
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            # A decoder that aborts on a failed allocation dies near the limit; say so.
            if sig in (signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS, signal.SIGKILL) and (
                growth >= limits.memory_mb * _MB * 0.5
            ):
                raise SandboxMemoryError(f"needed more than {limits.memory_mb} MB")
            if sig == signal.SIGXCPU:
                raise SandboxTimeoutError(f"used more than {limits.seconds} s of CPU")
            raise SandboxCrashError(f"the decoder crashed ({signal.Signals(sig).name})")
        if os.WEXITSTATUS(status) == 70:
            raise SandboxMemoryError(f"needed more than {limits.memory_mb} MB")
        raise SandboxCrashError(f"the decoder exited with status {os.WEXITSTATUS(status)}")
    # Our own child's bytes, written by _child above; the upload's bytes never reach here.
    kind, value = pickle.loads(payload)  # noqa: S301
    if kind == "ok":
        return value
    if kind == "memory":
        raise SandboxMemoryError(f"needed more than {limits.memory_mb} MB ({value})")
    if kind == "crash":
        raise SandboxCrashError(value)
    raise value
