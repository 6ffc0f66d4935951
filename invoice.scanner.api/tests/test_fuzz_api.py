"""Property-based fuzzing of every operation in the OpenAPI document (schemathesis).

Runs in-process against the WSGI app with a real token, the real Postgres and Redis. Checks: no
server error (5xx other than a documented 503), every status code, content type, header and
body conforms to the document. ``FUZZ_EXAMPLES`` sets the examples per operation (``make test``
uses the default, ``make test-fuzz`` many more); each mode (positive: valid
by the document, negative: invalid) prints its request count and fails below half of
``FUZZ_MIN_REQUESTS``.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from typing import Any

import pytest
import schemathesis
from flask import Flask
from flask_jwt_extended import create_access_token, create_refresh_token
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from invoice_scanner_api import create_app
from invoice_scanner_api.config import ApiSettings

#: 27 operations (25 with inputs) x 2 modes x 50 examples: about 2,500 requests.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "50"))
MIN_REQUESTS = int(os.environ.get("FUZZ_MIN_REQUESTS", "2000"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def app(test_env: dict[str, str]) -> Flask:
    """A fresh app for this module: the extensions are process-wide, and other modules build
    apps against dead services (test_documents.py) that leave them pointed there."""
    return create_app({"SETTINGS": ApiSettings.from_env(test_env), "TESTING": True})


@pytest.fixture(scope="module")
def fuzz_identity(app: Flask) -> dict[str, str]:
    client = app.test_client()
    email = f"fuzz-{uuid.uuid4().hex[:8]}@example.com"
    body = {"email": email, "password": "fuzzing passphrase", "company_name": "Fuzz"}
    reg = client.post("/auth/register", json=body)
    assert reg.status_code == 201, reg.json
    return {"user": reg.json["user"]["id"], "company": reg.json["company"]["id"]}


def _token(app: Flask, identity: dict[str, str], *, refresh: bool) -> str:
    """A fresh token per call: logout revokes the one it is sent, refresh needs a refresh one."""
    claims = {"cid": identity["company"], "sid": uuid.uuid4().hex}
    with app.app_context():
        make = create_refresh_token if refresh else create_access_token
        return make(identity=identity["user"], additional_claims=claims)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_conforms_to_its_document(
    app: Flask, fuzz_identity: dict[str, str], mode: GenerationMode
) -> None:
    schema = schemathesis.openapi.from_wsgi("/openapi.json", app)
    counts: Counter[str] = Counter()
    unsatisfiable: set[str] = set()
    # A documented 503 (GET /health/ready without workers, a broker outage) is an answer, not
    # a server error; the status code check still holds it to the document.
    checks = {}
    for result in schema.get_all_operations():
        op = result.ok()
        documented = op.definition.raw.get("responses", {})
        checks[op.label] = [
            c for c in CHECKS if c is not not_a_server_error or "503" not in documented
        ]
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def fuzz(case: Any) -> None:
            refresh = case.path == "/auth/refresh"
            headers = {"Authorization": f"Bearer {_token(app, fuzz_identity, refresh=refresh)}"}
            if case.headers and "Authorization" in case.headers:
                headers = {}  # keep the generated (fuzzed) credential
            counts[case.operation.label] += 1
            case.call_and_validate(headers=headers, checks=checks[case.operation.label])

        try:
            fuzz()
        except Unsatisfiable:
            # An operation without parameters or body has nothing to make invalid.
            raw = operation.definition.raw
            assert mode is GenerationMode.NEGATIVE, operation.label
            assert not raw.get("parameters") and "requestBody" not in raw, operation.label
            unsatisfiable.add(operation.label)
    total = sum(counts.values())
    print(f"\nfuzz ({mode}): {total} requests over {len(counts)} operations: {dict(counts)}")
    operations = len(list(schema.get_all_operations()))
    assert len(counts) == operations - len(unsatisfiable)
    assert total >= MIN_REQUESTS // 2, f"only {total} {mode} fuzz requests"
