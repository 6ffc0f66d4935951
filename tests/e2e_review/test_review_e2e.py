"""The review loop over HTTP against the whole system: gunicorn, one Celery worker per queue,
real Postgres and Redis. A held document is corrected and approved; a document whose OCR
stage really failed is reprocessed from that stage to the end; rejected and deleted documents
behave as documented; another company sees none of it."""

from __future__ import annotations

import os
import signal
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from e2e.conftest import Stack, register
from e2e.sample_invoice import EXPECTED, draw_pdf
from e2e.test_pipeline_e2e import poll_until_done, upload
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from invoice_scanner_common.db import AuditEntry, Document

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


def api(stack: Stack, method: str, path: str, headers: dict[str, str], **kw: Any) -> Any:
    return requests.request(method, stack.url(path), headers=headers, timeout=30, **kw)


def wait_for_status(stack: Stack, headers: dict[str, str], doc_id: str, wanted: str) -> dict:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        body = api(stack, "GET", f"/documents/{doc_id}/status?history=true", headers).json()
        if body["status"] == wanted:
            return dict(body)
        time.sleep(0.05)
    raise AssertionError(f"never reached {wanted}: {body}\n{stack.log_text()}")


def test_held_document_is_corrected_rechecked_and_approved(
    review_stack: Stack, tmp_path: Path
) -> None:
    h = register(review_stack, "Reviewer")
    path = draw_pdf(tmp_path / "wrong-total.pdf", invoice_number="INV-R-1", total="1,205.00")
    doc_id = upload(review_stack, h, path, "application/pdf")["document"]["id"]
    _, final = poll_until_done(review_stack, h, doc_id)
    assert final["status"] == "manual_review", final

    # The printed total disagrees with net + VAT; the extractor trusted the arithmetic, so
    # no check fails but its confidence is too low to approve on its own.
    queue = api(review_stack, "GET", "/documents?needs_review=true", h).json()["documents"]
    [listed] = [d for d in queue if d["id"] == doc_id]
    assert "predicted accuracy" in listed["status_reason"]
    doc = api(review_stack, "GET", f"/documents/{doc_id}", h).json()
    assert doc["total"] == 1250.0 and doc["fields"]["total"]["value"] == 1250.0
    page = api(review_stack, "GET", f"/documents/{doc_id}/pages/1", h)
    assert page.status_code == 200 and page.content.startswith(b"\x89PNG")
    original = api(review_stack, "GET", f"/documents/{doc_id}/file", h)
    assert original.content == path.read_bytes()
    assert original.headers["Content-Type"] == "application/pdf"

    # The reviewer reads 1,205.00 on the page: the checks now fail and approval is refused ...
    fixed = api(
        review_stack,
        "PATCH",
        f"/documents/{doc_id}",
        h,
        json={"fields": {"total": "1205.00"}, "comment": "total as printed"},
    )
    assert fixed.status_code == 200, fixed.text
    failed = [c["name"] for c in fixed.json()["checks"] if not c["passed"]]
    assert failed == ["arithmetic.net_plus_vat_equals_total"]
    refused = api(review_stack, "POST", f"/documents/{doc_id}/approve", h, json={})
    assert refused.status_code == 409
    assert [c["name"] for c in refused.json()["failing_checks"]] == failed
    # ... until the VAT is corrected too (the supplier's arithmetic was the problem).
    fixed = api(review_stack, "PATCH", f"/documents/{doc_id}", h, json={"fields": {"vat": "205"}})
    assert all(c["passed"] for c in fixed.json()["checks"]), fixed.json()["checks"]
    approved = api(review_stack, "POST", f"/documents/{doc_id}/approve", h, json={})
    assert approved.status_code == 200, approved.text
    body = approved.json()
    assert body["status"] == "approved" and body["total"] == 1205.0 and body["vat"] == 205.0
    assert body["fields"]["total"]["source"] == "corrected"
    assert body["original_prediction"]["fields"]["total"]["value"] == 1250.0
    assert body["original_prediction"]["fields"]["vat"]["value"] == 250.0
    assert [(a["action"], a["new"]) for a in body["audit"]] == [
        ("correct", {"fields": {"total": 1205.0}}),
        ("correct", {"fields": {"vat": 205.0}}),
        ("approve", {"status": "approved"}),
    ]
    assert body["audit"][0]["old"] == {"fields": {"total": 1250.0}}


def _pause(stack: Stack, worker: str) -> None:
    os.killpg(stack.procs[worker].pid, signal.SIGSTOP)


def _resume(stack: Stack, worker: str) -> None:
    os.killpg(stack.procs[worker].pid, signal.SIGCONT)


