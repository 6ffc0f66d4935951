from __future__ import annotations

from flask.testing import FlaskClient


def test_register_returns_user_and_company(client: FlaskClient) -> None:
    r = client.post(
        "/auth/register",
        json={"email": "Alice@Example.com", "password": "s3cret-password", "company_name": "Alpha"},
    )
    assert r.status_code == 201
    assert r.json["user"]["email"] == "alice@example.com"
    assert r.json["company"]["name"] == "Alpha"
    assert set(r.json) == {"user", "company"}
    assert "password" not in r.get_data(as_text=True)


def test_register_twice_is_409(client: FlaskClient) -> None:
    body = {"email": "bob@example.com", "password": "s3cret-password", "company_name": "B"}
    assert client.post("/auth/register", json=body).status_code == 201
    again = client.post("/auth/register", json={**body, "email": "BOB@example.com"})
    assert again.status_code == 409
    assert "message" in again.json


def test_register_validates_input(client: FlaskClient) -> None:
    r = client.post("/auth/register", json={"email": "not-an-email", "password": "x"})
    assert r.status_code == 422
    assert r.json["message"]
    assert "errors" in r.json


def test_login_and_token_shape(client: FlaskClient) -> None:
    client.post(
        "/auth/register",
        json={"email": "carol@example.com", "password": "s3cret-password", "company_name": "C"},
    )
    r = client.post(
        "/auth/login", json={"email": "carol@example.com", "password": "s3cret-password"}
    )
    assert r.status_code == 200
    assert r.json["token_type"] == "Bearer"
    # Short access tokens (JWT_EXPIRES_SECONDS, default 15 minutes) plus a refresh token.
    assert r.json["expires_in"] == 900
    assert r.json["access_token"].count(".") == 2
    assert r.json["refresh_token"].count(".") == 2
    assert r.json["refresh_expires_in"] == 7 * 86400


def test_login_bad_credentials_is_401(client: FlaskClient) -> None:
    client.post(
        "/auth/register",
        json={"email": "dan@example.com", "password": "s3cret-password", "company_name": "D"},
    )
    wrong = client.post("/auth/login", json={"email": "dan@example.com", "password": "nope-nope"})
    unknown = client.post("/auth/login", json={"email": "nobody@example.com", "password": "x"})
    assert wrong.status_code == 401 and unknown.status_code == 401
    assert wrong.json["message"] == unknown.json["message"]


def test_documents_need_a_token(client: FlaskClient) -> None:
    assert client.get("/documents").status_code == 401
    r = client.get("/documents", headers={"Authorization": "Bearer not.a.token"})
    assert r.status_code == 401
    assert r.json["message"]
