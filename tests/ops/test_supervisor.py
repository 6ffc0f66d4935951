"""`make run` (scripts/run.sh) under supervisord: a killed worker is back within 10 s."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

from invoice_scanner_common.contracts import worker_lines
from tests.ops.conftest import wait_for

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def status(run_dir: Path, env: dict[str, str]) -> dict[str, tuple[str, int | None]]:
    """supervisorctl status: program -> (state, pid)."""
    out = subprocess.run(
        [str(BIN / "supervisorctl"), "-c", str(run_dir / "supervisord.conf"), "status"],
        capture_output=True, text=True, env=env, timeout=20,
    ).stdout  # fmt: skip
    result: dict[str, tuple[str, int | None]] = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            pid = int(parts[3].rstrip(",")) if parts[1] == "RUNNING" else None
            result[parts[0]] = (parts[1], pid)
    return result


def test_a_killed_worker_is_restarted_and_the_others_keep_serving(
    test_env: dict[str, str], tmp_path: Path
) -> None:
    port = _free_port()
    run_dir = tmp_path / "run"
    env = {
        **os.environ,
        **test_env,
        "VENV_BIN": str(BIN),
        "RUN_DIR": str(run_dir),
        "API_PORT": str(port),
        "FLOWER_PORT": str(_free_port()),
        "API_WORKERS": "1",
        "LLM_WORKER_CONCURRENCY": "1",
        "WEBHOOK_WORKER_CONCURRENCY": "1",
    }
    env["ENV_FILE"] = test_env["ENV_FILE"]  # no .env is read or written
    log = open(tmp_path / "run.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        ["bash", str(ROOT / "scripts/run.sh")],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    # The API, Flower, the sweeper and one worker per queue of the stage table.
    workers = {f"worker-{line.split()[0]}" for line in worker_lines(env)}
    programs = {"api", "flower", "sweeper", *workers}
    try:
        wait_for(
            lambda: (
                (run_dir / "supervisor.sock").exists()
                and {n for n, (state, _) in status(run_dir, env).items() if state == "RUNNING"}
                == programs
            ),
            120,
            "supervised processes",
        )
        wait_for(lambda: _health(port), 60, "API")
        before = status(run_dir, env)
        victim = before["worker-extraction"][1]
        assert victim is not None
        os.kill(victim, signal.SIGKILL)
        killed_at = time.monotonic()
        wait_for(
            lambda: (
                status(run_dir, env)["worker-extraction"][0] == "RUNNING"
                and status(run_dir, env)["worker-extraction"][1] not in (None, victim)
            ),
            10,
            "restarted worker",
        )
        back_after = time.monotonic() - killed_at
        after = status(run_dir, env)
        # Only the killed worker changed; the API kept answering.
        for name in programs - {"worker-extraction"}:
            assert after[name] == before[name], name
        assert _health(port)
        assert back_after < 10
        print(f"worker-extraction back after {back_after:.1f} s")
    except BaseException:
        log.flush()
        print((tmp_path / "run.log").read_text(errors="replace")[-5000:])
        raise
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
    # supervisord stopped every program with it.
    assert proc.returncode is not None


def _health(port: int) -> bool:
    try:
        return requests.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200
    except requests.RequestException:
        return False
