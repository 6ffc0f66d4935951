"""The yardstick of `make bench`'s HTTP phase: a bare Flask JSON endpoint, served by gunicorn
with the API's own settings (``invoice_scanner_api.gunicorn_conf``) beside the API.

``GET /bench/bare`` (and ``/health``, which the stack waits for) answer ``{"status": "ok"}``
through Flask and nothing else: no hooks, extensions or blueprints. The API's own
``/bench/bare`` runs the API's middleware (limiter, guards, metrics) and so measures what the
API adds to every request; this one measures what the server and the machine allow.
"""

from __future__ import annotations

from flask import Flask

app = Flask(__name__)


@app.get("/bench/bare")
@app.get("/health")
def bare() -> dict[str, str]:
    return {"status": "ok"}
