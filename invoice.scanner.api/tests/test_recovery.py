"""What the API shows and does for documents nothing works on (see processing.sweeper)."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from invoice_scanner_api import create_app
from invoice_scanner_api.config import ApiSettings
from invoice_scanner_common.db import Document


@pytest.fixture
def client(test_env: dict[str, str]) -> FlaskClient:
    # Its own app: the extensions are module singletons, so an app built by an earlier test
    # (one pointed at a database that is down) would otherwise serve these requests.
    return create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True}).test_client()


def upload(client: FlaskClient, headers: dict[str, str], data: bytes) -> Any:
    return client.post(
        "/documents/upload",
        data={"file": (io.BytesIO(data), "invoice.png")},
        headers=headers,
        content_type="multipart/form-data",
    )


def _edit(db_url: str, doc_id: uuid.UUID, **values: Any) -> None:
    engine = create_engine(db_url)
    with Session(engine) as s:
        row = s.get(Document, doc_id)
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)
        s.commit()
    engine.dispose()


def test_status_shows_staleness_and_when_the_sweeper_retries(
    client: FlaskClient, make_account: Any, png_bytes: Any, db_url: str
) -> None:
    headers = make_account()["headers"]
    doc_id = uuid.UUID(upload(client, headers, png_bytes()).json["document"]["id"])
    now = datetime.now(UTC)
    lease = now + timedelta(seconds=40)
    _edit(
        db_url,
        doc_id,
        status="ocr_extracting",
        lease_until=lease,
        heartbeat_at=now,
        lease_task_id="t",
    )
    status = client.get(f"/documents/{doc_id}/status", headers=headers).json
    assert status["stale"] is False
    assert datetime.fromisoformat(status["retry_at"]) == lease
    assert status["heartbeat_at"] is not None and status["redrives"] == 0
    # The worker died: its lease ran out a minute ago.
    _edit(db_url, doc_id, lease_until=now - timedelta(minutes=1), redrives=1)
    status = client.get(f"/documents/{doc_id}/status", headers=headers).json
    assert status["stale"] is True and status["redrives"] == 1
    retry_at = datetime.fromisoformat(status["retry_at"])
    assert now < retry_at < datetime.now(UTC) + timedelta(seconds=16)
    # The existing fields are unchanged.
    assert status["status"] == "ocr_extracting" and status["progress"]["current_step"] == 2
    _edit(db_url, doc_id, status="approved", lease_until=None)
    status = client.get(f"/documents/{doc_id}/status", headers=headers).json
    assert (status["stale"], status["retry_at"]) == (False, None)


def test_re_uploading_a_never_queued_duplicate_queues_it(
    client: FlaskClient, make_account: Any, png_bytes: Any, db_url: str
) -> None:
    headers = make_account()["headers"]
    data = png_bytes()
    doc_id = uuid.UUID(upload(client, headers, data).json["document"]["id"])
    # As if the broker had been down at the upload.
    _edit(db_url, doc_id, queued=False, task_id=None)
    again = upload(client, headers, data)
    assert again.status_code == 200 and again.json["duplicate"] is True
    assert again.json["queued"] is True and again.json["task_id"]
    engine = create_engine(db_url)
    with Session(engine) as s:
        row = s.get(Document, doc_id)
        assert row is not None and row.queued is True and row.task_id == again.json["task_id"]
    engine.dispose()
