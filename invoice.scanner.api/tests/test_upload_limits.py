"""Uploads are rate-limited per company (flask-limiter, counters in the real Redis)."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from invoice_scanner_api import create_app
from invoice_scanner_api.config import ApiSettings
from invoice_scanner_common.db import Document, User


@pytest.fixture(scope="module")
def limited(test_env: dict[str, str]) -> Flask:
    env = {**test_env, "RATE_LIMIT_UPLOAD_PER_COMPANY": "3 per minute"}
    return create_app({"SETTINGS": ApiSettings.from_env(env), "TESTING": True})


def _account(client: FlaskClient, company: str) -> tuple[dict[str, str], uuid.UUID]:
    email = f"up-{uuid.uuid4().hex[:8]}@example.com"
    password = "correct horse battery"
    reg = client.post(
        "/auth/register", json={"email": email, "password": password, "company_name": company}
    )
    assert reg.status_code == 201, reg.json
    login = client.post("/auth/login", json={"email": email, "password": password})
    assert login.status_code == 200, login.json
    headers = {"Authorization": f"Bearer {login.json['access_token']}"}
    return headers, uuid.UUID(reg.json["company"]["id"])


def _upload(client: FlaskClient, headers: dict[str, str], data: bytes) -> Any:
    return client.post(
        "/documents/upload",
        data={"file": (io.BytesIO(data), "invoice.png")},
        headers=headers,
        content_type="multipart/form-data",
    )


def test_uploads_past_the_company_limit_are_429_with_retry_after(
    limited: Flask, png_bytes: Callable[[str], bytes]
) -> None:
    client = limited.test_client()
    first, company_id = _account(client, "Busy")
    codes = [_upload(client, first, png_bytes("A")).status_code for _ in range(3)]
    assert codes == [201, 201, 201]
    r = _upload(client, first, png_bytes("A"))
    assert r.status_code == 429
    assert r.is_json and r.json["code"] == 429 and "Retry-After" in r.json["message"]
    assert 0 < int(r.headers["Retry-After"]) <= 60
    assert r.headers["X-RateLimit-Limit"] == "3" and r.headers["X-RateLimit-Remaining"] == "0"

    # Another company is not affected ...
    other, _ = _account(client, "Quiet")
    assert _upload(client, other, png_bytes("B")).status_code == 201
    # ... and the count is the company's, not the token's: a second user of "Busy" (made the
    # way operators add users) is refused too.
    colleague = _colleague(client, company_id)
    assert _upload(client, colleague, png_bytes("A")).status_code == 429
    # A refused upload stored nothing.
    with Session(create_engine(db_url(client))) as s:
        stored = s.scalar(
            select(func.count()).select_from(Document).where(Document.company_id == company_id)
        )
    assert stored == 3


def _colleague(client: FlaskClient, company_id: uuid.UUID) -> dict[str, str]:
    from argon2 import PasswordHasher

    email = f"colleague-{uuid.uuid4().hex[:8]}@example.com"
    with Session(create_engine(db_url(client))) as s:
        s.add(
            User(
                company_id=company_id,
                email=email,
                password_hash=PasswordHasher().hash("correct horse battery"),
            )
        )
        s.commit()
    login = client.post("/auth/login", json={"email": email, "password": "correct horse battery"})
    assert login.status_code == 200, login.json
    return {"Authorization": f"Bearer {login.json['access_token']}"}


def db_url(client: FlaskClient) -> str:
    url: str = client.application.config["SETTINGS"].common.database_url
    return url
