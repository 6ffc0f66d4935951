"""The fast paths of the polled endpoints answer exactly what the ORM and schema paths answer:
the status (``documents/reads.py``) and the document's review view (``review/fastview.py``)."""

from __future__ import annotations

import io
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import psycopg2
import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_jwt_extended import create_access_token
from flask_limiter.util import get_qualified_name
from sqlalchemy import select

from invoice_scanner_api import create_app
from invoice_scanner_api.config import ApiSettings
from invoice_scanner_api.documents import service
from invoice_scanner_api.documents.schemas import DocumentSchema, StatusSchema
from invoice_scanner_api.extensions import POLLED_READS, db, limiter
from invoice_scanner_api.review.evidence import review_view
from invoice_scanner_api.review.schemas import ReviewDocumentSchema
from invoice_scanner_common.contracts import DocumentStatus as S
from invoice_scanner_common.db import (
    AuditEntry,
    Document,
    ExtractionResult,
    Supplier,
    SupplierLayout,
    set_status,
)


def _upload(client: FlaskClient, acct: dict[str, Any], png: bytes) -> str:
    r = client.post(
        "/documents/upload", headers=acct["headers"], data={"file": (io.BytesIO(png), "a.png")}
    )
    assert r.status_code == 201, r.json
    return str(r.json["document"]["id"])


def _finish(app: Flask, doc_id: str) -> None:
    """Walk the document through every stage and give it an extraction result."""
    with app.app_context():
        session = db.factory()
        doc = session.get(Document, uuid.UUID(doc_id))
        assert doc is not None
        for status in (S.PREPROCESSED, S.OCR_EXTRACTING, S.PREDICTING, S.EXTRACTION):
            set_status(session, doc, status)
        session.add(
            ExtractionResult(
                document_id=doc.id,
                invoice_number="INV-7",
                invoice_date=date(2024, 12, 21),
                due_date=None,
                vendor_name="Northwind",
                currency="EUR",
                amount=Decimal("1000.00"),
                vat=Decimal("250.50"),
                total=Decimal("1250.50"),
                data={"invoice_number": "INV-7", "items": [{"qty": 2}]},
                field_confidence={"invoice_number": 0.97},
            )
        )
        doc.quality_score = 0.91
        doc.predicted_accuracy = 0.88
        set_status(session, doc, S.MANUAL_REVIEW, "low confidence in vendor_name (0.40)")
        session.commit()
        session.close()


