"""The reduced fault set of `make test`: a whole worker service SIGKILLed mid-task and Redis
killed without persistence, on a private Postgres, Redis and service set. Every document
finishes within 2 minutes of the fault ending; none is stuck or duplicated."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.harness import SETTLE_S, Cluster
from tests.faults.scenarios import kill_redis, kill_worker_mid_task, make_docs, report

pytestmark = [pytest.mark.integration, pytest.mark.e2e, pytest.mark.slow]


def test_a_killed_worker_service_and_a_lost_redis_strand_nothing(
    cluster: Cluster, tmp_path: Path
) -> None:
    tallies = [
        kill_worker_mid_task(cluster, "preprocessing", make_docs(tmp_path / "a", 8)),
        kill_redis(cluster, make_docs(tmp_path / "b", 8), persist=False),
    ]
    report(tallies)
    for t in tallies:
        assert not t.stuck, f"{t.line()}\n{t.stuck}\n{cluster.log_tail('sweeper')}"
        assert not t.duplicated, t.line()
        assert not t.errors, t.errors
        assert t.seconds_to_settle < SETTLE_S
