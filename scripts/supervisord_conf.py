"""Write the supervisord configuration `make run` starts: the API, one worker per queue, the
sweeper and Flower.

supervisord restarts any of them that dies (``autorestart``) while the others keep serving.
Workers come from the stage table, so a new stage or service queue gets its worker here
without an edit.
Usage: ``python scripts/supervisord_conf.py RUN_DIR > RUN_DIR/supervisord.conf``.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from invoice_scanner_common.contracts import MAINTENANCE_QUEUE, worker_lines

BIN = Path(sys.executable).parent

COMMON = """autorestart=true
startsecs=2
startretries=100
stopasgroup=true
killasgroup=true
stopwaitsecs=30
stdout_logfile=/dev/stdout
stdout_logfile_maxbytes=0
redirect_stderr=true
"""


def program(name: str, argv: list[str], env: dict[str, str] | None = None) -> str:
    # supervisord expands %(...)s in its values: a literal % is written %%.
    lines = [f"[program:{name}]", "command=" + shlex.join(argv).replace("%", "%%")]
    if env:
        lines.append("environment=" + ",".join(f'{k}="{v}"' for k, v in env.items()))
    return "\n".join(lines) + "\n" + COMMON


def render(run_dir: Path) -> str:
    run_dir = run_dir.resolve()
    api_port = os.environ.get("API_PORT", "5000")
    parts = [
        f"""[supervisord]
nodaemon=true
logfile={run_dir}/supervisord.log
pidfile={run_dir}/supervisord.pid
childlogdir={run_dir}

[unix_http_server]
file={run_dir}/supervisor.sock

[supervisorctl]
serverurl=unix://{run_dir}/supervisor.sock

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
""",
        program(
            "api",
            [
                str(BIN / "gunicorn"),
                # Worker model, count and threads: invoice_scanner_api/gunicorn_conf.py.
                "-c",
                "python:invoice_scanner_api.gunicorn_conf",
                "--bind",
                f"0.0.0.0:{api_port}",
                "invoice_scanner_api:create_app()",
            ],
        ),
    ]
    # One worker per queue of the stage table (and its service queues), with the row's
    # concurrency and warm-up.
    for line in worker_lines(os.environ):
        queue, concurrency, warm = line.split()
        parts.append(
            program(
                f"worker-{queue}",
                [
                    str(BIN / "celery"),
                    "-A",
                    "invoice_scanner_processing.celery_app",
                    "worker",
                    "-Q",
                    queue,
                    "-n",
                    f"{queue}@%h",
                    "--concurrency",
                    concurrency,
                    "--prefetch-multiplier=1",
                    "--loglevel",
                    os.environ.get("LOG_LEVEL", "INFO"),
                ],
                {"WORKER_WARMUP": "" if warm == "-" else warm},
            )
        )
    # The sweeper: re-drives unfinished documents, publishes the outbox, removes orphan files,
    # enforces retention; the beat scheduler runs in it (see ARCHITECTURE.md, "Nothing lost").
    parts.append(
        program(
            "sweeper",
            [
                str(BIN / "celery"),
                "-A",
                "invoice_scanner_processing.celery_app",
                "worker",
                "-B",
                "-s",
                str(run_dir / "celerybeat-schedule"),
                "-Q",
                MAINTENANCE_QUEUE,
                "-n",
                "sweeper@%h",
                "--concurrency",
                "1",
                "--prefetch-multiplier=1",
                "--loglevel",
                os.environ.get("LOG_LEVEL", "INFO"),
            ],
        )
    )
    address = os.environ.get("FLOWER_ADDRESS", "127.0.0.1")
    port = os.environ.get("FLOWER_PORT", "5555")
    flower = [str(BIN / "celery"), "-A", "invoice_scanner_processing.celery_app", "flower",
              f"--address={address}", f"--port={port}"]  # fmt: skip
    # Flower reads FLOWER_BASIC_AUTH from its environment (run.sh unsets an empty one): the
    # password stays out of this file and out of `ps`.
    parts.append(program("flower", flower))
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(render(Path(sys.argv[1] if len(sys.argv) > 1 else "var")))
