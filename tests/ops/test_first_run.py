"""`make run` on a machine where no Postgres or Redis answers: it starts bundled ones under its
run folder, serves, and processes an upload over HTTP; stopping it stops them."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import requests

from tests.e2e.sample_invoice import EXPECTED, draw_pdf
from tests.ops.conftest import wait_for

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens once the socket is closed


def test_make_run_with_no_database_or_broker(test_env: dict[str, str], tmp_path: Path) -> None:
    api_port = _closed_port()
    run_dir = tmp_path / "var"
    env = {
        **os.environ,
        **test_env,
        # The configured servers do not answer: nothing listens on these ports.
        "DB_HOST": "127.0.0.1",
        "DB_PORT": str(_closed_port()),
        "DB_NAME": "first_run",
        "REDIS_URL": f"redis://127.0.0.1:{_closed_port()}/0",
        "DOCUMENTS_RAW_DIR": str(tmp_path / "documents/raw"),
        "DOCUMENTS_PROCESSED_DIR": str(tmp_path / "documents/processed"),
        "VENV_BIN": str(BIN),
        "RUN_DIR": str(run_dir),
        "API_PORT": str(api_port),
        "FLOWER_PORT": str(_closed_port()),
        "API_WORKERS": "1",
        "LLM_WORKER_CONCURRENCY": "1",
        "WEBHOOK_WORKER_CONCURRENCY": "1",
    }
    env.pop("DATABASE_URL", None)
    url = f"http://127.0.0.1:{api_port}"
    log = open(tmp_path / "run.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        ["bash", str(ROOT / "scripts/run.sh")],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        wait_for(lambda: _ready(url), 240, "a ready API")
        account = {"email": f"first-{uuid.uuid4().hex[:6]}@example.com", "password": "long enough"}
        r = requests.post(
            f"{url}/auth/register", json={**account, "company_name": "First"}, timeout=10
        )
        assert r.status_code == 201, r.text
        token = requests.post(f"{url}/auth/login", json=account, timeout=10).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        with open(draw_pdf(tmp_path / "invoice.pdf"), "rb") as fh:
            r = requests.post(
                f"{url}/documents/upload", headers=headers,
                files={"file": ("invoice.pdf", fh, "application/pdf")}, timeout=30,
            )  # fmt: skip
        assert r.status_code == 201, r.text
        doc_id = r.json()["document"]["id"]

        def done() -> bool:
            status = requests.get(f"{url}/documents/{doc_id}/status", headers=headers, timeout=10)
            return status.json()["status"] in {"approved", "manual_review"}

        wait_for(done, 120, "the document")
        body = requests.get(f"{url}/documents/{doc_id}", headers=headers, timeout=10).json()
        assert body["status"] == "approved", body
        assert body["invoice_number"] == EXPECTED["invoice_number"]
        assert (run_dir / "pg" / "PG_VERSION").exists() and (run_dir / "redis").is_dir()
    except BaseException:
        log.flush()
        print((tmp_path / "run.log").read_text(errors="replace")[-6000:])
        raise
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
    # Stopping make run stopped the bundled servers too.
    deadline = time.monotonic() + 20
    while (run_dir / "pg" / "postmaster.pid").exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not (run_dir / "pg" / "postmaster.pid").exists()
    assert not (run_dir / "redis.pid").exists()


def _ready(url: str) -> bool:
    try:
        return requests.get(f"{url}/health/ready", timeout=5).status_code == 200
    except requests.RequestException:
        return False
