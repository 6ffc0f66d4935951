"""`make bench`: the whole stack under load, measured from outside.

Starts gunicorn (settings from ``invoice_scanner_api.gunicorn_conf``, as `make run` does) and
the five Celery worker types as separate processes (concurrency as in scripts/run.sh) on a
private Postgres database and Redis db, then measures, in one run: upload→decision latency by
document kind with the per-stage split; sustained throughput over a mixed batch; the status
and document endpoints next to a bare JSON endpoint of the same server; 1 MiB uploads; peak
memory. Writes ``bench/out/stack-<UTC stamp>.json``. See bench/README.md.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import queue
import random
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

from bench import stackstats as st
from bench.stackdocs import BenchDoc, EventListener, MemorySampler, make_doc, wait_until
from bench.stackload import load_test
from tests.stack import Stack, private_env, register, run_workers, start_stack, stop_stack

ROOT = Path(__file__).resolve().parent.parent


def worker_settings(env: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Per-queue worker settings: the stage table's workers, as `make run` starts them."""
    return {
        w.queue: {
            "concurrency": w.concurrency,
            "prefetch_multiplier": 1,
            "pool": "prefork",
            "warmup": w.warmup,
        }
        for w in run_workers(env)
    }


@contextmanager
def bench_env(redis_url: str) -> Iterator[dict[str, str]]:
    """A private migrated database, a flushed Redis db and document folders; removed after."""
    tmp = Path(tempfile.mkdtemp(prefix="invoice-bench-"))
    try:
        extra = {
            "API_BENCH_ROUTES": "true",
            # One company uploads everything here: the per-company upload limit (300 a minute)
            # would refuse the upload phases. COMPANY_MAX_IN_FLIGHT stays at its default (8).
            "RATE_LIMIT_UPLOAD_PER_COMPANY": "100000 per minute",
        }
        with private_env(redis_url, tmp, prefix="invoice_scanner_bench", extra=extra) as env:
            yield env
    finally:
        subprocess.run(["rm", "-rf", str(tmp)], check=False)


def start(env: dict[str, str], logs: Path) -> Stack:
    """The API under its production settings and the workers as `make run` starts them."""
    return start_stack(env, logs, workers=run_workers(env), production=True, timeouts=(90, 180))


class Client:
    """Uploads documents and follows them to their decision over HTTP."""

    def __init__(self, stack: Stack, headers: dict[str, str]) -> None:
        self.stack, self.headers = stack, headers
        self.local = threading.local()

    @property
    def http(self) -> requests.Session:
        if not hasattr(self.local, "s"):
            self.local.s = requests.Session()
            self.local.s.headers.update(self.headers)
        return self.local.s

    def upload(self, doc: BenchDoc) -> tuple[str, float, float]:
        """(document id, wall-clock start, request seconds)."""
        started, t0 = time.time(), time.perf_counter()
        with doc.path.open("rb") as fh:
            r = self.http.post(
                self.stack.url("/documents/upload"),
                files={"file": (doc.path.name, fh, doc.mime)},
                timeout=60,
            )
        took = time.perf_counter() - t0
        if r.status_code != 201:
            raise RuntimeError(f"upload of {doc.path.name}: {r.status_code} {r.text[:300]}")
        return r.json()["document"]["id"], started, took

    def follow(self, doc_id: str, interval: float, timeout: float = 300) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            body = self.http.get(
                self.stack.url(f"/documents/{doc_id}/status?history=true"), timeout=30
            ).json()
            if body["status"] in st.TERMINAL:
                return dict(body)
            time.sleep(interval)
        raise TimeoutError(f"document {doc_id} not done after {timeout}s")


def latency_phase(
    client: Client, events: EventListener, docs: dict[str, list[BenchDoc]]
) -> dict[str, Any]:
    """One document at a time per kind: upload→decision, the history split and the overhead."""
    out: dict[str, Any] = {}
    for kind, batch in docs.items():
        rows = []
        for doc in batch:
            doc_id, started, took = client.upload(doc)
            status = client.follow(doc_id, interval=0.02)
            wait_until(lambda d=doc_id: len(events.stage_seconds(d)) >= 5, 3)
            history = status["history"]
            life = st.lifetime(history) or 0.0
            stages = events.stage_seconds(doc_id)
            rows.append(
                {
                    "latency": st._at(history[-1]["at"]) - started,
                    "upload_request": took,
                    "life": life,
                    "split": st.history_split(history),
                    "stages": stages,
                    "overhead": st.overhead(life, stages),
                    "decision": status["status"],
                }
            )
        out[kind] = {
            "upload_to_decision_s": st.summary([r["latency"] for r in rows]),
            "upload_request_s": st.summary([r["upload_request"] for r in rows]),
            "history_split_mean_s": st.mean_split(r["split"] for r in rows),
            "stage_task_runtime_mean_s": st.mean_split(r["stages"] for r in rows),
            "orchestration_overhead_s": st.summary([r["overhead"] for r in rows]),
            "decisions": sorted({r["decision"] for r in rows}),
        }
        print(f"latency {kind}: {json.dumps(out[kind]['upload_to_decision_s'])}", flush=True)
    return out


