from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from invoice_scanner_common.db import Document, StatusTransition


def upload(
    client: FlaskClient, headers: dict[str, str], data: bytes, name: str = "invoice.png", **kw: Any
) -> Any:
    return client.post(
        "/documents/upload",
        data={"file": (io.BytesIO(data), name)},
        headers={**headers, **kw.pop("extra_headers", {})},
        content_type="multipart/form-data",
    )


def test_upload_stores_file_row_and_history(
    client: FlaskClient,
    make_account: Callable[..., dict[str, Any]],
    png_bytes: Any,
    raw_dir: Path,
    db_url: str,
) -> None:
    acct = make_account()
    r = upload(client, acct["headers"], png_bytes(), name="../../etc/passwd.png")
    assert r.status_code == 201, r.json
    assert r.json["message"]
    doc = r.json["document"]
    assert doc["status"] == "preprocessing"
    assert r.json["task_id"]
    assert r.json["queued"] is True
    uuid.UUID(doc["id"])
    assert doc["created_at"]

    with Session(create_engine(db_url)) as s:
        row = s.get(Document, uuid.UUID(doc["id"]))
        assert row is not None
        assert row.original_filename == "passwd.png"
        assert row.content_type == "image/png"
        assert len(row.sha256) == 64
        stored = raw_dir / row.stored_path
        assert stored.is_file()
        assert stored.resolve().is_relative_to(raw_dir.resolve())
        assert "passwd" not in row.stored_path
        history = s.scalars(
            select(StatusTransition.status).where(StatusTransition.document_id == row.id)
        ).all()
        assert history == ["preprocessing"]
    assert not list(raw_dir.glob(".upload-*"))


def test_status_and_document_views(
    client: FlaskClient, make_account: Callable[..., dict[str, Any]], png_bytes: Any
) -> None:
    acct = make_account()
    doc_id = upload(client, acct["headers"], png_bytes()).json["document"]["id"]
    st = client.get(f"/documents/{doc_id}/status?history=true", headers=acct["headers"])
    assert st.status_code == 200
    body = st.json
    assert body["document_id"] == doc_id
    assert body["status"] == "preprocessing"
    assert body["status_name"] == "Preprocessing"
    assert body["status_description"]
    assert body["progress"] == {"current_step": 0, "total_steps": 6, "percentage": 0}
    assert body["quality_score"] is None
    assert body["created_at"] and body["last_update"]
    assert [h["status"] for h in body["history"]] == ["preprocessing"]

    d = client.get(f"/documents/{doc_id}", headers=acct["headers"])
    assert d.status_code == 200
    for key in (
        "invoice_number",
        "invoice_date",
        "vendor_name",
        "amount",
        "vat",
        "total",
        "due_date",
        "currency",
        "predicted_accuracy",
    ):
        assert key in d.json and d.json[key] is None
    assert d.json["id"] == doc_id and d.json["status"] == "preprocessing"


def test_other_company_gets_404(
    client: FlaskClient, make_account: Callable[..., dict[str, Any]], png_bytes: Any
) -> None:
    owner, other = make_account("Owner"), make_account("Other")
    doc_id = upload(client, owner["headers"], png_bytes()).json["document"]["id"]
    for path in (f"/documents/{doc_id}", f"/documents/{doc_id}/status"):
        r = client.get(path, headers=other["headers"])
        assert r.status_code == 404
        assert r.json["message"] == "Document not found"
    listed = client.get("/documents", headers=other["headers"]).json
    assert listed["total"] == 0
    missing = client.get(f"/documents/{uuid.uuid4()}", headers=owner["headers"])
    assert missing.status_code == 404


def test_list_newest_first_and_paginated(
    client: FlaskClient, make_account: Callable[..., dict[str, Any]], png_bytes: Any
) -> None:
    acct = make_account()
    ids = [upload(client, acct["headers"], png_bytes()).json["document"]["id"] for _ in range(3)]
    page1 = client.get("/documents?page=1&page_size=2", headers=acct["headers"]).json
    page2 = client.get("/documents?page=2&page_size=2", headers=acct["headers"]).json
    assert page1["total"] == 3
    got = [d["id"] for d in page1["documents"] + page2["documents"]]
    assert got == list(reversed(ids))
    bad = client.get("/documents?page=0", headers=acct["headers"])
    assert bad.status_code == 422
    assert client.get("/documents?status=bogus", headers=acct["headers"]).status_code == 400


def test_duplicate_upload_returns_existing(
    client: FlaskClient,
    make_account: Callable[..., dict[str, Any]],
    png_bytes: Any,
    raw_dir: Path,
) -> None:
    acct = make_account()
    data = png_bytes()
    first = upload(client, acct["headers"], data)
    files_before = sorted(raw_dir.rglob("*"))
    second = upload(client, acct["headers"], data, name="again.png")
    assert second.status_code == 200
    assert second.json["duplicate"] is True
    assert second.json["document"]["id"] == first.json["document"]["id"]
    assert sorted(raw_dir.rglob("*")) == files_before
    # Same bytes in another company are a different document.
    other = upload(client, make_account("Other")["headers"], data)
    assert other.status_code == 201
    assert other.json["document"]["id"] != first.json["document"]["id"]


def test_idempotency_key_repeats_first_answer(
    client: FlaskClient, make_account: Callable[..., dict[str, Any]], png_bytes: Any
) -> None:
    acct = make_account()
    key = {"Idempotency-Key": f"key-{uuid.uuid4()}"}
    first = upload(client, acct["headers"], png_bytes(), extra_headers=key)
    again = upload(client, acct["headers"], png_bytes(), extra_headers=key)
    assert first.status_code == 201
    assert again.json["document"]["id"] == first.json["document"]["id"]
    assert again.json["task_id"] == first.json["task_id"]


