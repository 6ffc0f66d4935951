"""Webhooks: registration rules, signatures, retries and the delivery log, over real workers."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
from flask.testing import FlaskClient
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from invoice_scanner_api import create_app
from invoice_scanner_api.config import ApiSettings
from invoice_scanner_common.db import Webhook
from invoice_scanner_common.webhooks import (
    DELIVERY_HEADER,
    REPLAY_WINDOW_S,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    RefusedURLError,
    UrlPolicy,
    sign,
    verify,
)
from tests.e2e.conftest import Stack, register
from tests.e2e.sample_invoice import draw_pdf
from tests.ops.test_metrics_and_logs import upload_and_wait


class Receiver(ThreadingHTTPServer):
    """A loopback webhook receiver: answers each path with its list of codes, then 200."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.calls: list[tuple[str, dict[str, str], bytes]] = []
        self.codes: dict[str, list[int]] = {}

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


class _Handler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.calls.append((self.path, dict(self.headers), body))
        codes = self.server.codes.get(self.path, [])
        self.send_response(codes.pop(0) if codes else 200)
        self.end_headers()

    def log_message(self, *_: Any) -> None:
        pass


@pytest.fixture(scope="module")
def client(test_env: dict[str, str]) -> FlaskClient:
    return create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True}).test_client()


@pytest.fixture
def make_account(client: FlaskClient) -> Any:
    def make(company: str) -> dict[str, Any]:
        email = f"hook-{uuid.uuid4().hex[:8]}@example.com"
        body = {"email": email, "password": "long enough password", "company_name": company}
        assert client.post("/auth/register", json=body).status_code == 201
        login = client.post("/auth/login", json={k: body[k] for k in ("email", "password")})
        return {"headers": {"Authorization": f"Bearer {login.json['access_token']}"}}

    return make


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_signature_is_hmac_over_timestamp_and_body() -> None:
    body = b'{"status":"approved"}'
    now = int(time.time())
    headers = {TIMESTAMP_HEADER: str(now), SIGNATURE_HEADER: sign("k" * 64, now, body)}
    assert headers[SIGNATURE_HEADER].startswith("v1=") and len(headers[SIGNATURE_HEADER]) == 67
    assert verify("k" * 64, headers, body)
    assert not verify("k" * 64, headers, body + b" ")  # body changed
    assert not verify("x" * 64, headers, body)  # other secret
    assert not verify("k" * 64, headers, body, now=now + REPLAY_WINDOW_S + 1)  # replayed late
    assert not verify("k" * 64, {SIGNATURE_HEADER: headers[SIGNATURE_HEADER]}, body)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/hook",
        "http://localhost/hook",
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://[fe80::1]/hook",
        "http://0.0.0.0/hook",
        "ftp://93.184.215.14/hook",
        "file:///etc/passwd",
        "http://user:pw@93.184.215.14/hook",
    ],
)
def test_private_or_odd_urls_are_refused(url: str) -> None:
    with pytest.raises(RefusedURLError):
        UrlPolicy().check(url)


def test_operator_allow_list_and_public_addresses() -> None:
    assert UrlPolicy().check("https://93.184.215.14/hook") == "93.184.215.14"
    assert UrlPolicy(frozenset({"127.0.0.1"})).check("http://127.0.0.1:8080/x") == "127.0.0.1"
    with pytest.raises(RefusedURLError):  # the allow-list names hosts exactly
        UrlPolicy(frozenset({"127.0.0.1"})).check("http://localhost:8080/x")
    assert UrlPolicy(allow_private=True).check("http://10.0.0.1/x") == "10.0.0.1"


