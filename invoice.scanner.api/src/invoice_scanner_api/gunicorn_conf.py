"""gunicorn settings of the API: the one place `make run`, the API image and `make bench` take
the worker model and count from (``gunicorn -c python:invoice_scanner_api.gunicorn_conf``).

Read from the environment (or ``.env``) like every other setting; a bad value stops start-up.
"""

from __future__ import annotations

from invoice_scanner_common.settings import Env, load_environ

_env = Env(load_environ())

workers = _env.int("API_WORKERS", 2, minimum=1)
# Threads: a worker waiting on Postgres or on a slow client's upload serves others meanwhile
# (sync workers block on both; measured in ARCHITECTURE.md, "Performance").
worker_class = _env.choice("API_WORKER_CLASS", "gthread", ("sync", "gthread"))
threads = _env.int("API_THREADS", 4, minimum=1)
# Seconds an idle keep-alive connection is kept (gthread only): pollers reuse their connection.
keepalive = 5
accesslog = "-"