@pytest.mark.parametrize(
    ("data", "name", "status"),
    [
        (b"", "empty.pdf", 400),
        (b"\x00\x01garbage" * 100, "random.pdf", 415),
        (b"<html><body>hi</body></html>", "page.png", 415),
        (b"%PDF-1.7\n1 0 obj\n<<", "truncated.pdf", 422),
    ],
)
def test_bad_uploads_are_refused_and_leave_nothing(
    client: FlaskClient,
    make_account: Callable[..., dict[str, Any]],
    raw_dir: Path,
    data: bytes,
    name: str,
    status: int,
) -> None:
    acct = make_account()
    before = sorted(raw_dir.rglob("*"))
    r = upload(client, acct["headers"], data, name=name)
    assert r.status_code == status, r.json
    assert r.json["message"]
    assert sorted(raw_dir.rglob("*")) == before
    assert client.get("/documents", headers=acct["headers"]).json["total"] == 0


def test_missing_file_field_is_422(
    client: FlaskClient, make_account: Callable[..., dict[str, Any]]
) -> None:
    acct = make_account()
    r = client.post(
        "/documents/upload", data={}, headers=acct["headers"], content_type="multipart/form-data"
    )
    assert r.status_code == 422
    assert r.json["message"]


def test_openapi_is_served(client: FlaskClient) -> None:
    spec = client.get("/openapi.json")
    assert spec.status_code == 200
    paths = spec.json["paths"]
    for path in (
        "/auth/register",
        "/auth/login",
        "/documents/upload",
        "/documents",
        "/documents/{document_id}",
        "/documents/{document_id}/status",
        "/health",
    ):
        assert path in paths
    assert "bearerAuth" in spec.json["components"]["securitySchemes"]
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/docs/assets/swagger-ui-bundle.js" in page.get_data(as_text=True)
    asset = client.get("/docs/assets/swagger-ui-bundle.js")
    assert asset.status_code == 200 and len(asset.data) > 100_000
    asset.close()
    assert client.get("/docs/assets/../../config.py").status_code == 404


def test_health_reports_dependencies(client: FlaskClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json == {"status": "ok", "database": "ok", "broker": "ok"}


def test_upload_with_broker_down_keeps_document_not_queued(
    test_env: dict[str, str], png_bytes: Any, raw_dir: Path, db_url: str
) -> None:
    from invoice_scanner_api import create_app
    from invoice_scanner_api.config import ApiSettings

    env = {**test_env, "REDIS_URL": "redis://127.0.0.1:1/0"}  # nothing listens on port 1
    app = create_app({"SETTINGS": ApiSettings.from_env(env), "TESTING": True})
    client = app.test_client()
    email = f"down-{uuid.uuid4().hex[:6]}@example.com"
    client.post(
        "/auth/register",
        json={"email": email, "password": "long enough pw", "company_name": "Down"},
    )
    token = client.post("/auth/login", json={"email": email, "password": "long enough pw"})
    headers = {"Authorization": f"Bearer {token.json['access_token']}"}
    r = upload(client, headers, png_bytes())
    assert r.status_code == 201, r.json
    assert r.json["queued"] is False
    assert r.json["task_id"] is None
    doc_id = uuid.UUID(r.json["document"]["id"])
    status = client.get(f"/documents/{doc_id}/status", headers=headers).json
    assert status["status"] == "preprocessing"
    assert "not yet queued" in status["status_reason"]
    with Session(create_engine(db_url)) as s:
        row = s.get(Document, doc_id)
        assert row is not None and row.queued is False
        assert (raw_dir / row.stored_path).is_file()
    health = client.get("/health").json
    assert health["broker"] == "unreachable" and health["status"] == "degraded"

    # Polling again at once does not hammer the broker ...
    assert client.get(f"/documents/{doc_id}/status", headers=headers).json["status_reason"]
    # ... and once the broker is back (and the 30 s pause is over), a poll queues it.
    with Session(create_engine(db_url)) as s:
        row = s.get(Document, doc_id)
        assert row is not None
        row.updated_at = row.updated_at - timedelta(minutes=1)
        s.commit()
    healthy = create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True})
    status = healthy.test_client().get(f"/documents/{doc_id}/status", headers=headers).json
    assert status["status_reason"] is None
    with Session(create_engine(db_url)) as s:
        row = s.get(Document, doc_id)
        assert row is not None and row.queued is True and row.task_id


def test_database_down_is_503_and_keeps_no_file(
    client: FlaskClient,
    make_account: Callable[..., dict[str, Any]],
    test_env: dict[str, str],
    png_bytes: Any,
    raw_dir: Path,
) -> None:
    from invoice_scanner_api import create_app
    from invoice_scanner_api.config import ApiSettings

    headers = make_account()["headers"]  # a valid token: same JWT secret, working database
    down = create_app(
        {"SETTINGS": ApiSettings.from_env({**test_env, "DB_PORT": "1"}), "TESTING": True}
    ).test_client()
    before = sorted(raw_dir.rglob("*"))
    r = upload(down, headers, png_bytes())
    assert r.status_code == 503
    assert r.json["message"] == "The database is unavailable; please retry shortly"
    assert test_env["DB_NAME"] not in r.get_data(as_text=True)
    assert sorted(raw_dir.rglob("*")) == before
    assert down.get("/health").json["database"] == "unreachable"