def test_webhook_crud_is_per_company(client: FlaskClient, make_account: Any) -> None:
    a, b = make_account("Hooked"), make_account("Other")
    r = client.post(
        "/webhooks",
        json={"url": "https://93.184.215.14/hook", "description": "ERP"},
        headers=a["headers"],
    )
    assert r.status_code == 201, r.json
    hook = r.json
    assert len(hook["secret"]) == 64 and hook["active"] is True
    listed = client.get("/webhooks", headers=a["headers"]).json["webhooks"]
    assert [h["id"] for h in listed] == [hook["id"]] and "secret" not in listed[0]
    assert client.get("/webhooks", headers=b["headers"]).json["webhooks"] == []
    for method in ("get", "patch", "delete"):
        other = getattr(client, method)(f"/webhooks/{hook['id']}", json={}, headers=b["headers"])
        assert other.status_code == 404, method
    assert client.get(f"/webhooks/{hook['id']}/deliveries", headers=b["headers"]).status_code == 404
    r = client.patch(f"/webhooks/{hook['id']}", json={"active": False}, headers=a["headers"])
    assert r.status_code == 200 and r.json["active"] is False and "secret" not in r.json
    refused = client.patch(
        f"/webhooks/{hook['id']}", json={"url": "http://10.0.0.1/x"}, headers=a["headers"]
    )
    assert refused.status_code == 422
    log = client.get(f"/webhooks/{hook['id']}/deliveries", headers=a["headers"]).json
    assert log == {"deliveries": [], "page": 1, "page_size": 20, "total": 0}
    assert client.delete(f"/webhooks/{hook['id']}", headers=a["headers"]).status_code == 204
    assert client.get(f"/webhooks/{hook['id']}", headers=a["headers"]).status_code == 404


def test_private_address_is_refused_at_registration(client: FlaskClient, make_account: Any) -> None:
    a = make_account("Sneaky")
    for url in ("http://127.0.0.1:8080/x", "http://169.254.169.254/", "gopher://1.1.1.1/"):
        r = client.post("/webhooks", json={"url": url}, headers=a["headers"])
        assert r.status_code == 422, url
        assert "refused" in r.json["message"]
    assert client.get("/webhooks", headers=a["headers"]).json["webhooks"] == []


def test_allowed_loopback_receiver_gets_signed_retried_deliveries(
    ops_stack: Stack, receiver: Receiver, tmp_path: Path, db_url: str
) -> None:
    headers = register(ops_stack, "Notified")
    hook = requests.post(
        ops_stack.url("/webhooks"), json={"url": receiver.url("/hook")}, headers=headers, timeout=10
    ).json()
    assert "secret" in hook, hook
    receiver.codes["/hook"] = [500]  # the first attempt fails, the retry succeeds
    # A host name that resolves to loopback, not on the allow-list: stored directly (as if it
    # had resolved to a public address when registered); the worker refuses it when sending.
    with Session(create_engine(db_url)) as s:
        registered = s.get(Webhook, uuid.UUID(hook["id"]))
        assert registered is not None
        sneaky = Webhook(
            company_id=registered.company_id,
            url=f"http://localhost:{receiver.server_address[1]}/sneaky",
            secret="s" * 64,
        )
        s.add(sneaky)
        s.commit()
        sneaky_id = sneaky.id

    (doc_id,) = upload_and_wait(
        ops_stack, headers, [draw_pdf(tmp_path / "hooked.pdf", invoice_number="HOOK-1")]
    )

    def log(webhook_id: object) -> dict[str, Any]:
        r = requests.get(
            ops_stack.url(f"/webhooks/{webhook_id}/deliveries"), headers=headers, timeout=10
        )
        assert r.status_code == 200
        return r.json()

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        entries = log(hook["id"])["deliveries"]
        if entries and entries[0]["state"] != "pending":
            break
        time.sleep(0.3)
    (entry,) = log(hook["id"])["deliveries"]
    assert entry["state"] == "delivered", (entry, ops_stack.log_text())
    assert entry["attempts"] == 2 and entry["last_status_code"] == 200
    assert entry["document_id"] == doc_id and entry["status"] == "approved"

    calls = [c for c in receiver.calls if c[0] == "/hook"]
    assert len(calls) == 2
    for _, got, body in calls:
        assert verify(hook["secret"], got, body)
        payload = json.loads(body)
        assert payload["document_id"] == doc_id and payload["status"] == "approved"
        assert 0 < payload["quality_score"] <= 1
        assert got[DELIVERY_HEADER] == entry["id"] == payload["delivery_id"]
    assert not [c for c in receiver.calls if c[0] == "/sneaky"]
    (refused,) = log(sneaky_id)["deliveries"]
    assert refused["state"] == "failed" and refused["attempts"] == 1
    assert refused["last_error"].startswith("refused:")
