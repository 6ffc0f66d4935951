"""The fault runs: each uploads a batch, does its harm while documents are in flight, ends the
fault (restarts what it killed) and counts what the database says within SETTLE_S."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.orm import Session

from invoice_scanner_common.db import Document
from tests.e2e.sample_invoice import draw_pdf, draw_png
from tests.faults.harness import Cluster, Tally, wait_until

Docs = list[Path]


def make_docs(folder: Path, pdfs: int, pngs: int = 0) -> Docs:
    """Unique invoices: born-digital PDFs (fast stages) and 200 dpi PNGs (real OCR work)."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = []
    for i in range(pdfs):
        docs.append(
            draw_pdf(
                folder / f"d{i}-{uuid.uuid4().hex[:6]}.pdf",
                invoice_number=f"F-{uuid.uuid4().hex[:8]}",
            )
        )
    for i in range(pngs):
        docs.append(
            draw_png(
                folder / f"p{i}-{uuid.uuid4().hex[:6]}.png",
                invoice_number=f"P-{uuid.uuid4().hex[:8]}",
            )
        )
    return docs


def upload_all(cluster: Cluster, docs: Docs, threads: int = 4) -> set[str]:
    headers = cluster.account()
    with ThreadPoolExecutor(threads) as pool:
        return set(pool.map(lambda p: cluster.upload(headers, p), docs))


def _waiting_on(engine: Engine, tasks: list[str], leased: bool) -> bool:
    """A document is being worked on (``leased``) or waits for one of ``tasks``."""
    with Session(engine) as s:
        query = select(Document.id).where(Document.next_task.in_(tasks)).limit(1)
        if leased:
            query = query.where(Document.lease_until.is_not(None))
        return s.scalar(query) is not None


def kill_worker_mid_task(cluster: Cluster, queue: str, docs: Docs) -> Tally:
    """SIGKILL a whole worker service once a document is leased by its stage.

    The batch is uploaded while the stage is watched, every 20 ms on one connection: a stage
    of milliseconds (extraction, evaluation) may otherwise have seen every document of the
    batch before the last upload returns."""
    from invoice_scanner_common.contracts import STAGES

    cluster.reset_documents()
    tasks = [s.task for s in STAGES if s.queue == queue]
    engine = create_engine(cluster.db_url)
    try:
        with ThreadPoolExecutor(1) as background:
            uploading = background.submit(upload_all, cluster, docs)
            try:
                wait_until(
                    lambda: _waiting_on(engine, tasks, leased=True), 20, f"{queue} working", 0.02
                )
            except TimeoutError:
                # A stage of milliseconds: kill while its queue has work (its worker holds a
                # message).
                wait_until(
                    lambda: _waiting_on(engine, tasks, leased=False), 60, f"{queue} queue", 0.02
                )
            cluster.kill(f"worker-{queue}")
            uploaded = uploading.result()
    finally:
        engine.dispose()
    time.sleep(1)
    cluster.start(f"worker-{queue}")
    return cluster.tally(f"SIGKILL worker service {queue} mid-task", uploaded, time.monotonic())


def kill_sweeper(cluster: Cluster, docs: Docs) -> Tally:
    cluster.reset_documents()
    uploaded = upload_all(cluster, docs)
    cluster.kill("sweeper")
    time.sleep(1)
    cluster.start("sweeper")
    return cluster.tally("SIGKILL the sweeper", uploaded, time.monotonic())


def kill_redis(cluster: Cluster, docs: Docs, *, persist: bool) -> Tally:
    """SIGKILL Redis while the batch is in flight; start it again 3 s later."""
    cluster.reset_documents()
    if cluster.redis_persist != persist:
        cluster.kill("redis")
        cluster.start_redis(persist)
    uploaded = upload_all(cluster, docs)
    cluster.kill("redis")
    time.sleep(3)
    cluster.start_redis(persist)
    label = "with" if persist else "without"
    return cluster.tally(f"Redis killed {label} persistence", uploaded, time.monotonic())


def restart_postgres(cluster: Cluster, docs: Docs, down_s: float = 6) -> Tally:
    cluster.reset_documents()
    uploaded = upload_all(cluster, docs)
    cluster.stop_postgres("fast")
    time.sleep(down_s)
    cluster.start_postgres()
    return cluster.tally(f"Postgres stopped {down_s:.0f} s", uploaded, time.monotonic())


def kill_api_during_uploads(cluster: Cluster, docs: Docs) -> tuple[Tally, list[str], list[str]]:
    """SIGKILL gunicorn (all its workers) while 30 clients upload; clients retry until the API
    is back. Then no file may be left without a row, nor a row without a file."""
    cluster.reset_documents()
    headers = cluster.account()

    def killer() -> None:
        time.sleep(0.4)
        cluster.kill("api")
        time.sleep(1)
        cluster.start("api")

    with ThreadPoolExecutor(len(docs) + 1) as pool:
        harm = pool.submit(killer)
        futures = [pool.submit(cluster.upload, headers, p) for p in docs]
        uploaded = {f.result() for f in futures}
        harm.result()
    tally = cluster.tally("API killed during concurrent uploads", uploaded, time.monotonic())
    # The janitor removes a file left by a killed request once it is ORPHAN_FILE_AFTER_S old.
    files: list[str] = []
    rows: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        files, rows = cluster.orphans()
        if not files and not rows:
            break
        time.sleep(1)
    return tally, files, rows


def report(tallies: list[Tally], out: Callable[[str], None] = print) -> None:
    out("")
    out("fault run                                    documents")
    for t in tallies:
        out(t.line())