def test_document_whose_ocr_failed_is_reprocessed_from_that_stage(
    review_stack: Stack, tmp_path: Path, test_env: dict[str, str]
) -> None:
    h = register(review_stack, "Retry")
    path = draw_pdf(tmp_path / "invoice.pdf", invoice_number="INV-R-2")
    # The artefact volume goes away between preprocessing and OCR: the OCR worker is held
    # until the page images are written, then finds the folder gone.
    _pause(review_stack, "worker-ocr")
    try:
        doc_id = upload(review_stack, h, path, "application/pdf")["document"]["id"]
        wait_for_status(review_stack, h, doc_id, "preprocessed")
        artefacts = Path(test_env["DOCUMENTS_PROCESSED_DIR"]) / doc_id
        away = artefacts.with_name(doc_id + ".unmounted")
        artefacts.rename(away)
    finally:
        _resume(review_stack, "worker-ocr")
    _, failed = poll_until_done(review_stack, h, doc_id)
    assert failed["status"] == "ocr_error", failed
    assert "FileNotFoundError" in failed["status_reason"]
    queue = api(review_stack, "GET", "/documents?needs_review=true&status=ocr_error", h).json()
    assert [d["id"] for d in queue["documents"]] == [doc_id]

    away.rename(artefacts)  # the volume is back
    r = api(review_stack, "POST", f"/documents/{doc_id}/reprocess", h, json={"comment": "disk"})
    assert r.status_code == 202, r.text
    assert r.json()["mode"] == "from_stage" and r.json()["status"] == "preprocessed"
    _, final = poll_until_done(review_stack, h, doc_id)
    assert final["status"] == "approved", (final, review_stack.log_text())
    statuses = [t["status"] for t in final["history"]]
    # Preprocessing ran once: the reprocess started at OCR with the kept page images.
    assert statuses.count("preprocessing") == 1
    assert statuses[statuses.index("ocr_error") :] == [
        "ocr_error",
        "preprocessed",
        "ocr_extracting",
        "predicting",
        "extraction",
        "automated_evaluation",
        "approved",
    ]
    doc = api(review_stack, "GET", f"/documents/{doc_id}", h).json()
    assert doc["invoice_number"] == "INV-R-2" and doc["total"] == EXPECTED["total"]
    assert [a["action"] for a in doc["audit"]] == ["reprocess"]
    assert doc["audit"][0]["old"] == {"status": "ocr_error"}


def test_document_whose_file_was_missing_is_reprocessed_from_the_start(
    review_stack: Stack, tmp_path: Path, db_url: str, raw_dir: Path
) -> None:
    h = register(review_stack, "Restore")
    path = draw_pdf(tmp_path / "invoice.pdf", invoice_number="INV-R-5")
    # The raw volume loses the file before preprocessing reads it.
    _pause(review_stack, "worker-preprocessing")
    try:
        doc_id = upload(review_stack, h, path, "application/pdf")["document"]["id"]
        with Session(create_engine(db_url)) as s:
            row = s.get(Document, uuid.UUID(doc_id))
            assert row is not None
            raw = raw_dir / row.stored_path
        raw.unlink()
    finally:
        _resume(review_stack, "worker-preprocessing")
    _, failed = poll_until_done(review_stack, h, doc_id)
    assert failed["status"] == "preprocess_error", failed
    assert failed["status_reason"] == "the uploaded file cannot be read"

    raw.write_bytes(path.read_bytes())  # restored from a backup
    r = api(review_stack, "POST", f"/documents/{doc_id}/reprocess", h)
    assert r.status_code == 202, r.text
    assert r.json()["mode"] == "from_start" and r.json()["status"] == "preprocessing"
    _, final = poll_until_done(review_stack, h, doc_id)
    assert final["status"] == "approved", (final, review_stack.log_text())
    statuses = [t["status"] for t in final["history"]]
    assert statuses[:3] == ["preprocessing", "preprocess_error", "preprocessing"]
    assert statuses[-1] == "approved" and "preprocessed" in statuses
    doc = api(review_stack, "GET", f"/documents/{doc_id}", h).json()
    assert doc["invoice_number"] == "INV-R-5"


def test_rejected_and_deleted_documents(
    review_stack: Stack, tmp_path: Path, db_url: str, raw_dir: Path, test_env: dict[str, str]
) -> None:
    h = register(review_stack, "Cleanup")
    other = register(review_stack, "Stranger")
    rejected_path = draw_pdf(tmp_path / "a.pdf", invoice_number="INV-R-3")
    deleted_path = draw_pdf(tmp_path / "b.pdf", invoice_number="INV-R-4")
    rejected = upload(review_stack, h, rejected_path, "application/pdf")["document"]["id"]
    deleted = upload(review_stack, h, deleted_path, "application/pdf")["document"]["id"]
    poll_until_done(review_stack, h, rejected)
    poll_until_done(review_stack, h, deleted)

    r = api(review_stack, "POST", f"/documents/{rejected}/reject", h, json={"reason": "not ours"})
    assert r.status_code == 200 and r.json()["status"] == "rejected"
    status = api(review_stack, "GET", f"/documents/{rejected}/status", h).json()
    assert status["status"] == "rejected" and status["status_reason"] == "not ours"

    with Session(create_engine(db_url)) as s:
        row = s.get(Document, uuid.UUID(deleted))
        assert row is not None
        raw = raw_dir / row.stored_path
    artefacts = Path(test_env["DOCUMENTS_PROCESSED_DIR"]) / deleted
    assert raw.is_file() and (artefacts / "pages" / "page-001.png").is_file()
    for doc_id in (rejected, deleted):  # another company: 404 on every endpoint
        for method, suffix, body in (
            ("GET", "", None),
            ("GET", "/file", None),
            ("GET", "/pages/1", None),
            ("PATCH", "", {"fields": {"total": "1.00"}}),
            ("POST", "/approve", {}),
            ("POST", "/reject", {"reason": "x"}),
            ("POST", "/reprocess", {}),
            ("DELETE", "", None),
        ):
            r = api(review_stack, method, f"/documents/{doc_id}{suffix}", other, json=body)
            assert r.status_code == 404, (method, suffix, r.text)

    assert api(review_stack, "DELETE", f"/documents/{deleted}", h).status_code == 204
    assert not raw.exists() and not artefacts.exists()
    for suffix in ("", "/status", "/file", "/pages/1"):
        assert api(review_stack, "GET", f"/documents/{deleted}{suffix}", h).status_code == 404
    with Session(create_engine(db_url)) as s:
        trail = s.scalars(
            select(AuditEntry.action).where(AuditEntry.document_id == uuid.UUID(deleted))
        ).all()
    assert trail == ["delete"]
