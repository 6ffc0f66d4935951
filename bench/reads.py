"""The polled read endpoints in one process, next to the bare endpoint: where a request's time goes.

``python -m bench.reads [--rounds 10] [--requests 100] [--profile status|document|bare]``

Builds the API in this process (Flask test client, no server, no network) on a private
database, uploads one document, writes the rows the pipeline writes for a finished one and
corrects a field through the API (so the document view has evidence, checks, an original
prediction and an audit row), then times ``GET /bench/bare``, ``GET /documents/{id}/status``
and ``GET /documents/{id}`` interleaved, ``--rounds`` times ``--requests`` requests each, and
prints the median milliseconds per request and the ratio to bare. ``--profile NAME`` runs
cProfile over that endpoint's requests and prints the top frames. The figures are per request
in one thread: what the server process spends, without the HTTP server and client around it.

``--http SECONDS`` then also serves the same database with gunicorn under its production
settings (``invoice_scanner_api.gunicorn_conf``, no Celery workers) and loads the three
endpoints from outside (``wrk`` when installed, as `make bench`), interleaved for
``--http-rounds``; each ``--variant 'NAME:VAR=VALUE,...'`` starts one more gunicorn with those
environment variables, loaded in the same rounds, so settings are compared within one run on a
shared machine.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from PIL import Image, ImageDraw

from tests.stack import private_env

PASSWORD = "bench reads password"


def _png() -> bytes:
    img = Image.new("RGB", (600, 300), "white")
    ImageDraw.Draw(img).text((20, 80), f"INVOICE {uuid.uuid4().hex}", fill="black")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _account(client: FlaskClient) -> dict[str, str]:
    email = f"reads-{uuid.uuid4().hex[:8]}@example.com"
    body = {"email": email, "password": PASSWORD, "company_name": "Reads"}
    assert client.post("/auth/register", json=body).status_code == 201
    login = client.post("/auth/login", json={"email": email, "password": PASSWORD})
    return {"Authorization": f"Bearer {login.json['access_token']}"}  # type: ignore[index]


def finished_document(app: Flask, client: FlaskClient, headers: dict[str, str]) -> str:
    """A reviewed document as the pipeline and one correction leave it; its id."""
    from invoice_scanner_api.extensions import db
    from invoice_scanner_common.checks import value_checks
    from invoice_scanner_common.contracts import DocumentStatus as S
    from invoice_scanner_common.db import Document, ExtractionResult, set_status

    r = client.post(
        "/documents/upload", headers=headers, data={"file": (io.BytesIO(_png()), "a.png")}
    )
    assert r.status_code == 201, r.json
    doc_id = str(r.json["document"]["id"])  # type: ignore[index]
    values: dict[str, Any] = {
        "invoice_number": "INV-1001",
        "invoice_date": date(2026, 3, 1),
        "due_date": date(2026, 3, 31),
        "vendor_name": "Nordic Paper AB",
        "currency": "EUR",
        "amount": Decimal("100.00"),
        "vat": Decimal("25.00"),
        "total": Decimal("152.00"),
    }
    data: dict[str, Any] = {k: str(v) for k, v in values.items()}
    data["line_items"] = [{"description": "Paper", "amount": "100.00"}]
    data["fields"] = {
        name: {
            "value": str(v),
            "confidence": 0.91,
            "source": "ocr",
            "page": 1,
            "bbox": [0.1, 0.2, 0.3, 0.25],
        }
        for name, v in values.items()
    }
    checks = [c.as_dict() for c in value_checks(values, [values["amount"]])]
    with app.app_context():
        session = db.factory()
        doc = session.get(Document, uuid.UUID(doc_id))
        assert doc is not None
        for status in (S.PREPROCESSED, S.OCR_EXTRACTING, S.PREDICTING, S.EXTRACTION):
            set_status(session, doc, status)
        session.add(
            ExtractionResult(
                document_id=doc.id,
                **values,
                data=data,
                field_confidence=dict.fromkeys(values, 0.91),
                evaluation={"checks": checks},
            )
        )
        doc.quality_score, doc.predicted_accuracy = 0.91, 0.88
        set_status(session, doc, S.MANUAL_REVIEW, "arithmetic.net_plus_vat_equals_total")
        session.commit()
        session.close()
    fix = {"fields": {"total": "125.00"}, "comment": "printed total"}
    assert client.patch(f"/documents/{doc_id}", headers=headers, json=fix).status_code == 200
    return doc_id


class Backends:
    """CPU seconds of the Postgres server processes serving this database (psutil)."""

    def __init__(self, env: dict[str, str]) -> None:
        self.db = env["DB_NAME"]

    def cpu(self) -> float:
        import psutil

        from tests.stack import admin_connect

        conn = admin_connect()
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", (self.db,))
                pids = [r[0] for r in cur.fetchall()]
        finally:
            conn.close()
        total = 0.0
        for pid in pids:
            try:
                t = psutil.Process(pid).cpu_times()
            except psutil.Error:
                continue
            total += t.user + t.system
        return total


def _timed(call: Callable[[], Any], n: int, backends: Backends | None = None) -> tuple[float, ...]:
    """Milliseconds per call: wall, this process's CPU and (with ``backends``) Postgres's CPU."""
    db0 = backends.cpu() if backends else 0.0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(n):
        call()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    db = (backends.cpu() - db0) if backends else 0.0
    return wall / n * 1000, cpu / n * 1000, db / n * 1000


def endpoints(client: FlaskClient, headers: dict[str, str], doc_id: str) -> dict[str, Callable]:
    def get(path: str, *, auth: bool) -> Callable[[], Any]:
        def call() -> Any:
            r = client.get(path, headers=headers if auth else None)
            assert r.status_code == 200, (path, r.status_code)
            return r

        return call

    return {
        "bare": get("/bench/bare", auth=False),
        "status": get(f"/documents/{doc_id}/status", auth=True),
        "document": get(f"/documents/{doc_id}", auth=True),
    }


def measure(
    calls: dict[str, Callable[[], Any]], rounds: int, n: int, backends: Backends
) -> dict[str, Any]:
    """Per endpoint, medians over ``rounds``: wall ms, CPU ms of this process and of Postgres.

    On a shared machine the wall time mostly measures waiting for a core; the CPU figures are
    what a request costs, and their sum is what bounds requests/s on a saturated server.
    """
    samples: dict[str, list[tuple[float, ...]]] = {name: [] for name in calls}
    for _ in range(rounds):
        for name, call in calls.items():
            samples[name].append(_timed(call, n, backends))
    out: dict[str, Any] = {}
    for name, rows in samples.items():
        wall, cpu, db = (statistics.median(r[i] for r in rows) for i in range(3))
        out[name] = {"wall_ms": wall, "cpu_ms": cpu, "db_cpu_ms": db, "total_cpu_ms": cpu + db}
    bare = out["bare"]
    for row in out.values():
        row["wall_ratio"] = bare["wall_ms"] / row["wall_ms"]
        row["cpu_ratio"] = bare["total_cpu_ms"] / row["total_cpu_ms"]
    return {k: {m: round(v, 3) for m, v in row.items()} for k, row in out.items()}


def profile(call: Callable[[], Any], n: int, top: int) -> str:
    # CPU time, not wall time: on a shared machine the wall clock mostly counts waiting.
    prof = cProfile.Profile(time.process_time)
    prof.enable()
    for _ in range(n):
        call()
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(top)
    out.write("(cProfile with CPU time: frames waiting on Postgres or Redis count little)\n")
    return out.getvalue()


def _variants(specs: list[str]) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {"default": {}}
    for spec in specs:
        name, _, assignments = spec.partition(":")
        pairs = [a.split("=", 1) for a in assignments.split(",") if a]
        out[name] = dict(pairs)
    return out


def _p99(runs: list[dict[str, Any]]) -> float | None:
    """The median p99 of the rounds whose load tool reported one (``wrk`` prints no latency
    distribution for a round whose every request failed)."""
    found = [r["p99_ms"] for r in runs if r.get("p99_ms") is not None]
    return round(statistics.median(found), 1) if found else None


def http_rounds(
    env: dict[str, str],
    headers: dict[str, str],
    doc_id: str,
    variants: dict[str, dict[str, str]],
    seconds: int,
    rounds: int,
    logs: Path,
) -> dict[str, Any]:
    """Requests/s and p99 of each endpoint per variant, as medians over ``rounds``."""
    from bench.stack import start_bare_flask
    from bench.stackload import load_test
    from tests.stack import start_stack, stop_stack

    paths = {
        "bare": ("/bench/bare", {}),
        "status": (f"/documents/{doc_id}/status", headers),
        "document": (f"/documents/{doc_id}", headers),
    }
    stacks = {}
    flask_runs: list[dict[str, Any]] = []
    try:
        # The yardstick: a bare Flask app on the same gunicorn settings (bench/bareflask.py).
        flask_stack = start_bare_flask(env, logs)
        stacks["bare-flask"] = flask_stack
        for name, extra in variants.items():
            stacks[name] = start_stack(env, logs / name, extra, workers=[], production=True)
        runs: dict[str, dict[str, list[dict[str, Any]]]] = {
            v: {p: [] for p in paths} for v in variants
        }
        for _ in range(rounds):
            flask_runs.append(load_test(flask_stack.url("/bench/bare"), {}, seconds))
            for name in variants:
                for endpoint, (path, auth) in paths.items():
                    runs[name][endpoint].append(load_test(stacks[name].url(path), auth, seconds))
    finally:
        for stack in stacks.values():
            stop_stack(stack)
    flask = statistics.median(r["rps"] for r in flask_runs)
    out: dict[str, Any] = {
        "bare-flask": {
            "bare": {
                "rps": round(flask, 1),
                "p99_ms": _p99(flask_runs),
                "failed": sum(r.get("non_2xx", 0) + r.get("socket_errors", 0) for r in flask_runs),
                "ratio_to_bare": 1.0,
                "ratio_to_flask": 1.0,
            }
        }
    }
    for name, by_endpoint in runs.items():
        bare = statistics.median(r["rps"] for r in by_endpoint["bare"])
        out[name] = {
            endpoint: {
                "rps": round(statistics.median(r["rps"] for r in rs), 1),
                "p99_ms": _p99(rs),
                "failed": sum(r.get("non_2xx", 0) + r.get("socket_errors", 0) for r in rs),
                "ratio_to_bare": round(statistics.median(r["rps"] for r in rs) / bare, 3),
                "ratio_to_flask": round(statistics.median(r["rps"] for r in rs) / flask, 3),
            }
            for endpoint, rs in by_endpoint.items()
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--profile", choices=("bare", "status", "document"))
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--http", type=int, default=0, help="seconds per endpoint over HTTP")
    parser.add_argument("--http-rounds", type=int, default=3)
    parser.add_argument("--variant", action="append", default=[], help="NAME:VAR=VALUE,...")
    args = parser.parse_args(argv)
    redis_url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")

    from invoice_scanner_api import create_app
    from invoice_scanner_api.config import ApiSettings

    with tempfile.TemporaryDirectory(prefix="invoice-reads-") as tmp:
        extra = {"API_BENCH_ROUTES": "true", "LOG_LEVEL": "WARNING"}
        with private_env(redis_url, Path(tmp), prefix="invoice_scanner_reads", extra=extra) as env:
            app = create_app({"SETTINGS": ApiSettings.from_env(env)})
            client = app.test_client()
            headers = _account(client)
            doc_id = finished_document(app, client, headers)
            calls = endpoints(client, headers, doc_id)
            for call in calls.values():  # warm: pools, caches, imports
                _timed(call, 20)
            print(f"load average {os.getloadavg()[0]:.1f}")
            rows = measure(calls, args.rounds, args.requests, Backends(env))
            print("endpoint     wall ms  ratio   cpu ms  db cpu ms  cpu ratio (per request)")
            for name, r in rows.items():
                print(
                    f"{name:10} {r['wall_ms']:8.3f} {r['wall_ratio']:6.3f} {r['cpu_ms']:8.3f} "
                    f"{r['db_cpu_ms']:10.3f} {r['cpu_ratio']:10.3f}"
                )
            if args.profile:
                print(profile(calls[args.profile], args.requests * args.rounds, args.top))
            if args.http:
                found = http_rounds(
                    env,
                    headers,
                    doc_id,
                    _variants(args.variant),
                    args.http,
                    args.http_rounds,
                    Path(tmp) / "logs",
                )
                print(f"load average {os.getloadavg()[0]:.1f}")
                for variant, rows in found.items():
                    for endpoint, row in rows.items():
                        print(
                            f"{variant:12} {endpoint:9} {row['rps']:8.1f} req/s  "
                            f"p99 {row['p99_ms'] or float('nan'):6.1f} ms  "
                            f"{row['ratio_to_bare']:.3f} of bare  "
                            f"{row['ratio_to_flask']:.3f} of bare Flask  failed {row['failed']}"
                        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
