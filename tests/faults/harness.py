"""A private system for fault runs: its own Postgres and Redis (from the installed server
binaries, on free ports), the API under gunicorn, one Celery worker service per queue and
the sweeper, each its own process group that a test can SIGKILL and start again, as
compose would restart a container.

Short leases and sweep intervals (``FAULT_ENV``) make recovery take seconds, not minutes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from invoice_scanner_common.contracts import MAINTENANCE_QUEUE, STAGES, is_terminal
from invoice_scanner_common.db import Document, StatusTransition

VENV_BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[2]
PG_BIN = Path(shutil.which("pg_ctl") or "/usr/lib/postgresql/15/bin/pg_ctl").resolve().parent

#: Recovery in seconds: a dead worker's lease lapses after 6 s, the sweeper looks every 2 s and
#: re-sends a message nobody took within 15 s.
FAULT_ENV = {
    "LEASE_SECONDS": "6",
    "SWEEPER_INTERVAL_S": "2",
    "SWEEPER_DUE_AFTER_S": "15",
    "SWEEPER_MAX_REDRIVES": "8",
    "ORPHAN_FILE_AFTER_S": "5",
    "LLM_PROVIDER": "offline",
    "LOG_LEVEL": "INFO",
}

#: Every document must finish within this many seconds of the fault ending.
SETTLE_S = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: list[str]) -> list[str]:
    # The server refuses to run as root; the packaged `postgres` account runs it then.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def wait_until(
    predicate: Callable[[], Any], timeout: float, what: str, interval: float = 0.2
) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"{what}: not after {timeout}s")


@dataclass
class Tally:
    """What one fault run left behind."""

    fault: str
    uploaded: int
    finished: int
    stuck: list[str]
    duplicated: list[str]
    errors: list[str]
    seconds_to_settle: float

    def line(self) -> str:
        return (
            f"{self.fault:<44} uploaded {self.uploaded:>3}  finished {self.finished:>3}  "
            f"stuck {len(self.stuck):>2}  duplicated {len(self.duplicated):>2}  "
            f"errors {len(self.errors):>2}  settled in {self.seconds_to_settle:5.1f}s"
        )


@dataclass
class Cluster:
    home: Path
    pg_port: int = field(default_factory=free_port)
    redis_port: int = field(default_factory=free_port)
    api_port: int = field(default_factory=free_port)
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    redis_persist: bool = False

    # --- set-up ------------------------------------------------------------------------------

    @classmethod
    def create(cls) -> Cluster:
        home = Path(tempfile.mkdtemp(prefix="faults-"))
        home.chmod(0o755)
        cluster = cls(home)
        (home / "logs").mkdir()
        return cluster

    @property
    def env(self) -> dict[str, str]:
        env = {
            **os.environ,
            **FAULT_ENV,
            "DB_HOST": "127.0.0.1",
            "DB_PORT": str(self.pg_port),
            "DB_USER": "postgres",
            "DB_PASSWORD": "",
            "DB_NAME": "postgres",
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "DOCUMENTS_RAW_DIR": str(self.home / "documents" / "raw"),
            "DOCUMENTS_PROCESSED_DIR": str(self.home / "documents" / "processed"),
            "JWT_SECRET_KEY": "fault-runs-" + "x" * 40,
            "ENV_FILE": str(self.home / "no.env"),
            "PYTHONUNBUFFERED": "1",
        }
        env.pop("DATABASE_URL", None)
        env.pop("WORKER_WARMUP", None)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
        return env

    @property
    def db_url(self) -> str:
        return f"postgresql+psycopg2://postgres@127.0.0.1:{self.pg_port}/postgres"

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.api_port}{path}"

    def start_postgres(self) -> None:
        data = self.home / "pg"
        if not data.exists():
            data.mkdir()
            if os.geteuid() == 0:
                shutil.chown(data, "postgres")
            subprocess.run(
                _as_postgres(
                    [
                        str(PG_BIN / "initdb"),
                        "-D",
                        str(data),
                        "-U",
                        "postgres",
                        "--auth=trust",
                        "-N",
                    ]
                ),
                check=True,
                capture_output=True,
            )
        subprocess.run(
            _as_postgres(
                [
                    str(PG_BIN / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(data / "server.log"),
                    "-w",
                    "-o",
                    f"-p {self.pg_port} -c listen_addresses=127.0.0.1 -k {data} "
                    "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )

    def stop_postgres(self, mode: str = "fast") -> None:
        subprocess.run(
            _as_postgres(
                [str(PG_BIN / "pg_ctl"), "-D", str(self.home / "pg"), "-m", mode, "-w", "stop"]
            ),
            check=False,
            capture_output=True,
        )

    def start_redis(self, persist: bool | None = None) -> None:
        if persist is not None:
            self.redis_persist = persist
        data = self.home / "redis"
        data.mkdir(exist_ok=True)
        self.spawn(
            "redis",
            [
                "redis-server",
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(data),
                "--save",
                "",
                "--appendonly",
                "yes" if self.redis_persist else "no",
                "--appendfsync",
                "always",
            ],
        )
        import redis as redis_client

        def up() -> bool:
            try:
                return bool(redis_client.Redis(port=self.redis_port).ping())
            except redis_client.RedisError:
                return False

        wait_until(up, 20, "redis")

    def migrate(self) -> None:
        from invoice_scanner_api.migrate import upgrade

        upgrade(self.db_url)

    # --- services ----------------------------------------------------------------------------

    def spawn(self, name: str, cmd: list[str], extra: dict[str, str] | None = None) -> None:
        log = open(self.home / "logs" / f"{name}.log", "ab")  # noqa: SIM115 - owned by the child
        self.procs[name] = subprocess.Popen(
            cmd,
            env={**self.env, **(extra or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=ROOT,
        )
        log.close()

    def services(self) -> list[str]:
        return [*(f"worker-{w.queue}" for w in STAGES.workers()), "sweeper", "api"]

    def start(self, name: str, wait: bool = True) -> None:
        celery = [str(VENV_BIN / "celery"), "-A", "invoice_scanner_processing.celery_app"]
        tag = uuid.uuid4().hex[:6]
        common = [
            "--prefetch-multiplier=1",
            "--without-mingle",
            "--without-gossip",
            "--loglevel",
            "INFO",
        ]
        log = self.home / "logs" / f"{name}.log"
        before = log.read_bytes().count(b"ready.") if log.exists() else 0
        if name == "api":
            self.spawn(
                name,
                [
                    str(VENV_BIN / "gunicorn"),
                    "--bind",
                    f"127.0.0.1:{self.api_port}",
                    "--workers",
                    "2",
                    "invoice_scanner_api:create_app()",
                ],
            )
            wait_until(self._api_up, 60, "API")
            return
        if name == "sweeper":
            cmd = [
                *celery,
                "worker",
                "-B",
                "-s",
                str(self.home / "beat-schedule"),
                "-Q",
                MAINTENANCE_QUEUE,
                "-n",
                f"sweeper-{tag}@%h",
                "--concurrency",
                "1",
                *common,
            ]
        else:
            queue = name.removeprefix("worker-")
            conc = "2" if queue == "llm" else "1"
            cmd = [
                *celery,
                "worker",
                "-Q",
                queue,
                "-n",
                f"{queue}-{tag}@%h",
                "--concurrency",
                conc,
                *common,
            ]
        self.spawn(name, cmd)
        if wait:
            self.wait_ready(name, before)

    def wait_ready(self, name: str, before: int = 0) -> None:
        log = self.home / "logs" / f"{name}.log"
        wait_until(lambda: log.read_bytes().count(b"ready.") > before, 120, f"{name} ready")

    def start_all(self) -> None:
        self.start_postgres()
        self.start_redis()
        self.migrate()
        # Started together (they import in parallel), then waited for.
        for name in self.services():
            self.start(name, wait=False)
        for name in self.services():
            if name != "api":
                self.wait_ready(name)

    def kill(self, name: str) -> None:
        """SIGKILL the whole service: the main process and every child, as `docker kill`."""
        proc = self.procs[name]
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    def stop_all(self) -> None:
        for name, proc in self.procs.items():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM if name != "redis" else signal.SIGKILL)
        for proc in self.procs.values():
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self.stop_postgres("immediate")

    def log_tail(self, name: str, chars: int = 3000) -> str:
        return (self.home / "logs" / f"{name}.log").read_text(errors="replace")[-chars:]

    def _api_up(self) -> bool:
        try:
            return requests.get(self.url("/health"), timeout=1).status_code == 200
        except requests.RequestException:
            return False

    # --- clients -----------------------------------------------------------------------------

    def account(self) -> dict[str, str]:
        email = f"faults-{uuid.uuid4().hex[:8]}@example.com"
        body = {"email": email, "password": "long enough password", "company_name": "Faults"}
        r = requests.post(self.url("/auth/register"), json=body, timeout=10)
        assert r.status_code == 201, r.text
        login = {"email": email, "password": body["password"]}
        r = requests.post(self.url("/auth/login"), json=login, timeout=10)
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    def upload(self, headers: dict[str, str], path: Path, attempts: int = 60) -> str:
        """Upload like a careful client: retry on connection errors and 5xx (the same bytes
        answer with the same document)."""
        last = ""
        for _ in range(attempts):
            try:
                with open(path, "rb") as fh:
                    r = requests.post(
                        self.url("/documents/upload"),
                        files={"file": (path.name, fh)},
                        headers=headers,
                        timeout=30,
                    )
                if r.status_code in (200, 201):
                    return str(r.json()["document"]["id"])
                last = f"{r.status_code} {r.text[:200]}"
            except requests.RequestException as exc:
                last = type(exc).__name__
            time.sleep(0.5)
        raise AssertionError(f"upload of {path.name} failed: {last}")

    # --- what the database says --------------------------------------------------------------

    def tally(self, fault: str, uploaded: set[str], since: float) -> Tally:
        """Wait up to SETTLE_S for every document to finish, then count."""
        engine = create_engine(self.db_url, pool_pre_ping=True)
        try:

            def unfinished() -> list[str]:
                with Session(engine) as s:
                    rows = s.execute(select(Document.id, Document.status)).all()
                return [str(i) for i, st in rows if not is_terminal(st)]

            deadline = since + SETTLE_S
            while time.monotonic() < deadline and unfinished():
                time.sleep(1)
            settled = time.monotonic() - since
            with Session(engine) as s:
                rows = s.execute(select(Document.id, Document.status, Document.sha256)).all()
                finals = s.execute(
                    select(StatusTransition.document_id, func.count())
                    .where(
                        StatusTransition.status.in_([st.value for st in STAGES.final_statuses()])
                    )
                    .group_by(StatusTransition.document_id)
                    .having(func.count() > 1)
                ).all()
                s.execute(text("SELECT 1"))
            shas: dict[str, int] = {}
            for _, _, sha in rows:
                shas[sha] = shas.get(sha, 0) + 1
            stuck = [str(i) for i, st, _ in rows if not is_terminal(st)]
            duplicated = [str(d) for d, _ in finals] + [
                str(i) for i, _, sha in rows if shas[sha] > 1
            ]
            errors = [f"{i} {st}" for i, st, _ in rows if st.endswith("_error")]
            missing = [d for d in uploaded if d not in {str(i) for i, _, _ in rows}]
            stuck += [f"{d} (no row)" for d in missing]
            finished = len(rows) - len([1 for _, st, _ in rows if not is_terminal(st)])
            return Tally(fault, len(uploaded), finished, stuck, duplicated, errors, settled)
        finally:
            engine.dispose()

    def reset_documents(self) -> None:
        """Start the next fault run on an empty table."""
        engine = create_engine(self.db_url)
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM documents"))
        engine.dispose()

    def orphans(self) -> tuple[list[str], list[str]]:
        """(files without a row, rows without a file)."""
        raw = self.home / "documents" / "raw"
        engine = create_engine(self.db_url)
        with Session(engine) as s:
            rows = s.execute(select(Document.id, Document.stored_path)).all()
        engine.dispose()
        paths = {p for _, p in rows}
        files = (
            {str(p.relative_to(raw)) for p in raw.rglob("*") if p.is_file()}
            if raw.exists()
            else set()
        )
        return sorted(files - paths), sorted(str(i) for i, p in rows if p not in files)
