"""The review API over HTTP against real Postgres and Redis (no workers: the end-to-end tests
run the pipeline). A finished document is modelled by writing exactly the rows the extraction
and evaluation stages write, with checks produced by the shared checks module."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import redis
from flask.testing import FlaskClient
from PIL import Image
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from invoice_scanner_common.checks import value_checks
from invoice_scanner_common.contracts import DocumentStatus, TaskName
from invoice_scanner_common.db import AuditEntry, Document, ExtractionResult, set_status

VALUES: dict[str, Any] = {
    "invoice_number": "INV-1001",
    "invoice_date": date(2026, 3, 1),
    "due_date": date(2026, 3, 31),
    "vendor_name": "Nordic Paper AB",
    "currency": "EUR",
    "amount": Decimal("100.00"),
    "vat": Decimal("25.00"),
    "total": Decimal("152.00"),  # misread: 125.00 is printed
}


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    engine = create_engine(db_url)
    with Session(engine) as s:
        yield s
    engine.dispose()


def upload(client: FlaskClient, headers: dict[str, str], data: bytes) -> str:
    r = client.post(
        "/documents/upload",
        data={"file": (io.BytesIO(data), "invoice.png")},
        headers=headers,
        content_type="multipart/form-data",
    )
    assert r.status_code == 201, r.json
    return str(r.json["document"]["id"])


def finish(
    session: Session,
    doc_id: str,
    status: DocumentStatus,
    values: dict[str, Any] | None = None,
    *,
    evidence: dict[str, Any] | None = None,
    extra_checks: list[dict[str, Any]] | None = None,
) -> None:
    """Write what the extraction and evaluation stages write, then the final status."""
    doc = session.get(Document, uuid.UUID(doc_id))
    assert doc is not None
    if values is not None:
        data = {k: (str(v) if isinstance(v, Decimal | date) else v) for k, v in values.items()}
        data["line_items"] = [{"description": "Paper", "amount": str(values["amount"])}]
        if evidence is not None:
            data["fields"] = evidence
        checks = [c.as_dict() for c in value_checks(values, [values["amount"]])]
        session.add(
            ExtractionResult(
                document_id=doc.id,
                **values,
                data=data,
                field_confidence=dict.fromkeys(values, 0.8),
                evaluation={"checks": checks + (extra_checks or [])},
            )
        )
    set_status(session, doc, status, "held for review" if status.value == "manual_review" else None)
    doc.pipeline_started_at = doc.created_at
    session.commit()


@pytest.fixture
def held(
    client: FlaskClient, make_account: Callable[..., dict[str, Any]], png_bytes: Any, session: Any
) -> tuple[dict[str, Any], str]:
    acct = make_account()
    doc_id = upload(client, acct["headers"], png_bytes())
    finish(session, doc_id, DocumentStatus.MANUAL_REVIEW, VALUES)
    return acct, doc_id


def test_get_builds_fields_from_flat_columns_without_stored_evidence(
    client: FlaskClient, held: tuple[dict[str, Any], str]
) -> None:
    acct, doc_id = held
    body = client.get(f"/documents/{doc_id}", headers=acct["headers"]).json
    assert body["total"] == 152.0 and body["invoice_number"] == "INV-1001"  # flat fields stay
    assert body["fields"]["total"] == {
        "value": 152.0,
        "confidence": 0.8,
        "source": "rules",
        "page": None,
        "bbox": None,
    }
    assert set(body["fields"]) >= {"invoice_number", "invoice_date", "vendor_name", "currency"}
    failed = {c["name"] for c in body["checks"] if not c["passed"]}
    assert failed == {"arithmetic.net_plus_vat_equals_total"}
    assert body["line_items"] == [{"description": "Paper", "amount": "100.00"}]
    assert body["original_prediction"]["fields"]["total"]["value"] == 152.0
    assert body["audit"] == []
    assert body["status_reason"] == "held for review"


def test_get_reads_stored_evidence(
    client: FlaskClient, make_account: Any, png_bytes: Any, session: Session
) -> None:
    acct = make_account()
    doc_id = upload(client, acct["headers"], png_bytes())
    evidence = {
        "total": {
            "value": 152.0,
            "confidence": 0.93,
            "source": "ocr",
            "page": 1,
            "bbox": [0.61, 0.72, 0.74, 0.75],
        },
        "vendor_name": {
            "value": "Nordic Paper AB",
            "confidence": 0.7,
            "source": "llm:openai",
            "page": 1,
            "bbox": None,
        },
    }
    finish(session, doc_id, DocumentStatus.MANUAL_REVIEW, VALUES, evidence=evidence)
    fields = client.get(f"/documents/{doc_id}", headers=acct["headers"]).json["fields"]
    assert fields["total"] == evidence["total"]
    assert fields["vendor_name"]["source"] == "llm:openai"
    # Fields the stored evidence lacks still appear, from the flat columns.
    assert fields["invoice_number"]["value"] == "INV-1001"
    assert fields["invoice_number"]["source"] == "rules"


def test_correct_recheck_and_approve_keep_original_and_audit(
    client: FlaskClient, held: tuple[dict[str, Any], str]
) -> None:
    acct, doc_id = held
    h = acct["headers"]
    refused = client.post(f"/documents/{doc_id}/approve", json={}, headers=h)
    assert refused.status_code == 409
    assert [c["name"] for c in refused.json["failing_checks"]] == [
        "arithmetic.net_plus_vat_equals_total"
    ]

    r = client.patch(
        f"/documents/{doc_id}",
        json={"fields": {"total": "125.00"}, "comment": "total misread"},
        headers=h,
    )
    assert r.status_code == 200, r.json
    body = r.json
    assert body["total"] == 125.0
    assert body["fields"]["total"]["source"] == "corrected"
    assert body["fields"]["total"]["confidence"] == 1.0
    assert all(c["passed"] for c in body["checks"]), body["checks"]
    assert body["status"] == "manual_review"
    original = body["original_prediction"]
    assert original["fields"]["total"]["value"] == 152.0
    assert original["fields"]["total"]["source"] == "rules"
    assert not next(c for c in original["checks"] if c["name"].startswith("arithmetic"))["passed"]
    [entry] = body["audit"]
    assert entry["action"] == "correct"
    assert entry["old"] == {"fields": {"total": 152.0}}
    assert entry["new"] == {"fields": {"total": 125.0}}
    assert entry["comment"] == "total misread"
    assert entry["user_email"] == acct["email"] and entry["user_id"] == acct["user_id"]

    ok = client.post(f"/documents/{doc_id}/approve", json={"comment": "checked"}, headers=h)
    assert ok.status_code == 200, ok.json
    assert ok.json["status"] == "approved"
    assert [a["action"] for a in ok.json["audit"]] == ["correct", "approve"]
    again = client.get(f"/documents/{doc_id}", headers=h).json
    assert again["original_prediction"]["fields"]["total"]["value"] == 152.0
    assert again["total"] == 125.0
    status = client.get(f"/documents/{doc_id}/status?history=true", headers=h).json
    assert status["history"][-1] == {**status["history"][-1], "status": "approved"}

    # A later correction that breaks a check takes the approval back.
    r = client.patch(f"/documents/{doc_id}", json={"fields": {"vat": "30.00"}}, headers=h)
    assert r.status_code == 200
    assert r.json["status"] == "manual_review"
    assert r.json["status_reason"] == "a correction made checks fail"
    assert r.json["audit"][-1]["old"] == {"fields": {"vat": 25.0}, "status": "approved"}


def test_line_item_correction_reruns_the_lines_check(
    client: FlaskClient, held: tuple[dict[str, Any], str]
) -> None:
    acct, doc_id = held
    r = client.patch(
        f"/documents/{doc_id}",
        json={"line_items": [{"description": "Paper", "quantity": "2", "amount": "60.00"}]},
        headers=acct["headers"],
    )
    assert r.status_code == 200, r.json
    lines = next(c for c in r.json["checks"] if c["name"] == "arithmetic.lines_sum_to_net")
    assert not lines["passed"] and "60.00" in lines["detail"]
    assert r.json["line_items"] == [{"description": "Paper", "quantity": "2", "amount": "60.00"}]
    assert r.json["original_prediction"]["line_items"] == [
        {"description": "Paper", "amount": "100.00"}
    ]


@pytest.mark.parametrize(
    "body",
    [
        {"fields": {"totall": "1.00"}},
        {"fields": {"total": "abc"}},
        {"fields": {"total": "NaN"}},
        {"fields": {"invoice_date": "31.02.2026"}},
        {"fields": {"currency": "eur"}},
        {"fields": {"vendor_name": "x" * 301}},
        {"fields": {"total": "1" * 40}},
        {"fields": {}},
        {"fields": {"total": "1.00"}, "extra": 1},
        {"line_items": [{"amount": "1.00", "colour": "red"}]},
    ],
)
def test_correction_validates_names_and_types(
    client: FlaskClient, held: tuple[dict[str, Any], str], body: dict[str, Any]
) -> None:
    acct, doc_id = held
    r = client.patch(f"/documents/{doc_id}", json=body, headers=acct["headers"])
    assert r.status_code == 422, r.json
    assert r.json["message"]


def test_actions_on_a_document_still_processing_are_409(
    client: FlaskClient, make_account: Any, png_bytes: Any
) -> None:
    acct = make_account()
    doc_id = upload(client, acct["headers"], png_bytes())  # preprocessing; no worker runs
    h = acct["headers"]
    calls = [
        client.patch(f"/documents/{doc_id}", json={"fields": {"total": "1.00"}}, headers=h),
        client.post(f"/documents/{doc_id}/approve", json={}, headers=h),
        client.post(f"/documents/{doc_id}/reject", json={"reason": "no"}, headers=h),
        client.post(f"/documents/{doc_id}/reprocess", json={}, headers=h),
        client.delete(f"/documents/{doc_id}", headers=h),
    ]
    for r in calls:
        assert r.status_code == 409, r.json
        assert "still being processed" in r.json["message"]


def test_confirming_every_field_of_a_stored_integrity_check_resolves_it(
    client: FlaskClient, make_account: Any, png_bytes: Any, session: Session
) -> None:
    acct = make_account()
    h = acct["headers"]
    doc_id = upload(client, acct["headers"], png_bytes())
    values = {**VALUES, "total": Decimal("125.00")}
    integrity = {
        "name": "integrity.einvoice_matches_page",
        "passed": False,
        "severity": "error",
        "detail": "total: e-invoice 999.00, page 125.00",
        "fields": ["total", "iban"],
    }
    finish(session, doc_id, DocumentStatus.MANUAL_REVIEW, values, extra_checks=[integrity])
    refused = client.post(f"/documents/{doc_id}/approve", headers=h)
    assert refused.status_code == 409
    assert [c["name"] for c in refused.json["failing_checks"]] == [integrity["name"]]

    r = client.patch(f"/documents/{doc_id}", json={"fields": {"total": "125.00"}}, headers=h)
    check = next(c for c in r.json["checks"] if c["name"] == integrity["name"])
    assert not check["passed"]  # the IBAN is not confirmed yet
    r = client.patch(
        f"/documents/{doc_id}", json={"fields": {"iban": "SE4550000000058398257466"}}, headers=h
    )
    check = next(c for c in r.json["checks"] if c["name"] == integrity["name"])
    assert check["passed"]
    assert acct["email"] in check["detail"] and "e-invoice 999.00" in check["detail"]
    assert r.json["fields"]["iban"]["source"] == "corrected"
    assert r.json["invoice"]["iban"] == "SE4550000000058398257466"
    assert client.post(f"/documents/{doc_id}/approve", headers=h).status_code == 200


def test_reject_needs_a_reason_and_is_terminal(
    client: FlaskClient, held: tuple[dict[str, Any], str]
) -> None:
    acct, doc_id = held
    h = acct["headers"]
    assert client.post(f"/documents/{doc_id}/reject", json={}, headers=h).status_code == 422
    r = client.post(f"/documents/{doc_id}/reject", json={"reason": "duplicate bill"}, headers=h)
    assert r.status_code == 200, r.json
    assert r.json["status"] == "rejected" and r.json["status_reason"] == "duplicate bill"
    assert r.json["audit"][-1]["action"] == "reject"
    assert r.json["audit"][-1]["comment"] == "duplicate bill"
    status = client.get(f"/documents/{doc_id}/status", headers=h).json
    assert status["status_name"] == "Rejected" and status["progress"]["percentage"] == 100
    queue = client.get("/documents?needs_review=true", headers=h).json
    assert doc_id not in [d["id"] for d in queue["documents"]]
    assert DocumentStatus.REJECTED.is_terminal


def test_delete_removes_everything_but_the_audit_row(
    client: FlaskClient,
    held: tuple[dict[str, Any], str],
    session: Session,
    raw_dir: Path,
    test_env: dict[str, str],
    png_bytes: Any,
) -> None:
    acct, doc_id = held
    h = acct["headers"]
    row = session.get(Document, uuid.UUID(doc_id))
    assert row is not None
    raw = raw_dir / row.stored_path
    data = raw.read_bytes()
    pages = Path(test_env["DOCUMENTS_PROCESSED_DIR"]) / doc_id / "pages"
    pages.mkdir(parents=True)
    Image.new("RGB", (10, 10), "white").save(pages / "page-001.png")
    session.rollback()

    r = client.delete(f"/documents/{doc_id}", headers=h)
    assert r.status_code == 204
    assert not raw.exists() and not pages.parent.exists()
    assert session.get(Document, uuid.UUID(doc_id)) is None
    assert session.get(ExtractionResult, uuid.UUID(doc_id)) is None
    [audit] = session.scalars(
        select(AuditEntry).where(AuditEntry.document_id == uuid.UUID(doc_id))
    ).all()
    assert audit.action == "delete" and str(audit.user_id) == acct["user_id"]
    assert audit.old is not None and audit.old["status"] == "manual_review"
    assert_every_endpoint_404(client, h, doc_id)
    # The same bytes are a new document now, not a duplicate of the deleted one.
    r = client.post(
        "/documents/upload",
        data={"file": (io.BytesIO(data), "invoice.png")},
        headers=h,
        content_type="multipart/form-data",
    )
    assert r.status_code == 201 and r.json["document"]["id"] != doc_id


def assert_every_endpoint_404(client: FlaskClient, h: dict[str, str], doc_id: str) -> None:
    calls = {
        "get": client.get(f"/documents/{doc_id}", headers=h),
        "status": client.get(f"/documents/{doc_id}/status", headers=h),
        "file": client.get(f"/documents/{doc_id}/file", headers=h),
        "page": client.get(f"/documents/{doc_id}/pages/1", headers=h),
        "patch": client.patch(
            f"/documents/{doc_id}", json={"fields": {"total": "1.00"}}, headers=h
        ),
        "approve": client.post(f"/documents/{doc_id}/approve", json={}, headers=h),
        "reject": client.post(f"/documents/{doc_id}/reject", json={"reason": "x"}, headers=h),
        "reprocess": client.post(f"/documents/{doc_id}/reprocess", json={}, headers=h),
        "delete": client.delete(f"/documents/{doc_id}", headers=h),
    }
    for name, r in calls.items():
        assert r.status_code == 404, (name, r.status_code, r.json)
        assert r.json["message"] == "Document not found", name
    listed = client.get("/documents?needs_review=true", headers=h).json["documents"]
    assert doc_id not in [d["id"] for d in listed]


def test_another_company_gets_404_on_every_endpoint(
    client: FlaskClient, held: tuple[dict[str, Any], str], make_account: Any
) -> None:
    owner, doc_id = held
    other = make_account("Other")
    assert_every_endpoint_404(client, other["headers"], doc_id)
    # ...and nothing changed for the owner.
    body = client.get(f"/documents/{doc_id}", headers=owner["headers"]).json
    assert body["status"] == "manual_review" and body["audit"] == []


def test_original_file_and_page_images(
    client: FlaskClient,
    make_account: Any,
    png_bytes: Any,
    session: Session,
    test_env: dict[str, str],
) -> None:
    acct = make_account()
    data = png_bytes()
    doc_id = upload(client, acct["headers"], data)
    finish(session, doc_id, DocumentStatus.MANUAL_REVIEW, VALUES)
    r = client.get(f"/documents/{doc_id}/file", headers=acct["headers"])
    assert r.status_code == 200
    assert r.data == data
    assert r.headers["Content-Type"] == "image/png"
    assert r.headers["Content-Disposition"] == "inline; filename=invoice.png"
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    r.close()

    missing = client.get(f"/documents/{doc_id}/pages/1", headers=acct["headers"])
    assert missing.status_code == 404 and missing.json["message"] == "No image of page 1"
    pages = Path(test_env["DOCUMENTS_PROCESSED_DIR"]) / doc_id / "pages"
    pages.mkdir(parents=True)
    buf = io.BytesIO()
    Image.new("RGB", (20, 30), "white").save(buf, format="PNG")
    (pages / "page-001.png").write_bytes(buf.getvalue())
    r = client.get(f"/documents/{doc_id}/pages/1", headers=acct["headers"])
    assert r.status_code == 200 and r.data == buf.getvalue()
    assert r.headers["Content-Type"] == "image/png"
    r.close()
    for n in ("0", "2", "99999999999999999999", "-1", "..%2F..%2Fpasswd"):
        r = client.get(f"/documents/{doc_id}/pages/{n}", headers=acct["headers"])
        assert r.status_code == 404, n
        assert r.is_json, n


def test_file_path_from_the_database_cannot_escape_the_raw_folder(
    client: FlaskClient,
    make_account: Any,
    png_bytes: Any,
    session: Session,
    raw_dir: Path,
) -> None:
    acct = make_account()
    doc_id = upload(client, acct["headers"], png_bytes())
    outside = raw_dir.parent / "secret.txt"
    outside.write_text("not yours")
    doc = session.get(Document, uuid.UUID(doc_id))
    assert doc is not None
    doc.stored_path = "../secret.txt"
    session.commit()
    r = client.get(f"/documents/{doc_id}/file", headers=acct["headers"])
    assert r.status_code == 404 and b"not yours" not in r.data


def test_review_queue_oldest_first_with_filters_and_failed_checks(
    client: FlaskClient, make_account: Any, png_bytes: Any, session: Session
) -> None:
    acct = make_account()
    h = acct["headers"]
    first = upload(client, h, png_bytes())
    finish(session, first, DocumentStatus.MANUAL_REVIEW, VALUES)
    errored = upload(client, h, png_bytes())
    finish(session, errored, DocumentStatus.OCR_ERROR)
    approved = upload(client, h, png_bytes())
    finish(session, approved, DocumentStatus.APPROVED, {**VALUES, "total": Decimal("125.00")})
    other_vendor = upload(client, h, png_bytes())
    finish(
        session,
        other_vendor,
        DocumentStatus.MANUAL_REVIEW,
        {**VALUES, "vendor_name": "Acme 100% Ltd"},
    )

    queue = client.get("/documents?needs_review=true", headers=h).json
    assert [d["id"] for d in queue["documents"]] == [first, errored, other_vendor]
    assert queue["total"] == 3
    assert queue["documents"][0]["failed_checks"] == [
        {
            "name": "arithmetic.net_plus_vat_equals_total",
            "severity": "error",
            "detail": "100.00 + 25.00 != 152.00",
        }
    ]
    assert queue["documents"][1]["status"] == "ocr_error"

    def ids(query: str) -> list[str]:
        r = client.get(f"/documents?{query}", headers=h)
        assert r.status_code == 200, r.json
        return [d["id"] for d in r.json["documents"]]

    assert ids("needs_review=true&status=ocr_error") == [errored]
    assert ids("needs_review=true&vendor=nordic") == [first]
    assert ids("vendor=100%25") == [other_vendor]  # % is a literal, not a wildcard
    assert ids("vendor=_") == []
    today = date.today().isoformat()
    assert len(ids(f"date_from={today}&date_to={today}")) == 4
    assert ids("date_to=2000-01-01") == []
    assert ids("needs_review=true&page=2&page_size=2") == [other_vendor]

    for query in (
        "page=10001",
        f"page={10**30}",
        f"page={2**63}",
        "page_size=101",
        "page=abc",
        "date_from=yesterday",
        "needs_review=maybe",
    ):
        r = client.get(f"/documents?{query}", headers=h)
        assert r.status_code == 422, (query, r.status_code)
        assert r.json["message"]


def _queued(test_env: dict[str, str], queue: str, doc_id: str) -> list[dict[str, Any]]:
    """The task messages waiting in a Redis queue for this document (no worker consumes)."""
    client = redis.Redis.from_url(test_env["REDIS_URL"])
    try:
        raw = client.lrange(queue, 0, -1)
    finally:
        client.close()
    messages = [json.loads(m) for m in raw]
    return [m for m in messages if doc_id in m["headers"].get("kwargsrepr", "")]


def test_reprocess_an_error_document_from_its_failed_stage(
    client: FlaskClient,
    make_account: Any,
    png_bytes: Any,
    session: Session,
    test_env: dict[str, str],
) -> None:
    acct = make_account()
    h = acct["headers"]
    doc_id = upload(client, h, png_bytes())
    finish(session, doc_id, DocumentStatus.PREDICT_ERROR)
    doc = session.get(Document, uuid.UUID(doc_id))
    assert doc is not None
    doc.stage_attempts = 6
    session.commit()
    r = client.post(f"/documents/{doc_id}/reprocess", json={"comment": "LLM is back"}, headers=h)
    assert r.status_code == 202, r.json
    # The prediction task accepts ocr_extracting as its start.
    assert r.json == {
        "message": "Reprocessing queued",
        "document_id": doc_id,
        "status": "ocr_extracting",
        "mode": "from_stage",
        "queued": True,
    }
    [message] = _queued(test_env, "llm", doc_id)
    assert message["headers"]["task"] == TaskName.PREDICT.value
    body = json.loads(__import__("base64").b64decode(message["body"]))
    chained = [s["task"] for s in reversed(body[2]["chain"])]
    assert chained == [TaskName.EXTRACT.value, TaskName.EVALUATE.value]
    session.refresh(doc)
    assert doc.stage_attempts == 0 and doc.pipeline_started_at is not None
    view = client.get(f"/documents/{doc_id}", headers=h).json
    assert view["audit"][-1]["action"] == "reprocess"
    assert view["audit"][-1]["old"] == {"status": "predict_error"}
    assert view["audit"][-1]["comment"] == "LLM is back"


def test_reprocess_a_finished_document_from_the_start(
    client: FlaskClient,
    held: tuple[dict[str, Any], str],
    session: Session,
    test_env: dict[str, str],
) -> None:
    acct, doc_id = held
    r = client.post(f"/documents/{doc_id}/reprocess", headers=acct["headers"])
    assert r.status_code == 202, r.json
    assert r.json["mode"] == "from_start" and r.json["status"] == "preprocessing"
    doc = session.get(Document, uuid.UUID(doc_id))
    assert doc is not None
    assert doc.pipeline_started_at is None and doc.queued and doc.stage_attempts == 0
    orchestrations = _queued(test_env, "preprocessing", doc_id)
    assert [m["headers"]["task"] for m in orchestrations] == [
        TaskName.ORCHESTRATE.value,  # the reprocess's (newest first)
        TaskName.ORCHESTRATE.value,  # the upload's
    ]
    assert orchestrations[0]["headers"]["id"] == doc.task_id


def test_openapi_documents_every_review_endpoint(client: FlaskClient) -> None:
    paths = client.get("/openapi.json").json["paths"]
    item = paths["/documents/{document_id}"]
    assert {"get", "patch", "delete"} <= set(item)
    assert (
        "ReviewDocument"
        in item["patch"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    )
    for suffix in ("approve", "reject", "reprocess"):
        assert "post" in paths[f"/documents/{{document_id}}/{suffix}"], suffix
    assert "get" in paths["/documents/{document_id}/file"]
    assert "get" in paths["/documents/{document_id}/pages/{number}"]
    params = {p["name"] for p in paths["/documents"]["get"]["parameters"]}
    assert {"needs_review", "date_from", "date_to", "vendor", "page", "page_size"} <= params


def test_reprocess_with_the_broker_down(
    test_env: dict[str, str], png_bytes: Any, session: Session
) -> None:
    from invoice_scanner_api import create_app
    from invoice_scanner_api.config import ApiSettings

    client = create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True}).test_client()
    email = f"down-{uuid.uuid4().hex[:6]}@example.com"
    client.post(
        "/auth/register", json={"email": email, "password": "long enough", "company_name": "D"}
    )
    token = client.post("/auth/login", json={"email": email, "password": "long enough"})
    h = {"Authorization": f"Bearer {token.json['access_token']}"}
    failed = upload(client, h, png_bytes())
    finish(session, failed, DocumentStatus.EXTRACTION_ERROR)
    held = upload(client, h, png_bytes())
    finish(session, held, DocumentStatus.MANUAL_REVIEW, VALUES)
    env = {**test_env, "REDIS_URL": "redis://127.0.0.1:1/0"}  # nothing listens on port 1
    down = create_app({"SETTINGS": ApiSettings.from_env(env), "TESTING": True}).test_client()
    # A resume that cannot be sent leaves the error status as it was, and says so.
    r = down.post(f"/documents/{failed}/reprocess", headers=h)
    assert r.status_code == 503, r.json
    status = client.get(f"/documents/{failed}/status", headers=h).json
    assert status["status"] == "extraction_error"
    assert status["status_reason"] == "reprocessing could not be queued; try again"
    # A restart waits, not queued, like an upload with the broker down.
    r = down.post(f"/documents/{held}/reprocess", headers=h)
    assert r.status_code == 202, r.json
    assert r.json["queued"] is False and r.json["status"] == "preprocessing"
    doc = session.get(Document, uuid.UUID(held))
    assert doc is not None and doc.queued is False
    assert "not yet queued" in (doc.status_reason or "")
    # The other app still reaches its broker: each app has its own task sender.
    assert client.get("/health").json["broker"] == "ok"
