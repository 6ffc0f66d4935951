from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from PIL import Image, ImageDraw

from invoice_scanner_api import create_app
from invoice_scanner_api.config import ApiSettings


@pytest.fixture(scope="session")
def app(test_env: dict[str, str]) -> Flask:
    return create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


Auth = Callable[..., dict[str, Any]]


@pytest.fixture
def make_account(client: FlaskClient) -> Auth:
    """Register a fresh company + user and return its headers, ids and credentials."""

    def make(company: str = "Acme") -> dict[str, Any]:
        email = f"user-{uuid.uuid4().hex[:8]}@example.com"
        password = "correct horse battery"
        reg = client.post(
            "/auth/register",
            json={"email": email, "password": password, "company_name": company},
        )
        assert reg.status_code == 201, reg.json
        login = client.post("/auth/login", json={"email": email, "password": password})
        assert login.status_code == 200, login.json
        token = login.json["access_token"]
        return {
            "headers": {"Authorization": f"Bearer {token}"},
            "email": email,
            "password": password,
            "company_id": reg.json["company"]["id"],
            "user_id": reg.json["user"]["id"],
        }

    return make


@pytest.fixture
def png_bytes() -> Callable[[str], bytes]:
    """A small, unique PNG with some text on it."""

    def make(text: str = "INVOICE") -> bytes:
        img = Image.new("RGB", (400, 200), "white")
        ImageDraw.Draw(img).text((20, 80), f"{text} {uuid.uuid4().hex[:6]}", fill="black")
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        return buf.getvalue()

    return make
