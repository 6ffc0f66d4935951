"""HTTP load for `make bench`: ``wrk`` when it is installed (it does not share the GIL with the
server's clients), else a small keep-alive thread pool in Python. Loopback only, bounded in
time and connections."""

from __future__ import annotations

import http.client
import shutil
import subprocess
import threading
import time
from typing import Any
from urllib.parse import urlsplit

from bench import stackstats as st

CONNECTIONS = 16


def load_test(url: str, headers: dict[str, str], seconds: int) -> dict[str, Any]:
    host = urlsplit(url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"load tests run against loopback only, not {host}")
    if shutil.which("wrk"):
        return _wrk(url, headers, seconds)
    return _python(url, headers, seconds)


def _wrk(url: str, headers: dict[str, str], seconds: int) -> dict[str, Any]:
    cmd = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "5s"]
    for k, v in headers.items():
        cmd += ["-H", f"{k}: {v}"]
    out = subprocess.run(
        [*cmd, url], capture_output=True, text=True, timeout=seconds + 30, check=True
    ).stdout
    result = st.parse_wrk(out)
    result["tool"] = f"wrk -t2 -c{CONNECTIONS}"
    return _rounded(result)


def _python(url: str, headers: dict[str, str], seconds: int) -> dict[str, Any]:
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker() -> None:
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=5)
        mine: list[float] = []
        while time.monotonic() < deadline:
            t0 = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except (OSError, http.client.HTTPException):
                conn.close()
                ok = False
            mine.append(time.perf_counter() - t0)
            if not ok:
                with lock:
                    errors[0] += 1
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - t0
    result: dict[str, Any] = {
        "rps": len(latencies) / took,
        "requests": len(latencies),
        "non_2xx": errors[0],
        "tool": f"python threads x{CONNECTIONS}",
    }
    for q in (50, 75, 90, 99):
        result[f"p{q}"] = st.percentile(latencies, q)
    return _rounded(result)


def _rounded(result: dict[str, Any]) -> dict[str, Any]:
    out = dict(result)
    out["rps"] = round(float(out["rps"]), 1)
    for q in (50, 75, 90, 99):
        if out.get(f"p{q}") is not None:
            out[f"p{q}_ms"] = round(float(out.pop(f"p{q}")) * 1000, 2)
    return out