def throughput_phase(client: Client, docs: list[BenchDoc], in_flight: int) -> dict[str, Any]:
    """Closed loop: ``in_flight`` clients each upload, follow to the decision, repeat."""
    todo: queue.Queue[BenchDoc] = queue.Queue()
    for doc in docs:
        todo.put(doc)
    ends: list[float] = []
    errors: list[str] = []

    def run_client() -> None:
        while True:
            try:
                doc = todo.get_nowait()
            except queue.Empty:
                return
            try:
                doc_id, _, _ = client.upload(doc)
                status = client.follow(doc_id, interval=0.2)
                ends.append(st._at(status["history"][-1]["at"]))
                if status["status"].endswith("_error"):
                    errors.append(status["status"])
            except Exception as exc:  # counted, reported, the run goes on
                errors.append(f"{type(exc).__name__}: {exc}"[:200])

    t0 = time.time()
    clients = [threading.Thread(target=run_client, daemon=True) for _ in range(in_flight)]
    for c in clients:
        c.start()
    while any(c.is_alive() for c in clients):
        clients[0].join(0.5)  # short joins: Ctrl-C still reaches the cleanup
        clients.sort(key=lambda c: not c.is_alive())
    seconds = (max(ends) if ends else time.time()) - t0
    kinds: dict[str, int] = {}
    for d in docs:
        kinds[d.kind] = kinds.get(d.kind, 0) + 1
    pages = sum(d.pages for d in docs)
    return {
        "documents": len(docs),
        "kinds": kinds,
        "pages": pages,
        "in_flight": in_flight,
        "seconds": round(seconds, 2),
        "documents_per_min": st.per_minute(len(ends), seconds),
        "pages_per_min": st.per_minute(pages * len(ends) / max(1, len(docs)), seconds),
        "errors": errors[:20],
    }


def upload_phase(client: Client, docs: list[BenchDoc], concurrency: int) -> dict[str, Any]:
    took: list[float] = []
    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        took = [t for _, _, t in pool.map(client.upload, docs)]
    seconds = time.perf_counter() - t0
    size = sum(d.path.stat().st_size for d in docs)
    return {
        "files": len(docs),
        "concurrency": concurrency,
        "mib_each": round(size / len(docs) / 2**20, 2),
        "uploads_per_s": round(len(docs) / seconds, 1),
        "mib_per_s": round(size / 2**20 / seconds, 1),
        "request_s": st.summary(took),
    }


def start_bare_flask(env: dict[str, str], logs: Path) -> Stack:
    """The bare Flask app (``bench/bareflask.py``) under the API's own gunicorn settings, with
    no workers: the yardstick of the HTTP figures here and in ``bench.reads``."""
    return start_stack(
        env, logs / "bare-flask", api_app="bench.bareflask:app", workers=[], production=True
    )


def http_phase(
    stack: Stack, env: dict[str, str], logs: Path, token: str, doc_id: str, seconds: int
) -> dict[str, Any]:
    """The polled endpoints under load next to two yardsticks on the same gunicorn settings:
    a bare Flask app (``bench.bareflask``: what the server and machine allow, the issue's
    yardstick) and the API's own ``/bench/bare`` (what the API's middleware leaves)."""
    auth = {"Authorization": token}
    flask_stack = start_bare_flask(env, logs)
    try:
        targets = [
            ("flask", flask_stack, "/bench/bare", {}),
            ("bare", stack, "/bench/bare", {}),
            ("status", stack, f"/documents/{doc_id}/status", auth),
            ("document", stack, f"/documents/{doc_id}", auth),
            ("bare_again", stack, "/bench/bare", {}),
            ("flask_again", flask_stack, "/bench/bare", {}),
        ]
        results = {}
        for name, served_by, path, headers in targets:
            results[name] = load_test(served_by.url(path), headers, seconds=seconds)
            print(f"http {name}: {json.dumps(results[name])}", flush=True)
    finally:
        stop_stack(flask_stack)
    # The machine is shared: each yardstick is the mean of its runs before and after.
    for name in ("flask", "bare"):
        again = results.pop(f"{name}_again")
        results[name]["rps_runs"] = [results[name]["rps"], again["rps"]]
        results[name]["rps"] = round((results[name]["rps"] + again["rps"]) / 2, 1)
    return {
        "endpoints": results,
        "ratio_to_flask": st.ratios(results, base="flask"),
        "ratio_to_bare": st.ratios(results),
    }


