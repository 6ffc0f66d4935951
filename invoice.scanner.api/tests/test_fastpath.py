"""The polled reads answered in front of Flask (``documents/fastpath.py``): the same status,
headers and bytes as the views answer, no Flask dispatch for a repeated poll, and every other
request (new token, history, another method, another company, an unknown document) left to
Flask's views."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from flask import Flask, request
from flask.testing import FlaskClient
from test_fast_reads import _finish, _upload

from invoice_scanner_api import create_app, metrics
from invoice_scanner_api.config import ApiSettings
from invoice_scanner_api.documents.fastpath import DOCUMENT_ROUTE, STATUS_ROUTE


def _counting_app(test_env: dict[str, str]) -> tuple[Flask, list[str]]:
    """A fresh app that records every request Flask itself dispatches."""
    app = create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True})
    seen: list[str] = []

    @app.before_request
    def _seen() -> None:
        seen.append(request.full_path.rstrip("?"))

    return app, seen


def _served(route: str) -> float:
    return float(metrics.REQUESTS.labels("GET", route, "200")._value.get())


def _head(response: Any) -> list[tuple[str, str]]:
    return sorted(response.headers.items())


def test_a_repeated_poll_is_answered_before_flask_and_counted(
    test_env: dict[str, str], png_bytes: Callable[[str], bytes]
) -> None:
    app, seen = _counting_app(test_env)
    client = app.test_client()
    email = f"fast-{uuid.uuid4().hex[:8]}@example.com"
    body = {"email": email, "password": "correct horse battery", "company_name": "Fast"}
    assert client.post("/auth/register", json=body).status_code == 201
    login = client.post("/auth/login", json={"email": email, "password": body["password"]})
    acct = {"headers": {"Authorization": f"Bearer {login.json['access_token']}"}}
    doc_id = _upload(client, acct, png_bytes("FASTPATH"))
    _finish(app, doc_id)
    for path, route in ((f"/documents/{doc_id}/status", STATUS_ROUTE),
                        (f"/documents/{doc_id}", DOCUMENT_ROUTE)):  # fmt: skip
        first = client.get(path, headers=acct["headers"])  # the token is verified here
        dispatched, counted = len(seen), _served(route)
        polls = [client.get(path, headers=acct["headers"]) for _ in range(3)]
        # Each poll after the first was answered without Flask's dispatch, and still counted.
        assert len(seen) == dispatched
        assert _served(route) - counted == 3
        assert all(p.status_code == 200 and p.data == first.data for p in polls)
        assert _head(polls[-1]) == _head(first)
    # A query string goes to the view.
    client.get(f"/documents/{doc_id}/status?history=true", headers=acct["headers"])
    assert seen[-1] == f"/documents/{doc_id}/status?history=true"


def test_fast_answers_equal_the_views_answers(
    app: Flask, client: FlaskClient, make_account: Any, png_bytes: Callable[[str], bytes]
) -> None:
    acct = make_account()
    fresh = _upload(client, acct, png_bytes("FRESH"))
    done = _upload(client, acct, png_bytes("DONE"))
    _finish(app, done)
    for doc_id in (fresh, done):
        for path in (f"/documents/{doc_id}/status", f"/documents/{doc_id}"):
            client.get(path, headers=acct["headers"])  # verified and cached
            fast = client.get(path, headers=acct["headers"])
            # Any query string goes to the view; ``history=false`` is the status's default.
            view = client.get(path + "?history=false", headers=acct["headers"])
            assert fast.status_code == view.status_code == 200
            assert fast.data == view.data  # byte for byte
            assert _head(fast) == _head(view)
            assert (
                fast.headers["Content-Security-Policy"]
                == "default-src 'none'; frame-ancestors 'none'"
            )


def test_everything_else_is_left_to_the_views(
    client: FlaskClient, make_account: Any, png_bytes: Callable[[str], bytes]
) -> None:
    owner, other = make_account("Owner"), make_account("Other")
    doc_id = _upload(client, owner, png_bytes("OTHERS"))
    status = f"/documents/{doc_id}/status"
    assert client.get(status, headers=owner["headers"]).status_code == 200
    assert client.get(f"/documents/{uuid.uuid4()}", headers=other["headers"]).status_code == 404
    # Another company's document, with a token both paths know: 404 as for a missing one.
    for _ in range(2):
        for path in (status, f"/documents/{doc_id}"):
            r = client.get(path, headers=other["headers"])
            assert r.status_code == 404 and r.json["message"] == "Document not found"
    unknown = client.get(f"/documents/{uuid.uuid4()}", headers=owner["headers"])
    assert unknown.status_code == 404 and unknown.json["message"] == "Document not found"
    # The history on request, in either case of the id, and HEAD as the view answers it.
    history = client.get(status + "?history=true", headers=owner["headers"]).json["history"]
    assert [h["status"] for h in history][:1] == ["preprocessing"]
    upper = client.get(f"/documents/{doc_id.upper()}/status", headers=owner["headers"])
    assert upper.status_code == 200 and upper.json["document_id"] == doc_id
    head = client.head(status, headers=owner["headers"])
    assert head.status_code == 200 and head.data == b""
    # No token, or a forged one: the views' 401s.
    assert client.get(status).status_code == 401
    forged = {"Authorization": owner["headers"]["Authorization"][:-2] + "xx"}
    assert client.get(status, headers=forged).status_code == 401
