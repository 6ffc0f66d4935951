"""One company's burst does not starve another's upload (gunicorn, a Celery worker per queue,
Postgres, Redis; ``COMPANY_MAX_IN_FLIGHT=2``).

Company A uploads a burst of born-digital invoices; company B uploads one right after. Every
stage's queue is first in, first out, so without the cap B's document would queue behind all of
A's in every stage. With it, A's extra documents wait in Postgres (status ``waiting``, said so by
the status endpoint) and start oldest first as A's earlier ones finish, so B's document passes
most of A's backlog. Nothing is lost: every one of A's documents finishes.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import requests
from e2e.conftest import Stack, register
from e2e.sample_invoice import draw_pdf
from e2e.test_pipeline_e2e import upload

from invoice_scanner_common.contracts import DocumentStatus

from .conftest import CAP

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

BURST = 24
#: B may finish after at most this many of A's documents: the cap's worth in each queue ahead
#: of it, plus those released while it moves through the stages.
BOUND = 8


def _status(stack: Stack, h: dict[str, str], doc_id: str) -> dict[str, object]:
    r = requests.get(stack.url(f"/documents/{doc_id}/status?history=true"), headers=h, timeout=10)
    assert r.status_code == 200, r.text
    return dict(r.json())


def test_a_burst_of_one_company_does_not_hold_up_another(fair_stack: Stack, tmp_path: Path) -> None:
    a, b = register(fair_stack, "Burst"), register(fair_stack, "Single")
    pdfs = [draw_pdf(tmp_path / f"a-{i}.pdf", invoice_number=f"A-{i:04d}") for i in range(BURST)]
    single = draw_pdf(tmp_path / "b.pdf", invoice_number="B-0001")

    started = time.monotonic()
    a_ids = [upload(fair_stack, a, p, "application/pdf")["document"]["id"] for p in pdfs]
    b_id = upload(fair_stack, b, single, "application/pdf")["document"]["id"]

    finished: dict[str, float] = {}
    waiting_seen: dict[str, object] | None = None
    deadline = time.monotonic() + 600
    while len(finished) < BURST + 1 and time.monotonic() < deadline:
        for doc_id, h in [(b_id, b), *((i, a) for i in a_ids)]:
            if doc_id in finished:
                continue
            body = _status(fair_stack, h, doc_id)
            if body["status"] == DocumentStatus.WAITING and waiting_seen is None:
                waiting_seen = body
            if DocumentStatus(str(body["status"])).is_terminal:
                finished[doc_id] = time.monotonic() - started
        time.sleep(0.1)
    assert len(finished) == BURST + 1, f"not finished: {BURST + 1 - len(finished)}"

    b_done = finished[b_id]
    a_before_b = sum(1 for i in a_ids if finished[i] < b_done)
    a_last = max(finished[i] for i in a_ids)
    print(
        f"\nfairness (cap {CAP}): B finished after {b_done:.1f} s, behind {a_before_b} of A's "
        f"{BURST} documents; A's last finished after {a_last:.1f} s"
    )
    assert a_before_b <= BOUND, (a_before_b, finished)

    # The status endpoint said a held-back document was waiting, and why; none was stale.
    assert waiting_seen is not None
    assert (
        waiting_seen["status_name"] == "Waiting" and waiting_seen["progress"]["current_step"] == 0
    )
    assert "waiting for a processing slot" in str(waiting_seen["status_reason"])
    assert waiting_seen["stale"] is False and waiting_seen["retry_at"] is None
    # A's documents started in upload order, each after waiting (but the first CAP).
    history = [s["status"] for s in _status(fair_stack, a, a_ids[-1])["history"]]
    assert history[:3] == ["preprocessing", "waiting", "preprocessing"], history