def make_docs(folder: Path, counts: dict[str, int], serial: itertools.count[int]) -> dict:
    return {k: [make_doc(k, folder, next(serial)) for _ in range(n)] for k, n in counts.items()}


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: list[str] | None = None) -> int:
    # SIGTERM stops the stack and drops the database like Ctrl-C does.
    signal.signal(signal.SIGTERM, _interrupt)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    quick = os.environ.get("QUICK", "") not in ("", "0")
    parser.add_argument("--quick", action="store_true", default=quick, help="a small run")
    parser.add_argument("--batch", type=int, help="documents in the mixed batch (200; quick 20)")
    parser.add_argument("--in-flight", type=int, default=4)
    parser.add_argument("--http-seconds", type=int, help="seconds per endpoint (10; quick 4)")
    parser.add_argument("--only", choices=("http", "latency", "scans", "all"), default="all")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args(argv)
    n_lat = 3 if args.quick else 10
    batch = args.batch or (20 if args.quick else 200)
    http_s = args.http_seconds or (4 if args.quick else 10)
    redis_url = os.environ.get("BENCH_REDIS_URL") or os.environ.get(
        "TEST_REDIS_URL", "redis://127.0.0.1:6379/15"
    )
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    serial = itertools.count()
    work = Path(tempfile.mkdtemp(prefix="invoice-bench-docs-"))
    rng = random.Random(7)
    print("drawing documents…", flush=True)
    lat_docs = make_docs(work, {"pdf": n_lat + 1, "scan": n_lat + 1, "pdf5": n_lat}, serial)
    mix = ["pdf"] * 10 + ["scan"] * 7 + ["pdf5"] * 3
    batch_docs = [make_doc(rng.choice(mix), work, next(serial)) for _ in range(batch)]
    scan_docs = make_docs(work, {"scan": max(8, batch // 4)}, serial)["scan"]
    big_docs = make_docs(work, {"pdf1mb": 20 if args.quick else 60}, serial)["pdf1mb"]
    report: dict[str, Any] = {"started": stamp, "quick": args.quick, "host_cpus": os.cpu_count()}
    try:
        with bench_env(redis_url) as env:
            stack = start(env, args.out / "stack-logs")
            sampler = MemorySampler({n: p.pid for n, p in stack.procs.items()})
            sampler.start()
            events = EventListener(redis_url)
            events.start()
            events.ready.wait(10)
            try:
                headers = register(stack, "Bench")
                client = Client(stack, headers)
                report["settings"] = _settings(env)
                # Warm-up: every worker's first task pays its imports; not measured. The
                # finished PDF is the document the HTTP phase reads.
                warm = {k: client.upload(lat_docs[k].pop())[0] for k in ("pdf", "scan")}
                for doc_id in warm.values():
                    client.follow(doc_id, 0.1)
                doc_for_http = warm["pdf"]
                if args.only in ("all", "latency"):
                    report["latency"] = latency_phase(client, events, lat_docs)
                if args.only == "scans":
                    report["throughput_scans"] = throughput_phase(client, scan_docs, args.in_flight)
                    print(f"scans: {json.dumps(report['throughput_scans'])}", flush=True)
                if args.only == "all":
                    report["throughput_mixed"] = throughput_phase(
                        client, batch_docs, args.in_flight
                    )
                    print(f"mixed: {json.dumps(report['throughput_mixed'])}", flush=True)
                    report["throughput_scans"] = throughput_phase(client, scan_docs, args.in_flight)
                    print(f"scans: {json.dumps(report['throughput_scans'])}", flush=True)
                if args.only in ("all", "http"):
                    report["http"] = http_phase(
                        stack, env, args.out / "stack-logs", headers["Authorization"],
                        doc_for_http, http_s,
                    )  # fmt: skip
                if args.only == "all":
                    report["upload_1mib"] = upload_phase(client, big_docs, args.in_flight)
                    print(f"uploads: {json.dumps(report['upload_1mib'])}", flush=True)
            finally:
                events.stop()
                report["memory"] = sampler.stop()
                stop_stack(stack)
    finally:
        subprocess.run(["rm", "-rf", str(work)], check=False)
    path = st.write_report(report, args.out, stamp)
    print(json.dumps(report, indent=2, default=str))
    print(f"report: {path}")
    return 0


def _settings(env: dict[str, str]) -> dict[str, Any]:
    import invoice_scanner_api.gunicorn_conf as g

    return {
        "api": {"workers": g.workers, "worker_class": g.worker_class, "threads": g.threads},
        "workers": worker_settings(env),
        "ocr_threads": os.environ.get("OCR_THREADS", "default (cores)"),
        "ocr_engine": os.environ.get("OCR_ENGINE", "rapidocr"),
    }


if __name__ == "__main__":
    raise SystemExit(main())
