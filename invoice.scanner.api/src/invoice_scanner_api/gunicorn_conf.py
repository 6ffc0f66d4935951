"""gunicorn settings of the API: the one place `make run`, the API image and `make bench` take
the worker model and count from (``gunicorn -c python:invoice_scanner_api.gunicorn_conf``).

Threads (``gthread``), not sync workers: a sync worker serves one connection at a time, so two
clients sending a body slowly held both workers and ``/health`` timed out. gthread parks idle
connections in a selector and gives a thread only to a connection that has sent data; every
worker has ``API_THREADS`` threads, and a request that runs past ``API_TIMEOUT_S`` restarts its
worker. Keep-alive connections are closed after ``keepalive`` seconds of silence.

Errors gunicorn answers itself (a request line over ``limit_request_line`` is 414, a malformed
request 400) are JSON like the app's, not gunicorn's HTML page.
"""

from __future__ import annotations

import json
import socket
from typing import Any

from gunicorn import util

from invoice_scanner_common.settings import Env, load_environ

_env = Env(load_environ())

bind = f"0.0.0.0:{_env.int('API_PORT', 5000, minimum=1)}"
# Threads by default; sync only to compare in `make bench` (bench/README.md).
worker_class = _env.choice("API_WORKER_CLASS", "gthread", ("sync", "gthread"))
workers = _env.int("API_WORKERS", 2, minimum=1)
threads = _env.int("API_THREADS", 16, minimum=1)
timeout = _env.int("API_TIMEOUT_S", 60, minimum=5)
graceful_timeout = 30
keepalive = 5
# Request line and headers: generous for any client, small for an attacker.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
accesslog = "-"
# Slow clients must not pile up unbounded: past this many open connections a worker stops
# accepting until some close.
worker_connections = 200

_HEADERS = (
    "X-Content-Type-Options: nosniff\r\n"
    "Cache-Control: no-store\r\n"
    "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n"
)


def _json_error(sock: socket.socket, status_int: int, reason: str, mesg: str) -> None:
    body = json.dumps({"code": status_int, "status": reason, "message": mesg or reason}).encode()
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n{_HEADERS}\r\n"
    )
    util.write_nonblock(sock, head.encode("latin-1") + body)


# gunicorn's workers call util.write_error for the errors they answer before the app runs.
util.write_error = _json_error


def post_worker_init(worker: Any) -> None:
    """Start /health's first check as the worker starts: its first answer would otherwise wait
    for new database and broker connections (over 200 ms on a loaded machine)."""
    from invoice_scanner_api.health.views import warm_up

    warm_up(worker.wsgi)
