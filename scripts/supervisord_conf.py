"""Write the supervisord configuration `make run` starts: the API, one worker per queue, Flower.

supervisord restarts any of them that dies (``autorestart``) while the others keep serving.
Queues come from the contract, so a new queue gets its worker here without an edit.
Usage: ``python scripts/supervisord_conf.py RUN_DIR > RUN_DIR/supervisord.conf``.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from invoice_scanner_common.contracts import Queue

BIN = Path(sys.executable).parent

#: Per-queue process count and warm-up; the rest use WORKER_CONCURRENCY.
SPECIAL = {
    # One OCR process uses every core and loads its models before the first task.
    Queue.OCR.value: ("1", "ocr"),
    # The llm and webhooks workers mostly wait on the network.
    Queue.LLM.value: (os.environ.get("LLM_WORKER_CONCURRENCY", "4"), ""),
    Queue.WEBHOOKS.value: (os.environ.get("WEBHOOK_WORKER_CONCURRENCY", "2"), ""),
}

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
                "--bind",
                f"0.0.0.0:{api_port}",
                "--workers",
                os.environ.get("API_WORKERS", "2"),
                "--access-logfile",
                "-",
                "invoice_scanner_api:create_app()",
            ],
        ),
    ]
    for queue in Queue:
        concurrency, warm = SPECIAL.get(
            queue.value, (os.environ.get("WORKER_CONCURRENCY", "1"), "")
        )
        parts.append(
            program(
                f"worker-{queue.value}",
                [
                    str(BIN / "celery"),
                    "-A",
                    "invoice_scanner_processing.celery_app",
                    "worker",
                    "-Q",
                    queue.value,
                    "-n",
                    f"{queue.value}@%h",
                    "--concurrency",
                    concurrency,
                    "--prefetch-multiplier=1",
                    "--loglevel",
                    os.environ.get("LOG_LEVEL", "INFO"),
                ],
                {"WORKER_WARMUP": warm},
            )
        )
    flower = [str(BIN / "celery"), "-A", "invoice_scanner_processing.celery_app", "flower",
              "--address=127.0.0.1", f"--port={os.environ.get('FLOWER_PORT', '5555')}"]  # fmt: skip
    # Flower reads FLOWER_BASIC_AUTH from its environment (run.sh unsets an empty one): the
    # password stays out of this file and out of `ps`.
    parts.append(program("flower", flower))
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(render(Path(sys.argv[1] if len(sys.argv) > 1 else "var")))
