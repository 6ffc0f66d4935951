"""The full fault set (`make test-faults`): every worker service SIGKILLed mid-task, the
sweeper killed, Redis killed with and without persistence, Postgres stopped and started, the
API killed during 30 concurrent uploads. Prints one line per run; fails on any stuck or
duplicated document, any document not finished within 2 minutes of the fault ending, and
any file without a row or row without a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from invoice_scanner_common.contracts import STAGES, Queue
from tests.faults.harness import SETTLE_S, Cluster, Tally
from tests.faults.scenarios import (
    kill_api_during_uploads,
    kill_redis,
    kill_sweeper,
    kill_worker_mid_task,
    make_docs,
    report,
    restart_postgres,
)

pytestmark = [pytest.mark.faults, pytest.mark.integration, pytest.mark.e2e, pytest.mark.slow]

TALLIES: list[Tally] = []


def check(t: Tally, cluster: Cluster) -> None:
    TALLIES.append(t)
    report([t])
    assert not t.stuck, f"{t.line()}\n{t.stuck}\n{cluster.log_tail('sweeper')}"
    assert not t.duplicated, t.line()
    assert not t.errors, t.errors
    assert t.seconds_to_settle < SETTLE_S


# Every stage's worker service (the webhooks worker runs no stage: nothing to kill mid-stage).
@pytest.mark.parametrize("queue", list(dict.fromkeys(spec.queue for spec in STAGES)))
def test_a_worker_service_killed_mid_task(cluster: Cluster, tmp_path: Path, queue: str) -> None:
    # OCR does real work on images; the other stages see born-digital PDFs.
    pngs = 3 if queue == Queue.OCR else 0
    check(kill_worker_mid_task(cluster, queue, make_docs(tmp_path, 20 - pngs, pngs)), cluster)


def test_the_sweeper_killed(cluster: Cluster, tmp_path: Path) -> None:
    check(kill_sweeper(cluster, make_docs(tmp_path, 20)), cluster)


@pytest.mark.parametrize("persist", [True, False], ids=["persistent", "volatile"])
def test_redis_killed(cluster: Cluster, tmp_path: Path, persist: bool) -> None:
    check(kill_redis(cluster, make_docs(tmp_path, 20), persist=persist), cluster)


def test_postgres_restarted(cluster: Cluster, tmp_path: Path) -> None:
    check(restart_postgres(cluster, make_docs(tmp_path, 20)), cluster)


def test_the_api_killed_during_an_upload_burst(cluster: Cluster, tmp_path: Path) -> None:
    tally, files, rows = kill_api_during_uploads(cluster, make_docs(tmp_path, 30))
    check(tally, cluster)
    assert not files, f"files without a row: {files}"
    assert not rows, f"rows without a file: {rows}"


def test_zz_the_table(cluster: Cluster) -> None:
    """The closing table of every run above (one line each)."""
    report(TALLIES)
    assert TALLIES