def _orm_views(app: Flask, doc_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The bodies as the ORM and marshmallow path builds them."""
    with app.app_context():
        session = db.factory()
        doc = session.scalar(select(Document).where(Document.id == uuid.UUID(doc_id)))
        status = StatusSchema().dump(service.status_view(session, doc))
        document = DocumentSchema().dump(service.document_view(doc))
        session.close()
    return status, document


def test_fast_bodies_equal_the_schema_bodies(
    app: Flask, client: FlaskClient, make_account: Any, png_bytes: Callable[[str], bytes]
) -> None:
    acct = make_account()
    doc_id = _upload(client, acct, png_bytes("FAST"))
    fresh = client.get(f"/documents/{doc_id}", headers=acct["headers"])
    # The document body is the review view: every flat field of the design, unchanged, plus
    # the evidence, checks and audit (tests/e2e_review); no extraction result yet: nulls.
    assert _orm_views(app, doc_id)[1].items() <= fresh.json.items()
    assert fresh.json["invoice"] is None and fresh.json["total"] is None
    _finish(app, doc_id)
    status_body, document_body = _orm_views(app, doc_id)
    status = client.get(f"/documents/{doc_id}/status?history=true", headers=acct["headers"])
    assert status.status_code == 200 and status.mimetype == "application/json"
    assert status.json == status_body
    assert [h["status"] for h in status.json["history"]][-1] == "manual_review"
    assert status.json["status_reason"] == "low confidence in vendor_name (0.40)"
    document = client.get(f"/documents/{doc_id}", headers=acct["headers"])
    assert document.status_code == 200
    assert document_body.items() <= document.json.items()
    assert document.json["vat"] == 250.5 and document.json["invoice_date"] == "2024-12-21"

    # What a polling client needs, by default; the history only on request.
    for query in ("", "?history=false"):
        short = client.get(f"/documents/{doc_id}/status{query}", headers=acct["headers"])
        assert "history" not in short.json
        assert short.json == {k: v for k, v in status_body.items() if k != "history"}
    explicit = client.get(f"/documents/{doc_id}/status?history=1", headers=acct["headers"])
    assert explicit.json == status_body
    bad = client.get(f"/documents/{doc_id}/status?history=maybe", headers=acct["headers"])
    assert bad.status_code == 400 and bad.json["message"] == "history must be true or false"
    spec = client.get("/openapi.json").json["paths"]["/documents/{document_id}/status"]["get"]
    assert any(p["name"] == "history" and p["in"] == "query" for p in spec["parameters"])


def test_polled_reads_declare_no_rate_limit(app: Flask) -> None:
    """The limiter skips the polled reads (``extensions.POLLED_READS``) on the promise that
    they declare no limit: a limit added to one of them must drop it from that set."""
    with app.app_context():
        _declare_no_limit(app)


def _declare_no_limit(app: Flask) -> None:
    for endpoint in POLLED_READS:
        view_class = app.view_functions[endpoint].view_class  # type: ignore[attr-defined]
        for method in ("get", "head"):
            handler = getattr(view_class, method, None)
            if handler is not None:
                assert not limiter.limit_manager.decorated_limits(get_qualified_name(handler))
    upload = app.view_functions["documents.Upload"].view_class.post  # type: ignore[attr-defined]
    assert limiter.limit_manager.decorated_limits(get_qualified_name(upload))


def test_fast_reads_keep_tenants_apart_and_check_tokens(
    app: Flask, client: FlaskClient, make_account: Any, png_bytes: Callable[[str], bytes]
) -> None:
    owner, other = make_account("Owner"), make_account("Other")
    doc_id = _upload(client, owner, png_bytes("TENANT"))
    for path in (f"/documents/{doc_id}", f"/documents/{doc_id}/status"):
        assert client.get(path, headers=other["headers"]).status_code == 404
        assert client.get(path).status_code == 401
        bad = {"Authorization": owner["headers"]["Authorization"][:-2] + "xx"}
        assert client.get(path, headers=bad).status_code == 401
    missing = client.get(f"/documents/{uuid.uuid4()}/status", headers=owner["headers"])
    assert missing.status_code == 404 and missing.json["message"] == "Document not found"

    # A token verified (and cached) once is still refused once it has expired.
    with app.app_context():
        token = create_access_token(
            identity=owner["user_id"],
            additional_claims={"cid": owner["company_id"]},
            expires_delta=timedelta(seconds=1),
        )
    short = {"Authorization": f"Bearer {token}"}
    assert client.get(f"/documents/{doc_id}/status", headers=short).status_code == 200
    time.sleep(1.2)
    expired = client.get(f"/documents/{doc_id}/status", headers=short)
    assert expired.status_code == 401 and expired.json["message"] == "Token has expired"


def test_fast_read_survives_a_dropped_connection(
    client: FlaskClient, make_account: Any, png_bytes: Callable[[str], bytes], test_env: Any
) -> None:
    acct = make_account()
    doc_id = _upload(client, acct, png_bytes("DROP"))
    assert client.get(f"/documents/{doc_id}/status", headers=acct["headers"]).status_code == 200
    # Postgres drops every other connection to this database (as on a restart).
    admin = psycopg2.connect(
        host=test_env["DB_HOST"],
        port=test_env["DB_PORT"],
        user=test_env["DB_USER"],
        password=test_env["DB_PASSWORD"] or None,
        dbname=test_env["DB_NAME"],
    )
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    admin.close()
    again = client.get(f"/documents/{doc_id}/status", headers=acct["headers"])
    assert again.status_code == 200 and again.json["document_id"] == doc_id


def test_fast_reads_answer_503_when_the_database_is_down(
    client: FlaskClient,
    make_account: Any,
    png_bytes: Callable[[str], bytes],
    test_env: dict[str, str],
) -> None:
    acct = make_account()
    doc_id = _upload(client, acct, png_bytes("DOWN"))
    down = create_app(
        {"SETTINGS": ApiSettings.from_env({**test_env, "DB_PORT": "1"}), "TESTING": True}
    ).test_client()
    for path in (f"/documents/{doc_id}/status", f"/documents/{doc_id}"):
        r = down.get(path, headers=acct["headers"])
        assert r.status_code == 503, (path, r.json)
        assert r.json["message"] == "The database is unavailable; please retry shortly"


@pytest.mark.parametrize(("flag", "code"), [("false", 404), ("true", 200)])
def test_bare_bench_route_only_when_enabled(test_env: dict[str, str], flag: str, code: int) -> None:
    app = create_app(
        {"SETTINGS": ApiSettings.from_env({**test_env, "API_BENCH_ROUTES": flag}), "TESTING": True}
    )
    r = app.test_client().get("/bench/bare")
    assert r.status_code == code
    if code == 200:
        assert r.json == {"status": "ok"}


def _schema_body(app: Flask, doc_id: str) -> bytes:
    """``GET /documents/{id}`` as the ORM, ``review_view`` and ``ReviewDocumentSchema`` make it,
    serialised the way flask-smorest answers (the app's JSON provider)."""
    with app.test_request_context():
        session = db.factory()
        doc = session.get(Document, uuid.UUID(doc_id))
        assert doc is not None
        body = ReviewDocumentSchema().dump(review_view(session, doc, service.document_view(doc)))
        session.close()
        return bytes(app.json.response(body).data)


def _assert_same_document(app: Flask, client: FlaskClient, acct: dict[str, Any], doc_id: str):
    fast = client.get(f"/documents/{doc_id}", headers=acct["headers"])
    assert fast.status_code == 200 and fast.mimetype == "application/json"
    assert fast.data == _schema_body(app, doc_id)  # byte for byte
    return fast.json


def _edit(app: Flask, doc_id: str, change: Callable[[Any, Document], None]) -> None:
    with app.app_context():
        session = db.factory()
        doc = session.get(Document, uuid.UUID(doc_id))
        assert doc is not None
        change(session, doc)
        session.commit()
        session.close()


def test_fast_document_body_equals_the_schema_body_in_every_shape(
    app: Flask, client: FlaskClient, make_account: Any, png_bytes: Callable[[str], bytes]
) -> None:
    acct = make_account()
    doc_id = _upload(client, acct, png_bytes("SHAPES"))
    # Just uploaded: no result, no audit, no supplier.
    body = _assert_same_document(app, client, acct, doc_id)
    assert body["invoice"] is None and body["fields"] == {} and body["total"] is None
    assert body["audit"] == [] and body["supplier"] is None
    # Finished with flat columns only (results stored before evidence existed).
    _finish(app, doc_id)
    body = _assert_same_document(app, client, acct, doc_id)
    assert body["total"] == 1250.5 and body["fields"]["total"]["source"] == "rules"

    # Evidence per field, checks with every kind of value, line items, odd stored values.
    def evidence(session: Any, doc: Document) -> None:
        result = doc.result
        result.data = {
            **result.data,
            "fields": {
                "total": {"value": "1250.50", "confidence": 1, "source": "ocr", "page": 1,
                          "bbox": [0, 0.5, 1, 0.75]},
                "iban": {"value": "DE02 1203", "confidence": "high", "page": True, "bbox": [1]},
                "vendor_name": {"value": None},
                "junk": "not a dict",
            },
            "line_items": [{"description": "Paper", "amount": "100.00"}, "not a dict"],
        }  # fmt: skip
        result.evaluation = {
            "checks": [
                {"name": "required.total", "passed": True, "severity": "error"},
                {"name": "x", "passed": 0, "detail": 12, "fields": ["total", 3]},
                "not a dict",
            ]
        }

    _edit(app, doc_id, evidence)
    body = _assert_same_document(app, client, acct, doc_id)
    assert body["fields"]["total"]["bbox"] == [0.0, 0.5, 1.0, 0.75]
    assert body["checks"][1] == {
        "name": "x", "passed": False, "severity": "error", "detail": "12",
        "fields": ["total", "3"],
    }  # fmt: skip

    # A correction and an approval: the original prediction kept, two audit rows with emails.
    fix = {"fields": {"total": "1250.50", "vendor_name": "Northwind AB"}, "comment": "seen"}
    r = client.patch(f"/documents/{doc_id}", headers=acct["headers"], json=fix)
    assert r.status_code == 200, r.json
    r = client.post(f"/documents/{doc_id}/approve", headers=acct["headers"], json={})
    assert r.status_code in (200, 409), r.json
    body = _assert_same_document(app, client, acct, doc_id)
    assert body["original_prediction"]["fields"]["total"]["source"] == "ocr"
    assert body["fields"]["total"]["source"] == "corrected"
    assert body["audit"][0]["user_email"] == acct["email"]
    assert "original" not in body["invoice"] and "reviewed" not in body["invoice"]

    # An audit row without a user (deleted account), and a supplier with remembered layouts.
    def supplier(session: Any, doc: Document) -> None:
        session.add(AuditEntry(document_id=doc.id, company_id=doc.company_id, action="reprocess"))
        known = Supplier(company_id=doc.company_id, name="Northwind AB", name_key="northwind ab")
        session.add(known)
        session.flush()
        layouts = [SupplierLayout(supplier_id=known.id, version=v) for v in (2, 1)]
        session.add_all(layouts)
        session.flush()
        doc.supplier_id = known.id
        doc.supplier_match = {
            "matched_by": ["vat_id", "layout"],
            "confidence": 1,
            "layout_id": layouts[0].id,
            "fields": ["total"],
        }

    _edit(app, doc_id, supplier)
    body = _assert_same_document(app, client, acct, doc_id)
    assert body["supplier"]["layout_version"] == 2 and body["supplier"]["confidence"] == 1.0
    assert body["audit"][-1]["user_id"] is None and body["audit"][-1]["user_email"] is None

    def unknown_layout(session: Any, doc: Document) -> None:
        doc.supplier_match = {"layout_id": "1", "matched_by": "name"}

    _edit(app, doc_id, unknown_layout)
    body = _assert_same_document(app, client, acct, doc_id)
    assert body["supplier"]["layout_version"] is None
    assert body["supplier"]["matched_by"] == ["n", "a", "m", "e"]  # as the schema path does

    def no_match(session: Any, doc: Document) -> None:
        doc.supplier_match = None

    _edit(app, doc_id, no_match)
    _assert_same_document(app, client, acct, doc_id)

    # Another company's supplier is never shown.
    other = make_account("Other")

    def foreign(session: Any, doc: Document) -> None:
        theirs = Supplier(company_id=uuid.UUID(other["company_id"]), name="Theirs")
        session.add(theirs)
        session.flush()
        doc.supplier_id = theirs.id

    _edit(app, doc_id, foreign)
    assert _assert_same_document(app, client, acct, doc_id)["supplier"] is None


def test_a_logged_out_token_is_refused_by_the_polled_endpoints(
    client: FlaskClient, make_account: Any, png_bytes: Callable[[str], bytes]
) -> None:
    acct = make_account()
    doc_id = _upload(client, acct, png_bytes("LOGOUT"))
    paths = (f"/documents/{doc_id}/status", f"/documents/{doc_id}")
    for path in paths:  # verified once: now in this process's cache of verified tokens
        assert client.get(path, headers=acct["headers"]).status_code == 200
    assert client.post("/auth/logout", headers=acct["headers"]).status_code == 200
    for path in paths:
        r = client.get(path, headers=acct["headers"])
        assert r.status_code == 401 and r.json["message"] == "Token has been revoked"


def test_a_polled_document_body_is_built_once_per_version_of_its_row(
    app: Flask, client: FlaskClient, make_account: Any, png_bytes: Callable[[str], bytes]
) -> None:
    """Repeated polls of an unchanged document reuse the body built for its row; any change
    to the row (here a stored value, then a user's correction) is answered at once."""
    from invoice_scanner_api.review.fastview import document_json

    acct = make_account()
    doc_id = _upload(client, acct, png_bytes("CACHED"))
    _finish(app, doc_id)
    url = f"/documents/{doc_id}"
    first = client.get(url, headers=acct["headers"])
    before = document_json.cache_info()
    again = [client.get(url, headers=acct["headers"]) for _ in range(3)]
    after = document_json.cache_info()
    assert all(r.data == first.data for r in again)
    assert after.hits - before.hits == 3 and after.misses == before.misses

    def rename(session: Any, doc: Document) -> None:
        doc.result.vendor_name = "Southwind"

    _edit(app, doc_id, rename)
    assert client.get(url, headers=acct["headers"]).json["vendor_name"] == "Southwind"
    fix = {"fields": {"vendor_name": "Eastwind"}, "comment": "as printed"}
    assert client.patch(url, headers=acct["headers"], json=fix).status_code == 200
    body = client.get(url, headers=acct["headers"]).json
    assert body["vendor_name"] == "Eastwind" and body["audit"][-1]["comment"] == "as printed"
    assert body == _assert_same_document(app, client, acct, doc_id)


def test_the_read_pool_keeps_a_connection_per_request_thread(test_env: dict[str, str]) -> None:
    """A burst of polls as large as the request threads reuses its connections afterwards:
    none is closed on return (SQLAlchemy's default kept 5 and closed the rest, so every burst
    past 5 threads forked Postgres backends and prepared statements again)."""
    from invoice_scanner_api.documents import reads

    settings = ApiSettings.from_env({**test_env, "API_THREADS": "7"})
    assert settings.read_pool_size == 7
    assert ApiSettings.from_env({**test_env, "DB_READ_POOL_SIZE": "3"}).read_pool_size == 3
    app = create_app({"SETTINGS": settings, "TESTING": True})
    with app.app_context():
        engine = reads._engine(app)
        try:
            burst = [engine.raw_connection() for _ in range(7)]
            for conn in burst:
                conn.close()  # back to the pool
            assert engine.pool.checkedin() == 7  # type: ignore[attr-defined]
        finally:
            engine.dispose()
