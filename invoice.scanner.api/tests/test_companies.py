"""Company settings over the API: the default currency is read and set by the company's own
users, checked against ISO 4217, documented, and never reachable by another company."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from invoice_scanner_common.db import Company

Auth = Callable[..., dict[str, Any]]


def test_default_currency_is_read_set_and_cleared(client: FlaskClient, make_account: Auth) -> None:
    acme = make_account("Acme Currency")
    h = acme["headers"]
    me = client.get("/companies/me", headers=h)
    assert me.status_code == 200, me.json
    assert me.json == {"id": acme["company_id"], "name": "Acme Currency", "default_currency": None}

    changed = client.patch("/companies/me", json={"default_currency": " chf "}, headers=h)
    assert changed.status_code == 200, changed.json
    assert changed.json["default_currency"] == "CHF"
    assert client.get("/companies/me", headers=h).json["default_currency"] == "CHF"

    # A body without the field changes nothing; null clears the setting.
    assert client.patch("/companies/me", json={}, headers=h).json["default_currency"] == "CHF"
    cleared = client.patch("/companies/me", json={"default_currency": None}, headers=h)
    assert cleared.status_code == 200 and cleared.json["default_currency"] is None


@pytest.mark.parametrize(
    "code",
    [
        "EURO",  # not three letters
        "ABC",  # three letters, no such currency
        "XAU",  # ISO 4217 lists gold, but no invoice is payable in it
        "XXX",  # "no currency"
        "",
        "€",
    ],
)
def test_a_bad_code_is_422_with_the_reason(
    client: FlaskClient, make_account: Auth, code: str
) -> None:
    h = make_account("Strict Currency")["headers"]
    client.patch("/companies/me", json={"default_currency": "SEK"}, headers=h)
    r = client.patch("/companies/me", json={"default_currency": code}, headers=h)
    assert r.status_code == 422, r.json
    assert r.is_json
    assert "ISO 4217" in str(r.json["errors"]["json"]["default_currency"])
    assert client.get("/companies/me", headers=h).json["default_currency"] == "SEK"


def test_another_company_cannot_change_it(
    client: FlaskClient, make_account: Auth, db_url: str
) -> None:
    first, second = make_account("First Co"), make_account("Second Co")
    client.patch("/companies/me", json={"default_currency": "NOK"}, headers=first["headers"])
    # The company comes from the token: the second company's request changes only its own.
    r = client.patch("/companies/me", json={"default_currency": "USD"}, headers=second["headers"])
    assert r.json["id"] == second["company_id"]
    # Naming the other company's id in the body is not a field of the schema: refused.
    r = client.patch(
        "/companies/me",
        json={"id": first["company_id"], "default_currency": "USD"},
        headers=second["headers"],
    )
    assert r.status_code == 422
    assert client.get("/companies/me", headers=first["headers"]).json["default_currency"] == "NOK"
    engine = create_engine(db_url)
    try:
        with Session(engine) as s:
            row = s.get(Company, uuid.UUID(first["company_id"]))
            assert row is not None and row.default_currency == "NOK"
    finally:
        engine.dispose()


def test_it_needs_a_token(client: FlaskClient) -> None:
    assert client.get("/companies/me").status_code == 401
    assert client.patch("/companies/me", json={"default_currency": "EUR"}).status_code == 401


def test_openapi_documents_the_company_settings(client: FlaskClient) -> None:
    spec = client.get("/openapi.json").json
    path = spec["paths"]["/companies/me"]
    assert {"get", "patch"} <= set(path)
    assert {"200", "404", "422"} <= set(path["patch"]["responses"])
    assert path["patch"]["security"] == [{"bearerAuth": []}]
    schema = spec["components"]["schemas"]["CompanySettings"]["properties"]
    assert "ISO 4217" in schema["default_currency"]["description"]
