"""Abuse limits: rate limits, password policy, body caps, logout/refresh, headers, JSON errors."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from invoice_scanner_api import create_app
from invoice_scanner_api.config import ApiSettings
from invoice_scanner_api.extensions import limiter
from invoice_scanner_api.guards import SECURITY_HEADERS


@pytest.fixture(scope="module")
def app(test_env: dict[str, str]) -> Flask:
    """A fresh app for this module: the extensions are process-wide, and other modules build
    apps against dead services (test_documents.py) that leave them pointed there."""
    fresh = create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True})
    # init_app points the process-wide limiter at this app's Redis but keeps its flag that an
    # earlier app's dead storage failed: it would count in memory until a later probe
    # recovers, and that reset loses the counts these tests rely on.
    limiter._storage_dead = False
    return fresh


def _addr() -> dict[str, str]:
    """A client address of its own, so that per-address counters start at zero."""
    n = uuid.uuid4().int
    return {"REMOTE_ADDR": f"10.{n % 250}.{(n >> 8) % 250}.{(n >> 16) % 250 + 1}"}


def test_eleventh_wrong_password_within_a_minute_is_429(
    client: FlaskClient, make_account: Any
) -> None:
    account = make_account()
    wrong = {"email": account["email"], "password": "not the password"}
    codes = [client.post("/auth/login", json=wrong, environ_base=_addr()) for _ in range(10)]
    assert [r.status_code for r in codes] == [401] * 10
    # Per account: the 11th try is refused whatever address it comes from, even if right.
    r = client.post("/auth/login", json=wrong, environ_base=_addr())
    assert r.status_code == 429
    assert int(r.headers["Retry-After"]) > 0
    assert r.headers["X-RateLimit-Limit"] and r.headers["X-RateLimit-Remaining"] == "0"
    assert r.is_json and r.json["code"] == 429 and "Retry-After" in r.json["message"]
    right = {"email": account["email"], "password": account["password"]}
    assert client.post("/auth/login", json=right, environ_base=_addr()).status_code == 429
    # Another account is not affected.
    other = make_account()
    ok = client.post("/auth/login", json={"email": other["email"], "password": other["password"]})
    assert ok.status_code == 200


def test_login_per_address_limit_counts_every_attempt(client: FlaskClient) -> None:
    # The suite raises this limit to 1000 per minute (conftest); cheap invalid bodies use it up.
    addr = _addr()
    codes = [
        client.post("/auth/login", json={}, environ_base=addr).status_code for _ in range(1000)
    ]
    assert set(codes) == {422}
    r = client.post("/auth/login", json={"email": "a@b.c", "password": "x"}, environ_base=addr)
    assert r.status_code == 429 and r.is_json and r.headers["Retry-After"]
    assert client.post("/auth/login", json={}, environ_base=_addr()).status_code == 422


def test_register_per_account_limit(client: FlaskClient) -> None:
    body = {"email": f"r-{uuid.uuid4().hex[:8]}@example.com", "company_name": "R"}
    body["password"] = "a decent passphrase"
    codes = [client.post("/auth/register", json=body, environ_base=_addr()).status_code]
    codes += [
        client.post("/auth/register", json=body, environ_base=_addr()).status_code for _ in range(4)
    ]
    assert codes == [201, 409, 409, 409, 409]
    r = client.post("/auth/register", json=body, environ_base=_addr())
    assert r.status_code == 429 and r.json["code"] == 429


def test_password_policy(client: FlaskClient) -> None:
    def register(password: str) -> Any:
        email = f"p-{uuid.uuid4().hex[:8]}@example.com"
        body = {"email": email, "password": password, "company_name": "P"}
        return client.post("/auth/register", json=body)

    for weak, why in (
        ("password123!", "too common"),
        ("qwertyuiop", "too common"),
        ("short1!", "at least 10"),
        ("aaaaaaaaaaaaaaa", "repetitive"),
        ("x" * 257, "at most 256"),
    ):
        r = register(weak)
        assert r.status_code == 422, weak
        assert why in r.json["errors"]["json"]["password"][0]
    assert register("tangerine submarine 42").status_code == 201


def test_huge_login_password_is_refused_before_hashing(client: FlaskClient) -> None:
    r = client.post("/auth/login", json={"email": "x@example.com", "password": "p" * 10_000})
    assert r.status_code == 422 and "password" in r.json["errors"]["json"]


def test_json_body_cap_and_nul_bytes(client: FlaskClient, make_account: Any) -> None:
    big = {"email": "x@example.com", "password": "p", "pad": "x" * 70_000}
    r = client.post("/auth/login", json=big)
    assert r.status_code == 413 and r.is_json and "64 KiB" in r.json["message"]
    for field in ("email", "company_name", "password"):
        body = {"email": "n@example.com", "password": "long enough pw", "company_name": "N"}
        body[field] = body[field][:3] + "\x00" + body[field][3:]
        r = client.post("/auth/register", json=body)
        assert r.status_code == 422 and r.is_json, field
    r = client.post("/auth/login", json={"email": "a\x00@example.com", "password": "x"})
    assert r.status_code == 422 and r.json["message"]


def test_405_has_allow_and_json(client: FlaskClient) -> None:
    r = client.get("/auth/login")
    assert r.status_code == 405 and r.is_json
    assert "POST" in r.headers["Allow"]
    r = client.delete("/health")
    assert r.status_code == 405 and "GET" in r.headers["Allow"] and r.json["code"] == 405


def test_page_beyond_bigint_is_422(client: FlaskClient, make_account: Any) -> None:
    headers = make_account()["headers"]
    r = client.get("/documents?page=9223372036854775808", headers=headers)
    assert r.status_code == 422 and r.is_json


def test_logout_revokes_access_and_refresh_tokens(client: FlaskClient, make_account: Any) -> None:
    account = make_account()
    login = client.post(
        "/auth/login", json={"email": account["email"], "password": account["password"]}
    ).json
    access = {"Authorization": f"Bearer {login['access_token']}"}
    refresh = {"Authorization": f"Bearer {login['refresh_token']}"}
    # Refresh gives a working access token; an access token cannot refresh.
    renewed = client.post("/auth/refresh", headers=refresh)
    assert renewed.status_code == 200 and renewed.json["expires_in"] == 900
    renewed_headers = {"Authorization": f"Bearer {renewed.json['access_token']}"}
    assert client.get("/documents", headers=renewed_headers).status_code == 200
    assert client.post("/auth/refresh", headers=access).status_code == 401
    assert client.get("/documents", headers=access).status_code == 200

    out = client.post("/auth/logout", headers=access)
    assert out.status_code == 200 and out.json["message"]
    for headers in (access, renewed_headers):
        r = client.get("/documents", headers=headers)
        assert r.status_code == 401 and r.json["message"] == "Token has been revoked"
    assert client.post("/auth/refresh", headers=refresh).status_code == 401
    assert client.post("/auth/logout", headers=access).status_code == 401
    # Other logins of the same user keep working.
    assert client.get("/documents", headers=account["headers"]).status_code == 200


def test_security_headers_on_every_response(client: FlaskClient) -> None:
    for path in ("/health", "/openapi.json", "/no-such-page", "/docs"):
        r = client.get(path)
        for name in SECURITY_HEADERS:
            assert name in r.headers, (path, name)
        assert "Content-Security-Policy" in r.headers
        names = [name.lower() for name, _ in r.headers.items()]
        assert len(names) == len(set(names)), (path, names)  # each header once
    assert client.get("/health").headers["Content-Security-Policy"].startswith("default-src 'none'")
